// No edit is dropped on its way to the database (issue 25, items 10-15; issue 20, A1 and A5), on
// SQLite and PostgreSQL: text still pending in an editor counts for Save, Close and Next; typing
// back to the loaded value keeps the caret; re-create inserts what the window holds now; a
// refused delete keeps the edits; opening another database asks first; the grid keeps its
// cursor on the record; a filter that waits for the edited row is applied once it is saved.
// Each test drives the real widgets and checks what the database holds afterwards.
#include "browsertestsupport.h"
#include "changebanner.h"
#include "formtestsupport.h"
#include "mainwindow.h"
#include "recordformwindow.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace concord;
using namespace concord::test;

class tst_KeptEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useThrowawaySettings(); }
    void cleanup() { deleteRecordWindows(); }

    void typingBackToTheLoadedValueKeepsTheCaret_data() { TestDatabase::addBackendRows(); }
    void typingBackToTheLoadedValueKeepsTheCaret();
    void saveCommitsAnEmptiedNumberBox_data() { TestDatabase::addBackendRows(); }
    void saveCommitsAnEmptiedNumberBox();
    void saveCommitsANameTypedIntoALookup_data() { TestDatabase::addBackendRows(); }
    void saveCommitsANameTypedIntoALookup();
    void lookupTextThatNamesNothingIsRefused_data() { TestDatabase::addBackendRows(); }
    void lookupTextThatNamesNothingIsRefused();
    void nullFieldsAreNoPendingText_data() { TestDatabase::addBackendRows(); }
    void nullFieldsAreNoPendingText();
    void closeAndNextAskAboutPendingText_data() { TestDatabase::addBackendRows(); }
    void closeAndNextAskAboutPendingText();
    void recreateInsertsWhatTheWindowHoldsNow_data() { TestDatabase::addBackendRows(); }
    void recreateInsertsWhatTheWindowHoldsNow();
    void refusedFormDeleteKeepsTheEdits_data() { TestDatabase::addBackendRows(); }
    void refusedFormDeleteKeepsTheEdits();
    void refusedGridDeleteKeepsTheEdits_data() { TestDatabase::addBackendRows(); }
    void refusedGridDeleteKeepsTheEdits();
    void openingAnotherDatabaseSavesOrAsks_data() { TestDatabase::addBackendRows(); }
    void openingAnotherDatabaseSavesOrAsks();
    void gridCursorStaysOnTheRecordAfterAFormSave_data() { TestDatabase::addBackendRows(); }
    void gridCursorStaysOnTheRecordAfterAFormSave();
    void formDeleteNamesTheRecordAndLeavesTheGridOnANeighbour_data() { TestDatabase::addBackendRows(); }
    void formDeleteNamesTheRecordAndLeavesTheGridOnANeighbour();
    void filterWaitingForTheEditedRowIsAppliedOnceSaved_data() { TestDatabase::addBackendRows(); }
    void filterWaitingForTheEditedRowIsAppliedOnceSaved();
    void newRecordIsNotCheckedBeforeAnythingIsTyped_data() { TestDatabase::addBackendRows(); }
    void newRecordIsNotCheckedBeforeAnythingIsTyped();
};

namespace {

// A shown, active window on the items record `id`, for key events and shortcuts.
bool showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

QString scalarText(TestDatabase &db, const QString &sql)
{
    return db.scalar(sql).toString();
}

} // namespace

void tst_KeptEdits::typingBackToTheLoadedValueKeepsTheCaret()
{
    // Issue 20, A1: "Munich", End, Backspace twice, "ch-West" became "-WestMunich".
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QVERIFY(showActive(window));
    auto *name = qobject_cast<QLineEdit *>(window->editorFor(QStringLiteral("name")));
    QVERIFY(name);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClick(name, Qt::Key_Backspace);
    // "Anv" + "il" is the loaded value again; the rest goes on after it.
    QTest::keyClicks(name, QStringLiteral("il"));
    QCoreApplication::processEvents(); // the queued settling of a record back to its loaded values
    QTest::keyClicks(name, QStringLiteral("-West"));
    QCoreApplication::processEvents();
    QCOMPARE(name->text(), QStringLiteral("Anvil-West"));
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(scalarText(db, QStringLiteral("SELECT name FROM items WHERE id = 1")),
                 QStringLiteral("Anvil-West"));
}

void tst_KeptEdits::saveCommitsAnEmptiedNumberBox()
{
    // Issue 25, item 13: a number box emptied to mean NULL, then Ctrl+S with the focus still in it.
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QVERIFY(showActive(window));
    auto *qty = qobject_cast<QSpinBox *>(window->editorFor(QStringLiteral("qty")));
    QVERIFY(qty);
    qty->setFocus();
    QTRY_VERIFY(qty->hasFocus());
    QTest::keyClick(qty, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(qty, Qt::Key_Delete);
    QCOMPARE(qty->text(), QString());
    QTest::keyClick(qty, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).isNull());
    QVERIFY(!window->isWindowModified());
}

void tst_KeptEdits::saveCommitsANameTypedIntoALookup()
{
    // Issue 25, item 13: "Software" typed into Category and not picked, then Save.
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QVERIFY(showActive(window));
    auto *category = qobject_cast<QComboBox *>(window->editorFor(QStringLiteral("category_id")));
    QVERIFY(category && category->lineEdit());
    category->lineEdit()->setFocus();
    QTRY_VERIFY(category->lineEdit()->hasFocus());
    category->lineEdit()->selectAll();
    QTest::keyClicks(category->lineEdit(), QStringLiteral("Software"));
    QTest::keyClick(category->lineEdit(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT category_id FROM items WHERE id = 1")).toInt(), 2);
    QCOMPARE(category->currentText(), QStringLiteral("Software"));
}

void tst_KeptEdits::lookupTextThatNamesNothingIsRefused()
{
    // Text that names no category is no value: Save says so, and nothing is written.
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QVERIFY(showActive(window));
    auto *category = qobject_cast<QComboBox *>(window->editorFor(QStringLiteral("category_id")));
    QVERIFY(category && category->lineEdit());
    category->lineEdit()->setFocus();
    category->lineEdit()->selectAll();
    QTest::keyClicks(category->lineEdit(), QStringLiteral("Sofwtare"));
    QVERIFY(window->isWindowModified()); // pending text is an edit not saved yet
    QVERIFY(!window->save());
    auto *message = window->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(QLatin1String("Sofwtare")), qPrintable(message->text()));
    QCOMPARE(category->lineEdit()->text(), QStringLiteral("Sofwtare")); // kept, to be corrected
    QVERIFY(window->isWindowModified());
    if (!qEnvironmentVariableIsEmpty("CONCORD_GRAB"))
        window->grab().save(QStringLiteral("/tmp/e7_lookup.png"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT category_id FROM items WHERE id = 1")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 1);

    // Reverted, the field shows the record's category again, not the text that named nothing.
    window->revert();
    QCOMPARE(category->currentText(), QStringLiteral("Hardware"));
    QVERIFY(!window->isWindowModified());
}

void tst_KeptEdits::nullFieldsAreNoPendingText()
{
    // Bolt's qty, price, due and category are NULL: "(none)" is a value, not text to commit.
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 2);
    QVERIFY(showActive(window));
    for (const char *field : {"qty", "price", "due", "category_id"}) {
        window->editorFor(QLatin1String(field))->setFocus();
        QVERIFY2(!window->isDirty(), field);
    }
    QVERIFY(!window->isWindowModified());
    QVERIFY(window->close()); // no question asked
}

void tst_KeptEdits::closeAndNextAskAboutPendingText()
{
    // Issue 25, item 13: Ctrl+PgDn and Ctrl+W move no focus, yet the pending text is an edit.
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QPointer<RecordFormWindow> alive(window);
    QVERIFY(showActive(window));
    auto *qty = qobject_cast<QSpinBox *>(window->editorFor(QStringLiteral("qty")));
    QVERIFY(qty);
    qty->setFocus();
    QTRY_VERIFY(qty->hasFocus());
    QTest::keyClick(qty, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(qty, Qt::Key_Delete);
    {
        ModalAnswer cancel(QStringLiteral("unsavedChangesBox"), clickButton(QMessageBox::Cancel));
        QTest::keyClick(qty, Qt::Key_PageDown, Qt::ControlModifier);
        QVERIFY(cancel.answered());
    }
    QCOMPARE(window->key().value(0).toInt(), 1);
    {
        ModalAnswer save(QStringLiteral("unsavedChangesBox"), clickButton(QMessageBox::Save));
        QVERIFY(showActive(window));
        QTest::keyClick(window->focusWidget(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(save.answered());
    }
    QTRY_VERIFY(alive.isNull());
    QVERIFY(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).isNull());
}

void tst_KeptEdits::recreateInsertsWhatTheWindowHoldsNow()
{
    // Issue 25, item 10: what is typed after the "deleted" notice is inserted too.
    OPEN_SCHEMA(db);
    OPEN_WINDOW(mine, db, 1);
    OPEN_WINDOW(theirs, db, 1);
    QVERIFY(showActive(mine));
    auto *name = qobject_cast<QLineEdit *>(mine->editorFor(QStringLiteral("name")));
    auto *qty = qobject_cast<QSpinBox *>(mine->editorFor(QStringLiteral("qty")));
    QVERIFY(name && qty);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Anvil XL"));
    {
        ModalAnswer confirm(QStringLiteral("deleteRecordBox"),
                            clickRole(QMessageBox::DestructiveRole));
        QVERIFY(theirs->deleteRecord());
    }
    ChangeBanner *banner = mine->changeBanner();
    QTRY_VERIFY(!banner->isHidden());
    QCOMPARE(banner->kind(), ChangeBanner::Kind::Deleted);
    // After the notice: more typing, and a number changed.
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, QStringLiteral(" Pro"));
    qty->setValue(42);
    banner->recreateButton()->click();
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 1")).toInt(), 1);
    QCOMPARE(scalarText(db, QStringLiteral("SELECT name FROM items WHERE id = 1")),
             QStringLiteral("Anvil XL Pro"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 42);
}

void tst_KeptEdits::refusedFormDeleteKeepsTheEdits()
{
    // Issue 25, item 11: "Nothing was deleted", and nothing typed is lost either.
    OPEN_SCHEMA(db);
    QSqlRecord key = db.db().primaryIndex(QStringLiteral("categories"));
    key.setValue(QStringLiteral("id"), 1); // Hardware: Anvil refers to it
    WindowGuard guard{new RecordFormWindow(DatabaseConnector::clone(db.db()),
                                           QStringLiteral("categories"), key)};
    RecordFormWindow *window = guard.window;
    QVERIFY2(window->isValid(), qPrintable(window->errorString()));
    QVERIFY(showActive(window));
    auto *name = qobject_cast<QLineEdit *>(window->editorFor(QStringLiteral("name")));
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Tools"));
    {
        ModalAnswer confirm(QStringLiteral("deleteRecordBox"),
                            clickRole(QMessageBox::DestructiveRole));
        QVERIFY(!window->deleteRecord());
        QVERIFY(confirm.answered());
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM categories WHERE id = 1")).toInt(), 1);
    QCOMPARE(name->text(), QStringLiteral("Tools"));
    QVERIFY(window->isWindowModified());
    QVERIFY(window->save());
    QCOMPARE(scalarText(db, QStringLiteral("SELECT name FROM categories WHERE id = 1")),
             QStringLiteral("Tools"));
}

void tst_KeptEdits::refusedGridDeleteKeepsTheEdits()
{
    OPEN_SCHEMA(db);
    MainWindow main(MainWindow::Persistence::Transient);
    QVERIFY(main.openConnection(db.spec(), false));
    QVERIFY(main.openTable(QStringLiteral("categories")));
    QVERIFY(showActive(&main));
    TableBrowser *browser = main.browser();
    VersionedTableModel *model = browser->model();
    const int row = rowOfId(model, 1);
    const int column = model->fieldIndex(QStringLiteral("name"));
    QLineEdit *editor = openEditor(browser->view(), model->index(row, column));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Tools"));
    QString question;
    {
        ModalWatcher confirm([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            question = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    return button->click();
            }
        });
        browser->deleteRowAction()->trigger();
        QVERIFY(confirm.seen());
    }
    // Named as its window's title would name it, by the saved name.
    QVERIFY2(question.contains(QStringLiteral("Hardware — categories #1")), qPrintable(question));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM categories WHERE id = 1")).toInt(), 1);
    const int now = rowOfId(model, 1);
    QVERIFY(now >= 0);
    QCOMPARE(model->data(model->index(now, column)).toString(), QStringLiteral("Tools"));
    browser->view()->setCurrentIndex(model->index(now, column));
    browser->saveRowAction()->trigger();
    QTRY_COMPARE(scalarText(db, QStringLiteral("SELECT name FROM categories WHERE id = 1")),
                 QStringLiteral("Tools"));
}

void tst_KeptEdits::openingAnotherDatabaseSavesOrAsks()
{
    // Issue 25, item 12: the user is asked about the grid's edited row before the connection
    // changes (Save, Don't Save or Cancel); so are record windows with edits.
    OPEN_SCHEMA(db);
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
    const int city = model->fieldIndex(QStringLiteral("city"));
    const int name = model->fieldIndex(QStringLiteral("name"));

    // A row that saves is saved, once the user says so.
    QLineEdit *editor = openEditor(browser->view(), model->index(rowOfId(model, 1), city));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Lyon"));
    {
        ModalAnswer save(QStringLiteral("unsavedGridRowBox"), clickButton(QMessageBox::Save));
        QVERIFY(main.openConnection(other.spec(), false));
        QVERIFY(save.answered());
    }
    QCOMPARE(scalarText(db, QStringLiteral("SELECT city FROM people WHERE id = 1")),
             QStringLiteral("Lyon"));

    // Cancel keeps the database and the row (here one that could not be saved anyway).
    QVERIFY(main.openConnection(db.spec(), false));
    QVERIFY(main.openTable(QStringLiteral("people")));
    model = browser->model();
    browser->view()->setCurrentIndex(model->index(rowOfId(model, 2), name));
    QVERIFY(model->setData(model->index(rowOfId(model, 2), name), QString())); // name is required
    {
        ModalWatcher cancel([](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!main.openConnection(other.spec(), false));
        QVERIFY(cancel.seen());
    }
    QCOMPARE(browser->model(), model);
    QVERIFY(model->isDirty());

    // A record window with edits asks too.
    browser->revertRowAction()->trigger();
    QVERIFY(!model->isDirty());
    RecordFormWindow *form = browser->openRecordWindow(rowOfId(model, 3));
    QVERIFY(form);
    QPointer<RecordFormWindow> alive(form);
    qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("city")))->setText(QStringLiteral("Milan"));
    {
        ModalAnswer save(QStringLiteral("unsavedChangesBox"), clickButton(QMessageBox::Save));
        QVERIFY(main.openConnection(other.spec(), false));
        QVERIFY(save.answered());
    }
    QTRY_VERIFY(alive.isNull());
    QCOMPARE(scalarText(db, QStringLiteral("SELECT city FROM people WHERE id = 3")),
             QStringLiteral("Milan"));
}

void tst_KeptEdits::gridCursorStaysOnTheRecordAfterAFormSave()
{
    // Issue 25, item 14: the grid sorted by name; a form renames Alice to Zoe, so she moves.
    OPEN_SCHEMA(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow main(MainWindow::Persistence::Transient);
    QVERIFY(main.openConnection(db.spec(), false));
    QVERIFY(main.openTable(QStringLiteral("people")));
    QVERIFY(showActive(&main));
    TableBrowser *browser = main.browser();
    QTableView *view = browser->view();
    const int name = browser->model()->fieldIndex(QStringLiteral("name"));
    view->sortByColumn(name, Qt::AscendingOrder); // Alice, Alicia, Bob
    QTRY_COMPARE(browser->model()->index(0, name).data().toString(), QStringLiteral("Alice"));
    view->setCurrentIndex(browser->model()->index(0, name));
    RecordFormWindow *form = browser->openRecordWindow(0);
    QVERIFY(form);
    QVERIFY(showActive(form));
    auto *edit = qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("name")));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Zoe"));
    QTest::keyClick(edit, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(scalarText(db, QStringLiteral("SELECT name FROM people WHERE id = 1")),
                 QStringLiteral("Zoe"));
    VersionedTableModel *model = browser->model();
    QTRY_COMPARE(model->index(2, name).data().toString(), QStringLiteral("Zoe"));
    QCOMPARE(view->currentIndex().row(), 2);
    QCOMPARE(view->currentIndex().siblingAtColumn(name).data().toString(), QStringLiteral("Zoe"));
}

void tst_KeptEdits::formDeleteNamesTheRecordAndLeavesTheGridOnANeighbour()
{
    OPEN_SCHEMA(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow main(MainWindow::Persistence::Transient);
    QVERIFY(main.openConnection(db.spec(), false));
    QVERIFY(main.openTable(QStringLiteral("people")));
    QVERIFY(showActive(&main));
    TableBrowser *browser = main.browser();
    QTableView *view = browser->view();
    VersionedTableModel *model = browser->model();
    const int name = model->fieldIndex(QStringLiteral("name"));
    // Rows by id: Alice, Bob, Alicia. The grid's cursor on Alicia; a form deletes Alice.
    view->setCurrentIndex(model->index(rowOfId(model, 3), name));
    RecordFormWindow *form = browser->openRecordWindow(rowOfId(model, 1));
    QVERIFY(form);
    QString question;
    {
        ModalWatcher confirm([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            question = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    return button->click();
            }
        });
        QVERIFY(form->deleteRecord());
    }
    // As the title names it.
    QVERIFY2(question.contains(QStringLiteral("Alice — people #1")), qPrintable(question));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE id = 1")).toInt(), 0);
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(view->currentIndex().siblingAtColumn(name).data().toString(), QStringLiteral("Alicia"));

    // The record under the cursor is the one deleted: a neighbour takes the cursor.
    view->setCurrentIndex(model->index(rowOfId(model, 2), name)); // Bob, the first row now
    form = browser->openRecordWindow(rowOfId(model, 2));
    QVERIFY(form);
    {
        ModalAnswer confirm(QStringLiteral("deleteRecordBox"),
                            clickRole(QMessageBox::DestructiveRole));
        QVERIFY(form->deleteRecord());
    }
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(view->currentIndex().siblingAtColumn(name).data().toString(), QStringLiteral("Alicia"));
}

void tst_KeptEdits::filterWaitingForTheEditedRowIsAppliedOnceSaved()
{
    // Issue 25, item 15: a filter typed while the edited row cannot be saved.
    OPEN_SCHEMA(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow main(MainWindow::Persistence::Transient);
    QVERIFY(main.openConnection(db.spec(), false));
    QVERIFY(main.openTable(QStringLiteral("people")));
    QVERIFY(showActive(&main));
    TableBrowser *browser = main.browser();
    VersionedTableModel *model = browser->model();
    const int name = model->fieldIndex(QStringLiteral("name"));
    // Name is required: the row cannot be saved.
    browser->view()->setCurrentIndex(model->index(rowOfId(model, 2), name));
    QVERIFY(model->setData(model->index(rowOfId(model, 2), name), QString()));
    QVERIFY(model->isDirty());

    QLineEdit *filter = browser->filterEdit();
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("Ali"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 3); // not applied yet: the row waits
    QVERIFY2(main.statusBar()->currentMessage().contains(QLatin1String("filter")),
             qPrintable(main.statusBar()->currentMessage()));

    // The row saved: the filter follows without being typed again.
    model->setData(model->index(rowOfId(model, 2), name), QStringLiteral("Bobby"));
    browser->saveRowAction()->trigger();
    QCOMPARE(scalarText(db, QStringLiteral("SELECT name FROM people WHERE id = 2")),
             QStringLiteral("Bobby"));
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->textFilter(), QStringLiteral("Ali"));
}

void tst_KeptEdits::newRecordIsNotCheckedBeforeAnythingIsTyped()
{
    // Issue 20, A5: Ctrl+N showed "Not saved: Name ... cannot be empty" before anything was
    // typed, and it stayed after Name was filled.
    OPEN_SCHEMA(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow main(MainWindow::Persistence::Transient);
    QVERIFY(main.openConnection(db.spec(), false));
    QVERIFY(main.openTable(QStringLiteral("people")));
    QVERIFY(showActive(&main));
    QTableView *view = main.browser()->view();
    VersionedTableModel *model = main.browser()->model();
    // The cursor somewhere other than the first row, as after browsing.
    view->setCurrentIndex(model->index(2, model->fieldIndex(QStringLiteral("city"))));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())
                && view->viewport()->isAncestorOf(QApplication::focusWidget()));
    QCoreApplication::processEvents(); // a queued check would show its message now
    QVERIFY2(!main.statusBar()->currentMessage().contains(QLatin1String("Not saved")),
             qPrintable(main.statusBar()->currentMessage()));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QTest::keyClicks(editor, QStringLiteral("Dora"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY2(!main.statusBar()->currentMessage().contains(QLatin1String("Not saved")),
             qPrintable(main.statusBar()->currentMessage()));
    QTest::keyClick(view, Qt::Key_Down);
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM people WHERE name = 'Dora'")).toInt(), 1);
    QVERIFY2(!main.statusBar()->currentMessage().contains(QLatin1String("Not saved")),
             qPrintable(main.statusBar()->currentMessage()));
}

QTEST_MAIN(tst_KeptEdits)
#include "tst_keptedits.moc"
