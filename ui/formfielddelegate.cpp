// FormFieldDelegate: moves values between a record form's editors and the model, for QDataWidgetMapper.
#include "formfielddelegate.h"

#include "fieldeditorfactory.h"

namespace concord {

FormFieldDelegate::FormFieldDelegate(FieldEditorFactory *factory, QObject *parent)
    : QStyledItemDelegate(parent), m_factory(factory)
{
}

void FormFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    m_factory->setValue(editor, index.data(Qt::EditRole));
}

void FormFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (FieldEditorFactory::isEdited(editor) && !FieldEditorFactory::isReadOnly(editor))
        model->setData(index, FieldEditorFactory::value(editor), Qt::EditRole);
}

} // namespace concord
