// GridCellDelegate: writes the table browser's edited cells into the model, "empty" by the column's rule.
#pragma once

#include "emptyvaluerule.h"

#include <QList>
#include <QMetaType>
#include <QStyledItemDelegate>

class QSqlRecord;

namespace concord {

// Qt's delegate writes an emptied text cell as '', and even a NULL cell the user only passed
// through. This one applies EmptyValueRule: NULL in a nullable column, nothing at all in a
// NOT NULL column without a default (requiredValueMissing() says so), and no write when the
// cell was empty already. Every other cell goes through QStyledItemDelegate unchanged.
class GridCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit GridCellDelegate(QObject *parent = nullptr);

    // `declared` as the table declares its columns, `columns` the model's, in the grid's order.
    void setColumns(const QSqlRecord &declared, const QSqlRecord &columns);

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

Q_SIGNALS:
    // The user emptied a cell of a NOT NULL column without a default; the cell keeps its value.
    void requiredValueMissing(const QString &column);

private:
    struct Column
    {
        QString name;
        QMetaType type;
        EmptyValueRule rule;
    };
    QList<Column> m_columns;
};

} // namespace concord
