// ChoiceCombo: a combo box of the values a CHECK (column IN (...)) constraint allows.
#pragma once

#include <QComboBox>
#include <QVariantList>

namespace concord {

// Used by the record form and the grid alike. A nullable column offers "(none)" for NULL first.
// A stored value the list does not name (data older than the constraint) is still shown, as an
// extra item, rather than silently replaced by the first choice.
class ChoiceCombo : public QComboBox
{
    Q_OBJECT
public:
    ChoiceCombo(const QVariantList &values, bool nullable, QWidget *parent = nullptr);

    // The chosen value, a null QVariant for "(none)" or no choice.
    QVariant value() const;
    void setValue(const QVariant &value);
    bool isNullable() const { return m_nullable; }
    // The item that stands for NULL, in the user's language.
    static QString noneText();

private:
    bool m_nullable;
};

} // namespace concord
