// NumberText: strict reading of typed numbers in the user's locale, and their shortest text.
#include "numbertext.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTimer>
#include <QToolTip>
#include <QWidget>


namespace concord {

namespace {

bool isSeparatorLike(QChar ch, const QLocale &locale)
{
    return ch == u'.' || ch == u',' || ch == u'\'' || ch == u'\u00a0' || ch == u'\u202f'
        || ch == u' ' || QString(ch) == locale.groupSeparator();
}

QLocale strict(const QLocale &locale)
{
    QLocale result = locale;
    result.setNumberOptions(QLocale::RejectGroupSeparator | QLocale::OmitGroupSeparator);
    return result;
}

void showRefusal(QWidget *editor, const QString &message)
{
    QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), message, editor);
}

// Shows a refusal again when the key that caused it is released; gone after a second.
class RefusalAfterRelease : public QObject
{
public:
    RefusalAfterRelease(QWidget *editor, const QString &message)
        : QObject(editor), m_editor(editor), m_message(message)
    {
        editor->installEventFilter(this);
        QTimer::singleShot(1000, this, [this] { deleteLater(); });
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::KeyRelease) {
            showRefusal(m_editor, m_message);
            m_editor->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }

private:
    QWidget *m_editor;
    QString m_message;
};

} // namespace

NumberText::Reading NumberText::read(const QString &input, const QLocale &locale, bool exponent)
{
    Reading reading;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return reading;
    const QString point = locale.decimalPoint();
    const QString minus = locale.negativeSign();
    const QString plus = locale.positiveSign();
    bool foreign = false;
    bool afterPoint = false;
    bool inExponent = false;
    for (const QChar ch : text) {
        const QString one(ch);
        if (ch >= u'0' && ch <= u'9') {
            if (afterPoint && !inExponent)
                ++reading.decimals;
        } else if (one == point) {
            afterPoint = true;
        } else if (one == minus || one == plus || ch == u'-' || ch == u'+') {
        } else if (exponent && (ch == u'e' || ch == u'E')) {
            inExponent = true;
        } else if (isSeparatorLike(ch, locale)) {
            foreign = true;
        } else {
            reading.state = State::Invalid;
            return reading;
        }
    }
    if (foreign) {
        reading.state = State::Foreign;
        return reading;
    }
    bool ok = false;
    reading.number = strict(locale).toDouble(text, &ok);
    reading.state = ok ? State::Number : State::Unfinished;
    return reading;
}

NumberText::Reading NumberText::readInteger(const QString &input, const QLocale &locale)
{
    Reading reading;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return reading;
    const QString minus = locale.negativeSign();
    const QString plus = locale.positiveSign();
    bool foreign = false;
    for (const QChar ch : text) {
        const QString one(ch);
        if ((ch >= u'0' && ch <= u'9') || one == minus || one == plus || ch == u'-' || ch == u'+')
            continue;
        if (isSeparatorLike(ch, locale) || one == locale.decimalPoint()) {
            foreign = true;
            continue;
        }
        reading.state = State::Invalid;
        return reading;
    }
    if (foreign) {
        reading.state = State::Foreign;
        return reading;
    }
    bool ok = false;
    reading.integer = strict(locale).toLongLong(text, &ok);
    if (!ok) {
        // A lone sign may still become a number; 20 digits never fit 64 bits.
        const bool sign = text == minus || text == plus || text == u'-' || text == u'+';
        reading.state = sign ? State::Unfinished : State::Invalid;
        return reading;
    }
    reading.number = double(reading.integer);
    reading.state = State::Number;
    return reading;
}

QString NumberText::write(double number, const QLocale &locale, int decimals)
{
    if (decimals < 0)
        return strict(locale).toString(number, 'g', QLocale::FloatingPointShortest);
    return strict(locale).toString(number, 'f', decimals);
}

QString NumberText::writeInteger(qint64 number, const QLocale &locale)
{
    return strict(locale).toString(number);
}

QString NumberText::refusalText(const QString &input, const QLocale &locale, bool integer)
{
    const QString example = integer ? writeInteger(-1234, locale) : write(-1234.5, locale, 1);
    return tr("\"%1\" is not a number as this editor reads them (for example %2). "
              "The value was not changed.")
        .arg(input.trimmed(), example);
}

void NumberText::refuse(const QWidget *editor, const QString &input, bool integer)
{
    refuseWith(editor, editor ? refusalText(input, editor->locale(), integer) : QString());
}

void NumberText::refuseWith(const QWidget *editor, const QString &message)
{
    QApplication::beep();
    if (!editor || !editor->isVisible())
        return;
    auto *widget = const_cast<QWidget *>(editor);
    showRefusal(widget, message);
    // A tooltip goes the moment a key is released, and the refusal usually comes from a key
    // press (Enter): it comes back on that key's release, so the user can read it.
    new RefusalAfterRelease(widget, message);
}

QString NumberText::scaleRefusal(const Reading &reading, const QString &label, int scale)
{
    if (reading.state != State::Number || scale < 0 || reading.decimals <= scale)
        return {};
    // One and many spelled out: without an English translation, "%n digit(s)" shows as is.
    return scale == 1
        ? tr("%1 has too many decimals: it takes at most 1 digit after the decimal point.")
              .arg(label)
        : tr("%1 has too many decimals: it takes at most %2 digits after the decimal point.")
              .arg(label, QString::number(scale));
}

QString NumberText::scaled(const QVariant &value, const ColumnBounds &bounds, const QLocale &locale)
{
    // SQLite gives NUMERIC(12,2) as a double (915), QPSQL as text ("915.00"): both show the
    // column's scale. A double holds 15 digits exactly; a wider NUMERIC keeps the driver's text,
    // and so does a value with more decimals than the scale (another program's), shown as is.
    if (value.isNull() || bounds.scale < 0 || bounds.integerDigits < 0
        || bounds.integerDigits + bounds.scale > 15)
        return {};
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || QString::number(number, 'f', bounds.scale).toDouble() != number)
        return {};
    return locale.toString(number, 'f', bounds.scale);
}

} // namespace concord
