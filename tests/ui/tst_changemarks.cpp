// Tests for what changed being visible: a record form marks the fields edited since the record was
// loaded (cleared on save, revert, reload), and the grid's row header shows each record's state
// (edited, new, deleted, in conflict with someone else's change) instead of a row number. A change
// made elsewhere that the grid or the form shows in place marks the cells it changed for a while,
// with who and when in their tooltip.
#include "browsertestsupport.h"
#include "changedfieldmarks.h"
#include "formtestsupport.h"
#include "gridcelldelegate.h"
#include "recordformview.h"
#include "recordformwindow.h"
#include "refreshedcells.h"
#include "rowstateheader.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/recordchange.h>
#include <concord/tablepreparer.h>
#include <concord/versionedtablemodel.h>

#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

using namespace concord;
using namespace concord::test;

using RowState = VersionedTableModel::RowState;

namespace {

QLabel *labelOf(RecordFormWindow *window, const QString &field)
{
    QWidget *editor = window->editorFor(field);
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() == editor)
            return label;
    }
    return nullptr;
}

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

// A browser on the people table, shown.
#define OPEN_PEOPLE_BROWSER(browser, db)                                                    \
    CONCORD_OPEN_TEST_DB(db);                                                               \
    QCOMPARE(createPeople(db), QString());                                                  \
    TableBrowser browser;                                                                   \
    browser.setDatabase(db.db());                                                           \
    QVERIFY(browser.openTable(QStringLiteral("people")));                                   \
    browser.show();                                                                         \
    QVERIFY(QTest::qWaitForWindowExposed(&browser))

QBrush cellBackground(TableBrowser &browser, const QModelIndex &index)
{
    auto *cells = qobject_cast<GridCellDelegate *>(browser.view()->itemDelegate());
    return cells ? cells->cellOption(index).backgroundBrush : QBrush(Qt::red);
}

// What the grid's tooltip says over `index`, as a user resting the mouse there sees it.
QString gridToolTip(QTableView *view, const QModelIndex &index)
{
    // A tooltip goes on a short timer: wait until the last one has.
    QToolTip::hideText();
    if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 2000))
        return QStringLiteral("(an earlier tooltip stayed up)");
    const QPoint pos = view->visualRect(index).center();
    QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(view->viewport(), &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

QString timeOfDay(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

class tst_ChangeMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formMarksEditedFieldsUntilSaved_data() { TestDatabase::addBackendRows(); }
    void formMarksEditedFieldsUntilSaved();
    void formMarksGoOnRevertAndWhenTypedBack_data() { TestDatabase::addBackendRows(); }
    void formMarksGoOnRevertAndWhenTypedBack();
    void gridHeaderShowsEditedAndNewRecords_data() { TestDatabase::addBackendRows(); }
    void gridHeaderShowsEditedAndNewRecords();
    void gridHeaderShowsAConflictWithAnotherConnection_data() { TestDatabase::addBackendRows(); }
    void gridHeaderShowsAConflictWithAnotherConnection();

    // Changes made elsewhere, shown in place: the cells they changed stay marked a while.
    void markTextSaysWhoAndWhen();
    void gridMarksTheCellsAChangeElsewhereRefreshed_data() { TestDatabase::addBackendRows(); }
    void gridMarksTheCellsAChangeElsewhereRefreshed();
    void gridKeepsTheMarksOfASaveInARecordWindow_data() { TestDatabase::addBackendRows(); }
    void gridKeepsTheMarksOfASaveInARecordWindow();
    void gridMarksNoCellsOfARowWithEdits_data() { TestDatabase::addBackendRows(); }
    void gridMarksNoCellsOfARowWithEdits();
    void gridMarksAnOutsideProgramsChange_data() { TestDatabase::addBackendRows(); }
    void gridMarksAnOutsideProgramsChange();
    void formMarksTheFieldsAChangeElsewhereRefreshed_data() { TestDatabase::addBackendRows(); }
    void formMarksTheFieldsAChangeElsewhereRefreshed();
    void formMarkOfAFieldGoesWhenTheUserEditsIt_data() { TestDatabase::addBackendRows(); }
    void formMarkOfAFieldGoesWhenTheUserEditsIt();

    // Short marks: the tests wait for them to go.
    void init() { RefreshedCells::setMarkDuration(markMs); }
    void cleanup()
    {
        deleteRecordWindows();
        RefreshedCells::setMarkDuration(5000);
    }

private:
    static constexpr int markMs = 1500;
};

void tst_ChangeMarks::formMarksEditedFieldsUntilSaved()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    ChangedFieldMarks *marks = window->changedFieldMarks();
    QVERIFY(marks);
    QLabel *nameLabel = labelOf(window, QStringLiteral("name"));
    QLabel *qtyLabel = labelOf(window, QStringLiteral("qty"));
    QVERIFY(nameLabel && qtyLabel);
    const QString plainText = nameLabel->text();
    QVERIFY(!nameLabel->font().bold());
    QVERIFY(marks->markedFields().isEmpty());

    qobject_cast<QLineEdit *>(window->editorFor(QStringLiteral("name")))->setText(QStringLiteral("Anvils"));
    QTRY_VERIFY(marks->isMarked(QStringLiteral("name")));
    QCOMPARE(marks->markedFields(), QStringList{QStringLiteral("name")});
    QVERIFY(nameLabel->font().bold());
    QVERIFY(nameLabel->text().endsWith(plainText));
    QVERIFY(nameLabel->text() != plainText);
    QVERIFY(nameLabel->toolTip().contains(ChangedFieldMarks::changedText()));
    QWidget *nameEditor = window->editorFor(QStringLiteral("name"));
    QVERIFY(nameEditor->toolTip().contains(QLatin1String("Changed since loaded")));
    QVERIFY(nameEditor->accessibleDescription().contains(QLatin1String("Changed since loaded")));
    QVERIFY(!qtyLabel->font().bold());
    QVERIFY(!window->editorFor(QStringLiteral("qty"))->toolTip().contains(ChangedFieldMarks::changedText()));

    QVERIFY(window->save());
    QTRY_VERIFY(marks->markedFields().isEmpty());
    QVERIFY(!nameLabel->font().bold());
    QCOMPARE(nameLabel->text(), plainText);
    QVERIFY(!nameEditor->toolTip().contains(ChangedFieldMarks::changedText()));
    QVERIFY(!nameEditor->accessibleDescription().contains(ChangedFieldMarks::changedText()));
}

void tst_ChangeMarks::formMarksGoOnRevertAndWhenTypedBack()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    ChangedFieldMarks *marks = window->changedFieldMarks();
    auto *name = qobject_cast<QLineEdit *>(window->editorFor(QStringLiteral("name")));
    auto *qty = qobject_cast<QSpinBox *>(window->editorFor(QStringLiteral("qty")));
    QVERIFY(name && qty);

    name->setText(QStringLiteral("Anvils"));
    qty->setValue(7);
    QTRY_COMPARE(marks->markedFields().size(), 2);
    // Typed back to what was loaded: no longer a change.
    name->setText(QStringLiteral("Anvil"));
    QTRY_COMPARE(marks->markedFields(), QStringList{QStringLiteral("qty")});
    window->revert();
    QTRY_VERIFY(marks->markedFields().isEmpty());

    qty->setValue(8);
    QTRY_VERIFY(marks->isMarked(QStringLiteral("qty")));
    {
        ModalAnswer discard(QStringLiteral("unsavedChangesBox"), clickButton(QMessageBox::Discard));
        QVERIFY(window->reload());
    }
    QTRY_VERIFY(marks->markedFields().isEmpty());
}

void tst_ChangeMarks::gridHeaderShowsEditedAndNewRecords()
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
    auto *header = qobject_cast<RowStateHeader *>(view->verticalHeader());
    QVERIFY(header);
    const int nameColumn = model->fieldIndex(QStringLiteral("name"));
    const int cityColumn = model->fieldIndex(QStringLiteral("city"));

    // Clean rows show nothing, and the header stays narrow whatever the ids.
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(header->stateOf(row), RowState::Clean);
        QVERIFY(RowStateHeader::glyph(header->stateOf(row)).isEmpty());
    }
    QVERIFY(header->sizeHint().width() < 60);

    const int row = rowOfId(model, 2);
    QVERIFY(editCell(view, model->index(row, nameColumn), QStringLiteral("Bobby"),
                     model->index(row, cityColumn)));
    QCOMPARE(header->stateOf(row), RowState::Edited);
    QVERIFY(!RowStateHeader::glyph(RowState::Edited).isEmpty());
    QVERIFY(RowStateHeader::description(RowState::Edited).contains(QLatin1String("not saved")));
    QCOMPARE(header->stateOf(rowOfId(model, 1)), RowState::Clean);

    // Leaving the row saves it: clean again.
    view->setCurrentIndex(model->index(rowOfId(model, 1), nameColumn));
    QTRY_COMPARE(header->stateOf(rowOfId(model, 2)), RowState::Clean);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM people WHERE id = 2")).toString(),
             QStringLiteral("Bobby"));

    // A new record, not saved yet, at the top.
    browser.insertNewRow();
    QCOMPARE(header->stateOf(0), RowState::Inserted);
    QVERIFY(RowStateHeader::description(RowState::Inserted).contains(QLatin1String("New")));
    QCOMPARE(header->stateOf(rowOfId(model, 2)), RowState::Clean);
    browser.revertCurrentRow();
    QTRY_COMPARE(model->rowCount(), 3);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(header->stateOf(r), RowState::Clean);

    // A record marked for deletion (kept until saved, in a model that saves by hand).
    VersionedTableModel manual(nullptr, db.db());
    manual.setEditStrategy(QSqlTableModel::OnManualSubmit);
    manual.setTable(QStringLiteral("people"));
    QVERIFY(manual.select());
    QVERIFY(manual.removeRow(0));
    QCOMPARE(manual.rowState(0), RowState::Deleted);
    QVERIFY(!RowStateHeader::glyph(RowState::Deleted).isEmpty());
}

void tst_ChangeMarks::gridHeaderShowsAConflictWithAnotherConnection()
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
    auto *header = qobject_cast<RowStateHeader *>(view->verticalHeader());
    QVERIFY(header);
    const int nameColumn = model->fieldIndex(QStringLiteral("name"));
    const int cityColumn = model->fieldIndex(QStringLiteral("city"));
    const int row = rowOfId(model, 3);

    QVERIFY(editCell(view, model->index(row, cityColumn), QStringLiteral("Milan"),
                     model->index(row, nameColumn)));
    QCOMPARE(header->stateOf(row), RowState::Edited);
    // Someone else saves the same record on a connection of their own.
    QVERIFY(saveAsOther(db, 3, {{QStringLiteral("city"), QStringLiteral("Turin")}}));

    // Saving now meets their change; the conflict dialog is cancelled, the edits stay.
    ModalWatcher cancel([](QWidget *modal) { modal->close(); });
    browser.commitPendingRow();
    QTRY_VERIFY(cancel.seen());
    const RowState state = header->stateOf(rowOfId(model, 3));
    QVERIFY2(state == RowState::Conflict || state == RowState::ChangedElsewhere,
             QMetaEnum::fromType<RowState>().valueToKey(int(state)));
    QVERIFY(!RowStateHeader::glyph(state).isEmpty());
    QVERIFY(RowStateHeader::description(state).contains(QLatin1String("someone else")));
    QCOMPARE(header->stateOf(rowOfId(model, 1)), RowState::Clean);

    // Reverted: the record takes their version and its mark goes.
    view->setCurrentIndex(model->index(rowOfId(model, 3), nameColumn));
    browser.revertCurrentRow();
    QTRY_COMPARE(header->stateOf(rowOfId(model, 3)), RowState::Clean);
}

void tst_ChangeMarks::markTextSaysWhoAndWhen()
{
    VersionedTableModel model;
    model.setOperatorName(QStringLiteral("ann"));
    const QDateTime now = QDateTime::currentDateTime();

    // Nothing says who: no name, and no time either (a stale when would mislead).
    RecordChange outside(QStringLiteral("people"), {1});
    outside.setChangedAt(now);
    QCOMPARE(RefreshedCells::describe(outside, &model), QStringLiteral("Changed by another program"));

    RecordChange bob(QStringLiteral("people"), {1});
    bob.setChangedBy(QStringLiteral("bob"));
    QCOMPARE(RefreshedCells::describe(bob, &model), QStringLiteral("Changed by bob"));
    // Today: the time is enough.
    bob.setChangedAt(now);
    QCOMPARE(RefreshedCells::describe(bob, &model),
             QStringLiteral("Changed by bob at %1").arg(timeOfDay(now)));
    // Another day: the date too.
    const QDateTime earlier = now.addDays(-3);
    bob.setChangedAt(earlier);
    QCOMPARE(RefreshedCells::describe(bob, &model),
             QStringLiteral("Changed by bob at %1").arg(QLocale().toString(earlier, QLocale::ShortFormat)));

    // Another model of this process: the operator's own other window, or someone else's.
    VersionedTableModel other;
    RecordChange mine(QStringLiteral("people"), {1});
    mine.setSource(&other);
    mine.setChangedBy(QStringLiteral("ann"));
    mine.setChangedAt(now);
    QCOMPARE(RefreshedCells::describe(mine, &model),
             QStringLiteral("Changed in your other window at %1").arg(timeOfDay(now)));
    bob.setSource(&other);
    bob.setChangedAt(now);
    QCOMPARE(RefreshedCells::describe(bob, &model),
             QStringLiteral("Changed by bob at %1").arg(timeOfDay(now)));
}

void tst_ChangeMarks::gridMarksTheCellsAChangeElsewhereRefreshed()
{
    OPEN_PEOPLE_BROWSER(browser, db);
    VersionedTableModel *model = browser.model();
    QVERIFY(model->refreshesCleanRows());
    RefreshedCells *cells = browser.refreshedCells();
    QVERIFY(cells);
    const int name = model->fieldIndex(QStringLiteral("name"));
    const int city = model->fieldIndex(QStringLiteral("city"));
    const int row = rowOfId(model, 2);
    QCOMPARE(cellBackground(browser, model->index(row, city)).style(), Qt::NoBrush);

    // bob saves Bob's city on a connection of his own; the grid shows it in place.
    QVERIFY(saveAsOther(db, 2, {{QStringLiteral("city"), QStringLiteral("Lyon")}}));
    QTRY_COMPARE(model->data(model->index(row, city)).toString(), QStringLiteral("Lyon"));
    const QDateTime savedAt = model->data(model->index(row, model->fieldIndex(QStringLiteral("modified_at")))).toDateTime();
    QVERIFY(savedAt.isValid());
    QCOMPARE(model->rowState(row), VersionedTableModel::RowState::Clean);

    // The city is marked (and the who/when columns, which the save changed too); the name and
    // the other rows are not.
    QVERIFY(cells->isMarked(row, city));
    QVERIFY(cells->isMarked(row, model->fieldIndex(QStringLiteral("modified_by"))));
    QVERIFY(!cells->isMarked(row, name));
    QVERIFY(cells->markedColumns(rowOfId(model, 1)).isEmpty());
    const QString said = QStringLiteral("Changed by bob at %1").arg(timeOfDay(savedAt));
    QCOMPARE(cells->toolTip(row, city), said);
    QCOMPARE(gridToolTip(browser.view(), model->index(row, city)), said);
    QVERIFY(gridToolTip(browser.view(), model->index(row, name)).isEmpty());
    // Painted on a tint of the row's own background.
    const QStyleOptionViewItem option = qobject_cast<GridCellDelegate *>(browser.view()->itemDelegate())
                                            ->cellOption(model->index(row, city));
    const bool alternate = option.features & QStyleOptionViewItem::Alternate;
    const QColor base = option.palette.color(alternate ? QPalette::AlternateBase : QPalette::Base);
    QCOMPARE(cellBackground(browser, model->index(row, city)).color(), RefreshedCells::markColor(base));
    QCOMPARE(cellBackground(browser, model->index(row, name)).style(), Qt::NoBrush);

    // A few seconds later the cells look as any other.
    QTRY_VERIFY_WITH_TIMEOUT(!cells->isMarked(row, city), markMs * 4);
    QVERIFY(cells->isEmpty());
    QCOMPARE(cellBackground(browser, model->index(row, city)).style(), Qt::NoBrush);
    QVERIFY(gridToolTip(browser.view(), model->index(row, city)).isEmpty());
}

void tst_ChangeMarks::gridKeepsTheMarksOfASaveInARecordWindow()
{
    OPEN_PEOPLE_BROWSER(browser, db);
    VersionedTableModel *model = browser.model();
    const int city = model->fieldIndex(QStringLiteral("city"));
    const int name = model->fieldIndex(QStringLiteral("name"));
    RecordFormWindow *form = browser.openRecordWindow(rowOfId(model, 1));
    QVERIFY(form);
    form->model()->setOperatorName(QStringLiteral("bob"));
    QVERIFY(form->model()->setData(form->model()->index(form->currentRow(), city),
                                   QStringLiteral("Marseille")));
    // The window's save reaches the grid as a change made elsewhere, and the grid reads its
    // rows again after it (TableBrowser::refreshAfterFormSave): the marks outlive that read.
    QVERIFY(form->save());
    const int row = rowOfId(model, 1);
    QTRY_COMPARE(model->data(model->index(row, city)).toString(), QStringLiteral("Marseille"));
    RefreshedCells *cells = browser.refreshedCells();
    QTRY_VERIFY(cells->isMarked(row, city));
    QVERIFY(cells->toolTip(row, city).startsWith(QLatin1String("Changed by bob at ")));
    QVERIFY(!cells->isMarked(row, name));
    // They go as any other marks do.
    QTRY_VERIFY_WITH_TIMEOUT(cells->isEmpty(), markMs * 4);
    delete form;
}

void tst_ChangeMarks::gridMarksNoCellsOfARowWithEdits()
{
    OPEN_PEOPLE_BROWSER(browser, db);
    VersionedTableModel *model = browser.model();
    RefreshedCells *cells = browser.refreshedCells();
    const int name = model->fieldIndex(QStringLiteral("name"));
    const int city = model->fieldIndex(QStringLiteral("city"));
    const int row = rowOfId(model, 3);
    QLineEdit *editor = openEditor(browser.view(), model->index(row, name));
    QVERIFY(editor);
    editor->setText(QStringLiteral("Typed"));

    // The row keeps what is typed and is marked changed elsewhere in its header; none of its
    // cells shows other values, so none is marked.
    QSignalSpy told(model, &VersionedTableModel::recordChangedElsewhere);
    QVERIFY(saveAsOther(db, 3, {{QStringLiteral("city"), QStringLiteral("Turin")}}));
    QTRY_VERIFY(told.count() > 0);
    QVERIFY(model->isChangedElsewhere(row));
    QCOMPARE(model->data(model->index(row, city)).toString(), QStringLiteral("Rome"));
    QVERIFY(cells->markedColumns(row).isEmpty());
    QVERIFY(cells->isEmpty());
}

void tst_ChangeMarks::gridMarksAnOutsideProgramsChange()
{
    OPEN_PEOPLE_BROWSER(browser, db);
    const bool postgres = db.backend() == QLatin1String("psql");
    if (postgres) {
        // PostgreSQL hears other programs through the trigger --prepare installs.
        browser.closeTable();
        const auto report = TablePreparer::prepare(db.db(), QStringLiteral("people"));
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(browser.openTable(QStringLiteral("people")));
    }
    VersionedTableModel *model = browser.model();
    RefreshedCells *cells = browser.refreshedCells();
    const int city = model->fieldIndex(QStringLiteral("city"));
    const int row = rowOfId(model, 1);

    // Plain SQL on another connection: no who/when columns filled.
    QSqlDatabase other = db.open();
    QSqlQuery q(other);
    QVERIFY2(q.exec(QStringLiteral("UPDATE people SET city = 'Nice', version = version + 1 WHERE id = 1")),
             qPrintable(q.lastError().text()));
    QTRY_COMPARE(model->data(model->index(row, city)).toString(), QStringLiteral("Nice"));
    QVERIFY(cells->isMarked(row, city));
    QCOMPARE(cells->markedColumns(row), QList<int>{city});
    // Nothing says who (no who column written, no audit trigger): no name, no time.
    QCOMPARE(cells->toolTip(row, city), QStringLiteral("Changed by another program"));
    QTRY_VERIFY_WITH_TIMEOUT(cells->isEmpty(), markMs * 4);
}

void tst_ChangeMarks::formMarksTheFieldsAChangeElsewhereRefreshed()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(mine, db, 1);
    OPEN_WINDOW(theirs, db, 1);
    mine->show();
    QVERIFY(QTest::qWaitForWindowExposed(mine));
    QVERIFY(mine->model()->refreshesCleanRows());
    ChangedFieldMarks *marks = mine->changedFieldMarks();
    QWidget *nameEditor = mine->editorFor(QStringLiteral("name"));
    QWidget *qtyEditor = mine->editorFor(QStringLiteral("qty"));
    QLabel *nameLabel = labelOf(mine, QStringLiteral("name"));
    QVERIFY(nameEditor && qtyEditor && nameLabel);
    const QColor plainBase = nameEditor->palette().color(QPalette::Base);
    const QString plainLabelText = nameLabel->text();
    const QString plainLabelTip = nameLabel->toolTip(); // the column's own name
    const QString plainEditorTip = nameEditor->toolTip(); // VARCHAR(100)'s limit
    QVERIFY(marks->changedElsewhereFields().isEmpty());

    qobject_cast<QLineEdit *>(theirs->editorFor(QStringLiteral("name")))->setText(QStringLiteral("Anvil Pro"));
    QVERIFY(theirs->save());
    QTRY_COMPARE(qobject_cast<QLineEdit *>(nameEditor)->text(), QStringLiteral("Anvil Pro"));
    QTRY_VERIFY(marks->changedElsewhereFields().contains(QStringLiteral("name")));
    QVERIFY(!marks->changedElsewhereFields().contains(QStringLiteral("qty")));
    QVERIFY(marks->markedFields().isEmpty()); // no edits of mine
    const QString said = marks->changedElsewhereText(QStringLiteral("name"));
    QVERIFY2(said.startsWith(QLatin1String("Changed in your other window at ")), qPrintable(said));
    // After the limit the editor's tooltip names (VARCHAR(100): "At most 100 characters").
    QVERIFY2(nameEditor->toolTip().endsWith(said), qPrintable(nameEditor->toolTip()));
    QVERIFY2(nameLabel->toolTip().endsWith(said), qPrintable(nameLabel->toolTip()));
    QVERIFY(nameEditor->accessibleDescription().contains(said));
    QCOMPARE(nameEditor->palette().color(QPalette::Base), RefreshedCells::markColor(plainBase));
    QCOMPARE(qtyEditor->palette().color(QPalette::Base), plainBase);
    // The label stays as it was: bold and "•" say "your edit".
    QCOMPARE(nameLabel->text(), plainLabelText);
    QVERIFY(!nameLabel->font().bold());

    QTRY_VERIFY_WITH_TIMEOUT(marks->changedElsewhereFields().isEmpty(), markMs * 4);
    QCOMPARE(nameEditor->palette().color(QPalette::Base), plainBase);
    QCOMPARE(nameEditor->toolTip(), plainEditorTip);
    QCOMPARE(nameLabel->toolTip(), plainLabelTip);
    QVERIFY(!mine->isDirty());
}

void tst_ChangeMarks::formMarkOfAFieldGoesWhenTheUserEditsIt()
{
    RefreshedCells::setMarkDuration(60000); // only the edit may end it here
    OPEN_SCHEMA(db);
    OPEN_WINDOW(mine, db, 1);
    OPEN_WINDOW(theirs, db, 1);
    mine->show();
    QVERIFY(QTest::qWaitForWindowExposed(mine));
    ChangedFieldMarks *marks = mine->changedFieldMarks();
    auto *qty = qobject_cast<QSpinBox *>(mine->editorFor(QStringLiteral("qty")));
    QVERIFY(qty);
    const QColor plainBase = qty->palette().color(QPalette::Base);

    qobject_cast<QSpinBox *>(theirs->editorFor(QStringLiteral("qty")))->setValue(30);
    QVERIFY(theirs->save());
    QTRY_VERIFY(marks->changedElsewhereFields().contains(QStringLiteral("qty")));
    QCOMPARE(qty->value(), 30);

    // The user types over it: the field is theirs again, marked as an edit.
    qty->setValue(31);
    QTRY_VERIFY(marks->isMarked(QStringLiteral("qty")));
    QVERIFY(!marks->changedElsewhereFields().contains(QStringLiteral("qty")));
    QCOMPARE(qty->palette().color(QPalette::Base), plainBase);
    QCOMPARE(qty->toolTip(), ChangedFieldMarks::changedText());
    // Reverted: back at their value, which is neither an edit nor news any more.
    mine->revert();
    QTRY_VERIFY(marks->markedFields().isEmpty());
    QCOMPARE(qty->value(), 30);
    QVERIFY(qty->toolTip().isEmpty());
}

QTEST_MAIN(tst_ChangeMarks)
#include "tst_changemarks.moc"
