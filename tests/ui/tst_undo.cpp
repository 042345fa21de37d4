// Tests for undo in record forms and the grid: Ctrl+Z takes back field edits newest first, Esc
// reverts a field then the record, undo history belongs to the record (not its row number), and
// the Edit menus show both keys, enabled only when there is something to undo.
#include "browsertestsupport.h"
#include "fieldundohistory.h"
#include "formtestsupport.h"
#include "gridundo.h"
#include "mainwindow.h"
#include "recordformundo.h"
#include "recordformwindow.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {

template<typename T>
T *editorOf(RecordFormWindow *window, const QString &field)
{
    auto *editor = qobject_cast<T *>(window->editorFor(field));
    if (!editor)
        qWarning("no editor of the expected kind for %s", qPrintable(field));
    return editor;
}

// Types `text` at the end of a line edit, as a user who clicked into it would.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::MouseFocusReason);
    edit->end(false);
    QTest::keyClicks(edit, text);
}

void typeInto(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus(Qt::MouseFocusReason);
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, text);
}

void pressUndo(QWidget *focus)
{
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
}

// Types `text` into the grid cell `index` and commits it by moving to `next` in the same row,
// as clicking another cell does: the row is not left, so nothing is saved yet.
bool editCell(QTableView *view, const QModelIndex &index, const QString &text,
              const QModelIndex &next)
{
    QLineEdit *editor = openEditor(view, index);
    if (!editor)
        return false;
    editor->setText(text);
    view->setCurrentIndex(next);
    view->setFocus();
    return index.data(Qt::EditRole).toString() == text;
}

QAction *actionIn(QMenuBar *bar, const QString &menuTitle, QAction *action)
{
    for (QAction *menu : bar->actions()) {
        if (menu->menu() && menu->text().remove(QLatin1Char('&')) == menuTitle
            && menu->menu()->actions().contains(action))
            return action;
    }
    return nullptr;
}

} // namespace

class tst_Undo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formUndoTakesBackFieldEditsNewestFirst_data() { TestDatabase::addBackendRows(); }
    void formUndoTakesBackFieldEditsNewestFirst();
    void ctrlZInATypedFieldIsTheFieldsOwnFirst_data() { TestDatabase::addBackendRows(); }
    void ctrlZInATypedFieldIsTheFieldsOwnFirst();
    void escapeRevertsTheFieldThenTheRecord_data() { TestDatabase::addBackendRows(); }
    void escapeRevertsTheFieldThenTheRecord();
    void escapeWithoutEditsDoesNothing_data() { TestDatabase::addBackendRows(); }
    void escapeWithoutEditsDoesNothing();
    void formHistoryEndsOnSave_data() { TestDatabase::addBackendRows(); }
    void formHistoryEndsOnSave();
    void formEditMenuShowsUndoAndEscape_data() { TestDatabase::addBackendRows(); }
    void formEditMenuShowsUndoAndEscape();
    void gridUndoTakesBackCellEditsUntilTheRowIsClean_data() { TestDatabase::addBackendRows(); }
    void gridUndoTakesBackCellEditsUntilTheRowIsClean();
    void gridEscapeCancelsTheCellThenRevertsTheRow_data() { TestDatabase::addBackendRows(); }
    void gridEscapeCancelsTheCellThenRevertsTheRow();
    void gridHistoryEndsWhenTheRowIsSavedAndResorted_data() { TestDatabase::addBackendRows(); }
    void gridHistoryEndsWhenTheRowIsSavedAndResorted();
    void historyFollowsTheRecordWhenARowIsInsertedAbove_data() { TestDatabase::addBackendRows(); }
    void historyFollowsTheRecordWhenARowIsInsertedAbove();
    void mainEditMenuShowsUndoAndRevertRecord_data() { TestDatabase::addBackendRows(); }
    void mainEditMenuShowsUndoAndRevertRecord();
    void formRedoPutsBackWhatUndoTookBack_data() { TestDatabase::addBackendRows(); }
    void formRedoPutsBackWhatUndoTookBack();
    void cleanup() { deleteRecordWindows(); }
};

void tst_Undo::formUndoTakesBackFieldEditsNewestFirst()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *name = editorOf<QLineEdit>(window, QStringLiteral("name"));
    auto *notes = editorOf<QPlainTextEdit>(window, QStringLiteral("notes"));
    auto *qty = editorOf<QSpinBox>(window, QStringLiteral("qty"));
    QVERIFY(name && notes && qty);
    QVERIFY(!window->undo()->undoAction()->isEnabled());

    typeInto(name, QStringLiteral("x"));
    typeInto(notes, QStringLiteral("y"));
    qty->setFocus(Qt::MouseFocusReason); // an untouched field: Ctrl+Z is the form's
    QCOMPARE(name->text(), QStringLiteral("Anvilx"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Heavyy"));
    QVERIFY(window->isDirty());
    QVERIFY(window->undo()->undoAction()->isEnabled());

    pressUndo(qty);
    QCOMPARE(notes->toPlainText(), QStringLiteral("Heavy"));
    QCOMPARE(name->text(), QStringLiteral("Anvilx"));
    QVERIFY(window->isDirty());
    // The field taken back has the focus, so the user sees what changed.
    QCOMPARE(QApplication::focusWidget(), notes);

    qty->setFocus(Qt::MouseFocusReason);
    pressUndo(qty);
    QCOMPARE(name->text(), QStringLiteral("Anvil"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Heavy"));
    // Every edit taken back: nothing to save, as if nothing had been typed.
    QTRY_VERIFY(!window->isDirty());
    QVERIFY(!window->model()->isDirty());
    QVERIFY(!window->isWindowModified());
    QVERIFY(!window->undo()->undoAction()->isEnabled());
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 1);
}

void tst_Undo::formRedoPutsBackWhatUndoTookBack()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *name = editorOf<QLineEdit>(window, QStringLiteral("name"));
    auto *qty = editorOf<QSpinBox>(window, QStringLiteral("qty"));
    QVERIFY(name && qty);
    QVERIFY(!window->undo()->redoAction()->isEnabled());

    typeInto(name, QStringLiteral("x"));
    qty->setFocus(Qt::MouseFocusReason);
    pressUndo(qty);
    QCOMPARE(name->text(), QStringLiteral("Anvil"));
    QTRY_VERIFY(!window->isDirty());

    // Ctrl+Shift+Z outside the field puts the edit back, and the record has it to save.
    qty->setFocus(Qt::MouseFocusReason);
    QVERIFY(window->undo()->redoAction()->isEnabled());
    QTest::keyClick(qty, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(name->text(), QStringLiteral("Anvilx"));
    QVERIFY(window->isDirty());
    // Ctrl+Z and Ctrl+Y go back and forth.
    qty->setFocus(Qt::MouseFocusReason);
    pressUndo(qty);
    QCOMPARE(name->text(), QStringLiteral("Anvil"));
    qty->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(qty, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(name->text(), QStringLiteral("Anvilx"));
    QVERIFY(window->save());
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
             QStringLiteral("Anvilx"));
}

void tst_Undo::ctrlZInATypedFieldIsTheFieldsOwnFirst()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *name = editorOf<QLineEdit>(window, QStringLiteral("name"));
    auto *text = editorOf<QPlainTextEdit>(window, QStringLiteral("notes"));
    QVERIFY(name && text);

    typeInto(name, QStringLiteral("x"));
    typeInto(text, QStringLiteral("zz"));
    // The caret is in Notes, which has typing of its own to undo: that goes first.
    pressUndo(text);
    QCOMPARE(text->toPlainText(), QStringLiteral("Heavy"));
    QCOMPARE(name->text(), QStringLiteral("Anvilx"));
    QVERIFY(window->isDirty());

    // Nothing of its own left: the same key now takes back the form's last field edit.
    pressUndo(text);
    QCOMPARE(name->text(), QStringLiteral("Anvil"));
    QTRY_VERIFY(!window->isDirty());
    QVERIFY(!window->model()->isDirty());
}

void tst_Undo::escapeRevertsTheFieldThenTheRecord()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *name = editorOf<QLineEdit>(window, QStringLiteral("name"));
    auto *notes = editorOf<QPlainTextEdit>(window, QStringLiteral("notes"));
    QVERIFY(name && notes);
    QAction *escape = window->undo()->escapeAction();
    QVERIFY(!escape->isEnabled());

    typeInto(name, QStringLiteral("x"));
    typeInto(notes, QStringLiteral("y"));
    QVERIFY(escape->isEnabled());
    QCOMPARE(escape->text(), QStringLiteral("Revert &Field"));

    // First Esc: the field with the caret goes back to its loaded value, the rest stays.
    QTest::keyClick(notes, Qt::Key_Escape);
    QCOMPARE(notes->toPlainText(), QStringLiteral("Heavy"));
    QCOMPARE(name->text(), QStringLiteral("Anvilx"));
    QVERIFY(window->isDirty());
    QTRY_COMPARE(escape->text(), QStringLiteral("Revert &Record"));

    // Second Esc: the whole record.
    QTest::keyClick(notes, Qt::Key_Escape);
    QCOMPARE(name->text(), QStringLiteral("Anvil"));
    QTRY_VERIFY(!window->isDirty());
    QVERIFY(!window->model()->isDirty());
    QVERIFY(window->isVisible());
    QVERIFY(!escape->isEnabled());
}

void tst_Undo::escapeWithoutEditsDoesNothing()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *name = editorOf<QLineEdit>(window, QStringLiteral("name"));
    QVERIFY(name);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Escape);
    // The window stays, asks nothing and shows the record as before.
    QVERIFY(window->isVisible());
    QCOMPARE(name->text(), QStringLiteral("Anvil"));
    QVERIFY(!window->isDirty());

    // Edited, the window still asks before closing: Esc never closes it.
    typeInto(name, QStringLiteral("x"));
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(window->isVisible());
    QCOMPARE(name->text(), QStringLiteral("Anvil"));
}

void tst_Undo::formHistoryEndsOnSave()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *name = editorOf<QLineEdit>(window, QStringLiteral("name"));
    auto *qty = editorOf<QSpinBox>(window, QStringLiteral("qty"));
    QVERIFY(name && qty);
    typeInto(name, QStringLiteral("x"));
    qty->setFocus();
    QVERIFY(window->undo()->history()->canUndo(window->currentRow()));
    QVERIFY(window->save());
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
             QStringLiteral("Anvilx"));
    // Saved: Ctrl+Z does not take back what is in the database now.
    QVERIFY(!window->undo()->history()->canUndo(window->currentRow()));
    QVERIFY(!window->undo()->undoAction()->isEnabled());
    pressUndo(qty);
    QCOMPARE(name->text(), QStringLiteral("Anvilx"));
    QVERIFY(!window->isDirty());

    // Revert and reload end it too.
    typeInto(name, QStringLiteral("y"));
    qty->setFocus();
    QVERIFY(window->undo()->history()->canUndo(window->currentRow()));
    window->revert();
    QVERIFY(!window->undo()->history()->canUndo(window->currentRow()));
    typeInto(name, QStringLiteral("z"));
    qty->setFocus();
    QVERIFY(window->undo()->history()->canUndo(window->currentRow()));
    {
        ModalAnswer discard(QStringLiteral("unsavedChangesBox"), clickButton(QMessageBox::Discard));
        QVERIFY(window->reload());
    }
    QVERIFY(!window->undo()->history()->canUndo(window->currentRow()));
}

void tst_Undo::formEditMenuShowsUndoAndEscape()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    RecordFormUndo *undo = window->undo();
    QVERIFY(undo);
    QVERIFY(actionIn(window->menuBar(), QStringLiteral("Edit"), undo->undoAction()));
    QVERIFY(actionIn(window->menuBar(), QStringLiteral("Edit"), undo->escapeAction()));
    QVERIFY(undo->undoAction()->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    QCOMPARE(undo->escapeAction()->shortcut(), QKeySequence(Qt::Key_Escape));
    QVERIFY(!undo->undoAction()->isEnabled());
    QVERIFY(!undo->escapeAction()->isEnabled());
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *name = editorOf<QLineEdit>(window, QStringLiteral("name"));
    typeInto(name, QStringLiteral("x"));
    QVERIFY(undo->undoAction()->isEnabled());
    QVERIFY(undo->escapeAction()->isEnabled());
    // Triggered from the menu, as by the key.
    editorOf<QSpinBox>(window, QStringLiteral("qty"))->setFocus();
    undo->undoAction()->trigger();
    QCOMPARE(name->text(), QStringLiteral("Anvil"));
    QTRY_VERIFY(!undo->undoAction()->isEnabled());
    QVERIFY(!undo->escapeAction()->isEnabled());
}

void tst_Undo::gridUndoTakesBackCellEditsUntilTheRowIsClean()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("people")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    VersionedTableModel *model = browser.model();
    QTableView *view = browser.view();
    const int nameColumn = model->fieldIndex(QStringLiteral("name"));
    const int cityColumn = model->fieldIndex(QStringLiteral("city"));
    const int row = rowOfId(model, 2);
    QVERIFY(!browser.undoAction()->isEnabled());

    // Two cells of Bob's row, moving between them (the row is not left, not saved).
    QVERIFY(editCell(view, model->index(row, nameColumn), QStringLiteral("Bobby"),
                     model->index(row, cityColumn)));
    QVERIFY(editCell(view, model->index(row, cityColumn), QStringLiteral("Bonn"),
                     model->index(row, nameColumn)));
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(model->rowState(row), VersionedTableModel::RowState::Edited);
    QVERIFY(browser.undoAction()->isEnabled());

    pressUndo(view);
    QCOMPARE(model->index(row, cityColumn).data().toString(), QStringLiteral("Berlin"));
    QCOMPARE(model->index(row, nameColumn).data().toString(), QStringLiteral("Bobby"));
    QCOMPARE(model->rowState(row), VersionedTableModel::RowState::Edited);
    pressUndo(view);
    QCOMPARE(model->index(row, nameColumn).data().toString(), QStringLiteral("Bob"));
    // Every edit taken back: the row is clean, nothing is saved on leaving it.
    QCOMPARE(model->rowState(row), VersionedTableModel::RowState::Clean);
    QVERIFY(!model->isDirty());
    QVERIFY(!browser.undoAction()->isEnabled());
    QCOMPARE(view->currentIndex(), model->index(row, nameColumn));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM people WHERE id = 2")).toInt(), 1);
}

void tst_Undo::gridEscapeCancelsTheCellThenRevertsTheRow()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("people")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    VersionedTableModel *model = browser.model();
    QTableView *view = browser.view();
    const int nameColumn = model->fieldIndex(QStringLiteral("name"));
    const int cityColumn = model->fieldIndex(QStringLiteral("city"));
    const int row = rowOfId(model, 1);
    QVERIFY(!browser.revertRowAction()->isEnabled());

    QVERIFY(editCell(view, model->index(row, nameColumn), QStringLiteral("Alina"),
                     model->index(row, cityColumn)));
    QVERIFY(browser.revertRowAction()->isEnabled());
    QCOMPARE(browser.revertRowAction()->shortcut(), QKeySequence(Qt::Key_Escape));

    // An open editor: the first Esc only cancels that cell's edit (Qt's own behaviour).
    QLineEdit *editor = openEditor(view, model->index(row, cityColumn));
    QVERIFY(editor);
    editor->setText(QStringLiteral("Lyon"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
    QCOMPARE(model->index(row, cityColumn).data().toString(), QStringLiteral("Paris"));
    QCOMPARE(model->index(row, nameColumn).data().toString(), QStringLiteral("Alina"));
    QCOMPARE(model->rowState(row), VersionedTableModel::RowState::Edited);

    // The second Esc reverts the record.
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(model->index(row, nameColumn).data().toString(), QStringLiteral("Alice"));
    QCOMPARE(model->rowState(row), VersionedTableModel::RowState::Clean);
    QVERIFY(!model->isDirty());
    QVERIFY(!browser.revertRowAction()->isEnabled());
}

void tst_Undo::gridHistoryEndsWhenTheRowIsSavedAndResorted()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    TableBrowser browser;
    browser.setDatabase(db.db());
    QVERIFY(browser.openTable(QStringLiteral("people")));
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    VersionedTableModel *model = browser.model();
    QTableView *view = browser.view();
    const int nameColumn = model->fieldIndex(QStringLiteral("name"));
    const int row = rowOfId(model, 1); // Alice, first by id

    QVERIFY(editCell(view, model->index(row, nameColumn), QStringLiteral("Zoe"),
                     model->index(row, nameColumn + 1)));
    QVERIFY(browser.gridUndo()->history()->canUndo(row));

    // Sorting by name saves the row first; Zoe moves last and Alicia takes row 0.
    view->horizontalHeader()->setSortIndicator(nameColumn, Qt::AscendingOrder);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM people WHERE id = 1")).toString(),
             QStringLiteral("Zoe"));
    QCOMPARE(model->index(0, nameColumn).data().toString(), QStringLiteral("Alicia"));
    // What was undoable belonged to Zoe's record, saved now: nothing applies to Alicia's row.
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(!browser.gridUndo()->history()->canUndo(r));
    view->setCurrentIndex(model->index(0, nameColumn));
    QVERIFY(!browser.undoAction()->isEnabled());
    pressUndo(view);
    QCOMPARE(model->index(0, nameColumn).data().toString(), QStringLiteral("Alicia"));
    QVERIFY(!model->isDirty());
}

void tst_Undo::historyFollowsTheRecordWhenARowIsInsertedAbove()
{
    // Rows move under a record's edits where the model holds several edited rows (OnManualSubmit):
    // the history is the record's, kept by a persistent index, never by row number.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    VersionedTableModel model(nullptr, db.db());
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setTable(QStringLiteral("people"));
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY(model.select());
    FieldUndoHistory history;
    history.setModel(&model);
    const int nameColumn = model.fieldIndex(QStringLiteral("name"));
    const int cityColumn = model.fieldIndex(QStringLiteral("city"));

    QVERIFY(model.setData(model.index(1, nameColumn), QStringLiteral("Bobby")));
    QVERIFY(model.setData(model.index(1, cityColumn), QStringLiteral("Bonn")));
    QCOMPARE(history.undoCount(1), 2);
    QVERIFY(model.insertRow(0));
    // Bob is at row 2 now, with his history; the new row and Alice have none.
    QCOMPARE(model.index(2, nameColumn).data().toString(), QStringLiteral("Bobby"));
    QCOMPARE(history.undoCount(2), 2);
    QVERIFY(!history.canUndo(0));
    QVERIFY(!history.canUndo(1));
    QCOMPARE(history.undo(2), cityColumn);
    QCOMPARE(model.index(2, cityColumn).data().toString(), QStringLiteral("Berlin"));
    QCOMPARE(model.rowState(0), VersionedTableModel::RowState::Inserted);
    QCOMPARE(model.rowState(1), VersionedTableModel::RowState::Clean);

    // The new row goes again (reverted): Bob moves back up and keeps his last step.
    model.revertRow(0);
    QCOMPARE(model.index(1, nameColumn).data().toString(), QStringLiteral("Bobby"));
    QCOMPARE(history.undoCount(1), 1);
    QCOMPARE(history.undo(1), nameColumn);
    QCOMPARE(model.index(1, nameColumn).data().toString(), QStringLiteral("Bob"));
    QCOMPARE(model.rowState(1), VersionedTableModel::RowState::Clean);
    QVERIFY(!model.isDirty());

    // A select() (a re-sort, a reload) drops the edits, and their history with them.
    QVERIFY(model.setData(model.index(2, nameColumn), QStringLiteral("Alicja")));
    QVERIFY(history.canUndo(2));
    model.setSort(nameColumn, Qt::DescendingOrder);
    QVERIFY(model.select());
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(!history.canUndo(r));
}

void tst_Undo::mainEditMenuShowsUndoAndRevertRecord()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(createPeople(db), QString());
    MainWindow window(MainWindow::Persistence::Transient);
    TableBrowser *browser = window.browser();
    QVERIFY(actionIn(window.menuBar(), QStringLiteral("Edit"), browser->undoAction()));
    QVERIFY(actionIn(window.menuBar(), QStringLiteral("Edit"), browser->revertRowAction()));
    QVERIFY(browser->undoAction()->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    QCOMPARE(browser->revertRowAction()->shortcut(), QKeySequence(Qt::Key_Escape));
    QVERIFY(!browser->undoAction()->isEnabled());
    QVERIFY(!browser->revertRowAction()->isEnabled());
}

QTEST_MAIN(tst_Undo)
#include "tst_undo.moc"
