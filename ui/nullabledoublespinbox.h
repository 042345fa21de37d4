// NullableDoubleSpinBox: a QDoubleSpinBox for REAL/NUMERIC columns that can also show and return NULL.
#pragma once

#include <QDoubleSpinBox>
#include <QVariant>

namespace concord {

// As NullableSpinBox: NULL is the minimum, shown as "(none)"; stepping from NULL starts at 0 and
// an emptied box means NULL.
class NullableDoubleSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
    Q_PROPERTY(QVariant nullableValue READ nullableValue WRITE setNullableValue USER true)
public:
    // `decimals` digits after the point; values up to `limit` either way.
    NullableDoubleSpinBox(bool nullable, int decimals, double limit, QWidget *parent = nullptr);

    bool isNullable() const { return m_nullable; }
    bool isNull() const;
    // A double, or a null QVariant.
    QVariant nullableValue() const;
    // Accepts numbers and numeric strings (PostgreSQL NUMERIC arrives as a string).
    void setNullableValue(const QVariant &value);

    void stepBy(int steps) override;

protected:
    void fixup(QString &input) const override;
    void focusInEvent(QFocusEvent *event) override;

private:
    bool m_nullable;
};

} // namespace concord
