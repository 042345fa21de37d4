// Tests that what the editor saves carries the operator's name in modified_by: PostgreSQL's
// session user, or on SQLite the login name, also when the environment names nobody (a desktop
// session without $USER), for the grid, its new records and its record windows (issue 20).
#include "browsertestsupport.h"
#include "mainwindow.h"
#include "recordformwindow.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QApplication>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace concord;
using namespace concord::test;

namespace {

const char *const loginVariables[] = {"USER", "LOGNAME", "USERNAME"};

// The account this test runs as, by the operating system's own record of it.
QString accountName()
{
#ifdef Q_OS_UNIX
    if (const struct passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return {};
}

} // namespace

class tst_OperatorName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useThrowawaySettings(); }
    void cleanup() { deleteRecordWindows(); }
    void editorSavesUnderTheOperatorsName_data();
    void editorSavesUnderTheOperatorsName();
};

void tst_OperatorName::editorSavesUnderTheOperatorsName_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("loginVariable"); // $USER as the session sets it; empty: unset
    QTest::addColumn<QString>("given");         // as --operator gives it; empty: none
    for (const QString &backend : TestDatabase::backends()) {
        QTest::newRow(qPrintable(backend + QStringLiteral(":no USER")))
            << backend << QString() << QString();
        QTest::newRow(qPrintable(backend + QStringLiteral(":USER set")))
            << backend << QStringLiteral("lena") << QString();
        QTest::newRow(qPrintable(backend + QStringLiteral(":--operator")))
            << backend << QStringLiteral("lena") << QStringLiteral("Lena Hofmann");
    }
}

void tst_OperatorName::editorSavesUnderTheOperatorsName()
{
    CONCORD_OPEN_TEST_DB(db);
    QFETCH(QString, loginVariable);
    QFETCH(QString, given);
    QHash<QByteArray, QByteArray> saved;
    for (const char *variable : loginVariables) {
        if (qEnvironmentVariableIsSet(variable))
            saved.insert(variable, qgetenv(variable));
        qunsetenv(variable);
    }
    const auto restore = qScopeGuard([&] {
        for (const char *variable : loginVariables) {
            if (saved.contains(variable))
                qputenv(variable, saved.value(variable));
            else
                qunsetenv(variable);
        }
    });
    if (!loginVariable.isEmpty())
        qputenv("USER", loginVariable.toLocal8Bit());

    QString expected;
    if (db.isSqlite()) {
        expected = loginVariable.isEmpty() ? accountName() : loginVariable;
    } else {
        // The server's own name for the session, asked on a connection of the test's.
        QSqlQuery query(db.open());
        QVERIFY(query.exec(QStringLiteral("SELECT session_user")) && query.next());
        expected = query.value(0).toString();
    }
    if (!given.isEmpty())
        expected = given;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(createPeople(db), QString());

    MainWindow window(MainWindow::Persistence::Transient);
    if (!given.isEmpty())
        window.setOperatorName(given); // as main() does with --operator
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TableBrowser *browser = window.browser();
    QTableView *view = browser->view();
    VersionedTableModel *model = browser->model();
    const int city = model->fieldIndex(QStringLiteral("city"));
    const auto writer = [&db](const QString &name) {
        return db.scalar(QStringLiteral("SELECT modified_by FROM people WHERE name = '%1'").arg(name))
            .toString();
    };

    // A cell typed in the grid, saved by leaving the row.
    view->setFocus();
    const int alice = rowOfId(model, 1);
    QLineEdit *editor = openEditor(view, model->index(alice, city));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Lyon"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(view, alice == 0 ? Qt::Key_Down : Qt::Key_Up);
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT city FROM people WHERE id = 1")).toString(),
                 QStringLiteral("Lyon"));
    QCOMPARE(writer(QStringLiteral("Alice")), expected);

    // A new record from Ctrl+N.
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())
                && view->viewport()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Dora"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(view, Qt::Key_Down);
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE name = 'Dora'")).toInt(), 1);
    QCOMPARE(writer(QStringLiteral("Dora")), expected);

    // A record window's field, saved with Ctrl+S.
    RecordFormWindow *form = browser->openRecordWindow(rowOfId(model, 2));
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowActive(form));
    auto *field = qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("city")));
    QVERIFY(field);
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("Bonn"));
    QTest::keyClick(field, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT city FROM people WHERE id = 2")).toString(),
                 QStringLiteral("Bonn"));
    QCOMPARE(writer(QStringLiteral("Bob")), expected);
    // One operator: the grid and the window save under the same name.
    QCOMPARE(form->model()->operatorName(), model->operatorName());
}

QTEST_MAIN(tst_OperatorName)
#include "tst_operatorname.moc"
