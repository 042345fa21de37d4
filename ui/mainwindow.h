// The main window: the connection, its tables on the left, the table browser on the right, menus.
#pragma once

#include "tablelist.h"

#include <concord/connectionspec.h>

#include <QMainWindow>
#include <QSqlDatabase>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;

namespace concord {

class TableBrowser;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Settings: geometry, splitter and the recent list live in QSettings("Concord", "Concord").
    // Transient (tests, screenshots) neither reads nor writes them.
    enum class Persistence { Settings, Transient };

    explicit MainWindow(Persistence persistence = Persistence::Settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Makes `spec` the main connection, asking for a password if the server wants one. On
    // failure a message box says why, the previous connection stays, and for PostgreSQL the
    // connection dialog comes back (when `offerDialog`). Returns whether `spec` is now open.
    bool openConnection(const ConnectionSpec &spec, bool offerDialog = true);
    // Opens the demo SQLite database at DemoDatabase::defaultPath(), creating it the first time.
    bool openDemoDatabase();
    // Creates the demo tables and data in the open database (SQLite or PostgreSQL), unless they
    // are there already, after asking when `confirm`. Returns whether the demo tables are there.
    bool loadDemoData(bool confirm = true);
    bool hasConnection() const { return m_db.isValid(); }
    ConnectionSpec connectionSpec() const { return m_spec; }
    QSqlDatabase database() const { return m_db; }

    // Shows `table` in the browser and selects it in the list; false if it is not shown.
    bool openTable(const QString &table);
    TableBrowser *browser() const { return m_browser; }
    TableList *tableList() const { return m_tables; }
    QSplitter *splitter() const { return m_splitter; }
    // Written into the who/when columns of what the grid saves.
    void setOperatorName(const QString &name);
    QAction *enableConflictDetectionAction() const { return m_enableDetection; }
    // Help ▸ Keyboard Shortcuts (F1): every key, read from the menus.
    QAction *keyboardShortcutsAction() const { return m_shortcuts; }
    // The permanent status-bar label naming the open table's conflict detection.
    QLabel *conflictDetectionLabel() const { return m_detectionLabel; }

    // Where record windows keep drafts of their unsaved edits: DraftJournal::defaultDirectory()
    // with Persistence::Settings, none (empty) when transient. After connecting, drafts left for
    // that database by an earlier session (a crash) are offered back: Restore, Discard or Later.
    void setDraftDirectory(const QString &directory) { m_draftDirectory = directory; }
    QString draftDirectory() const { return m_draftDirectory; }

public Q_SLOTS:
    // Reads the tables and views again, keeping the open one open (F5, with the grid's reload).
    void refreshTableList();
    void openSqliteFile();
    // Asks for a file name; a new one becomes an empty SQLite database, an existing one opens.
    void newSqliteDatabase();
    void connectToPostgres();
    void about();
    // Asks how (ConflictDetectionDialog), closes the table's record windows and grid, runs
    // TablePreparer::prepare() on the open table, shows its report and opens the table again.
    // False when cancelled or refused; the report says whether the table changed.
    bool enableConflictDetection();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    // Opens a connection for `spec` (asking for a password in a loop while the server wants one).
    // Invalid on failure; `error` empty then means the user cancelled.
    QSqlDatabase openSpec(ConnectionSpec &spec, QString *error);
    void adopt(const QSqlDatabase &db, const ConnectionSpec &spec);
    // Before the grid's table goes (another database, the demo data): asks Save, Don't Save or
    // Cancel about the grid's unsaved edits, then closes the record windows, each asking about
    // its edits. False if the user chose to stay, or the save failed (the edits stay then).
    // Don't Save leaves the edits in the grid until its table closes.
    bool mayLeaveTable();
    // The ConnectionDialog loop: ask, try, explain, ask again; false when the user gives up.
    // Callers ask mayLeaveTable() first.
    bool connectWithDialog(ConnectionSpec spec, const QString &message);
    void populateTables();
    // Asks before a SQLite path that holds no file becomes a new, empty database.
    bool confirmNewDatabase(const QString &path);
    void tableSelected();
    void rebuildRecentMenu();
    void updateTitle();
    void showStatus(const QString &text);
    void updateConflictDetection();
    // Asks what to do with the drafts an earlier session left for the open database.
    void offerDrafts();

    Persistence m_persistence;
    QSqlDatabase m_db;
    QString m_connectionName;
    ConnectionSpec m_spec;
    QString m_draftDirectory;
    QString m_confirmedNewPath; // chosen in "New SQLite Database", so not asked about again

    QSplitter *m_splitter = nullptr;
    TableList *m_tables = nullptr;
    TableBrowser *m_browser = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_detectionLabel = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_openFile = nullptr;
    QAction *m_newFile = nullptr;
    QAction *m_connectPostgres = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_loadDemo = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_showTables = nullptr;
    QAction *m_enableDetection = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace concord
