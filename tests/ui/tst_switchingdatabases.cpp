// Opening another database while the grid holds unsaved edits (issue 25, item 12), on SQLite and
// PostgreSQL: the main window asks Save, Don't Save or Cancel first, as a record window asks
// before it closes, and does what the answer says. Cancel keeps the edits and the database.
#include "browsertestsupport.h"
#include "formtestsupport.h"
#include "mainwindow.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace concord;
using namespace concord::test;

class tst_SwitchingDatabases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useThrowawaySettings(); }
    void cleanup() { deleteRecordWindows(); }

    void openingAnotherDatabaseAsksAboutTheEditedRow_data();
    void openingAnotherDatabaseAsksAboutTheEditedRow();
    void dontSaveKeepsTheEditsWhenTheOtherDatabaseFails_data() { TestDatabase::addBackendRows(); }
    void dontSaveKeepsTheEditsWhenTheOtherDatabaseFails();
    void loadingDemoDataAsksAboutTheEditedRow_data() { TestDatabase::addBackendRows(); }
    void loadingDemoDataAsksAboutTheEditedRow();
};

namespace {

bool showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// Types `text` over the city of `id` in the grid, leaving the cell editor open: the edit is
// neither committed nor saved, as when the user reaches for File ▸ Open while typing.
bool typeCity(TableBrowser *browser, int id, const QString &text)
{
    VersionedTableModel *model = browser->model();
    QLineEdit *editor = openEditor(
        browser->view(), model->index(rowOfId(model, id), model->fieldIndex(QStringLiteral("city"))));
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    return true;
}

QString cityIn(VersionedTableModel *model, int id)
{
    return model->index(rowOfId(model, id), model->fieldIndex(QStringLiteral("city")))
        .data(Qt::EditRole).toString();
}

} // namespace

void tst_SwitchingDatabases::openingAnotherDatabaseAsksAboutTheEditedRow_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("answer");
    for (const QString &backend : TestDatabase::backends()) {
        const QByteArray name = backend.toLatin1();
        QTest::newRow(name + "-save") << backend << int(QMessageBox::Save);
        QTest::newRow(name + "-dontsave") << backend << int(QMessageBox::Discard);
        QTest::newRow(name + "-cancel") << backend << int(QMessageBox::Cancel);
    }
}

void tst_SwitchingDatabases::openingAnotherDatabaseAsksAboutTheEditedRow()
{
    QFETCH(int, answer);
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    TestDatabase other(QStringLiteral("sqlite"));
    QVERIFY2(other.isValid(), qPrintable(other.error()));
    QCOMPARE(createPeople(other), QString());
    MainWindow main(MainWindow::Persistence::Transient);
    QVERIFY(main.openConnection(db.spec(), false));
    QVERIFY(main.openTable(QStringLiteral("people")));
    QVERIFY(showActive(&main));
    TableBrowser *browser = main.browser();
    VersionedTableModel *model = browser->model();
    QVERIFY(typeCity(browser, 2, QStringLiteral("Hamburg")));

    QStringList buttons;
    bool opened = false;
    {
        ModalAnswer ask(QStringLiteral("unsavedGridRowBox"),
                        noteButtonsThenClick(&buttons, QMessageBox::StandardButton(answer)));
        // File ▸ Open, New SQLite Database, Recent Connections and Connect all end here.
        opened = main.openConnection(other.spec(), false);
        QVERIFY2(ask.answered(), "the edited row is not saved or dropped without a question");
    }
    QCOMPARE(buttons.size(), 3);
    QCOMPARE(mnemonicProblem(buttons), QString());

    const QString stored = db.scalar(QStringLiteral("SELECT city FROM people WHERE id = 2")).toString();
    switch (answer) {
    case QMessageBox::Save:
        QVERIFY(opened);
        QCOMPARE(main.connectionSpec().path(), other.spec().path());
        QCOMPARE(stored, QStringLiteral("Hamburg"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM people WHERE id = 2")).toInt(), 2);
        break;
    case QMessageBox::Discard:
        QVERIFY(opened);
        QCOMPARE(main.connectionSpec().path(), other.spec().path());
        QCOMPARE(stored, QStringLiteral("Berlin"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM people WHERE id = 2")).toInt(), 1);
        break;
    default:
        // Everything as it was: the same database, the same grid, the edit still there unsaved.
        QVERIFY(!opened);
        QCOMPARE(main.connectionSpec().displayName(), db.spec().displayName());
        QCOMPARE(browser->model(), model);
        QCOMPARE(browser->table(), QStringLiteral("people"));
        QVERIFY(model->isDirty());
        QCOMPARE(cityIn(model, 2), QStringLiteral("Hamburg"));
        QCOMPARE(stored, QStringLiteral("Berlin"));
        // And it can still be saved where it was typed.
        browser->saveRowAction()->trigger();
        QTRY_COMPARE(db.scalar(QStringLiteral("SELECT city FROM people WHERE id = 2")).toString(),
                     QStringLiteral("Hamburg"));
        break;
    }
}

void tst_SwitchingDatabases::dontSaveKeepsTheEditsWhenTheOtherDatabaseFails()
{
    // Don't Save drops the edits with the table, once the other database is open: when it does
    // not open, the user is back where they were, edits and all.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    QFile text(dir.filePath(QStringLiteral("notes.sqlite")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("These are my notes, not a database.\n").repeated(200));
    text.close();
    MainWindow main(MainWindow::Persistence::Transient);
    QVERIFY(main.openConnection(db.spec(), false));
    QVERIFY(main.openTable(QStringLiteral("people")));
    QVERIFY(showActive(&main));
    TableBrowser *browser = main.browser();
    VersionedTableModel *model = browser->model();
    QVERIFY(typeCity(browser, 2, QStringLiteral("Hamburg")));

    int questions = 0;
    ModalWatcher watcher([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        if (box->objectName() == QLatin1String("unsavedGridRowBox")) {
            ++questions;
            box->button(QMessageBox::Discard)->click();
        } else {
            box->accept(); // "not a SQLite database"
        }
    });
    QVERIFY(!main.openConnection(ConnectionSpec::sqlite(text.fileName()), false));
    QCOMPARE(questions, 1);
    QCOMPARE(main.connectionSpec().displayName(), db.spec().displayName());
    QCOMPARE(browser->model(), model);
    QVERIFY(model->isDirty());
    QCOMPARE(cityIn(model, 2), QStringLiteral("Hamburg"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT city FROM people WHERE id = 2")).toString(),
             QStringLiteral("Berlin"));
}

void tst_SwitchingDatabases::loadingDemoDataAsksAboutTheEditedRow()
{
    // Load Demo Data opens the customers table in the grid: the edited row is asked about too.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow main(MainWindow::Persistence::Transient);
    QVERIFY(main.openConnection(db.spec(), false));
    QVERIFY(main.openTable(QStringLiteral("people")));
    QVERIFY(showActive(&main));
    TableBrowser *browser = main.browser();
    VersionedTableModel *model = browser->model();
    QVERIFY(typeCity(browser, 2, QStringLiteral("Hamburg")));
    {
        ModalAnswer cancel(QStringLiteral("unsavedGridRowBox"), clickButton(QMessageBox::Cancel));
        QVERIFY(!main.loadDemoData(false));
        QVERIFY(cancel.answered());
    }
    QCOMPARE(browser->model(), model);
    QCOMPARE(cityIn(model, 2), QStringLiteral("Hamburg"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM people")).toInt(), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT city FROM people WHERE id = 2")).toString(),
             QStringLiteral("Berlin"));
    model->revertAll();
}

QTEST_MAIN(tst_SwitchingDatabases)
#include "tst_switchingdatabases.moc"
