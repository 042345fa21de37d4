// GridDraftWriter: the table browser's unsaved rows, and the text of its open cell editor, kept in
// the draft journal so that a crash does not lose them.
#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlRecord>

#include <memory>

class QTableView;
class QTimer;

namespace concord {

class DraftJournal;
class VersionedTableModel;

// As a record window does (RecordFormWindow::setDraftDirectory), a while after the last edit:
// one draft per edited record of the grid (by its key; rows not saved yet have none, and are
// not kept), under a source of this grid's own, so that a record window on the same record
// keeps its draft beside it. A draft goes once its record has no edits left in the grid. After
// a crash, MainWindow offers the drafts back and restores them into record windows.
class GridDraftWriter : public QObject
{
    Q_OBJECT
public:
    explicit GridDraftWriter(QTableView *view, QObject *parent = nullptr);
    ~GridDraftWriter() override;

    // Where drafts go (empty: nowhere), for the database `db` the grid works on.
    void setDirectory(const QString &directory, const QSqlDatabase &db);
    // The grid's model, once a table is open (nullptr when closed); `displayColumn` names its
    // records (TableSchema::displayColumn), empty if none. The drafts of the model before go.
    void setModel(VersionedTableModel *model, const QString &displayColumn);
    // The files written and not yet removed.
    QStringList files() const;

public Q_SLOTS:
    // Writes the drafts now (tests; the timer calls it a while after the last edit).
    void write();

Q_SIGNALS:
    // The grid's edits were written to the draft journal.
    void written();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    // Connected by name to a cell editor's user property (whatever editor the delegate made).
    void schedule();

private:
    void dropAll();
    // The open cell editor's value, if it holds something the model does not: `column` says where.
    QVariant openEditorValue(int *row, int *column) const;

    QTableView *m_view;
    QWidget *m_viewport; // kept apart: see GridUndo
    QPointer<VersionedTableModel> m_model;
    QString m_displayColumn;
    std::unique_ptr<DraftJournal> m_journal;
    QString m_source;
    QTimer *m_timer;
    QList<QSqlRecord> m_written; // the keys of the records whose drafts are on disk
    QString m_writtenTable;
};

} // namespace concord
