// valueFit(): the checks a value meets before the model sends it.
#include "valuefit_p.h"

#include <cmath>

namespace concord::detail {

namespace {

bool isNumber(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool isIntegral(QMetaType type)
{
    return isNumber(type) && type.id() != QMetaType::Double && type.id() != QMetaType::Float;
}

// Digits with an optional sign: a whole number, however many digits; toLongLong() refuses one
// beyond 64 bits, and that is a number too large (or small), not text that is none.
bool isWholeNumberText(const QString &trimmed)
{
    qsizetype i = trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (i == trimmed.size())
        return false;
    for (; i < trimmed.size(); ++i)
        if (trimmed.at(i) < QLatin1Char('0') || trimmed.at(i) > QLatin1Char('9'))
            return false;
    return true;
}

// A number against the declared bounds; `value` is a number or a text that reads as one.
ValueFit numberFit(const QVariant &value, const ColumnBounds &bounds)
{
    if (!bounds.integral && bounds.integerDigits < 0)
        return ValueFit::Fits;
    bool ok = false;
    const bool isText = value.metaType().id() == QMetaType::QString;
    const QString text = isText ? value.toString().trimmed() : QString();
    if (bounds.integral) {
        // Exact for 64-bit values; a fraction or a larger number goes by its double.
        const qlonglong whole = !isText ? value.toLongLong(&ok) : text.toLongLong(&ok);
        const bool exact = ok
            && (value.metaType().id() != QMetaType::Double && value.metaType().id() != QMetaType::Float);
        if (exact)
            return whole > bounds.maximum ? ValueFit::TooLarge
                 : whole < bounds.minimum ? ValueFit::TooSmall : ValueFit::Fits;
        const double number = !isText ? value.toDouble(&ok) : text.toDouble(&ok);
        if (!ok || std::isnan(number))
            return ValueFit::Fits; // not a number: NotANumber's rule, or the database's
        // The database rounds a fraction to the nearest whole number first.
        if (number >= double(bounds.maximum) + 0.5)
            return ValueFit::TooLarge;
        if (number <= double(bounds.minimum) - 0.5)
            return ValueFit::TooSmall;
        return ValueFit::Fits;
    }
    const double number = !isText ? value.toDouble(&ok) : text.toDouble(&ok);
    if (!ok || std::isnan(number))
        return ValueFit::Fits;
    // PostgreSQL rounds to the scale before it counts the digits: 9999999999.999 overflows
    // NUMERIC(12,2).
    const double factor = std::pow(10.0, std::max(bounds.scale, 0));
    const double rounded = std::round(std::fabs(number) * factor) / factor;
    return rounded >= std::pow(10.0, bounds.integerDigits) ? ValueFit::TooManyDigits : ValueFit::Fits;
}

} // namespace

ValueFit valueFit(const QSqlField &field, const QVariant &value, const ColumnBounds &bounds)
{
    if (value.isNull())
        return ValueFit::Fits;
    if (isNumber(value.metaType()))
        return numberFit(value, bounds);
    if (value.metaType().id() != QMetaType::QString)
        return ValueFit::Fits;
    const QString text = value.toString();
    const QMetaType type = field.metaType();
    if (isNumber(type)) {
        bool ok = false;
        const QString trimmed = text.trimmed();
        if (isIntegral(type))
            trimmed.toLongLong(&ok);
        if (!ok)
            trimmed.toDouble(&ok); // "12.0" in an integer column: the database decides
        return ok ? numberFit(value, bounds) : ValueFit::NotANumber;
    }
    if (bounds.integral || bounds.integerDigits >= 0) {
        // SQLite reports DECIMAL(5) or SMALLINT as text: a number typed there is still checked,
        // and text that is none is refused, as in a column it reports as a number (SQLite
        // would keep "12,5" in a BIGINT as text). An integer type takes whole numbers only.
        bool ok = false;
        const QString trimmed = text.trimmed();
        if (bounds.integral)
            ok = isWholeNumberText(trimmed); // numberFit() then tells too large from fitting
        else
            trimmed.toDouble(&ok);
        return ok ? numberFit(value, bounds) : ValueFit::NotANumber;
    }
    const int length = field.length();
    if (type.id() == QMetaType::QString && length > 0 && text.size() > length) {
        // PostgreSQL counts characters, not UTF-16 units: an emoji is one.
        qsizetype characters = 0;
        for (qsizetype i = 0; i < text.size(); ++i)
            if (!text.at(i).isLowSurrogate())
                ++characters;
        if (characters > length)
            return ValueFit::TooLong;
    }
    return ValueFit::Fits;
}

} // namespace concord::detail
