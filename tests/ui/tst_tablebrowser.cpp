// Tests for TableBrowser on SQLite and PostgreSQL, in the main window as users meet it: the hidden
// version column, the row filter, sorting, grid conflicts reaching the ConflictDialog, record
// windows (twice on one record, by key when rows moved or went, refreshing the grid), lazy
// fetching, refused tables and read-only tables (no primary key).
#include "browsertestsupport.h"
#include "conflictdialog.h"
#include "gridcelldelegate.h"
#include "mainwindow.h"
#include "recentconnections.h"
#include "recordformwindow.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/databaseconnector.h>
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
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {

// Runs `statements` on a connection of its own, as another operator would; returns the error
// text, or empty.
QString execAsOther(TestDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db.open());
    for (const QString &sql : statements) {
        if (!query.exec(sql))
            return sql + QLatin1String(": ") + query.lastError().text();
    }
    return {};
}

} // namespace

class tst_TableBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { deleteRecordWindows(); }

    void versionColumnIsNowhereInTheGrid_data() { TestDatabase::addBackendRows(); }
    void versionColumnIsNowhereInTheGrid();
    void filterNarrowsRows_data() { TestDatabase::addBackendRows(); }
    void filterNarrowsRows();
    void escapeClearsTheFilter_data() { TestDatabase::addBackendRows(); }
    void escapeClearsTheFilter();
    void filterWaitingForAnEditedRowIsAppliedOnRevert_data() { TestDatabase::addBackendRows(); }
    void filterWaitingForAnEditedRowIsAppliedOnRevert();
    void headerClickSortsTheRows_data() { TestDatabase::addBackendRows(); }
    void headerClickSortsTheRows();
    void ctrlEndReachesTheLastRow_data() { TestDatabase::addBackendRows(); }
    void ctrlEndReachesTheLastRow();
    void scrollBarTakenToTheEndReachesTheLastRow_data();
    void scrollBarTakenToTheEndReachesTheLastRow();
    void otherSaveUpdatesTheGridInPlace_data() { TestDatabase::addBackendRows(); }
    void otherSaveUpdatesTheGridInPlace();
    void gridConflictOpensConflictDialog_data() { TestDatabase::addBackendRows(); }
    void gridConflictOpensConflictDialog();
    void gridConflictMergedKeepsBothChanges_data() { TestDatabase::addBackendRows(); }
    void gridConflictMergedKeepsBothChanges();
    void openingARecordTwiceGivesTwoIndependentWindows_data() { TestDatabase::addBackendRows(); }
    void openingARecordTwiceGivesTwoIndependentWindows();
    void doubleClickAndEnterOpenRecordWindows_data() { TestDatabase::addBackendRows(); }
    void doubleClickAndEnterOpenRecordWindows();
    void recordWindowShowsTheGridsRecordAfterRowsMoved_data() { TestDatabase::addBackendRows(); }
    void recordWindowShowsTheGridsRecordAfterRowsMoved();
    void recordDeletedBeforeOpeningOpensNoWindow_data() { TestDatabase::addBackendRows(); }
    void recordDeletedBeforeOpeningOpensNoWindow();
    void savingInARecordWindowRefreshesTheGrid_data() { TestDatabase::addBackendRows(); }
    void savingInARecordWindowRefreshesTheGrid();
    void largeTableOpensWithoutFetchingEverything_data() { TestDatabase::addBackendRows(); }
    void largeTableOpensWithoutFetchingEverything();
    void savingInARecordWindowRefreshesALargeGrid_data() { TestDatabase::addBackendRows(); }
    void savingInARecordWindowRefreshesALargeGrid();
    void refusedTableShowsTheReason_data() { TestDatabase::addBackendRows(); }
    void refusedTableShowsTheReason();
    void tableWithoutPrimaryKeyOpensReadOnly_data() { TestDatabase::addBackendRows(); }
    void tableWithoutPrimaryKeyOpensReadOnly();
    void newRecordBecomesCurrentInEditMode_data() { TestDatabase::addBackendRows(); }
    void newRecordBecomesCurrentInEditMode();
    void incompleteNewRecordIsCheckedOnLeavingTheRow_data() { TestDatabase::addBackendRows(); }
    void incompleteNewRecordIsCheckedOnLeavingTheRow();
    void failureIsReadWholeUnderTheGridUntilItIsOver_data() { TestDatabase::addBackendRows(); }
    void failureIsReadWholeUnderTheGridUntilItIsOver();
    void filterSaysHowManyRowsMatch_data() { TestDatabase::addBackendRows(); }
    void filterSaysHowManyRowsMatch();
    void columnsFitValuesNotYetInView_data() { TestDatabase::addBackendRows(); }
    void columnsFitValuesNotYetInView();
    void gridShowsTimestampsInTheLocaleFormat_data() { TestDatabase::addBackendRows(); }
    void gridShowsTimestampsInTheLocaleFormat();
};

void tst_TableBrowser::initTestCase()
{
    useThrowawaySettings();
}

void tst_TableBrowser::versionColumnIsNowhereInTheGrid()
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

void tst_TableBrowser::filterNarrowsRows()
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

void tst_TableBrowser::escapeClearsTheFilter()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("people")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.filterEdit()->setFocus();
    QTest::keyClicks(browser.filterEdit(), QStringLiteral("ALI"));
    QTRY_COMPARE(browser.model()->rowCount(), 2);

    // Cleared and applied at once, without waiting for the typing pause.
    QTest::keyClick(browser.filterEdit(), Qt::Key_Escape);
    QCOMPARE(browser.filterEdit()->text(), QString());
    QCOMPARE(browser.model()->textFilter(), QString());
    QCOMPARE(browser.model()->rowCount(), 3);
}

void tst_TableBrowser::filterWaitingForAnEditedRowIsAppliedOnRevert()
{
    // A row whose save is refused holds the filter back ("applied once the edited record is
    // saved or reverted"); reverting it applies the filter (a tester saw it stay unapplied).
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("people")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    VersionedTableModel *model = browser.model();
    const int name = model->fieldIndex(QStringLiteral("name"));
    browser.view()->setCurrentIndex(model->index(1, name));
    QVERIFY(model->setData(model->index(1, name), QVariant())); // NOT NULL: refused at save
    QSignalSpy said(&browser, &TableBrowser::statusMessage);
    browser.filterEdit()->setFocus();
    QTest::keyClicks(browser.filterEdit(), QStringLiteral("ALI"));
    auto waits = [&] {
        for (const QList<QVariant> &args : std::as_const(said))
            if (args.value(0).toString().startsWith(QStringLiteral("The filter is applied once")))
                return true;
        return false;
    };
    QTRY_VERIFY(waits());
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(model->isDirty());
    browser.revertRowAction()->trigger();
    QTRY_COMPARE(model->textFilter(), QStringLiteral("ALI"));
    QCOMPARE(model->rowCount(), 2);
}

void tst_TableBrowser::headerClickSortsTheRows()
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

void tst_TableBrowser::ctrlEndReachesTheLastRow()
{
    // Issue 10, item 6: Ctrl+End goes to the table's last row, not the last one read so far.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(addPeople(db, 1300), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    QTableView *view = window.browser()->view();
    VersionedTableModel *model = window.browser()->model();
    view->setFocus();
    view->setCurrentIndex(model->index(0, 1));
    QVERIFY(model->canFetchMore());
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    const int total = db.scalar(QStringLiteral("SELECT COUNT(*) FROM people")).toInt();
    QCOMPARE(view->currentIndex().row(), total - 1);
    QCOMPARE(model->data(model->index(total - 1, model->fieldIndex(QStringLiteral("id")))),
             db.scalar(QStringLiteral("SELECT MAX(id) FROM people")));
    QCOMPARE(view->currentIndex().column(), 1);
}

void tst_TableBrowser::scrollBarTakenToTheEndReachesTheLastRow_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("drag");
    for (const QString &backend : TestDatabase::backends()) {
        QTest::newRow(qPrintable(backend + QStringLiteral(":drag"))) << backend << true;
        QTest::newRow(qPrintable(backend + QStringLiteral(":bottom"))) << backend << false;
    }
}

void tst_TableBrowser::scrollBarTakenToTheEndReachesTheLastRow()
{
    // Issue 10, item 6: the thumb dragged to the bottom and let go, or the scroll bar's own
    // "Bottom", shows the table's last row, not the 256th.
    QFETCH(bool, drag);
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(addPeople(db, 1300), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.resize(700, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.browser()->view();
    VersionedTableModel *model = window.browser()->model();
    view->setCurrentIndex(model->index(3, 1));
    QVERIFY(model->canFetchMore());
    QScrollBar *bar = view->verticalScrollBar();
    if (drag) {
        bar->setSliderDown(true);
        bar->setSliderPosition(bar->maximum());
        bar->setSliderDown(false);
    } else {
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
    }
    const int total = db.scalar(QStringLiteral("SELECT COUNT(*) FROM people")).toInt();
    QTRY_COMPARE(model->rowCount(), total);
    QVERIFY(!model->canFetchMore());
    QTRY_COMPARE(bar->value(), bar->maximum());
    const int id = model->fieldIndex(QStringLiteral("id"));
    QCOMPARE(model->data(model->index(total - 1, id)),
             db.scalar(QStringLiteral("SELECT MAX(id) FROM people")));
    QVERIFY(view->rowAt(view->viewport()->height() - 2) >= total - 2);
    // Scrolling moves the view, not the cursor.
    QCOMPARE(view->currentIndex().row(), 3);
}

void tst_TableBrowser::otherSaveUpdatesTheGridInPlace()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(addPeople(db, 200), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.resize(700, 400);
    window.show();
    QTableView *view = window.browser()->view();
    VersionedTableModel *model = window.browser()->model();
    const int city = model->fieldIndex(QStringLiteral("city"));
    const int name = model->fieldIndex(QStringLiteral("name"));
    view->scrollTo(model->index(40, 0), QAbstractItemView::PositionAtTop);
    const int scrolled = view->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    const int row = rowOfId(model, 45);
    view->selectRow(row);
    QLineEdit *editor = openEditor(view, model->index(row, city));
    QVERIFY(editor);
    editor->setText(QStringLiteral("Typed, not saved"));
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    QVERIFY(!selected.isEmpty());
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    // Another window saves a record shown above, and the one being edited.
    QVERIFY(saveAsOther(db, 44, {{QStringLiteral("city"), QStringLiteral("Lyon")}}));
    QVERIFY(saveAsOther(db, 45, {{QStringLiteral("name"), QStringLiteral("Renamed")}}));
    const int above = rowOfId(model, 44);
    QTRY_COMPARE(model->data(model->index(above, city)).toString(), QStringLiteral("Lyon"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(view->verticalScrollBar()->value(), scrolled);
    QCOMPARE(view->currentIndex().row(), row);
    QCOMPARE(view->selectionModel()->selectedIndexes(), selected);
    // The edited row keeps the text being typed, the editor stays open, and it is marked.
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("Typed, not saved"));
    QVERIFY(model->isChangedElsewhere(row));
    QCOMPARE(model->data(model->index(row, name)).toString(), QStringLiteral("P42"));
}

void tst_TableBrowser::gridConflictOpensConflictDialog()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    VersionedTableModel *model = window.browser()->model();
    // The other writer stands for a program the grid does not hear of before saving (how it
    // hears of one: otherSaveUpdatesTheGridInPlace).
    model->setLiveUpdates(false);
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

void tst_TableBrowser::gridConflictMergedKeepsBothChanges()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    VersionedTableModel *model = window.browser()->model();
    model->setLiveUpdates(false); // a program the grid does not hear of, as above
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

void tst_TableBrowser::openingARecordTwiceGivesTwoIndependentWindows()
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

void tst_TableBrowser::doubleClickAndEnterOpenRecordWindows()
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

void tst_TableBrowser::recordWindowShowsTheGridsRecordAfterRowsMoved()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("people")));
    browser.show();
    VersionedTableModel *model = browser.model();
    const int name = model->fieldIndex(QStringLiteral("name"));
    browser.view()->horizontalHeader()->setSortIndicator(name, Qt::AscendingOrder);
    QTRY_COMPARE(browser.sortColumn(), name);
    // Alice, Alicia, Bob: Bob (id 2) is the grid's third row.
    const int row = rowOfId(model, 2);
    QCOMPARE(row, 2);

    // Meanwhile someone adds two people who sort first and deletes Alice; the grid is not
    // refreshed, so its row 2 still shows Bob while the table's third row is Alicia now.
    QCOMPARE(execAsOther(db,
                         {QStringLiteral("INSERT INTO people (name, city) VALUES ('Aaron', 'Oslo')"),
                          QStringLiteral("INSERT INTO people (name, city) VALUES ('Abe', 'Riga')"),
                          QStringLiteral("DELETE FROM people WHERE id = 1")}),
             QString());
    QCOMPARE(model->index(row, name).data().toString(), QStringLiteral("Bob"));

    RecordFormWindow *form = browser.openRecordWindow(row);
    QVERIFY(form);
    VersionedTableModel *formModel = form->model();
    const int id = formModel->fieldIndex(QStringLiteral("id"));
    QCOMPARE(formModel->index(form->currentRow(), id).data().toInt(), 2);
    QCOMPARE(formModel->index(form->currentRow(), name).data().toString(), QStringLiteral("Bob"));
    QCOMPARE(form->key().value(QStringLiteral("id")).toInt(), 2);
    QCOMPARE(form->currentRow(), 3); // Aaron, Abe, Alicia, Bob: in the grid's order
    QVERIFY2(form->windowTitle().startsWith(QStringLiteral("Bob — people #2")),
             qPrintable(form->windowTitle()));
    // Previous follows the grid's order from there.
    form->previous();
    QCOMPARE(formModel->index(form->currentRow(), name).data().toString(),
             QStringLiteral("Alicia"));
    delete form; // before the test database goes, with the window's connection
}

void tst_TableBrowser::recordDeletedBeforeOpeningOpensNoWindow()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("people")));
    browser.show();
    QSignalSpy opened(&browser, &TableBrowser::recordWindowOpened);
    QSignalSpy status(&browser, &TableBrowser::statusMessage);
    const int row = rowOfId(browser.model(), 2);
    QVERIFY(row >= 0);

    // Someone deletes Bob before the window opens; the grid still shows him at `row`, and
    // another record now sits at that position in the table.
    QCOMPARE(execAsOther(db, {QStringLiteral("DELETE FROM people WHERE id = 2")}), QString());

    QVERIFY(!browser.openRecordWindow(row));
    QCOMPARE(opened.size(), 0);
    QVERIFY(browser.recordWindows().isEmpty());
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<RecordFormWindow *>(w), "no window on another record");
    QVERIFY(!status.isEmpty());
    const QString text = status.last().at(0).toString();
    QVERIFY2(text.contains(QLatin1String("people #2")) && text.contains(QLatin1String("deleted")),
             qPrintable(text));
}

void tst_TableBrowser::savingInARecordWindowRefreshesTheGrid()
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

void tst_TableBrowser::largeTableOpensWithoutFetchingEverything()
{
    // More rows than PostgreSQL's first page (1,024), so fetching is lazy on both backends.
    constexpr int total = 3003;
    constexpr int firstPage = 1024;
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(addPeople(db, total - 3), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TableBrowser *browser = window.browser();
    VersionedTableModel *model = browser->model();
    // Only what the view needs is fetched; the rest stays in the database until scrolled to
    // (SQLite steps its cursor, PostgreSQL results come in growing pages).
    QVERIFY2(model->rowCount() <= firstPage, qPrintable(QString::number(model->rowCount())));
    QVERIFY(model->canFetchMore());
    QVERIFY(browser->view()->isVisible());
    // Scrolling to the end brings every row, each once.
    browser->view()->scrollToBottom();
    while (model->canFetchMore())
        model->fetchMore();
    QCOMPARE(model->rowCount(), total);

    // A record past the first page opens by its key, though someone deleted a row before it
    // meanwhile: the window pages as far as it must and shows the grid's record, one row up.
    const int row = 1500;
    const int idColumn = model->fieldIndex(QStringLiteral("id"));
    const int name = model->fieldIndex(QStringLiteral("name"));
    const int id = model->index(row, idColumn).data().toInt();
    const QString shown = model->index(row, name).data().toString();
    QCOMPARE(execAsOther(db, {QStringLiteral("DELETE FROM people WHERE id = 5")}), QString());
    RecordFormWindow *form = browser->openRecordWindow(row);
    QVERIFY(form);
    QVERIFY2(form->model()->rowCount() > firstPage,
             qPrintable(QString::number(form->model()->rowCount())));
    QCOMPARE(form->currentRow(), row - 1);
    QCOMPARE(form->model()->index(form->currentRow(), idColumn).data().toInt(), id);
    QCOMPARE(form->model()->index(form->currentRow(), name).data().toString(), shown);
    delete form;

    // Filtering stays lazy too, and narrows to the matching rows.
    browser->filterEdit()->setText(QStringLiteral("P1"));
    browser->applyFilter();
    QVERIFY(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->data(model->index(r, name)).toString().startsWith(QLatin1String("P1")));
}

void tst_TableBrowser::savingInARecordWindowRefreshesALargeGrid()
{
    // Past SQLite's 256 rows and PostgreSQL's first page of 1,024, the grid's query is still
    // being fetched lazily when the form saves: the refresh must still see the new value.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(addPeople(db, 3000), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    TableBrowser *browser = window.browser();
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

void tst_TableBrowser::refusedTableShowsTheReason()
{
    // A version column that is not an integer cannot be counted up exactly: refused.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(db.execAll({QStringLiteral("DROP TABLE IF EXISTS loose"),
                         QStringLiteral("CREATE TABLE loose (id INTEGER PRIMARY KEY, "
                                        "name VARCHAR(50), version REAL NOT NULL DEFAULT 1)")}),
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
    QVERIFY(browser->conflictDetectionText().isEmpty());

    // And back to a good table: the grid returns.
    QVERIFY(window.openTable(QStringLiteral("people")));
    QVERIFY(browser->view()->isVisible());
    QVERIFY(browser->message().isEmpty());
}

void tst_TableBrowser::tableWithoutPrimaryKeyOpensReadOnly()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(db.execAll({QStringLiteral("DROP TABLE IF EXISTS loose"),
                         QStringLiteral("CREATE TABLE loose (name VARCHAR(50), qty INTEGER)"),
                         QStringLiteral("INSERT INTO loose (name, qty) VALUES ('nail', 1)"),
                         QStringLiteral("INSERT INTO loose (name, qty) VALUES ('nail', 1)")}),
             QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    window.show();

    QVERIFY2(window.openTable(QStringLiteral("loose")), qPrintable(window.browser()->message()));
    TableBrowser *browser = window.browser();
    VersionedTableModel *model = browser->model();
    QVERIFY(browser->view()->isVisible());
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(model->isReadOnly());
    QVERIFY(!model->readOnlyReason().isEmpty());
    // One line above the rows says why, instead of a page with no rows.
    auto *label = browser->findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
    QVERIFY(label && label->isVisible());
    QVERIFY2(browser->readOnlyText().contains(model->readOnlyReason()),
             qPrintable(browser->readOnlyText()));

    // Nothing edits, inserts, deletes or opens a window; reading and copying still work.
    QVERIFY(browser->view()->currentIndex().isValid());
    QVERIFY(!browser->newRowAction()->isEnabled());
    QVERIFY(!browser->deleteRowAction()->isEnabled());
    QVERIFY(!browser->saveRowAction()->isEnabled());
    QVERIFY(!browser->revertRowAction()->isEnabled());
    QVERIFY(!browser->openWindowAction()->isEnabled());
    QVERIFY(browser->copyAction()->isEnabled());
    QVERIFY(browser->reloadAction()->isEnabled());
    browser->view()->setFocus();
    QTest::keyClick(browser->view(), Qt::Key_F2);
    QTest::keyClicks(browser->view(), QStringLiteral("x"));
    const auto editors = browser->view()->viewport()->findChildren<QLineEdit *>();
    for (const QLineEdit *editor : editors)
        QVERIFY2(!editor->isVisible(), "no in-place editor opens");
    QVERIFY(!model->isDirty());
    QTest::keyClick(browser->view(), Qt::Key_Return);
    QVERIFY(browser->recordWindows().isEmpty());
    QCOMPARE(window.conflictDetectionLabel()->text(), QStringLiteral("Conflict detection: read-only"));

    // Back to a table with a key: editable again, and the line goes.
    QVERIFY(window.openTable(QStringLiteral("people")));
    QVERIFY(label->isHidden());
    QVERIFY(browser->readOnlyText().isEmpty());
    QVERIFY(browser->newRowAction()->isEnabled());
}

void tst_TableBrowser::newRecordBecomesCurrentInEditMode()
{
    // Issue 10, item 3: Ctrl+N puts the cursor on the new row, its first editable cell open.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.browser()->view();
    VersionedTableModel *model = window.browser()->model();
    view->setFocus();
    view->setCurrentIndex(model->index(2, model->fieldIndex(QStringLiteral("city"))));
    window.statusBar()->clearMessage();

    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), 4);
    const int name = model->fieldIndex(QStringLiteral("name"));
    QTRY_COMPARE(view->currentIndex(), model->index(0, name)); // id is filled in by the database
    // In edit mode: the focus is in a cell editor inside the grid.
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())
                && view->viewport()->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(!window.statusBar()->currentMessage().contains(QLatin1String("empty")));
    QVERIFY(!window.statusBar()->currentMessage().contains(QLatin1String("required")));
    QVERIFY(model->isDirty());

    // Typing goes into the new record, and leaving the row saves it.
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Dora"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->data(model->index(0, name)).toString(), QStringLiteral("Dora"));
    QTest::keyClick(view, Qt::Key_Down);
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE name = 'Dora'")).toInt(), 1);
    QTRY_VERIFY(!model->isDirty());
}

void tst_TableBrowser::failureIsReadWholeUnderTheGridUntilItIsOver()
{
    // Issue 20 C.10: the status bar cut a refused save's message off ("...Fix th") and was the
    // grid's only place for it; and a message about one table must not stay on another.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(db.createVersionedTable(QStringLiteral("codes"),
                                     {QStringLiteral("code VARCHAR(10) NOT NULL UNIQUE"),
                                      QStringLiteral("note VARCHAR(40)")}),
             QString());
    QCOMPARE(db.execAll({QStringLiteral("INSERT INTO codes (code, note) VALUES ('A1', 'x')"),
                         QStringLiteral("INSERT INTO codes (code, note) VALUES ('B2', 'y')")}),
             QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("codes")));
    window.resize(520, 420);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TableBrowser *browser = window.browser();
    // Found by name, as a user finds it: under the grid, not in the status bar.
    auto *bar = browser->findChild<QFrame *>(QStringLiteral("messageBar"));
    QVERIFY2(bar, "no message area under the grid");
    auto *label = bar->findChild<QLabel *>(QStringLiteral("messageText"));
    QVERIFY(label);
    QVERIFY(bar->isHidden());
    QTableView *view = browser->view();
    VersionedTableModel *model = browser->model();
    const int code = model->fieldIndex(QStringLiteral("code"));

    // B2 becomes A1: the database refuses it when the row is left.
    view->setFocus();
    QLineEdit *editor = openEditor(view, model->index(1, code));
    QVERIFY(editor);
    editor->setText(QStringLiteral("A1"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->data(model->index(1, code)).toString(), QStringLiteral("A1"));
    QTest::keyClick(view, Qt::Key_Up);
    QTRY_VERIFY(bar->isVisible());
    const QString text = label->text();
    QVERIFY2(text.contains(QLatin1String("must be unique")), qPrintable(text));
    QVERIFY2(text.endsWith(QLatin1String("Fix the value or revert the record.")), qPrintable(text));
    // Whole: wrapped onto as many lines as it needs, inside the window.
    QVERIFY(label->wordWrap());
    QTRY_VERIFY(label->height() >= label->heightForWidth(label->width()));
    QVERIFY(bar->geometry().right() <= browser->width());
    QVERIFY(label->fontMetrics().horizontalAdvance(text) > label->width()); // it needs the wrap
    QCOMPARE(db.scalar(QStringLiteral("SELECT code FROM codes WHERE note = 'y'")).toString(),
             QStringLiteral("B2"));

    // Reverting the row ends the problem, and the message with it.
    view->setFocus();
    view->setCurrentIndex(model->index(1, code));
    browser->revertRowAction()->trigger();
    QVERIFY(bar->isHidden());

    // A refusal that leaves the row clean; then another table: the message goes.
    editor = openEditor(view, model->index(0, code));
    QVERIFY(editor);
    editor->clear();
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("is required")), qPrintable(label->text()));
    QVERIFY(window.openTable(QStringLiteral("people")));
    QVERIFY(bar->isHidden());
}

void tst_TableBrowser::incompleteNewRecordIsCheckedOnLeavingTheRow()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.browser()->view();
    VersionedTableModel *model = window.browser()->model();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    // In edit mode: the focus is in a cell editor inside the grid.
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())
                && view->viewport()->isAncestorOf(QApplication::focusWidget()));
    // Nothing typed into name; moving within the row checks nothing yet.
    const int city = model->fieldIndex(QStringLiteral("city"));
    QLineEdit *cityEditor = openEditor(view, model->index(0, city));
    QVERIFY(cityEditor);
    cityEditor->setText(QStringLiteral("Oslo"));
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(!window.statusBar()->currentMessage().contains(QLatin1String("empty")));
    QTest::keyClick(cityEditor, Qt::Key_Tab);
    QTRY_COMPARE(model->data(model->index(0, city)).toString(), QStringLiteral("Oslo"));

    // Leaving the row is when the record is checked: name is required, nothing is written. The
    // message names the column as its header does.
    QTest::keyClick(view, Qt::Key_Down);
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Name of people")),
                 qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM people")).toInt(), 3);
    QVERIFY(model->isDirty());
    QCOMPARE(model->data(model->index(0, city)).toString(), QStringLiteral("Oslo"));
}

void tst_TableBrowser::filterSaysHowManyRowsMatch()
{
    // Issue 10, item 14: Ctrl+F goes to the filter, and the status bar gives the count.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(addPeople(db, 300), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.browser()->view()->setFocus();
    QTest::keyClick(window.browser()->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), window.browser()->filterEdit());
    QTest::keyClicks(window.browser()->filterEdit(), QStringLiteral("P1"));
    QTest::keyClick(window.browser()->filterEdit(), Qt::Key_Return);
    // P1, P10-P19, P100-P199: 111 rows, more than one fetch on PostgreSQL's side.
    QTRY_COMPARE(window.statusBar()->currentMessage(), QStringLiteral("111 rows contain “P1”"));
    QTest::keyClicks(window.browser()->filterEdit(), QStringLiteral("99"));
    QTest::keyClick(window.browser()->filterEdit(), Qt::Key_Return);
    QTRY_COMPARE(window.statusBar()->currentMessage(), QStringLiteral("1 row contains “P199”"));
}

void tst_TableBrowser::columnsFitValuesNotYetInView()
{
    // Issue 10, item 8: the id column is sized on the first ids in view; a seven-digit id and a
    // timestamp further down must not be cut ("1,2…").
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(addPeople(db, 400), QString());
    QCOMPARE(db.exec(QStringLiteral("INSERT INTO people (id, name, modified_at) "
                                    "VALUES (1234567, 'Last', '2026-12-28 23:58:58')")),
             QString());
    MainWindow window(MainWindow::Persistence::Transient);
    QVERIFY(window.openConnection(db.spec(), false));
    QVERIFY(window.openTable(QStringLiteral("people")));
    window.resize(1200, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.browser()->view();
    VersionedTableModel *model = window.browser()->model();
    while (model->canFetchMore())
        model->fetchMore();
    const int last = model->rowCount() - 1;
    for (const char *column : {"id", "modified_at"}) {
        const QModelIndex index = model->index(last, model->fieldIndex(QLatin1String(column)));
        QVERIFY(!index.data().isNull());
        const int needed = static_cast<QAbstractItemView *>(view)->sizeHintForIndex(index).width();
        QVERIFY2(view->columnWidth(index.column()) >= needed,
                 qPrintable(QStringLiteral("%1: %2 < %3 for %4")
                                .arg(QLatin1String(column)).arg(view->columnWidth(index.column()))
                                .arg(needed).arg(index.data().toString())));
    }
}

// The grid delegate's display text, as the view asks for it when painting.
class DelegateProbe : public GridCellDelegate
{
public:
    QString shownText(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        option.locale = QLocale();
        initStyleOption(&option, index);
        return option.text;
    }
};

void tst_TableBrowser::gridShowsTimestampsInTheLocaleFormat()
{
    // Issue 10, item 5: SQLite's text timestamps are shown as PostgreSQL's are, in the locale's
    // short format; other text is left alone.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QCOMPARE(db.exec(QStringLiteral("UPDATE people SET modified_at = '2026-12-28 23:58:58', "
                                    "city = '2026-01-02 03:04' WHERE id = 1")),
             QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("people")));
    VersionedTableModel *model = browser.model();
    DelegateProbe probe;
    probe.setColumns(db.db().record(QStringLiteral("people")), model->record(), db.isSqlite());
    const QModelIndex at = model->index(0, model->fieldIndex(QStringLiteral("modified_at")));
    const QString expected =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat);
    QCOMPARE(probe.shownText(at), expected);
    QVERIFY(qobject_cast<GridCellDelegate *>(browser.view()->itemDelegate()));
    // A VARCHAR holding timestamp-like text on PostgreSQL is text, shown as stored.
    if (!db.isSqlite()) {
        const QModelIndex city = model->index(0, model->fieldIndex(QStringLiteral("city")));
        QCOMPARE(probe.shownText(city), QStringLiteral("2026-01-02 03:04"));
    }
}

QTEST_MAIN(tst_TableBrowser)
#include "tst_tablebrowser.moc"
