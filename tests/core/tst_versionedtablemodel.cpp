// VersionedTableModel against real SQLite and PostgreSQL: two operators are two connections.
#include "itemsfixture.h"

#include <concord/databaseconnector.h>
#include <concord/versionedtablemodel.h>

#include <QHash>
#include <QProcess>
#include <QSet>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using concord::ConflictSnapshot;
using concord::VersionedTableModel;
using concord::test::TestDatabase;
using namespace concord::test;
using Failure = VersionedTableModel::FailureKind;

namespace {

const QString kChildEnv = QStringLiteral("CONCORD_TEST_CHILD_UPDATE");

// Rows for the lazy-fetch tests: past SQLite's first fetch (256 rows) and, on PostgreSQL, past
// several pages (1,024 rows, then 4,096, then 16,384), so that the fetching really is lazy.
int lazyRows(const TestDatabase &tdb)
{
    return tdb.isSqlite() ? 300 : 5000;
}

// Fetches to the end, then checks that every id 1..n is there exactly once (and nothing else).
// Empty if so, else what is wrong.
QString fetchAllAndCheckEveryIdOnce(VersionedTableModel &m, int n)
{
    while (m.canFetchMore())
        m.fetchMore();
    QHash<int, int> seen;
    for (int r = 0; r < m.rowCount(); ++r)
        ++seen[m.data(m.index(r, 0)).toInt()];
    QStringList problems;
    if (m.rowCount() != n)
        problems << QStringLiteral("%1 rows, %2 expected").arg(m.rowCount()).arg(n);
    for (int id = 1; id <= n; ++id) {
        if (const int times = seen.value(id); times != 1)
            problems << QStringLiteral("id %1 %2 times").arg(id).arg(times);
    }
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it) {
        if (it.key() < 1 || it.key() > n)
            problems << QStringLiteral("unexpected id %1").arg(it.key());
    }
    if (problems.size() > 12)
        problems = problems.mid(0, 12) << QStringLiteral("... (%1 problems)").arg(problems.size());
    return problems.join(QStringLiteral("; "));
}

} // namespace

class tst_VersionedTableModel : public QObject
{
    Q_OBJECT

private slots:
    void deleteOfReferencedRowNamesTheReferrers_data() { TestDatabase::addBackendRows(); }
    void deleteOfReferencedRowNamesTheReferrers();
    void versionColumnIsHidden_data() { TestDatabase::addBackendRows(); }
    void versionColumnIsHidden();
    void saveAdvancesVersionWithoutReselect_data() { TestDatabase::addBackendRows(); }
    void saveAdvancesVersionWithoutReselect();
    void editVsEditReportsChanged_data() { TestDatabase::addBackendRows(); }
    void editVsEditReportsChanged();
    void editVsDeleteReportsDeleted_data() { TestDatabase::addBackendRows(); }
    void editVsDeleteReportsDeleted();
    void deleteVsEditReportsChanged_data() { TestDatabase::addBackendRows(); }
    void deleteVsEditReportsChanged();
    void deleteVsDeleteSucceeds_data() { TestDatabase::addBackendRows(); }
    void deleteVsDeleteSucceeds();
    void insertThenEdit_data() { TestDatabase::addBackendRows(); }
    void insertThenEdit();
    void noOpSaveSendsNothing_data() { TestDatabase::addBackendRows(); }
    void noOpSaveSendsNothing();
    void editStrategiesSaveConditionally_data();
    void editStrategiesSaveConditionally();
    void refusesTableWithoutPrimaryKey_data() { TestDatabase::addBackendRows(); }
    void refusesTableWithoutPrimaryKey();
    void refusesTableWithoutVersionColumn_data() { TestDatabase::addBackendRows(); }
    void refusesTableWithoutVersionColumn();
    void refusesNullVersions_data() { TestDatabase::addBackendRows(); }
    void refusesNullVersions();
    void uniqueViolationKeepsEdits_data() { TestDatabase::addBackendRows(); }
    void uniqueViolationKeepsEdits();
    void notNullViolationKeepsEdits_data() { TestDatabase::addBackendRows(); }
    void notNullViolationKeepsEdits();
    void lockedRowGivesUpAndKeepsEdits_data() { TestDatabase::addBackendRows(); }
    void lockedRowGivesUpAndKeepsEdits();
    void textFilterIsBound_data() { TestDatabase::addBackendRows(); }
    void textFilterIsBound();
    void saveWhileLazilyFetchingKeepsRows_data() { TestDatabase::addBackendRows(); }
    void saveWhileLazilyFetchingKeepsRows();
    void selectSeesChangesWhileFetching_data() { TestDatabase::addBackendRows(); }
    void selectSeesChangesWhileFetching();
    void largeTablesAreFetchedInPieces_data() { TestDatabase::addBackendRows(); }
    void largeTablesAreFetchedInPieces();
    void conflictWithAnotherProcess();
    void auditColumnsNameTheWriter_data() { TestDatabase::addBackendRows(); }
    void auditColumnsNameTheWriter();
};

void tst_VersionedTableModel::versionColumnIsHidden()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.db());
    QCOMPARE(m->rowCount(), 3);
    // id, name, qty, email are shown; version is held past columnCount().
    QCOMPARE(m->columnCount(), 4);
    QCOMPARE(m->versionColumnIndex(), 4);
    for (int c = 0; c < m->columnCount(); ++c)
        QVERIFY(m->headerData(c, Qt::Horizontal).toString() != QLatin1String("version"));
    QVERIFY(!m->index(0, m->versionColumnIndex()).isValid());
    QCOMPARE(m->rowVersion(0).toInt(), 1);
    // setRecord with a version field goes through setData, which refuses the version.
    QSqlRecord rec = m->record(0);
    rec.setValue(QStringLiteral("version"), 99);
    rec.setValue(QStringLiteral("name"), QStringLiteral("renamed"));
    m->setRecord(0, rec);
    QCOMPARE(m->rowVersion(0).toInt(), 1);
    QVERIFY(m->submitAll());
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("renamed"));
}

void tst_VersionedTableModel::saveAdvancesVersionWithoutReselect()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.db());
    QSignalSpy resets(m.get(), &QAbstractItemModel::modelReset);
    QSignalSpy saved(m.get(), &VersionedTableModel::rowSaved);
    QVERIFY(setField(*m, 1, "qty", 21));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(resets.count(), 0); // no full SELECT after an update
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m->rowVersion(1).toInt(), 2);
    QVERIFY(!m->isDirty());
    // save, edit, save again on the held version
    QVERIFY(setField(*m, 1, "qty", 22));
    QVERIFY(m->submitAll());
    QCOMPARE(m->rowVersion(1).toInt(), 3);
    QCOMPARE(value(tdb, "qty", 2).toInt(), 22);
    QCOMPARE(value(tdb, "version", 2).toInt(), 3);
    QCOMPARE(m->data(m->index(1, col(*m, "qty"))).toInt(), 22);
}

void tst_VersionedTableModel::editVsEditReportsChanged()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("Ann's name")));
    QVERIFY(ann->submitAll());

    QSignalSpy spy(bob.get(), &VersionedTableModel::conflictDetected);
    QVERIFY(setField(*bob, 0, "qty", 99));
    QVERIFY(!bob->submitAll());
    QCOMPARE(bob->lastFailure(), Failure::ChangedByOthers);
    QVERIFY(!bob->lastError().text().isEmpty());
    QCOMPARE(spy.count(), 1);
    const auto snap = spy.at(0).at(0).value<ConflictSnapshot>();
    QCOMPARE(snap.kind(), ConflictSnapshot::Kind::ChangedByOthers);
    QCOMPARE(snap.original().value(QStringLiteral("name")).toString(), QStringLiteral("item 1"));
    QCOMPARE(snap.mine().value(QStringLiteral("qty")).toInt(), 99);
    QCOMPARE(snap.theirs().value(QStringLiteral("name")).toString(), QStringLiteral("Ann's name"));
    QCOMPARE(snap.theirVersion().toInt(), 2);
    QCOMPARE(snap.originalVersion().toInt(), 1);
    QVERIFY(bob->hasConflict(0));
    // Bob's edit is kept, his version is not advanced, and a blind retry conflicts again.
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 99);
    QVERIFY(bob->isDirty());
    QCOMPARE(bob->rowVersion(0).toInt(), 1);
    QVERIFY(!bob->submitAll());
    QCOMPARE(bob->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
}

void tst_VersionedTableModel::editVsDeleteReportsDeleted()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    QVERIFY(ann->removeRow(1));
    QVERIFY(ann->submitAll());
    QVERIFY(setField(*bob, 1, "qty", 5));
    QVERIFY(!bob->submitAll());
    QCOMPARE(bob->lastFailure(), Failure::DeletedByOthers);
    QVERIFY(bob->conflict(1).isDeletedByOthers());
    QVERIFY(bob->conflict(1).theirs().isEmpty());
    // The failed update never re-inserts the row.
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 2")).toInt(), 0);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 2);
}

void tst_VersionedTableModel::deleteVsEditReportsChanged()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    QVERIFY(setField(*ann, 2, "qty", 33));
    QVERIFY(ann->submitAll());
    QVERIFY(bob->removeRow(2));
    QVERIFY(!bob->submitAll());
    QCOMPARE(bob->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(bob->conflict(2).operation(), ConflictSnapshot::Operation::Delete);
    QCOMPARE(value(tdb, "qty", 3).toInt(), 33); // Ann's change survives
}

void tst_VersionedTableModel::deleteVsDeleteSucceeds()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    QVERIFY(ann->removeRow(0));
    QVERIFY(ann->submitAll());
    QCOMPARE(ann->rowCount(), 2);
    // Bob wanted the row gone and it is: nobody's work is lost, so this is no conflict.
    QVERIFY(bob->removeRow(0));
    QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    QCOMPARE(bob->lastFailure(), Failure::None);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 2);
}

void tst_VersionedTableModel::insertThenEdit()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.db());
    QSqlRecord rec = m->record();
    rec.setValue(QStringLiteral("name"), QStringLiteral("new one"));
    rec.setValue(QStringLiteral("qty"), 7);
    rec.setGenerated(QStringLiteral("id"), false);
    rec.setGenerated(QStringLiteral("email"), false);
    QVERIFY(m->insertRecord(-1, rec));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    const int row = m->rowCount() - 1;
    const QVariant id = m->data(m->index(row, col(*m, "id")));
    QVERIFY(id.isValid() && !id.isNull());
    QCOMPARE(m->rowVersion(row).toInt(), 1);
    // The generated key and version were read back: edit and save again at once.
    QVERIFY(setField(*m, row, "qty", 8));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "qty", id.toInt()).toInt(), 8);
    QCOMPARE(value(tdb, "version", id.toInt()).toInt(), 2);
}

void tst_VersionedTableModel::noOpSaveSendsNothing()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    QVERIFY(setField(*bob, 0, "qty", 50));
    QVERIFY(bob->submitAll());
    // Ann sets a field to a new value and back: nothing to save, and no conflict with Bob.
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("temporary")));
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("item 1")));
    QVERIFY(ann->isDirty());
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QCOMPARE(ann->lastFailure(), Failure::None);
    QCOMPARE(value(tdb, "version", 1).toInt(), 2); // only Bob's save counted
    QCOMPARE(value(tdb, "qty", 1).toInt(), 50);
    // An integer written back as a string of the same number is no change either.
    QVERIFY(setField(*bob, 0, "qty", QStringLiteral("50")));
    QVERIFY(bob->submitAll());
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
}

void tst_VersionedTableModel::editStrategiesSaveConditionally_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("strategy");
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral("-field"))) << b << int(QSqlTableModel::OnFieldChange);
        QTest::newRow(qPrintable(b + QStringLiteral("-row"))) << b << int(QSqlTableModel::OnRowChange);
        QTest::newRow(qPrintable(b + QStringLiteral("-manual"))) << b << int(QSqlTableModel::OnManualSubmit);
    }
}

void tst_VersionedTableModel::editStrategiesSaveConditionally()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(int, strategy);
    const auto s = QSqlTableModel::EditStrategy(strategy);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db(), s);
    auto bob = openModel(tdb.open(), s);
    auto save = [s](VersionedTableModel &m) {
        // What a view does: OnFieldChange saves inside setData, OnRowChange on submit().
        if (s == QSqlTableModel::OnRowChange)
            return m.submit();
        if (s == QSqlTableModel::OnManualSubmit)
            return m.submitAll();
        return !m.isDirty();
    };
    QVERIFY(setField(*ann, 0, "qty", 1));
    QVERIFY(save(*ann));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 1);
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
    const bool accepted = setField(*bob, 0, "qty", 2);
    QVERIFY(!accepted || !save(*bob));
    QCOMPARE(bob->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 1);
    QCOMPARE(bob->data(bob->index(0, col(*bob, "qty"))).toInt(), 2);
    // Through a plain QSqlTableModel pointer (Qt's own submitAll), still no lost update.
    QSqlTableModel *plain = bob.get();
    QVERIFY(!plain->submitAll());
    QCOMPARE(value(tdb, "qty", 1).toInt(), 1);
}

void tst_VersionedTableModel::deleteOfReferencedRowNamesTheReferrers()
{
    // Issue 10, bug 1: the two directions of a foreign key get different words. A delete of a
    // row others refer to says who refers to it, and speaks of the delete, not of edits.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("customers"), {QStringLiteral("name VARCHAR(20)")}), QString());
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("orders"),
                                      {QStringLiteral("customer_id INTEGER REFERENCES customers(id)")}),
             QString());
    QCOMPARE(tdb.execAll({QStringLiteral("INSERT INTO customers (name) VALUES ('Ann')"),
                          QStringLiteral("INSERT INTO customers (name) VALUES ('Bob')"),
                          QStringLiteral("INSERT INTO orders (customer_id) VALUES (1)"),
                          QStringLiteral("INSERT INTO orders (customer_id) VALUES (1)")}),
             QString());
    VersionedTableModel m(nullptr, tdb.db());
    m.setEditStrategy(QSqlTableModel::OnManualSubmit);
    m.setTable(QStringLiteral("customers"));
    m.setSort(0, Qt::AscendingOrder);
    QVERIFY(m.select());
    QVERIFY(m.removeRow(0));
    QVERIFY(!m.submitAll());
    QCOMPARE(m.lastFailure(), Failure::ConstraintViolation);
    const QString text = m.lastError().text();
    QVERIFY2(text.startsWith(QLatin1String("2 rows of orders refer to this record of customers")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Nothing was deleted")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("does not exist")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("edits")), qPrintable(text));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 2);
    // The other direction keeps its words: an order pointing at no customer.
    VersionedTableModel orders(nullptr, tdb.db());
    orders.setEditStrategy(QSqlTableModel::OnManualSubmit);
    orders.setTable(QStringLiteral("orders"));
    QVERIFY(orders.select());
    QVERIFY(orders.insertRow(0));
    QVERIFY(orders.setData(orders.index(0, orders.fieldIndex(QStringLiteral("customer_id"))), 4711));
    QVERIFY(!orders.submitAll());
    QCOMPARE(orders.lastFailure(), Failure::ConstraintViolation);
    QVERIFY2(orders.lastError().text().contains(QLatin1String("does not exist")), qPrintable(orders.lastError().text()));
}

void tst_VersionedTableModel::refusesTableWithoutPrimaryKey()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE loose (name VARCHAR(20), version INTEGER)"),
                          QStringLiteral("INSERT INTO loose VALUES ('a', 1)")}),
             QString());
    // Chosen explicitly, a counted version cannot serve it (opened automatically it is read-only:
    // tst_VersionStrategies).
    VersionedTableModel m(nullptr, tdb.db());
    m.setVersionStrategy(concord::VersionStrategy::Client);
    m.setTable(QStringLiteral("loose"));
    QVERIFY(!m.select());
    QCOMPARE(m.lastFailure(), Failure::TableRefused);
    QVERIFY2(m.lastError().text().contains(QLatin1String("primary key")), qPrintable(m.lastError().text()));
    QCOMPARE(m.rowCount(), 0);
}

void tst_VersionedTableModel::refusesTableWithoutVersionColumn()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.exec(QStringLiteral("CREATE TABLE plain (id INTEGER PRIMARY KEY, name VARCHAR(20))")), QString());
    VersionedTableModel m(nullptr, tdb.db());
    m.setVersionStrategy(concord::VersionStrategy::Client);
    m.setTable(QStringLiteral("plain"));
    QVERIFY(!m.select());
    QCOMPARE(m.lastFailure(), Failure::TableRefused);
    QVERIFY(m.lastError().text().contains(QLatin1String("\"version\"")));
    QVERIFY(m.lastError().text().contains(QLatin1String("ALTER TABLE plain ADD COLUMN version")));
    // A renamed version column is found.
    QCOMPARE(tdb.exec(QStringLiteral("ALTER TABLE plain ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")), QString());
    VersionedTableModel renamed(nullptr, tdb.db());
    renamed.setVersionColumn(QStringLiteral("row_version"));
    renamed.setTable(QStringLiteral("plain"));
    QVERIFY2(renamed.select(), qPrintable(renamed.lastError().text()));
    QCOMPARE(renamed.columnCount(), 2);
}

void tst_VersionedTableModel::refusesNullVersions()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE halfway (id INTEGER PRIMARY KEY, name VARCHAR(20), version INTEGER)"),
                          QStringLiteral("INSERT INTO halfway VALUES (1, 'a', 1)"),
                          QStringLiteral("INSERT INTO halfway VALUES (2, 'b', NULL)")}),
             QString());
    VersionedTableModel m(nullptr, tdb.db());
    m.setTable(QStringLiteral("halfway"));
    QVERIFY(!m.select());
    QCOMPARE(m.lastFailure(), Failure::TableRefused);
    QVERIFY2(m.lastError().text().contains(QLatin1String("IS NULL")), qPrintable(m.lastError().text()));
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE halfway SET version = 1 WHERE version IS NULL")), QString());
    QVERIFY(m.select());
    QCOMPARE(m.rowCount(), 2);
}

void tst_VersionedTableModel::uniqueViolationKeepsEdits()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.db());
    QVERIFY(setField(*m, 0, "email", QStringLiteral("item2@example.com")));
    QSignalSpy spy(m.get(), &VersionedTableModel::conflictDetected);
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ConstraintViolation);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m->lastFailedField(), QStringLiteral("email"));
    QVERIFY2(m->lastError().text().contains(QLatin1String("unique")), qPrintable(m->lastError().text()));
    QVERIFY(m->isDirty());
    QCOMPARE(m->data(m->index(0, col(*m, "email"))).toString(), QStringLiteral("item2@example.com"));
    QCOMPARE(value(tdb, "email", 1).toString(), QStringLiteral("item1@example.com"));
    QCOMPARE(value(tdb, "version", 1).toInt(), 1);
    // Fixing the input saves normally.
    QVERIFY(setField(*m, 0, "email", QStringLiteral("fixed@example.com")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "email", 1).toString(), QStringLiteral("fixed@example.com"));
}

void tst_VersionedTableModel::notNullViolationKeepsEdits()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.db());
    QVERIFY(setField(*m, 0, "qty", 5));
    QVERIFY(setField(*m, 1, "name", QVariant(QMetaType::fromType<QString>())));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ConstraintViolation);
    QCOMPARE(m->lastFailedField(), QStringLiteral("name"));
    // Abort-all: the good row of the same batch was not written either.
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    QCOMPARE(value(tdb, "name", 2).toString(), QStringLiteral("item 2"));
    QVERIFY(m->isDirty(m->index(0, col(*m, "qty"))));
}

void tst_VersionedTableModel::lockedRowGivesUpAndKeepsEdits()
{
    // Another program holds a write lock: the save waits the busy/lock timeout, then says so
    // plainly, keeps the edit and changes nothing.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.db());
    QSqlDatabase other = tdb.open();
    QSqlQuery lock(other);
    if (tdb.isSqlite())
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    else
        QVERIFY(other.transaction()
                && lock.exec(QStringLiteral("UPDATE items SET qty = qty WHERE id = 1")));
    // A delete meets the same lock and is told as a delete: there are no edits to keep.
    QVERIFY(m->removeRow(0));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::Locked);
    const QString deleteText = m->lastError().text();
    QVERIFY2(deleteText.contains(QLatin1String("locked"))
                 && deleteText.contains(QLatin1String("Nothing was deleted"))
                 && !deleteText.contains(QLatin1String("edits")),
             qPrintable(deleteText));
    m->revertAll();
    QVERIFY(setField(*m, 0, "qty", 5));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::Locked);
    QVERIFY2(m->lastError().text().contains(QLatin1String("locked")), qPrintable(m->lastError().text()));
    QVERIFY(m->isDirty());
    QCOMPARE(m->rowVersion(0).toInt(), 1);
    if (tdb.isSqlite())
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    else
        QVERIFY(other.rollback());
    // Once the lock is gone the same edit saves.
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 5);
}

void tst_VersionedTableModel::textFilterIsBound()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO items (name, qty) VALUES ('O''Brien 100%', 1)")), QString());
    auto m = openModel(tdb.db());
    m->setTextFilter(QStringLiteral("'brien 100%"));
    QVERIFY2(m->select(), qPrintable(m->lastError().text()));
    QCOMPARE(m->rowCount(), 1);
    m->setTextFilter(QStringLiteral("ITEM2@"));
    QVERIFY(m->select());
    QCOMPARE(m->rowCount(), 1);
    m->setTextFilter(QStringLiteral("%"));
    QVERIFY(m->select());
    QCOMPARE(m->rowCount(), 1); // a literal percent sign, not a wildcard
    m->setTextFilter(QStringLiteral("30"));
    QVERIFY(m->select());
    QCOMPARE(m->rowCount(), 1); // numbers match as text
    m->setTextFilter(QString());
    QVERIFY(m->select());
    QCOMPARE(m->rowCount(), 4);
}

void tst_VersionedTableModel::saveWhileLazilyFetchingKeepsRows()
{
    // The model fetches 256 rows at first (SQLite) or a first page of 1,024 (PostgreSQL). Saving
    // while the rest is unfetched must neither fail ("database is locked" on SQLite) nor lose
    // or repeat rows.
    CONCORD_OPEN_TEST_DB(tdb);
    const int rows = lazyRows(tdb);
    QCOMPARE(makeItems(tdb, rows), QString());
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    QVERIFY(ann->canFetchMore());
    QVERIFY2(ann->rowCount() < rows, qPrintable(QString::number(ann->rowCount())));
    QVERIFY(setField(*bob, 0, "qty", 1));
    QVERIFY(bob->submitAll());
    QVERIFY(setField(*ann, 5, "qty", 2));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    const QString problems = fetchAllAndCheckEveryIdOnce(*ann, rows);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(ann->data(ann->index(rows - 1, 0)).toInt(), rows);
    QCOMPARE(value(tdb, "qty", 6).toInt(), 2);
}

void tst_VersionedTableModel::selectSeesChangesWhileFetching()
{
    // A new select() must see what others saved, even while the previous one is half-fetched.
    CONCORD_OPEN_TEST_DB(tdb);
    const int rows = lazyRows(tdb);
    QCOMPARE(makeItems(tdb, rows), QString());
    auto ann = openModel(tdb.db());
    QVERIFY(ann->canFetchMore());
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET qty = 4242, version = version + 1 WHERE id = 1")), QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO items (name) VALUES ('late')")), QString());
    QVERIFY(ann->select());
    QVERIFY(ann->canFetchMore());
    QCOMPARE(ann->data(ann->index(0, col(*ann, "qty"))).toInt(), 4242);
    QCOMPARE(ann->rowVersion(0).toInt(), 2);
    const QString problems = fetchAllAndCheckEveryIdOnce(*ann, rows + 1);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    // and the reader's snapshot never makes a save conflict with itself
    QVERIFY(setField(*ann, 0, "qty", 1));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
}

void tst_VersionedTableModel::largeTablesAreFetchedInPieces()
{
    // A big table opens at once: SQLite steps its cursor, PostgreSQL reads growing pages.
    CONCORD_OPEN_TEST_DB(tdb);
    constexpr int rows = 5000; // PostgreSQL: pages of 1,024, 4,096 and 16,384 rows
    QCOMPARE(makeItems(tdb, 0), QString());
    QCOMPARE(tdb.insertSeries(QStringLiteral("items"), {QStringLiteral("name"), QStringLiteral("qty")},
                              {QStringLiteral("'n' || x"), QStringLiteral("x")}, rows),
             QString());
    auto m = std::make_unique<VersionedTableModel>(nullptr, tdb.db()); // no sort: key order on PG
    m->setEditStrategy(QSqlTableModel::OnManualSubmit);
    m->setTable(QStringLiteral("items"));
    QVERIFY(m->select());
    QVERIFY2(m->rowCount() <= 1024, qPrintable(QString::number(m->rowCount())));
    QVERIFY(m->canFetchMore());
    // Someone saves a loaded row (PostgreSQL then stores it at the end) before we fetch on.
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET qty = -1, version = version + 1 WHERE id = 3")), QString());
    m->fetchMore();
    QVERIFY(m->canFetchMore()); // more than one piece
    const QString problems = fetchAllAndCheckEveryIdOnce(*m, rows); // none twice, none missing
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QVERIFY(setField(*m, rows - 1, "qty", 7));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "qty", m->data(m->index(rows - 1, 0)).toInt()).toInt(), 7);
}

void tst_VersionedTableModel::conflictWithAnotherProcess()
{
    // SQLite across processes: another program on the same file is the other operator.
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.db());
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(kChildEnv, tdb.spec().path());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitCode(), 0);
    QVERIFY(setField(*m, 0, "qty", 5));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(m->conflict(0).theirs().value(QStringLiteral("name")).toString(),
             QStringLiteral("from another process"));
}

void tst_VersionedTableModel::auditColumnsNameTheWriter()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("items"),
                                      {QStringLiteral("name VARCHAR(100)"),
                                       QStringLiteral("modified_by VARCHAR(50)"),
                                       QStringLiteral("modified_at TIMESTAMP")}),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO items (name) VALUES ('x')")), QString());
    auto ann = openModel(tdb.db());
    ann->setOperatorName(QStringLiteral("ann"));
    auto bob = openModel(tdb.open());
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("y")));
    QVERIFY(ann->submitAll());
    QCOMPARE(value(tdb, "modified_by", 1).toString(), QStringLiteral("ann"));
    QVERIFY(!value(tdb, "modified_at", 1).isNull());
    const QDateTime fixed(QDate(2026, 3, 14), QTime(10, 2));
    ann->setAuditTime(fixed);
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("y2")));
    QVERIFY(ann->submitAll());
    QCOMPARE(value(tdb, "modified_at", 1).toDateTime(), fixed);
    if (tdb.isSqlite()) {
        // Issue 10, item 5: the form SQLite's own datetime() writes, so old and new rows match.
        QCOMPARE(tdb.scalar(QStringLiteral("SELECT modified_at FROM items WHERE id = 1")).toString(),
                 QStringLiteral("2026-03-14 10:02:00"));
        QCOMPARE(tdb.scalar(QStringLiteral("SELECT modified_at = datetime('2026-03-14 10:02') FROM items "
                                           "WHERE id = 1")).toInt(), 1);
    }
    QVERIFY(setField(*bob, 0, "name", QStringLiteral("z")));
    QVERIFY(!bob->submitAll());
    QVERIFY(bob->lastError().text().contains(QLatin1String("ann")));
    QCOMPARE(bob->conflict(0).theirs().value(QStringLiteral("modified_at")).toDateTime(), fixed);
    QCOMPARE(bob->conflict(0).theirs().value(QStringLiteral("modified_by")).toString(), QStringLiteral("ann"));
}

// The child half of conflictWithAnotherProcess: one update from a separate process, then exit.
static int runChildUpdate(const QString &path)
{
    QSqlDatabase db = concord::DatabaseConnector::open(concord::ConnectionSpec::sqlite(path));
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral("UPDATE items SET name = 'from another process', "
                                          "version = version + 1 WHERE id = 1"))
                    && q.numRowsAffected() == 1;
    return ok ? 0 : 1;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(qPrintable(kChildEnv)))
        return runChildUpdate(qEnvironmentVariable(qPrintable(kChildEnv)));
    tst_VersionedTableModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_versionedtablemodel.moc"
