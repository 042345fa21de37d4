// NumberText: reads a number typed in the user's locale strictly, and writes one back, also as
// the grid shows it (a NUMERIC(p,s) with its s decimals), so that every view writes it alike.
#pragma once

#include <concord/columnbounds.h>

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QVariant>

class QWidget;

namespace concord {

// Qt's spin boxes and QLocale::toDouble() skip what they take for group separators, so a German
// "12.5" reads as 125 and an English "12,5" too. A user who types a separator meant a decimal
// point, and the only safe answer is to refuse the text: the number editors (NullableSpinBox,
// NullableDoubleSpinBox, the 64-bit line edit) read typed text here, which accepts digits, the
// locale's signs and its decimal point, and nothing that could be a group separator.
class NumberText
{
    Q_DECLARE_TR_FUNCTIONS(concord::NumberText)
public:
    enum class State {
        Empty,      // nothing typed (NULL, in a nullable column)
        Unfinished, // a sign, a trailing exponent...: more keys may make it a number
        Foreign,    // has a separator the locale does not use as its decimal point
        Invalid,    // letters and such: no number at all
        Number
    };
    struct Reading
    {
        State state = State::Empty;
        double number = 0;
        qint64 integer = 0;   // for readInteger()
        int decimals = 0;     // digits after the decimal point
    };

    // A decimal number; `exponent` allows 1.5e300 (REAL/DOUBLE).
    static Reading read(const QString &text, const QLocale &locale, bool exponent);
    // A whole number in 64 bits; a decimal point is Foreign, too many digits Invalid.
    static Reading readInteger(const QString &text, const QLocale &locale);
    // `decimals` < 0: the shortest text that reads back as exactly `number`. No group separators.
    static QString write(double number, const QLocale &locale, int decimals);
    static QString writeInteger(qint64 number, const QLocale &locale);
    // Tells the user that `input` is not a number in `editor`'s locale (beep, tooltip).
    static void refuse(const QWidget *editor, const QString &input, bool integer = false);
    // The tooltip text of refuse().
    static QString refusalText(const QString &input, const QLocale &locale, bool integer);
    // Beeps and shows `message` under `editor`, as refuse() does.
    static void refuseWith(const QWidget *editor, const QString &message);
    // Why a number read as `reading` does not fit a NUMERIC(p,s) column named `label` that takes
    // `scale` (s) digits after the point; empty when it fits. Worded as the model's overflow
    // message ("Budget is too large: it takes at most 4 digits before the decimal point."),
    // which tells of digits before the point: a box keeps those, the model refuses them.
    static QString scaleRefusal(const Reading &reading, const QString &label, int scale);
    // `value` with the column's scale ("5,000.00" for NUMERIC(8,2)), or an empty string where
    // the scale does not apply: no NUMERIC(p,s), a value with more decimals than the column (another
    // program's, shown as it is), or more digits than a double holds exactly (the driver's text stays).
    static QString scaled(const QVariant &value, const ColumnBounds &bounds, const QLocale &locale);
};

} // namespace concord
