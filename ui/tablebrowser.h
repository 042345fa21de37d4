// The table browser: an editable grid over one table, a debounced row filter, and record windows.
#pragma once

#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace concord {

class ColumnChooser;
class ConflictSnapshot;
class GridCellDelegate;
class GridDraftWriter;
class GridClipboard;
class GridUndo;
class LiveNoticeLabel;
class RecordCountLabel;
class MessageBar;
class RecordFormWindow;
class RefreshedCells;
class TableSettings;
class VersionedTableModel;

class TableBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit TableBrowser(QWidget *parent = nullptr);
    ~TableBrowser() override;

    // The connection the grid works on (the main window's). Drops the open table; pass an
    // invalid QSqlDatabase before that connection is closed.
    void setDatabase(const QSqlDatabase &db);
    QSqlDatabase database() const { return m_db; }
    // Written into the tables' who/when columns by the grid and its record windows. Until one
    // is set, the connection's (DatabaseConnector::operatorName(): PostgreSQL's session user,
    // else the login name), read when setDatabase() is called.
    void setOperatorName(const QString &name);
    QString operatorName() const;
    // Where each table's sort, column widths, hidden columns and record window size are
    // remembered (TableSettings): the connection's ConnectionSpec::toStorageString(). Empty, the
    // default: nothing is remembered beyond the open table.
    void setSettingsConnection(const QString &connection);

    // Opens `table` in the grid. False when the model refuses it (a version column that is not
    // an integer...) or the database fails: the reason is then shown in place of the grid. A
    // table the model opens read-only (no primary key) shows its rows, with the reason above.
    bool openTable(const QString &table);
    void closeTable();
    QString table() const { return m_table; }
    // The text shown instead of the grid (refusal, error, no table), empty while the grid shows.
    QString message() const;
    // Shows `text` in place of the grid until a table is opened.
    void showMessage(const QString &text);
    // The bar under the grid that holds a failure (a refused save, delete or window) whole, until
    // it is closed, the problem is over, or another table opens.
    MessageBar *messageBar() const { return m_messageBar; }
    // Why the grid cannot be edited, shown above it; empty when it can.
    QString readOnlyText() const;

    // How the open table's saves detect conflicts, in a few words for the status bar ("Conflict
    // detection: trigger"), and in a sentence for its tooltip; empty while no table is open.
    QString conflictDetectionText() const;
    QString conflictDetectionToolTip() const;

    VersionedTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The cells of the open table that a change made elsewhere refreshed a moment ago.
    RefreshedCells *refreshedCells() const;
    QLineEdit *filterEdit() const { return m_filter; }
    // "1,200 records", "37 of 1,200 match", beside the filter.
    QLabel *recordCountLabel() const;
    // Checkable columns: the header's context menu, also in the main window's View menu.
    QMenu *columnsMenu() const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Saves the grid's edited row, if there is one. False when that failed (a conflict, whose
    // dialog follows, or an error in the status message): the edits are still in the grid.
    bool commitPendingRow();
    // Moves the text of an open cell editor into its row (unsaved) and says whether the grid
    // holds edits not saved yet: what a question before the table goes asks about.
    bool hasUnsavedEdits();

    // Where the grid keeps drafts of its unsaved rows (GridDraftWriter), for the database set
    // with setDatabase(); empty (the default): nowhere. Call again after setDatabase().
    void setDraftDirectory(const QString &directory);
    GridDraftWriter *gridDrafts() const { return m_gridDrafts; }

    // The record windows opened from here that are still open.
    QList<RecordFormWindow *> recordWindows() const;
    // Asks every record window (of `table` only, if given) to close; each may ask about unsaved
    // edits. False if one stayed open.
    bool closeRecordWindows(const QString &table = {});

    QAction *openWindowAction() const { return m_openWindow; }
    QAction *newRowAction() const { return m_newRow; }
    QAction *deleteRowAction() const { return m_deleteRow; }
    QAction *saveRowAction() const { return m_saveRow; }
    // Esc in the grid, once no cell editor is open (the first Esc closes that).
    QAction *revertRowAction() const { return m_revertRow; }
    // Ctrl+Z in the grid: the current record's last cell edit (GridUndo).
    QAction *undoAction() const;
    GridUndo *gridUndo() const { return m_gridUndo; }
    QAction *reloadAction() const { return m_reload; }
    QAction *filterAction() const { return m_focusFilter; }
    QAction *copyAction() const { return m_copy; }
    // Ctrl+V in the grid (GridClipboard), and Ctrl+Shift+Z / Ctrl+Y (GridUndo).
    QAction *pasteAction() const;
    QAction *redoAction() const;
    GridClipboard *clipboard() const { return m_clipboard; }

public Q_SLOTS:
    // Opens a new window on the record the grid shows at `row`, on its own connection; each call
    // gives another window. The window finds the record by its primary key, so rows inserted or
    // deleted by others since the grid was read cannot make it show another record. Returns
    // nullptr (and says why in statusMessage) when the record is gone.
    RecordFormWindow *openRecordWindow(int row);
    // Opens a window on the record of `table` whose primary key holds `key` (a draft's record,
    // say), in the table's own order and tracked like the others. nullptr when it is gone.
    RecordFormWindow *openRecordWindowByKey(const QString &table, const QSqlRecord &key);
    void openCurrentRecordWindow();
    void focusFilter();
    void applyFilter();
    void reload();
    void insertNewRow();
    void deleteCurrentRow();
    void saveCurrentRow();
    void revertCurrentRow();
    void copySelection();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void recordWindowOpened(concord::RecordFormWindow *window);
    void tableOpened(const QString &table);
    // A table was opened, refused or closed: conflictDetectionText() may say something else.
    void conflictDetectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showGrid();
    void updateActions();
    bool selectKeepingPosition();
    void sortBy(int column, Qt::SortOrder order);
    QWidget *openEditor() const;
    // Ends an in-place edit, moving its text into the model first when `commit` is true.
    void closeOpenEditor(bool commit);
    void handOverEditorOfRow(int row);
    // Ctrl+End: reads the remaining pages (with progress) and goes to the very last row.
    void goToLastRow();
    // The scroll bar was taken to its end: read to the table's end and show it there.
    void scrollToEnd();
    // Reads the remaining pages, counting them in the status bar; false if no rows are left
    // to show (the table was closed meanwhile, or is empty).
    bool readToEnd();
    void onConflictDetected(const ConflictSnapshot &snapshot);
    void resolveConflict(int row);
    void reportFailedSave();
    // A failure about the open table: in the status bar as before, and whole in the message bar.
    void reportProblem(const QString &text);
    // After the cursor left a row or a cell editor closed: reportFailedSave(), unless the
    // cursor is still in a new record that is being filled in.
    void reportFailedLeave();
    // The record at `row` named as its window's title names it; empty for a new record.
    QString recordName(int row) const;
    void applyWaitingFilter();
    void refreshAfterFormSave(const QString &table);
    RecordFormWindow *openWindow(const QString &table, const QSqlRecord &key, int sortColumn,
                                 Qt::SortOrder order, const QString &textFilter, int rowHint);
    QString conflictText(const ConflictSnapshot &snapshot) const;
    TableSettings settingsFor(const QString &table) const;
    void restoreColumns(const TableSettings &settings);
    // Remembers the open table's sort, widths and hidden columns (when it closes).
    void saveColumns() const;

    QSqlDatabase m_db;
    QString m_operatorName;       // as set with setOperatorName(), if it was
    QString m_connectionOperator; // DatabaseConnector::operatorName() of m_db
    QString m_table;
    VersionedTableModel *m_model = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_resolving = false;
    // A filter typed while the edited row could not be saved: applied once the row is saved
    // or reverted.
    bool m_filterWaits = false;
    QList<QPointer<RecordFormWindow>> m_windows;

    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer m_filterTimer;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    GridCellDelegate *m_cells = nullptr;
    GridUndo *m_gridUndo = nullptr;
    GridDraftWriter *m_gridDrafts = nullptr;
    GridClipboard *m_clipboard = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_readOnly = nullptr;
    LiveNoticeLabel *m_liveNotice = nullptr;
    RecordCountLabel *m_recordCount = nullptr;
    ColumnChooser *m_columns = nullptr;
    QString m_settingsConnection;
    MessageBar *m_messageBar = nullptr;

    QAction *m_openWindow = nullptr;
    QAction *m_newRow = nullptr;
    QAction *m_deleteRow = nullptr;
    QAction *m_saveRow = nullptr;
    QAction *m_revertRow = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_focusFilter = nullptr;
    QAction *m_copy = nullptr;
};

} // namespace concord
