// Tests for ConflictDialog and MergeTableModel: two operators on two connections edit the same
// record, and the dialog's choices end up in the database (or deliberately do not).
#include "conflictdialog.h"
#include "mergetablemodel.h"
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlRecord>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace concord;
using concord::test::TestDatabase;

namespace {

// Answers the message box named `name` with `button` as soon as it runs modally. Message boxes
// block in exec(), so the answer has to come from a timer inside that nested event loop.
class MessageBoxAnswer : public QObject
{
public:
    MessageBoxAnswer(const QString &name, QMessageBox::StandardButton button)
        : m_name(name), m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, &MessageBoxAnswer::poll);
        m_timer.start(10);
        expected() << name;
    }
    ~MessageBoxAnswer() override { expected().removeOne(m_name); }
    static bool isExpected(const QString &name) { return expected().contains(name); }
    bool answered() const { return m_answered; }
    QString text() const { return m_text; }

private:
    static QStringList &expected()
    {
        static QStringList names;
        return names;
    }
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != m_name || !box->button(m_button))
            return;
        m_timer.stop();
        m_answered = true;
        m_text = box->text();
        box->button(m_button)->click();
    }

    QString m_name;
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
    bool m_answered = false;
    QString m_text;
};

// The two operators' models. Declared after the TestDatabase in a test, so they are gone before
// it closes their connections.
struct Operators
{
    std::unique_ptr<VersionedTableModel> mine;
    std::unique_ptr<VersionedTableModel> theirs;
};

std::unique_ptr<VersionedTableModel> openModel(const QSqlDatabase &db, const QString &table,
                                               const QString &operatorName)
{
    auto model = std::make_unique<VersionedTableModel>(nullptr, db);
    model->setEditStrategy(QSqlTableModel::OnManualSubmit);
    model->setOperatorName(operatorName);
    model->setTable(table);
    model->setSort(0, Qt::AscendingOrder);
    if (!model->select())
        return nullptr;
    return model;
}

bool setValues(VersionedTableModel &model, int row, const QVariantMap &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!model.setData(model.index(row, model.fieldIndex(it.key())), it.value()))
            return false;
    }
    return true;
}

QString cellText(const ConflictDialog &dialog, const QString &field, int column)
{
    const auto *table = dialog.findChild<QTableView *>(QStringLiteral("mergeTable"));
    const auto *model = qobject_cast<MergeTableModel *>(table->model());
    const int row = model->rowOfField(field);
    return row < 0 ? QString() : model->index(row, column).data().toString();
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

private:
    // Two operators load the same row; "theirs" saves first, then "mine" runs into the conflict.
    void makeConflict(TestDatabase &db, Operators &ops, const QVariantMap &mine,
                      const QVariantMap &theirs);
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
    QVERIFY2(m_unexpectedBoxes.isEmpty(), qPrintable(m_unexpectedBoxes.join(QLatin1Char('\n'))));
}

void tst_ConflictDialog::closeUnexpectedMessageBox()
{
    // A message box no test step waits for would block the test until its timeout: close it
    // and fail instead.
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box || MessageBoxAnswer::isExpected(box->objectName()))
        return;
    m_unexpectedBoxes << box->objectName() + QStringLiteral(": ") + box->text();
    box->done(QMessageBox::Cancel);
}

void tst_ConflictDialog::makeConflict(TestDatabase &db, Operators &ops, const QVariantMap &mine,
                                      const QVariantMap &theirs)
{
    QCOMPARE(db.createVersionedTable(QStringLiteral("items"),
                                     {QStringLiteral("name VARCHAR(100) NOT NULL"),
                                      QStringLiteral("qty INTEGER CHECK (qty >= 0)"),
                                      QStringLiteral("note VARCHAR(200)")}),
             QString());
    QCOMPARE(db.exec(QStringLiteral("INSERT INTO items (name, qty, note) VALUES ('Lamp', 1, 'desk')")),
             QString());
    ops.mine = openModel(db.open(), QStringLiteral("items"), QStringLiteral("ann"));
    ops.theirs = openModel(db.open(), QStringLiteral("items"), QStringLiteral("bob"));
    QVERIFY(ops.mine && ops.theirs);
    QCOMPARE(ops.mine->rowCount(), 1);

    if (theirs.isEmpty()) {
        QVERIFY(ops.theirs->removeRow(0));
    } else {
        QVERIFY(setValues(*ops.theirs, 0, theirs));
    }
    QVERIFY2(ops.theirs->submitAll(), qPrintable(ops.theirs->lastError().text()));

    QSignalSpy conflicts(ops.mine.get(), &VersionedTableModel::conflictDetected);
    if (mine.isEmpty()) {
        QVERIFY(ops.mine->removeRow(0));
    } else {
        QVERIFY(setValues(*ops.mine, 0, mine));
    }
    QVERIFY(!ops.mine->submitAll());
    QCOMPARE(conflicts.size(), 1);
    QVERIFY(ops.mine->hasConflict(0));
}

void tst_ConflictDialog::sameFieldChangedOnBothSidesNeedsChoiceBeforeSaving()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}, {"qty", 7}, {"note", "my note"}},
                 {{"name", "Their lamp"}, {"qty", 5}, {"note", "their note"}});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveMergedButton"));
    auto *useMine = dialog.findChild<QPushButton *>(QStringLiteral("useMineButton"));
    auto *useTheirs = dialog.findChild<QPushButton *>(QStringLiteral("useTheirsButton"));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("mergeTable"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(save && useMine && useTheirs && table && summary);
    auto *merge = qobject_cast<MergeTableModel *>(table->model());
    QVERIFY(merge);

    QVERIFY(!save->isEnabled());
    QVERIFY2(summary->text().contains(QLatin1String("3 conflicts need your choice")),
             qPrintable(summary->text()));
    QCOMPARE(cellText(dialog, QStringLiteral("name"), MergeTableModel::ResultColumn),
             QStringLiteral("(choose)"));

    table->setCurrentIndex(merge->index(merge->rowOfField(QStringLiteral("name")), 0));
    useMine->click();
    QVERIFY(!save->isEnabled());
    table->setCurrentIndex(merge->index(merge->rowOfField(QStringLiteral("note")), 0));
    useTheirs->click();
    QVERIFY(!save->isEnabled());
    QVERIFY2(summary->text().contains(QLatin1String("1 conflict needs your choice")),
             qPrintable(summary->text()));
    // The third one by hand, in the Result cell.
    const QModelIndex qtyResult =
        merge->index(merge->rowOfField(QStringLiteral("qty")), MergeTableModel::ResultColumn);
    QVERIFY(merge->flags(qtyResult) & Qt::ItemIsEditable);
    QVERIFY(merge->setData(qtyResult, QStringLiteral("9")));
    QVERIFY(save->isEnabled());
    QVERIFY(save->isDefault());
    QCOMPARE(cellText(dialog, QStringLiteral("qty"), MergeTableModel::StatusColumn),
             QStringLiteral("edited by hand"));
    QCOMPARE(cellText(dialog, QStringLiteral("name"), MergeTableModel::StatusColumn),
             QStringLiteral("chosen: yours"));

    save->click();
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::SavedMerge);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items")).toString(), QStringLiteral("My lamp"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items")).toInt(), 9);
    QCOMPARE(db.scalar(QStringLiteral("SELECT note FROM items")).toString(), QStringLiteral("their note"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items")).toInt(), 3);
    QCOMPARE(ops.mine->rowVersion(0).toInt(), 3);
    QVERIFY(!ops.mine->isDirty());
    QVERIFY(!ops.mine->hasConflict(0));
    QCOMPARE(ops.mine->index(0, ops.mine->fieldIndex(QStringLiteral("note"))).data().toString(),
             QStringLiteral("their note"));
}

void tst_ConflictDialog::differentFieldsMergeAutomatically()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}}, {{"qty", 5}});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveMergedButton"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(save && summary);
    QVERIFY(save->isEnabled());
    QVERIFY(save->isDefault());
    QVERIFY2(summary->text().startsWith(QLatin1String("2 fields merged automatically")),
             qPrintable(summary->text()));
    QCOMPARE(cellText(dialog, QStringLiteral("name"), MergeTableModel::StatusColumn),
             QStringLiteral("merged: yours"));
    QCOMPARE(cellText(dialog, QStringLiteral("qty"), MergeTableModel::StatusColumn),
             QStringLiteral("merged: theirs"));
    QCOMPARE(cellText(dialog, QStringLiteral("qty"), MergeTableModel::ResultColumn),
             QStringLiteral("5"));

    save->click();
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::SavedMerge);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items")).toString(), QStringLiteral("My lamp"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items")).toInt(), 5);
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items")).toInt(), 3);
    QCOMPARE(ops.mine->index(0, ops.mine->fieldIndex(QStringLiteral("qty"))).data().toInt(), 5);
}

void tst_ConflictDialog::reloadTheirsAsksFirstThenTakesTheirs()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}}, {{"name", "Their lamp"}});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *reload = dialog.findChild<QPushButton *>(QStringLiteral("reloadButton"));
    QVERIFY(reload);

    {
        MessageBoxAnswer no(QStringLiteral("confirmReloadBox"), QMessageBox::Cancel);
        reload->click();
        QVERIFY(no.answered());
        QVERIFY2(no.text().contains(QLatin1String("name")), qPrintable(no.text()));
    }
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::Cancelled);
    QVERIFY(ops.mine->isDirty());

    MessageBoxAnswer yes(QStringLiteral("confirmReloadBox"), QMessageBox::Yes);
    reload->click();
    QVERIFY(yes.answered());
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::ReloadedTheirs);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items")).toString(), QStringLiteral("Their lamp"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items")).toInt(), 2);
    QCOMPARE(ops.mine->index(0, ops.mine->fieldIndex(QStringLiteral("name"))).data().toString(),
             QStringLiteral("Their lamp"));
    QCOMPARE(ops.mine->rowVersion(0).toInt(), 2);
    QVERIFY(!ops.mine->isDirty());
}

void tst_ConflictDialog::overwriteRefreshesInsteadOfOverwritingAThirdWriter()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}}, {{"name", "Their lamp"}});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *overwrite = dialog.findChild<QPushButton *>(QStringLiteral("overwriteButton"));
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("noticeLabel"));
    QVERIFY(overwrite && notice);
    QVERIFY(notice->isHidden());

    // A third operator saves while the dialog is open.
    QCOMPARE(db.exec(QStringLiteral("UPDATE items SET name = 'Third lamp', version = version + 1")),
             QString());
    {
        MessageBoxAnswer yes(QStringLiteral("confirmOverwriteBox"), QMessageBox::Yes);
        overwrite->click();
        QVERIFY(yes.answered());
        QVERIFY2(yes.text().contains(QLatin1String("name")), qPrintable(yes.text()));
    }
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::Cancelled);
    QVERIFY(dialog.isVisible());
    QVERIFY(!notice->isHidden());
    QVERIFY2(notice->text().contains(QLatin1String("saved again")), qPrintable(notice->text()));
    QCOMPARE(cellText(dialog, QStringLiteral("name"), MergeTableModel::TheirsColumn),
             QStringLiteral("Third lamp"));
    QCOMPARE(cellText(dialog, QStringLiteral("name"), MergeTableModel::MineColumn),
             QStringLiteral("My lamp"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items")).toString(), QStringLiteral("Third lamp"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items")).toInt(), 3);

    MessageBoxAnswer again(QStringLiteral("confirmOverwriteBox"), QMessageBox::Yes);
    overwrite->click();
    QVERIFY(again.answered());
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::OverwroteMine);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items")).toString(), QStringLiteral("My lamp"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items")).toInt(), 4);
    QVERIFY(!ops.mine->isDirty());
}

void tst_ConflictDialog::thirdWriterKeepsChoicesWhoseTheirsIsUnchanged()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}, {"note", "my note"}},
                 {{"name", "Their lamp"}, {"note", "their note"}});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveMergedButton"));
    auto *useMine = dialog.findChild<QPushButton *>(QStringLiteral("useMineButton"));
    auto *useTheirs = dialog.findChild<QPushButton *>(QStringLiteral("useTheirsButton"));
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("noticeLabel"));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("mergeTable"));
    QVERIFY(save && useMine && useTheirs && notice && table);
    auto *merge = qobject_cast<MergeTableModel *>(table->model());
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("note")}) {
        table->setCurrentIndex(merge->index(merge->rowOfField(field), 0));
        useMine->click();
    }
    QVERIFY(save->isEnabled());

    QCOMPARE(db.exec(QStringLiteral("UPDATE items SET note = 'third note', version = version + 1")),
             QString());
    save->click();
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::Cancelled);
    QVERIFY(!notice->isHidden());
    QVERIFY2(notice->text().contains(QLatin1String("note")), qPrintable(notice->text()));
    QCOMPARE(cellText(dialog, QStringLiteral("name"), MergeTableModel::StatusColumn),
             QStringLiteral("chosen: yours"));
    QCOMPARE(cellText(dialog, QStringLiteral("note"), MergeTableModel::TheirsColumn),
             QStringLiteral("third note"));
    QCOMPARE(cellText(dialog, QStringLiteral("note"), MergeTableModel::ResultColumn),
             QStringLiteral("(choose)"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(db.scalar(QStringLiteral("SELECT note FROM items")).toString(), QStringLiteral("third note"));

    table->setCurrentIndex(merge->index(merge->rowOfField(QStringLiteral("note")), 0));
    useTheirs->click();
    QVERIFY(save->isEnabled());
    save->click();
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::SavedMerge);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items")).toString(), QStringLiteral("My lamp"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT note FROM items")).toString(), QStringLiteral("third note"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items")).toInt(), 4);
}

void tst_ConflictDialog::cancelAfterAThirdWriterKeepsMyOwnEdits()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}}, {{"name", "Their lamp"}, {"note", "their note"}});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveMergedButton"));
    auto *useMine = dialog.findChild<QPushButton *>(QStringLiteral("useMineButton"));
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(save && useMine && cancel);
    useMine->click(); // name, the only conflict, is selected on opening
    QVERIFY(save->isEnabled());
    QCOMPARE(db.exec(QStringLiteral("UPDATE items SET qty = 42, version = version + 1")), QString());
    save->click();
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::Cancelled);
    QCOMPARE(cellText(dialog, QStringLiteral("qty"), MergeTableModel::StatusColumn),
             QStringLiteral("merged: theirs"));
    cancel->click();

    // The model holds what the user typed, not the merge that was attempted.
    QVERIFY(ops.mine->isDirty());
    QCOMPARE(ops.mine->index(0, ops.mine->fieldIndex(QStringLiteral("name"))).data().toString(),
             QStringLiteral("My lamp"));
    QCOMPARE(ops.mine->index(0, ops.mine->fieldIndex(QStringLiteral("note"))).data().toString(),
             QStringLiteral("desk"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items")).toString(), QStringLiteral("Their lamp"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items")).toInt(), 3);

    // A second dialog starts from those edits against the latest theirs.
    ConflictDialog again(ops.mine.get(), 0);
    QCOMPARE(cellText(again, QStringLiteral("note"), MergeTableModel::MineColumn),
             QStringLiteral("desk"));
    QCOMPARE(cellText(again, QStringLiteral("qty"), MergeTableModel::TheirsColumn),
             QStringLiteral("42"));
}

void tst_ConflictDialog::deletedByOthersRecreatePutsMyValuesBack()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}, {"qty", 3}}, {});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(ops.mine->lastFailure(), VersionedTableModel::FailureKind::DeletedByOthers);

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *recreate = dialog.findChild<QPushButton *>(QStringLiteral("recreateButton"));
    auto *headline = dialog.findChild<QLabel *>(QStringLiteral("headlineLabel"));
    QVERIFY(recreate && headline);
    QVERIFY(recreate->isVisible());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("discardButton"))->isVisible());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveMergedButton"))->isVisible());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("overwriteButton"))->isVisible());
    QCOMPARE(headline->text(), QStringLiteral("This record was deleted by someone else."));
    QCOMPARE(cellText(dialog, QStringLiteral("name"), MergeTableModel::TheirsColumn),
             QStringLiteral("(deleted)"));
    QCOMPARE(cellText(dialog, QStringLiteral("name"), MergeTableModel::MineColumn),
             QStringLiteral("My lamp"));

    recreate->click();
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::Recreated);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items")).toString(), QStringLiteral("My lamp"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items")).toInt(), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT note FROM items")).toString(), QStringLiteral("desk"));
}

void tst_ConflictDialog::deletedByOthersDiscardLeavesItDeleted()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}}, {});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *discard = dialog.findChild<QPushButton *>(QStringLiteral("discardButton"));
    QVERIFY(discard);
    discard->click();
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::Discarded);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 0);
    QVERIFY(!ops.mine->isDirty());
    QVERIFY(!ops.mine->hasConflict(0));
}

void tst_ConflictDialog::myDeleteAgainstTheirChangeOffersKeepOrDeleteAnyway()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {}, {{"name", "Their lamp"}});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *keep = dialog.findChild<QPushButton *>(QStringLiteral("reloadButton"));
    auto *deleteAnyway = dialog.findChild<QPushButton *>(QStringLiteral("overwriteButton"));
    auto *headline = dialog.findChild<QLabel *>(QStringLiteral("headlineLabel"));
    QVERIFY(keep && deleteAnyway && headline);
    QVERIFY2(headline->text().startsWith(QLatin1String("You deleted this record")),
             qPrintable(headline->text()));
    QVERIFY(keep->isVisible() && deleteAnyway->isVisible());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveMergedButton"))->isVisible());
    QCOMPARE(cellText(dialog, QStringLiteral("name"), MergeTableModel::MineColumn),
             QStringLiteral("(deleted)"));
    QCOMPARE(cellText(dialog, QStringLiteral("name"), MergeTableModel::TheirsColumn),
             QStringLiteral("Their lamp"));

    MessageBoxAnswer yes(QStringLiteral("confirmOverwriteBox"), QMessageBox::Yes);
    deleteAnyway->click();
    QVERIFY(yes.answered());
    QVERIFY2(yes.text().contains(QLatin1String("name")), qPrintable(yes.text()));
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::OverwroteMine);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 0);
}

void tst_ConflictDialog::cancelKeepsMyEditsAndTheDatabase()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}}, {{"name", "Their lamp"}});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    cancel->click();
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::Cancelled);
    QVERIFY(!dialog.isVisible());
    QVERIFY(ops.mine->isDirty());
    QVERIFY(ops.mine->hasConflict(0));
    QCOMPARE(ops.mine->index(0, ops.mine->fieldIndex(QStringLiteral("name"))).data().toString(),
             QStringLiteral("My lamp"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items")).toString(), QStringLiteral("Their lamp"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items")).toInt(), 2);

    // Esc is Cancel too.
    ConflictDialog again(ops.mine.get(), 0);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTest::keyClick(&again, Qt::Key_Escape);
    QVERIFY(!again.isVisible());
    QCOMPARE(again.outcome(), ConflictDialog::Outcome::Cancelled);
    QVERIFY(ops.mine->isDirty());
}

void tst_ConflictDialog::copyMyChangesPutsFieldLinesOnClipboard()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}, {"qty", 7}}, {{"note", "their note"}});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("name: My lamp\nqty: 7"));
    QVERIFY(dialog.isVisible());
}

void tst_ConflictDialog::hideUnchangedFiltersRows()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}}, {{"qty", 5}});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *hide = dialog.findChild<QCheckBox *>(QStringLiteral("hideUnchangedCheck"));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("mergeTable"));
    QVERIFY(hide && table);
    QVERIFY(hide->isChecked());
    QCOMPARE(table->model()->rowCount(), 2); // name, qty
    QCOMPARE(cellText(dialog, QStringLiteral("note"), MergeTableModel::FieldColumn), QString());

    hide->click();
    QCOMPARE(table->model()->rowCount(), 4); // id, name, qty, note: never the version
    QCOMPARE(cellText(dialog, QStringLiteral("note"), MergeTableModel::StatusColumn),
             QStringLiteral("unchanged"));
    QCOMPARE(cellText(dialog, QStringLiteral("version"), MergeTableModel::FieldColumn), QString());

    hide->click();
    QCOMPARE(table->model()->rowCount(), 2);
}

void tst_ConflictDialog::headerNamesWhoChangedItAndWhen()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    QCOMPARE(db.createVersionedTable(QStringLiteral("parts"),
                                     {QStringLiteral("name VARCHAR(100)"),
                                      QStringLiteral("modified_by VARCHAR(50)"),
                                      QStringLiteral("modified_at TIMESTAMP")}),
             QString());
    QCOMPARE(db.exec(QStringLiteral("INSERT INTO parts (name) VALUES ('Bolt')")), QString());
    ops.mine = openModel(db.open(), QStringLiteral("parts"), QStringLiteral("ann"));
    ops.theirs = openModel(db.open(), QStringLiteral("parts"), QStringLiteral("bob"));
    QVERIFY(ops.mine && ops.theirs);
    QVERIFY(setValues(*ops.theirs, 0, {{"name", "Nut"}}));
    QVERIFY(ops.theirs->submitAll());
    QVERIFY(setValues(*ops.mine, 0, {{"name", "Screw"}}));
    QVERIFY(!ops.mine->submitAll());

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *whoWhen = dialog.findChild<QLabel *>(QStringLiteral("whoWhenLabel"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(whoWhen && summary);
    QVERIFY(whoWhen->isVisible());
    QVERIFY2(whoWhen->text().startsWith(QLatin1String("Changed by bob at ")),
             qPrintable(whoWhen->text()));
    // Who/when are the header's business: no rows for them, no conflict over them.
    QCOMPARE(cellText(dialog, QStringLiteral("modified_by"), MergeTableModel::FieldColumn), QString());
    QVERIFY2(summary->text().contains(QLatin1String("1 conflict needs")), qPrintable(summary->text()));
}

void tst_ConflictDialog::constraintFailureIsReportedAndDialogStaysOpen()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"qty", 7}}, {{"qty", 5}});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveMergedButton"));
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("noticeLabel"));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("mergeTable"));
    QVERIFY(save && notice && table);
    auto *merge = qobject_cast<MergeTableModel *>(table->model());
    // The CHECK (qty >= 0) refuses this hand-edited result.
    QVERIFY(merge->setData(merge->index(merge->rowOfField(QStringLiteral("qty")),
                                        MergeTableModel::ResultColumn),
                           QStringLiteral("-5")));
    MessageBoxAnswer ok(QStringLiteral("saveErrorBox"), QMessageBox::Ok);
    save->click();
    QVERIFY(ok.answered());
    QVERIFY(!ok.text().isEmpty());
    QVERIFY(dialog.isVisible());
    QVERIFY(notice->isHidden());
    QCOMPARE(dialog.outcome(), ConflictDialog::Outcome::Cancelled);
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items")).toInt(), 5);
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items")).toInt(), 2);
    // The refused merge does not replace the user's own edit in the model.
    QCOMPARE(ops.mine->index(0, ops.mine->fieldIndex(QStringLiteral("qty"))).data().toInt(), 7);
}

void tst_ConflictDialog::keyboardAloneResolvesAConflict()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}, {"qty", 7}}, {{"name", "Their lamp"}, {"qty", 5}});
    if (QTest::currentTestFailed())
        return;

    ConflictDialog dialog(ops.mine.get(), 0);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveMergedButton"));
    QVERIFY(save);
    // The first conflict is selected on opening; each choice moves on to the next one.
    QTest::keyClick(&dialog, Qt::Key_Y, Qt::AltModifier);
    QTRY_VERIFY(!save->isEnabled() && dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                                           ->text()
                                           .contains(QLatin1String("1 conflict needs")));
    // The second one by hand: Alt+E opens the Result cell, Return commits it.
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("mergeTable"));
    QVERIFY(table);
    QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
    // A mnemonic clicks its button after a short animation: wait for the editor itself.
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != table
                && table->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("9"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(save->isEnabled());
    QCOMPARE(cellText(dialog, QStringLiteral("qty"), MergeTableModel::StatusColumn),
             QStringLiteral("edited by hand"));
    QVERIFY(save->isDefault());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(dialog.outcome(), ConflictDialog::Outcome::SavedMerge);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM items")).toString(), QStringLiteral("My lamp"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT qty FROM items")).toInt(), 9);
}

void tst_ConflictDialog::resolveRunsModallyAndReturnsWhatWasDone()
{
    CONCORD_OPEN_TEST_DB(db);
    Operators ops;
    makeConflict(db, ops, {{"name", "My lamp"}}, {{"qty", 5}});
    if (QTest::currentTestFailed())
        return;

    bool clicked = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        clicked = true;
        dialog->findChild<QPushButton *>(QStringLiteral("saveMergedButton"))->click();
    });
    poll.start(10);
    QCOMPARE(ConflictDialog::resolve(ops.mine.get(), 0), ConflictDialog::Outcome::SavedMerge);
    QVERIFY(clicked);
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM items")).toInt(), 3);
    // Nothing left to resolve: no dialog at all.
    QCOMPARE(ConflictDialog::resolve(ops.mine.get(), 0), ConflictDialog::Outcome::Cancelled);
}

void tst_ConflictDialog::conflictColoursKeepContrastInADarkPalette()
{
    QList<FieldMerge> fields(2);
    fields[0].name = QStringLiteral("name");
    fields[0].original = QStringLiteral("a");
    fields[0].mine = QStringLiteral("b");
    fields[0].theirs = QStringLiteral("c");
    fields[0].status = FieldMerge::Status::Conflict;
    fields[1].name = QStringLiteral("qty");
    fields[1].original = 1;
    fields[1].mine = 1;
    fields[1].theirs = 2;
    fields[1].result = 2;
    fields[1].status = FieldMerge::Status::TakenFromTheirs;
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
            const QVariant bg = model.index(row, MergeTableModel::ResultColumn).data(Qt::BackgroundRole);
            QVERIFY(bg.canConvert<QColor>());
            QVERIFY2(qAbs(bg.value<QColor>().lightness() - text) > 100,
                     qPrintable(bg.value<QColor>().name()));
        }
    }
    // Not colour alone: the conflict is also bold, and says so in words.
    QVERIFY(model.index(0, MergeTableModel::FieldColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(0, MergeTableModel::StatusColumn).data().toString().startsWith(
        QLatin1String("conflict")));
}

QTEST_MAIN(tst_ConflictDialog)
#include "tst_conflictdialog.moc"
