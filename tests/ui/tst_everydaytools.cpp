// Tests for the editor's everyday tools, in the main window as users meet them, on SQLite and
// PostgreSQL: views listed apart and read-only, F5 reading the table list again, the record count
// beside a filter that stays in view at 790 px, a new SQLite file after a confirmation, the
// keyboard shortcut list, and what each table remembers (size, widths, sort, hidden columns).
#include "browsertestsupport.h"
#include "gridcelldelegate.h"
#include "mainwindow.h"
#include "recordformwindow.h"
#include "shortcutdialog.h"
#include "shortcutlist.h"
#include "tablebrowser.h"
#include "tablelist.h"
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolTip>
#include <QTreeWidget>
#include <QtTest>

using namespace concord;
using namespace concord::test;

class tst_EverydayTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        useThrowawaySettings();
        QSettings(QStringLiteral("Concord"), QStringLiteral("Concord")).remove(QStringLiteral("tables"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup() { deleteRecordWindows(); }

    void missingFileIsCreatedOnlyAfterConfirmation();
    void viewsAreListedAndOpenReadOnly_data() { TestDatabase::addBackendRows(); }
    void viewsAreListedAndOpenReadOnly();
    void f5RefreshesTheTableList_data() { TestDatabase::addBackendRows(); }
    void f5RefreshesTheTableList();
    void recordCountIsAlwaysShown_data() { TestDatabase::addBackendRows(); }
    void recordCountIsAlwaysShown();
    void filterStaysInViewAt790Pixels();
    void keyboardShortcutsListEveryMenuKey();
    void eachTableRemembersItsSortColumnsAndWindowSize_data() { TestDatabase::addBackendRows(); }
    void eachTableRemembersItsSortColumnsAndWindowSize();
    void recordsWithoutNameAreNamedByWhatPeopleRecognise_data() { TestDatabase::addBackendRows(); }
    void recordsWithoutNameAreNamedByWhatPeopleRecognise();
    void equalNamesAreToldApartInTheGrid_data() { TestDatabase::addBackendRows(); }
    void equalNamesAreToldApartInTheGrid();
};

void tst_EverydayTools::missingFileIsCreatedOnlyAfterConfirmation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    MainWindow window(MainWindow::Persistence::Transient);
    window.show();
    {
        // Cancel: a typo creates nothing.
        ModalWatcher watcher([](QWidget *modal) { clickChild(modal, "cancelCreateDatabaseButton"); });
        QVERIFY(!window.openConnection(ConnectionSpec::sqlite(path)));
        QCOMPARE(watcher.count(), 1);
        QVERIFY2(watcher.text().contains(QLatin1String("Create a new database")),
                 qPrintable(watcher.text()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!window.hasConnection());
        QCOMPARE(window.windowTitle(), QStringLiteral("Concord"));
    }
    // Create: a new, empty database, open at once.
    ModalWatcher watcher([](QWidget *modal) { clickChild(modal, "createDatabaseButton"); });
    QVERIFY(window.openConnection(ConnectionSpec::sqlite(path)));
    QCOMPARE(watcher.count(), 1);
    QVERIFY(QFile::exists(path));
    QVERIFY(window.hasConnection());
    QCOMPARE(window.connectionSpec().path(), path);
    QCOMPARE(window.tableList()->count(), 0);
    QVERIFY(window.browser()->message().contains(QLatin1String("no tables")));
}

void tst_EverydayTools::viewsAreListedAndOpenReadOnly()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(db.exec(QStringLiteral("CREATE VIEW people_in_paris AS SELECT id, name FROM people "
                                    "WHERE city = 'Paris'")),
             QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    TableList *list = window.tableList();
    QVERIFY(list->itemOf(QStringLiteral("people_in_paris")));
    QVERIFY(list->isView(QStringLiteral("people_in_paris")));
    QVERIFY(!list->isView(QStringLiteral("people")));
    // Listed after the tables, under a heading that cannot be chosen.
    QVERIFY(list->row(list->itemOf(QStringLiteral("people_in_paris")))
            > list->row(list->itemOf(QStringLiteral("people"))));
    QVERIFY(list->itemOf(QStringLiteral("people_in_paris"))->toolTip().contains(QLatin1String("read-only")));

    list->setCurrentItem(list->itemOf(QStringLiteral("people_in_paris")));
    QCOMPARE(window.browser()->table(), QStringLiteral("people_in_paris"));
    QCOMPARE(window.browser()->model()->rowCount(), 1);
    QVERIFY2(window.browser()->readOnlyText().contains(QLatin1String("is a view")),
             qPrintable(window.browser()->readOnlyText()));
    QVERIFY(!window.browser()->newRowAction()->isEnabled());
    QVERIFY(!window.enableConflictDetectionAction()->isEnabled()
            || window.browser()->conflictDetectionToolTip().contains(QLatin1String("view")));

    // Typing in a cell opens no editor, and the database keeps its value.
    QTableView *grid = window.browser()->view();
    VersionedTableModel *model = window.browser()->model();
    grid->setFocus();
    grid->setCurrentIndex(model->index(0, model->fieldIndex(QStringLiteral("name"))));
    QTest::keyClicks(grid, QStringLiteral("Zed"));
    QTest::keyClick(grid, Qt::Key_Return);
    QVERIFY(!window.browser()->commitPendingRow() || !model->isDirty());
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM people WHERE city = 'Paris'")).toString(),
             QStringLiteral("Alice"));
    deleteRecordWindows();
}

void tst_EverydayTools::f5RefreshesTheTableList()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.tableList()->itemOf(QStringLiteral("latecomers")));

    // Another program creates a table and a view while the editor runs.
    QCOMPARE(db.createVersionedTable(QStringLiteral("latecomers"), {QStringLiteral("note VARCHAR(20)")}),
             QString());
    QCOMPARE(db.exec(QStringLiteral("CREATE VIEW late_view AS SELECT id FROM latecomers")), QString());
    window.browser()->view()->setFocus();
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY(window.tableList()->itemOf(QStringLiteral("latecomers")));
    QVERIFY(window.tableList()->isView(QStringLiteral("late_view")));
    // The open table stays open and chosen.
    QCOMPARE(window.browser()->table(), QStringLiteral("people"));
    QCOMPARE(window.tableList()->currentName(), QStringLiteral("people"));

    // Also from an empty database, where no grid is shown.
    TestDatabase other(QStringLiteral("sqlite"));
    QVERIFY(window.openConnection(other.spec(), false));
    QVERIFY(window.browser()->message().contains(QLatin1String("no tables")));
    QCOMPARE(other.createVersionedTable(QStringLiteral("first_one"), {QStringLiteral("note VARCHAR(20)")}),
             QString());
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE(window.browser()->table(), QStringLiteral("first_one"));
}

void tst_EverydayTools::recordCountIsAlwaysShown()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(addPeople(db, 1197), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    QLabel *count = window.browser()->recordCountLabel();
    QVERIFY(count->isVisible());
    // All of them, though the grid has read only its first page.
    QCOMPARE(count->text(), QStringLiteral("1,200 records"));

    QLineEdit *filter = window.browser()->filterEdit();
    QTest::keyClicks(filter, QStringLiteral("P119"));
    QTRY_COMPARE(count->text(), QStringLiteral("9 of 1,200 match"));
    QTest::keyClick(filter, Qt::Key_7);
    QTRY_COMPARE(count->text(), QStringLiteral("1 of 1,200 matches"));
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_COMPARE(count->text(), QStringLiteral("1,200 records"));

    // Another table, and a German locale's digit grouping.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
    QCOMPARE(db.createVersionedTable(QStringLiteral("single"), {QStringLiteral("note VARCHAR(20)")}),
             QString());
    QCOMPARE(db.exec(QStringLiteral("INSERT INTO single (note) VALUES ('only')")), QString());
    window.refreshTableList();
    QVERIFY(window.openTable(QStringLiteral("single")));
    QCOMPARE(count->text(), QStringLiteral("1 record"));
    QVERIFY(window.openTable(QStringLiteral("people")));
    QCOMPARE(count->text(), QStringLiteral("1.200 records"));
}

void tst_EverydayTools::filterStaysInViewAt790Pixels()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.resize(790, 560);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLineEdit *filter = window.browser()->filterEdit();
    QLabel *count = window.browser()->recordCountLabel();
    for (QWidget *w : {static_cast<QWidget *>(filter), static_cast<QWidget *>(count)}) {
        QVERIFY(w->isVisible());
        const QRect inWindow(w->mapTo(&window, QPoint(0, 0)), w->size());
        QVERIFY2(window.rect().contains(inWindow), w->metaObject()->className());
    }
    QVERIFY(filter->width() >= 150);
    window.grab().save(QDir::temp().filePath(QStringLiteral("concord-main-790.png")));
}

void tst_EverydayTools::keyboardShortcutsListEveryMenuKey()
{
    MainWindow window(MainWindow::Persistence::Transient);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction *help = window.findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
    QVERIFY(help);
    // It is in the Help menu, and F1 opens it.
    QMenu *helpMenu = window.menuBar()->actions().constLast()->menu();
    QVERIFY(helpMenu && helpMenu->actions().contains(help));

    QStringList rows;
    ModalWatcher watcher([&rows](QWidget *modal) {
        auto *dialog = qobject_cast<ShortcutDialog *>(modal);
        QVERIFY(dialog);
        QTreeWidget *tree = dialog->tree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                const QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
                rows << tree->topLevelItem(g)->text(0) + QLatin1Char('|') + item->text(0)
                            + QLatin1Char('|') + item->text(1);
            }
        }
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(watcher.seen());
    QCOMPARE(watcher.className(), QStringLiteral("concord::ShortcutDialog"));

    // Every key of every menu is listed with its action's name, from the menus themselves.
    int menuKeys = 0;
    const auto check = [&](const QMenu *menu, const QString &group, auto &&self) -> void {
        for (const QAction *action : menu->actions()) {
            if (action->menu()) {
                self(action->menu(), group, self);
                continue;
            }
            for (const QKeySequence &key : action->shortcuts()) {
                ++menuKeys;
                const QString text = key.toString(QKeySequence::NativeText);
                bool found = false;
                for (const QString &row : std::as_const(rows)) {
                    const QStringList parts = row.split(QLatin1Char('|'));
                    found = found
                        || (parts.value(0) == group
                            && parts.value(1) == ShortcutList::plainText(action->text())
                            && parts.value(2).split(QStringLiteral(", ")).contains(text));
                }
                QVERIFY2(found, qPrintable(group + QLatin1Char(' ') + action->text() + QLatin1Char(' ') + text));
            }
        }
    };
    for (const QAction *top : window.menuBar()->actions())
        check(top->menu(), ShortcutList::plainText(top->text()), check);
    QVERIFY(menuKeys >= 10);
    // And the keys no menu holds.
    const QString rowsText = rows.join(QLatin1Char('\n'));
    QVERIFY2(rowsText.contains(QLatin1String("Edit the current cell|F2")), qPrintable(rowsText));
    QVERIFY2(rowsText.contains(QLatin1String("Ctrl+End")), qPrintable(rowsText));
    QVERIFY2(rowsText.contains(QLatin1String("Keyboard Shortcuts|F1")), qPrintable(rowsText));
}

namespace {

int columnOf(TableBrowser *browser, const char *name)
{
    return browser->model()->fieldIndex(QLatin1String(name));
}

// Chooses `label` in the column chooser, as a click in the header's context menu does.
void toggleColumn(TableBrowser *browser, const QString &label)
{
    QMenu *menu = browser->columnsMenu();
    emit menu->aboutToShow();
    for (QAction *action : menu->actions()) {
        if (action->text() == label) {
            action->trigger();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no column %1 in the chooser").arg(label)));
}

} // namespace

void tst_EverydayTools::eachTableRemembersItsSortColumnsAndWindowSize()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(db.createVersionedTable(QStringLiteral("animals"), {QStringLiteral("kind VARCHAR(40)")}),
             QString());
    {
        MainWindow window(MainWindow::Persistence::Settings);
        window.setDraftDirectory(QString());
        QVERIFY(window.openConnection(db.spec(), false));
        QVERIFY(window.openTable(QStringLiteral("people")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TableBrowser *browser = window.browser();
        QHeaderView *header = browser->view()->horizontalHeader();

        // A click on the Name header sorts by it, a second click turns the order round.
        const int name = columnOf(browser, "name");
        const QPoint onName(header->sectionViewportPosition(name) + 5, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onName);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onName);
        QCOMPARE(browser->sortColumn(), name);
        QCOMPARE(browser->sortOrder(), Qt::DescendingOrder);
        header->resizeSection(columnOf(browser, "city"), 222);
        toggleColumn(browser, QStringLiteral("Modified by"));
        QVERIFY(header->isSectionHidden(columnOf(browser, "modified_by")));

        // Away to another table and back: as it was left.
        QVERIFY(window.openTable(QStringLiteral("animals")));
        QVERIFY(window.openTable(QStringLiteral("people")));
        QCOMPARE(browser->sortColumn(), name);
        QCOMPARE(browser->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(browser->model()->index(0, name).data().toString(), QStringLiteral("Bob"));

        RecordFormWindow *form = browser->openRecordWindow(0);
        QVERIFY(form);
        form->resize(640, 470);
        QVERIFY(form->close());
        window.close();
    }
    // A new session: the same table of the same database opens as it was left.
    MainWindow window(MainWindow::Persistence::Settings);
    window.setDraftDirectory(QString());
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    TableBrowser *browser = window.browser();
    QHeaderView *header = browser->view()->horizontalHeader();
    QCOMPARE(browser->sortColumn(), columnOf(browser, "name"));
    QCOMPARE(header->sortIndicatorSection(), columnOf(browser, "name"));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(browser->model()->index(0, columnOf(browser, "name")).data().toString(),
             QStringLiteral("Bob"));
    QCOMPARE(header->sectionSize(columnOf(browser, "city")), 222);
    QVERIFY(header->isSectionHidden(columnOf(browser, "modified_by")));
    RecordFormWindow *form = browser->openRecordWindow(0);
    QVERIFY(form);
    QCOMPARE(form->size(), QSize(640, 470));
    // The other table kept its own (default) state.
    QVERIFY(window.openTable(QStringLiteral("animals")));
    QCOMPARE(browser->sortColumn(), columnOf(browser, "id"));
    for (int c = 0; c < browser->model()->columnCount(); ++c)
        QVERIFY(!header->isSectionHidden(c));
    // Shown back through the chooser.
    QVERIFY(window.openTable(QStringLiteral("people")));
    toggleColumn(browser, QStringLiteral("Modified by"));
    QVERIFY(!header->isSectionHidden(columnOf(browser, "modified_by")));
}

void tst_EverydayTools::recordsWithoutNameAreNamedByWhatPeopleRecognise()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(db.createVersionedTable(QStringLiteral("customers"), {QStringLiteral("name VARCHAR(80)")}),
             QString());
    QCOMPARE(db.createVersionedTable(QStringLiteral("orders"),
                                     {QStringLiteral("customer_id INTEGER REFERENCES customers(id)"),
                                      QStringLiteral("ordered_at TIMESTAMP"),
                                      QStringLiteral("status VARCHAR(20)")}),
             QString());
    QCOMPARE(db.createVersionedTable(QStringLiteral("order_lines"),
                                     {QStringLiteral("order_id INTEGER REFERENCES orders(id)"),
                                      QStringLiteral("quantity INTEGER")}),
             QString());
    QCOMPARE(db.execAll({QStringLiteral("INSERT INTO customers (name) VALUES ('Ana Jesus')"),
                         QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status) "
                                        "VALUES (1, '2024-03-30 08:36:06', 'new')"),
                         QStringLiteral("INSERT INTO order_lines (order_id, quantity) VALUES (1, 2)")}),
             QString());
    const QString expected = QStringLiteral("Order #1 \u00b7 Ana Jesus \u00b7 ")
        + QLocale().toString(QDate(2024, 3, 30), QLocale::ShortFormat);

    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("order_lines")));
    window.show();
    TableBrowser *browser = window.browser();
    auto *cells = qobject_cast<GridCellDelegate *>(browser->view()->itemDelegate());
    QVERIFY(cells);
    const QModelIndex order = browser->model()->index(0, browser->model()->fieldIndex(QStringLiteral("order_id")));
    // Not the ISO time stamp, which names nothing a person recognises.
    QCOMPARE(cells->cellOption(order).text, expected);

    // The order's own window is titled the same way.
    QVERIFY(window.openTable(QStringLiteral("orders")));
    RecordFormWindow *form = browser->openRecordWindow(0);
    QVERIFY(form);
    QVERIFY2(form->windowTitle().startsWith(expected + QStringLiteral("[*]")), qPrintable(form->windowTitle()));
}

void tst_EverydayTools::equalNamesAreToldApartInTheGrid()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(db.createVersionedTable(QStringLiteral("customers"),
                                     {QStringLiteral("name VARCHAR(80)"), QStringLiteral("city VARCHAR(80)")}),
             QString());
    QCOMPARE(db.createVersionedTable(QStringLiteral("orders"),
                                     {QStringLiteral("customer_id INTEGER REFERENCES customers(id)")}),
             QString());
    QCOMPARE(db.execAll({QStringLiteral("INSERT INTO customers (name, city) VALUES ('Anna Weber', 'Bonn')"),
                         QStringLiteral("INSERT INTO customers (name, city) VALUES ('Anna Weber', 'Kiel')"),
                         QStringLiteral("INSERT INTO orders (customer_id) VALUES (1)"),
                         QStringLiteral("INSERT INTO orders (customer_id) VALUES (2)")}),
             QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QTableView *view = browser.view();
    auto *cells = qobject_cast<GridCellDelegate *>(view->itemDelegate());
    const int customer = browser.model()->fieldIndex(QStringLiteral("customer_id"));
    const QModelIndex first = browser.model()->index(0, customer);
    const QModelIndex second = browser.model()->index(1, customer);
    QCOMPARE(cells->cellOption(first).text, cells->cellOption(second).text);

    // The cell's tooltip names the second column.
    const auto toolTipOf = [view](const QModelIndex &index) {
        const QPoint at = view->visualRect(index).center();
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &help);
        return QToolTip::text();
    };
    QTRY_COMPARE(toolTipOf(first), QStringLiteral("Anna Weber \u2014 Bonn"));
    QTRY_COMPARE(toolTipOf(second), QStringLiteral("Anna Weber \u2014 Kiel"));
}

QTEST_MAIN(tst_EverydayTools)
#include "tst_everydaytools.moc"
