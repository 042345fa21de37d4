// EditorChoice: column -> editor kind, by declared type, SQLite's stored values and column names.
#include "editorchoice.h"

#include <QRegularExpression>

#include <limits>
#include <optional>

namespace concord {

namespace {

using Kind = EditorChoice::Kind;

bool isNumberStorage(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool fitsInInt(const QVariant &value)
{
    bool ok = false;
    const qlonglong number = value.toLongLong(&ok);
    return !ok || (number > std::numeric_limits<int>::min()
                   && number <= std::numeric_limits<int>::max());
}

// SQLite declares DATE, TIMESTAMP, DECIMAL, BIGINT... as QString fields: its columns have
// affinities, not types. The values tell: ISO 8601 text is a date, and a column that keeps
// numbers as numbers cannot have TEXT affinity. Without values, naming conventions decide.
// The kind a declared type fixes, whatever the column holds; nothing for types that fix none.
std::optional<Kind> kindOfDeclared(const QSqlField &field, const ColumnBounds &declared)
{
    if (declared.integral) {
        // NullableSpinBox takes SQLite's 64-bit INTEGER too; a BIGINT gets the wide line edit.
        const bool fitsInt = declared.minimum >= std::numeric_limits<int>::min()
            && declared.maximum <= std::numeric_limits<int>::max();
        return fitsInt || field.metaType().id() == QMetaType::Int ? Kind::Integer
                                                                  : Kind::BigInteger;
    }
    if (declared.integerDigits >= 0)
        return Kind::Decimal;
    const QString type = declared.type.simplified().toLower();
    if (type.isEmpty())
        return std::nullopt;
    static const QRegularExpression word(QStringLiteral("^([a-z ]+)"));
    const QString name = word.match(type).captured(1).trimmed();
    if (name == QLatin1String("date"))
        return Kind::Date;
    if (name.startsWith(QLatin1String("timestamp")) || name == QLatin1String("datetime"))
        return Kind::DateTime;
    if (name.startsWith(QLatin1String("time")))
        return Kind::Time;
    if (name == QLatin1String("real") || name.startsWith(QLatin1String("double"))
        || name == QLatin1String("float"))
        return Kind::Decimal;
    return std::nullopt;
}

Kind classifyText(const QSqlField &field, const QVariantList &samples)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?$"));
    static const QRegularExpression dateName(QStringLiteral("(^date$|^date_|_date$|_on$|birthday)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dateTimeName(QStringLiteral("(_at$|timestamp|datetime)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression longTextName(
        QStringLiteral("(^|_)(notes?|descriptions?|desc|comments?|remarks?|memo|details)($|_)"),
        QRegularExpression::CaseInsensitiveOption);

    int values = 0;
    int numbers = 0;
    int decimals = 0;
    int dates = 0;
    int dateTimes = 0;
    for (const QVariant &sample : samples) {
        if (sample.isNull())
            continue;
        ++values;
        if (isNumberStorage(sample)) {
            ++numbers;
            if (sample.metaType().id() == QMetaType::Double
                || sample.metaType().id() == QMetaType::Float)
                ++decimals;
            continue;
        }
        const QString text = sample.toString().trimmed();
        if (date.match(text).hasMatch())
            ++dates;
        else if (dateTime.match(text).hasMatch())
            ++dateTimes;
    }
    if (values > 0 && numbers == values)
        return decimals > 0 ? Kind::Decimal : Kind::BigInteger;
    if (values > 0 && dates == values)
        return Kind::Date;
    if (values > 0 && dates + dateTimes == values)
        return Kind::DateTime;
    if (values == 0 && dateTimeName.match(field.name()).hasMatch())
        return Kind::DateTime;
    if (values == 0 && dateName.match(field.name()).hasMatch())
        return Kind::Date;
    if (field.length() > 255
        || (field.length() <= 0 && longTextName.match(field.name()).hasMatch()))
        return Kind::LongText;
    return Kind::Text;
}

} // namespace

EditorChoice::Kind EditorChoice::kindOf(const QSqlField &field, const QVariantList &samples,
                                        bool foreignKey, bool hasChoices,
                                        const ColumnBounds &declared)
{
    if (foreignKey)
        return Kind::ForeignKey;
    // QSQLITE reports a BOOLEAN-declared column as Bool, though its values come as 0/1.
    if (field.metaType().id() == QMetaType::Bool)
        return Kind::Boolean;
    if (hasChoices)
        return Kind::Choice;
    if (const std::optional<Kind> kind = kindOfDeclared(field, declared))
        return *kind;
    switch (field.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        // SQLite's INTEGER is Int to Qt but holds 64 bits: a large value needs the wide editor.
        for (const QVariant &sample : samples) {
            if (!sample.isNull() && !fitsInInt(sample))
                return Kind::BigInteger;
        }
        return Kind::Integer;
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return Kind::BigInteger;
    case QMetaType::Double:
    case QMetaType::Float:
        return Kind::Decimal;
    case QMetaType::QDate:
        return Kind::Date;
    case QMetaType::QDateTime:
        return Kind::DateTime;
    case QMetaType::QTime:
        return Kind::Time;
    default:
        return classifyText(field, samples);
    }
}

bool EditorChoice::isTrue(const QVariant &value)
{
    if (value.isNull())
        return false;
    if (value.metaType().id() == QMetaType::Bool)
        return value.toBool();
    const QString word = value.toString().trimmed().toLower();
    return word == QLatin1String("t") || word == QLatin1String("true") || word == QLatin1String("y")
        || word == QLatin1String("yes") || value.toLongLong() != 0;
}

} // namespace concord
