// MergeResultDelegate: Edit result through the record form's editors, by the field's declared type.
#include "mergeresultdelegate.h"

#include "editorvalue.h"
#include "emptyvaluerule.h"
#include "fieldeditorfactory.h"
#include "mergetablemodel.h"

#include <concord/tableschema.h>

#include <QAbstractSpinBox>
#include <QSqlDatabase>
#include <QSqlField>

namespace concord {

namespace {

constexpr char shownProperty[] = "concordShown";

} // namespace

MergeResultDelegate::MergeResultDelegate(const QSqlDatabase &db, const QString &table,
                                         MergeTableModel *merge, QObject *parent)
    : QStyledItemDelegate(parent), m_merge(merge)
{
    if (!db.isValid() || !db.isOpen() || table.isEmpty())
        return;
    m_declared = TableSchema::declaredColumns(db, table);
    m_bounds = ColumnBounds::ofTable(db, table);
    for (const ForeignKey &key : TableSchema::foreignKeys(db, table))
        m_keepQtEditor.insert(key.column);
    const auto lists = TableSchema::allowedValues(db, table);
    for (auto it = lists.begin(); it != lists.end(); ++it)
        m_keepQtEditor.insert(it.key());
}

QWidget *MergeResultDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const QString name = m_merge ? m_merge->fieldName(index.row()) : QString();
    if (name.isEmpty() || !m_declared.contains(name) || m_keepQtEditor.contains(name))
        return QStyledItemDelegate::createEditor(parent, option, index);
    const QSqlField field = m_declared.field(name);
    EditorChoice::Kind kind = EditorChoice::kindOf(field, {}, false, false, m_bounds.value(name));
    // One line in a table cell.
    if (kind == EditorChoice::Kind::LongText)
        kind = EditorChoice::Kind::Text;
    QWidget *editor = FieldEditorFactory::createValueEditor(kind, field, m_bounds.value(name), parent);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->setFrame(false);
    return editor;
}

void MergeResultDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (!EditorValue::isPrepared(editor)) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    EditorValue::load(editor, index.data(Qt::EditRole));
    editor->setProperty(shownProperty, EditorValue::value(editor));
}

void MergeResultDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (!EditorValue::isPrepared(editor)) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->interpretText();
    const QVariant value = EditorValue::value(editor);
    const QVariant shown = editor->property(shownProperty);
    if (value.isNull() == shown.isNull() && (value.isNull() || value == shown))
        return; // opened and left
    if (EditorValue::isEmptyButRequired(value, editor)
        || (value.isNull() && EditorValue::emptyRule(editor).refusesEmpty())) {
        Q_EMIT const_cast<MergeResultDelegate *>(this)->requiredValueMissing(editor->objectName());
        return;
    }
    model->setData(index, value, Qt::EditRole);
}

} // namespace concord
