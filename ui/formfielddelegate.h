// FormFieldDelegate: moves values between a record form's editors and the model, for QDataWidgetMapper.
#pragma once

#include <QStyledItemDelegate>

namespace concord {

class FieldEditorFactory;

// The mapper's default delegate writes every editor back on submit: a NULL shown as an empty
// line edit would be saved as '', an untouched NUMERIC "12.50" as 12.5. This one writes only the
// fields the user edited, converted for their column by FieldEditorFactory.
class FormFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FormFieldDelegate(FieldEditorFactory *factory, QObject *parent = nullptr);

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    // True while `editor` shows text that is not its value yet: a number box emptied or half
    // typed, a name typed into a lookup and not picked. Leaving the field would commit it.
    static bool showsPendingText(const QWidget *editor);

private:
    FieldEditorFactory *m_factory;
};

} // namespace concord
