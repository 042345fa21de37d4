// The main window: opening connections (files, PostgreSQL, recent ones, the demo), the table list,
// the table browser, the menus and the remembered window layout.
#include "mainwindow.h"

#include "conflictdetectiondialog.h"
#include "connectiondialog.h"
#include "filedialog.h"
#include "icons.h"
#include "passworddialog.h"
#include "recordformwindow.h"
#include "recentconnections.h"
#include "shortcutdialog.h"
#include "statusmessagetip.h"
#include "tablecsvtransfer.h"
#include "tablebrowser.h"
#include "tablelist.h"

#include <concord/databaseconnector.h>
#include <concord/demodatabase.h>
#include <concord/draftjournal.h>
#include <concord/tablepreparer.h>
#include <concord/tableschema.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlError>
#include <QStandardPaths>
#include <QStatusBar>

namespace concord {

namespace {
constexpr int statusTimeoutMs = 10000;
QSettings settings() { return QSettings(QStringLiteral("Concord"), QStringLiteral("Concord")); }
}

MainWindow::MainWindow(Persistence persistence, QWidget *parent)
    : QMainWindow(parent), m_persistence(persistence)
{
    setWindowIcon(Icons::appIcon());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_tables = new TableList(m_splitter);
    m_tables->setMinimumWidth(140);
    connect(m_tables, &QListWidget::currentItemChanged, this, &MainWindow::tableSelected);

    m_browser = new TableBrowser(m_splitter);
    connect(m_browser, &TableBrowser::statusMessage, this, &MainWindow::showStatus);
    connect(m_browser, &TableBrowser::recordWindowOpened, this, [this](RecordFormWindow *window) {
        window->setDraftDirectory(m_draftDirectory);
    });
    // F5 reads the table again and the list of tables too: one created meanwhile appears.
    connect(m_browser->reloadAction(), &QAction::triggered, this, &MainWindow::refreshTableList);

    m_splitter->addWidget(m_tables);
    m_splitter->addWidget(m_browser);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 900});
    setCentralWidget(m_splitter);

    m_detectionLabel = new QLabel(this);
    m_detectionLabel->setObjectName(QStringLiteral("conflictDetectionLabel"));
    // Room before the connection's name, so that the two do not read as one phrase.
    m_detectionLabel->setContentsMargins(0, 0, 16, 0);
    statusBar()->addPermanentWidget(m_detectionLabel);
    m_connectionLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_connectionLabel);
    new StatusMessageTip(statusBar()); // a message cut by the bar is read whole in its tooltip

    createActions();
    createMenus();
    connect(m_browser, &TableBrowser::conflictDetectionChanged, this,
            &MainWindow::updateConflictDetection);
    updateConflictDetection();

    resize(1100, 700);
    if (m_persistence == Persistence::Settings) {
        m_draftDirectory = DraftJournal::defaultDirectory();
        const QSettings s = settings();
        restoreGeometry(s.value(QStringLiteral("mainwindow/geometry")).toByteArray());
        m_splitter->restoreState(s.value(QStringLiteral("mainwindow/splitter")).toByteArray());
    }
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The browser outlives this destructor's body (it is a child): it must not call back.
    disconnect(m_browser, nullptr, this, nullptr);
    // The browser's model holds a handle on the connection: drop it before closing the connection.
    m_browser->setDatabase(QSqlDatabase());
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        DatabaseConnector::close(m_connectionName);
}

bool MainWindow::mayLeaveTable()
{
    // Asked as a record window asks before it closes: nothing typed is saved or dropped unasked.
    if (m_browser->hasUnsavedEdits()) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                        tr("Save your changes to “%1”?")
                            .arg(m_browser->table()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedGridRowBox"));
        // The platform's standard texts for Save and Discard carry no mnemonic.
        box.button(QMessageBox::Save)->setText(tr("&Save"));
        box.button(QMessageBox::Discard)->setText(tr("&Don't Save"));
        box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
        box.setInformativeText(tr("The table closes first. If you don't save, your changes "
                                  "will be lost."));
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        switch (box.exec()) {
        case QMessageBox::Save:
            // Refused or in conflict: the reason shows, the edits stay, and so does the table.
            if (!m_browser->commitPendingRow())
                return false;
            break;
        case QMessageBox::Discard:
            // Not reverted here: the edits go with the table once the other database (or the
            // demo data) is there. Should that fail, the user is back with the edits.
            break;
        default:
            return false;
        }
    }
    return m_browser->closeRecordWindows();
}

bool MainWindow::openConnection(const ConnectionSpec &spec, bool offerDialog)
{
    if (!mayLeaveTable())
        return false;
    ConnectionSpec attempt = spec;
    QString error;
    const QSqlDatabase db = openSpec(attempt, &error);
    if (db.isValid()) {
        adopt(db, attempt);
        return true;
    }
    if (error.isEmpty()) // the user cancelled the password prompt
        return false;
    QMessageBox::warning(this, tr("Cannot Connect"),
                         tr("Cannot open %1.\n\n%2").arg(spec.displayName(), error));
    if (spec.backend() == ConnectionSpec::Backend::PostgreSQL && offerDialog) {
        attempt.setPassword(QString());
        return connectWithDialog(attempt, error);
    }
    return false;
}

bool MainWindow::openDemoDatabase()
{
    if (!mayLeaveTable())
        return false;
    ConnectionSpec spec = ConnectionSpec::sqlite(DemoDatabase::defaultPath());
    QString error;
    // Opening creates the file (and its folder) on the first run; install() then fills it,
    // and leaves an existing demo database alone.
    QSqlError openError;
    const QString name = DatabaseConnector::uniqueName(QStringLiteral("concord-main"));
    QSqlDatabase db = DatabaseConnector::open(spec, name, &openError);
    if (db.isValid() && !DemoDatabase::install(db, &error)) {
        db = QSqlDatabase();
        DatabaseConnector::close(name);
    } else if (!db.isValid()) {
        error = openError.text();
    }
    if (!db.isValid()) {
        QMessageBox::warning(this, tr("Cannot Open the Demo Database"),
                             tr("The demo database %1 could not be created.\n\n%2")
                                 .arg(QDir::toNativeSeparators(spec.path()), error));
        return false;
    }
    adopt(db, spec);
    return true;
}

bool MainWindow::loadDemoData(bool confirm)
{
    if (!hasConnection())
        return false;
    if (TableSchema::tables(m_db).contains(QStringLiteral("customers"))) {
        showStatus(tr("The demo tables are already in %1").arg(m_spec.displayName()));
        return true;
    }
    if (confirm
        && QMessageBox::question(this, tr("Load Demo Data"),
                                 tr("Create the demo tables (customers, products, orders, order "
                                    "lines) with sample data in %1?")
                                     .arg(m_spec.displayName()))
               != QMessageBox::Yes)
        return false;
    // The grid opens the customers table afterwards.
    if (!mayLeaveTable())
        return false;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool installed = DemoDatabase::install(m_db, &error);
    QApplication::restoreOverrideCursor();
    if (!installed) {
        QMessageBox::warning(this, tr("Cannot Load the Demo Data"),
                             tr("Nothing was changed in %1.\n\n%2").arg(m_spec.displayName(), error));
        return false;
    }
    populateTables();
    openTable(QStringLiteral("customers"));
    showStatus(tr("Demo data loaded into %1").arg(m_spec.displayName()));
    return true;
}

bool MainWindow::openTable(const QString &table)
{
    QListWidgetItem *item = m_tables->itemOf(table);
    if (!item)
        return false;
    m_tables->setCurrentItem(item);
    return m_browser->table() == table && m_browser->message().isEmpty();
}

void MainWindow::setOperatorName(const QString &name)
{
    m_browser->setOperatorName(name);
}

void MainWindow::openSqliteFile()
{
    QString dir = m_spec.backend() == ConnectionSpec::Backend::SQLite && !m_spec.path().isEmpty()
                      ? QFileInfo(m_spec.path()).absolutePath()
                      : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::openFileName(
        this, tr("Open SQLite Database"), dir,
        tr("SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)"));
    if (!path.isEmpty())
        openConnection(ConnectionSpec::sqlite(path));
}

void MainWindow::newSqliteDatabase()
{
    const QString dir = m_spec.backend() == ConnectionSpec::Backend::SQLite && !m_spec.path().isEmpty()
                            ? QFileInfo(m_spec.path()).absolutePath()
                            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // An existing file is opened, never overwritten: the dialog need not ask about it.
    const QString path = FileDialog::saveFileName(
        this, tr("New SQLite Database"), dir, tr("SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)"),
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    // Choosing the name here was the confirmation.
    m_confirmedNewPath = path;
    openConnection(ConnectionSpec::sqlite(path));
    m_confirmedNewPath.clear();
}

void MainWindow::connectToPostgres()
{
    ConnectionSpec start = m_spec.backend() == ConnectionSpec::Backend::PostgreSQL
                               ? m_spec
                               : ConnectionSpec::postgres(QString());
    start.setPassword(QString());
    if (mayLeaveTable())
        connectWithDialog(start, QString());
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Concord"),
        tr("<h3>Concord %1</h3><p>A form editor for SQL tables that never loses an update: "
           "every save checks the record's version, and when someone else changed the record "
           "in the meantime you see both versions and merge them.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

bool MainWindow::enableConflictDetection()
{
    const QString table = m_browser->table();
    if (!hasConnection() || table.isEmpty())
        return false;
    TablePreparer::Options options;
    if (!ConflictDetectionDialog::ask(table, this, &options))
        return false;
    // The table's columns may change under them: the grid and the windows let go of it first.
    if (!m_browser->commitPendingRow()) {
        showStatus(tr("Save or revert the edited row first."));
        return false;
    }
    if (!m_browser->closeRecordWindows(table)) {
        showStatus(tr("Close the record windows of “%1” first.").arg(table));
        return false;
    }
    m_browser->closeTable();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const TablePreparer::Report report = TablePreparer::prepare(m_db, table, options);
    QApplication::restoreOverrideCursor();

    QMessageBox box(this);
    box.setObjectName(QStringLiteral("conflictDetectionReportBox"));
    box.setWindowTitle(tr("Enable Conflict Detection"));
    if (!report.ok) {
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("Conflict detection could not be enabled on “%1”. The table is "
                       "unchanged.").arg(table));
        box.setInformativeText(report.error);
    } else if (report.done.isEmpty()) {
        box.setIcon(QMessageBox::Information);
        box.setText(tr("Nothing to do: “%1” has everything conflict detection needs already.")
                        .arg(table));
    } else {
        box.setIcon(QMessageBox::Information);
        box.setText(tr("Conflict detection is enabled on “%1”.").arg(table));
        QStringList lines;
        for (const QString &line : report.done)
            lines << QStringLiteral("• ") + line;
        box.setInformativeText(lines.join(QLatin1Char('\n')));
    }
    box.exec();
    // Opened again, the model detects the new strategy.
    m_browser->openTable(table);
    return report.ok;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_browser->commitPendingRow()) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved Record"),
                        tr("The edited record could not be saved. Quit anyway and lose its edits?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedRecordBox"));
        // The platform's standard texts for Discard and Cancel carry no mnemonic.
        box.button(QMessageBox::Discard)->setText(tr("&Quit Without Saving"));
        box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.setEscapeButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    if (!m_browser->closeRecordWindows()) {
        event->ignore();
        return;
    }
    if (m_persistence == Persistence::Settings) {
        QSettings s = settings();
        s.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
        s.setValue(QStringLiteral("mainwindow/splitter"), m_splitter->saveState());
    }
    event->accept();
}

void MainWindow::createActions()
{
    m_openFile = new QAction(Icons::get(QStringLiteral("open-file")), tr("&Open SQLite File…"), this);
    m_openFile->setShortcut(QKeySequence::Open);
    connect(m_openFile, &QAction::triggered, this, &MainWindow::openSqliteFile);

    m_newFile = new QAction(tr("&New SQLite Database…"), this);
    connect(m_newFile, &QAction::triggered, this, &MainWindow::newSqliteDatabase);

    m_connectPostgres = new QAction(Icons::get(QStringLiteral("connect")),
                                    tr("&Connect to PostgreSQL…"), this);
    m_connectPostgres->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_connectPostgres, &QAction::triggered, this, &MainWindow::connectToPostgres);

    m_openDemo = new QAction(tr("Open &Demo Database"), this);
    connect(m_openDemo, &QAction::triggered, this, &MainWindow::openDemoDatabase);
    m_loadDemo = new QAction(tr("&Load Demo Data into This Database…"), this);
    connect(m_loadDemo, &QAction::triggered, this, [this] { loadDemoData(); });

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_showTables = new QAction(tr("&Table List"), this);
    m_showTables->setCheckable(true);
    m_showTables->setChecked(true);
    m_showTables->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_showTables, &QAction::toggled, m_tables, &QWidget::setVisible);

    m_enableDetection = new QAction(Icons::get(QStringLiteral("conflict")),
                                    tr("&Enable Conflict Detection…"), this);
    m_enableDetection->setObjectName(QStringLiteral("enableConflictDetectionAction"));
    m_enableDetection->setStatusTip(
        tr("Add a version column to the open table, so that every conflicting save is noticed"));
    connect(m_enableDetection, &QAction::triggered, this, &MainWindow::enableConflictDetection);

    m_shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        // Read from the menus as they are now: the list and the menus cannot disagree.
        ShortcutDialog dialog(menuBar(), this);
        dialog.exec();
    });

    m_about = new QAction(tr("&About Concord"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openFile);
    file->addAction(m_newFile);
    file->addAction(m_connectPostgres);
    file->addAction(m_openDemo);
    file->addAction(m_loadDemo);
    file->addSeparator();
    // The open table to and from CSV files (TableCsvTransfer owns the actions).
    auto *csv = new TableCsvTransfer(m_browser, this);
    file->addAction(csv->exportAction());
    file->addAction(csv->importAction());
    file->addSeparator();
    m_recentMenu = file->addMenu(tr("&Recent Connections"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_browser->undoAction());
    edit->addAction(m_browser->redoAction());
    edit->addAction(m_browser->revertRowAction());
    edit->addSeparator();
    edit->addAction(m_browser->copyAction());
    edit->addAction(m_browser->pasteAction());
    edit->addSeparator();
    edit->addAction(m_browser->filterAction());

    QMenu *record = menuBar()->addMenu(tr("&Record"));
    record->addAction(m_browser->openWindowAction());
    record->addSeparator();
    record->addAction(m_browser->newRowAction());
    record->addAction(m_browser->saveRowAction());
    record->addAction(m_browser->revertRowAction());
    record->addSeparator();
    record->addAction(m_browser->deleteRowAction());
    record->addSeparator();
    record->addAction(m_enableDetection);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_browser->reloadAction());
    view->addSeparator();
    view->addMenu(m_browser->columnsMenu());
    view->addAction(m_showTables);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

QSqlDatabase MainWindow::openSpec(ConnectionSpec &spec, QString *error)
{
    error->clear();
    if (spec.backend() == ConnectionSpec::Backend::SQLite && !QFileInfo::exists(spec.path())
        && !confirmNewDatabase(spec.path()))
        return {}; // SQLite would quietly create it: a typo must not look like an empty database
    const QString name = DatabaseConnector::uniqueName(QStringLiteral("concord-main"));
    QSqlError sqlError;
    QSqlDatabase db = DatabaseConnector::open(spec, name, &sqlError);
    QString prompt;
    while (!db.isValid() && spec.backend() == ConnectionSpec::Backend::PostgreSQL
           && DatabaseConnector::needsPassword(sqlError)) {
        QString password;
        if (!PasswordDialog::ask(spec.displayName(), prompt, this, &password))
            return {};
        spec.setPassword(password);
        db = DatabaseConnector::open(spec, name, &sqlError);
        prompt = tr("That password was not accepted. Try again.");
    }
    if (!db.isValid())
        *error = sqlError.text();
    return db;
}

void MainWindow::adopt(const QSqlDatabase &db, const ConnectionSpec &spec)
{
    // The browser lets go of the old connection before it is closed.
    m_browser->setDatabase(db);
    const QString oldName = m_connectionName;
    m_db = db;
    m_connectionName = db.connectionName();
    if (!oldName.isEmpty())
        DatabaseConnector::close(oldName);

    // The password lives only in the open connection; clones copy it from there.
    m_spec = spec;
    m_spec.setPassword(QString());
    if (m_persistence == Persistence::Settings) {
        RecentConnections::add(m_spec);
        // Each table's sort, columns and window size, per connection (never with a password).
        m_browser->setSettingsConnection(m_spec.toStorageString());
    }
    updateTitle();
    populateTables();
    showStatus(tr("Connected to %1").arg(m_spec.displayName()));
    m_browser->setDraftDirectory(m_draftDirectory);
    offerDrafts(); // mainwindow_drafts.cpp
}

bool MainWindow::connectWithDialog(ConnectionSpec spec, const QString &message)
{
    QString why = message;
    for (;;) {
        if (!ConnectionDialog::ask(this, &spec, why))
            return false;
        QString error;
        const QSqlDatabase db = openSpec(spec, &error);
        if (db.isValid()) {
            adopt(db, spec);
            return true;
        }
        // An empty error: the password prompt was cancelled, so back to the dialog quietly.
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Cannot Connect"),
                                 tr("Cannot open %1.\n\n%2").arg(spec.displayName(), error));
        why = error;
        spec.setPassword(QString());
    }
}

void MainWindow::populateTables()
{
    m_tables->setNames(TableSchema::tables(m_db), TableSchema::views(m_db));
    m_browser->closeTable();
    const QStringList names = m_tables->names();
    if (names.isEmpty()) {
        m_browser->showMessage(tr("This database has no tables."));
        return;
    }
    m_tables->selectQuietly(names.first());
    tableSelected();
}

void MainWindow::refreshTableList()
{
    if (!m_db.isValid())
        return;
    const QString open = m_browser->table();
    m_tables->setNames(TableSchema::tables(m_db), TableSchema::views(m_db), open);
    if (!open.isEmpty() && m_tables->itemOf(open))
        return;
    if (!open.isEmpty()) {
        // Dropped meanwhile: the grid would only fail on it.
        m_browser->closeTable();
        showStatus(tr("The table “%1” is no longer in the database").arg(open));
    }
    const QStringList names = m_tables->names();
    if (names.isEmpty())
        m_browser->showMessage(tr("This database has no tables."));
    else
        openTable(names.first());
}

void MainWindow::tableSelected()
{
    const QString name = m_tables->currentName();
    if (name.isEmpty() || name == m_browser->table())
        return;
    const QString previous = m_browser->table();
    m_browser->openTable(name);
    // The grid kept its table (its edited row could not be saved): so does the list.
    if (m_browser->table() != name)
        m_tables->selectQuietly(previous);
}

bool MainWindow::confirmNewDatabase(const QString &path)
{
    if (!m_confirmedNewPath.isEmpty() && path == m_confirmedNewPath)
        return true;
    QMessageBox box(QMessageBox::Question, tr("New Database"),
                    tr("Create a new database %1?").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("createDatabaseBox"));
    box.setInformativeText(tr("There is no file at this path. A new, empty SQLite database "
                              "will be created there."));
    QPushButton *create = box.addButton(tr("C&reate"), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("createDatabaseButton"));
    QPushButton *cancel = box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelCreateDatabaseButton"));
    box.setDefaultButton(create);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == create;
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QList<ConnectionSpec> specs = RecentConnections::specs();
    for (const ConnectionSpec &spec : specs) {
        QAction *action = m_recentMenu->addAction(spec.displayName());
        action->setIcon(Icons::get(spec.backend() == ConnectionSpec::Backend::SQLite
                                       ? QStringLiteral("open-file")
                                       : QStringLiteral("connect")));
        connect(action, &QAction::triggered, this, [this, spec] {
            // A file that is gone for good leaves the list; a server that is down stays.
            if (!openConnection(spec) && spec.backend() == ConnectionSpec::Backend::SQLite
                && !QFileInfo::exists(spec.path()))
                RecentConnections::remove(spec);
        });
    }
    if (specs.isEmpty()) {
        m_recentMenu->addAction(tr("No recent connections"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear Menu")), &QAction::triggered, this,
            [] { RecentConnections::clear(); });
}

void MainWindow::updateTitle()
{
    if (m_db.isValid()) {
        setWindowTitle(tr("%1 — Concord").arg(m_spec.displayName()));
        // The status bar is narrow: a file's name there, its folder in the title and tooltip.
        const bool file = m_spec.backend() == ConnectionSpec::Backend::SQLite;
        m_connectionLabel->setText(file ? QFileInfo(m_spec.path()).fileName()
                                        : m_spec.displayName());
        m_connectionLabel->setToolTip(m_spec.displayName());
    } else {
        setWindowTitle(tr("Concord"));
        m_connectionLabel->setText(tr("Not connected"));
        m_connectionLabel->setToolTip(QString());
        m_browser->showMessage(tr("Not connected.\n\nOpen a SQLite file or connect to PostgreSQL "
                                  "from the File menu."));
    }
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, statusTimeoutMs);
}

void MainWindow::updateConflictDetection()
{
    const QString text = m_browser->conflictDetectionText();
    m_detectionLabel->setText(text);
    m_detectionLabel->setToolTip(m_browser->conflictDetectionToolTip());
    m_detectionLabel->setVisible(!text.isEmpty());
    // Any table, whatever it has: for one that has everything, the report says so.
    m_enableDetection->setEnabled(hasConnection() && !m_browser->table().isEmpty());
}

} // namespace concord
