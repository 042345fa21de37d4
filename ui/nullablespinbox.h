// NullableSpinBox: a QSpinBox for integer columns, 64-bit ones too, that can also show and return a database NULL.
#pragma once

#include <QSpinBox>
#include <QVariant>

#include <limits>
#include <optional>

namespace concord {

// NULL is the spin box's minimum, shown as the special value text "(none)": the way Qt spin
// boxes mark "no value". A nullable box therefore starts one above INT_MIN; stepping from NULL
// starts at 0, and clearing the text gives NULL back.
// SQLite's INTEGER holds 64 bits, a QSpinBox 32. Given a wider range (setWideRange), a value
// beyond int is kept aside while the box's own int stays at the nearest end, and the box shows,
// reads and returns the whole value. Typed text is read strictly in the locale (NumberText):
// "1.5" in a German integer box is refused, never read as 15.
class NullableSpinBox : public QSpinBox
{
    Q_OBJECT
    Q_PROPERTY(QVariant nullableValue READ nullableValue WRITE setNullableValue USER true)
public:
    explicit NullableSpinBox(bool nullable, QWidget *parent = nullptr);

    bool isNullable() const { return m_nullable; }
    bool isNull() const;
    // An int, a qlonglong beyond int, or a null QVariant.
    QVariant nullableValue() const;
    void setNullableValue(const QVariant &value);
    // The column's own range, which may go beyond int (SQLite's 64-bit INTEGER).
    void setWideRange(qint64 lowest, qint64 highest);
    // Why the text shown is no whole number as the locale writes them (a German "12.5"); empty
    // for a number, "(none)" or an empty box. A commit of such text is refused: the grid keeps
    // its editor open on Enter, the form does not save.
    QString refusal() const;

    void stepBy(int steps) override;
    QValidator::State validate(QString &input, int &pos) const override;
    int valueFromText(const QString &text) const override;
    QString textFromValue(int value) const override;

protected:
    void fixup(QString &input) const override;
    void focusInEvent(QFocusEvent *event) override;

private:
    qint64 lowestReal() const;
    // The int that stands for `number` in the box: itself, or the nearest end.
    int standIn(qint64 number) const;
    void setWide(qint64 number);

    bool m_nullable;
    qint64 m_lowest = std::numeric_limits<int>::min();
    qint64 m_highest = std::numeric_limits<int>::max();
    mutable std::optional<qint64> m_wide;
    std::optional<qint64> m_announced; // the wide value valueChanged() last told of
    // The value before the user started typing (nullopt: NULL): what a refused text goes back
    // to. Keyboard tracking moves value() with every keystroke that reads as a number, so going
    // back to value() after a German "12.5" was refused would keep the 12 typed on the way.
    std::optional<qint64> m_beforeEdit;
    void noteValueBeforeEdit();
};

} // namespace concord
