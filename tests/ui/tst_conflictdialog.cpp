// Tests for ConflictDialog and MergeTableModel: two operators on two connections edit the same
// record, and the dialog's choices end up in the database (or deliberately do not).
#include "conflictdialog.h"
#include "conflictdialogdriver.h"
#include "mergetablemodel.h"
#include "messageboxanswer.h"
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QTableView>
#include <QHeaderView>
#include <QTest>
#include <QTimer>
#include <QScopeGuard>
#include <QTranslator>

#include <memory>

using namespace concord;
using namespace Qt::Literals::StringLiterals;
using concord::test::ConflictDialogDriver;
using concord::test::MessageBoxAnswer;
using concord::test::TestDatabase;
using enum concord::MergeTableModel::Column;
using Outcome = concord::ConflictDialog::Outcome;

namespace {

// The two operators' models. Declared after the TestDatabase in a test, so they are gone before
// it closes their connections.
struct Operators
{
    std::unique_ptr<VersionedTableModel> mine;
    std::unique_ptr<VersionedTableModel> theirs;

    // What my model shows for `field` of the (only) row.
    QVariant mineShows(const char *field) const
    {
        return mine->index(0, mine->fieldIndex(QLatin1String(field))).data();
    }
};

std::unique_ptr<VersionedTableModel> openModel(const QSqlDatabase &db, const QString &table,
                                               const QString &operatorName)
{
    auto model = std::make_unique<VersionedTableModel>(nullptr, db);
    model->setEditStrategy(QSqlTableModel::OnManualSubmit);
    model->setOperatorName(operatorName);
    // Each operator is a model with live updates at their default: it hears of the other's save
    // and marks the row, but keeps what it read, so each second save meets the dialog.
    model->setTable(table);
    return model->select() ? std::move(model) : nullptr;
}

bool setValues(VersionedTableModel &model, const QVariantMap &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!model.setData(model.index(0, model.fieldIndex(it.key())), it.value()))
            return false;
    }
    return true;
}

// Two operators load the same row of "items"; "theirs" saves first (an empty map deletes the
// row), then "mine" runs into the conflict. Returns what went wrong, or nothing.
QString makeConflict(TestDatabase &db, Operators &ops, const QVariantMap &mine,
                     const QVariantMap &theirs)
{
    QString error = db.createVersionedTable(u"items"_s, {u"name VARCHAR(100) NOT NULL"_s,
                                                         u"qty INTEGER CHECK (qty >= 0)"_s,
                                                         u"note VARCHAR(200)"_s});
    if (error.isEmpty())
        error = db.exec(u"INSERT INTO items (name, qty, note) VALUES ('Lamp', 1, 'desk')"_s);
    if (!error.isEmpty())
        return error;
    ops.mine = openModel(db.open(), u"items"_s, u"ann"_s);
    ops.theirs = openModel(db.open(), u"items"_s, u"bob"_s);
    if (!ops.mine || !ops.theirs)
        return u"the models do not open"_s;
    if (!(theirs.isEmpty() ? ops.theirs->removeRow(0) : setValues(*ops.theirs, theirs))
        || !ops.theirs->submitAll())
        return u"their save failed: "_s + ops.theirs->lastError().text();
    QSignalSpy conflicts(ops.mine.get(), &VersionedTableModel::conflictDetected);
    if (!(mine.isEmpty() ? ops.mine->removeRow(0) : setValues(*ops.mine, mine)))
        return u"my edit failed"_s;
    if (ops.mine->submitAll() || conflicts.size() != 1 || !ops.mine->hasConflict(0))
        return u"my save ran into no conflict"_s;
    return {};
}

// What the items table holds now, read on a third connection.
QVariant stored(TestDatabase &db, const char *column)
{
    return db.scalar(u"SELECT %1 FROM items"_s.arg(QLatin1String(column)));
}

} // namespace

class tst_ConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sameFieldChangedOnBothSidesNeedsChoiceBeforeSaving_data() { TestDatabase::addBackendRows(); }
    void sameFieldChangedOnBothSidesNeedsChoiceBeforeSaving();
    void editResultStoresNullForEmptiedTextAndKeepsRequired_data() { TestDatabase::addBackendRows(); }
    void editResultStoresNullForEmptiedTextAndKeepsRequired();
    void differentFieldsMergeAutomatically_data() { TestDatabase::addBackendRows(); }
    void differentFieldsMergeAutomatically();
    void reloadTheirsAsksFirstThenTakesTheirs_data() { TestDatabase::addBackendRows(); }
    void reloadTheirsAsksFirstThenTakesTheirs();
    void overwriteRefreshesInsteadOfOverwritingAThirdWriter_data() { TestDatabase::addBackendRows(); }
    void overwriteRefreshesInsteadOfOverwritingAThirdWriter();
    void thirdWriterKeepsChoicesWhoseTheirsIsUnchanged_data() { TestDatabase::addBackendRows(); }
    void thirdWriterKeepsChoicesWhoseTheirsIsUnchanged();
    void cancelAfterAThirdWriterKeepsMyOwnEdits_data() { TestDatabase::addBackendRows(); }
    void cancelAfterAThirdWriterKeepsMyOwnEdits();
    void deletedByOthersRecreatePutsMyValuesBack_data() { TestDatabase::addBackendRows(); }
    void deletedByOthersRecreatePutsMyValuesBack();
    void deletedByOthersDiscardLeavesItDeleted_data() { TestDatabase::addBackendRows(); }
    void deletedByOthersDiscardLeavesItDeleted();
    void myDeleteAgainstTheirChangeOffersKeepOrDeleteAnyway_data() { TestDatabase::addBackendRows(); }
    void myDeleteAgainstTheirChangeOffersKeepOrDeleteAnyway();
    void cancelKeepsMyEditsAndTheDatabase_data() { TestDatabase::addBackendRows(); }
    void cancelKeepsMyEditsAndTheDatabase();
    void copyMyChangesPutsFieldLinesOnClipboard_data() { TestDatabase::addBackendRows(); }
    void copyMyChangesPutsFieldLinesOnClipboard();
    void spanishNamesTheOtherUsersVersionPlainly_data() { TestDatabase::addBackendRows(); }
    void spanishNamesTheOtherUsersVersionPlainly();
    void hideUnchangedFiltersRows_data() { TestDatabase::addBackendRows(); }
    void hideUnchangedFiltersRows();
    void headerNamesWhoChangedItAndWhen_data() { TestDatabase::addBackendRows(); }
    void headerNamesWhoChangedItAndWhen();
    void constraintFailureIsReportedAndDialogStaysOpen_data() { TestDatabase::addBackendRows(); }
    void constraintFailureIsReportedAndDialogStaysOpen();
    void keyboardAloneResolvesAConflict_data() { TestDatabase::addBackendRows(); }
    void keyboardAloneResolvesAConflict();
    void resolveRunsModallyAndReturnsWhatWasDone_data() { TestDatabase::addBackendRows(); }
    void resolveRunsModallyAndReturnsWhatWasDone();
    void conflictColoursKeepContrastInADarkPalette();
    void resultColumnIsReadableAfterAChoice_data() { TestDatabase::addBackendRows(); }
    void fieldsAndValuesReadAsTheGridShowsThem_data() { TestDatabase::addBackendRows(); }
    void fieldsAndValuesReadAsTheGridShowsThem();
    void resultColumnIsReadableAfterAChoice();

private:
    void closeUnexpectedMessageBox();

    QTimer m_unexpectedBoxWatch;
    QStringList m_unexpectedBoxes;
};

void tst_ConflictDialog::init()
{
    QGuiApplication::clipboard()->clear();
    m_unexpectedBoxes.clear();
    connect(&m_unexpectedBoxWatch, &QTimer::timeout, this,
            &tst_ConflictDialog::closeUnexpectedMessageBox, Qt::UniqueConnection);
    m_unexpectedBoxWatch.start(50);
}

void tst_ConflictDialog::cleanup()
{
    m_unexpectedBoxWatch.stop();
    QVERIFY2(m_unexpectedBoxes.isEmpty(), qPrintable(m_unexpectedBoxes.join(u'\n')));
}

void tst_ConflictDialog::closeUnexpectedMessageBox()
{
    // A message box no test step waits for would block the test until its timeout: close it
    // and fail instead.
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box || MessageBoxAnswer::isExpected(box->objectName()))
        return;
    m_unexpectedBoxes << box->objectName() + u": "_s + box->text();
    box->done(QMessageBox::Cancel);
}

void tst_ConflictDialog::sameFieldChangedOnBothSidesNeedsChoiceBeforeSaving()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}, {"qty", 7}, {"note", "my note"}},
                          {{"name", "Their lamp"}, {"qty", 5}, {"note", "their note"}}),
             QString());
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.merge);
    QVERIFY(!d.button("saveMergedButton")->isEnabled());
    QVERIFY2(d.text("summaryLabel").contains("3 conflicts need your choice"_L1),
             qPrintable(d.text("summaryLabel")));
    QCOMPARE(d.cell("name", ResultColumn), u"(choose)"_s);

    d.select("name");
    d.button("useMineButton")->click();
    QVERIFY(!d.button("saveMergedButton")->isEnabled());
    d.select("note");
    d.button("useTheirsButton")->click();
    QVERIFY(!d.button("saveMergedButton")->isEnabled());
    QVERIFY2(d.text("summaryLabel").contains("1 conflict needs your choice"_L1),
             qPrintable(d.text("summaryLabel")));
    // The third one by hand, in the Result cell.
    const QModelIndex qtyResult = d.merge->index(d.merge->rowOfField(u"qty"_s), ResultColumn);
    QVERIFY(d.merge->flags(qtyResult) & Qt::ItemIsEditable);
    QVERIFY(d.merge->setData(qtyResult, u"9"_s));
    QVERIFY(d.button("saveMergedButton")->isEnabled());
    QVERIFY(d.button("saveMergedButton")->isDefault());
    QCOMPARE(d.cell("qty", StatusColumn), u"edited by hand"_s);
    QCOMPARE(d.cell("name", StatusColumn), u"chosen: yours"_s);

    d.button("saveMergedButton")->click();
    QCOMPARE(d.dialog.outcome(), Outcome::SavedMerge);
    QVERIFY(!d.dialog.isVisible());
    QCOMPARE(stored(db, "name").toString(), u"My lamp"_s);
    QCOMPARE(stored(db, "qty").toInt(), 9);
    QCOMPARE(stored(db, "note").toString(), u"their note"_s);
    QCOMPARE(stored(db, "version").toInt(), 3);
    QCOMPARE(ops.mine->rowVersion(0).toInt(), 3);
    QVERIFY(!ops.mine->isDirty());
    QVERIFY(!ops.mine->hasConflict(0));
    QCOMPARE(ops.mineShows("note").toString(), u"their note"_s);
}

void tst_ConflictDialog::differentFieldsMergeAutomatically()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}}, {{"qty", 5}}), QString());
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.merge);
    QVERIFY(d.button("saveMergedButton")->isEnabled());
    QVERIFY(d.button("saveMergedButton")->isDefault());
    QVERIFY2(d.text("summaryLabel").startsWith("2 fields merged automatically"_L1),
             qPrintable(d.text("summaryLabel")));
    QCOMPARE(d.cell("name", StatusColumn), u"merged: yours"_s);
    QCOMPARE(d.cell("qty", StatusColumn), u"merged: theirs"_s);
    QCOMPARE(d.cell("qty", ResultColumn), u"5"_s);

    d.button("saveMergedButton")->click();
    QCOMPARE(d.dialog.outcome(), Outcome::SavedMerge);
    QCOMPARE(stored(db, "name").toString(), u"My lamp"_s);
    QCOMPARE(stored(db, "qty").toInt(), 5);
    QCOMPARE(stored(db, "version").toInt(), 3);
    QCOMPARE(ops.mineShows("qty").toInt(), 5);
}

void tst_ConflictDialog::reloadTheirsAsksFirstThenTakesTheirs()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}}, {{"name", "Their lamp"}}), QString());
    ConflictDialogDriver d(ops.mine.get());

    const QString asked = d.clickAndAnswer("reloadButton", "confirmReloadBox", QMessageBox::Cancel);
    QVERIFY2(asked.contains("name"_L1), qPrintable(asked));
    QVERIFY(d.dialog.isVisible());
    QCOMPARE(d.dialog.outcome(), Outcome::Cancelled);
    QVERIFY(ops.mine->isDirty());

    d.clickAndAnswer("reloadButton", "confirmReloadBox", QMessageBox::Yes);
    QCOMPARE(d.dialog.outcome(), Outcome::ReloadedTheirs);
    QCOMPARE(stored(db, "name").toString(), u"Their lamp"_s);
    QCOMPARE(stored(db, "version").toInt(), 2);
    QCOMPARE(ops.mineShows("name").toString(), u"Their lamp"_s);
    QCOMPARE(ops.mine->rowVersion(0).toInt(), 2);
    QVERIFY(!ops.mine->isDirty());
}

void tst_ConflictDialog::overwriteRefreshesInsteadOfOverwritingAThirdWriter()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}}, {{"name", "Their lamp"}}), QString());
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.merge && !d.noticeShown());

    // A third operator saves while the dialog is open.
    QCOMPARE(db.exec(u"UPDATE items SET name = 'Third lamp', version = version + 1"_s), QString());
    const QString warned =
        d.clickAndAnswer("overwriteButton", "confirmOverwriteBox", QMessageBox::Yes);
    QVERIFY2(warned.contains("name"_L1), qPrintable(warned));
    QCOMPARE(d.dialog.outcome(), Outcome::Cancelled);
    QVERIFY(d.dialog.isVisible());
    QVERIFY(d.noticeShown());
    QVERIFY2(d.text("noticeLabel").contains("saved again"_L1), qPrintable(d.text("noticeLabel")));
    QCOMPARE(d.cell("name", TheirsColumn), u"Third lamp"_s);
    QCOMPARE(d.cell("name", MineColumn), u"My lamp"_s);
    QCOMPARE(stored(db, "name").toString(), u"Third lamp"_s);
    QCOMPARE(stored(db, "version").toInt(), 3);

    d.clickAndAnswer("overwriteButton", "confirmOverwriteBox", QMessageBox::Yes);
    QCOMPARE(d.dialog.outcome(), Outcome::OverwroteMine);
    QCOMPARE(stored(db, "name").toString(), u"My lamp"_s);
    QCOMPARE(stored(db, "version").toInt(), 4);
    QVERIFY(!ops.mine->isDirty());
}

void tst_ConflictDialog::thirdWriterKeepsChoicesWhoseTheirsIsUnchanged()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}, {"note", "my note"}},
                          {{"name", "Their lamp"}, {"note", "their note"}}),
             QString());
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.merge);
    for (const char *field : {"name", "note"}) {
        d.select(field);
        d.button("useMineButton")->click();
    }
    QVERIFY(d.button("saveMergedButton")->isEnabled());

    QCOMPARE(db.exec(u"UPDATE items SET note = 'third note', version = version + 1"_s), QString());
    d.button("saveMergedButton")->click();
    QCOMPARE(d.dialog.outcome(), Outcome::Cancelled);
    QVERIFY(d.noticeShown());
    QVERIFY2(d.text("noticeLabel").contains("note"_L1), qPrintable(d.text("noticeLabel")));
    QCOMPARE(d.cell("name", StatusColumn), u"chosen: yours"_s);
    QCOMPARE(d.cell("note", TheirsColumn), u"third note"_s);
    QCOMPARE(d.cell("note", ResultColumn), u"(choose)"_s);
    QVERIFY(!d.button("saveMergedButton")->isEnabled());
    QCOMPARE(stored(db, "note").toString(), u"third note"_s);

    d.select("note");
    d.button("useTheirsButton")->click();
    d.button("saveMergedButton")->click();
    QCOMPARE(d.dialog.outcome(), Outcome::SavedMerge);
    QCOMPARE(stored(db, "name").toString(), u"My lamp"_s);
    QCOMPARE(stored(db, "note").toString(), u"third note"_s);
    QCOMPARE(stored(db, "version").toInt(), 4);
}

void tst_ConflictDialog::cancelAfterAThirdWriterKeepsMyOwnEdits()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}},
                          {{"name", "Their lamp"}, {"note", "their note"}}),
             QString());
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.merge);
    d.button("useMineButton")->click(); // name, the only conflict, is selected on opening
    QCOMPARE(db.exec(u"UPDATE items SET qty = 42, version = version + 1"_s), QString());
    d.button("saveMergedButton")->click();
    QCOMPARE(d.dialog.outcome(), Outcome::Cancelled);
    QCOMPARE(d.cell("qty", StatusColumn), u"merged: theirs"_s);
    d.button("cancelButton")->click();

    // The model holds what the user typed, not the merge that was attempted.
    QVERIFY(ops.mine->isDirty());
    QCOMPARE(ops.mineShows("name").toString(), u"My lamp"_s);
    QCOMPARE(ops.mineShows("note").toString(), u"desk"_s);
    QCOMPARE(stored(db, "name").toString(), u"Their lamp"_s);
    QCOMPARE(stored(db, "version").toInt(), 3);

    // A second dialog starts from those edits against the latest theirs.
    ConflictDialogDriver again(ops.mine.get());
    QVERIFY(again.merge);
    QCOMPARE(again.cell("note", MineColumn), u"desk"_s);
    QCOMPARE(again.cell("qty", TheirsColumn), u"42"_s);
}

void tst_ConflictDialog::deletedByOthersRecreatePutsMyValuesBack()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}, {"qty", 3}}, {}), QString());
    QCOMPARE(ops.mine->lastFailure(), VersionedTableModel::FailureKind::DeletedByOthers);
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.merge);
    QVERIFY(d.button("recreateButton")->isVisible());
    QVERIFY(d.button("discardButton")->isVisible());
    QVERIFY(!d.button("saveMergedButton")->isVisible());
    QVERIFY(!d.button("overwriteButton")->isVisible());
    QCOMPARE(d.text("headlineLabel"), u"This record was deleted by someone else."_s);
    QCOMPARE(d.cell("name", TheirsColumn), u"(deleted)"_s);
    QCOMPARE(d.cell("name", MineColumn), u"My lamp"_s);

    d.button("recreateButton")->click();
    QCOMPARE(d.dialog.outcome(), Outcome::Recreated);
    QCOMPARE(stored(db, "COUNT(*)").toInt(), 1);
    QCOMPARE(stored(db, "name").toString(), u"My lamp"_s);
    QCOMPARE(stored(db, "qty").toInt(), 3);
    QCOMPARE(stored(db, "note").toString(), u"desk"_s);
}

void tst_ConflictDialog::deletedByOthersDiscardLeavesItDeleted()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}}, {}), QString());
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.button("discardButton"));
    d.button("discardButton")->click();
    QCOMPARE(d.dialog.outcome(), Outcome::Discarded);
    QCOMPARE(stored(db, "COUNT(*)").toInt(), 0);
    QVERIFY(!ops.mine->isDirty());
    QVERIFY(!ops.mine->hasConflict(0));
}

void tst_ConflictDialog::myDeleteAgainstTheirChangeOffersKeepOrDeleteAnyway()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {}, {{"name", "Their lamp"}}), QString());
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.merge);
    QVERIFY2(d.text("headlineLabel").startsWith("You deleted this record"_L1),
             qPrintable(d.text("headlineLabel")));
    QCOMPARE(d.button("reloadButton")->text(), u"&Keep their version"_s);
    QCOMPARE(d.button("overwriteButton")->text(), u"&Delete anyway"_s);
    QVERIFY(!d.button("saveMergedButton")->isVisible());
    QCOMPARE(d.cell("name", MineColumn), u"(deleted)"_s);
    QCOMPARE(d.cell("name", TheirsColumn), u"Their lamp"_s);

    const QString warned =
        d.clickAndAnswer("overwriteButton", "confirmOverwriteBox", QMessageBox::Yes);
    QVERIFY2(warned.contains("name"_L1), qPrintable(warned));
    QCOMPARE(d.dialog.outcome(), Outcome::OverwroteMine);
    QCOMPARE(stored(db, "COUNT(*)").toInt(), 0);
}

void tst_ConflictDialog::cancelKeepsMyEditsAndTheDatabase()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}}, {{"name", "Their lamp"}}), QString());
    {
        ConflictDialogDriver d(ops.mine.get());
        d.button("cancelButton")->click();
        QCOMPARE(d.dialog.outcome(), Outcome::Cancelled);
        QVERIFY(!d.dialog.isVisible());
    }
    QVERIFY(ops.mine->isDirty());
    QVERIFY(ops.mine->hasConflict(0));
    QCOMPARE(ops.mineShows("name").toString(), u"My lamp"_s);
    QCOMPARE(stored(db, "name").toString(), u"Their lamp"_s);
    QCOMPARE(stored(db, "version").toInt(), 2);

    // Esc is Cancel too.
    ConflictDialogDriver again(ops.mine.get());
    QVERIFY(QTest::qWaitForWindowExposed(&again.dialog));
    QTest::keyClick(&again.dialog, Qt::Key_Escape);
    QVERIFY(!again.dialog.isVisible());
    QCOMPARE(again.dialog.outcome(), Outcome::Cancelled);
    QVERIFY(ops.mine->isDirty());
}

void tst_ConflictDialog::copyMyChangesPutsFieldLinesOnClipboard()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}, {"qty", 7}}, {{"note", "their note"}}),
             QString());
    ConflictDialogDriver d(ops.mine.get());
    QCOMPARE(d.text("copiedLabel"), QString());
    d.button("copyButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"name: My lamp\nqty: 7"_s);
    QCOMPARE(d.text("copiedLabel"), u"2 fields copied"_s);
    QVERIFY(d.dialog.isVisible());
}

void tst_ConflictDialog::spanishNamesTheOtherUsersVersionPlainly()
{
    // "Suyo" also reads as the formal "yours": the other person's side must not be called that.
    QTranslator spanish;
    QVERIFY2(spanish.load(QStringLiteral(CONCORD_ES_QM)), CONCORD_ES_QM);
    QVERIFY(QCoreApplication::installTranslator(&spanish));
    const auto removeTranslator =
        qScopeGuard([&spanish] { QCoreApplication::removeTranslator(&spanish); });

    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}}, {{"name", "Their lamp"}}), QString());
    ConflictDialogDriver d(ops.mine.get());
    const QString header = d.merge->headerData(TheirsColumn, Qt::Horizontal).toString();
    const QString button = d.button("useTheirsButton")->text();
    QCOMPARE(header, u"Del otro usuario"_s);
    QVERIFY2(button.contains(u"otro"_s), qPrintable(button));
    for (const QString &text : {header, button, d.button("reloadButton")->text()})
        QVERIFY2(!text.contains(u"suy"_s, Qt::CaseInsensitive)
                     && !text.contains(u"su versi"_s, Qt::CaseInsensitive),
                 qPrintable(text));
}

void tst_ConflictDialog::fieldsAndValuesReadAsTheGridShowsThem()
{
    // Issue 20 C.12: the Field column showed column names where the form shows labels, a
    // NUMERIC(8,2) read 5000 where the grid shows 5,000.00, and the summary began in lower case.
    CONCORD_OPEN_TEST_DB(db);
    QCOMPARE(db.createVersionedTable(u"accounts"_s, {u"credit_limit NUMERIC(8,2)"_s,
                                                     u"city VARCHAR(40)"_s}),
             QString());
    QCOMPARE(db.exec(u"INSERT INTO accounts (credit_limit, city) VALUES (1000, 'Bonn')"_s), QString());
    Operators ops;
    ops.mine = openModel(db.open(), u"accounts"_s, u"ann"_s);
    ops.theirs = openModel(db.open(), u"accounts"_s, u"bob"_s);
    QVERIFY(ops.mine && ops.theirs);
    // As the grid and the record form do: the model's headers are the fields' labels.
    ops.mine->setHeaderData(ops.mine->fieldIndex(u"credit_limit"_s), Qt::Horizontal, u"Credit limit"_s);
    ops.mine->setHeaderData(ops.mine->fieldIndex(u"city"_s), Qt::Horizontal, u"City"_s);
    QVERIFY(setValues(*ops.theirs, {{u"credit_limit"_s, 5000}, {u"city"_s, u"Köln"_s}}));
    QVERIFY(ops.theirs->submitAll());
    QVERIFY(setValues(*ops.mine, {{u"credit_limit"_s, 6000}, {u"city"_s, QVariant()}}));
    QVERIFY(!ops.mine->submitAll());
    QVERIFY(ops.mine->hasConflict(0));

    ConflictDialogDriver d(ops.mine.get());
    QCOMPARE(d.cell("credit_limit", FieldColumn), u"Credit limit"_s);
    QCOMPARE(d.cell("city", FieldColumn), u"City"_s);
    const QLocale locale;
    QCOMPARE(d.cell("credit_limit", TheirsColumn), locale.toString(5000.0, 'f', 2));
    QCOMPARE(d.cell("credit_limit", MineColumn), locale.toString(6000.0, 'f', 2));
    QCOMPARE(d.cell("credit_limit", OriginalColumn), locale.toString(1000.0, 'f', 2));
    // NULL reads as the form's editors say it.
    QCOMPARE(d.cell("city", MineColumn), u"(none)"_s);

    d.select("credit_limit");
    d.button("useTheirsButton")->click();
    d.select("city");
    d.button("useMineButton")->click();
    const QString summary = d.text("summaryLabel");
    QVERIFY2(summary.startsWith(u"Every conflict has a choice"_s), qPrintable(summary));
    QVERIFY2(!summary.contains(u"credit_limit"_s), qPrintable(summary));
    d.button("saveMergedButton")->click();
    QCOMPARE(d.dialog.outcome(), Outcome::SavedMerge);
    QCOMPARE(db.scalar(u"SELECT credit_limit FROM accounts"_s).toDouble(), 5000.0);
    QVERIFY(db.scalar(u"SELECT city FROM accounts"_s).isNull());
}

void tst_ConflictDialog::hideUnchangedFiltersRows()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}}, {{"qty", 5}}), QString());
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.merge && d.hideUnchanged);
    QVERIFY(d.hideUnchanged->isChecked());
    QCOMPARE(d.merge->rowCount(), 2); // name, qty
    QCOMPARE(d.cell("note", FieldColumn), QString());

    d.hideUnchanged->click();
    QCOMPARE(d.merge->rowCount(), 4); // id, name, qty, note: never the version
    QCOMPARE(d.cell("note", StatusColumn), u"unchanged"_s);
    QCOMPARE(d.cell("version", FieldColumn), QString());

    d.hideUnchanged->click();
    QCOMPARE(d.merge->rowCount(), 2);
}

void tst_ConflictDialog::headerNamesWhoChangedItAndWhen()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(db.createVersionedTable(u"parts"_s, {u"name VARCHAR(100)"_s,
                                                  u"modified_by VARCHAR(50)"_s,
                                                  u"modified_at TIMESTAMP"_s}),
             QString());
    QCOMPARE(db.exec(u"INSERT INTO parts (name) VALUES ('Bolt')"_s), QString());
    ops.mine = openModel(db.open(), u"parts"_s, u"ann"_s);
    ops.theirs = openModel(db.open(), u"parts"_s, u"bob"_s);
    QVERIFY(ops.mine && ops.theirs);
    QVERIFY(setValues(*ops.theirs, {{"name", "Nut"}}) && ops.theirs->submitAll());
    QVERIFY(setValues(*ops.mine, {{"name", "Screw"}}) && !ops.mine->submitAll());

    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.merge);
    QVERIFY(d.dialog.findChild<QLabel *>(u"whoWhenLabel"_s)->isVisible());
    QVERIFY2(d.text("whoWhenLabel").startsWith("Changed by bob at "_L1),
             qPrintable(d.text("whoWhenLabel")));
    // Who/when are the header's business: no rows for them, no conflict over them.
    QCOMPARE(d.cell("modified_by", FieldColumn), QString());
    QVERIFY2(d.text("summaryLabel").contains("1 conflict needs"_L1),
             qPrintable(d.text("summaryLabel")));
}

void tst_ConflictDialog::constraintFailureIsReportedAndDialogStaysOpen()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"qty", 7}}, {{"qty", 5}}), QString());
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.merge);
    // The CHECK (qty >= 0) refuses this hand-edited result.
    QVERIFY(d.merge->setData(d.merge->index(d.merge->rowOfField(u"qty"_s), ResultColumn), u"-5"_s));
    const QString error = d.clickAndAnswer("saveMergedButton", "saveErrorBox", QMessageBox::Ok);
    QVERIFY(!error.isEmpty() && !error.startsWith("(no "_L1));
    QVERIFY(d.dialog.isVisible());
    QVERIFY(!d.noticeShown());
    QCOMPARE(d.dialog.outcome(), Outcome::Cancelled);
    QCOMPARE(stored(db, "qty").toInt(), 5);
    QCOMPARE(stored(db, "version").toInt(), 2);
    // The refused merge does not replace the user's own edit in the model.
    QCOMPARE(ops.mineShows("qty").toInt(), 7);
}

void tst_ConflictDialog::keyboardAloneResolvesAConflict()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}, {"qty", 7}},
                          {{"name", "Their lamp"}, {"qty", 5}}),
             QString());
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.table);
    QApplication::setActiveWindow(&d.dialog);
    QVERIFY(QTest::qWaitForWindowActive(&d.dialog));
    QPushButton *save = d.button("saveMergedButton");
    // The first conflict is selected on opening; each choice moves on to the next one.
    QTest::keyClick(&d.dialog, Qt::Key_Y, Qt::AltModifier);
    QTRY_VERIFY(d.text("summaryLabel").contains("1 conflict needs"_L1));
    QVERIFY(!save->isEnabled());
    // The second one by hand: Alt+E opens the Result cell, Return commits it.
    QTest::keyClick(&d.dialog, Qt::Key_E, Qt::AltModifier);
    // A mnemonic clicks its button after a short animation: wait for the editor itself.
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != d.table
                && d.table->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), u"9"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(save->isEnabled());
    QCOMPARE(d.cell("qty", StatusColumn), u"edited by hand"_s);
    QVERIFY(save->isDefault());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(d.dialog.outcome(), Outcome::SavedMerge);
    QCOMPARE(stored(db, "name").toString(), u"My lamp"_s);
    QCOMPARE(stored(db, "qty").toInt(), 9);
}

void tst_ConflictDialog::resolveRunsModallyAndReturnsWhatWasDone()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}}, {{"qty", 5}}), QString());
    bool clicked = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        clicked = true;
        dialog->findChild<QPushButton *>(u"saveMergedButton"_s)->click();
    });
    poll.start(10);
    QCOMPARE(ConflictDialog::resolve(ops.mine.get(), 0), Outcome::SavedMerge);
    QVERIFY(clicked);
    QCOMPARE(stored(db, "version").toInt(), 3);
    // Nothing left to resolve: no dialog at all.
    QCOMPARE(ConflictDialog::resolve(ops.mine.get(), 0), Outcome::Cancelled);
}

void tst_ConflictDialog::resultColumnIsReadableAfterAChoice()
{
    // Issue 10, item 8: after a choice the Result column shows the whole value, and Status takes
    // only the width its words need.
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"note", "a note of mine long enough to need a wide column"}},
                          {{"note", "theirs"}}),
             QString());
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.table);
    QVERIFY(QTest::qWaitForWindowExposed(&d.dialog));
    QCOMPARE(d.cell("note", ResultColumn), u"(choose)"_s);
    d.select("note");
    d.button("useMineButton")->click();
    QCOMPARE(d.cell("note", ResultColumn), u"a note of mine long enough to need a wide column"_s);
    QHeaderView *header = d.table->horizontalHeader();
    const auto needs = [&](int column) { // public in QAbstractItemView, protected in QTableView
        return qMax(static_cast<QAbstractItemView *>(d.table)->sizeHintForColumn(column),
                    header->sectionSizeHint(column));
    };
    QTRY_VERIFY2(header->sectionSize(ResultColumn) >= needs(ResultColumn),
                 qPrintable(u"%1 < %2"_s.arg(header->sectionSize(ResultColumn)).arg(needs(ResultColumn))));
    const int statusNeeds = needs(StatusColumn);
    QVERIFY2(header->sectionSize(StatusColumn) <= statusNeeds,
             qPrintable(u"%1 > %2"_s.arg(header->sectionSize(StatusColumn)).arg(statusNeeds)));
}

void tst_ConflictDialog::conflictColoursKeepContrastInADarkPalette()
{
    QList<FieldMerge> fields(2);
    fields[0] = {u"name"_s, u"a"_s, u"b"_s, u"c"_s, {}, FieldMerge::Status::Conflict};
    fields[1] = {u"qty"_s, 1, 1, 2, 2, FieldMerge::Status::TakenFromTheirs};
    MergeTableModel model;
    model.setMerge(MergeResult(fields));

    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    for (const QPalette &palette : {dark, light}) {
        model.setPalette(palette);
        const int text = palette.color(QPalette::Text).lightness();
        for (int row = 0; row < 2; ++row) {
            const QVariant bg = model.index(row, ResultColumn).data(Qt::BackgroundRole);
            QVERIFY(bg.canConvert<QColor>());
            QVERIFY2(qAbs(bg.value<QColor>().lightness() - text) > 100,
                     qPrintable(bg.value<QColor>().name()));
        }
    }
    // Not colour alone: the conflict is also bold, and says so in words.
    QVERIFY(model.index(0, FieldColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(0, StatusColumn).data().toString().startsWith("conflict"_L1));
}

QTEST_MAIN(tst_ConflictDialog)
// Edit result goes through the record form's editors: an emptied optional text is NULL, not
// '', and an emptied required one is refused with a notice, as in the form.
void tst_ConflictDialog::editResultStoresNullForEmptiedTextAndKeepsRequired()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(makeConflict(db, ops, {{"name", "My lamp"}, {"note", "my note"}},
                          {{"name", "Their lamp"}, {"note", "their note"}}),
             QString());
    ConflictDialogDriver d(ops.mine.get());
    QVERIFY(d.merge);
    QVERIFY(QTest::qWaitForWindowExposed(&d.dialog));
    const auto emptyResultOf = [&d](const char *field) {
        d.select(field);
        d.button("editResultButton")->click();
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClick(editor, Qt::Key_Return);
    };
    emptyResultOf("note");
    QTRY_COMPARE(d.cell("note", StatusColumn), u"edited by hand"_s);
    emptyResultOf("name");
    QTRY_VERIFY(d.noticeShown());
    QVERIFY2(d.text("noticeLabel").contains("Name is required"_L1), qPrintable(d.text("noticeLabel")));
    QCOMPARE(d.cell("name", ResultColumn), u"(choose)"_s);
    d.select("name");
    d.button("useMineButton")->click();
    d.button("saveMergedButton")->click();
    QCOMPARE(d.dialog.outcome(), Outcome::SavedMerge);
    QCOMPARE(stored(db, "name").toString(), u"My lamp"_s);
    QVERIFY(stored(db, "note").isNull());
}

#include "tst_conflictdialog.moc"
