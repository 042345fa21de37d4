// Tests for MainWindow on SQLite and PostgreSQL: the table list and title, the Find shortcut, the
// status bar, connection failures with a way back (bad files, unreachable servers), the password
// prompt, the password-free recent list, the connection and password dialogs, and conflict
// detection: the status-bar label naming it and the action that enables it.
#include "browsertestsupport.h"
#include "conflictdetectiondialog.h"
#include "connectiondialog.h"
#include "formtestsupport.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "recentconnections.h"
#include "recordformwindow.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/databaseconnector.h>
#include <concord/demodatabase.h>
#include <concord/tableschema.h>
#include <concord/versionedtablemodel.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace concord;
using namespace concord::test;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { deleteRecordWindows(); }

    void findShortcutFocusesTheFilter_data() { TestDatabase::addBackendRows(); }
    void findShortcutFocusesTheFilter();
    void gridEditSavesOnEnter_data() { TestDatabase::addBackendRows(); }
    void gridEditSavesOnEnter();
    void quittingWithAnUnsavableRowAsksWithMnemonics();
    void mainWindowListsTablesAndNamesTheConnection_data() { TestDatabase::addBackendRows(); }
    void mainWindowListsTablesAndNamesTheConnection();
    void demoDatabaseIsCreatedOnTheFirstRunOnly();
    void demoDataLoadsIntoAnEmptyDatabaseOnce_data() { TestDatabase::addBackendRows(); }
    void demoDataLoadsIntoAnEmptyDatabaseOnce();
    void notADatabaseFileIsExplainedAndThePreviousConnectionStays();
    void unreachableServerIsExplainedThenTheConnectionDialogReturns();
    void passwordIsAskedForAndNeverStored();
    void missingDatabaseIsExplainedNotTakenForAWrongPassword();
    void recentConnectionsAreNewestFirstAndWithoutPassword();
    void connectionDialogBuildsTheSpecFromFieldsOrLine();
    void passwordDialogMasksThePassword();

    void conflictDetectionLabelNamesTheVersionColumn_data() { TestDatabase::addBackendRows(); }
    void conflictDetectionLabelNamesTheVersionColumn();
    void conflictDetectionLabelWithoutVersionColumn_data() { TestDatabase::addBackendRows(); }
    void conflictDetectionLabelWithoutVersionColumn();
    void enableConflictDetectionIsOfferedForAnyOpenTable_data() { TestDatabase::addBackendRows(); }
    void enableConflictDetectionIsOfferedForAnyOpenTable();
    void cancelledEnableConflictDetectionChangesNothing_data() { TestDatabase::addBackendRows(); }
    void cancelledEnableConflictDetectionChangesNothing();
    void enableConflictDetectionDefaultsToTheTrigger_data() { TestDatabase::addBackendRows(); }
    void enableConflictDetectionDefaultsToTheTrigger();
    void enableConflictDetectionPreparesAndReopensTheTable_data() { TestDatabase::addBackendRows(); }
    void enableConflictDetectionPreparesAndReopensTheTable();
};

namespace {

// A table with a primary key and no version column: Xmin on PostgreSQL, Versionless on SQLite.
QString createPlain(TestDatabase &db)
{
    return db.execAll({QStringLiteral("DROP TABLE IF EXISTS plain"),
                       QStringLiteral("CREATE TABLE plain (id INTEGER PRIMARY KEY, "
                                      "name VARCHAR(50))"),
                       QStringLiteral("INSERT INTO plain (id, name) VALUES (1, 'one')")});
}

// Answers the ConflictDetectionDialog: the strategy and the audit columns, then Enable.
void answerDetectionDialog(QWidget *modal, bool trigger, bool audit)
{
    auto *dialog = qobject_cast<ConflictDetectionDialog *>(modal);
    QVERIFY(dialog);
    (trigger ? dialog->triggerButton() : dialog->clientButton())->setChecked(true);
    dialog->auditCheck()->setChecked(audit);
    clickChild(dialog, "enableButton");
}

} // namespace

void tst_MainWindow::initTestCase()
{
    useThrowawaySettings();
}

void tst_MainWindow::demoDataLoadsIntoAnEmptyDatabaseOnce()
{
    // "Load Demo Data" (or --demo-data) fills an empty database, PostgreSQL included.
    CONCORD_OPEN_TEST_DB(db);
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QCOMPARE(window.tableList()->count(), 0);
    QVERIFY(window.loadDemoData(false));
    QVERIFY(!window.tableList()->findItems(QStringLiteral("customers"), Qt::MatchExactly).isEmpty());
    QCOMPARE(window.browser()->table(), QStringLiteral("customers"));
    QVERIFY(window.browser()->model()->rowCount() > 0);
    const int customers = db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt();
    QVERIFY(customers >= 1000);
    QVERIFY(window.loadDemoData(false)); // already there: left alone
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), customers);
}

void tst_MainWindow::findShortcutFocusesTheFilter()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.browser()->view()->setFocus();
    QTRY_VERIFY(window.browser()->view()->hasFocus());
    QCOMPARE(window.browser()->filterAction()->shortcut(), QKeySequence(QKeySequence::Find));
    QTest::keySequence(&window, QKeySequence(QKeySequence::Find));
    QTRY_VERIFY(window.browser()->filterEdit()->hasFocus());
}

void tst_MainWindow::quittingWithAnUnsavableRowAsksWithMnemonics()
{
    // A grid row the database refuses (NOT NULL) stops the quit with a box whose every button
    // has its own key; Cancel keeps the window and the row's edit.
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    VersionedTableModel *model = window.browser()->model();
    const QModelIndex name = model->index(rowOfId(model, 2), model->fieldIndex(QStringLiteral("name")));
    window.browser()->view()->setCurrentIndex(name);
    QVERIFY(model->setData(name, QVariant(QMetaType::fromType<QString>())));

    QStringList texts;
    {
        ModalAnswer cancel(QStringLiteral("unsavedRecordBox"),
                           noteButtonsThenClick(&texts, QMessageBox::Cancel));
        QVERIFY(!window.close());
        QVERIFY(cancel.answered());
    }
    QVERIFY(window.isVisible());
    QCOMPARE(texts.size(), 2);
    QCOMPARE(mnemonicProblem(texts), QString());
    QVERIFY(model->isDirty());
    model->revertAll();
}

void tst_MainWindow::gridEditSavesOnEnter()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    window.setOperatorName(QStringLiteral("carol"));
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    VersionedTableModel *model = window.browser()->model();
    const int row = rowOfId(model, 2);
    QLineEdit *editor = openEditor(window.browser()->view(),
                                   model->index(row, model->fieldIndex(QStringLiteral("city"))));
    QVERIFY(editor);
    editor->setText(QStringLiteral("Hamburg"));
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT city FROM people WHERE id = 2")).toString(),
                 QStringLiteral("Hamburg"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM people WHERE id = 2")).toInt(), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT modified_by FROM people WHERE id = 2")).toString(),
             QStringLiteral("carol"));
    QTRY_COMPARE(window.statusBar()->currentMessage(), QStringLiteral("Saved"));
    QVERIFY(!model->isDirty());
}

void tst_MainWindow::mainWindowListsTablesAndNamesTheConnection()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(db.createVersionedTable(QStringLiteral("animals"),
                                     {QStringLiteral("kind VARCHAR(40)")}),
             QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QCOMPARE(window.windowTitle(), QStringLiteral("Concord"));
    QVERIFY(!window.browser()->message().isEmpty()); // "Not connected..."
    QVERIFY(window.openConnection(db.spec(), false));

    QCOMPARE(window.windowTitle(), db.spec().displayName() + QStringLiteral(" — Concord"));
    const QStringList expected = TableSchema::tables(db.db());
    QStringList listed;
    for (int i = 0; i < window.tableList()->count(); ++i)
        listed << window.tableList()->item(i)->text();
    QCOMPARE(listed, expected);
    QVERIFY(listed.contains(QStringLiteral("people")) && listed.contains(QStringLiteral("animals")));
    // The first table opens at once.
    QCOMPARE(window.browser()->table(), expected.first());

    // Choosing a table in the list opens it.
    window.tableList()->setCurrentItem(
        window.tableList()->findItems(QStringLiteral("people"), Qt::MatchExactly).first());
    QCOMPARE(window.browser()->table(), QStringLiteral("people"));
    QCOMPARE(window.browser()->model()->rowCount(), 3);
}

void tst_MainWindow::demoDatabaseIsCreatedOnTheFirstRunOnly()
{
    // Test mode puts DemoDatabase::defaultPath() in a throwaway data folder.
    const QString path = DemoDatabase::defaultPath();
    QFile::remove(path);
    {
        MainWindow window(MainWindow::Persistence::Transient);
        QVERIFY(window.openDemoDatabase());
        QVERIFY(QFile::exists(path));
        QCOMPARE(window.connectionSpec().path(), path);
        QVERIFY(window.openTable(QStringLiteral("customers")));
        // An edit that the second run must still see: nothing is installed over it.
        VersionedTableModel *model = window.browser()->model();
        const QModelIndex name = model->index(0, model->fieldIndex(QStringLiteral("name")));
        QVERIFY(model->setData(name, QStringLiteral("Renamed Customer")));
        QVERIFY(window.browser()->commitPendingRow());
    }
    MainWindow again(MainWindow::Persistence::Transient);
    QVERIFY(again.openDemoDatabase());
    QVERIFY(again.openTable(QStringLiteral("customers")));
    VersionedTableModel *model = again.browser()->model();
    QCOMPARE(model->index(0, model->fieldIndex(QStringLiteral("name"))).data().toString(),
             QStringLiteral("Renamed Customer"));
}

void tst_MainWindow::notADatabaseFileIsExplainedAndThePreviousConnectionStays()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    QFile text(dir.filePath(QStringLiteral("notes.sqlite")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("These are my notes, not a database.\n").repeated(200));
    text.close();

    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    window.show();
    const QString title = window.windowTitle();

    ModalWatcher watcher([](QWidget *modal) { static_cast<QDialog *>(modal)->accept(); });
    QVERIFY(!window.openConnection(ConnectionSpec::sqlite(text.fileName())));
    QVERIFY(watcher.seen());
    QCOMPARE(watcher.className(), QStringLiteral("QMessageBox"));
    QVERIFY2(watcher.text().contains(QLatin1String("not a SQLite database")), qPrintable(watcher.text()));

    // Still on the previous database, fully usable.
    QVERIFY(window.hasConnection());
    QCOMPARE(window.connectionSpec().path(), db.spec().path());
    QCOMPARE(window.windowTitle(), title);
    QVERIFY(window.openTable(QStringLiteral("people")));
    QCOMPARE(window.browser()->model()->rowCount(), 3);
}

void tst_MainWindow::unreachableServerIsExplainedThenTheConnectionDialogReturns()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    window.show();

    // Nothing listens on port 1: a message box, then the connection dialog, filled in, to fix
    // it or give up; giving up leaves the previous database open.
    QString hostInDialog;
    ModalWatcher watcher([&](QWidget *modal) {
        if (auto *dialog = qobject_cast<ConnectionDialog *>(modal)) {
            hostInDialog = dialog->findChild<QLineEdit *>(QStringLiteral("host"))->text();
            dialog->reject();
        } else {
            static_cast<QDialog *>(modal)->accept();
        }
    });
    QVERIFY(!window.openConnection(
        ConnectionSpec::postgres(QStringLiteral("host=127.0.0.1 port=1 dbname=shop user=ann"))));
    QCOMPARE(watcher.count(), 2);
    QCOMPARE(watcher.className(0), QStringLiteral("QMessageBox"));
    QVERIFY2(watcher.text(0).contains(QLatin1String("127.0.0.1")), qPrintable(watcher.text(0)));
    QCOMPARE(watcher.className(1), QStringLiteral("concord::ConnectionDialog"));
    QCOMPARE(hostInDialog, QStringLiteral("127.0.0.1"));
    QVERIFY(window.hasConnection());
    QCOMPARE(window.connectionSpec().path(), db.spec().path());
}

void tst_MainWindow::passwordIsAskedForAndNeverStored()
{
    // The test makes what it needs rather than hoping for it: a role of its own with a password,
    // reached over TCP on 127.0.0.1, where a server that asks for passwords asks for them
    // (pg_virtualenv's pg_hba.conf: scram-sha-256 for 127.0.0.1/32, peer on the socket).
    PasswordRole role("concord_pw");
    const QByteArray password = role.password();
    TestDatabase db(QStringLiteral("psql"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(role.create(db), QString());
    const ConnectionSpec spec = role.spec(db);

    // Without PGPASSWORD libpq has no password to send: the window must ask for it.
    const QByteArray serverPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    const auto restore = qScopeGuard([&] {
        if (!serverPassword.isEmpty())
            qputenv("PGPASSWORD", serverPassword);
    });
    {
        QSqlError error;
        const QSqlDatabase probe = DatabaseConnector::open(spec, {}, &error);
        if (probe.isValid()) {
            const QString name = probe.connectionName();
            DatabaseConnector::close(name);
            QFAIL("the server lets a password role in over TCP (127.0.0.1) without its password: "
                  "its pg_hba.conf trusts that host, so the password prompt cannot be exercised");
        }
        QVERIFY2(DatabaseConnector::needsPassword(error), qPrintable(error.text()));
    }

    RecentConnections::clear();
    QStringList messages;
    ModalWatcher watcher([&](QWidget *modal) {
        auto *dialog = qobject_cast<PasswordDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Password);
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("passwordMessage"));
        messages << (message ? message->text() : QString());
        // A wrong password first: the dialog comes back saying so.
        dialog->passwordEdit()->setText(messages.size() == 1 ? QStringLiteral("wrong")
                                                             : QString::fromUtf8(password));
        dialog->accept();
    });
    {
        MainWindow window(MainWindow::Persistence::Settings);
        QVERIFY(window.openConnection(spec, false));
        QCOMPARE(watcher.count(), 2);
        QVERIFY(messages.at(0).isEmpty());
        QVERIFY(!messages.at(1).isEmpty());
        QVERIFY(window.hasConnection());
        QVERIFY(window.openTable(QStringLiteral("people")));
        QCOMPARE(window.browser()->model()->rowCount(), 3);
        // Record windows connect on their own, with the password of the open connection.
        RecordFormWindow *form = window.browser()->openRecordWindow(0);
        QVERIFY(form);
        delete form;
        QVERIFY(window.connectionSpec().password().isEmpty());
    }
    QCOMPARE(RecentConnections::entries().size(), 1);
    QVERIFY(!RecentConnections::entries().first().contains(QString::fromUtf8(password)));
    QSettings settings(QStringLiteral("Concord"), QStringLiteral("Concord"));
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password));
    RecentConnections::clear();
}

void tst_MainWindow::missingDatabaseIsExplainedNotTakenForAWrongPassword()
{
    // Issue 20 C.9: the right password to a database that does not exist was answered with
    // "That password was not accepted. Try again", endlessly.
    PasswordRole role("concord_pw");
    const QByteArray password = role.password();
    TestDatabase db(QStringLiteral("psql"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(role.create(db), QString());
    const ConnectionSpec real = role.spec(db);
    const ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral("host=%1 port=%2 dbname=nosuchdb_concord user=%3")
            .arg(real.host()).arg(real.port()).arg(real.user()));
    const QByteArray serverPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    const auto restore = qScopeGuard([&] {
        if (!serverPassword.isEmpty())
            qputenv("PGPASSWORD", serverPassword);
    });

    int prompts = 0;
    ModalWatcher watcher([&](QWidget *modal) {
        if (auto *dialog = qobject_cast<PasswordDialog *>(modal)) {
            // The right password once; asked again, give up rather than loop for ever.
            if (++prompts > 1) {
                dialog->reject();
                return;
            }
            dialog->passwordEdit()->setText(QString::fromUtf8(password));
            dialog->accept();
            return;
        }
        static_cast<QDialog *>(modal)->reject();
    });
    MainWindow window(MainWindow::Persistence::Transient);
    window.show();
    QVERIFY(!window.openConnection(spec, true));
    QCOMPARE(prompts, 1);
    // The password prompt, the message, then the connection dialog to correct the name.
    QCOMPARE(watcher.count(), 3);
    QCOMPARE(watcher.className(1), QStringLiteral("QMessageBox"));
    QVERIFY2(watcher.text(1).contains(QLatin1String("no database \"nosuchdb_concord\"")),
             qPrintable(watcher.text(1)));
    QVERIFY2(!watcher.text(1).contains(QLatin1String("FATAL")), qPrintable(watcher.text(1)));
    QCOMPARE(watcher.className(2), QStringLiteral("concord::ConnectionDialog"));
}

void tst_MainWindow::recentConnectionsAreNewestFirstAndWithoutPassword()
{
    RecentConnections::clear();
    ConnectionSpec pg = ConnectionSpec::postgres(QStringLiteral("host=db.example dbname=shop user=ann"));
    pg.setPassword(QStringLiteral("s3cret-Pa55"));
    RecentConnections::add(ConnectionSpec::sqlite(QStringLiteral("/data/a.sqlite")));
    RecentConnections::add(pg);
    RecentConnections::add(ConnectionSpec::sqlite(QStringLiteral("/data/b.sqlite")));
    RecentConnections::add(ConnectionSpec::sqlite(QStringLiteral("/data/a.sqlite")));

    const QList<ConnectionSpec> specs = RecentConnections::specs();
    QCOMPARE(specs.size(), 3);
    QCOMPARE(specs.at(0).path(), QStringLiteral("/data/a.sqlite"));
    QCOMPARE(specs.at(1).path(), QStringLiteral("/data/b.sqlite"));
    QCOMPARE(specs.at(2).backend(), ConnectionSpec::Backend::PostgreSQL);
    QCOMPARE(specs.at(2).host(), QStringLiteral("db.example"));
    QVERIFY(specs.at(2).password().isEmpty());

    // Nowhere on disk either.
    QSettings settings(QStringLiteral("Concord"), QStringLiteral("Concord"));
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    QVERIFY(!file.readAll().contains("s3cret-Pa55"));

    for (int i = 0; i < RecentConnections::maxCount + 3; ++i)
        RecentConnections::add(ConnectionSpec::sqlite(QStringLiteral("/data/%1.sqlite").arg(i)));
    QCOMPARE(RecentConnections::entries().size(), RecentConnections::maxCount);
    RecentConnections::clear();
    QVERIFY(RecentConnections::entries().isEmpty());
}

void tst_MainWindow::connectionDialogBuildsTheSpecFromFieldsOrLine()
{
    ConnectionDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("db.example"));
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(5433);
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("my shop"));
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("ann"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(QStringLiteral("it's secret"));

    ConnectionSpec spec = dialog.spec();
    QCOMPARE(spec.backend(), ConnectionSpec::Backend::PostgreSQL);
    QCOMPARE(spec.host(), QStringLiteral("db.example"));
    QCOMPARE(spec.port(), 5433);
    QCOMPARE(spec.database(), QStringLiteral("my shop")); // quoted through conninfo and back
    QCOMPARE(spec.user(), QStringLiteral("ann"));
    QCOMPARE(spec.password(), QStringLiteral("it's secret"));

    // A connection line wins over the fields, which are then disabled.
    auto *line = dialog.findChild<QLineEdit *>(QStringLiteral("connectionLine"));
    line->setText(QStringLiteral("postgresql://bob@other.example:6543/stock"));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("host"))->isEnabled());
    spec = dialog.spec();
    QCOMPARE(spec.host(), QStringLiteral("other.example"));
    QCOMPARE(spec.port(), 6543);
    QCOMPARE(spec.database(), QStringLiteral("stock"));
    QCOMPARE(spec.user(), QStringLiteral("bob"));
    QCOMPARE(spec.password(), QStringLiteral("it's secret"));

    // setSpec fills the fields back, without a line.
    dialog.setSpec(ConnectionSpec::postgres(QStringLiteral("host=h dbname=d user=u")));
    QVERIFY(line->text().isEmpty());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("host"))->text(), QStringLiteral("h"));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 0);
    QCOMPARE(dialog.spec().port(), -1);
}

void tst_MainWindow::passwordDialogMasksThePassword()
{
    PasswordDialog dialog(QStringLiteral("ann@db.example/shop"),
                          QStringLiteral("That password was not accepted."));
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("passwordMessage"));
    QVERIFY(message);
    QCOMPARE(message->text(), QStringLiteral("That password was not accepted."));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("hunter2"));
    QCOMPARE(dialog.password(), QStringLiteral("hunter2"));
}

void tst_MainWindow::conflictDetectionLabelNamesTheVersionColumn()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    window.show();
    QLabel *label = window.conflictDetectionLabel();
    QVERIFY(label);
    QVERIFY2(label->isHidden(), "no table, nothing to say");

    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    QVERIFY(label->isVisible());
    // Under the client strategy the label names its gap, while the table runs under it.
    QCOMPARE(window.browser()->model()->versionStrategy(), VersionStrategy::Client);
    QCOMPARE(label->text(), QStringLiteral("Conflict detection: client counting (misses writes "
                                           "that skip the version)"));
    QVERIFY(!label->toolTip().isEmpty());
    QCOMPARE(window.statusBar()->findChild<QLabel *>(QStringLiteral("conflictDetectionLabel")),
             label);
}

void tst_MainWindow::conflictDetectionLabelWithoutVersionColumn()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(createPlain(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    window.show();
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY2(window.openTable(QStringLiteral("plain")), qPrintable(window.browser()->message()));
    const QString expected = db.isSqlite()
                                 ? QStringLiteral("Conflict detection: compares changed fields")
                                 : QStringLiteral("Conflict detection: xmin");
    QCOMPARE(window.conflictDetectionLabel()->text(), expected);
    // The tooltip points to the way to a version column.
    QVERIFY2(window.conflictDetectionLabel()->toolTip().contains(
                 QLatin1String("Enable Conflict Detection")),
             qPrintable(window.conflictDetectionLabel()->toolTip()));
    QVERIFY(window.enableConflictDetectionAction()->isEnabled());
}

void tst_MainWindow::enableConflictDetectionIsOfferedForAnyOpenTable()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QAction *action = window.enableConflictDetectionAction();
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(action->text().contains(QLatin1Char('&')));
    // In the Record menu, with the other actions on the open table.
    QMenu *record = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text() == QLatin1String("&Record"))
            record = menu->menu();
    }
    QVERIFY(record);
    QVERIFY(record->actions().contains(action));

    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    QVERIFY2(action->isEnabled(), "also for a table that has everything already");
    window.browser()->closeTable();
    QVERIFY(!action->isEnabled());
}

void tst_MainWindow::cancelledEnableConflictDetectionChangesNothing()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    const QSqlRecord before = db.db().record(QStringLiteral("people"));

    ModalWatcher watcher([](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); });
    QVERIFY(!window.enableConflictDetection());
    QCOMPARE(watcher.count(), 1);
    QCOMPARE(watcher.className(), QStringLiteral("concord::ConflictDetectionDialog"));
    QCOMPARE(db.db().record(QStringLiteral("people")).count(), before.count());
    QCOMPARE(window.browser()->table(), QStringLiteral("people"));
    QVERIFY(window.browser()->message().isEmpty());
}

void tst_MainWindow::enableConflictDetectionDefaultsToTheTrigger()
{
    // The trigger catches every writer, so it is what Enable gives unless the user picks the
    // client way, whose gap the dialog states under it.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPlain(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    window.show();
    QVERIFY(window.openConnection(db.spec(), false));
    window.openTable(QStringLiteral("plain"));
    bool triggerChecked = false;
    bool clientChecked = true;
    QString gap;
    bool gapShown = false;
    ModalWatcher watcher([&](QWidget *modal) {
        if (auto *dialog = qobject_cast<ConflictDetectionDialog *>(modal)) {
            triggerChecked = dialog->triggerButton()->isChecked();
            clientChecked = dialog->clientButton()->isChecked();
            gap = dialog->clientGapLabel()->text();
            gapShown = dialog->clientGapLabel()->isVisible();
            clickChild(dialog, "enableButton");
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            box->button(QMessageBox::Ok)->click();
        }
    });
    QVERIFY(window.enableConflictDetection());
    QCOMPARE(watcher.count(), 2);
    QVERIFY(triggerChecked);
    QVERIFY(!clientChecked);
    QVERIFY(gapShown);
    QVERIFY2(gap.contains(QLatin1String("without counting the version up")), qPrintable(gap));
    QCOMPARE(window.browser()->model()->versionStrategy(), VersionStrategy::Trigger);
    QCOMPARE(window.conflictDetectionLabel()->text(), QStringLiteral("Conflict detection: trigger"));
}

void tst_MainWindow::enableConflictDetectionPreparesAndReopensTheTable()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPlain(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    window.show();
    QVERIFY(window.openConnection(db.spec(), false));
    window.openTable(QStringLiteral("plain"));
    QCOMPARE(window.browser()->table(), QStringLiteral("plain"));

    {
        ModalWatcher watcher([](QWidget *modal) {
            if (qobject_cast<ConflictDetectionDialog *>(modal))
                answerDetectionDialog(modal, true, true);
            else if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->button(QMessageBox::Ok)->click();
        });
        const bool enabled = window.enableConflictDetection();
        QCOMPARE(watcher.count(), 2);
        QVERIFY2(enabled, qPrintable(watcher.text(1)));
        QVERIFY2(watcher.text(1).startsWith(QStringLiteral("Conflict detection is enabled on “plain”.")),
                 qPrintable(watcher.text(1)));
    }
    const QSqlRecord columns = db.db().record(QStringLiteral("plain"));
    QVERIFY(columns.contains(QStringLiteral("version")));
    QVERIFY(columns.contains(QStringLiteral("modified_by")));
    QVERIFY(columns.contains(QStringLiteral("modified_at")));
    // Opened again with what was added, rows and all.
    QVERIFY(window.browser()->message().isEmpty());
    QCOMPARE(window.browser()->model()->versionStrategy(), VersionStrategy::Trigger);
    QCOMPARE(window.browser()->model()->rowCount(), 1);
    QCOMPARE(window.conflictDetectionLabel()->text(), QStringLiteral("Conflict detection: trigger"));

    // Once more: everything is there.
    ModalWatcher again([](QWidget *modal) {
        if (qobject_cast<ConflictDetectionDialog *>(modal))
            answerDetectionDialog(modal, true, true);
        else if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Ok)->click();
    });
    QVERIFY(window.enableConflictDetection());
    QCOMPARE(again.count(), 2);
    QVERIFY2(again.text(1).startsWith(QLatin1String("Nothing to do")), qPrintable(again.text(1)));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
