// Tests for "empty" on SQLite and PostgreSQL: an emptied text field or grid cell stores NULL where
// the column allows it, '' in a NOT NULL column with a default, and is refused in a NOT NULL column
// without one (EmptyValueRule, applied by the record form and the table browser).
#include "browsertestsupport.h"
#include "formtestsupport.h"
#include "mainwindow.h"
#include "recordformwindow.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/databaseconnector.h>
#include <concord/versionedtablemodel.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtTest>

#include <algorithm>

using namespace concord;
using namespace concord::test;

namespace {

// One member with every kind of "empty" a text column can have.
QString createMembers(TestDatabase &db)
{
    const QString error = db.createVersionedTable(
        QStringLiteral("members"),
        {QStringLiteral("name VARCHAR(60) NOT NULL"), QStringLiteral("nickname VARCHAR(40)"),
         QStringLiteral("title VARCHAR(20) NOT NULL DEFAULT 'Member'"),
         QStringLiteral("notes TEXT")});
    if (!error.isEmpty())
        return error;
    return db.exec(QStringLiteral("INSERT INTO members (name, nickname, title, notes)"
                                  " VALUES ('Ada', 'Countess', 'Chair', 'Wrote the notes')"));
}

RecordFormWindow *openMember(TestDatabase &db, int id)
{
    QSqlRecord key = db.db().primaryIndex(QStringLiteral("members"));
    key.setValue(QStringLiteral("id"), id);
    return new RecordFormWindow(DatabaseConnector::clone(db.db()), QStringLiteral("members"), key,
                                -1, Qt::AscendingOrder, QString(), -1);
}

} // namespace

#define OPEN_MEMBERS(db)                                                                   \
    CONCORD_OPEN_TEST_DB(db);                                                              \
    QCOMPARE(createMembers(db), QString())

#define OPEN_MEMBER_WINDOW(var, db)                                                        \
    WindowGuard var##Guard{openMember(db, 1)};                                             \
    RecordFormWindow *var = var##Guard.window;                                             \
    QVERIFY2(var->isValid(), qPrintable(var->errorString()))

class tst_EmptyAndNull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useThrowawaySettings(); }
    void emptiedOptionalTextIsSavedAsNull_data() { TestDatabase::addBackendRows(); }
    void emptiedOptionalTextIsSavedAsNull();
    void emptiedRequiredFieldIsRefusedBeforeSaving_data() { TestDatabase::addBackendRows(); }
    void emptiedRequiredFieldIsRefusedBeforeSaving();
    void emptiedRequiredFieldWithDefaultIsSavedAsEmptyText_data()
    {
        TestDatabase::addBackendRows();
    }
    void emptiedRequiredFieldWithDefaultIsSavedAsEmptyText();
    void gridStoresNullForEmptiedOptionalCell_data() { TestDatabase::addBackendRows(); }
    void gridStoresNullForEmptiedOptionalCell();
    void gridRefusesEmptiedRequiredCell_data() { TestDatabase::addBackendRows(); }
    void gridRefusesEmptiedRequiredCell();
};

void tst_EmptyAndNull::emptiedOptionalTextIsSavedAsNull()
{
    OPEN_MEMBERS(db);
    OPEN_MEMBER_WINDOW(window, db);
    auto *nickname = qobject_cast<QLineEdit *>(window->editorFor(QStringLiteral("nickname")));
    auto *notes = qobject_cast<QPlainTextEdit *>(window->editorFor(QStringLiteral("notes")));
    QVERIFY(nickname);
    QVERIFY(notes);

    // Emptied by the keyboard, as an operator does it.
    nickname->setFocus();
    nickname->selectAll();
    QTest::keyClick(nickname, Qt::Key_Backspace);
    QCOMPARE(nickname->text(), QString());
    notes->clear();
    QVERIFY(window->isDirty());
    QVERIFY(window->save());

    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE id = 1"
                                      " AND nickname IS NULL AND notes IS NULL"))
                 .toInt(),
             1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE nickname = ''"
                                      " OR notes = ''"))
                 .toInt(),
             0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM members WHERE id = 1")).toInt(), 2);
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Saved"));
}

void tst_EmptyAndNull::emptiedRequiredFieldIsRefusedBeforeSaving()
{
    OPEN_MEMBERS(db);
    OPEN_MEMBER_WINDOW(window, db);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *name = qobject_cast<QLineEdit *>(window->editorFor(QStringLiteral("name")));
    auto *nickname = qobject_cast<QLineEdit *>(window->editorFor(QStringLiteral("nickname")));
    QVERIFY(name);
    QVERIFY(nickname);
    const QColor normalBase = name->palette().color(QPalette::Base);

    nickname->setText(QStringLiteral("Enchantress"));
    name->clear();
    nickname->setFocus(); // focus elsewhere, so moving it to the field is the form's doing
    QSignalSpy saved(window, &RecordFormWindow::recordSaved);
    QVERIFY(!window->save());

    // Nothing was sent: the record and its version are as they were.
    QCOMPARE(saved.count(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM members WHERE id = 1")).toString(),
             QStringLiteral("Ada"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT nickname FROM members WHERE id = 1")).toString(),
             QStringLiteral("Countess"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM members WHERE id = 1")).toInt(), 1);
    // Said in words, at the field, which is marked and focused.
    auto *message = window->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Name is required"));
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Name is required")));
    QVERIFY(name->palette().color(QPalette::Base) != normalBase);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
    // The operator's edits stay.
    QCOMPARE(name->text(), QString());
    QCOMPARE(nickname->text(), QStringLiteral("Enchantress"));
    QVERIFY(window->isDirty());
    QVERIFY(window->isWindowModified());

    // A second try is refused the same way.
    QVERIFY(!window->save());
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM members WHERE id = 1")).toInt(), 1);

    // Text back in the field: the mark goes, and both edits are saved.
    QTest::keyClicks(name, QStringLiteral("Ada L."));
    QCOMPARE(name->palette().color(QPalette::Base), normalBase);
    QVERIFY(window->save());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!message->isVisible());
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM members WHERE id = 1")).toString(),
             QStringLiteral("Ada L."));
    QCOMPARE(db.scalar(QStringLiteral("SELECT nickname FROM members WHERE id = 1")).toString(),
             QStringLiteral("Enchantress"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM members WHERE id = 1")).toInt(), 2);
}

void tst_EmptyAndNull::emptiedRequiredFieldWithDefaultIsSavedAsEmptyText()
{
    OPEN_MEMBERS(db);
    OPEN_MEMBER_WINDOW(window, db);
    auto *title = qobject_cast<QLineEdit *>(window->editorFor(QStringLiteral("title")));
    QVERIFY(title);

    // NOT NULL with a default: NULL would be refused, so "empty" is ''.
    title->clear();
    QVERIFY(window->save());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE id = 1 AND title = ''"))
                 .toInt(),
             1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM members WHERE id = 1")).toInt(), 2);
}

void tst_EmptyAndNull::gridStoresNullForEmptiedOptionalCell()
{
    OPEN_MEMBERS(db);
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("members")));
    window.show();
    TableBrowser *browser = window.browser();
    VersionedTableModel *model = browser->model();
    const int nickname = model->fieldIndex(QStringLiteral("nickname"));

    QLineEdit *editor = openEditor(browser->view(), model->index(0, nickname));
    QVERIFY(editor);
    editor->clear();
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(browser->commitPendingRow());

    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT version FROM members WHERE id = 1")).toInt(), 2);
    QCOMPARE(db.scalar(QStringLiteral(
                           "SELECT COUNT(*) FROM members WHERE id = 1 AND nickname IS NULL"))
                 .toInt(),
             1);
}

void tst_EmptyAndNull::gridRefusesEmptiedRequiredCell()
{
    OPEN_MEMBERS(db);
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("members")));
    window.show();
    TableBrowser *browser = window.browser();
    VersionedTableModel *model = browser->model();
    const int name = model->fieldIndex(QStringLiteral("name"));
    const int nickname = model->fieldIndex(QStringLiteral("nickname"));
    QSignalSpy status(browser, &TableBrowser::statusMessage);

    // Another edit of the row first: it must survive the refusal.
    QLineEdit *editor = openEditor(browser->view(), model->index(0, nickname));
    QVERIFY(editor);
    editor->setText(QStringLiteral("Enchantress"));
    QTest::keyClick(editor, Qt::Key_Return);
    editor = openEditor(browser->view(), model->index(0, name));
    QVERIFY(editor);
    editor->clear();
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_VERIFY(std::any_of(status.cbegin(), status.cend(), [](const QList<QVariant> &args) {
        return args.first().toString().contains(QLatin1String("Name is required"));
    }));
    // The cell keeps its value, the other edit stays, and nothing empty reaches the database.
    QCOMPARE(model->data(model->index(0, name)).toString(), QStringLiteral("Ada"));
    QCOMPARE(model->data(model->index(0, nickname)).toString(), QStringLiteral("Enchantress"));
    QVERIFY(browser->commitPendingRow());
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM members WHERE id = 1")).toString(),
             QStringLiteral("Ada"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT nickname FROM members WHERE id = 1")).toString(),
             QStringLiteral("Enchantress"));
}

QTEST_MAIN(tst_EmptyAndNull)
#include "tst_emptyandnull.moc"
