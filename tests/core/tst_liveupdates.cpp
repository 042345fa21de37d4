// Live awareness: a model hears of others' saves before its own save, through the database's
// ChangeFeed, and applies them in place (clean rows refresh, edited rows keep their edits).
#include "itemsfixture.h"

#include <concord/changefeed.h>
#include <concord/tablepreparer.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using concord::ChangeFeed;
using concord::RecordChange;
using concord::test::TestDatabase;
using namespace concord::test;
using Failure = VersionedTableModel::FailureKind;

class tst_LiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<RecordChange>(); }
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
    void recreatedRowHoldsItsNewVersion_data();
    void recreatedRowHoldsItsNewVersion();
    void ownWindowIsTold_data() { TestDatabase::addBackendRows(); }
    void ownWindowIsTold();
    void conflictWithOwnWindowSaysSo_data() { TestDatabase::addBackendRows(); }
    void conflictWithOwnWindowSaysSo();
    void liveUpdatesCanBeTurnedOff_data() { TestDatabase::addBackendRows(); }
    void liveUpdatesCanBeTurnedOff();
    void sqliteWriterOutsideConcordIsSeen();
    void postgresNotificationIsApplied();
};

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
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 11);
    QCOMPARE(told.first().at(1).value<RecordChange>().origin(), RecordChange::Origin::OtherProcess);
    QVERIFY(bob->isChangedElsewhere(1));
    QCOMPARE(bob->data(bob->index(1, col(*bob, "qty"))).toInt(), 99);
    QVERIFY(bob->isDeletedElsewhere(2));
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
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 11);
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
