// NullableDoubleSpinBox: a QDoubleSpinBox for REAL/NUMERIC columns that can also show and return NULL.
#pragma once

#include <QDoubleSpinBox>
#include <QVariant>

namespace concord {

// As NullableSpinBox: NULL is the minimum, shown as "(none)"; stepping from NULL starts at 0 and
// an emptied box means NULL.
// What the box reads is what the locale writes, and nothing else: QDoubleSpinBox drops what it
// takes for group separators, so a German "12.5" would become 125. Here text with a separator
// the locale does not use as its decimal point stays as typed and is refused when committed
// (a beep and a tooltip; the value stays as it was). A REAL/DOUBLE box (`decimals` < 0) keeps
// every digit a double has and shows the shortest text that reads back exactly: 3.14159 is
// never 3.14. A NUMERIC(p,s) box takes s decimals and any number of digits before the point:
// the model refuses a number its column cannot hold with a message that names the limit,
// where a bounded box would cut the digits silently.
class NullableDoubleSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
    Q_PROPERTY(QVariant nullableValue READ nullableValue WRITE setNullableValue USER true)
public:
    // `decimals` digits after the point (< 0: as many as the value has); values up to `limit`
    // either way.
    NullableDoubleSpinBox(bool nullable, int decimals, double limit, QWidget *parent = nullptr);

    bool isNullable() const { return m_nullable; }
    bool isNull() const;
    // Whether the box shows every digit of its values (REAL/DOUBLE), not a fixed scale.
    bool isExact() const { return m_exact; }
    // A fixed number of decimals from now on (NUMERIC(p,s)'s s), or exact for < 0.
    void setScale(int decimals);
    // The column's name as the user reads it, for refusal().
    void setColumnLabel(const QString &label) { m_label = label; }
    // Why the text shown cannot be stored in the column: more decimals than its scale ("Budget
    // has too many decimals: it takes at most 2 digits after the decimal point."), or no number
    // as the locale writes them (a German "12.5"); empty when it can, or when the box is empty. A commit of such text is refused: the grid keeps its editor
    // open on Enter, the form does not save, and a box left anyway goes back to the value from
    // before the typing. (Digits before the point are kept: the model refuses those, naming
    // the limit, and keeps the edit.)
    QString refusal() const;
    // A double, or a null QVariant.
    QVariant nullableValue() const;
    // Accepts numbers and numeric strings (PostgreSQL NUMERIC arrives as a string).
    void setNullableValue(const QVariant &value);

    void stepBy(int steps) override;
    QValidator::State validate(QString &input, int &pos) const override;
    double valueFromText(const QString &text) const override;
    QString textFromValue(double value) const override;

protected:
    void fixup(QString &input) const override;
    void focusInEvent(QFocusEvent *event) override;

private:
    double step() const;
    QString refusalOf(const QString &input) const;

    bool m_nullable;
    bool m_exact = false;
    // The value before the user started typing: what a refused text goes back to. Keyboard
    // tracking moves value() with every keystroke that reads as a number, so going back to
    // value() after "12.5" was refused in German would keep the "12" typed on the way.
    double m_beforeEdit = 0.0;
    QString m_label;
};

} // namespace concord
