// GridCellDelegate: writes the table browser's edited cells into the model, "empty" by the column's rule.
#include "gridcelldelegate.h"

#include <QLineEdit>
#include <QSqlField>
#include <QSqlRecord>

namespace concord {

GridCellDelegate::GridCellDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void GridCellDelegate::setColumns(const QSqlRecord &declared, const QSqlRecord &columns)
{
    m_columns.clear();
    for (int i = 0; i < columns.count(); ++i) {
        const QString name = columns.fieldName(i);
        // The declaration knows NOT NULL and defaults; a query's record does not.
        const QSqlField field = declared.contains(name) ? declared.field(name) : columns.field(i);
        m_columns.append({name, field.metaType(), EmptyValueRule::forColumn(field)});
    }
}

void GridCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    // Qt's default editor for text is a QLineEdit; numbers, dates and booleans have their own.
    const auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit || !edit->text().isEmpty() || index.column() >= m_columns.size()) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // Already empty: passing through the cell is no edit, and must not turn NULL into ''.
    if (EmptyValueRule::isEmpty(model->data(index, Qt::EditRole)))
        return;
    const Column &column = m_columns.at(index.column());
    if (column.rule.refusesEmpty()) {
        Q_EMIT const_cast<GridCellDelegate *>(this)->requiredValueMissing(column.name);
        return;
    }
    model->setData(index, column.rule.emptyValue(column.type), Qt::EditRole);
}

} // namespace concord
