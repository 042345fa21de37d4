// Live awareness: a model hears of others' saves before its own save, through the database's
// ChangeFeed, and marks the rows (edited rows keep their edits; clean rows keep what was read,
// or, where the application asks for it, take the new values in place).
#include "itemsfixture.h"

#include <concord/changefeed.h>
#include <concord/tablepreparer.h>

#include <QSignalSpy>
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
    void ownWindowIsTold_data() { TestDatabase::addBackendRows(); }
    void ownWindowIsTold();
    void conflictWithOwnWindowSaysSo_data() { TestDatabase::addBackendRows(); }
    void conflictWithOwnWindowSaysSo();
    void liveUpdatesCanBeTurnedOff_data() { TestDatabase::addBackendRows(); }
    void liveUpdatesCanBeTurnedOff();
    void sqliteWriterOutsideConcordIsSeen();
    void whoAndWhenAreNeverStale_data() { TestDatabase::addBackendRows(); }
    void whoAndWhenAreNeverStale();
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
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 10); // as read, and marked
    QCOMPARE(bob->changeElsewhere(0).theirs().value(QStringLiteral("qty")).toInt(), 11);
    QCOMPARE(told.first().at(1).value<RecordChange>().origin(), RecordChange::Origin::OtherProcess);
    QVERIFY(bob->isChangedElsewhere(1));
    QCOMPARE(bob->data(bob->index(1, col(*bob, "qty"))).toInt(), 99);
    QVERIFY(bob->isDeletedElsewhere(2));
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
