// ThreeWayMerge: field-by-field merge of original, mine and theirs, with equality by meaning across driver types.
#include <concord/threewaymerge.h>

#include "canonicaltext_p.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlField>

#include <cmath>
#include <optional>

namespace concord {

using detail::canonicalDecimal;

namespace {

bool isIntegerType(int id)
{
    switch (id) {
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

bool isFloatType(int id)
{
    return id == QMetaType::Double || id == QMetaType::Float;
}

bool isNumericType(int id)
{
    return isIntegerType(id) || isFloatType(id);
}

bool isStringType(int id)
{
    return id == QMetaType::QString || id == QMetaType::QByteArray;
}

// A number written out by a driver or typed by a user: "12.50", "-3", "1e3". Leading and
// trailing blanks are allowed, thousands separators and locale decimal commas are not.
bool isNumericText(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$)"));
    return pattern.match(text).hasMatch();
}

// Compares two values that are numbers or numeric text; nullopt when they are not both that.
std::optional<bool> sameNumber(const QVariant &a, const QVariant &b, bool textIsNumber)
{
    const int ta = a.metaType().id();
    const int tb = b.metaType().id();
    const bool aText = isStringType(ta) && isNumericText(a.toString());
    const bool bText = isStringType(tb) && isNumericText(b.toString());
    const bool aNumber = isNumericType(ta);
    const bool bNumber = isNumericType(tb);
    if (!(aNumber || aText) || !(bNumber || bText))
        return std::nullopt;
    // Two strings are numbers only when the column says so: "007" and "7" are different codes.
    if (!aNumber && !bNumber && !textIsNumber)
        return std::nullopt;

    if (!isFloatType(ta) && !isFloatType(tb)) {
        const auto decimal = [](const QVariant &v) {
            return isIntegerType(v.metaType().id())
                       ? (v.metaType().id() == QMetaType::ULongLong
                              ? QString::number(v.toULongLong())
                              : QString::number(v.toLongLong()))
                       : canonicalDecimal(v.toString()).value_or(QString());
        };
        const QString da = decimal(a);
        const QString db = decimal(b);
        if (!da.isEmpty() && !db.isEmpty())
            return da == db;
    }
    // A double against a decimal text (NUMERIC read exactly): the same when writing the double
    // would store that decimal, digit for digit. 1.0 is not 1.000000000000000001, though both
    // are the same double.
    if (isFloatType(ta) != isFloatType(tb)) {
        const QVariant &real = isFloatType(ta) ? a : b;
        const QVariant &other = isFloatType(ta) ? b : a;
        const double d = real.toDouble();
        if (std::isfinite(d) && isStringType(other.metaType().id())) {
            if (const auto text = canonicalDecimal(other.toString()))
                return *text == detail::decimalOfDouble(d);
        }
    }
    bool okA = false;
    bool okB = false;
    const double va = a.toDouble(&okA);
    const double vb = b.toDouble(&okB);
    if (!okA || !okB)
        return std::nullopt;
    // A NaN (PostgreSQL's float 'NaN') read twice is the same value: an untouched one is no edit.
    if (std::isnan(va) || std::isnan(vb))
        return std::isnan(va) && std::isnan(vb);
    return va == vb;
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    QString t = text.trimmed();
    // SQL writes "2024-05-01 10:00:00", ISO 8601 wants a 'T'.
    if (t.size() > 10 && t.at(10) == u' ')
        t[10] = u'T';
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    return dt;
}

std::optional<bool> sameDate(const QVariant &a, const QVariant &b)
{
    const int ta = a.metaType().id();
    const int tb = b.metaType().id();
    if (ta == QMetaType::QDate && isStringType(tb)) {
        const QDate d = QDate::fromString(b.toString().trimmed(), Qt::ISODate);
        return d.isValid() ? std::optional<bool>(d == a.toDate()) : std::nullopt;
    }
    if (ta == QMetaType::QDateTime && isStringType(tb)) {
        const auto dt = parseDateTime(b.toString());
        return dt ? std::optional<bool>(*dt == a.toDateTime()) : std::nullopt;
    }
    if (ta == QMetaType::QTime && isStringType(tb)) {
        QTime t = QTime::fromString(b.toString().trimmed(), Qt::ISODateWithMs);
        return t.isValid() ? std::optional<bool>(t == a.toTime()) : std::nullopt;
    }
    if (isStringType(ta) && (tb == QMetaType::QDate || tb == QMetaType::QDateTime || tb == QMetaType::QTime))
        return sameDate(b, a);
    return std::nullopt;
}

bool isNumericColumn(QMetaType type)
{
    return type.isValid() && isNumericType(type.id()) && type.id() != QMetaType::Bool;
}

// sameValue with what the column's declared type adds: in a numeric column, two strings
// ("12.50" from NUMERIC, "12.5" typed) are compared as numbers.
bool sameValueIn(const QVariant &a, const QVariant &b, QMetaType columnType)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    if (const auto n = sameNumber(a, b, isNumericColumn(columnType)))
        return *n;
    if (const auto d = sameDate(a, b))
        return *d;
    if (a == b)
        return true;
    // Different types that print the same (QByteArray vs QString). Only when both really
    // convert: a failed conversion gives an empty string, and two empties would look equal.
    QVariant sa = a;
    QVariant sb = b;
    if (!sa.convert(QMetaType::fromType<QString>()) || !sb.convert(QMetaType::fromType<QString>()))
        return false;
    return sa.toString() == sb.toString();
}

FieldMerge mergeField(const QString &name, const QVariant &original, const QVariant &mine,
                      const QVariant &theirs, bool deletedByOthers, QMetaType columnType)
{
    const bool mineChanged = !sameValueIn(original, mine, columnType);
    if (deletedByOthers) {
        // Nothing to weigh against: saving re-creates the row from my values.
        return FieldMerge(name, original, mine, theirs, mine,
                          mineChanged ? FieldMerge::Status::TakenFromMine
                                      : FieldMerge::Status::Unchanged);
    }
    const bool theirsChanged = !sameValueIn(original, theirs, columnType);
    const auto merged = [&](const QVariant &result, FieldMerge::Status status) {
        return FieldMerge(name, original, mine, theirs, result, status);
    };
    if (!mineChanged && !theirsChanged)
        return merged(mine, FieldMerge::Status::Unchanged);
    if (mineChanged && !theirsChanged)
        return merged(mine, FieldMerge::Status::TakenFromMine);
    if (!mineChanged)
        return merged(theirs, FieldMerge::Status::TakenFromTheirs);
    if (sameValueIn(mine, theirs, columnType))
        return merged(mine, FieldMerge::Status::SameChange);
    return merged(QVariant(), FieldMerge::Status::Conflict);
}

bool isIgnored(const QString &name, const QStringList &ignored)
{
    return ignored.contains(name, Qt::CaseInsensitive);
}

// The merge of three records, field by field in the layout's order. With `deleted` the record
// is gone on their side, and `theirs` is not read.
MergeResult mergeRecords(const QSqlRecord &original, const QSqlRecord &mine,
                         const QSqlRecord &theirs, const QStringList &ignored, bool deleted)
{
    const QSqlRecord &layout = original.isEmpty() ? mine : original;
    // A side that lacks a field has no news about it: it counts as the original value.
    const auto valueOf = [](const QSqlRecord &record, const QString &name, const QVariant &fallback) {
        const int i = record.indexOf(name);
        return i < 0 ? fallback : record.value(i);
    };
    QList<FieldMerge> fields;
    fields.reserve(layout.count());
    for (int i = 0; i < layout.count(); ++i) {
        const QSqlField field = layout.field(i);
        const QString name = field.name();
        if (isIgnored(name, ignored))
            continue;
        const int oi = original.indexOf(name);
        const QVariant o = oi < 0 ? mine.value(name) : original.value(oi);
        fields << mergeField(name, o, valueOf(mine, name, o), deleted ? QVariant() : valueOf(theirs, name, o),
                             deleted, field.metaType());
    }
    return MergeResult(std::move(fields));
}

} // namespace

MergeResult ThreeWayMerge::merge(const QSqlRecord &original, const QSqlRecord &mine,
                                 const QSqlRecord &theirs, const QStringList &ignored)
{
    return mergeRecords(original, mine, theirs, ignored, theirs.isEmpty());
}

MergeResult ThreeWayMerge::mergeAgainstDeletion(const QSqlRecord &original, const QSqlRecord &mine,
                                                const QStringList &ignored)
{
    return mergeRecords(original, mine, QSqlRecord(), ignored, true);
}

MergeResult ThreeWayMerge::merge(const QVariantMap &original, const QVariantMap &mine,
                                 const QVariantMap &theirs, const QStringList &order)
{
    QStringList names = order;
    if (names.isEmpty()) {
        // No order given: every field any side knows, the original's first.
        for (const QVariantMap *side : {&original, &mine, &theirs}) {
            for (auto it = side->cbegin(); it != side->cend(); ++it) {
                if (!names.contains(it.key()))
                    names << it.key();
            }
        }
    }
    const bool deleted = theirs.isEmpty();
    QList<FieldMerge> fields;
    fields.reserve(names.size());
    for (const QString &name : std::as_const(names)) {
        const QVariant o = original.contains(name) ? original.value(name) : mine.value(name);
        const QVariant m = mine.contains(name) ? mine.value(name) : o;
        const QVariant t = deleted ? QVariant() : (theirs.contains(name) ? theirs.value(name) : o);
        fields << mergeField(name, o, m, t, deleted, QMetaType());
    }
    return MergeResult(std::move(fields));
}

bool ThreeWayMerge::sameValue(const QVariant &a, const QVariant &b)
{
    return sameValueIn(a, b, QMetaType());
}

} // namespace concord
