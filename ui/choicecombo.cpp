// ChoiceCombo: a CHECK list as combo items, with "(none)" for NULL where the column allows it.
#include "choicecombo.h"

#include <QCoreApplication>

namespace concord {

ChoiceCombo::ChoiceCombo(const QVariantList &values, bool nullable, QWidget *parent)
    : QComboBox(parent), m_nullable(nullable)
{
    if (nullable)
        addItem(noneText(), QVariant());
    for (const QVariant &value : values)
        addItem(value.toString(), value);
}

QString ChoiceCombo::noneText()
{
    return QCoreApplication::translate("FieldEditorFactory", "(none)");
}

QVariant ChoiceCombo::value() const
{
    return currentIndex() < 0 ? QVariant() : currentData();
}

void ChoiceCombo::setValue(const QVariant &value)
{
    int index = -1;
    // Drivers give numbers as int, qlonglong or text: compare as text.
    for (int i = 0; i < count(); ++i) {
        const QVariant data = itemData(i);
        if (data.isNull() == value.isNull() && (value.isNull() || data.toString() == value.toString())) {
            index = i;
            break;
        }
    }
    if (index < 0 && !value.isNull()) {
        addItem(value.toString(), value);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

} // namespace concord
