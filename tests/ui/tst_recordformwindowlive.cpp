// Tests for what a RecordFormWindow knows of other windows on its record: the title (display
// value, ":2" numbers), edits held in the model, and the change banner, on SQLite and PostgreSQL.
// The banner tests drive it end to end (a save in one window, the banner in another), so they
// need the model's live updates.
#include "changebanner.h"
#include "formtestsupport.h"
#include "recordformwindow.h"
#include "testdatabase.h"

#include <concord/recordchange.h>
#include <concord/versionedtablemodel.h>

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QtTest>

using namespace concord;
using namespace concord::test;

class tst_RecordFormWindowLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleNamesTheRecordAndNumbersFurtherWindows_data() { TestDatabase::addBackendRows(); }
    void titleNamesTheRecordAndNumbersFurtherWindows();
    void titleFollowsTheSavedDisplayValue_data() { TestDatabase::addBackendRows(); }
    void titleFollowsTheSavedDisplayValue();
    void editsAreHeldInTheModelUntilSaved_data() { TestDatabase::addBackendRows(); }
    void editsAreHeldInTheModelUntilSaved();
    void bannerLeavesItsLettersAndTheFocusToTheForm_data() { TestDatabase::addBackendRows(); }
    void bannerLeavesItsLettersAndTheFocusToTheForm();
    void changeReportedByTheModelRenamesTheTitle_data() { TestDatabase::addBackendRows(); }
    void changeReportedByTheModelRenamesTheTitle();
    void bannerReloadConfirmsThenDropsTheEdits_data() { TestDatabase::addBackendRows(); }
    void bannerReloadConfirmsThenDropsTheEdits();

    // End to end: these need the model's live updates (VersionedTableModel::recordChangedElsewhere).
    void saveElsewhereRefreshesACleanForm_data() { TestDatabase::addBackendRows(); }
    void saveElsewhereRefreshesACleanForm();
    void saveElsewhereShowsTheBannerOverEdits_data() { TestDatabase::addBackendRows(); }
    void saveElsewhereShowsTheBannerOverEdits();
    void anotherOperatorsWindowIsNotYourOtherWindow_data() { TestDatabase::addBackendRows(); }
    void anotherOperatorsWindowIsNotYourOtherWindow();
    void bannerKeepsTheFocusInTheEditedField_data() { TestDatabase::addBackendRows(); }
    void bannerKeepsTheFocusInTheEditedField();
    void bannerCompareMergesThroughTheConflictDialog_data() { TestDatabase::addBackendRows(); }
    void bannerCompareMergesThroughTheConflictDialog();
    void bannerReloadAsksThenTakesTheirs_data() { TestDatabase::addBackendRows(); }
    void bannerReloadAsksThenTakesTheirs();
    void deletedElsewhereOffersRecreate_data() { TestDatabase::addBackendRows(); }
    void deletedElsewhereOffersRecreate();
    void deletedBannerCloseAsksAboutEdits_data() { TestDatabase::addBackendRows(); }
    void deletedBannerCloseAsksAboutEdits();

private:
    template<typename T>
    static T *editor(RecordFormWindow *window, const QString &field)
    {
        return qobject_cast<T *>(window->editorFor(field));
    }
};

namespace {

QString title(const QString &label)
{
    return label + QStringLiteral("[*] — Concord");
}

} // namespace

void tst_RecordFormWindowLive::titleNamesTheRecordAndNumbersFurtherWindows()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(first, db, 1);
    OPEN_WINDOW(second, db, 1);
    OPEN_WINDOW(third, db, 1);
    OPEN_WINDOW(other, db, 2);
    QCOMPARE(first->windowTitle(), title(QStringLiteral("Anvil — items #1")));
    QCOMPARE(second->windowTitle(), title(QStringLiteral("Anvil — items #1:2")));
    QCOMPARE(third->windowTitle(), title(QStringLiteral("Anvil — items #1:3")));
    QCOMPARE(third->windowNumber(), 3);
    QCOMPARE(other->windowTitle(), title(QStringLiteral("Bolt — items #2")));

    // A closed window frees its number for the next one; the others keep theirs.
    QVERIFY(second->close());
    OPEN_WINDOW(fourth, db, 1);
    QCOMPARE(fourth->windowTitle(), title(QStringLiteral("Anvil — items #1:2")));
    QCOMPARE(third->windowTitle(), title(QStringLiteral("Anvil — items #1:3")));

    // Moving to another record takes a number among that record's windows.
    third->next(); // Bolt, where `other` is number 1
    QCOMPARE(third->windowTitle(), title(QStringLiteral("Bolt — items #2:2")));
    third->previous(); // back on Anvil: 1 and 2 are taken, 3 is free again
    QCOMPARE(third->windowTitle(), title(QStringLiteral("Anvil — items #1:3")));
}

void tst_RecordFormWindowLive::titleFollowsTheSavedDisplayValue()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    editor<QLineEdit>(window, QStringLiteral("name"))->setText(QStringLiteral("Anvil XL"));
    QVERIFY(window->isWindowModified());
    // Until it is saved, the record is still called what it was saved as.
    QCOMPARE(window->windowTitle(), title(QStringLiteral("Anvil — items #1")));
    QVERIFY(window->save());
    QCOMPARE(window->windowTitle(), title(QStringLiteral("Anvil XL — items #1")));
    QCOMPARE(window->displayValue(), QStringLiteral("Anvil XL"));
    QVERIFY(!window->isWindowModified());
}

void tst_RecordFormWindowLive::editsAreHeldInTheModelUntilSaved()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    VersionedTableModel *model = window->model();
    const QModelIndex qty = model->index(window->currentRow(), model->fieldIndex(QStringLiteral("qty")));

    auto *name = editor<QLineEdit>(window, QStringLiteral("name"));
    name->setFocus();
    name->setCursorPosition(2);
    QTest::keyClicks(name, QStringLiteral("x"));
    QCOMPARE(name->text(), QStringLiteral("Anxvil"));
    QVERIFY2(model->isDirty(), "a change saved elsewhere must find the edit in the model");
    QCOMPARE(model->index(window->currentRow(), model->fieldIndex(QStringLiteral("name")))
                 .data().toString(),
             QStringLiteral("Anxvil"));
    QCOMPARE(name->cursorPosition(), 3); // the model's echo did not reload the field
    editor<QSpinBox>(window, QStringLiteral("qty"))->setValue(8);
    QCOMPARE(qty.data().toInt(), 8);
    QVERIFY(window->isWindowModified());
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
             QStringLiteral("Anvil"));

    window->revert();
    QCOMPARE(name->text(), QStringLiteral("Anvil"));
    QCOMPARE(qty.data().toInt(), 3);
    QVERIFY(!model->isDirty());
    QVERIFY(!window->isDirty());
}

void tst_RecordFormWindowLive::bannerLeavesItsLettersAndTheFocusToTheForm()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    window->show();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    ChangeBanner *banner = window->changeBanner();
    QVERIFY(banner);
    QVERIFY(banner->isHidden());

    // No field label takes a letter the banner's buttons use.
    const QString letters = banner->mnemonics();
    QVERIFY(!letters.isEmpty());
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        const QString text = label->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp >= 0 && amp + 1 < text.size())
            QVERIFY2(!letters.contains(text.at(amp + 1).toLower()), qPrintable(text));
    }

    auto *notes = window->editorFor(QStringLiteral("notes"));
    notes->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), notes);
    RecordChange change(QStringLiteral("items"), {1});
    change.setChangedBy(QStringLiteral("maria"));
    banner->showChanged(change);
    QVERIFY(banner->isVisible());
    QCOMPARE(QApplication::focusWidget(), notes);
    QCOMPARE(banner->text(), QStringLiteral("Changed by maria"));
}

void tst_RecordFormWindowLive::changeReportedByTheModelRenamesTheTitle()
{
    // The model's signal as it comes after another window saved a new name: the title takes
    // the saved name, and the status bar says who changed it.
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QSqlRecord values = window->model()->record(window->currentRow());
    values.setValue(QStringLiteral("name"), QStringLiteral("Anvil Pro"));
    RecordChange change(QStringLiteral("items"), {1});
    change.setChangedBy(QStringLiteral("maria"));
    change.setOrigin(RecordChange::Origin::OtherProcess);
    change.setValues(values);
    Q_EMIT window->model()->recordChangedElsewhere(window->currentRow(), change);
    QCOMPARE(window->windowTitle(), title(QStringLiteral("Anvil Pro — items #1")));
    QVERIFY2(window->statusBar()->currentMessage().startsWith(QLatin1String("Changed by maria")),
             qPrintable(window->statusBar()->currentMessage()));

    // A change to another record leaves this window alone.
    values.setValue(QStringLiteral("name"), QStringLiteral("Bolt Pro"));
    change.setValues(values);
    Q_EMIT window->model()->recordChangedElsewhere(window->currentRow() + 1, change);
    QCOMPARE(window->windowTitle(), title(QStringLiteral("Anvil Pro — items #1")));
}

void tst_RecordFormWindowLive::bannerReloadConfirmsThenDropsTheEdits()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(window, db, 1);
    QCOMPARE(db.exec(QStringLiteral("UPDATE items SET name = 'Anvil Pro', version = version + 1 "
                                    "WHERE id = 1")),
             QString());
    editor<QSpinBox>(window, QStringLiteral("qty"))->setValue(9);
    // Shown as the model shows it once it has applied that change.
    ChangeBanner *banner = window->changeBanner();
    banner->showChanged(RecordChange(QStringLiteral("items"), {1}));
    QVERIFY(!banner->isHidden());

    {
        ModalAnswer cancel(QStringLiteral("reloadTheirsBox"), clickButton(QMessageBox::Cancel));
        banner->reloadButton()->click();
        QVERIFY2(cancel.answered(), "dropping edits is confirmed first");
    }
    QCOMPARE(editor<QSpinBox>(window, QStringLiteral("qty"))->value(), 9);
    QVERIFY(window->isDirty());
    {
        ModalAnswer confirm(QStringLiteral("reloadTheirsBox"),
                            clickRole(QMessageBox::DestructiveRole));
        banner->reloadButton()->click();
        QVERIFY(confirm.answered());
    }
    QCOMPARE(editor<QSpinBox>(window, QStringLiteral("qty"))->value(), 3);
    QCOMPARE(editor<QLineEdit>(window, QStringLiteral("name"))->text(), QStringLiteral("Anvil Pro"));
    QVERIFY(!window->isDirty());
    QVERIFY(banner->isHidden());
    QCOMPARE(window->windowTitle(), title(QStringLiteral("Anvil Pro — items #1")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 3);
}

void tst_RecordFormWindowLive::saveElsewhereRefreshesACleanForm()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(mine, db, 1);
    OPEN_WINDOW(theirs, db, 1);
    editor<QLineEdit>(theirs, QStringLiteral("name"))->setText(QStringLiteral("Anvil Pro"));
    QVERIFY(theirs->save());

    QTRY_COMPARE(editor<QLineEdit>(mine, QStringLiteral("name"))->text(),
                 QStringLiteral("Anvil Pro"));
    QVERIFY2(mine->changeBanner()->isHidden(), "nothing to decide without edits");
    QVERIFY(!mine->isDirty());
    QCOMPARE(mine->windowTitle(), title(QStringLiteral("Anvil Pro — items #1")));
    QCOMPARE(theirs->windowTitle(), title(QStringLiteral("Anvil Pro — items #1:2")));
    // Saving now is conditional on their version, not a conflict with it.
    editor<QSpinBox>(mine, QStringLiteral("qty"))->setValue(4);
    QVERIFY(mine->save());
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 3);
}

void tst_RecordFormWindowLive::saveElsewhereShowsTheBannerOverEdits()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(mine, db, 1);
    OPEN_WINDOW(theirs, db, 1);
    editor<QSpinBox>(mine, QStringLiteral("qty"))->setValue(9);
    editor<QLineEdit>(theirs, QStringLiteral("name"))->setText(QStringLiteral("Anvil Pro"));
    QVERIFY(theirs->save());

    ChangeBanner *banner = mine->changeBanner();
    QTRY_VERIFY(!banner->isHidden());
    QCOMPARE(banner->kind(), ChangeBanner::Kind::Changed);
    QVERIFY2(banner->text().startsWith(QLatin1String("Changed in your other window")),
             qPrintable(banner->text()));
    QVERIFY(!banner->compareButton()->isHidden());
    QVERIFY(!banner->reloadButton()->isHidden());
    // The edit is still there, unsaved; the title names the record as it is saved now.
    QCOMPARE(editor<QSpinBox>(mine, QStringLiteral("qty"))->value(), 9);
    QVERIFY(mine->isDirty());
    QCOMPARE(mine->windowTitle(), title(QStringLiteral("Anvil Pro — items #1")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 3);
}

void tst_RecordFormWindowLive::anotherOperatorsWindowIsNotYourOtherWindow()
{
    // Issue 20 C.11: "your other window" only where it is true, and alike in the banner and in
    // Compare. A window of this process saving under another operator's name is someone else:
    // the banner said "in your other window" while Compare said "someone else".
    OPEN_SCHEMA(db);
    OPEN_WINDOW(mine, db, 1);
    OPEN_WINDOW(theirs, db, 1);
    mine->model()->setOperatorName(QStringLiteral("ann"));
    theirs->model()->setOperatorName(QStringLiteral("bob"));
    editor<QSpinBox>(mine, QStringLiteral("qty"))->setValue(9);
    editor<QLineEdit>(theirs, QStringLiteral("name"))->setText(QStringLiteral("Anvil Pro"));
    QVERIFY(theirs->save());
    ChangeBanner *banner = mine->changeBanner();
    QTRY_VERIFY(!banner->isHidden());
    QVERIFY2(banner->text().startsWith(QLatin1String("Changed by bob")), qPrintable(banner->text()));
    QString headline;
    ModalAnswer answer(QStringLiteral("conflictDialog"), [&headline](QWidget *modal) {
        headline = modal->findChild<QLabel *>(QStringLiteral("headlineLabel"))->text();
        static_cast<QDialog *>(modal)->reject();
    });
    banner->compareButton()->click();
    QVERIFY(answer.answered());
    QVERIFY2(headline.contains(QLatin1String("someone else")), qPrintable(headline));
    QCOMPARE(editor<QSpinBox>(mine, QStringLiteral("qty"))->value(), 9);
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 3);
}

void tst_RecordFormWindowLive::bannerKeepsTheFocusInTheEditedField()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(mine, db, 1);
    OPEN_WINDOW(theirs, db, 1);
    mine->show();
    QApplication::setActiveWindow(mine);
    QVERIFY(QTest::qWaitForWindowActive(mine));
    auto *notes = editor<QPlainTextEdit>(mine, QStringLiteral("notes"));
    notes->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), notes);
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral(" and old"));
    const int caret = notes->textCursor().position();

    editor<QLineEdit>(theirs, QStringLiteral("name"))->setText(QStringLiteral("Anvil Pro"));
    QVERIFY(theirs->save());
    QTRY_VERIFY(!mine->changeBanner()->isHidden());
    QCOMPARE(QApplication::focusWidget(), notes);
    QCOMPARE(notes->textCursor().position(), caret);
    QCOMPARE(notes->toPlainText(), QStringLiteral("Heavy and old"));
}

void tst_RecordFormWindowLive::bannerCompareMergesThroughTheConflictDialog()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(mine, db, 1);
    OPEN_WINDOW(theirs, db, 1);
    editor<QSpinBox>(mine, QStringLiteral("qty"))->setValue(9);
    editor<QLineEdit>(theirs, QStringLiteral("name"))->setText(QStringLiteral("Anvil Pro"));
    QVERIFY(theirs->save());
    QTRY_VERIFY(!mine->changeBanner()->isHidden());

    QSignalSpy saved(mine, &RecordFormWindow::recordSaved);
    QString headline;
    ModalAnswer answer(QStringLiteral("conflictDialog"), [&headline](QWidget *modal) {
        // The other window is the operator's own: the dialog does not blame "someone else".
        headline = modal->findChild<QLabel *>(QStringLiteral("headlineLabel"))->text();
        clickNamed(QStringLiteral("saveMergedButton"))(modal);
    });
    mine->changeBanner()->compareButton()->click();
    QVERIFY2(answer.answered(), "Compare opens the conflict dialog before any save");
    QVERIFY2(headline.contains(QLatin1String("your other window")), qPrintable(headline));

    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
             QStringLiteral("Anvil Pro"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 9);
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 3);
    QCOMPARE(editor<QLineEdit>(mine, QStringLiteral("name"))->text(), QStringLiteral("Anvil Pro"));
    QCOMPARE(editor<QSpinBox>(mine, QStringLiteral("qty"))->value(), 9);
    QVERIFY(mine->changeBanner()->isHidden());
    QVERIFY(!mine->isDirty());
    QCOMPARE(saved.count(), 1);
}

void tst_RecordFormWindowLive::bannerReloadAsksThenTakesTheirs()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(mine, db, 1);
    OPEN_WINDOW(theirs, db, 1);
    editor<QSpinBox>(mine, QStringLiteral("qty"))->setValue(9);
    editor<QLineEdit>(theirs, QStringLiteral("name"))->setText(QStringLiteral("Anvil Pro"));
    QVERIFY(theirs->save());
    ChangeBanner *banner = mine->changeBanner();
    QTRY_VERIFY(!banner->isHidden());

    {
        ModalAnswer cancel(QStringLiteral("reloadTheirsBox"), clickButton(QMessageBox::Cancel));
        banner->reloadButton()->click();
        QVERIFY2(cancel.answered(), "dropping edits is confirmed first");
    }
    QCOMPARE(editor<QSpinBox>(mine, QStringLiteral("qty"))->value(), 9);
    QVERIFY(mine->isDirty());
    QVERIFY(!banner->isHidden());

    {
        ModalAnswer confirm(QStringLiteral("reloadTheirsBox"),
                            clickRole(QMessageBox::DestructiveRole));
        banner->reloadButton()->click();
        QVERIFY(confirm.answered());
    }
    QCOMPARE(editor<QSpinBox>(mine, QStringLiteral("qty"))->value(), 3);
    QCOMPARE(editor<QLineEdit>(mine, QStringLiteral("name"))->text(), QStringLiteral("Anvil Pro"));
    QVERIFY(!mine->isDirty());
    QVERIFY(banner->isHidden());
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 3);
}

void tst_RecordFormWindowLive::deletedElsewhereOffersRecreate()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(mine, db, 1);
    OPEN_WINDOW(theirs, db, 1);
    {
        ModalAnswer confirm(QStringLiteral("deleteRecordBox"),
                            clickRole(QMessageBox::DestructiveRole));
        QVERIFY(theirs->deleteRecord());
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 1")).toInt(), 0);

    // Without edits too: the form shows a record that is gone.
    ChangeBanner *banner = mine->changeBanner();
    QTRY_VERIFY(!banner->isHidden());
    QCOMPARE(banner->kind(), ChangeBanner::Kind::Deleted);
    QVERIFY2(banner->text().startsWith(QLatin1String("Deleted in your other window")),
             qPrintable(banner->text()));
    QVERIFY(!banner->recreateButton()->isHidden());
    QVERIFY(!banner->closeButton()->isHidden());
    QCOMPARE(editor<QLineEdit>(mine, QStringLiteral("name"))->text(), QStringLiteral("Anvil"));

    QSignalSpy saved(mine, &RecordFormWindow::recordSaved);
    banner->recreateButton()->click();
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 1")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
             QStringLiteral("Anvil"));
    QVERIFY(banner->isHidden());
    QCOMPARE(saved.count(), 1);
}

void tst_RecordFormWindowLive::deletedBannerCloseAsksAboutEdits()
{
    OPEN_SCHEMA(db);
    OPEN_WINDOW(mine, db, 1);
    OPEN_WINDOW(theirs, db, 1);
    QPointer<RecordFormWindow> alive(mine);
    mine->show();
    editor<QSpinBox>(mine, QStringLiteral("qty"))->setValue(9);
    {
        ModalAnswer confirm(QStringLiteral("deleteRecordBox"),
                            clickRole(QMessageBox::DestructiveRole));
        QVERIFY(theirs->deleteRecord());
    }
    ChangeBanner *banner = mine->changeBanner();
    QTRY_VERIFY(!banner->isHidden());
    QCOMPARE(banner->kind(), ChangeBanner::Kind::Deleted);

    {
        ModalAnswer cancel(QStringLiteral("unsavedChangesBox"), clickButton(QMessageBox::Cancel));
        banner->closeButton()->click();
        QVERIFY(cancel.answered());
    }
    QVERIFY(mine->isVisible());
    {
        ModalAnswer discard(QStringLiteral("unsavedChangesBox"), clickButton(QMessageBox::Discard));
        banner->closeButton()->click();
        QVERIFY(discard.answered());
    }
    QTRY_VERIFY(alive.isNull());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 1")).toInt(), 0);
}

QTEST_MAIN(tst_RecordFormWindowLive)
#include "tst_recordformwindowlive.moc"
