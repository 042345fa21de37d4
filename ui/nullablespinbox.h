// NullableSpinBox: a QSpinBox over the full int range that can also show and return a database NULL.
#pragma once

#include <QSpinBox>
#include <QVariant>

namespace concord {

// NULL is the spin box's minimum, shown as the special value text "(none)": the way Qt spin
// boxes mark "no value". A nullable box therefore starts one above INT_MIN; stepping from NULL
// starts at 0, and clearing the text gives NULL back.
class NullableSpinBox : public QSpinBox
{
    Q_OBJECT
    Q_PROPERTY(QVariant nullableValue READ nullableValue WRITE setNullableValue USER true)
public:
    explicit NullableSpinBox(bool nullable, QWidget *parent = nullptr);

    bool isNullable() const { return m_nullable; }
    bool isNull() const;
    // An int, or a null QVariant.
    QVariant nullableValue() const;
    void setNullableValue(const QVariant &value);

    void stepBy(int steps) override;

protected:
    void fixup(QString &input) const override;
    void focusInEvent(QFocusEvent *event) override;

private:
    bool m_nullable;
};

} // namespace concord
