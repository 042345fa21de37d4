// RecordCountLabel: the grid's record count, always in view ("1,200 records", "37 of 1,200 match").
#pragma once

#include <QLabel>
#include <QPointer>

namespace concord {

class VersionedTableModel;

// Counts come from VersionedTableModel::recordCount() (the server's count since select(), not the
// rows read so far). The whole table's count is the one read while no filter applied; the grid's
// own inserts and deletes move it on while a filter narrows the rows.
class RecordCountLabel : public QLabel
{
    Q_OBJECT
public:
    explicit RecordCountLabel(QWidget *parent = nullptr);

    // Follows `model` (nullptr: shows nothing) from now on.
    void setModel(VersionedTableModel *model);
    // Reads the counts again; called on every change of the model's rows.
    void refresh();

private:
    QPointer<VersionedTableModel> m_model;
    int m_total = 0;
    int m_shown = 0;
    QString m_filter;
};

} // namespace concord
