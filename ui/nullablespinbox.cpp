// NullableSpinBox: a QSpinBox over the full int range (and beyond) that can also show and return a database NULL.
#include "nullablespinbox.h"

#include "numbertext.h"

#include <QLineEdit>
#include <QTimer>

#include <algorithm>

namespace concord {

NullableSpinBox::NullableSpinBox(bool nullable, QWidget *parent)
    : QSpinBox(parent), m_nullable(nullable)
{
    setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (m_nullable) {
        setSpecialValueText(tr("(none)"));
        setValue(minimum());
    } else {
        setValue(0);
    }
    noteValueBeforeEdit();
    // Any other int set by code (setValue) is a value of its own, not the stand-in.
    connect(this, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_wide && value != standIn(*m_wide))
            m_wide.reset();
        m_announced = m_wide;
    });
    // Typing from one wide value to another leaves the int where it is, so QSpinBox says
    // nothing: say it, or the form would keep the first wide value typed. (This runs after
    // QAbstractSpinBox's own handler of the same signal, which read the text.)
    connect(lineEdit(), &QLineEdit::textChanged, this, [this] {
        if (m_wide != m_announced && value() == standIn(m_wide.value_or(value()))) {
            m_announced = m_wide;
            Q_EMIT valueChanged(value());
        }
    });
}

void NullableSpinBox::noteValueBeforeEdit()
{
    if (isNull())
        m_beforeEdit.reset();
    else
        m_beforeEdit = nullableValue().toLongLong();
}

bool NullableSpinBox::isNull() const
{
    return m_nullable && value() == minimum() && !m_wide;
}

qint64 NullableSpinBox::lowestReal() const
{
    return qint64(minimum()) + (m_nullable ? 1 : 0);
}

int NullableSpinBox::standIn(qint64 number) const
{
    return int(std::clamp<qint64>(number, lowestReal(), maximum()));
}

QVariant NullableSpinBox::nullableValue() const
{
    if (isNull())
        return QVariant(QMetaType::fromType<int>());
    if (m_wide && value() == standIn(*m_wide))
        return QVariant(qlonglong(*m_wide));
    return QVariant(value());
}

void NullableSpinBox::setWideRange(qint64 lowest, qint64 highest)
{
    m_lowest = lowest;
    m_highest = highest;
}

void NullableSpinBox::setWide(qint64 number)
{
    const int stand = standIn(number);
    if (stand == number) {
        m_wide.reset();
        setValue(stand);
        return;
    }
    const bool same = value() == stand;
    m_wide = number;
    setValue(stand);
    // The box's int did not move: its text must, and so must anyone watching it.
    if (same) {
        m_announced = m_wide;
        lineEdit()->setText(textFromValue(stand));
        Q_EMIT valueChanged(stand);
    }
}

void NullableSpinBox::setNullableValue(const QVariant &value)
{
    m_wide.reset();
    if (value.isNull() || !value.isValid()) {
        setValue(m_nullable ? minimum() : 0);
    } else {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        if (ok)
            setWide(std::clamp<qint64>(number, std::min(m_lowest, lowestReal()),
                                       std::max(m_highest, qint64(maximum()))));
        else
            setValue(0);
    }
    noteValueBeforeEdit();
}

void NullableSpinBox::stepBy(int steps)
{
    // Stepping from NULL (INT_MIN) would land on -2147483647: start from zero instead.
    if (isNull()) {
        setValue(0);
        selectAll();
        return;
    }
    const qint64 current = nullableValue().toLongLong();
    const qint64 lowest = std::min(m_lowest, lowestReal());
    const qint64 highest = std::max(m_highest, qint64(maximum()));
    qint64 next = current;
    if (steps > 0)
        next = current > highest - steps ? highest : current + steps;
    else if (steps < 0)
        next = current < lowest - steps ? lowest : current + steps;
    setWide(next);
    selectAll();
}

QValidator::State NullableSpinBox::validate(QString &input, int &) const
{
    if (!specialValueText().isEmpty() && input == specialValueText())
        return QValidator::Acceptable;
    const NumberText::Reading reading = NumberText::readInteger(input, locale());
    switch (reading.state) {
    case NumberText::State::Empty:
    case NumberText::State::Unfinished:
    case NumberText::State::Foreign:
        return QValidator::Intermediate;
    case NumberText::State::Invalid:
        return QValidator::Invalid;
    case NumberText::State::Number:
        break;
    }
    const qint64 lowest = std::min(m_lowest, lowestReal());
    const qint64 highest = std::max(m_highest, qint64(maximum()));
    // Every integer range holds 0: a number past an end only grows with more digits.
    if (reading.integer > highest || reading.integer < lowest)
        return QValidator::Invalid;
    return QValidator::Acceptable;
}

int NullableSpinBox::valueFromText(const QString &text) const
{
    if (!specialValueText().isEmpty() && text == specialValueText())
        return minimum();
    const NumberText::Reading reading = NumberText::readInteger(text, locale());
    if (reading.state != NumberText::State::Number)
        return value();
    const int stand = standIn(reading.integer);
    if (stand == reading.integer)
        m_wide.reset();
    else
        m_wide = reading.integer;
    return stand;
}

QString NullableSpinBox::textFromValue(int value) const
{
    if (m_wide && value == standIn(*m_wide))
        return NumberText::writeInteger(*m_wide, locale());
    return NumberText::writeInteger(value, locale());
}

QString NullableSpinBox::refusal() const
{
    const QString input = text();
    if (!specialValueText().isEmpty() && input == specialValueText())
        return {};
    const NumberText::State state = NumberText::readInteger(input, locale()).state;
    if (state == NumberText::State::Empty || state == NumberText::State::Number)
        return {};
    return NumberText::refusalText(input, locale(), true);
}

void NullableSpinBox::fixup(QString &input) const
{
    // An emptied box means NULL, where Qt would put the previous value back.
    if (m_nullable && input.trimmed().isEmpty()) {
        input = specialValueText();
        return;
    }
    // Not a whole number as the locale writes it: back to the value from before the typing
    // (not to a number read on the way), and say why.
    NumberText::refuse(this, input, true);
    input = m_beforeEdit ? NumberText::writeInteger(*m_beforeEdit, locale()) : specialValueText();
}

void NullableSpinBox::focusInEvent(QFocusEvent *event)
{
    noteValueBeforeEdit();
    QSpinBox::focusInEvent(event);
    // Typing over "(none)" should replace it, also when the box was clicked into.
    if (isNull())
        QTimer::singleShot(0, this, &QAbstractSpinBox::selectAll);
}

} // namespace concord
