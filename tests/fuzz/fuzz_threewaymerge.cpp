// Fuzz target: the three-way merge of records whose values are QVariants of many types, checked
// against the merge's laws (an untouched side never conflicts, mine and theirs are symmetric).
#include "fuzzinput.h"

#include <concord/mergeresult.h>
#include <concord/threewaymerge.h>

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QSqlRecord>
#include <QTime>

#include <cmath>

using concord::FieldMerge;
using concord::MergeResult;
using concord::fuzz::FuzzInput;
using concord::fuzz::text;
namespace ThreeWayMerge = concord::ThreeWayMerge;

namespace {

// Text that looks like a number often enough for the numeric comparisons to be reached.
QString numericText(FuzzInput &in)
{
    static const char alphabet[] = "0123456789.-+eE 0";
    const int n = in.byte() % 24;
    QString text;
    for (int i = 0; i < n; ++i)
        text += QLatin1Char(alphabet[in.byte() % (sizeof(alphabet) - 1)]);
    return text;
}

QVariant value(FuzzInput &in)
{
    switch (in.byte() % 17) {
    case 0: return QVariant();
    case 1: return QVariant(QMetaType::fromType<QString>()); // a typed default, as drivers build
    case 2: return in.integer<int>() % 1000; // small, so the sides often agree
    case 3: return QVariant::fromValue(in.integer<qlonglong>());
    case 4: return QVariant::fromValue(in.integer<qulonglong>());
    case 5: return in.integer<double>(); // any bit pattern: NaN, infinities, -0
    case 6: return in.text();
    case 7: return numericText(in);
    case 8: return in.bytes();
    case 9: return bool(in.byte() & 1);
    case 10: return QDate::fromJulianDay(2460000 + in.integer<int8_t>());
    case 11: return QDateTime::fromMSecsSinceEpoch(1700000000000LL + in.integer<int16_t>() * 1000LL,
                                                   in.byte() & 1 ? Qt::UTC : Qt::LocalTime);
    case 12: return QTime::fromMSecsSinceStartOfDay(qAbs(in.integer<int32_t>() % 86400000));
    case 13: { // a date or time as a driver's text
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(1700000000000LL + in.integer<int16_t>() * 1000LL, Qt::UTC);
        switch (in.byte() % 3) {
        case 0: return dt.date().toString(Qt::ISODate);
        case 1: return dt.toString(Qt::ISODate).replace(u'T', u' ');
        default: return dt.time().toString(Qt::ISODateWithMs);
        }
    }
    case 14: return in.integer<float>();
    case 15: return QString::number(in.integer<int>() % 1000);
    default: return QVariant::fromValue(QString()); // a null QString, not a null QVariant
    }
}

QMetaType columnType(FuzzInput &in)
{
    switch (in.byte() % 7) {
    case 0: return QMetaType();
    case 1: return QMetaType::fromType<int>();
    case 2: return QMetaType::fromType<double>();
    case 3: return QMetaType::fromType<QString>();
    case 4: return QMetaType::fromType<bool>();
    case 5: return QMetaType::fromType<QDate>();
    default: return QMetaType::fromType<qlonglong>();
    }
}

bool isNaN(const QVariant &v)
{
    const int id = v.metaType().id();
    return (id == QMetaType::Double || id == QMetaType::Float) && std::isnan(v.toDouble());
}

// The same value handed through, not merely an equal one.
bool identical(const QVariant &a, const QVariant &b)
{
    if (a.metaType() != b.metaType() || a.isNull() != b.isNull())
        return false;
    if (isNaN(a) || isNaN(b))
        return isNaN(a) && isNaN(b);
    return a == b || a.toString() == b.toString();
}

QString describe(const QVariant &v)
{
    return QStringLiteral("%1(%2)").arg(QString::fromLatin1(v.metaType().name()), v.toString());
}

struct Column
{
    QString name;
    QMetaType type;
    QVariant original, a, b;
};

QSqlRecord record(const QList<Column> &columns, QVariant Column::*side)
{
    QSqlRecord r;
    for (const Column &c : columns) {
        QSqlField field(c.name, c.type);
        field.setValue(c.*side);
        r.append(field);
    }
    return r;
}

void checkOneSideUntouched(const MergeResult &result, const QList<Column> &columns,
                           QVariant Column::*changed, FieldMerge::Status takenStatus,
                           QVariant (FieldMerge::*changedSide)() const)
{
    CONCORD_FUZZ_CHECK(result.conflictCount() == 0);
    CONCORD_FUZZ_CHECK(!result.needsChoices());
    CONCORD_FUZZ_CHECK(result.fields().size() == columns.size());
    for (int i = 0; i < columns.size(); ++i) {
        const FieldMerge &f = result.fields().at(i);
        const QVariant expected = columns.at(i).*changed;
        CONCORD_FUZZ_CHECK(f.status() == FieldMerge::Status::Unchanged || f.status() == takenStatus,
                           "field %s: status %d, original %s, changed side %s", text(f.name()),
                           int(f.status()), text(describe(f.original())), text(describe(expected)));
        CONCORD_FUZZ_CHECK(identical((f.*changedSide)(), expected));
        if (f.status() == takenStatus)
            CONCORD_FUZZ_CHECK(identical(f.result(), expected), "field %s: result %s, expected %s",
                               text(f.name()), text(describe(f.result())), text(describe(expected)));
    }
}

FieldMerge::Status mirrored(FieldMerge::Status s)
{
    switch (s) {
    case FieldMerge::Status::TakenFromMine: return FieldMerge::Status::TakenFromTheirs;
    case FieldMerge::Status::TakenFromTheirs: return FieldMerge::Status::TakenFromMine;
    default: return s;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const int count = 1 + in.byte() % 6;
    QList<Column> columns;
    for (int i = 0; i < count; ++i) {
        Column c;
        c.name = QStringLiteral("c%1").arg(i);
        c.type = columnType(in);
        c.original = value(in);
        // Often keep a side as the original, so that the untouched cases are common.
        const uint8_t how = in.byte();
        c.a = how & 1 ? c.original : value(in);
        c.b = how & 2 ? c.original : (how & 4 ? c.a : value(in));
        columns << c;
    }

    // Every value equals itself, and equality does not depend on the order of the two.
    for (const Column &c : std::as_const(columns)) {
        for (const QVariant *v : {&c.original, &c.a, &c.b})
            CONCORD_FUZZ_CHECK(ThreeWayMerge::sameValue(*v, *v), "not equal to itself: %s", text(describe(*v)));
        CONCORD_FUZZ_CHECK(ThreeWayMerge::sameValue(c.a, c.b) == ThreeWayMerge::sameValue(c.b, c.a),
                           "asymmetric: %s vs %s", text(describe(c.a)), text(describe(c.b)));
    }

    const QSqlRecord original = record(columns, &Column::original);
    const QSqlRecord a = record(columns, &Column::a);
    const QSqlRecord b = record(columns, &Column::b);

    // merge(o, o, x) == x and merge(o, x, o) == x: one untouched side never conflicts.
    checkOneSideUntouched(ThreeWayMerge::merge(original, original, b), columns, &Column::b,
                          FieldMerge::Status::TakenFromTheirs, &FieldMerge::theirs);
    checkOneSideUntouched(ThreeWayMerge::merge(original, a, original), columns, &Column::a,
                          FieldMerge::Status::TakenFromMine, &FieldMerge::mine);
    // Against a deletion, mine is what re-creating saves.
    checkOneSideUntouched(ThreeWayMerge::mergeAgainstDeletion(original, a), columns, &Column::a,
                          FieldMerge::Status::TakenFromMine, &FieldMerge::mine);

    // merge(o, x, x): the same edit on both sides is no conflict.
    const MergeResult same = ThreeWayMerge::merge(original, a, a);
    CONCORD_FUZZ_CHECK(same.conflictCount() == 0);
    for (int i = 0; i < count; ++i)
        CONCORD_FUZZ_CHECK(identical(same.fields().at(i).result(), columns.at(i).a));

    // Swapping mine and theirs mirrors every status, and a non-conflict keeps its value.
    const MergeResult ab = ThreeWayMerge::merge(original, a, b);
    const MergeResult ba = ThreeWayMerge::merge(original, b, a);
    CONCORD_FUZZ_CHECK(ab.conflictCount() == ba.conflictCount());
    for (int i = 0; i < count; ++i) {
        const FieldMerge &x = ab.fields().at(i);
        const FieldMerge &y = ba.fields().at(i);
        CONCORD_FUZZ_CHECK(y.status() == mirrored(x.status()), "field %s: %d vs %d", text(x.name()),
                           int(x.status()), int(y.status()));
        if (x.status() == FieldMerge::Status::Conflict) {
            CONCORD_FUZZ_CHECK(x.needsChoice() && !x.result().isValid());
        } else if (x.status() == FieldMerge::Status::TakenFromMine
                   || x.status() == FieldMerge::Status::TakenFromTheirs) {
            // (Unchanged and SameChange keep mine, which may be spelt apart from theirs.)
            CONCORD_FUZZ_CHECK(identical(x.result(), y.result()), "field %s: %s vs %s", text(x.name()),
                               text(describe(x.result())), text(describe(y.result())));
        }
    }

    // Choosing mine for every conflict settles the merge with my values there.
    MergeResult resolved = ab;
    for (const FieldMerge &f : ab.fields()) {
        if (f.isConflict())
            CONCORD_FUZZ_CHECK(resolved.choose(f.name(), FieldMerge::Choice::Mine));
    }
    CONCORD_FUZZ_CHECK(!resolved.needsChoices());
    const QVariantMap values = resolved.values();
    CONCORD_FUZZ_CHECK(values.size() == count);
    for (const FieldMerge &f : ab.fields()) {
        if (f.isConflict())
            CONCORD_FUZZ_CHECK(identical(values.value(f.name()), f.mine()));
    }

    // The map form obeys merge(o, o, x) == x as well, and leaves out nothing.
    QVariantMap om, bm;
    for (const Column &c : std::as_const(columns)) {
        om.insert(c.name, c.original);
        bm.insert(c.name, c.b);
    }
    const MergeResult fromMaps = ThreeWayMerge::merge(om, om, bm, {});
    CONCORD_FUZZ_CHECK(fromMaps.conflictCount() == 0);
    CONCORD_FUZZ_CHECK(fromMaps.fields().size() == count);

    // An ignored field is left out of the result.
    const MergeResult ignoring = ThreeWayMerge::merge(original, a, b, {QStringLiteral("C0")});
    CONCORD_FUZZ_CHECK(ignoring.fields().size() == count - 1 && ignoring.indexOf(QStringLiteral("c0")) < 0);
    return 0;
}
