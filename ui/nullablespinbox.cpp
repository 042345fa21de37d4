// NullableSpinBox: a QSpinBox over the full int range that can also show and return a database NULL.
#include "nullablespinbox.h"

#include <QTimer>

#include <limits>

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
}

bool NullableSpinBox::isNull() const
{
    return m_nullable && value() == minimum();
}

QVariant NullableSpinBox::nullableValue() const
{
    return isNull() ? QVariant(QMetaType::fromType<int>()) : QVariant(value());
}

void NullableSpinBox::setNullableValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        setValue(m_nullable ? minimum() : 0);
        return;
    }
    bool ok = false;
    const qlonglong number = value.toLongLong(&ok);
    const qlonglong lowest = qlonglong(minimum()) + (m_nullable ? 1 : 0);
    setValue(ok ? int(qBound(lowest, number, qlonglong(maximum()))) : 0);
}

void NullableSpinBox::stepBy(int steps)
{
    // Stepping from NULL (INT_MIN) would land on -2147483647: start from zero instead.
    if (isNull()) {
        setValue(0);
        selectAll();
        return;
    }
    QSpinBox::stepBy(steps);
    // The step must not fall onto the NULL marker by accident.
    if (isNull())
        setValue(minimum() + 1);
}

void NullableSpinBox::fixup(QString &input) const
{
    // An emptied box means NULL, where Qt would put the previous value back.
    if (m_nullable && input.trimmed().isEmpty())
        input = specialValueText();
    else
        QSpinBox::fixup(input);
}

void NullableSpinBox::focusInEvent(QFocusEvent *event)
{
    QSpinBox::focusInEvent(event);
    // Typing over "(none)" should replace it, also when the box was clicked into.
    if (isNull())
        QTimer::singleShot(0, this, &QAbstractSpinBox::selectAll);
}

} // namespace concord
