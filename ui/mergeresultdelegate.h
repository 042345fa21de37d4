// MergeResultDelegate: the conflict dialog's "Edit result" editors, the record form's for each field.
#pragma once

#include <concord/columnbounds.h>

#include <QHash>
#include <QSqlRecord>
#include <QStyledItemDelegate>

class QSqlDatabase;

namespace concord {

class MergeTableModel;

// Qt's default editors know only the value's type: a double gets a QDoubleSpinBox that rounds
// to 2 decimals and reads a German "12.5" as 125, an emptied text is stored as ''. The Result
// column edits through the record form's editors instead (FieldEditorFactory::createValueEditor),
// chosen by each field's declared type: an emptied text is NULL where the column allows it,
// and refused (requiredValueMissing) where the column is NOT NULL without a default, as in
// the form. Foreign keys and CHECK lists keep Qt's editor.
class MergeResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `db` and `table` give the fields' declarations; `merge` names the field of each row.
    MergeResultDelegate(const QSqlDatabase &db, const QString &table, MergeTableModel *merge,
                        QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

Q_SIGNALS:
    // An emptied field whose column is NOT NULL without a default: nothing was written.
    void requiredValueMissing(const QString &field);

private:
    MergeTableModel *m_merge;
    QSqlRecord m_declared;
    QHash<QString, ColumnBounds> m_bounds;
    QSet<QString> m_keepQtEditor; // foreign keys and CHECK lists
};

} // namespace concord
