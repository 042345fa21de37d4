// NullableDoubleSpinBox: a QDoubleSpinBox for REAL/NUMERIC columns that can also show and return NULL.
#include "nullabledoublespinbox.h"

#include "numbertext.h"

#include <QTimer>

#include <cfloat>
#include <cmath>

namespace concord {

namespace {

// QDoubleSpinBox rounds every value to its decimals; this many keep every digit of a double.
constexpr int exactDecimals = DBL_MAX_10_EXP + DBL_DIG;

} // namespace

NullableDoubleSpinBox::NullableDoubleSpinBox(bool nullable, int decimals, double limit,
                                             QWidget *parent)
    : QDoubleSpinBox(parent), m_nullable(nullable)
{
    setScale(decimals);
    // The NULL marker is the lowest double: no value a column holds.
    setRange(m_nullable ? -DBL_MAX : -limit, limit);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setGroupSeparatorShown(false);
    if (m_nullable) {
        setSpecialValueText(tr("(none)"));
        setValue(minimum());
    } else {
        setValue(0);
    }
    m_beforeEdit = QDoubleSpinBox::value();
}

void NullableDoubleSpinBox::setScale(int decimals)
{
    const bool wasNull = isNull();
    m_exact = decimals < 0;
    setDecimals(m_exact ? exactDecimals : decimals);
    if (wasNull)
        setValue(minimum());
}

double NullableDoubleSpinBox::step() const
{
    return m_exact ? 0.0 : std::pow(10.0, -decimals());
}

bool NullableDoubleSpinBox::isNull() const
{
    return m_nullable && value() <= minimum();
}

QVariant NullableDoubleSpinBox::nullableValue() const
{
    return isNull() ? QVariant(QMetaType::fromType<double>()) : QVariant(value());
}

void NullableDoubleSpinBox::setNullableValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        setValue(m_nullable ? minimum() : 0.0);
        m_beforeEdit = QDoubleSpinBox::value();
        return;
    }
    bool ok = false;
    // Database numbers come with a '.' whatever the user's locale, so no locale-aware parsing.
    const double number = value.toDouble(&ok);
    const double lowest = m_nullable ? std::nextafter(minimum(), 0.0) + step() : minimum();
    setValue(ok ? qBound(lowest, number, maximum()) : 0.0);
    m_beforeEdit = QDoubleSpinBox::value();
}

void NullableDoubleSpinBox::stepBy(int steps)
{
    if (isNull()) {
        setValue(0.0);
        selectAll();
        return;
    }
    QDoubleSpinBox::stepBy(steps);
    if (isNull())
        setValue(std::nextafter(minimum(), 0.0) + step());
}

QValidator::State NullableDoubleSpinBox::validate(QString &input, int &) const
{
    if (!specialValueText().isEmpty() && input == specialValueText())
        return QValidator::Acceptable;
    const NumberText::Reading reading = NumberText::read(input, locale(), m_exact);
    switch (reading.state) {
    case NumberText::State::Empty:
    case NumberText::State::Unfinished:
    case NumberText::State::Foreign:
        // Kept as typed: refused when committed (fixup), never read as another number.
        return QValidator::Intermediate;
    case NumberText::State::Invalid:
        return QValidator::Invalid;
    case NumberText::State::Number:
        break;
    }
    // More decimals than a fixed scale holds stay as typed, to be refused when committed with
    // a message that names the limit: dropping the keystroke stored other digits without a word.
    if (!m_exact && reading.decimals > decimals())
        return QValidator::Intermediate;
    if (reading.number > maximum() || reading.number < minimum())
        return QValidator::Intermediate;
    return QValidator::Acceptable;
}

double NullableDoubleSpinBox::valueFromText(const QString &text) const
{
    if (!specialValueText().isEmpty() && text == specialValueText())
        return minimum();
    const NumberText::Reading reading = NumberText::read(text, locale(), m_exact);
    return reading.state == NumberText::State::Number ? reading.number : value();
}

QString NullableDoubleSpinBox::textFromValue(double number) const
{
    return NumberText::write(number, locale(), m_exact ? -1 : decimals());
}

void NullableDoubleSpinBox::fixup(QString &input) const
{
    if (m_nullable && input.trimmed().isEmpty()) {
        input = specialValueText();
        return;
    }
    // Not a number as the locale writes it, or one the column cannot hold: the box goes back to
    // the value it had before the typing began (not to a number read on the way), and says why.
    if (const QString limit = refusalOf(input); !limit.isEmpty())
        NumberText::refuseWith(this, limit);
    else
        NumberText::refuse(this, input);
    input = m_nullable && m_beforeEdit <= minimum() ? specialValueText() : textFromValue(m_beforeEdit);
}

QString NullableDoubleSpinBox::refusal() const
{
    return refusalOf(text());
}

QString NullableDoubleSpinBox::refusalOf(const QString &input) const
{
    if (!specialValueText().isEmpty() && input == specialValueText())
        return {};
    const NumberText::Reading reading = NumberText::read(input, locale(), m_exact);
    switch (reading.state) {
    case NumberText::State::Empty:
        return {};
    case NumberText::State::Unfinished:
    case NumberText::State::Foreign:
    case NumberText::State::Invalid:
        // A German "12.5": reading the text would put the old value back without a word.
        return NumberText::refusalText(input, locale(), false);
    case NumberText::State::Number:
        break;
    }
    const QString label = m_label.isEmpty() ? objectName() : m_label;
    return NumberText::scaleRefusal(reading, label, m_exact ? -1 : decimals());
}

void NullableDoubleSpinBox::focusInEvent(QFocusEvent *event)
{
    m_beforeEdit = QDoubleSpinBox::value();
    QDoubleSpinBox::focusInEvent(event);
    if (isNull())
        QTimer::singleShot(0, this, &QAbstractSpinBox::selectAll);
}

} // namespace concord
