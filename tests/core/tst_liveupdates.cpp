// Live awareness: a model hears of others' saves before its own save, through the database's
// ChangeFeed, and marks the rows (edited rows keep their edits; clean rows keep what was read,
// or, where the application asks for it, take the new values in place).
#include "itemsfixture.h"

#include <concord/changefeed.h>
#include <concord/tablepreparer.h>
#include <concord/versionstrategy.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using concord::ChangeFeed;
using concord::RecordChange;
using concord::test::TestDatabase;
using namespace concord::test;
using Failure = VersionedTableModel::FailureKind;

namespace {

// The backends, each with a save by submitAll() and one by QSqlTableModel's own OnFieldChange.
void editStrategyRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("strategy");
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral("/manual"))) << b << int(QSqlTableModel::OnManualSubmit);
        QTest::newRow(qPrintable(b + QStringLiteral("/field"))) << b << int(QSqlTableModel::OnFieldChange);
    }
}

// Saves row `row`'s qty as the model's edit strategy does.
bool saveQty(VersionedTableModel &m, int row, int qty)
{
    if (!setField(m, row, "qty", qty))
        return false;
    return m.editStrategy() == QSqlTableModel::OnFieldChange || m.submitAll();
}

} // namespace

class tst_LiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<RecordChange>(); }
    void cleanRowIsMarkedAndKeepsWhatWasRead_data();
    void cleanRowIsMarkedAndKeepsWhatWasRead();
    void cleanRowTakesTheirsInPlace_data();
    void cleanRowTakesTheirsInPlace();
    void editedRowKeepsEditsAndIsMarked_data() { TestDatabase::addBackendRows(); }
    void editedRowKeepsEditsAndIsMarked();
    void editsHandedOverBeforeTheChangeAreKept_data() { TestDatabase::addBackendRows(); }
    void editsHandedOverBeforeTheChangeAreKept();
    void deletionIsMarkedAndCanBeUndone_data() { TestDatabase::addBackendRows(); }
    void deletionIsMarkedAndCanBeUndone();
    void rowWithoutEditsTakesTheirsWhenChangedElsewhere_data();
    void rowWithoutEditsTakesTheirsWhenChangedElsewhere();
    void recordInsertedAgainStaysDeletedForEdits_data() { TestDatabase::addBackendRows(); }
    void recordInsertedAgainStaysDeletedForEdits();
    void deleteOfAGoneRecordHidesNoLaterDelete_data() { TestDatabase::addBackendRows(); }
    void deleteOfAGoneRecordHidesNoLaterDelete();
    void revertAfterAConflictTakesTheirs_data() { TestDatabase::addBackendRows(); }
    void ownInsertMarkedForDeletionStillHearsChanges_data() { TestDatabase::addBackendRows(); }
    void ownInsertMarkedForDeletionStillHearsChanges();
    void changeHeardWhileAConflictIsOpenIsMarkedAfterItsResolution_data() { TestDatabase::addBackendRows(); }
    void changeHeardWhileAConflictIsOpenIsMarkedAfterItsResolution();
    void revertAfterAConflictTakesTheirs();
    void changeHeardAroundAFailedSaveIsMarked_data() { TestDatabase::addBackendRows(); }
    void changeHeardAroundAFailedSaveIsMarked();
    void recordBackUnderItsKeyStaysDeletedForCleanRows_data() { TestDatabase::addBackendRows(); }
    void recordBackUnderItsKeyStaysDeletedForCleanRows();
    void replacedRecordAtTheSameVersionConflicts_data() { TestDatabase::addBackendRows(); }
    void deleteOfARecordReplacedAtTheSameVersionConflicts_data() { TestDatabase::addBackendRows(); }
    void deleteOfARecordReplacedAtTheSameVersionConflicts();
    void conflictStaysWhenTheRecordIsReplacedAtTheRowsVersion_data() { TestDatabase::addBackendRows(); }
    void conflictStaysWhenTheRecordIsReplacedAtTheRowsVersion();
    void replacedRecordAtTheSameVersionConflicts();
    void recreatedRowHoldsItsNewVersion_data();
    void recreatedRowHoldsItsNewVersion();
    void ownWindowIsTold_data() { TestDatabase::addBackendRows(); }
    void ownWindowIsTold();
    void conflictWithOwnWindowSaysSo_data() { TestDatabase::addBackendRows(); }
    void conflictWithOwnWindowSaysSo();
    void ownWindowIsForgottenOnceTheRecordMovesOn_data() { TestDatabase::addBackendRows(); }
    void ownWindowIsForgottenOnceTheRecordMovesOn();
    void fewerColumnsPublishNoNulls_data() { TestDatabase::addBackendRows(); }
    void fewerColumnsPublishNoNulls();
    void saveInCallerTransactionIsPublishedOnCommit_data() { editStrategyRows(); }
    void saveInCallerTransactionIsPublishedOnCommit();
    void saveInCallerTransactionIsDroppedOnRollback_data() { editStrategyRows(); }
    void saveInCallerTransactionIsDroppedOnRollback();
    void saveAfterARolledBackTransactionIsCommitted_data() { TestDatabase::addBackendRows(); }
    void saveHeldBehindARollbackNeverTakesARowBack_data() { TestDatabase::addBackendRows(); }
    void saveHeldBehindARollbackNeverTakesARowBack();
    void ownSaveWithoutAnEchoHidesNoLaterChange_data();
    void ownSaveWithoutAnEchoHidesNoLaterChange();
    void saveAfterARolledBackTransactionIsCommitted();
    void callerTransactionUnderEveryStrategy_data();
    void callerTransactionUnderEveryStrategy();
    void liveUpdatesCanBeTurnedOff_data() { TestDatabase::addBackendRows(); }
    void liveUpdatesCanBeTurnedOff();
    void sqliteWriterOutsideConcordIsSeen();
    void whoAndWhenAreNeverStale_data() { TestDatabase::addBackendRows(); }
    void rowWithoutEditsIsNotOverwritten_data() { TestDatabase::addBackendRows(); }
    void rowWithoutEditsIsNotOverwritten();
    void whoAndWhenAreNeverStale();
    void sqliteChangeIsToldOncePerRealChange();
    void postgresNotificationIsApplied();
};

void tst_LiveUpdates::cleanRowIsMarkedAndKeepsWhatWasRead_data()
{
    cleanRowTakesTheirsInPlace_data();
}

void tst_LiveUpdates::cleanRowIsMarkedAndKeepsWhatWasRead()
{
    // The default: the model's values and versions change only when the application reads or
    // saves, so what its code saves next is checked against what it could have seen.
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(bool, sameConnection);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(sameConnection ? tdb.db() : tdb.open());
    QSignalSpy changed(bob.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    QVERIFY(setField(*ann, 1, "qty", 21));
    QVERIFY(ann->submitAll());
    QCOMPARE(told.count(), 1);
    QCOMPARE(told.first().at(0).toInt(), 1);
    QCOMPARE(bob->data(bob->index(1, col(*bob, "qty"))).toInt(), 20);
    QCOMPARE(bob->rowVersion(1).toInt(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(bob->isChangedElsewhere(1));
    QCOMPARE(bob->rowState(1), VersionedTableModel::RowState::ChangedElsewhere);
    QVERIFY(!bob->isDirty());
    // The snapshot for Compare: what was read, and theirs.
    const concord::ConflictSnapshot early = bob->changeElsewhere(1);
    QVERIFY(early.isValid());
    QCOMPARE(early.original().value(QStringLiteral("qty")).toInt(), 20);
    QCOMPARE(early.theirs().value(QStringLiteral("qty")).toInt(), 21);
    QCOMPARE(early.theirVersion().toInt(), 2);
    // The server's own word of the same save (PostgreSQL) tells nothing new.
    QCoreApplication::processEvents();
    QCOMPARE(told.count(), 1);
    // Bob's save on what he read meets Ann's.
    QVERIFY(setField(*bob, 1, "qty", 22));
    QVERIFY(!bob->submitAll());
    QCOMPARE(bob->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(value(tdb, "qty", 2).toInt(), 21);
}

void tst_LiveUpdates::cleanRowTakesTheirsInPlace_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("sameConnection");
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral("/one connection"))) << b << true;
        QTest::newRow(qPrintable(b + QStringLiteral("/two connections"))) << b << false;
    }
}

void tst_LiveUpdates::cleanRowTakesTheirsInPlace()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(bool, sameConnection);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(sameConnection ? tdb.db() : tdb.open());
    // Opted in, as a view whose user sees the rows does.
    ann->setRefreshCleanRows(true);
    bob->setRefreshCleanRows(true);
    QSignalSpy changed(bob.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(bob.get(), &QAbstractItemModel::modelReset);
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    QVERIFY(setField(*ann, 1, "qty", 21));
    QVERIFY(ann->submitAll());
    // At once, with no round trip: the save is published in this process.
    QCOMPARE(told.count(), 1);
    QCOMPARE(told.first().at(0).toInt(), 1);
    QCOMPARE(bob->data(bob->index(1, col(*bob, "qty"))).toInt(), 21);
    QCOMPARE(bob->rowVersion(1).toInt(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QVERIFY(!bob->isChangedElsewhere(1));
    QVERIFY(!bob->isDirty());
    const auto change = told.first().at(1).value<RecordChange>();
    QCOMPARE(change.origin(), RecordChange::Origin::ThisProcess);
    QCOMPARE(change.source(), static_cast<const void *>(ann.get()));
    QCOMPARE(change.version().toInt(), 2);
    // Bob now saves on the new version: no conflict.
    QVERIFY(setField(*bob, 1, "qty", 22));
    QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    QCOMPARE(value(tdb, "qty", 2).toInt(), 22);
    // And Ann took Bob's save the same way.
    QCOMPARE(ann->data(ann->index(1, col(*ann, "qty"))).toInt(), 22);
}

void tst_LiveUpdates::editedRowKeepsEditsAndIsMarked()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    QVERIFY(setField(*bob, 0, "qty", 12));
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("ann's")));
    QVERIFY(ann->submitAll());
    QVERIFY(bob->isChangedElsewhere(0));
    QVERIFY(!bob->isDeletedElsewhere(0));
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 12); // the edit stays
    QCOMPARE(bob->data(bob->index(0, col(*bob, "name"))).toString(), QStringLiteral("item 1"));
    const concord::ConflictSnapshot early = bob->changeElsewhere(0);
    QVERIFY(early.isValid());
    QVERIFY(!early.isDeletedByOthers());
    QCOMPARE(early.theirs().value(QStringLiteral("name")).toString(), QStringLiteral("ann's"));
    QCOMPARE(early.mine().value(QStringLiteral("qty")).toInt(), 12);
    QCOMPARE(early.original().value(QStringLiteral("qty")).toInt(), 10);
    // Other rows are untouched.
    QVERIFY(!bob->isChangedElsewhere(1));
    QVERIFY(!bob->changeElsewhere(1).isValid());
    // The merge the dialog would offer saves both, on their version.
    QVERIFY2(bob->mergeRow(0, {{QStringLiteral("name"), QStringLiteral("ann's")},
                               {QStringLiteral("qty"), 12}}),
             qPrintable(bob->lastError().text()));
    QVERIFY(!bob->isChangedElsewhere(0));
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("ann's"));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 12);
    QCOMPARE(value(tdb, "version", 1).toInt(), 3);
}

void tst_LiveUpdates::editsHandedOverBeforeTheChangeAreKept()
{
    // A form under ManualSubmit keeps its edits in its editors: it hands them over when told a
    // change is coming, and they are then kept like any edit in the model.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    QSignalSpy reloaded(bob.get(), &QAbstractItemModel::dataChanged);
    connect(bob.get(), &VersionedTableModel::recordAboutToChangeElsewhere, this,
            [&](int row) { QVERIFY(setField(*bob, row, "qty", 12)); });
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("ann's")));
    QVERIFY(ann->submitAll());
    QVERIFY(bob->isChangedElsewhere(0));
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 12);
    QCOMPARE(bob->data(bob->index(0, col(*bob, "name"))).toString(), QStringLiteral("item 1"));
    // Only the hand-over itself changed data; the change did not reload the row.
    QCOMPARE(reloaded.count(), 1);
}

void tst_LiveUpdates::deletionIsMarkedAndCanBeUndone()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    QVERIFY(ann->removeRow(2));
    QVERIFY(ann->submitAll());
    QCOMPARE(bob->rowCount(), 3); // no row moves under Bob
    QVERIFY(bob->isDeletedElsewhere(2));
    QVERIFY(!bob->isChangedElsewhere(2));
    QCOMPARE(bob->data(bob->index(2, col(*bob, "name"))).toString(), QStringLiteral("item 3"));
    QVERIFY2(bob->recreateRow(2), qPrintable(bob->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT name FROM items WHERE id = 3")).toString(), QStringLiteral("item 3"));
    QVERIFY(!bob->isDeletedElsewhere(2));
}

void tst_LiveUpdates::rowWithoutEditsTakesTheirsWhenChangedElsewhere_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("revert"); // else: a save that has nothing to write
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral("/revertRow"))) << b << true;
        QTest::newRow(qPrintable(b + QStringLiteral("/no-op save"))) << b << false;
    }
}

void tst_LiveUpdates::rowWithoutEditsTakesTheirsWhenChangedElsewhere()
{
    // Bob has edits on a row that Ann then saves: his row is marked changed elsewhere. Dropping
    // his edits (revertRow, or saving a row whose edits came to nothing) resolves the change as
    // reloadRow does: the row shows Ann's values at her version, never the old values marked
    // clean, so his next save is checked against what he now sees and goes through.
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(bool, revert);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    QVERIFY(setField(*bob, 0, "qty", 12));
    if (!revert)
        QVERIFY(setField(*bob, 0, "qty", 10)); // back to what it was: nothing to write
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("ann's")));
    QVERIFY(ann->submitAll());
    QVERIFY(bob->isChangedElsewhere(0));

    if (revert) {
        bob->revertRow(0);
    } else {
        QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    }
    QCOMPARE(bob->rowState(0), VersionedTableModel::RowState::Clean);
    QCOMPARE(bob->data(bob->index(0, col(*bob, "name"))).toString(), QStringLiteral("ann's"));
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 10);
    QCOMPARE(bob->rowVersion(0).toInt(), 2);
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);

    QVERIFY(setField(*bob, 0, "qty", 13));
    QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("ann's"));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 13);
}

void tst_LiveUpdates::recordInsertedAgainStaysDeletedForEdits()
{
    // Bob edits a record; Ann deletes it, and another program then inserts a new record under
    // the same key, at version 1 as the old one was. Bob hears of both. His edits were made on
    // the deleted record: his save fails as deleted by others, and the new record stays.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    if (!tdb.isSqlite()) {
        // The notify trigger tells the model of the other program's insert.
        const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("items"));
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    QCOMPARE(bob->versionStrategy(), concord::VersionStrategy::Client);
    QVERIFY(setField(*bob, 0, "qty", 12));
    QVERIFY(ann->removeRow(0));
    QVERIFY(ann->submitAll());
    QVERIFY(bob->isDeletedElsewhere(0));
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO items (id, name, qty, version) "
                                   "VALUES (1, 'imported', 5, 1)")),
             qPrintable(q.lastError().text()));
    // A later change of another record: once Bob has it, he has had the insert too.
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET qty = 21, version = version + 1 WHERE id = 2")));
    auto toldOfSecond = [&] {
        for (const QList<QVariant> &signal : std::as_const(told))
            if (signal.at(0).toInt() == 1)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(toldOfSecond(), 5000);
    QVERIFY(bob->isDeletedElsewhere(0));
    QVERIFY(!bob->submitAll());
    QCOMPARE(bob->lastFailure(), Failure::DeletedByOthers);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("imported"));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 5);
}

void tst_LiveUpdates::deleteOfAGoneRecordHidesNoLaterDelete()
{
    // Bob deletes a record another program deleted already: nothing is sent, and nothing of his
    // may be published either. No notification would ever answer such a publication, and the
    // feed, taking the next deletion of that key for Bob's own echo, swallowed it: Ann, showing
    // the record inserted again under that key, never heard that it was deleted again.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeAnnouncedItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM items WHERE id = 1")));
    QTRY_VERIFY_WITH_TIMEOUT(bob->isDeletedElsewhere(0) && ann->isDeletedElsewhere(0), 5000);
    QVERIFY(bob->removeRow(0));
    QVERIFY(bob->submitAll());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO items (id, name, qty, version) VALUES (1, 'again', 7, 1)")),
             qPrintable(q.lastError().text()));
    QVERIFY(ann->select());
    QCOMPARE(ann->data(ann->index(0, ann->fieldIndex(QStringLiteral("name")))).toString(),
             QStringLiteral("again"));
    QVERIFY(!ann->isDeletedElsewhere(0));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM items WHERE id = 1")));
    QTRY_VERIFY_WITH_TIMEOUT(ann->isDeletedElsewhere(0), 5000);
}

void tst_LiveUpdates::revertAfterAConflictTakesTheirs()
{
    // Ann's save meets another program's change; she drops her edits (revertRow). Her row
    // shows the record as it is now, at its version: the model knows the old one is gone, and
    // her next edit is saved without a conflict with a change she has already been shown.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    QVERIFY(setField(*ann, 0, "qty", 11));
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET name = 'theirs', version = version + 1 WHERE id = 1")));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::ChangedByOthers);
    // A newer change after the conflict: the conflict's snapshot keeps what Ann was shown, but
    // her revert shows the record as it is now.
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET name = 'newer', version = version + 1 WHERE id = 1")));
    ann->revertRow(0);
    QCOMPARE(ann->rowState(0), VersionedTableModel::RowState::Clean);
    QCOMPARE(ann->data(ann->index(0, ann->fieldIndex(QStringLiteral("name")))).toString(),
             QStringLiteral("newer"));
    QVERIFY(setField(*ann, 0, "qty", 12));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("newer"));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 12);
}

void tst_LiveUpdates::changeHeardAroundAFailedSaveIsMarked()
{
    // Ann edits two records: one another program replaced (DELETE + INSERT), one it changed.
    // It also changes a third record, which Ann shows clean, just before she saves. Her save
    // fails; the third record's change must still mark her clean row once the event loop runs
    // (windowsAndWriters, "pg-missed", CI's PostgreSQL seed).
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    concord::TablePreparer::Options options;
    options.strategy = concord::VersionStrategy::Trigger;
    const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("items"), options);
    QVERIFY2(report.ok, qPrintable(report.error));
    auto ann = openLiveModel(tdb.db());
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM items WHERE id = 3")));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO items (id, name, qty) VALUES (3, 'imported', 5)")),
             qPrintable(q.lastError().text()));
    QTRY_VERIFY_WITH_TIMEOUT(ann->isChangedElsewhere(2) || ann->isDeletedElsewhere(2), 5000);
    QVERIFY(setField(*ann, 1, "qty", 22));
    QVERIFY(setField(*ann, 2, "qty", 33));
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET name = 'theirs 2' WHERE id = 2")));
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET name = 'theirs 1' WHERE id = 1")));
    QVERIFY(!ann->submitAll());
    QTRY_VERIFY_WITH_TIMEOUT(ann->isChangedElsewhere(0), 5000);
    QCOMPARE(ann->data(ann->index(0, col(*ann, "name"))).toString(), QStringLiteral("item 1"));
}

void tst_LiveUpdates::changeHeardWhileAConflictIsOpenIsMarkedAfterItsResolution()
{
    // Ann's save meets Bob's (a conflict). While she looks at it another program changes the
    // record again; her conflict keeps what she was shown. She takes Bob's values everywhere,
    // which writes nothing: her row then holds Bob's record, and must be marked for the newer
    // change (windowsAndWriters, "stale-resolution").
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeAnnouncedItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    QVERIFY(setField(*ann, 0, "qty", 11));
    QVERIFY(setField(*bob, 0, "qty", 12));
    QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::ChangedByOthers);
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET name = 'newer', version = version + 1 WHERE id = 1")));
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET qty = 21, version = version + 1 WHERE id = 2")));
    QTRY_VERIFY_WITH_TIMEOUT(ann->isChangedElsewhere(1), 5000);
    QVERIFY2(ann->mergeRow(0, {{QStringLiteral("qty"), 12}}), qPrintable(ann->lastError().text()));
    QCOMPARE(ann->data(ann->index(0, col(*ann, "qty"))).toInt(), 12);
    QVERIFY(ann->isChangedElsewhere(0));
    QCOMPARE(ann->changeElsewhere(0).theirs().value(QStringLiteral("name")).toString(), QStringLiteral("newer"));
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("newer"));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 12);
}

void tst_LiveUpdates::ownInsertMarkedForDeletionStillHearsChanges()
{
    // Ann inserts a record and saves it, then marks it for deletion. Another program deletes it
    // meanwhile. Ann thinks better of her delete (revertRow): her row is marked deleted
    // elsewhere, as it would be had she not touched it (windowsAndWriters, SQLite seed
    // 1031312569361661179: SQLite's re-read left such a row out, and nothing re-read it later).
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeAnnouncedItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    const int r = ann->rowCount();
    QVERIFY(ann->insertRow(r));
    QVERIFY(setField(*ann, r, "id", 50));
    QVERIFY(setField(*ann, r, "name", QStringLiteral("ann's")));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QCOMPARE(value(tdb, "name", 50).toString(), QStringLiteral("ann's"));
    QVERIFY(ann->removeRow(r));
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM items WHERE id = 50")));
    // A later change of another record: once Ann has heard it, she has heard the delete.
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET qty = 21, version = version + 1 WHERE id = 2")));
    QTRY_VERIFY_WITH_TIMEOUT(ann->isChangedElsewhere(1), 5000);
    ann->revertRow(r);
    QCOMPARE(ann->data(ann->index(r, col(*ann, "name"))).toString(), QStringLiteral("ann's"));
    QVERIFY(ann->isDeletedElsewhere(r));
}

void tst_LiveUpdates::recordBackUnderItsKeyStaysDeletedForCleanRows()
{
    // Another program deletes a record Ann and Bob show clean; Bob re-creates it, with the very
    // values and (under Client) version Ann's row holds. That is another record: Ann's row stays
    // marked deleted, and an edit she saves on it never goes over Bob's record.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeAnnouncedItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM items WHERE id = 1")));
    QTRY_VERIFY_WITH_TIMEOUT(bob->isDeletedElsewhere(0) && ann->isDeletedElsewhere(0), 5000);
    QVERIFY2(bob->recreateRow(0), qPrintable(bob->lastError().text()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    QVERIFY(ann->isDeletedElsewhere(0));
    QVERIFY(setField(*ann, 0, "qty", 99));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::DeletedByOthers);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
}

void tst_LiveUpdates::replacedRecordAtTheSameVersionConflicts()
{
    // Another program replaces a record Bob shows clean (DELETE, then INSERT at version 1, in
    // two transactions). SQLite's feed sees one record with other values at Bob's version;
    // PostgreSQL's tells the deletion first. Either way Bob has been told, and his edit made on
    // the old record is a conflict: "WHERE version = 1" alone would overwrite the new record.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeAnnouncedItems(tdb), QString());
    auto bob = openLiveModel(tdb.open());
    QCOMPARE(bob->versionStrategy(), concord::VersionStrategy::Client);
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM items WHERE id = 1")));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO items (id, name, qty, version) VALUES (1, 'imported', 5, 1)")),
             qPrintable(q.lastError().text()));
    QTRY_VERIFY_WITH_TIMEOUT(bob->isChangedElsewhere(0) || bob->isDeletedElsewhere(0), 5000);
    QVERIFY(setField(*bob, 0, "qty", 99));
    QVERIFY(!bob->submitAll());
    QVERIFY(bob->lastFailure() == Failure::ChangedByOthers || bob->lastFailure() == Failure::DeletedByOthers);
    // Saved again without a resolution: still the same conflict, never an overwrite.
    QVERIFY(!bob->submitAll());
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("imported"));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 5);
}

void tst_LiveUpdates::deleteOfARecordReplacedAtTheSameVersionConflicts()
{
    // As above, but Bob deletes the row. "WHERE id = 1 AND version = 1" would delete the
    // imported record, which he has never been shown: a conflict, until he resolves it
    // (windowsAndWriters: a delete of a record renumbered by a writer that leaves the version).
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeAnnouncedItems(tdb), QString());
    auto bob = openLiveModel(tdb.open());
    QCOMPARE(bob->versionStrategy(), concord::VersionStrategy::Client);
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM items WHERE id = 1")));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO items (id, name, qty, version) VALUES (1, 'imported', 5, 1)")),
             qPrintable(q.lastError().text()));
    QTRY_VERIFY_WITH_TIMEOUT(bob->isChangedElsewhere(0) || bob->isDeletedElsewhere(0), 5000);
    QVERIFY(bob->removeRow(0));
    if (bob->isDeletedElsewhere(0)) {
        // PostgreSQL tells the deletion first: what Bob wanted has happened, and the record
        // inserted since is someone else's, which stays.
        QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
        QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("imported"));
        return;
    }
    QVERIFY(!bob->submitAll());
    QCOMPARE(bob->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("imported"));
    // Resolved knowingly ("delete anyway"), it goes.
    QVERIFY2(bob->overwriteRow(0), qPrintable(bob->lastError().text()));
    QVERIFY(!value(tdb, "name", 1).isValid());
}

void tst_LiveUpdates::conflictStaysWhenTheRecordIsReplacedAtTheRowsVersion()
{
    // Bob's save meets Ann's newer save (version 2): a conflict. Before he resolves it, another
    // program replaces the record (DELETE + INSERT at version 1, the version Bob's row holds).
    // Saved again unresolved, his edit must not go over the new record: "WHERE version = 1"
    // matches it, but Bob has never been shown it (windowsAndWriters, a random SQLite seed).
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeAnnouncedItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    QVERIFY(setField(*bob, 0, "qty", 18));
    QVERIFY2(saveQty(*ann, 0, 11), qPrintable(ann->lastError().text()));
    QVERIFY(!bob->submitAll());
    QCOMPARE(bob->lastFailure(), Failure::ChangedByOthers);
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM items WHERE id = 1")));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO items (id, name, qty, version) VALUES (1, 'imported', 5, 1)")),
             qPrintable(q.lastError().text()));
    // A later change of another record: once Bob has heard it, he has heard the replacement.
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET qty = 21, version = version + 1 WHERE id = 2")));
    QTRY_VERIFY_WITH_TIMEOUT(bob->isChangedElsewhere(1), 5000);
    QVERIFY(!bob->submitAll());
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("imported"));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 5);
    QVERIFY(bob->lastFailure() == Failure::ChangedByOthers || bob->lastFailure() == Failure::DeletedByOthers);
}

void tst_LiveUpdates::recreatedRowHoldsItsNewVersion_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("trigger");
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral("/client"))) << b << false;
        QTest::newRow(qPrintable(b + QStringLiteral("/trigger"))) << b << true;
    }
}

void tst_LiveUpdates::recreatedRowHoldsItsNewVersion()
{
    // Ann deletes a record Bob shows clean; Bob re-creates it. His model holds the version the
    // database gave the new record, so his next save is no conflict with himself.
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(bool, trigger);
    QCOMPARE(makeItems(tdb), QString());
    if (trigger) {
        concord::TablePreparer::Options options;
        options.strategy = concord::VersionStrategy::Trigger;
        const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("items"), options);
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    QVERIFY(setField(*bob, 1, "qty", 22)); // another row with edits: no select() on the way
    QVERIFY(setField(*ann, 0, "qty", 11));
    QVERIFY(ann->submitAll());
    QVERIFY(ann->removeRow(0));
    QVERIFY(ann->submitAll());
    QVERIFY(bob->isDeletedElsewhere(0));
    QVERIFY2(bob->recreateRow(0), qPrintable(bob->lastError().text()));
    QVERIFY(!bob->isDeletedElsewhere(0));
    QCOMPARE(bob->rowState(0), VersionedTableModel::RowState::Clean);
    QCOMPARE(bob->rowVersion(0).toInt(), value(tdb, "version", 1).toInt());

    QVERIFY(setField(*bob, 0, "name", QStringLiteral("bob's")));
    QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("bob's"));
    QCOMPARE(value(tdb, "qty", 2).toInt(), 22);
}

void tst_LiveUpdates::ownWindowIsTold()
{
    // The change says which model saved it: "in your other window" rather than "someone else".
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto first = openLiveModel(tdb.db());
    auto second = openLiveModel(tdb.db());
    first->setOperatorName(QStringLiteral("lena"));
    QSignalSpy told(second.get(), &VersionedTableModel::recordChangedElsewhere);
    QVERIFY(setField(*first, 0, "qty", 1));
    QVERIFY(first->submitAll());
    QCOMPARE(told.count(), 1);
    const auto change = told.first().at(1).value<RecordChange>();
    QCOMPARE(change.source(), static_cast<const void *>(first.get()));
    QCOMPARE(change.changedBy(), QStringLiteral("lena"));
    QVERIFY(change.changedAt().isValid());
}

void tst_LiveUpdates::conflictWithOwnWindowSaysSo()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto first = openLiveModel(tdb.db());
    auto second = openLiveModel(tdb.open());
    QVERIFY(setField(*first, 0, "qty", 11));
    QVERIFY(setField(*second, 0, "qty", 12));
    QVERIFY(first->submitAll());
    QVERIFY(second->changeElsewhere(0).isFromOwnWindow());
    QVERIFY(!second->submitAll());
    QCOMPARE(second->lastFailure(), Failure::ChangedByOthers);
    QVERIFY(second->conflict(0).isFromOwnWindow());
    QVERIFY2(second->lastError().text().contains(QLatin1String("your other window")),
             qPrintable(second->lastError().text()));
    // A writer outside this program is someone else, even on a record the other window saved.
    QVERIFY(second->reloadRow(0));
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET qty = 99, version = version + 1 WHERE id = 1")), QString());
    QVERIFY(setField(*second, 0, "qty", 13));
    QVERIFY(!second->submitAll());
    QVERIFY(!second->conflict(0).isFromOwnWindow());
    QVERIFY(!second->lastError().text().contains(QLatin1String("your other window")));
}

void tst_LiveUpdates::ownWindowIsForgottenOnceTheRecordMovesOn()
{
    // "Your other window" holds only while the record is as that window left it: once the
    // record has been seen in another state, a conflict in the old state is someone else's.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeAnnouncedItems(tdb), QString());
    auto first = openLiveModel(tdb.db());
    auto second = openLiveModel(tdb.db());
    QVERIFY(setField(*second, 2, "qty", 33));
    QVERIFY(setField(*first, 2, "name", QStringLiteral("first's")));
    QVERIFY(first->submitAll());
    QVERIFY(second->isChangedElsewhere(2));
    QVERIFY(second->changeElsewhere(2).isFromOwnWindow());
    // Another program changes the record again, then sets it back to what the first window
    // saved (version included): the state the own-save record remembers comes back.
    QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET name = 'other', version = version + 1 WHERE id = 3")));
    QTRY_COMPARE_WITH_TIMEOUT(second->changeElsewhere(2).theirs().value(QStringLiteral("name")).toString(),
                              QStringLiteral("other"), 3000);
    QVERIFY(!second->changeElsewhere(2).isFromOwnWindow());
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET name = 'first''s', version = 2 WHERE id = 3")));
    QTRY_COMPARE_WITH_TIMEOUT(second->changeElsewhere(2).theirs().value(QStringLiteral("name")).toString(),
                              QStringLiteral("first's"), 3000);
    QVERIFY(!second->submitAll());
    QCOMPARE(second->lastFailure(), Failure::ChangedByOthers);
    QVERIFY(!second->conflict(2).isFromOwnWindow());
    QVERIFY2(!second->lastError().text().contains(QLatin1String("your other window")),
             qPrintable(second->lastError().text()));
}

void tst_LiveUpdates::fewerColumnsPublishNoNulls()
{
    // A window showing fewer columns knows nothing of the others: the windows that show them
    // must not take them as NULL, neither in what they show nor as the base of a merge.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto narrow = openLiveModel(tdb.db());
    QVERIFY(narrow->removeColumns(col(*narrow, "qty"), 1));
    QCOMPARE(col(*narrow, "qty"), -1);
    auto wide = openLiveModel(tdb.open());
    QSignalSpy told(wide.get(), &VersionedTableModel::recordChangedElsewhere);
    QVERIFY(setField(*wide, 0, "email", QStringLiteral("mine@example.com")));
    QVERIFY(setField(*narrow, 0, "name", QStringLiteral("narrow 1")));
    QVERIFY(setField(*narrow, 1, "name", QStringLiteral("narrow 2")));
    QVERIFY2(narrow->submitAll(), qPrintable(narrow->lastError().text()));
    QTRY_COMPARE_WITH_TIMEOUT(told.count(), 2, 3000);

    // The row with edits: its snapshot holds the record as the database does.
    const concord::ConflictSnapshot edited = wide->changeElsewhere(0);
    QVERIFY(edited.isValid());
    QCOMPARE(edited.theirs().value(QStringLiteral("name")).toString(), QStringLiteral("narrow 1"));
    QCOMPARE(edited.theirs().value(QStringLiteral("qty")), QVariant(10));
    QVERIFY(!edited.theirs().value(QStringLiteral("qty")).isNull());
    QCOMPARE(edited.theirs().value(QStringLiteral("email")).toString(),
             QStringLiteral("item1@example.com"));
    // The clean row, refreshed in place or only marked: never NULL where the database has 20.
    QCOMPARE(wide->data(wide->index(1, col(*wide, "qty"))).toInt(), 20);
    QVERIFY(!wide->data(wide->index(1, col(*wide, "qty"))).isNull());
    const concord::ConflictSnapshot clean = wide->changeElsewhere(1);
    if (clean.isValid())
        QCOMPARE(clean.theirs().value(QStringLiteral("qty")), QVariant(20));
    // The merge keeps qty as the database holds it.
    QVERIFY2(wide->mergeRow(0, {{QStringLiteral("name"), QStringLiteral("narrow 1")},
                                {QStringLiteral("email"), QStringLiteral("mine@example.com")}}),
             qPrintable(wide->lastError().text()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    QCOMPARE(value(tdb, "email", 1).toString(), QStringLiteral("mine@example.com"));
}

void tst_LiveUpdates::saveInCallerTransactionIsPublishedOnCommit()
{
    // The application opened a transaction: the save is not final until it commits, and the
    // other windows hear of it then, not before.
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(int, strategy);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db(), QSqlTableModel::EditStrategy(strategy));
    auto bob = openLiveModel(tdb.open());
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    QSqlDatabase annDb = tdb.db();
    QVERIFY(annDb.transaction());
    QVERIFY2(saveQty(*ann, 0, 11), qPrintable(ann->lastError().text()));
    QVERIFY(!told.wait(300)); // the event loop turns: still nothing while the transaction is open
    QCOMPARE(told.count(), 0);
    QVERIFY(!bob->isChangedElsewhere(0));
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 10);
    QVERIFY(annDb.commit());
    QTRY_COMPARE_WITH_TIMEOUT(told.count(), 1, 3000);
    const auto change = told.first().at(1).value<RecordChange>();
    QCOMPARE(change.source(), static_cast<const void *>(ann.get()));
    QCOMPARE(change.version().toInt(), 2);
    QCOMPARE(change.values().value(QStringLiteral("qty")).toInt(), 11);
    QCOMPARE(ann->rowVersion(0).toInt(), 2);
    QVERIFY(!told.wait(300));
    QCOMPARE(told.count(), 1); // once
}

void tst_LiveUpdates::saveInCallerTransactionIsDroppedOnRollback()
{
    // The application rolled back: nobody may show the rolled-back values as the record's, and
    // no window's next save may conflict with a version that never was, the saving one's included.
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(int, strategy);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db(), QSqlTableModel::EditStrategy(strategy));
    auto bob = openLiveModel(tdb.open());
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    QSqlDatabase annDb = tdb.db();
    QVERIFY(annDb.transaction());
    QVERIFY2(saveQty(*ann, 0, 11), qPrintable(ann->lastError().text()));
    QVERIFY2(saveQty(*ann, 1, 21), qPrintable(ann->lastError().text()));
    QVERIFY(annDb.rollback());
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    QCOMPARE(value(tdb, "version", 1).toInt(), 1);
    // The saving model shows the database again: its save never happened.
    QTRY_COMPARE_WITH_TIMEOUT(ann->rowVersion(0).toInt(), 1, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(ann->rowVersion(1).toInt(), 1, 3000);
    QCOMPARE(ann->data(ann->index(0, col(*ann, "qty"))).toInt(), 10);
    QCOMPARE(ann->data(ann->index(1, col(*ann, "qty"))).toInt(), 20);
    QVERIFY(!ann->isDirty());
    QVERIFY(!told.wait(300));
    QCOMPARE(told.count(), 0);
    QVERIFY(!bob->isChangedElsewhere(0));
    QCOMPARE(bob->rowVersion(0).toInt(), 1);
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 10);
    // Neither window's next save is a false conflict.
    QVERIFY2(saveQty(*bob, 1, 22), qPrintable(bob->lastError().text()));
    QCOMPARE(value(tdb, "qty", 2).toInt(), 22);
    QVERIFY2(saveQty(*ann, 0, 12), qPrintable(ann->lastError().text()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 12);
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(told.count(), 1, 3000);
}

void tst_LiveUpdates::saveAfterARolledBackTransactionIsCommitted()
{
    // Ann's save inside her application's transaction, rolled back, is held until the event
    // loop settles it; her next save, in autocommit, queues behind it. Another program then
    // changes that second record. Settling must not take the second save for rolled back
    // (the record no longer holds what she saved): it was committed, Bob hears of it, and Ann's
    // clean row keeps what she saved and is marked for the other program's change, never
    // overwritten with it.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeAnnouncedItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    QSqlDatabase annDb = tdb.db();
    QVERIFY(annDb.transaction());
    QVERIFY2(saveQty(*ann, 0, 11), qPrintable(ann->lastError().text()));
    QVERIFY(annDb.rollback());
    QVERIFY2(saveQty(*ann, 1, 21), qPrintable(ann->lastError().text()));
    QCOMPARE(value(tdb, "qty", 2).toInt(), 21);
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET name = 'theirs', version = version + 1 WHERE id = 2")));
    QTRY_VERIFY_WITH_TIMEOUT(ann->isChangedElsewhere(1), 5000);
    QCOMPARE(ann->data(ann->index(1, col(*ann, "qty"))).toInt(), 21);
    QVERIFY(ann->data(ann->index(1, col(*ann, "name"))).toString() != QStringLiteral("theirs"));
    QCOMPARE(ann->rowVersion(1).toInt(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(bob->isChangedElsewhere(1), 5000);
}

void tst_LiveUpdates::saveHeldBehindARollbackNeverTakesARowBack()
{
    // As above, with Bob refreshing clean rows in place. Another program's change reaches him
    // before Ann's held save is settled and told: her save's values are older than the record
    // by then, and Bob's row must keep the newer record, never go back to hers
    // (windowsAndWriters, "pg-missed", CI's PostgreSQL seed).
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeAnnouncedItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    bob->setRefreshCleanRows(true);
    QSqlDatabase annDb = tdb.db();
    QVERIFY(annDb.transaction());
    QVERIFY2(saveQty(*ann, 0, 11), qPrintable(ann->lastError().text()));
    QVERIFY(annDb.rollback());
    QVERIFY2(saveQty(*ann, 1, 21), qPrintable(ann->lastError().text()));
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET name = 'theirs', version = version + 1 WHERE id = 2")));
    // Ann's held saves are settled once her row of the rolled-back save shows the database again.
    QTRY_COMPARE_WITH_TIMEOUT(ann->data(ann->index(0, col(*ann, "qty"))).toInt(), 10, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(bob->data(bob->index(1, col(*bob, "name"))).toString(), QStringLiteral("theirs"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(ann->isChangedElsewhere(1), 5000);
    QTest::qWait(200); // nothing is awaited here: whatever else is queued must not take it back
    QCOMPARE(bob->data(bob->index(1, col(*bob, "name"))).toString(), QStringLiteral("theirs"));
    QCOMPARE(bob->data(bob->index(1, col(*bob, "qty"))).toInt(), 21);
    QCOMPARE(bob->rowVersion(1).toInt(), value(tdb, "version", 2).toInt());
}

void tst_LiveUpdates::ownSaveWithoutAnEchoHidesNoLaterChange_data()
{
    // Only PostgreSQL's feed recognises a save's own notification; SQLite's has none.
    QTest::addColumn<QString>("backend");
    QTest::newRow("psql") << QStringLiteral("psql");
}

void tst_LiveUpdates::ownSaveWithoutAnEchoHidesNoLaterChange()
{
    // PostgreSQL: Ann saves on a table without the notify trigger, so no notification ever
    // answers her save. The table is then made again, with the trigger, and another program
    // brings the same record to the same version. That is not Ann's save: Bob hears of it.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto carol = openLiveModel(tdb.open()); // someone to tell: a model alone publishes nothing
    QVERIFY2(saveQty(*ann, 0, 11), qPrintable(ann->lastError().text()));
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
    ann.reset();
    carol.reset();
    QCOMPARE(makeItems(tdb), QString());
    const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("items"));
    QVERIFY2(report.ok, qPrintable(report.error));
    auto bob = openLiveModel(tdb.open());
    const QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET qty = 11, version = version + 1 WHERE id = 1")));
    QTRY_VERIFY_WITH_TIMEOUT(bob->isChangedElsewhere(0), 5000);
}

void tst_LiveUpdates::callerTransactionUnderEveryStrategy_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<concord::VersionStrategy>("strategy");
    QTest::newRow("sqlite/versionless") << QStringLiteral("sqlite") << concord::VersionStrategy::Versionless;
    QTest::newRow("psql/xmin") << QStringLiteral("psql") << concord::VersionStrategy::Xmin;
    QTest::newRow("psql/versionless") << QStringLiteral("psql") << concord::VersionStrategy::Versionless;
}

void tst_LiveUpdates::callerTransactionUnderEveryStrategy()
{
    // Which way the application's transaction ended is told by the record as the model saved
    // it: its version where there is one, xmin, or the values written (versionless).
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(concord::VersionStrategy, strategy);
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE plain (id INTEGER PRIMARY KEY, name VARCHAR(40), qty INTEGER)"),
                          QStringLiteral("INSERT INTO plain VALUES (1, 'alpha', 10)"),
                          QStringLiteral("INSERT INTO plain VALUES (2, 'beta', 20)")}),
             QString());
    auto open = [&](const QSqlDatabase &db) {
        auto model = std::make_unique<VersionedTableModel>(nullptr, db);
        model->setEditStrategy(QSqlTableModel::OnManualSubmit);
        model->setVersionStrategy(strategy);
        model->setTable(QStringLiteral("plain"));
        model->setSort(0, Qt::AscendingOrder);
        if (!model->select())
            qWarning() << "select failed:" << model->lastError().text();
        return model;
    };
    auto ann = open(tdb.db());
    auto bob = open(tdb.open());
    QCOMPARE(ann->versionStrategy(), strategy);
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    auto qty = [](VersionedTableModel &m) { return m.data(m.index(0, m.fieldIndex(QStringLiteral("qty")))); };
    auto plainQty = [&] { return tdb.scalar(QStringLiteral("SELECT qty FROM plain WHERE id = 1")).toInt(); };

    QSqlDatabase annDb = tdb.db();
    QVERIFY(annDb.transaction());
    QVERIFY(ann->setData(ann->index(0, ann->fieldIndex(QStringLiteral("qty"))), 11));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QVERIFY(annDb.rollback());
    QTRY_COMPARE_WITH_TIMEOUT(qty(*ann).toInt(), 10, 3000);
    QVERIFY(!told.wait(300));
    QCOMPARE(told.count(), 0);
    // No false conflict: the saving model compares against what the database holds.
    QVERIFY(ann->setData(ann->index(0, ann->fieldIndex(QStringLiteral("qty"))), 12));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QCOMPARE(plainQty(), 12);
    QTRY_COMPARE_WITH_TIMEOUT(told.count(), 1, 3000);

    // Committed: told once, after the COMMIT.
    QVERIFY(annDb.transaction());
    QVERIFY(ann->setData(ann->index(0, ann->fieldIndex(QStringLiteral("qty"))), 13));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QVERIFY(!told.wait(300));
    QCOMPARE(told.count(), 1);
    QVERIFY(annDb.commit());
    QTRY_COMPARE_WITH_TIMEOUT(told.count(), 2, 3000);
    QCOMPARE(told.last().at(1).value<RecordChange>().source(), static_cast<const void *>(ann.get()));
    QCOMPARE(qty(*ann).toInt(), 13);
    QCOMPARE(plainQty(), 13);
    QVERIFY(ann->setData(ann->index(0, ann->fieldIndex(QStringLiteral("qty"))), 14));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QCOMPARE(plainQty(), 14);
}

void tst_LiveUpdates::liveUpdatesCanBeTurnedOff()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.db());
    bob->setLiveUpdates(false);
    QVERIFY(setField(*ann, 0, "qty", 11));
    QVERIFY(ann->submitAll());
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 10);
    QVERIFY(setField(*bob, 0, "qty", 12));
    QVERIFY(!bob->submitAll()); // caught at the save, as before
    QCOMPARE(bob->lastFailure(), Failure::ChangedByOthers);
}

void tst_LiveUpdates::sqliteWriterOutsideConcordIsSeen()
{
    // Another connection writes with plain SQL: nothing is published, and the SQLite feed
    // notices through PRAGMA data_version and re-reads what the model holds.
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    auto bob = openLiveModel(tdb.db());
    QVERIFY(setField(*bob, 1, "qty", 99));
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET qty = 11, version = version + 1 WHERE id = 1")));
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET name = 'two', version = version + 1 WHERE id = 2")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM items WHERE id = 3")));
    QTRY_COMPARE_WITH_TIMEOUT(told.count(), 3, 3000);
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 10); // as read, and marked
    QCOMPARE(bob->changeElsewhere(0).theirs().value(QStringLiteral("qty")).toInt(), 11);
    QCOMPARE(told.first().at(1).value<RecordChange>().origin(), RecordChange::Origin::OtherProcess);
    QVERIFY(bob->isChangedElsewhere(1));
    QCOMPARE(bob->data(bob->index(1, col(*bob, "qty"))).toInt(), 99);
    QVERIFY(bob->isDeletedElsewhere(2));
}

void tst_LiveUpdates::rowWithoutEditsIsNotOverwritten()
{
    // A row this model inserted and saved, changed since by another window: "keep mine" has no
    // edits to keep, and must not rebase the row onto their version either, or its next save
    // would overwrite a change its user was never shown (found by the randomized test).
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    const int row = ann->rowCount();
    QVERIFY(ann->insertRow(row));
    QVERIFY(setField(*ann, row, "name", QStringLiteral("new")));
    QVERIFY(setField(*ann, row, "qty", 1));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    const QVariant loaded = ann->rowVersion(row);
    auto bob = openLiveModel(tdb.open());
    QCOMPARE(bob->rowCount(), row + 1);
    QVERIFY(setField(*bob, row, "name", QStringLiteral("bob's")));
    QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    QCoreApplication::processEvents();
    QVERIFY(ann->isChangedElsewhere(row));
    QVERIFY(!ann->overwriteRow(row));
    QVERIFY(!ann->mergeRow(row, {{QStringLiteral("name"), QStringLiteral("x")}}));
    QCOMPARE(ann->rowVersion(row), loaded);
    QVERIFY(setField(*ann, row, "qty", 2));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT name FROM items WHERE qty = 1")).toString(),
             QStringLiteral("bob's"));
}

void tst_LiveUpdates::whoAndWhenAreNeverStale()
{
    // Another program writes without filling who/when: the change is "another program's", with
    // no time, never the name and time the row kept from Ann's earlier save. A program that
    // fills them is named.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("items"),
                                      {QStringLiteral("name VARCHAR(100)"), QStringLiteral("qty INTEGER"),
                                       QStringLiteral("modified_by VARCHAR(50)"),
                                       QStringLiteral("modified_at TIMESTAMP")}),
             QString());
    QCOMPARE(tdb.execAll({QStringLiteral("INSERT INTO items (name, qty) VALUES ('a', 1)"),
                          QStringLiteral("INSERT INTO items (name, qty) VALUES ('b', 2)"),
                          QStringLiteral("INSERT INTO items (name, qty) VALUES ('c', 3)")}),
             QString());
    if (!tdb.isSqlite()) {
        const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("items"));
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    {
        // Ann saved every row once, in an earlier session: her name and a time are in them.
        auto ann = openModel(tdb.open());
        ann->setOperatorName(QStringLiteral("ann"));
        ann->setAuditTime(QDateTime(QDate(2025, 1, 2), QTime(3, 4)));
        for (int row = 0; row < 3; ++row)
            QVERIFY(setField(*ann, row, "qty", 10 + row));
        QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    }
    auto bob = openModel(tdb.db());
    QCOMPARE(bob->modifiedByColumn(), QStringLiteral("modified_by"));
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET qty = 99, version = version + 1 WHERE id = 1")));
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET qty = 98, version = version + 1, modified_by = 'carl', "
                                  "modified_at = '2026-12-01 10:00:00' WHERE id = 2")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM items WHERE id = 3")));
    QTRY_COMPARE_WITH_TIMEOUT(told.count(), 3, 5000);
    QHash<int, RecordChange> byRow;
    for (const QList<QVariant> &signal : std::as_const(told))
        byRow.insert(signal.at(0).toInt(), signal.at(1).value<RecordChange>());
    QVERIFY2(byRow.value(0).changedBy().isEmpty(), qPrintable(byRow.value(0).changedBy()));
    QVERIFY(!byRow.value(0).changedAt().isValid());
    QCOMPARE(byRow.value(1).changedBy(), QStringLiteral("carl"));
    QCOMPARE(byRow.value(1).changedAt().date(), QDate(2026, 12, 1));
    QVERIFY(byRow.value(2).isDeleted());
    QVERIFY2(byRow.value(2).changedBy() != QLatin1String("ann"), qPrintable(byRow.value(2).changedBy()));
    QVERIFY(byRow.value(2).changedAt().date() != QDate(2025, 1, 2));
    // The conflicts of saves made on what Bob read say the same.
    QVERIFY(setField(*bob, 0, "qty", 1));
    QVERIFY(setField(*bob, 1, "qty", 2));
    bob->setSubmitPolicy(VersionedTableModel::SubmitPolicy::SaveTheRest);
    QVERIFY(!bob->submitAll());
    QVERIFY(bob->conflict(0).isValid());
    QVERIFY2(bob->changedBy(bob->conflict(0)).isEmpty(), qPrintable(bob->changedBy(bob->conflict(0))));
    QVERIFY(bob->changedAt(bob->conflict(0)).isNull());
    QCOMPARE(bob->changedBy(bob->conflict(1)), QStringLiteral("carl"));
    QCOMPARE(bob->changedAt(bob->conflict(1)).toDateTime().date(), QDate(2026, 12, 1));
}

void tst_LiveUpdates::sqliteChangeIsToldOncePerRealChange()
{
    // SQLite only says that someone committed: a row with edits, whose record changed once,
    // must not be told again at every later commit that did not touch it.
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    QCOMPARE(tdb.exec(QStringLiteral("CREATE TABLE other (x INTEGER)")), QString());
    auto bob = openLiveModel(tdb.db());
    QVERIFY(setField(*bob, 1, "qty", 99));
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    // Connected after the model: when the spy hears a poll, the model has handled it.
    QSignalSpy polled(ChangeFeed::forDatabase(tdb.db()), &ChangeFeed::databaseChanged);
    QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET qty = 11, version = version + 1 WHERE id = 2")));
    QVERIFY(polled.wait(3000));
    QCOMPARE(told.count(), 1);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO other (x) VALUES (%1)").arg(i)));
        QVERIFY(polled.wait(3000));
    }
    QCOMPARE(polled.count(), 4);
    QCOMPARE(told.count(), 1);
    QVERIFY(bob->isChangedElsewhere(1));
    QCOMPARE(bob->data(bob->index(1, col(*bob, "qty"))).toInt(), 99);
    // A second real change of the record is told again, with the newer values.
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET qty = 12, version = version + 1 WHERE id = 2")));
    QVERIFY(polled.wait(3000));
    QCOMPARE(told.count(), 2);
    QCOMPARE(bob->changeElsewhere(1).theirs().value(QStringLiteral("qty")).toInt(), 12);
}

void tst_LiveUpdates::postgresNotificationIsApplied()
{
    TestDatabase tdb(QStringLiteral("psql"));
    if (!tdb.isValid())
        QSKIP(qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("items"));
    QVERIFY2(report.ok, qPrintable(report.error));
    auto bob = openLiveModel(tdb.db());
    QVERIFY(setField(*bob, 1, "qty", 99));
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET qty = 11, version = version + 1 WHERE id = 1")));
    QVERIFY(q.exec(QStringLiteral("UPDATE items SET name = 'two', version = version + 1 WHERE id = 2")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM items WHERE id = 3")));
    QTRY_COMPARE_WITH_TIMEOUT(told.count(), 3, 3000);
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 10); // as read, and marked
    QCOMPARE(bob->changeElsewhere(0).theirs().value(QStringLiteral("qty")).toInt(), 11);
    QVERIFY(bob->isChangedElsewhere(1));
    QVERIFY(bob->isDeletedElsewhere(2));
    // Idle, the PostgreSQL feed runs no query at all.
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    const quint64 before = feed->queryCount();
    QSignalSpy none(feed, &ChangeFeed::recordChanged);
    QVERIFY(!none.wait(1000));
    QCOMPARE(feed->queryCount(), before);
}

QTEST_MAIN(tst_LiveUpdates)
#include "tst_liveupdates.moc"
