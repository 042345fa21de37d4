// NullableDoubleSpinBox: a QDoubleSpinBox for REAL/NUMERIC columns that can also show and return NULL.
#include "nullabledoublespinbox.h"

#include <QTimer>

#include <cmath>

namespace concord {

NullableDoubleSpinBox::NullableDoubleSpinBox(bool nullable, int decimals, double limit,
                                             QWidget *parent)
    : QDoubleSpinBox(parent), m_nullable(nullable)
{
    setDecimals(decimals);
    // One step below the lowest real value is the NULL marker.
    const double step = std::pow(10.0, -decimals);
    setRange(m_nullable ? -limit - step : -limit, limit);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setGroupSeparatorShown(false);
    if (m_nullable) {
        setSpecialValueText(tr("(none)"));
        setValue(minimum());
    } else {
        setValue(0);
    }
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
        return;
    }
    bool ok = false;
    // Database numbers come with a '.' whatever the user's locale, so no locale-aware parsing.
    const double number = value.toDouble(&ok);
    const double step = std::pow(10.0, -decimals());
    setValue(ok ? qBound(minimum() + (m_nullable ? step : 0.0), number, maximum()) : 0.0);
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
        setValue(minimum() + std::pow(10.0, -decimals()));
}

void NullableDoubleSpinBox::fixup(QString &input) const
{
    if (m_nullable && input.trimmed().isEmpty())
        input = specialValueText();
    else
        QDoubleSpinBox::fixup(input);
}

void NullableDoubleSpinBox::focusInEvent(QFocusEvent *event)
{
    QDoubleSpinBox::focusInEvent(event);
    if (isNull())
        QTimer::singleShot(0, this, &QAbstractSpinBox::selectAll);
}

} // namespace concord
