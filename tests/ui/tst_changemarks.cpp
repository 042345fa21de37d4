// Tests for what changed being visible: a record form marks the fields edited since the record was
// loaded (cleared on save, revert, reload), and the grid's row header shows each record's state
// (edited, new, deleted, in conflict with someone else's change) instead of a row number.
#include "browsertestsupport.h"
#include "changedfieldmarks.h"
#include "formtestsupport.h"
#include "recordformview.h"
#include "recordformwindow.h"
#include "rowstateheader.h"
#include "tablebrowser.h"
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
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
    void cleanup() { deleteRecordWindows(); }
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

QTEST_MAIN(tst_ChangeMarks)
#include "tst_changemarks.moc"
