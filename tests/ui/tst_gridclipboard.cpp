// Tests for the grid's Copy, Paste, Redo and CSV export and import, on SQLite and PostgreSQL: the
// clipboard holds what the grid shows, a paste is checked as typing is and is one undo step, and
// the files hold what the grid holds.
#include "browsertestsupport.h"
#include "csvimportdialog.h"
#include "gridcelldelegate.h"
#include "gridclipboard.h"
#include "gridcsvexport.h"
#include "tablebrowser.h"
#include "tablecsvtransfer.h"
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {

// customers: Anna Weber, Bert Brown, Carla Diaz; orders 1-3 of them, NUMERIC(6,2) amounts.
QString createShop(TestDatabase &db)
{
    QString error = db.createVersionedTable(
        QStringLiteral("customers"),
        {QStringLiteral("name VARCHAR(100) NOT NULL"), QStringLiteral("city VARCHAR(80)")});
    if (error.isEmpty())
        error = db.createVersionedTable(
            QStringLiteral("orders"),
            {QStringLiteral("customer_id INTEGER NOT NULL REFERENCES customers(id)"),
             QStringLiteral("amount NUMERIC(6,2)"), QStringLiteral("note VARCHAR(10)")});
    if (!error.isEmpty())
        return error;
    return db.execAll({
        QStringLiteral("INSERT INTO customers (name, city) VALUES ('Anna Weber', 'Lyon')"),
        QStringLiteral("INSERT INTO customers (name, city) VALUES ('Bert Brown', 'Graz')"),
        QStringLiteral("INSERT INTO customers (name, city) VALUES ('Carla Diaz', 'Rome')"),
        QStringLiteral("INSERT INTO orders (customer_id, amount, note) VALUES (1, 64.9, 'first')"),
        QStringLiteral("INSERT INTO orders (customer_id, amount, note) VALUES (2, 12, 'second')"),
        QStringLiteral("INSERT INTO orders (customer_id, amount, note) VALUES (3, 100.5, 'third')"),
    });
}

QModelIndex cell(TableBrowser &browser, int id, const char *column)
{
    VersionedTableModel *model = browser.model();
    return model->index(rowOfId(model, id), model->fieldIndex(QLatin1String(column)));
}

// The browser shown and active, its grid holding the focus (the keys are the grid's).
bool showGrid(TableBrowser &browser)
{
    browser.resize(900, 400);
    browser.show();
    browser.activateWindow();
    if (!QTest::qWaitForWindowActive(&browser))
        return false;
    browser.view()->setFocus();
    return browser.view()->hasFocus();
}

void selectCells(TableBrowser &browser, const QModelIndex &from, const QModelIndex &to)
{
    browser.view()->setCurrentIndex(from);
    browser.view()->selectionModel()->select(QItemSelection(from, to),
                                             QItemSelectionModel::ClearAndSelect);
}

QString amountIn(TestDatabase &db, int id)
{
    // As text with two decimals on both backends (SQLite keeps 64.9 as a REAL).
    const QVariant v = db.scalar(QStringLiteral("SELECT amount FROM orders WHERE id = %1").arg(id));
    return v.isNull() ? QStringLiteral("NULL") : QString::number(v.toDouble(), 'f', 2);
}

} // namespace

class tst_GridClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        useThrowawaySettings();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        deleteRecordWindows();
    }

    void copyPutsWhatTheGridShows_data() { TestDatabase::addBackendRows(); }
    void copyPutsWhatTheGridShows();
    void copyOfLargeNumbersMakesTheRoundTrip_data();
    void copyOfLargeNumbersMakesTheRoundTrip();
    void pasteWritesCheckedValuesAsOneUndoStep_data() { TestDatabase::addBackendRows(); }
    void pasteWritesCheckedValuesAsOneUndoStep();
    void undoAndRedoNameTheWholePaste_data() { TestDatabase::addBackendRows(); }
    void undoAndRedoNameTheWholePaste();
    void pasteTakesLocaleNumbers_data() { TestDatabase::addBackendRows(); }
    void pasteTakesLocaleNumbers();
    void badPastedValueChangesNothing_data() { TestDatabase::addBackendRows(); }
    void badPastedValueChangesNothing();
    void redoPutsBackACellEdit_data() { TestDatabase::addBackendRows(); }
    void redoPutsBackACellEdit();
    void exportWritesFilteredSortedRows_data() { TestDatabase::addBackendRows(); }
    void exportWritesFilteredSortedRows();
    void exportReadsEveryPageAndCanBeCancelled_data() { TestDatabase::addBackendRows(); }
    void exportReadsEveryPageAndCanBeCancelled();
    void importStampsWhoAndWhen_data() { TestDatabase::addBackendRows(); }
    void importStampsWhoAndWhen();
    void importInsertsRowsInOneTransaction_data() { TestDatabase::addBackendRows(); }
    void importInsertsRowsInOneTransaction();
};

void tst_GridClipboard::copyPutsWhatTheGridShows()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    QVERIFY(showGrid(browser));
    QApplication::clipboard()->clear();

    // Customer to Note of orders 1 and 2: names, not ids; 64.90, not 64.9.
    selectCells(browser, cell(browser, 1, "customer_id"), cell(browser, 2, "note"));
    QTest::keyClick(browser.view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("Anna Weber\t64.90\tfirst\nBert Brown\t12.00\tsecond"));

    // In German, as the grid then shows it.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    TableBrowser german;
    german.setDatabase(db.db());
    QVERIFY(german.openTable(QStringLiteral("orders")));
    QVERIFY(showGrid(german));
    selectCells(german, cell(german, 3, "amount"), cell(german, 3, "amount"));
    QTest::keyClick(german.view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("100,50"));
}

void tst_GridClipboard::copyOfLargeNumbersMakesTheRoundTrip_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("shown");
    for (const QString &backend : TestDatabase::backends()) {
        const QByteArray name = backend.toLatin1();
        QTest::newRow(name + "-en") << backend << QLocale(QLocale::English, QLocale::UnitedStates)
                                    << QStringLiteral("5295.80");
        QTest::newRow(name + "-de") << backend << QLocale(QLocale::German, QLocale::Germany)
                                    << QStringLiteral("5295,80");
    }
}

void tst_GridClipboard::copyOfLargeNumbersMakesTheRoundTrip()
{
    // The grid shows 5295.80; Copy gave 5,295.80 (the locale's thousands separator), which is
    // not what the user saw, and which the grid's own paste then refused.
    QFETCH(QLocale, locale);
    QFETCH(QString, shown);
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    QCOMPARE(db.exec(QStringLiteral("UPDATE orders SET amount = 5295.8 WHERE id = 1")), QString());
    QLocale::setDefault(locale);
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    QVERIFY(showGrid(browser));
    QApplication::clipboard()->clear();

    selectCells(browser, cell(browser, 1, "amount"), cell(browser, 1, "amount"));
    QTest::keyClick(browser.view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), shown);

    // Pasted into order 2, it is the same number again.
    selectCells(browser, cell(browser, 2, "amount"), cell(browser, 2, "amount"));
    QTest::keyClick(browser.view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(cell(browser, 2, "amount").data().toDouble(), 5295.8);
    QVERIFY(browser.commitPendingRow());
    QCOMPARE(amountIn(db, 2), QStringLiteral("5295.80"));

    // The CSV file is the same in every language, and has no thousands separator either.
    TableCsvTransfer transfer(&browser, &browser);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    QVERIFY(transfer.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(QLatin1String(",5295.80,")), qPrintable(csv));
    QVERIFY2(!csv.contains(QLatin1String("5,295")) && !csv.contains(QLatin1String("5.295")),
             qPrintable(csv));
}

void tst_GridClipboard::pasteWritesCheckedValuesAsOneUndoStep()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    QVERIFY(showGrid(browser));
    VersionedTableModel *model = browser.model();

    // Two rows from a spreadsheet: a name for the key, a number, a quoted note.
    QApplication::clipboard()->setText(
        QStringLiteral("Carla Diaz\t70.25\t\"new, one\"\r\nanna weber\t5\tsecond\r\n"));
    selectCells(browser, cell(browser, 1, "customer_id"), cell(browser, 1, "customer_id"));
    QTest::keyClick(browser.view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(cell(browser, 1, "customer_id").data().toInt(), 3);
    QCOMPARE(cell(browser, 1, "amount").data().toDouble(), 70.25);
    QCOMPARE(cell(browser, 1, "note").data().toString(), QStringLiteral("new, one"));
    QCOMPARE(cell(browser, 2, "customer_id").data().toInt(), 1);
    QCOMPARE(cell(browser, 2, "amount").data().toDouble(), 5.0);
    // Nothing is saved before the row is left or saved.
    QCOMPARE(amountIn(db, 1), QStringLiteral("64.90"));

    // One Ctrl+Z takes back the whole paste, in both rows; Ctrl+Shift+Z puts it back.
    QTest::keyClick(browser.view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(cell(browser, 1, "customer_id").data().toInt(), 1);
    QCOMPARE(cell(browser, 1, "note").data().toString(), QStringLiteral("first"));
    QCOMPARE(cell(browser, 2, "customer_id").data().toInt(), 2);
    QCOMPARE(cell(browser, 2, "amount").data().toDouble(), 12.0);
    QVERIFY(!model->isDirty());
    browser.view()->setCurrentIndex(cell(browser, 1, "customer_id"));
    QTest::keyClick(browser.view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(cell(browser, 1, "customer_id").data().toInt(), 3);
    QCOMPARE(cell(browser, 2, "customer_id").data().toInt(), 1);
    QCOMPARE(cell(browser, 2, "amount").data().toDouble(), 5.0);

    // A row next to the edited ones takes a paste too (Qt's OnRowChange would refuse it).
    QApplication::clipboard()->setText(QStringLiteral("zz"));
    selectCells(browser, cell(browser, 3, "note"), cell(browser, 3, "note"));
    QTest::keyClick(browser.view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(cell(browser, 3, "note").data().toString(), QStringLiteral("zz"));

    // Saved, the database holds the pasted values.
    browser.saveRowAction()->trigger();
    QTRY_VERIFY(!model->isDirty());
    QCOMPARE(db.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE id = 1")).toInt(), 3);
    QCOMPARE(amountIn(db, 1), QStringLiteral("70.25"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT note FROM orders WHERE id = 1")).toString(),
             QStringLiteral("new, one"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE id = 2")).toInt(), 1);
    QCOMPARE(amountIn(db, 2), QStringLiteral("5.00"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT note FROM orders WHERE id = 3")).toString(),
             QStringLiteral("zz"));
}

void tst_GridClipboard::undoAndRedoNameTheWholePaste()
{
    // The Edit menu and the status bar describe a paste as what it was, several cells, not as
    // an edit of the one field the cursor happens to be on.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    QVERIFY(showGrid(browser));
    QSignalSpy status(&browser, &TableBrowser::statusMessage);

    // Three cells of order 1 and two of order 2 (its note is the same already).
    QApplication::clipboard()->setText(
        QStringLiteral("Carla Diaz\t70.25\tnew\nanna weber\t5\tsecond"));
    selectCells(browser, cell(browser, 1, "customer_id"), cell(browser, 1, "customer_id"));
    QTest::keyClick(browser.view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(cell(browser, 2, "amount").data().toDouble(), 5.0);
    QCOMPARE(browser.undoAction()->text(), QStringLiteral("&Undo Paste of 5 Cells"));

    QTest::keyClick(browser.view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(cell(browser, 1, "note").data().toString(), QStringLiteral("first"));
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.last().at(0).toString(), QStringLiteral("Undid the paste of 5 cells"));
    QCOMPARE(browser.redoAction()->text(), QStringLiteral("&Redo Paste of 5 Cells"));
    QCOMPARE(browser.undoAction()->text(), QStringLiteral("&Undo"));

    QTest::keyClick(browser.view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(cell(browser, 1, "note").data().toString(), QStringLiteral("new"));
    QCOMPARE(status.last().at(0).toString(), QStringLiteral("Redid the paste of 5 cells"));
    QCOMPARE(browser.undoAction()->text(), QStringLiteral("&Undo Paste of 5 Cells"));
    QCOMPARE(browser.redoAction()->text(), QStringLiteral("&Redo"));

    browser.model()->revertAll();
}

void tst_GridClipboard::pasteTakesLocaleNumbers()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    QVERIFY(showGrid(browser));
    // What Copy gives in German pastes back: 64,90 is 64.90.
    QApplication::clipboard()->setText(QStringLiteral("99,50"));
    selectCells(browser, cell(browser, 2, "amount"), cell(browser, 2, "amount"));
    QTest::keyClick(browser.view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(cell(browser, 2, "amount").data().toDouble(), 99.5);
    QVERIFY(browser.commitPendingRow());
    QCOMPARE(amountIn(db, 2), QStringLiteral("99.50"));
}

void tst_GridClipboard::badPastedValueChangesNothing()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    QVERIFY(showGrid(browser));
    VersionedTableModel *model = browser.model();

    // The second row's amount does not fit NUMERIC(6,2); the first row is fine.
    QApplication::clipboard()->setText(QStringLiteral("Carla Diaz\t70.25\nBert Brown\t123456.78"));
    selectCells(browser, cell(browser, 1, "customer_id"), cell(browser, 1, "customer_id"));
    ModalWatcher watcher([](QWidget *modal) { modal->close(); });
    QTest::keyClick(browser.view(), Qt::Key_V, Qt::ControlModifier);
    QTRY_VERIFY(watcher.seen());
    QCOMPARE(watcher.className(), QStringLiteral("QMessageBox"));
    QVERIFY2(watcher.text().contains(QLatin1String("row 2, Amount")), qPrintable(watcher.text()));
    QVERIFY2(watcher.text().contains(QLatin1String("123456.78")), qPrintable(watcher.text()));
    QVERIFY(!model->isDirty());
    QCOMPARE(cell(browser, 1, "customer_id").data().toInt(), 1);

    // A name that no customer has is refused the same way.
    QVERIFY(showGrid(browser)); // the message box had the focus
    QApplication::clipboard()->setText(QStringLiteral("Nobody Known"));
    QTest::keyClick(browser.view(), Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(watcher.count(), 2);
    QVERIFY2(watcher.text(1).contains(QStringLiteral("“Nobody Known”")), qPrintable(watcher.text(1)));
    QVERIFY(!model->isDirty());
    QVERIFY(browser.commitPendingRow());
    QCOMPARE(db.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE id = 1")).toInt(), 1);
    QCOMPARE(amountIn(db, 2), QStringLiteral("12.00"));
}

void tst_GridClipboard::redoPutsBackACellEdit()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    QVERIFY(showGrid(browser));
    const QModelIndex note = cell(browser, 1, "note");
    QLineEdit *editor = openEditor(browser.view(), note);
    QVERIFY(editor);
    editor->setText(QStringLiteral("edited"));
    browser.view()->setCurrentIndex(cell(browser, 1, "amount"));
    browser.view()->setFocus();
    QTRY_COMPARE(note.data().toString(), QStringLiteral("edited"));

    QTest::keyClick(browser.view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(note.data().toString(), QStringLiteral("first"));
    QVERIFY(browser.redoAction()->isEnabled());
    QTest::keyClick(browser.view(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(note.data().toString(), QStringLiteral("edited"));
    QVERIFY(!browser.redoAction()->isEnabled());
    QVERIFY(browser.undoAction()->isEnabled());
    QVERIFY(browser.commitPendingRow());
    QCOMPARE(db.scalar(QStringLiteral("SELECT note FROM orders WHERE id = 1")).toString(),
             QStringLiteral("edited"));
}

void tst_GridClipboard::exportWritesFilteredSortedRows()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    QCOMPARE(db.exec(QStringLiteral(
                 "INSERT INTO orders (customer_id, amount, note) VALUES (1, 7, 'say \"hi\",x')")),
             QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    QVERIFY(showGrid(browser));
    TableCsvTransfer transfer(&browser, &browser);
    // Rows with an "i" in a text column, by amount, largest first.
    browser.filterEdit()->setText(QStringLiteral("i"));
    browser.applyFilter();
    browser.view()->sortByColumn(browser.model()->fieldIndex(QStringLiteral("amount")),
                                 Qt::DescendingOrder);
    for (const char *hidden : {"id", "version"})
        browser.view()->setColumnHidden(browser.model()->fieldIndex(QLatin1String(hidden)), true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    QVERIFY(transfer.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             QStringLiteral("Customer,Amount,Note\r\n"
                            "Carla Diaz,100.50,third\r\n"
                            "Anna Weber,64.90,first\r\n"
                            "Anna Weber,7.00,\"say \"\"hi\"\",x\"\r\n"));
}

void tst_GridClipboard::exportReadsEveryPageAndCanBeCancelled()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    // More rows than the grid reads at first (a page is 256).
    QCOMPARE(db.insertSeries(QStringLiteral("orders"),
                             {QStringLiteral("customer_id"), QStringLiteral("amount")},
                             {QStringLiteral("1 + x % 3"), QStringLiteral("x % 100")}, 1200),
             QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    QVERIFY(showGrid(browser));
    QVERIFY(browser.model()->canFetchMore());
    auto *cells = qobject_cast<GridCellDelegate *>(browser.view()->itemDelegate());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.csv"));

    GridCsvExport all(browser.view(), cells);
    QCOMPARE(all.write(path, nullptr), GridCsvExport::Outcome::Written);
    QCOMPARE(all.rowsWritten(), 1203);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 1204);
    file.close();
    QVERIFY(QFile::remove(path));

    // The progress dialog shows at once here; Cancel, pressed while the rows are written (the
    // export lets the event loop run), stops it and leaves no file.
    GridCsvExport cancelled(browser.view(), cells);
    cancelled.setProgressDelay(0);
    bool cancelSeen = false;
    QTimer::singleShot(0, &browser, [&] {
        if (auto *progress = browser.findChild<QProgressDialog *>()) {
            cancelSeen = progress->isVisible();
            progress->cancel();
        }
    });
    QCOMPARE(cancelled.write(path, &browser), GridCsvExport::Outcome::Cancelled);
    QVERIFY(cancelSeen);
    QVERIFY(cancelled.rowsWritten() < 1203);
    QVERIFY(!QFile::exists(path));
}

void tst_GridClipboard::importInsertsRowsInOneTransaction()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createShop(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("orders")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("in.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Row 3 names no customer; row 4's amount does not fit NUMERIC(6,2).
    file.write("Customer,Amount,Note,Ignored\r\n"
               "Bert Brown,10.50,a,x\r\n"
               "Nobody,1,b,x\r\n"
               "Carla Diaz,123456,c,x\r\n"
               "Anna Weber,2,\"d, e\",x\r\n");
    file.close();

    CsvImportDialog dialog(db.db(), QStringLiteral("orders"));
    QVERIFY2(dialog.loadFile(path), qPrintable(dialog.errorString()));
    // The header's labels map to the columns; an unknown header maps to nothing.
    QCOMPARE(dialog.mappedColumn(0), QStringLiteral("customer_id"));
    QCOMPARE(dialog.mappedColumn(1), QStringLiteral("amount"));
    QCOMPARE(dialog.mappedColumn(2), QStringLiteral("note"));
    QCOMPARE(dialog.mappedColumn(3), QString());
    QCOMPARE(dialog.previewRowCount(), 4);

    // Failed rows: nothing is inserted, and each is listed with its line, column and reason.
    QCOMPARE(dialog.runImport(false), 0);
    const QStringList failures = dialog.failureTexts();
    QCOMPARE(failures.size(), 2);
    QVERIFY2(failures.at(0).contains(QLatin1String("3")) && failures.at(0).contains(QLatin1String("Customer")),
             qPrintable(failures.at(0)));
    QVERIFY2(failures.at(1).contains(QLatin1String("4")) && failures.at(1).contains(QLatin1String("Amount")),
             qPrintable(failures.at(1)));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 3);

    // The user chooses to insert the good rows: both go in, in one transaction.
    QCOMPARE(dialog.runImport(true), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 5);
    QCOMPARE(db.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE note = 'd, e'")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT customer_id FROM orders WHERE note = 'a'")).toInt(), 2);
}

void tst_GridClipboard::importStampsWhoAndWhen()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name;city\nDora;Oslo\n");
    file.close();
    CsvImportDialog dialog(db.db(), QStringLiteral("people"));
    dialog.setOperatorName(QStringLiteral("ann"));
    QVERIFY2(dialog.loadFile(path), qPrintable(dialog.errorString()));
    QCOMPARE(dialog.mappedColumn(1), QStringLiteral("city"));
    QCOMPARE(dialog.runImport(false), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT modified_by FROM people WHERE name = 'Dora'")).toString(),
             QStringLiteral("ann"));
    QVERIFY(!db.scalar(QStringLiteral("SELECT modified_at FROM people WHERE name = 'Dora'")).isNull());
}

QTEST_MAIN(tst_GridClipboard)
#include "tst_gridclipboard.moc"
