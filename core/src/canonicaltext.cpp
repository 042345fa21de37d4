// Canonical spellings of decimals and date-times written as text.
#include "canonicaltext_p.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace concord::detail {

std::optional<QString> canonicalDecimal(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*([+-]?)(\d*)(?:\.(\d*))?\s*$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch() || (m.capturedLength(2) == 0 && m.capturedLength(3) == 0))
        return std::nullopt;
    QString integer = m.captured(2);
    QString fraction = m.captured(3);
    while (integer.startsWith(u'0'))
        integer.remove(0, 1);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (integer.isEmpty())
        integer = QStringLiteral("0");
    QString result = integer;
    if (!fraction.isEmpty())
        result += u'.' + fraction;
    if (m.captured(1) == QLatin1String("-") && result != QLatin1String("0"))
        result.prepend(u'-');
    return result;
}

QString decimalOfDouble(double value)
{
    const QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    return canonicalDecimal(text).value_or(text);
}

namespace {

QString trimmedFraction(const QString &fraction)
{
    QString f = fraction;
    while (f.endsWith(u'0'))
        f.chop(1);
    return f.size() > 1 ? f : QString(); // "." alone: no fraction
}

// "+05", "+0530", "+05:30", "Z" as "+05:30" / "Z"; empty when not a zone.
QString isoZone(const QString &zone)
{
    if (zone == QLatin1String("Z"))
        return zone;
    static const QRegularExpression pattern(QStringLiteral(R"(^([+-])(\d\d):?(\d\d)?$)"));
    const QRegularExpressionMatch m = pattern.match(zone);
    if (!m.hasMatch())
        return {};
    return m.captured(1) + m.captured(2) + u':'
           + (m.capturedLength(3) ? m.captured(3) : QStringLiteral("00"));
}

} // namespace

std::optional<QString> canonicalDateTime(const QString &text)
{
    static const QRegularExpression stamp(QStringLiteral(
        R"(^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d)(\.\d*)?(Z|[+-]\d\d(?::?\d\d)?)?$)"));
    static const QRegularExpression timeOfDay(
        QStringLiteral(R"(^(\d\d:\d\d:\d\d)(\.\d*)?(Z|[+-]\d\d(?::?\d\d)?)?$)"));
    const QString t = text.trimmed();
    if (const QRegularExpressionMatch m = stamp.match(t); m.hasMatch()) {
        const QString fraction = trimmedFraction(m.captured(3));
        if (m.capturedLength(4) == 0)
            return m.captured(1) + u' ' + m.captured(2) + fraction;
        const QString zone = isoZone(m.captured(4));
        // Whole seconds through QDateTime (which keeps milliseconds only); the fraction is
        // carried over untouched, as no zone offset has one.
        const QDateTime at = QDateTime::fromString(m.captured(1) + u'T' + m.captured(2) + zone,
                                                   Qt::ISODate);
        if (zone.isEmpty() || !at.isValid())
            return std::nullopt;
        return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + fraction + u'Z';
    }
    if (const QRegularExpressionMatch m = timeOfDay.match(t); m.hasMatch()) {
        const QString zone = m.capturedLength(3) ? isoZone(m.captured(3)) : QString();
        return m.captured(1) + trimmedFraction(m.captured(2)) + zone;
    }
    return std::nullopt;
}

} // namespace concord::detail
