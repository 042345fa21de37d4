// Tests for RecordFormWindow on SQLite and PostgreSQL: editors per column type, the hidden version
// column, dirty state, saving, NULLs, concurrent edits merged through the conflict dialog,
// constraint errors, unsaved-changes prompts, opening by key, navigation, reload and delete.
#include "fieldeditorfactory.h"
#include "formtestsupport.h"
#include "recordformwindow.h"
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QAbstractButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QtTest>

using namespace concord;
using namespace concord::test;

class tst_RecordFormWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordCounterIsExact_data() { TestDatabase::addBackendRows(); }
    void recordCounterIsExact();
    void editorsFollowColumnTypes_data() { TestDatabase::addBackendRows(); }
    void editorsFollowColumnTypes();
    void versionColumnIsNeverShown_data() { TestDatabase::addBackendRows(); }
    void versionColumnIsNeverShown();
    void labelsHaveBuddiesAndDistinctMnemonics_data() { TestDatabase::addBackendRows(); }
    void labelsHaveBuddiesAndDistinctMnemonics();
    void opensTheRecordInBrowserOrder_data() { TestDatabase::addBackendRows(); }
    void opensTheRecordInBrowserOrder();
    void opensByKeyNotByRowHint_data() { TestDatabase::addBackendRows(); }
    void opensByKeyNotByRowHint();
    void deletedRecordOpensNoOtherRecord_data() { TestDatabase::addBackendRows(); }
    void deletedRecordOpensNoOtherRecord();
    void tableWithoutVersionColumnIsInvalid_data() { TestDatabase::addBackendRows(); }
    void tableWithoutVersionColumnIsInvalid();
    void editingMarksTitleDirty_data() { TestDatabase::addBackendRows(); }
    void editingMarksTitleDirty();
    void saveWritesToDatabaseAndAdvancesVersion_data() { TestDatabase::addBackendRows(); }
    void saveWritesToDatabaseAndAdvancesVersion();
    void untouchedNullsStayNull_data() { TestDatabase::addBackendRows(); }
    void untouchedNullsStayNull();
    void editedNullDateAndForeignKeyAreSaved_data() { TestDatabase::addBackendRows(); }
    void editedNullDateAndForeignKeyAreSaved();
    void concurrentEditsOfDifferentFieldsMerge_data() { TestDatabase::addBackendRows(); }
    void concurrentEditsOfDifferentFieldsMerge();
    void cancelledConflictKeepsEditsAndDirtyState_data() { TestDatabase::addBackendRows(); }
    void cancelledConflictKeepsEditsAndDirtyState();
    void uniqueViolationKeepsEditsAndDatabase_data() { TestDatabase::addBackendRows(); }
    void uniqueViolationKeepsEditsAndDatabase();
    void closingDirtyWindowAsksFirst_data() { TestDatabase::addBackendRows(); }
    void closingDirtyWindowAsksFirst();
    void unsavedChangesButtonsHaveMnemonics_data() { TestDatabase::addBackendRows(); }
    void unsavedChangesButtonsHaveMnemonics();
    void nextAndPreviousMoveRecords_data() { TestDatabase::addBackendRows(); }
    void nextAndPreviousMoveRecords();
    void movingWithEditsAsksFirst_data() { TestDatabase::addBackendRows(); }
    void movingWithEditsAsksFirst();
    void revertRestoresLoadedValues_data() { TestDatabase::addBackendRows(); }
    void revertRestoresLoadedValues();
    void reloadShowsChangesByOthers_data() { TestDatabase::addBackendRows(); }
    void reloadShowsChangesByOthers();
    void deleteAsksThenRemovesRecord_data() { TestDatabase::addBackendRows(); }
    void deleteAsksThenRemovesRecord();
    void deletingRecordChangedByOthersGoesThroughConflictDialog_data()
    {
        TestDatabase::addBackendRows();
    }
    void deletingRecordChangedByOthersGoesThroughConflictDialog();
    void deleteAfterCancelledConflictDeletesWhatFormShows_data() { TestDatabase::addBackendRows(); }
    void deleteAfterCancelledConflictDeletesWhatFormShows();
    void formShowsEveryFieldWithoutScrolling_data() { TestDatabase::addBackendRows(); }
    void formShowsEveryFieldWithoutScrolling();

private:
    template<typename T>
    static T *editor(RecordFormWindow *window, const QString &field)
    {
        return qobject_cast<T *>(window->editorFor(field));
    }
};

void tst_RecordFormWindow::editorsFollowColumnTypes()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);

    auto *id = editor<QSpinBox>(window, QStringLiteral("id"));
    QVERIFY(id);
    QVERIFY2(id->isReadOnly(), "the primary key is not editable");
    QCOMPARE(id->value(), 1);

    auto *name = editor<QLineEdit>(window, QStringLiteral("name"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Anvil"));
    QVERIFY(!name->isReadOnly());

    auto *qty = editor<QSpinBox>(window, QStringLiteral("qty"));
    QVERIFY(qty);
    QCOMPARE(qty->value(), 3);

    auto *price = editor<QDoubleSpinBox>(window, QStringLiteral("price"));
    QVERIFY(price);
    QCOMPARE(price->decimals(), 2);
    QCOMPARE(price->value(), 19.90);
    QVERIFY(price->maximum() >= 99999999.0);

    auto *due = editor<QDateTimeEdit>(window, QStringLiteral("due"));
    QVERIFY2(due, "a DATE column gets a date editor, also on SQLite where it is text");
    QVERIFY(due->calendarPopup());
    QCOMPARE(due->date(), QDate(2024, 5, 31));
    QCOMPARE(due->displayedSections() & QDateTimeEdit::TimeSections_Mask, 0);

    auto *modifiedAt = editor<QDateTimeEdit>(window, QStringLiteral("modified_at"));
    QVERIFY2(modifiedAt, "a TIMESTAMP column gets a date-time editor");
    QVERIFY(modifiedAt->displayedSections() & QDateTimeEdit::HourSection);
    QVERIFY2(modifiedAt->isReadOnly(), "the model writes the who/when columns");
    QVERIFY(editor<QLineEdit>(window, QStringLiteral("modified_by"))->isReadOnly());

    auto *active = editor<QCheckBox>(window, QStringLiteral("active"));
    QVERIFY(active);
    QVERIFY(active->isChecked());

    auto *category = editor<QComboBox>(window, QStringLiteral("category_id"));
    QVERIFY2(category, "a foreign key gets a combo box of the referenced rows");
    QCOMPARE(category->count(), 3); // "(none)", Hardware, Software
    QCOMPARE(category->currentText(), QStringLiteral("Hardware"));
    QCOMPARE(category->currentData().toInt(), 1);
    QVERIFY(category->findText(QStringLiteral("Software")) >= 0);

    auto *notes = editor<QPlainTextEdit>(window, QStringLiteral("notes"));
    QVERIFY2(notes, "a TEXT column named notes gets a multi-line editor");
    QCOMPARE(notes->toPlainText(), QStringLiteral("Heavy"));
}

void tst_RecordFormWindow::versionColumnIsNeverShown()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);

    QVERIFY(!window->editorFor(QStringLiteral("version")));
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("version")));
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        QVERIFY2(!label->text().remove(QLatin1Char('&')).contains(QLatin1String("version"),
                                                                 Qt::CaseInsensitive),
                 qPrintable(label->text()));
    }
    // One editor per visible column, and the version column is not one of them.
    int editors = 0;
    for (int column = 0; column < window->model()->columnCount(); ++column) {
        const QString name = window->model()->record().fieldName(column);
        QVERIFY(name != QLatin1String("version"));
        editors += window->editorFor(name) ? 1 : 0;
    }
    QCOMPARE(editors, 10);
}

void tst_RecordFormWindow::labelsHaveBuddiesAndDistinctMnemonics()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);

    QSet<QChar> keys;
    int buddies = 0;
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->buddy())
            continue;
        ++buddies;
        const qsizetype amp = label->text().indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0, qPrintable(label->text()));
        const QChar key = label->text().at(amp + 1).toLower();
        QVERIFY2(!keys.contains(key), qPrintable(label->text()));
        QVERIFY2(key != QLatin1Char('r'), "Alt+R belongs to the Record menu");
        keys.insert(key);
    }
    QCOMPARE(buddies, 10);

    // Tab goes from field to field top to bottom (spin boxes focus their inner line edit).
    QStringList columns;
    for (int column = 0; column < window->model()->columnCount(); ++column)
        columns << window->model()->record().fieldName(column);
    QStringList visited;
    QWidget *widget = window->editorFor(columns.first());
    for (int step = 0; step < 200 && visited.size() < columns.size(); ++step) {
        for (const QString &name : std::as_const(columns)) {
            QWidget *editor = window->editorFor(name);
            if ((widget == editor || editor->isAncestorOf(widget)) && !visited.contains(name))
                visited << name;
        }
        widget = widget->nextInFocusChain();
    }
    QCOMPARE(visited, columns);
    auto *nameLabel = [&]() -> QLabel * {
        for (QLabel *label : labels) {
            if (label->buddy() == window->editorFor(QStringLiteral("category_id")))
                return label;
        }
        return nullptr;
    }();
    QVERIFY(nameLabel);
    QCOMPARE(nameLabel->text().remove(QLatin1Char('&')), QStringLiteral("Category:"));
}

void tst_RecordFormWindow::opensTheRecordInBrowserOrder()
{
    OPEN_SCHEMA(db);
    // Crate is first in descending order; next goes on in that order.
    WindowGuard descending{openItemsWindow(db, 3, Qt::DescendingOrder)};
    QVERIFY2(descending.window->isValid(), qPrintable(descending.window->errorString()));
    QCOMPARE(descending.window->currentRow(), 0);
    QCOMPARE(editor<QLineEdit>(descending.window, QStringLiteral("name"))->text(),
             QStringLiteral("Crate"));
    QVERIFY2(descending.window->windowTitle().startsWith(QStringLiteral("Crate — items #3")),
             qPrintable(descending.window->windowTitle()));
    descending.window->next();
    QCOMPARE(editor<QLineEdit>(descending.window, QStringLiteral("name"))->text(),
             QStringLiteral("Bolt"));

    WindowGuard filtered{openItemsWindow(db, 2, Qt::AscendingOrder, QStringLiteral("bol"))};
    QVERIFY2(filtered.window->isValid(), qPrintable(filtered.window->errorString()));
    QCOMPARE(filtered.window->currentRow(), 0);
    QCOMPARE(editor<QLineEdit>(filtered.window, QStringLiteral("name"))->text(),
             QStringLiteral("Bolt"));
}

void tst_RecordFormWindow::opensByKeyNotByRowHint()
{
    OPEN_SCHEMA(db);
    // The browser saw Bolt at row 1; since then someone added Aaa and Axe (both sorting first)
    // and deleted Anvil, so row 1 now holds Axe. The window must still show Bolt.
    QCOMPARE(db.execAll({QStringLiteral("INSERT INTO items (name, active) VALUES ('Axe', TRUE)"),
                         QStringLiteral("INSERT INTO items (name, active) VALUES ('Aaa', TRUE)"),
                         QStringLiteral("DELETE FROM items WHERE id = 1")}),
             QString());
    WindowGuard guard{openItemsWindow(db, 2, Qt::AscendingOrder, {}, 1)};
    RecordFormWindow *window = guard.window;
    QVERIFY2(window->isValid(), qPrintable(window->errorString()));
    QCOMPARE(editor<QLineEdit>(window, QStringLiteral("name"))->text(), QStringLiteral("Bolt"));
    QCOMPARE(window->key().value(QStringLiteral("id")).toInt(), 2);
    QCOMPARE(window->currentRow(), 2); // Aaa, Axe, Bolt, Crate
    window->next();
    QCOMPARE(editor<QLineEdit>(window, QStringLiteral("name"))->text(), QStringLiteral("Crate"));
    window->previous();
    window->previous();
    QCOMPARE(editor<QLineEdit>(window, QStringLiteral("name"))->text(), QStringLiteral("Axe"));
}

void tst_RecordFormWindow::deletedRecordOpensNoOtherRecord()
{
    OPEN_SCHEMA(db);
    QCOMPARE(db.exec(QStringLiteral("DELETE FROM items WHERE id = 2")), QString());
    // Row 1, where the browser saw Bolt, now holds Crate: it must not be shown instead.
    WindowGuard guard{openItemsWindow(db, 2, Qt::AscendingOrder, {}, 1)};
    RecordFormWindow *window = guard.window;
    QVERIFY(!window->isValid());
    QVERIFY2(window->errorString().contains(QLatin1String("items #2"))
                 && window->errorString().contains(QLatin1String("deleted")),
             qPrintable(window->errorString()));
    QCOMPARE(window->currentRow(), -1);
    QVERIFY(!window->editorFor(QStringLiteral("name")));

    // A key that never existed is refused the same way.
    WindowGuard beyond{openItemsWindow(db, 7)};
    QVERIFY(!beyond.window->isValid());
    QVERIFY2(beyond.window->errorString().contains(QLatin1String("items #7")),
             qPrintable(beyond.window->errorString()));
}

void tst_RecordFormWindow::tableWithoutVersionColumnIsInvalid()
{
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(db.execAll({QStringLiteral("DROP TABLE IF EXISTS plain"),
                         QStringLiteral("CREATE TABLE plain (id INTEGER PRIMARY KEY, name TEXT)")}),
             QString());
    WindowGuard guard{new RecordFormWindow(DatabaseConnector::clone(db.db()),
                                           QStringLiteral("plain"), QSqlRecord())};
    QVERIFY(!guard.window->isValid());
    QVERIFY(!guard.window->errorString().isEmpty());
    QVERIFY(!guard.window->editorFor(QStringLiteral("name")));
}

void tst_RecordFormWindow::editingMarksTitleDirty()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    QCOMPARE(window->windowTitle(), QStringLiteral("Anvil — items #1[*] — Concord"));
    QVERIFY(!window->isWindowModified());
    QVERIFY(!window->isDirty());

    QTest::keyClicks(editor<QLineEdit>(window, QStringLiteral("name")), QStringLiteral("s"));
    QVERIFY(window->isWindowModified());
    QVERIFY(window->isDirty());

    window->revert();
    QVERIFY(!window->isWindowModified());
    editor<QCheckBox>(window, QStringLiteral("active"))->click();
    QVERIFY2(window->isWindowModified(), "a check box edit counts too");
}

void tst_RecordFormWindow::saveWritesToDatabaseAndAdvancesVersion()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QSignalSpy saved(window, &RecordFormWindow::recordSaved);

    editor<QLineEdit>(window, QStringLiteral("name"))->setText(QStringLiteral("Anvil XL"));
    editor<QSpinBox>(window, QStringLiteral("qty"))->setValue(7);
    editor<QDoubleSpinBox>(window, QStringLiteral("price"))->setValue(21.5);
    QVERIFY(window->save());

    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
             QStringLiteral("Anvil XL"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 7);
    QCOMPARE(db.scalar(QStringLiteral("SELECT price FROM items WHERE id = 1")).toDouble(), 21.5);
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 2);
    QCOMPARE(window->model()->rowVersion(window->currentRow()).toInt(), 2);
    QVERIFY(!window->isWindowModified());
    QVERIFY(!window->isDirty());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toString(), QStringLiteral("items"));
    // Fields nobody touched keep their values.
    QCOMPARE(db.scalar(QStringLiteral("SELECT notes FROM items WHERE id = 1")).toString(),
             QStringLiteral("Heavy"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT due FROM items WHERE id = 1")).toDate(),
             QDate(2024, 5, 31));

    // A second save on the refreshed version works too.
    editor<QSpinBox>(window, QStringLiteral("qty"))->setValue(8);
    QVERIFY(window->save());
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 3);
}

void tst_RecordFormWindow::untouchedNullsStayNull()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 2);
    QCOMPARE(editor<QLineEdit>(window, QStringLiteral("name"))->text(), QStringLiteral("Bolt"));
    QCOMPARE(editor<QComboBox>(window, QStringLiteral("category_id"))->currentData(), QVariant());

    editor<QLineEdit>(window, QStringLiteral("name"))->setText(QStringLiteral("Bolt M8"));
    QVERIFY(window->save());
    QCOMPARE(db.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM items WHERE name = 'Bolt M8' AND qty IS NULL"
                 " AND price IS NULL AND due IS NULL AND category_id IS NULL AND notes IS NULL"))
                 .toInt(),
             1);
}

void tst_RecordFormWindow::editedNullDateAndForeignKeyAreSaved()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 2);

    auto *due = editor<QDateTimeEdit>(window, QStringLiteral("due"));
    due->stepBy(1); // from NULL, a step starts at today
    QCOMPARE(due->date(), QDate::currentDate());
    due->setDate(QDate(2025, 2, 28));
    auto *category = editor<QComboBox>(window, QStringLiteral("category_id"));
    category->setCurrentIndex(category->findText(QStringLiteral("Software")));
    auto *qty = editor<QSpinBox>(window, QStringLiteral("qty"));
    qty->stepBy(1); // from NULL, a step starts at zero
    QCOMPARE(qty->value(), 0);
    QVERIFY(window->save());

    QCOMPARE(db.scalar(QStringLiteral("SELECT due FROM items WHERE id = 2")).toDate(),
             QDate(2025, 2, 28));
    QCOMPARE(db.scalar(QStringLiteral("SELECT category_id FROM items WHERE id = 2")).toInt(), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 2")).toInt(), 0);
    QVERIFY(!db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 2")).isNull());
    if (db.isSqlite()) {
        // SQLite's text dates keep the ISO form its date functions read.
        QCOMPARE(db.scalar(QStringLiteral("SELECT due FROM items WHERE id = 2")).toString(),
                 QStringLiteral("2025-02-28"));
    }
}

void tst_RecordFormWindow::concurrentEditsOfDifferentFieldsMerge()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(first, db, 1);
    OPEN_WINDOW(second, db, 1);
    first->show();
    second->show();

    // Both edit before either saves (a window with no edits would simply take the first save).
    editor<QLineEdit>(first, QStringLiteral("name"))->setText(QStringLiteral("Anvil (first)"));
    editor<QSpinBox>(second, QStringLiteral("qty"))->setValue(42);
    QVERIFY(first->save());
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 2);
    QSignalSpy saved(second, &RecordFormWindow::recordSaved);
    ModalAnswer answer(QStringLiteral("conflictDialog"),
                       clickNamed(QStringLiteral("saveMergedButton")));
    QVERIFY(second->save());
    QVERIFY2(answer.answered(), "the second save opens the conflict dialog");

    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
             QStringLiteral("Anvil (first)"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 42);
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 3);
    // The form shows the merged record and is clean again.
    QCOMPARE(editor<QLineEdit>(second, QStringLiteral("name"))->text(),
             QStringLiteral("Anvil (first)"));
    QCOMPARE(editor<QSpinBox>(second, QStringLiteral("qty"))->value(), 42);
    QVERIFY(!second->isWindowModified());
    QCOMPARE(saved.count(), 1);
}

void tst_RecordFormWindow::cancelledConflictKeepsEditsAndDirtyState()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QCOMPARE(db.exec(QStringLiteral(
                 "UPDATE items SET qty = 5, modified_by = 'maria', version = version + 1"
                 " WHERE id = 1")),
             QString());

    editor<QSpinBox>(window, QStringLiteral("qty"))->setValue(9);
    ModalAnswer answer(QStringLiteral("conflictDialog"), [](QWidget *dialog) {
        qobject_cast<QDialog *>(dialog)->reject();
    });
    QVERIFY(!window->save());
    QVERIFY(answer.answered());
    QCOMPARE(editor<QSpinBox>(window, QStringLiteral("qty"))->value(), 9);
    QVERIFY(window->isWindowModified());
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("maria")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 5);
}

void tst_RecordFormWindow::uniqueViolationKeepsEditsAndDatabase()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));

    auto *name = editor<QLineEdit>(window, QStringLiteral("name"));
    const QColor normalBase = name->palette().color(QPalette::Base);
    name->setText(QStringLiteral("Bolt")); // taken by row 2
    editor<QSpinBox>(window, QStringLiteral("qty"))->setValue(4);
    QVERIFY(!window->save());

    QCOMPARE(window->model()->lastFailure(), VersionedTableModel::FailureKind::ConstraintViolation);
    QCOMPARE(name->text(), QStringLiteral("Bolt"));
    QCOMPARE(editor<QSpinBox>(window, QStringLiteral("qty"))->value(), 4);
    QVERIFY(window->isWindowModified());
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
             QStringLiteral("Anvil"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 1);

    // The message is shown inline, at the field it concerns.
    auto *message = window->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    // It names the field by the label the form shows ("Name"), not the column (name).
    QVERIFY2(message->text().contains(QLatin1String("already has this Name")),
             qPrintable(message->text()));
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());
    QVERIFY(name->palette().color(QPalette::Base) != normalBase);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));

    // Fixing the input clears the marks, and the save goes through.
    name->setText(QStringLiteral("Anvil 2"));
    QCOMPARE(name->palette().color(QPalette::Base), normalBase);
    QVERIFY(window->save());
    QVERIFY(!message->isVisible());
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
             QStringLiteral("Anvil 2"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 4);
}

void tst_RecordFormWindow::closingDirtyWindowAsksFirst()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QPointer<RecordFormWindow> alive(window);
    window->show();
    editor<QLineEdit>(window, QStringLiteral("name"))->setText(QStringLiteral("Changed"));

    {
        ModalAnswer cancel(QStringLiteral("unsavedChangesBox"), clickButton(QMessageBox::Cancel));
        QVERIFY(!window->close());
        QVERIFY(cancel.answered());
    }
    QVERIFY(window->isVisible());
    QCOMPARE(editor<QLineEdit>(window, QStringLiteral("name"))->text(), QStringLiteral("Changed"));

    {
        ModalAnswer discard(QStringLiteral("unsavedChangesBox"), clickButton(QMessageBox::Discard));
        QVERIFY(window->close());
        QVERIFY(discard.answered());
    }
    QTRY_VERIFY(alive.isNull()); // deleted on close
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
             QStringLiteral("Anvil"));
}

void tst_RecordFormWindow::unsavedChangesButtonsHaveMnemonics()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    editor<QLineEdit>(window, QStringLiteral("name"))->setText(QStringLiteral("Changed"));

    QStringList texts;
    {
        ModalAnswer cancel(QStringLiteral("unsavedChangesBox"),
                           noteButtonsThenClick(&texts, QMessageBox::Cancel));
        QVERIFY(!window->close());
        QVERIFY(cancel.answered());
    }
    QCOMPARE(texts.size(), 3);
    QCOMPARE(mnemonicProblem(texts), QString());
    window->revert();
}

void tst_RecordFormWindow::nextAndPreviousMoveRecords()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    auto *name = editor<QLineEdit>(window, QStringLiteral("name"));

    window->next();
    QCOMPARE(window->currentRow(), 1);
    QCOMPARE(name->text(), QStringLiteral("Bolt"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Bolt — items #2[*] — Concord"));
    window->next();
    QCOMPARE(window->currentRow(), 2);
    QCOMPARE(name->text(), QStringLiteral("Crate"));
    window->next(); // the last record stays
    QCOMPARE(window->currentRow(), 2);
    window->previous();
    QCOMPARE(window->currentRow(), 1);
    QCOMPARE(name->text(), QStringLiteral("Bolt"));
    window->previous();
    window->previous(); // the first record stays
    QCOMPARE(window->currentRow(), 0);
    QCOMPARE(name->text(), QStringLiteral("Anvil"));
    QVERIFY(!window->isWindowModified());
}

void tst_RecordFormWindow::movingWithEditsAsksFirst()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    auto *name = editor<QLineEdit>(window, QStringLiteral("name"));

    name->setText(QStringLiteral("Anvil (edited)"));
    {
        ModalAnswer cancel(QStringLiteral("unsavedChangesBox"), clickButton(QMessageBox::Cancel));
        window->next();
        QVERIFY(cancel.answered());
    }
    QCOMPARE(window->currentRow(), 0);
    QCOMPARE(name->text(), QStringLiteral("Anvil (edited)"));

    {
        ModalAnswer save(QStringLiteral("unsavedChangesBox"), clickButton(QMessageBox::Save));
        window->next();
        QVERIFY(save.answered());
    }
    QCOMPARE(window->currentRow(), 1);
    QCOMPARE(name->text(), QStringLiteral("Bolt"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
             QStringLiteral("Anvil (edited)"));

    name->setText(QStringLiteral("Bolt (edited)"));
    {
        ModalAnswer discard(QStringLiteral("unsavedChangesBox"), clickButton(QMessageBox::Discard));
        window->previous();
        QVERIFY(discard.answered());
    }
    QCOMPARE(window->currentRow(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items WHERE id = 2")).toString(),
             QStringLiteral("Bolt"));
    QVERIFY(!window->isWindowModified());
}

void tst_RecordFormWindow::revertRestoresLoadedValues()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    editor<QLineEdit>(window, QStringLiteral("name"))->setText(QStringLiteral("Other"));
    editor<QPlainTextEdit>(window, QStringLiteral("notes"))->setPlainText(QStringLiteral("Light"));
    QVERIFY(window->isDirty());

    window->revert();
    QCOMPARE(editor<QLineEdit>(window, QStringLiteral("name"))->text(), QStringLiteral("Anvil"));
    QCOMPARE(editor<QPlainTextEdit>(window, QStringLiteral("notes"))->toPlainText(),
             QStringLiteral("Heavy"));
    QVERIFY(!window->isDirty());
    QVERIFY(!window->isWindowModified());
}

void tst_RecordFormWindow::reloadShowsChangesByOthers()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QCOMPARE(db.exec(QStringLiteral(
                 "UPDATE items SET qty = 99, version = version + 1 WHERE id = 1")),
             QString());

    QVERIFY(window->reload());
    QCOMPARE(editor<QSpinBox>(window, QStringLiteral("qty"))->value(), 99);
    QCOMPARE(window->model()->rowVersion(window->currentRow()).toInt(), 2);

    // Saving after a reload is conditional on the new version, and succeeds.
    editor<QSpinBox>(window, QStringLiteral("qty"))->setValue(100);
    QVERIFY(window->save());
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 3);
}

void tst_RecordFormWindow::deleteAsksThenRemovesRecord()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QSignalSpy saved(window, &RecordFormWindow::recordSaved);

    {
        ModalAnswer cancel(QStringLiteral("deleteRecordBox"), clickButton(QMessageBox::Cancel));
        QVERIFY(!window->deleteRecord());
        QVERIFY(cancel.answered());
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 3);

    {
        ModalAnswer confirm(QStringLiteral("deleteRecordBox"),
                            clickRole(QMessageBox::DestructiveRole));
        QVERIFY(window->deleteRecord());
        QVERIFY(confirm.answered());
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 1")).toInt(), 0);
    QCOMPARE(saved.count(), 1);
    // The form moves on to the record that took the deleted one's place.
    QCOMPARE(window->currentRow(), 0);
    QCOMPARE(editor<QLineEdit>(window, QStringLiteral("name"))->text(), QStringLiteral("Bolt"));
}

void tst_RecordFormWindow::deletingRecordChangedByOthersGoesThroughConflictDialog()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QCOMPARE(db.exec(QStringLiteral(
                 "UPDATE items SET qty = 5, version = version + 1 WHERE id = 1")),
             QString());
    const auto remaining = [&db] {
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 1")).toInt();
    };

    {
        // Cancelled in the dialog: the record stays, and so does the form.
        ModalAnswer confirm(QStringLiteral("deleteRecordBox"),
                            clickRole(QMessageBox::DestructiveRole));
        ModalAnswer cancel(QStringLiteral("conflictDialog"),
                           clickNamed(QStringLiteral("cancelButton")));
        QVERIFY(!window->deleteRecord());
        QVERIFY(confirm.answered());
        QVERIFY(cancel.answered());
    }
    QCOMPARE(remaining(), 1);
    QCOMPARE(editor<QLineEdit>(window, QStringLiteral("name"))->text(), QStringLiteral("Anvil"));
    QVERIFY(!window->isWindowModified());
    // Dropping the delete's mark took their record (revertRow after a save's conflict): the
    // form shows their qty and says so, and its next Delete is checked against that version.
    QCOMPARE(editor<QSpinBox>(window, QStringLiteral("qty"))->value(), 5);
    QCOMPARE(window->statusBar()->currentMessage(),
             QStringLiteral("Not deleted: showing what someone else saved"));

    // Changed again by others since the form showed it: the dialog again.
    QCOMPARE(db.exec(QStringLiteral(
                 "UPDATE items SET qty = 6, version = version + 1 WHERE id = 1")),
             QString());
    {
        ModalAnswer confirm(QStringLiteral("deleteRecordBox"),
                            clickRole(QMessageBox::DestructiveRole));
        ModalAnswer anyway(QStringLiteral("conflictDialog"),
                           clickNamed(QStringLiteral("overwriteButton")));
        ModalAnswer sure(QStringLiteral("confirmOverwriteBox"), clickButton(QMessageBox::Yes));
        QVERIFY(window->deleteRecord());
        QVERIFY(anyway.answered());
        QVERIFY(sure.answered());
    }
    QCOMPARE(remaining(), 0);
    QCOMPARE(editor<QLineEdit>(window, QStringLiteral("name"))->text(), QStringLiteral("Bolt"));
}

void tst_RecordFormWindow::deleteAfterCancelledConflictDeletesWhatFormShows()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QCOMPARE(db.exec(QStringLiteral(
                 "UPDATE items SET qty = 5, version = version + 1 WHERE id = 1")),
             QString());
    {
        ModalAnswer confirm(QStringLiteral("deleteRecordBox"),
                            clickRole(QMessageBox::DestructiveRole));
        ModalAnswer cancel(QStringLiteral("conflictDialog"),
                           clickNamed(QStringLiteral("cancelButton")));
        QVERIFY(!window->deleteRecord());
        QVERIFY(cancel.answered());
    }
    // The form shows their record now, and tells so: the operator has seen what a second
    // Delete removes, so it asks only the usual question.
    QCOMPARE(editor<QSpinBox>(window, QStringLiteral("qty"))->value(), 5);
    QCOMPARE(window->statusBar()->currentMessage(),
             QStringLiteral("Not deleted: showing what someone else saved"));
    {
        ModalAnswer confirm(QStringLiteral("deleteRecordBox"),
                            clickRole(QMessageBox::DestructiveRole));
        QVERIFY(window->deleteRecord());
        QVERIFY(confirm.answered());
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 1")).toInt(), 0);
}

void tst_RecordFormWindow::formShowsEveryFieldWithoutScrolling()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    auto *scroll = window->findChild<QScrollArea *>(QStringLiteral("formScrollArea"));
    QVERIFY(scroll);
    QVERIFY2(!scroll->verticalScrollBar()->isVisible(), "ten fields fit the initial window");
    for (const QString &field : {QStringLiteral("id"), QStringLiteral("modified_at")}) {
        QWidget *editor = window->editorFor(field);
        QVERIFY(editor->isVisible());
        QVERIFY(editor->width() > 0);
    }
    const QPixmap clean = window->grab();
    QVERIFY(!clean.isNull());

    // Set CONCORD_SCREENSHOT_DIR to look at the form, clean and with a field error.
    const QString dir = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QFETCH(QString, backend);
        QVERIFY(clean.save(dir + QStringLiteral("/recordform-%1.png").arg(backend)));
        editor<QLineEdit>(window, QStringLiteral("name"))->setText(QStringLiteral("Bolt"));
        QVERIFY(!window->save());
        QVERIFY(window->grab().save(dir + QStringLiteral("/recordform-error-%1.png").arg(backend)));
    }
}

void tst_RecordFormWindow::recordCounterIsExact()
{
    // Issue 10, item 6: the counter says how many records there are, not how many are read.
    OPEN_SCHEMA(db);
    QCOMPARE(TestDatabase::insertSeries(db.db(), QStringLiteral("items"), {QStringLiteral("name")},
                                        {QStringLiteral("'n' || x")}, 1300),
             QString());
    const int total = db.scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toInt();
    OPEN_WINDOW(form, db, 1);
    const auto *label = form->findChild<QLabel *>(QStringLiteral("positionLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Record 1 of %1").arg(QLocale().toString(total)));
}

QTEST_MAIN(tst_RecordFormWindow)
#include "tst_recordformwindow.moc"
