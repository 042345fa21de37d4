// FormFieldDelegate: moves values between a record form's editors and the model, for QDataWidgetMapper.
#include "formfielddelegate.h"

#include "fieldeditorfactory.h"
#include "lookupcombo.h"

#include <concord/threewaymerge.h>

#include <QAbstractSpinBox>

namespace concord {

FormFieldDelegate::FormFieldDelegate(FieldEditorFactory *factory, QObject *parent)
    : QStyledItemDelegate(parent), m_factory(factory)
{
}

void FormFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    // The editor shows this value already: the model holds what the operator typed (the form
    // passes each edit on at once, and a row refreshed from elsewhere keeps its edits), or the
    // typing made the record what was loaded, and the row went clean under the operator's
    // fingers. Loading it again would only move the caret, and the next keys would land there.
    if (!showsPendingText(editor)
        && ThreeWayMerge::sameValue(FieldEditorFactory::value(editor), value)) {
        m_factory->clearEdited(editor);
        return;
    }
    m_factory->setValue(editor, value);
}

bool FormFieldDelegate::showsPendingText(const QWidget *editor)
{
    if (FieldEditorFactory::isReadOnly(editor))
        return false;
    if (const auto *lookup = qobject_cast<const LookupCombo *>(editor))
        return lookup->currentText() != lookup->itemText(lookup->currentIndex());
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(editor))
        return !spin->hasAcceptableInput();
    return false;
}

void FormFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (FieldEditorFactory::isEdited(editor) && !FieldEditorFactory::isReadOnly(editor))
        model->setData(index, FieldEditorFactory::value(editor), Qt::EditRole);
}

} // namespace concord
