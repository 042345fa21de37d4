// Tests for MainWindow and TableBrowser on SQLite and PostgreSQL: the hidden version column, the
// row filter, grid conflicts reaching the ConflictDialog, record windows, refused tables, the
// connection handling (title, table list, bad files) and the password-free recent list.
#include "conflictdialog.h"
#include "connectiondialog.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "recentconnections.h"
#include "recordformwindow.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/databaseconnector.h>
#include <concord/tableschema.h>
#include <concord/versionedtablemodel.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QScopeGuard>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace concord;
using concord::test::TestDatabase;

namespace {

// Watches for modal widgets (the code under test runs them with exec(), which blocks the test)
// and hands each new one to `answer` once, recording what they were.
class ModalWatcher : public QObject
{
public:
    explicit ModalWatcher(std::function<void(QWidget *)> answer) : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalWatcher::poll);
        m_timer.start(20);
    }
    bool seen() const { return !m_classNames.isEmpty(); }
    int count() const { return int(m_classNames.size()); }
    QString className(int i = 0) const { return m_classNames.value(i); }
    QString text(int i = 0) const { return m_texts.value(i); }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last)
            return;
        m_last = modal;
        m_classNames << QString::fromLatin1(modal->metaObject()->className());
        auto *box = qobject_cast<QMessageBox *>(modal);
        m_texts << (box ? box->text() + QLatin1Char('\n') + box->informativeText() : QString());
        m_answer(modal);
    }

    std::function<void(QWidget *)> m_answer;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    QStringList m_classNames;
    QStringList m_texts;
};

void clickChild(QWidget *modal, const char *name)
{
    auto *button = modal->findChild<QPushButton *>(QLatin1String(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    button->click();
}

QLineEdit *openEditor(QTableView *view, const QModelIndex &index)
{
    view->setCurrentIndex(index);
    view->edit(index);
    const auto editors = view->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *editor : editors) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void versionColumnIsNowhereInTheGrid_data() { TestDatabase::addBackendRows(); }
    void versionColumnIsNowhereInTheGrid();
    void filterNarrowsRows_data() { TestDatabase::addBackendRows(); }
    void filterNarrowsRows();
    void findShortcutFocusesTheFilter_data() { TestDatabase::addBackendRows(); }
    void findShortcutFocusesTheFilter();
    void headerClickSortsTheRows_data() { TestDatabase::addBackendRows(); }
    void headerClickSortsTheRows();
    void gridEditSavesOnEnter_data() { TestDatabase::addBackendRows(); }
    void gridEditSavesOnEnter();
    void gridConflictOpensConflictDialog_data() { TestDatabase::addBackendRows(); }
    void gridConflictOpensConflictDialog();
    void gridConflictMergedKeepsBothChanges_data() { TestDatabase::addBackendRows(); }
    void gridConflictMergedKeepsBothChanges();
    void openingARecordTwiceGivesTwoIndependentWindows_data() { TestDatabase::addBackendRows(); }
    void openingARecordTwiceGivesTwoIndependentWindows();
    void doubleClickAndEnterOpenRecordWindows_data() { TestDatabase::addBackendRows(); }
    void doubleClickAndEnterOpenRecordWindows();
    void savingInARecordWindowRefreshesTheGrid_data() { TestDatabase::addBackendRows(); }
    void savingInARecordWindowRefreshesTheGrid();
    void largeTableOpensWithoutFetchingEverything_data() { TestDatabase::addBackendRows(); }
    void largeTableOpensWithoutFetchingEverything();
    void savingInARecordWindowRefreshesALargeGrid_data() { TestDatabase::addBackendRows(); }
    void savingInARecordWindowRefreshesALargeGrid();
    void tableWithoutPrimaryKeyShowsTheRefusal_data() { TestDatabase::addBackendRows(); }
    void tableWithoutPrimaryKeyShowsTheRefusal();
    void mainWindowListsTablesAndNamesTheConnection_data() { TestDatabase::addBackendRows(); }
    void mainWindowListsTablesAndNamesTheConnection();
    void notADatabaseFileIsExplainedAndThePreviousConnectionStays();
    void unreachableServerIsExplainedThenTheConnectionDialogReturns();
    void passwordIsAskedForAndNeverStored();
    void missingFileIsExplainedAndNotCreated();
    void recentConnectionsAreNewestFirstAndWithoutPassword();
    void connectionDialogBuildsTheSpecFromFieldsOrLine();
    void passwordDialogMasksThePassword();

private:
    // A table with who/when columns and three people; returns an error text or empty.
    static QString createPeople(TestDatabase &db);
    // Saves `values` into the row with `id` through a model on a connection of its own.
    static bool saveAsOther(TestDatabase &db, int id, const QVariantMap &values,
                            const QString &operatorName = QStringLiteral("bob"));
    static int rowOfId(VersionedTableModel *model, int id);
    // Adds `count` more people named P1, P2... (portable SQL for both backends).
    static QString addPeople(TestDatabase &db, int count);
};

void tst_MainWindow::initTestCase()
{
    // Recent connections and window geometry go to a throwaway settings folder.
    QStandardPaths::setTestModeEnabled(true);
    RecentConnections::clear();
    qRegisterMetaType<RecordFormWindow *>();
}

void tst_MainWindow::cleanup()
{
    // Windows opened by a failed test must not linger into the next one.
    QList<QPointer<RecordFormWindow>> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *form = qobject_cast<RecordFormWindow *>(w))
            windows << form;
    }
    for (const QPointer<RecordFormWindow> &form : std::as_const(windows))
        delete form.data();
}

QString tst_MainWindow::createPeople(TestDatabase &db)
{
    const QString error = db.createVersionedTable(
        QStringLiteral("people"),
        {QStringLiteral("name VARCHAR(100) NOT NULL"), QStringLiteral("city VARCHAR(100)"),
         QStringLiteral("modified_by VARCHAR(80)"), QStringLiteral("modified_at TIMESTAMP")});
    if (!error.isEmpty())
        return error;
    return db.execAll({QStringLiteral("INSERT INTO people (name, city) VALUES ('Alice', 'Paris')"),
                       QStringLiteral("INSERT INTO people (name, city) VALUES ('Bob', 'Berlin')"),
                       QStringLiteral("INSERT INTO people (name, city) VALUES ('Alicia', 'Rome')")});
}

bool tst_MainWindow::saveAsOther(TestDatabase &db, int id, const QVariantMap &values,
                                 const QString &operatorName)
{
    VersionedTableModel model(nullptr, db.open());
    model.setOperatorName(operatorName);
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setTable(QStringLiteral("people"));
    if (!model.select())
        return false;
    const int row = rowOfId(&model, id);
    if (row < 0)
        return false;
    for (auto it = values.begin(); it != values.end(); ++it)
        model.setData(model.index(row, model.fieldIndex(it.key())), it.value());
    return model.submitAll();
}

int tst_MainWindow::rowOfId(VersionedTableModel *model, int id)
{
    const int column = model->fieldIndex(QStringLiteral("id"));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row, column)).toInt() == id)
            return row;
    }
    return -1;
}

QString tst_MainWindow::addPeople(TestDatabase &db, int count)
{
    return db.exec(QStringLiteral("INSERT INTO people (name, city) "
                                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                  "WHERE i < %1) SELECT 'P' || i, 'Town' FROM n")
                       .arg(count));
}

void tst_MainWindow::versionColumnIsNowhereInTheGrid()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();

    VersionedTableModel *model = window.browser()->model();
    QTableView *view = window.browser()->view();
    QCOMPARE(view->model(), model);
    // id, name, city, modified_by, modified_at: every column but the version.
    QCOMPARE(model->columnCount(), 5);
    QCOMPARE(view->horizontalHeader()->count(), 5);
    for (int c = 0; c < view->horizontalHeader()->count(); ++c) {
        const QString header = model->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(header.compare(QLatin1String("version"), Qt::CaseInsensitive) != 0,
                 qPrintable(header));
    }
    QVERIFY(model->versionColumnIndex() >= model->columnCount());
    QVERIFY(!model->index(0, model->versionColumnIndex()).isValid());
}

void tst_MainWindow::filterNarrowsRows()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("people")));
    browser.show();
    QCOMPARE(browser.model()->rowCount(), 3);
    QVERIFY(browser.filterEdit()->isEnabled());
    QCOMPARE(browser.filterEdit()->placeholderText(), QStringLiteral("Filter rows…"));

    // Typed, then applied after the pause: Alice and Alicia, any case.
    QTest::keyClicks(browser.filterEdit(), QStringLiteral("ALI"));
    QTRY_COMPARE(browser.model()->textFilter(), QStringLiteral("ALI"));
    QCOMPARE(browser.model()->rowCount(), 2);

    QTest::keyClicks(browser.filterEdit(), QStringLiteral("CIA"));
    QTRY_COMPARE(browser.model()->rowCount(), 1);
    const int name = browser.model()->fieldIndex(QStringLiteral("name"));
    QCOMPARE(browser.model()->data(browser.model()->index(0, name)).toString(),
             QStringLiteral("Alicia"));

    browser.filterEdit()->clear();
    QTRY_COMPARE(browser.model()->rowCount(), 3);
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

void tst_MainWindow::headerClickSortsTheRows()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("people")));
    browser.resize(800, 400);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    VersionedTableModel *model = browser.model();
    const int city = model->fieldIndex(QStringLiteral("city"));
    QHeaderView *header = browser.view()->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(city) + header->sectionSize(city) / 2,
                        header->height() / 2);

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    QTRY_COMPARE(browser.sortColumn(), city);
    QCOMPARE(model->data(model->index(0, city)).toString(), QStringLiteral("Berlin"));
    QCOMPARE(model->data(model->index(2, city)).toString(), QStringLiteral("Rome"));

    const Qt::SortOrder first = browser.sortOrder();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    QTRY_VERIFY(browser.sortOrder() != first);
    const QString top = model->data(model->index(0, city)).toString();
    QCOMPARE(top, first == Qt::AscendingOrder ? QStringLiteral("Rome") : QStringLiteral("Berlin"));
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

void tst_MainWindow::gridConflictOpensConflictDialog()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    VersionedTableModel *model = window.browser()->model();
    const int row = rowOfId(model, 1);

    // Someone else saves Alice's city after the grid loaded her.
    QVERIFY(saveAsOther(db, 1, {{QStringLiteral("city"), QStringLiteral("Lyon")}}));

    QString statusWhileOpen;
    ModalWatcher watcher([&](QWidget *modal) {
        statusWhileOpen = window.statusBar()->currentMessage();
        clickChild(modal, "cancelButton");
    });
    QLineEdit *editor = openEditor(window.browser()->view(),
                                   model->index(row, model->fieldIndex(QStringLiteral("city"))));
    QVERIFY(editor);
    editor->setText(QStringLiteral("Nice"));
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_VERIFY(watcher.seen());
    QCOMPARE(watcher.className(), QStringLiteral("concord::ConflictDialog"));
    QCOMPARE(statusWhileOpen, QStringLiteral("Conflict with a change by bob"));
    // Cancelled: the database keeps their value, the grid keeps my edit for another try.
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QCOMPARE(db.scalar(QStringLiteral("SELECT city FROM people WHERE id = 1")).toString(),
             QStringLiteral("Lyon"));
    QVERIFY(model->isDirty());
    QCOMPARE(model->data(model->index(row, model->fieldIndex(QStringLiteral("city")))).toString(),
             QStringLiteral("Nice"));
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Conflict not resolved")));
}

void tst_MainWindow::gridConflictMergedKeepsBothChanges()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    VersionedTableModel *model = window.browser()->model();
    const int row = rowOfId(model, 3);

    // They change the name, I change the city: no field conflicts, the merge takes both.
    QVERIFY(saveAsOther(db, 3, {{QStringLiteral("name"), QStringLiteral("Alicia M.")}}));
    ModalWatcher watcher([](QWidget *modal) { clickChild(modal, "saveMergedButton"); });
    QLineEdit *editor = openEditor(window.browser()->view(),
                                   model->index(row, model->fieldIndex(QStringLiteral("city"))));
    QVERIFY(editor);
    editor->setText(QStringLiteral("Milan"));
    // Leaving the row is what saves it under OnRowChange.
    window.browser()->view()->setCurrentIndex(model->index(row == 0 ? 1 : 0, 1));

    QTRY_VERIFY(watcher.seen());
    QCOMPARE(watcher.className(), QStringLiteral("concord::ConflictDialog"));
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT city FROM people WHERE id = 3")).toString(),
                 QStringLiteral("Milan"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM people WHERE id = 3")).toString(),
             QStringLiteral("Alicia M."));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM people WHERE id = 3")).toInt(), 3);
    QTRY_VERIFY(!model->isDirty());
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Conflict resolved")));
}

void tst_MainWindow::openingARecordTwiceGivesTwoIndependentWindows()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    TableBrowser *browser = window.browser();
    const int row = rowOfId(browser->model(), 2);

    QPointer<RecordFormWindow> first = browser->openRecordWindow(row);
    QPointer<RecordFormWindow> second = browser->openRecordWindow(row);
    QVERIFY(first && second);
    QVERIFY(first != second);
    QVERIFY(first->isVisible() && second->isVisible());
    QCOMPARE(browser->recordWindows().size(), 2);

    // Each on a connection of its own, neither the main one.
    const QString mainName = window.database().connectionName();
    const QString firstName = first->model()->database().connectionName();
    const QString secondName = second->model()->database().connectionName();
    QVERIFY(firstName != secondName);
    QVERIFY(firstName != mainName && secondName != mainName);

    // The same record in both, and an edit in one stays out of the other.
    const int city = first->model()->fieldIndex(QStringLiteral("city"));
    const QModelIndex a = first->model()->index(first->currentRow(), city);
    const QModelIndex b = second->model()->index(second->currentRow(), city);
    QCOMPARE(a.data().toString(), QStringLiteral("Berlin"));
    QCOMPARE(b.data().toString(), QStringLiteral("Berlin"));
    QVERIFY(first->model()->setData(a, QStringLiteral("Bonn")));
    QCOMPARE(b.data().toString(), QStringLiteral("Berlin"));
    QVERIFY(first->isDirty());
    QVERIFY(!second->isDirty());

    delete first;
    delete second;
    QCOMPARE(browser->recordWindows().size(), 0);
    // Their connections went with them.
    QVERIFY(!QSqlDatabase::contains(firstName));
    QVERIFY(!QSqlDatabase::contains(secondName));
}

void tst_MainWindow::doubleClickAndEnterOpenRecordWindows()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TableBrowser *browser = window.browser();
    QTableView *view = browser->view();
    QSignalSpy opened(browser, &TableBrowser::recordWindowOpened);

    const QModelIndex second = browser->model()->index(1, 1);
    // A real double-click starts with a press and release (QTest sends only the second click).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
    QTRY_COMPARE(opened.size(), 1);
    auto *byClick = opened.at(0).at(0).value<RecordFormWindow *>();
    QVERIFY(byClick);
    QCOMPARE(byClick->currentRow(), 1);

    view->setCurrentIndex(browser->model()->index(2, 1));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).at(0).value<RecordFormWindow *>()->currentRow(), 2);

    browser->openWindowAction()->trigger();
    QTRY_COMPARE(opened.size(), 3);
    QCOMPARE(browser->recordWindows().size(), 3);
    // No grid editor was opened on the way.
    QVERIFY(!browser->model()->isDirty());
    qDeleteAll(browser->recordWindows());
}

void tst_MainWindow::savingInARecordWindowRefreshesTheGrid()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    TableBrowser *browser = window.browser();
    const int row = rowOfId(browser->model(), 1);
    RecordFormWindow *form = browser->openRecordWindow(row);
    QVERIFY(form);
    const int city = form->model()->fieldIndex(QStringLiteral("city"));
    QVERIFY(form->model()->setData(form->model()->index(form->currentRow(), city),
                                   QStringLiteral("Marseille")));
    QVERIFY(form->save());

    const QModelIndex cell = browser->model()->index(row, city);
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("Marseille"));
    // The grid holds the new version, so its own next save is not a false conflict.
    QCOMPARE(browser->model()->rowVersion(row).toInt(), 2);
    delete form;
}

void tst_MainWindow::largeTableOpensWithoutFetchingEverything()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(addPeople(db, 2000), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    VersionedTableModel *model = window.browser()->model();
    // Only what the view needs is fetched; the rest stays in the database until scrolled to.
    // (QPSQL has no lazy fetching: it receives the whole result and knows its size at once.)
    if (!db.db().driver()->hasFeature(QSqlDriver::QuerySize)) {
        QVERIFY2(model->rowCount() < 2003, qPrintable(QString::number(model->rowCount())));
        QVERIFY(model->canFetchMore());
    }
    QVERIFY(window.browser()->view()->isVisible());

    // Filtering stays lazy too, and narrows to the matching rows.
    window.browser()->filterEdit()->setText(QStringLiteral("P1"));
    window.browser()->applyFilter();
    QVERIFY(model->rowCount() > 0);
    const int name = model->fieldIndex(QStringLiteral("name"));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->data(model->index(row, name)).toString().startsWith(QLatin1String("P1")));
}

void tst_MainWindow::savingInARecordWindowRefreshesALargeGrid()
{
    // Over 256 rows the grid's query is still being fetched lazily when the form saves: the
    // refresh must still see the new value.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(addPeople(db, 600), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    TableBrowser *browser = window.browser();
    if (!db.db().driver()->hasFeature(QSqlDriver::QuerySize))
        QVERIFY(browser->model()->canFetchMore());
    const int row = rowOfId(browser->model(), 2);
    QVERIFY(row >= 0);
    RecordFormWindow *form = browser->openRecordWindow(row);
    QVERIFY(form);
    const int city = form->model()->fieldIndex(QStringLiteral("city"));
    QVERIFY(form->model()->setData(form->model()->index(form->currentRow(), city),
                                   QStringLiteral("Potsdam")));
    QVERIFY(form->save());
    QTRY_COMPARE(browser->model()->index(row, city).data().toString(), QStringLiteral("Potsdam"));
    QCOMPARE(browser->model()->rowVersion(row).toInt(), 2);
    delete form;

    // And a row added elsewhere shows after a reload.
    QCOMPARE(db.exec(QStringLiteral("INSERT INTO people (name, city) VALUES ('Zoe', 'Oslo')")),
             QString());
    browser->reload();
    const int name = browser->model()->fieldIndex(QStringLiteral("name"));
    QHeaderView *header = browser->view()->horizontalHeader();
    header->setSortIndicator(browser->model()->fieldIndex(QStringLiteral("id")), Qt::DescendingOrder);
    QTRY_COMPARE(browser->model()->index(0, name).data().toString(), QStringLiteral("Zoe"));
}

void tst_MainWindow::tableWithoutPrimaryKeyShowsTheRefusal()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(db.execAll({QStringLiteral("DROP TABLE IF EXISTS loose"),
                         QStringLiteral("CREATE TABLE loose (name VARCHAR(50), "
                                        "version INTEGER NOT NULL DEFAULT 1)")}),
             QString());
    VersionedTableModel probe(nullptr, db.db());
    probe.setTable(QStringLiteral("loose"));
    QVERIFY(!probe.select());
    QCOMPARE(probe.lastFailure(), VersionedTableModel::FailureKind::TableRefused);
    const QString reason = probe.lastError().text();
    QVERIFY(!reason.isEmpty());

    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    window.show();
    QVERIFY(window.openTable(QStringLiteral("people")));
    QVERIFY(window.browser()->view()->isVisible());

    QVERIFY(!window.openTable(QStringLiteral("loose")));
    TableBrowser *browser = window.browser();
    QCOMPARE(browser->table(), QStringLiteral("loose"));
    QVERIFY2(browser->message().contains(reason), qPrintable(browser->message()));
    auto *label = browser->findChild<QLabel *>(QStringLiteral("browserMessage"));
    QVERIFY(label && label->isVisible());
    QVERIFY(!browser->view()->isVisible());
    QVERIFY(!browser->openWindowAction()->isEnabled());

    // And back to a good table: the grid returns.
    QVERIFY(window.openTable(QStringLiteral("people")));
    QVERIFY(browser->view()->isVisible());
    QVERIFY(browser->message().isEmpty());
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
    TestDatabase db(QStringLiteral("psql"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createPeople(db), QString());
    const QByteArray password = qgetenv("PGPASSWORD");
    if (password.isEmpty())
        QSKIP("the PostgreSQL server of this run has no password (PGPASSWORD is not set)");

    // Without PGPASSWORD libpq has no password to send: the window must ask for it.
    qunsetenv("PGPASSWORD");
    const auto restore = qScopeGuard([&] { qputenv("PGPASSWORD", password); });
    {
        QSqlError error;
        const QSqlDatabase probe = DatabaseConnector::open(db.spec(), {}, &error);
        if (probe.isValid()) {
            const QString name = probe.connectionName();
            DatabaseConnector::close(name);
            QSKIP("the server lets this user in without a password (trust authentication)");
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
        QVERIFY(window.openConnection(db.spec(), false));
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

void tst_MainWindow::missingFileIsExplainedAndNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo.sqlite"));
    MainWindow window(MainWindow::Persistence::Transient);
    window.show();
    ModalWatcher watcher([](QWidget *modal) { static_cast<QDialog *>(modal)->accept(); });
    QVERIFY(!window.openConnection(ConnectionSpec::sqlite(path)));
    QVERIFY(watcher.seen());
    QVERIFY2(watcher.text().contains(QLatin1String("does not exist")), qPrintable(watcher.text()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!window.hasConnection());
    QCOMPARE(window.windowTitle(), QStringLiteral("Concord"));
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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
