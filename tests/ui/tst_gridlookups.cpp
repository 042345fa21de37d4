// Tests for lookups in the grid and the form on SQLite and PostgreSQL: names instead of foreign
// keys, type-ahead that stores the key, a 100,000-row referenced table that is never read whole,
// CHECK lists as combo boxes, and booleans as check boxes that edit the row.
#include "browsertestsupport.h"
#include "choicecombo.h"
#include "editorchoice.h"
#include "gridcelldelegate.h"
#include "gridlookups.h"
#include "lookupcombo.h"
#include "formtestsupport.h"
#include "recordformwindow.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/tablepreparer.h>
#include <concord/versionedtablemodel.h>

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStyle>
#include <QStatusBar>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {

// customers: Anna Weber (Lyon), Bert Brown (Graz), Anna Weber (Graz); orders 1-3 of them.
QString createShop(TestDatabase &db)
{
    QString error = db.createVersionedTable(
        QStringLiteral("customers"),
        {QStringLiteral("name VARCHAR(100) NOT NULL"), QStringLiteral("city VARCHAR(80)")});
    if (error.isEmpty())
        error = db.createVersionedTable(
            QStringLiteral("orders"),
            {QStringLiteral("customer_id INTEGER NOT NULL REFERENCES customers(id)"),
             QStringLiteral("status VARCHAR(20) CHECK (status IN ('open', 'paid', 'shipped'))"),
             QStringLiteral("settled BOOLEAN NOT NULL DEFAULT FALSE"),
             QStringLiteral("note VARCHAR(40)")});
    if (!error.isEmpty())
        return error;
    return db.execAll({
        QStringLiteral("INSERT INTO customers (name, city) VALUES ('Anna Weber', 'Lyon')"),
        QStringLiteral("INSERT INTO customers (name, city) VALUES ('Bert Brown', 'Graz')"),
        QStringLiteral("INSERT INTO customers (name, city) VALUES ('Anna Weber', 'Graz')"),
        QStringLiteral("INSERT INTO orders (customer_id, status, settled) VALUES (1, 'open', FALSE)"),
        QStringLiteral("INSERT INTO orders (customer_id, status, settled) VALUES (2, 'paid', TRUE)"),
        QStringLiteral("INSERT INTO orders (customer_id, status, settled) VALUES (3, NULL, FALSE)"),
    });
}

// The key press a user's Enter is: to the list of names found when it is open, else to the
// focused editor.
void pressEnter(QWidget *editor)
{
    QWidget *popup = QApplication::activePopupWidget();
    QTest::keyClick(popup ? popup : editor, Qt::Key_Return);
}

int customerOfOrder1(TestDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE id = 1")).toInt();
}

GridCellDelegate *cellsOf(TableBrowser &browser)
{
    return qobject_cast<GridCellDelegate *>(browser.view()->itemDelegate());
}

QModelIndex cell(TableBrowser &browser, int id, const char *column)
{
    VersionedTableModel *model = browser.model();
    return model->index(rowOfId(model, id), model->fieldIndex(QLatin1String(column)));
}

template <typename Editor>
Editor *openCellEditor(TableBrowser &browser, const QModelIndex &index)
{
    browser.view()->setCurrentIndex(index);
    browser.view()->edit(index);
    const auto editors = browser.view()->viewport()->findChildren<Editor *>();
    for (Editor *editor : editors) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

} // namespace

class tst_GridLookups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useThrowawaySettings(); }
    void cleanup() { deleteRecordWindows(); }

    void gridShowsNamesOfForeignKeys_data() { TestDatabase::addBackendRows(); }
    void gridShowsNamesOfForeignKeys();
    void lookupColumnSortsAndFiltersByName();
    void namesFollowRenamesByOthers_data() { TestDatabase::addBackendRows(); }
    void namesFollowRenamesByOthers();
    void typeAheadInTheGridStoresTheKey_data() { TestDatabase::addBackendRows(); }
    void typeAheadInTheGridStoresTheKey();
    void enterOnTheSearchPopupSavesTheCell();
    void savingTheRowClosesTheSearchPopup_data() { TestDatabase::addBackendRows(); }
    void savingTheRowClosesTheSearchPopup();
    void savingTheFormClosesTheSearchPopup_data() { TestDatabase::addBackendRows(); }
    void savingTheFormClosesTheSearchPopup();
    void equalNamesCarryTheirCity_data() { TestDatabase::addBackendRows(); }
    void equalNamesCarryTheirCity();
    void deletingAReferencedCustomerSaysWhoRefersToIt_data() { TestDatabase::addBackendRows(); }
    void deletingAReferencedCustomerSaysWhoRefersToIt();
    void hugeReferencedTableIsNeverReadWhole_data() { TestDatabase::addBackendRows(); }
    void hugeReferencedTableIsNeverReadWhole();
    void checkListIsAComboInGridAndForm_data() { TestDatabase::addBackendRows(); }
    void checkListIsAComboInGridAndForm();
    void booleansAreCheckBoxesThatEditTheRow_data() { TestDatabase::addBackendRows(); }
    void booleansAreCheckBoxesThatEditTheRow();
    void gridKeepsANameThatMatchesNothing_data() { TestDatabase::addBackendRows(); }
    void gridKeepsANameThatMatchesNothing();
    void gridAsksToChooseAmongSeveralMatches_data() { TestDatabase::addBackendRows(); }
    void gridAsksToChooseAmongSeveralMatches();
    void formAsksToChooseAmongSeveralMatches_data() { TestDatabase::addBackendRows(); }
    void formAsksToChooseAmongSeveralMatches();
};

void tst_GridLookups::gridShowsNamesOfForeignKeys()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.show();
    GridCellDelegate *cells = cellsOf(browser);
    QVERIFY(cells);
    QCOMPARE(cells->cellOption(cell(browser, 1, "customer_id")).text, QStringLiteral("Anna Weber"));
    QCOMPARE(cells->cellOption(cell(browser, 2, "customer_id")).text, QStringLiteral("Bert Brown"));
    // The model keeps the key: only the painting shows the name.
    QCOMPARE(cell(browser, 2, "customer_id").data().toInt(), 2);
    // One query named the three rows' keys.
    QCOMPARE(cells->lookups()->keysRead(), 3);
    // The header reads as the form's label; its tooltip keeps the column's name.
    const int customer = browser.model()->fieldIndex(QStringLiteral("customer_id"));
    QCOMPARE(browser.model()->headerData(customer, Qt::Horizontal).toString(),
             QStringLiteral("Customer"));
    QCOMPARE(browser.model()->headerData(customer, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("customer_id"));

    // A rename by another operator shows after a reload.
    QCOMPARE(db.exec(QStringLiteral("UPDATE customers SET name = 'Bert Braun' WHERE id = 2")),
             QString());
    browser.reload();
    QCOMPARE(cells->cellOption(cell(browser, 2, "customer_id")).text, QStringLiteral("Bert Braun"));
}

void tst_GridLookups::lookupColumnSortsAndFiltersByName()
{
    // What the operator reads is what sorting and the filter go by: a click on the customer
    // header puts Anna's orders before Bert's, and "bert" finds Bert's order.
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createShop(db), QString());
    QCOMPARE(db.exec(QStringLiteral("UPDATE customers SET name = 'Zora Weber' WHERE id = 1")),
             QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.show();
    VersionedTableModel *model = browser.model();
    browser.view()->horizontalHeader()->setSortIndicator(
        model->fieldIndex(QStringLiteral("customer_id")), Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << cellsOf(browser)->cellOption(model->index(row, model->fieldIndex(QStringLiteral("customer_id")))).text;
    QCOMPARE(shown, QStringList({"Anna Weber", "Bert Brown", "Zora Weber"}));

    browser.filterEdit()->setText(QStringLiteral("bert"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toInt(), 2);
}

void tst_GridLookups::namesFollowRenamesByOthers()
{
    // A customer renamed by another program shows under its new name in the orders grid without
    // a Reload: PostgreSQL's notification names the record, SQLite's poll only says that another
    // connection committed.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    if (!db.isSqlite()) {
        // The notify trigger that tells other processes, as --prepare installs it.
        const TablePreparer::Report report =
            TablePreparer::prepare(db.db(), QStringLiteral("customers"));
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.show();
    GridCellDelegate *cells = cellsOf(browser);
    QCOMPARE(cells->cellOption(cell(browser, 2, "customer_id")).text, QStringLiteral("Bert Brown"));

    QSqlQuery other(db.open());
    QVERIFY2(other.exec(QStringLiteral(
                 "UPDATE customers SET name = 'Bert Braun', version = version + 1 WHERE id = 2")),
             qPrintable(other.lastError().text()));
    QTRY_COMPARE(cells->cellOption(cell(browser, 2, "customer_id")).text,
                 QStringLiteral("Bert Braun"));
    QCOMPARE(cells->cellOption(cell(browser, 1, "customer_id")).text, QStringLiteral("Anna Weber"));
}

void tst_GridLookups::typeAheadInTheGridStoresTheKey()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));

    auto *combo = openCellEditor<LookupCombo>(browser, cell(browser, 1, "customer_id"));
    QVERIFY2(combo, "a foreign-key cell edits through a lookup combo");
    QCOMPARE(combo->key().toInt(), 1);
    QSignalSpy searched(combo, &LookupCombo::searched);
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("bert"));
    QVERIFY(searched.wait());
    QCOMPARE(searched.last().at(0).toString(), QStringLiteral("bert"));
    QCOMPARE(searched.last().at(1).toInt(), 1);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(cell(browser, 1, "customer_id").data().toInt(), 2);
    QVERIFY(browser.commitPendingRow());
    QCOMPARE(db.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE id = 1")).toInt(), 2);
    QCOMPARE(cellsOf(browser)->cellOption(cell(browser, 1, "customer_id")).text,
             QStringLiteral("Bert Brown"));
}

void tst_GridLookups::enterOnTheSearchPopupSavesTheCell()
{
    // The popup of names found takes Enter for itself; in the grid that Enter is also the end of
    // the edit, as it is in any other cell: one Enter picks, writes and saves the row.
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));

    auto *combo = openCellEditor<LookupCombo>(browser, cell(browser, 1, "customer_id"));
    QVERIFY(combo);
    QTRY_VERIFY(combo->lineEdit()->hasFocus());
    QSignalSpy searched(combo, &LookupCombo::searched);
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("bert"));
    QVERIFY(searched.wait());
    QAbstractItemView *popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE id = 1")).toInt(), 2);
    QVERIFY(!browser.model()->isDirty());
    QTRY_VERIFY(browser.view()->viewport()->findChildren<LookupCombo *>().isEmpty());
}

void tst_GridLookups::savingTheRowClosesTheSearchPopup()
{
    // Ctrl+S while the names found are listed: the row is saved with the name typed, and the
    // list goes with the cell editor (it stayed open, over the grid, on a real X server).
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));

    auto *combo = openCellEditor<LookupCombo>(browser, cell(browser, 1, "customer_id"));
    QVERIFY(combo);
    QTRY_VERIFY(combo->lineEdit()->hasFocus());
    QSignalSpy searched(combo, &LookupCombo::searched);
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("bert"));
    QVERIFY(searched.wait());
    QPointer<QAbstractItemView> popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());

    QTest::keySequence(popup->window(), QKeySequence::Save);
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE id = 1")).toInt(), 2);
    QVERIFY(!browser.model()->isDirty());
    QVERIFY2(popup.isNull() || !popup->isVisible(), "the search popup outlives the saved edit");
    QTRY_VERIFY(browser.view()->viewport()->findChildren<LookupCombo *>().isEmpty());
    QVERIFY(popup.isNull() || !popup->isVisible());
}

void tst_GridLookups::savingTheFormClosesTheSearchPopup()
{
    // The same in a record window: Ctrl+S takes the name typed, and its list closes.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    RecordFormWindow *form = browser.openRecordWindow(rowOfId(browser.model(), 1));
    QVERIFY(form);
    form->show();
    form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(form));
    auto *combo = qobject_cast<LookupCombo *>(form->editorFor(QStringLiteral("customer_id")));
    QVERIFY(combo);
    combo->lineEdit()->setFocus();
    QTRY_VERIFY(combo->lineEdit()->hasFocus());
    combo->lineEdit()->selectAll();
    QSignalSpy searched(combo, &LookupCombo::searched);
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("bert"));
    QVERIFY(searched.wait());
    QAbstractItemView *popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());

    QTest::keySequence(popup->window(), QKeySequence::Save);
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE id = 1")).toInt(), 2);
    QVERIFY2(!popup->isVisible(), "the search popup outlives the saved edit");
    QCOMPARE(combo->currentText(), QStringLiteral("Bert Brown"));
    form->close();
}

void tst_GridLookups::equalNamesCarryTheirCity()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.show();
    auto *combo = openCellEditor<LookupCombo>(browser, cell(browser, 3, "customer_id"));
    QVERIFY(combo);
    QVERIFY(combo->findText(QStringLiteral("Anna Weber — Lyon")) >= 0);
    QVERIFY(combo->findText(QStringLiteral("Anna Weber — Graz")) >= 0);
    QCOMPARE(combo->findText(QStringLiteral("Bert Brown")) >= 0, true);
    QCOMPARE(combo->currentText(), QStringLiteral("Anna Weber — Graz"));
    QCOMPARE(combo->key().toInt(), 3);
}

void tst_GridLookups::deletingAReferencedCustomerSaysWhoRefersToIt()
{
    // Issue 10, bug 1, in the grid: a customer with an order is not deleted, the message says
    // who refers to it and speaks of the delete, and the row is shown as it was, not as deleted.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("customers")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QSignalSpy messages(&browser, &TableBrowser::statusMessage);
    VersionedTableModel *model = browser.model();
    const int row = rowOfId(model, 2);
    browser.view()->setCurrentIndex(model->index(row, model->fieldIndex(QStringLiteral("name"))));
    {
        ModalAnswer yes(QStringLiteral("deleteRecordBox"), clickRole(QMessageBox::DestructiveRole));
        browser.deleteRowAction()->trigger();
        QVERIFY(yes.answered());
    }
    QVERIFY(!messages.isEmpty());
    const QString text = messages.last().at(0).toString();
    QVERIFY2(text.contains(QLatin1String("1 row of orders refers to this record of customers")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Nothing was deleted")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("edit")) && !text.contains(QLatin1String("Not saved"))
                 && !text.contains(QLatin1String("Fix the value")),
             qPrintable(text));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = 2")).toInt(), 1);
    // Still shown with its values, clean: nothing waits to be saved or reverted.
    QVERIFY(!model->isDirty());
    QCOMPARE(model->rowState(rowOfId(model, 2)), VersionedTableModel::RowState::Clean);
    QCOMPARE(cell(browser, 2, "name").data().toString(), QStringLiteral("Bert Brown"));

    // A customer no order refers to goes at once.
    QCOMPARE(db.exec(QStringLiteral("DELETE FROM orders WHERE customer_id = 2")), QString());
    browser.view()->setCurrentIndex(model->index(rowOfId(model, 2), 0));
    {
        ModalAnswer yes(QStringLiteral("deleteRecordBox"), clickRole(QMessageBox::DestructiveRole));
        browser.deleteRowAction()->trigger();
        QVERIFY(yes.answered());
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = 2")).toInt(), 0);
    QCOMPARE(rowOfId(model, 2), -1);
}

void tst_GridLookups::hugeReferencedTableIsNeverReadWhole()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    QCOMPARE(db.exec(QStringLiteral("DELETE FROM orders")), QString());
    QCOMPARE(db.exec(QStringLiteral("DELETE FROM customers")), QString());
    // 100,000 customers in one statement; 300 orders spread over them.
    QCOMPARE(db.insertSeries(QStringLiteral("customers"),
                             {QStringLiteral("name"), QStringLiteral("city")},
                             {QStringLiteral("'Customer ' || x"), QStringLiteral("'Town ' || (x % 97)")},
                             100000),
             QString());
    const int firstId = db.scalar(QStringLiteral("SELECT MIN(id) FROM customers")).toInt();
    QCOMPARE(db.insertSeries(QStringLiteral("orders"), {QStringLiteral("customer_id")},
                             {QStringLiteral("%1 + x * 300").arg(firstId - 1)}, 300),
             QString());

    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.resize(900, 500);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    GridCellDelegate *cells = cellsOf(browser);
    const int firstOrder = browser.model()->data(browser.model()->index(0, 0)).toInt();
    QCOMPARE(cells->cellOption(cell(browser, firstOrder, "customer_id")).text,
             QStringLiteral("Customer 300"));
    QTRY_VERIFY(cells->lookups()->keysRead() > 0);
    QVERIFY2(cells->lookups()->keysRead() <= 300, "names are read for loaded rows only");

    auto *combo = openCellEditor<LookupCombo>(browser, cell(browser, firstOrder, "customer_id"));
    QVERIFY(combo);
    QVERIFY2(combo->count() <= LookupCombo::defaultLimit + 1,
             qPrintable(QString::number(combo->count())));
    QSignalSpy searched(combo, &LookupCombo::searched);
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("customer 99871"));
    QVERIFY(searched.wait());
    QCOMPARE(searched.last().at(1).toInt(), 1);
    QVERIFY(combo->count() <= LookupCombo::defaultLimit + 1);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    const QVariant wanted = db.scalar(QStringLiteral("SELECT id FROM customers WHERE name = 'Customer 99871'"));
    QTRY_COMPARE(cell(browser, firstOrder, "customer_id").data().toString(), wanted.toString());
    QVERIFY(browser.commitPendingRow());
    QCOMPARE(db.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE id = %1").arg(firstOrder))
                 .toString(),
             wanted.toString());

    // The record form's combo is the same bounded one.
    RecordFormWindow *window = browser.openRecordWindow(rowOfId(browser.model(), firstOrder));
    QVERIFY(window);
    auto *formCombo = qobject_cast<LookupCombo *>(window->editorFor(QStringLiteral("customer_id")));
    QVERIFY(formCombo);
    QVERIFY(formCombo->count() <= LookupCombo::defaultLimit + 1);
    QCOMPARE(formCombo->currentText(), QStringLiteral("Customer 99871"));
    // Closed before the database is dropped, which would cut its connection.
    deleteRecordWindows();
}

void tst_GridLookups::checkListIsAComboInGridAndForm()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));

    auto *combo = openCellEditor<ChoiceCombo>(browser, cell(browser, 1, "status"));
    QVERIFY2(combo, "a CHECK list column edits through a combo");
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    QCOMPARE(items, QStringList({QStringLiteral("(none)"), QStringLiteral("open"),
                                 QStringLiteral("paid"), QStringLiteral("shipped")}));
    QCOMPARE(combo->currentText(), QStringLiteral("open"));
    // The column has room for the combo and its widest choice: nothing of it is cut.
    const int status = browser.model()->fieldIndex(QStringLiteral("status"));
    QVERIFY2(browser.view()->columnWidth(status) >= combo->sizeHint().width(),
             qPrintable(QStringLiteral("column %1 px, combo %2 px")
                            .arg(browser.view()->columnWidth(status))
                            .arg(combo->sizeHint().width())));
    QVERIFY(combo->width() >= combo->sizeHint().width());
    // Narrowed by hand, the column still opens the combo at its own width.
    browser.view()->setColumnWidth(status, 30);
    combo = openCellEditor<ChoiceCombo>(browser, cell(browser, 2, "status"));
    QVERIFY(combo);
    QVERIFY2(combo->width() >= combo->sizeHint().width(),
             qPrintable(QStringLiteral("%1 < %2").arg(combo->width()).arg(combo->sizeHint().width())));
    combo = openCellEditor<ChoiceCombo>(browser, cell(browser, 1, "status"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findText(QStringLiteral("shipped")));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(cell(browser, 1, "status").data().toString(), QStringLiteral("shipped"));
    QVERIFY(browser.commitPendingRow());
    QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM orders WHERE id = 1")).toString(),
             QStringLiteral("shipped"));

    // "(none)" is NULL in this nullable column.
    combo = openCellEditor<ChoiceCombo>(browser, cell(browser, 1, "status"));
    QVERIFY(combo);
    combo->setCurrentIndex(0);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(cell(browser, 1, "status").data().isNull());
    QVERIFY(browser.commitPendingRow());
    QVERIFY(db.scalar(QStringLiteral("SELECT status FROM orders WHERE id = 1")).isNull());

    RecordFormWindow *window = browser.openRecordWindow(rowOfId(browser.model(), 2));
    QVERIFY(window);
    auto *field = qobject_cast<ChoiceCombo *>(window->editorFor(QStringLiteral("status")));
    QVERIFY2(field, "and in the form");
    QCOMPARE(field->currentText(), QStringLiteral("paid"));
    field->setCurrentIndex(field->findText(QStringLiteral("open")));
    QVERIFY(window->save());
    QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM orders WHERE id = 2")).toString(),
             QStringLiteral("open"));
    deleteRecordWindows();
}

void tst_GridLookups::booleansAreCheckBoxesThatEditTheRow()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.resize(900, 400);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    GridCellDelegate *cells = cellsOf(browser);
    QTableView *view = browser.view();

    const QStyleOptionViewItem settled = cells->cellOption(cell(browser, 2, "settled"));
    QVERIFY(settled.features & QStyleOptionViewItem::HasCheckIndicator);
    QCOMPARE(settled.checkState, Qt::Checked);
    QVERIFY2(settled.text.isEmpty(), qPrintable(settled.text)); // no "1" or "true" beside it
    QCOMPARE(cells->cellOption(cell(browser, 1, "settled")).checkState, Qt::Unchecked);

    // Space toggles the current cell: an edit of the row, saved as any other.
    view->setFocus();
    view->setCurrentIndex(cell(browser, 1, "settled"));
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(EditorChoice::isTrue(cell(browser, 1, "settled").data()));
    QVERIFY(browser.model()->isDirty(cell(browser, 1, "settled")));
    QCOMPARE(cells->cellOption(cell(browser, 1, "settled")).checkState, Qt::Checked);
    QVERIFY(browser.commitPendingRow());
    QVERIFY(EditorChoice::isTrue(db.scalar(QStringLiteral("SELECT settled FROM orders WHERE id = 1"))));

    // A click on the box toggles it back.
    const QModelIndex index = cell(browser, 1, "settled");
    QStyleOptionViewItem option = cells->cellOption(index);
    const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    QVERIFY(!box.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    QVERIFY(!EditorChoice::isTrue(cell(browser, 1, "settled").data()));
    QVERIFY(browser.model()->isDirty(cell(browser, 1, "settled")));
    QVERIFY(browser.commitPendingRow());
    QVERIFY(!EditorChoice::isTrue(db.scalar(QStringLiteral("SELECT settled FROM orders WHERE id = 1"))));
    // Typing on a boolean cell opens no text editor.
    view->setCurrentIndex(cell(browser, 2, "settled"));
    QTest::keyClick(view, Qt::Key_A);
    QVERIFY(!view->viewport()->findChild<QLineEdit *>());
}

// F2, "Nobody Xyz", Enter: the cell went back to the old customer without a word. The editor
// stays open on the text and says nothing matches; nothing is stored.
void tst_GridLookups::gridKeepsANameThatMatchesNothing()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));

    QPointer<LookupCombo> combo = openCellEditor<LookupCombo>(browser, cell(browser, 1, "customer_id"));
    QVERIFY(combo);
    QTRY_VERIFY(combo->lineEdit()->hasFocus());
    QToolTip::hideText();
    QTest::keyClicks(combo, QStringLiteral("Nobody Xyz"));
    pressEnter(combo);
    QVERIFY(combo && combo->isVisible());
    QCOMPARE(combo->lineEdit()->text(), QStringLiteral("Nobody Xyz"));
    QTRY_VERIFY2(QToolTip::text().contains(QLatin1String("Nothing in"))
                     && QToolTip::text().contains(QStringLiteral("“Nobody Xyz”")),
                 qPrintable(QToolTip::text()));
    QCOMPARE(cell(browser, 1, "customer_id").data(Qt::EditRole).toInt(), 1);
    QTest::keyClick(combo, Qt::Key_Escape);
    QTRY_VERIFY(!combo || !combo->isVisible());
    QVERIFY(browser.commitPendingRow());
    QCOMPARE(customerOfOrder1(db), 1);
}

// "Ana J" matches Ana Jesus and Ana Jones: Enter or Ctrl+S stored the first. Enter keeps the text
// and asks to choose; Ctrl+S stores nothing.
void tst_GridLookups::gridAsksToChooseAmongSeveralMatches()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    QCOMPARE(db.execAll({
                 QStringLiteral("INSERT INTO customers (name, city) VALUES ('Ana Jesus', 'Porto')"),
                 QStringLiteral("INSERT INTO customers (name, city) VALUES ('Ana Jones', 'Leeds')"),
             }),
             QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));

    QPointer<LookupCombo> combo = openCellEditor<LookupCombo>(browser, cell(browser, 1, "customer_id"));
    QVERIFY(combo);
    QTRY_VERIFY(combo->lineEdit()->hasFocus());
    QToolTip::hideText();
    QSignalSpy searched(combo, &LookupCombo::searched);
    QTest::keyClicks(combo, QStringLiteral("Ana J"));
    QVERIFY(searched.wait());
    pressEnter(combo);
    QVERIFY(combo && combo->isVisible());
    QCOMPARE(combo->lineEdit()->text(), QStringLiteral("Ana J"));
    QTRY_VERIFY2(QToolTip::text().contains(QLatin1String("2 entries"))
                     && QToolTip::text().contains(QStringLiteral("“Ana J”")),
                 qPrintable(QToolTip::text()));
    QCOMPARE(cell(browser, 1, "customer_id").data(Qt::EditRole).toInt(), 1);

    // Ctrl+S with the text still there: no customer is picked for the user.
    QTest::keySequence(QApplication::activePopupWidget() ? QApplication::activePopupWidget()->window()
                                                         : combo->window(),
                       QKeySequence::Save);
    QTRY_VERIFY(!combo || !combo->isVisible());
    QCOMPARE(cell(browser, 1, "customer_id").data(Qt::EditRole).toInt(), 1);
    QVERIFY(browser.commitPendingRow());
    QCOMPARE(customerOfOrder1(db), 1);

    // A whole name is a choice.
    combo = openCellEditor<LookupCombo>(browser, cell(browser, 1, "customer_id"));
    QVERIFY(combo);
    QTRY_VERIFY(combo->lineEdit()->hasFocus());
    QTest::keyClicks(combo, QStringLiteral("Ana Jones"));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(cell(browser, 1, "customer_id").data(Qt::EditRole).toInt(), 5);
    QVERIFY(browser.commitPendingRow());
    QCOMPARE(customerOfOrder1(db), 5);
}

// "Maja Nil" in the form matched three customers, two listed alike as "Maja Nilsson — Stockholm",
// and Save stored the first. Save is refused, asking to choose; the list tells the two apart.
void tst_GridLookups::formAsksToChooseAmongSeveralMatches()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    QCOMPARE(db.execAll({
                 QStringLiteral("INSERT INTO customers (name, city) VALUES ('Maja Nilsson', 'Stockholm')"),
                 QStringLiteral("INSERT INTO customers (name, city) VALUES ('Maja Nilsson', 'Stockholm')"),
                 QStringLiteral("INSERT INTO customers (name, city) VALUES ('Maja Nilsen', 'Oslo')"),
             }),
             QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    RecordFormWindow *form = browser.openRecordWindow(rowOfId(browser.model(), 1));
    QVERIFY(form);
    form->show();
    form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(form));
    auto *combo = qobject_cast<LookupCombo *>(form->editorFor(QStringLiteral("customer_id")));
    QVERIFY(combo);

    QStringList labels;
    for (int i = 0; i < combo->count(); ++i)
        labels << combo->itemText(i);
    QVERIFY2(labels.contains(QStringLiteral("Maja Nilsson — Stockholm (#4)"))
                 && labels.contains(QStringLiteral("Maja Nilsson — Stockholm (#5)")),
             qPrintable(labels.join(QLatin1String(" | "))));

    combo->lineEdit()->setFocus();
    QTRY_VERIFY(combo->lineEdit()->hasFocus());
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo, QStringLiteral("Maja Nil"));
    QTest::keySequence(QApplication::activePopupWidget() ? QApplication::activePopupWidget()->window()
                                                         : form,
                       QKeySequence::Save);
    const QString status = form->statusBar()->currentMessage();
    QVERIFY2(status.contains(QLatin1String("3 entries")) && status.contains(QStringLiteral("“Maja Nil”")),
             qPrintable(status));
    QCOMPARE(combo->lineEdit()->text(), QStringLiteral("Maja Nil"));
    QVERIFY(!form->save());
    QCOMPARE(customerOfOrder1(db), 1);

    // The entry of one of the two, as the list shows it, is a choice.
    combo->lineEdit()->setText(QStringLiteral("Maja Nilsson — Stockholm (#5)"));
    QVERIFY(form->save());
    QCOMPARE(customerOfOrder1(db), 5);
    form->close();
}

QTEST_MAIN(tst_GridLookups)
#include "tst_gridlookups.moc"
