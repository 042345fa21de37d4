// Resolving a conflict through the model's API (reload, overwrite, merge, re-create, discard)
// and submitAll()'s policies, on SQLite and PostgreSQL, with each operator on a connection.
#include "itemsfixture.h"

#include <QSignalSpy>
#include <QTest>

using concord::ConflictSnapshot;
using concord::test::TestDatabase;
using namespace concord::test;
using Failure = VersionedTableModel::FailureKind;

class tst_ConflictResolution : public QObject
{
    Q_OBJECT

private slots:
    void reloadTakesTheirs_data() { TestDatabase::addBackendRows(); }
    void reloadTakesTheirs();
    void overwriteKeepsMineAndCatchesThirdWriter_data() { TestDatabase::addBackendRows(); }
    void overwriteKeepsMineAndCatchesThirdWriter();
    void mergeSavesChosenValues_data() { TestDatabase::addBackendRows(); }
    void mergeSavesChosenValues();
    void failedMergeKeepsMyEdits_data() { TestDatabase::addBackendRows(); }
    void failedMergeKeepsMyEdits();
    void recreateAndDiscardAfterDeletion_data() { TestDatabase::addBackendRows(); }
    void recreateAndDiscardAfterDeletion();
    void abortAllWritesNothing_data() { TestDatabase::addBackendRows(); }
    void abortAllWritesNothing();
    void saveTheRestSavesOthers_data() { TestDatabase::addBackendRows(); }
    void saveTheRestSavesOthers();
};

void tst_ConflictResolution::reloadTakesTheirs()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    QVERIFY(setField(*ann, 0, "qty", 11));
    QVERIFY(ann->submitAll());
    QVERIFY(setField(*bob, 0, "qty", 12));
    QVERIFY(!bob->submitAll());
    QVERIFY(bob->reloadRow(0));
    QVERIFY(!bob->hasConflict(0));
    QVERIFY(!bob->isDirty());
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 11);
    QCOMPARE(bob->rowVersion(0).toInt(), 2);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 11);
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
    // After reloading, Bob edits on their version without a conflict.
    QVERIFY(setField(*bob, 0, "qty", 13));
    QVERIFY(bob->submitAll());
    QCOMPARE(value(tdb, "qty", 1).toInt(), 13);
}

void tst_ConflictResolution::overwriteKeepsMineAndCatchesThirdWriter()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("Ann")));
    QVERIFY(ann->submitAll());
    QVERIFY(setField(*bob, 0, "qty", 77));
    QVERIFY(!bob->submitAll());
    // A third writer loads and saves while Bob looks at the conflict.
    auto cat = openModel(tdb.open());
    QVERIFY(setField(*cat, 0, "qty", 88));
    QVERIFY(cat->submitAll());
    QVERIFY(!bob->overwriteRow(0));
    QCOMPARE(bob->lastFailure(), Failure::ChangedByOthers);
    QVERIFY(bob->hasConflict(0));
    QCOMPARE(bob->conflict(0).theirs().value(QStringLiteral("qty")).toInt(), 88);
    QCOMPARE(bob->conflict(0).theirVersion().toInt(), 3);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 88);
    // Knowingly, again: now Bob's whole record wins.
    QVERIFY2(bob->overwriteRow(0), qPrintable(bob->lastError().text()));
    QVERIFY(!bob->hasConflict(0));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 77);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("item 1"));
    QCOMPARE(value(tdb, "version", 1).toInt(), 4);
    QCOMPARE(bob->rowVersion(0).toInt(), 4);
}

void tst_ConflictResolution::mergeSavesChosenValues()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("Ann")));
    QVERIFY(setField(*ann, 0, "qty", 1));
    QVERIFY(ann->submitAll());
    QVERIFY(setField(*bob, 0, "qty", 2));
    QVERIFY(setField(*bob, 0, "email", QStringLiteral("bob@example.com")));
    QVERIFY(!bob->submitAll());
    auto merge = bob->conflict(0).merge();
    QCOMPARE(merge.conflictCount(), 1); // qty; name and email merge by themselves
    QVERIFY(merge.needsChoices());
    QVERIFY(merge.choose(QStringLiteral("qty"), concord::FieldMerge::Choice::Mine));
    QVERIFY(!merge.needsChoices());
    QVERIFY2(bob->mergeRow(0, merge.values()), qPrintable(bob->lastError().text()));
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("Ann"));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 2);
    QCOMPARE(value(tdb, "email", 1).toString(), QStringLiteral("bob@example.com"));
    QCOMPARE(value(tdb, "version", 1).toInt(), 3);
    QVERIFY(!bob->isDirty());
    QCOMPARE(bob->data(bob->index(0, col(*bob, "name"))).toString(), QStringLiteral("Ann"));
}

void tst_ConflictResolution::failedMergeKeepsMyEdits()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("Ann")));
    QVERIFY(ann->submitAll());
    QVERIFY(setField(*bob, 0, "qty", 2));
    QVERIFY(!bob->submitAll());
    auto merge = bob->conflict(0).merge();
    // Bob hand-edits the name in the merge, but a third writer saves first.
    QVERIFY(merge.choose(QStringLiteral("name"), concord::FieldMerge::Choice::Custom, QStringLiteral("Merged")));
    QVERIFY(setField(*ann, 0, "qty", 3));
    QVERIFY(ann->submitAll());
    QVERIFY(!bob->mergeRow(0, merge.values()));
    QVERIFY(bob->hasConflict(0));
    // The row holds Bob's own edits at his own version, not the attempted merge.
    QCOMPARE(bob->data(bob->index(0, col(*bob, "name"))).toString(), QStringLiteral("item 1"));
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 2);
    QCOMPARE(bob->rowVersion(0).toInt(), 1);
    QCOMPARE(bob->conflict(0).mine().value(QStringLiteral("name")).toString(), QStringLiteral("item 1"));
    QCOMPARE(bob->conflict(0).mine().value(QStringLiteral("qty")).toInt(), 2);
    QCOMPARE(bob->conflict(0).theirVersion().toInt(), 3);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("Ann"));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 3);
}

void tst_ConflictResolution::recreateAndDiscardAfterDeletion()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    QVERIFY(ann->removeRow(0));
    QVERIFY(ann->removeRow(1));
    QVERIFY(ann->submitAll());
    QVERIFY(setField(*bob, 0, "qty", 42));
    QVERIFY(!bob->submitAll());
    QCOMPARE(bob->lastFailure(), Failure::DeletedByOthers);
    QVERIFY2(bob->recreateRow(0), qPrintable(bob->lastError().text()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 42);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("item 1"));
    QCOMPARE(value(tdb, "version", 1).toInt(), 1);
    QVERIFY(!bob->hasConflict(0));

    QVERIFY(setField(*bob, 1, "qty", 43));
    QVERIFY(!bob->submitAll());
    QVERIFY(bob->discardRow(1));
    QVERIFY(!bob->isDirty());
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 2")).toInt(), 0);
    QCOMPARE(bob->rowCount(), 2);
}

void tst_ConflictResolution::abortAllWritesNothing()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    QCOMPARE(bob->submitPolicy(), VersionedTableModel::SubmitPolicy::AbortAll);
    QVERIFY(setField(*ann, 1, "qty", 200));
    QVERIFY(ann->submitAll());
    QVERIFY(setField(*bob, 0, "qty", 100));
    QVERIFY(setField(*bob, 1, "qty", 201));
    QVERIFY(setField(*bob, 2, "qty", 300));
    QVERIFY(!bob->submitAll());
    QCOMPARE(bob->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    QCOMPARE(value(tdb, "qty", 3).toInt(), 30);
    QCOMPARE(value(tdb, "version", 1).toInt(), 1);
    // Every edit is still pending, at its old version.
    QVERIFY(bob->isDirty(bob->index(0, col(*bob, "qty"))));
    QVERIFY(bob->isDirty(bob->index(2, col(*bob, "qty"))));
    QCOMPARE(bob->rowVersion(0).toInt(), 1);
    QVERIFY(bob->hasConflict(1));
}

void tst_ConflictResolution::saveTheRestSavesOthers()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    bob->setSubmitPolicy(VersionedTableModel::SubmitPolicy::SaveTheRest);
    QVERIFY(setField(*ann, 1, "qty", 200));
    QVERIFY(ann->submitAll());
    QSignalSpy spy(bob.get(), &VersionedTableModel::conflictDetected);
    QVERIFY(setField(*bob, 0, "qty", 100));
    QVERIFY(setField(*bob, 1, "qty", 201));
    QVERIFY(setField(*bob, 2, "qty", 300));
    QVERIFY(!bob->submitAll());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 100);
    QCOMPARE(value(tdb, "qty", 2).toInt(), 200);
    QCOMPARE(value(tdb, "qty", 3).toInt(), 300);
    QVERIFY(!bob->isDirty(bob->index(0, col(*bob, "qty"))));
    QVERIFY(bob->isDirty(bob->index(1, col(*bob, "qty"))));
    QCOMPARE(bob->rowVersion(0).toInt(), 2);
    QCOMPARE(bob->rowVersion(1).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_ConflictResolution)
#include "tst_conflictresolution.moc"
