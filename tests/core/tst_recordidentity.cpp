// Which record a conflict, a save or an error belongs to, on SQLite and PostgreSQL: conflicts that
// follow their record when rows move, the caller's own transaction, Qt's submitAll() through a
// base pointer, slots that re-select, failed selects, version and type edge cases, filters, and
// the QSqlTableModel behaviours Concord keeps.
#include "itemsfixture.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlField>
#include <QTest>

using concord::ConflictSnapshot;
using concord::test::TestDatabase;
using namespace concord::test;
using Failure = VersionedTableModel::FailureKind;

namespace {

// Fetches the model to its end; false when fetchMore() stops bringing rows while
// canFetchMore() still says there are more (a model that would make a view spin for ever).
bool fetchToEnd(VersionedTableModel &m)
{
    int stalled = 0;
    while (m.canFetchMore()) {
        const int before = m.rowCount();
        m.fetchMore();
        stalled = m.rowCount() > before ? 0 : stalled + 1;
        if (stalled > 10)
            return false;
    }
    return true;
}

// Fetches the model to its end and returns the ids shown, in row order; a -1 at the end
// marks a fetch that never reached it.
QList<qint64> fetchAllIds(VersionedTableModel &m)
{
    const bool complete = fetchToEnd(m);
    QList<qint64> ids;
    const int c = m.fieldIndex(QStringLiteral("id"));
    for (int r = 0; r < m.rowCount(); ++r)
        ids << m.data(m.index(r, c)).toLongLong();
    if (!complete)
        ids << -1;
    return ids;
}

QList<qint64> dbIds(TestDatabase &tdb, const QString &table = QStringLiteral("items"))
{
    QList<qint64> ids;
    QSqlQuery q(tdb.db());
    if (!q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table)))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// The first id that occurs twice, or -1.
qint64 firstRepeated(const QList<qint64> &ids)
{
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (seen.contains(id))
            return id;
        seen.insert(id);
    }
    return -1;
}

// Every id once, and exactly the ids of the table.
QString idsMatchTable(VersionedTableModel &m, TestDatabase &tdb)
{
    QList<qint64> shown = fetchAllIds(m);
    if (!shown.isEmpty() && shown.last() == -1)
        return QStringLiteral("fetchMore() makes no progress although canFetchMore() is true");
    const qint64 twice = firstRepeated(shown);
    if (twice >= 0)
        return QStringLiteral("id %1 shown twice").arg(twice);
    std::sort(shown.begin(), shown.end());
    const QList<qint64> stored = dbIds(tdb);
    if (shown != stored)
        return QStringLiteral("shown %1 ids, the table holds %2").arg(shown.size()).arg(stored.size());
    return {};
}

// Every row without pending edits shows exactly what the database holds, version included.
QString cleanRowsMatchTable(VersionedTableModel &m, TestDatabase &tdb)
{
    QSqlQuery q(tdb.db());
    for (int r = 0; r < m.rowCount(); ++r) {
        bool dirty = m.headerData(r, Qt::Vertical).toString() != QString::number(r + 1);
        for (int c = 0; c < m.columnCount() && !dirty; ++c)
            dirty = m.isDirty(m.index(r, c));
        if (dirty)
            continue;
        const QSqlRecord shown = m.record(r);
        const qint64 id = shown.value(QStringLiteral("id")).toLongLong();
        if (!q.exec(QStringLiteral("SELECT * FROM items WHERE id = %1").arg(id)) || !q.next())
            return QStringLiteral("row %1 (id %2) is not in the table").arg(r).arg(id);
        for (int i = 0; i < shown.count(); ++i) {
            const QString name = shown.fieldName(i);
            const QVariant stored = q.record().value(name);
            if (shown.value(i).toString() != stored.toString())
                return QStringLiteral("row %1 (id %2) shows %3 = %4, the table holds %5")
                    .arg(r).arg(id).arg(name, shown.value(i).toString(), stored.toString());
        }
    }
    return {};
}

// 300 items, all fetched, with rows far apart (first, middle, last) edited: the batch whose
// signals the re-entrancy tests listen to.
std::unique_ptr<VersionedTableModel> threeRowsEdited(TestDatabase &tdb)
{
    if (!makeItems(tdb, 300).isEmpty())
        return nullptr;
    auto m = openModel(tdb.db());
    if (!fetchToEnd(*m) || !setField(*m, 0, "qty", 1) || !setField(*m, 150, "qty", 2)
        || !setField(*m, 299, "qty", 3))
        return nullptr;
    return m;
}

// After that batch was saved: the database holds the three edits and the model shows each
// record once, its clean rows as the database holds them. Empty, or what is wrong.
QString threeEditsSaved(VersionedTableModel &m, TestDatabase &tdb)
{
    for (const auto &[id, qty] : {std::pair{1, 1}, std::pair{151, 2}, std::pair{300, 3}})
        if (value(tdb, "qty", id).toInt() != qty)
            return QStringLiteral("id %1 holds qty %2, not %3")
                .arg(id).arg(value(tdb, "qty", id).toInt()).arg(qty);
    if (m.isDirty())
        return QStringLiteral("the model still holds unsaved edits");
    const QString ids = idsMatchTable(m, tdb);
    return ids.isEmpty() ? cleanRowsMatchTable(m, tdb) : ids;
}

QVariant idAt(const VersionedTableModel &m, int row)
{
    return m.data(m.index(row, m.fieldIndex(QStringLiteral("id"))));
}

int rowOfId(const VersionedTableModel &m, qint64 id)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (idAt(m, r).toLongLong() == id)
            return r;
    return -1;
}

QSqlDatabase otherSql(TestDatabase &tdb, const QString &sql, QString *error)
{
    QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    if (!q.exec(sql))
        *error = q.lastError().text();
    return other;
}

} // namespace

class tst_RecordIdentity : public QObject
{
    Q_OBJECT

private slots:
    // 1. conflicts follow their record
    void conflictFollowsRecordAfterInsertAbove_data() { TestDatabase::addBackendRows(); }
    void conflictFollowsRecordAfterInsertAbove();
    void conflictFollowsRecordAfterRemovingInsertedRowAbove_data() { TestDatabase::addBackendRows(); }
    void conflictFollowsRecordAfterRemovingInsertedRowAbove();
    void conflictFollowsRecordAfterRevertingInsertedRowAbove_data() { TestDatabase::addBackendRows(); }
    void conflictFollowsRecordAfterRevertingInsertedRowAbove();
    // 3. the caller's transaction
    void submitAllLeavesCallersTransactionOpen_data() { TestDatabase::addBackendRows(); }
    void submitAllLeavesCallersTransactionOpen();
    void abortAllInCallersTransactionKeepsCallersWrites_data() { TestDatabase::addBackendRows(); }
    void abortAllInCallersTransactionKeepsCallersWrites();
    void callersRollbackUndoesModelWrites_data() { TestDatabase::addBackendRows(); }
    void callersRollbackUndoesModelWrites();
    // 4. Qt's own submitAll
    void baseSubmitAllKeepsVersionInStep_data();
    void baseSubmitAllKeepsVersionInStep();
    // 5. re-entrancy
    void selectInConflictSlotDuringSubmitAll_data();
    void selectInConflictSlotDuringSubmitAll();
    void selectInConflictSlotDuringMerge_data() { TestDatabase::addBackendRows(); }
    void selectInConflictSlotDuringMerge();
    void selectInRowSavedSlotDuringSubmitAll_data() { TestDatabase::addBackendRows(); }
    void selectInRowSavedSlotDuringSubmitAll();
    void selectInDataChangedSlotDuringSubmitAll_data() { TestDatabase::addBackendRows(); }
    void selectInDataChangedSlotDuringSubmitAll();
    void reloadInBeforeUpdateSlotIsRefused_data() { TestDatabase::addBackendRows(); }
    void reloadInBeforeUpdateSlotIsRefused();
    // 9. a failing select
    void failedSelectKeepsPreviousRows_data() { TestDatabase::addBackendRows(); }
    void failedSelectKeepsPreviousRows();
    // 10. versions
    void nonIntegerVersionColumnIsRefused_data();
    void nonIntegerVersionColumnIsRefused();
    void versionAtMaximumFailsWithoutWriting_data() { TestDatabase::addBackendRows(); }
    void versionAtMaximumFailsWithoutWriting();
    // 11. filters
    void questionMarkInFilterIsLiteral_data() { TestDatabase::addBackendRows(); }
    void questionMarkInFilterIsLiteral();
    void jsonbQuestionOperatorInFilter();
    // 12. change detection
    void textColumnComparesAsText_data() { TestDatabase::addBackendRows(); }
    void textColumnComparesAsText();
    // 13. text filter
    void textFilterFoldsCaseBeyondAscii_data() { TestDatabase::addBackendRows(); }
    void textFilterFoldsCaseBeyondAscii();
    // 14. error text
    void selectErrorIsNotARefusedChange_data() { TestDatabase::addBackendRows(); }
    void selectErrorIsNotARefusedChange();
    // 18. QSqlTableModel compatibility
    void immediateRemoveKeepsRowUntilSelect_data();
    void immediateRemoveKeepsRowUntilSelect();
    void selectRowSignalsOnlyRealChanges_data() { TestDatabase::addBackendRows(); }
    void selectRowSignalsOnlyRealChanges();
    void sqliteNullPrimaryKeyIsRefused();
    void refusedTableInsertsNothing_data() { TestDatabase::addBackendRows(); }
    void refusedTableInsertsNothing();

private:
    enum class Shift { InsertAfterConflict, RemoveInsertedAbove, RevertInsertedAbove };
    void conflictFollowsRecord(Shift shift);
};

// ---------------------------------------------------------------------------------------------
// 1. A conflict belongs to a record, not to a row number.

void tst_RecordIdentity::conflictFollowsRecord(Shift shift)
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb, 4), QString());
    auto m = openModel(tdb.db());
    const int top = shift == Shift::InsertAfterConflict ? 0 : 1; // where A is while saving
    if (shift != Shift::InsertAfterConflict) {
        QVERIFY(m->insertRows(0, 1));
        QVERIFY(setField(*m, 0, "name", QStringLiteral("fresh")));
    }
    // A (id 1) and B (id 2) edited here, both changed by someone else first; both end at
    // version 2 there and are held at version 1 here: the versions cannot tell them apart.
    QVERIFY(setField(*m, top, "qty", 111));
    QVERIFY(setField(*m, top + 1, "qty", 222));
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET name = 'A theirs', version = version + 1 WHERE id = 1")), QString());
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET name = 'B theirs', version = version + 1 WHERE id = 2")), QString());
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(m->conflicts().size(), 2);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 4);

    switch (shift) {
    case Shift::InsertAfterConflict:
        QVERIFY(m->insertRows(0, 1));
        QVERIFY(setField(*m, 0, "name", QStringLiteral("fresh")));
        break;
    case Shift::RemoveInsertedAbove:
        QVERIFY(m->removeRows(0, 1));
        break;
    case Shift::RevertInsertedAbove:
        m->revertRow(0);
        break;
    }
    const int rowA = rowOfId(*m, 1);
    const int rowB = rowOfId(*m, 2);
    QCOMPARE(rowA, shift == Shift::InsertAfterConflict ? 1 : 0);
    QCOMPARE(rowB, rowA + 1);
    if (shift == Shift::InsertAfterConflict) {
        QVERIFY(!m->hasConflict(0)); // the new row
        QVERIFY(!m->conflict(0).isValid());
    }
    // Each conflict describes the record shown at its row.
    for (int r = 0; r < m->rowCount(); ++r) {
        if (!m->hasConflict(r))
            continue;
        const ConflictSnapshot s = m->conflict(r);
        QVERIFY(s.isValid());
        QCOMPARE(s.mine().value(QStringLiteral("id")).toLongLong(), idAt(*m, r).toLongLong());
        QCOMPARE(s.original().value(QStringLiteral("id")).toLongLong(), idAt(*m, r).toLongLong());
        QCOMPARE(s.row(), r); // views and dialogs resolve through snapshot.row()
    }
    for (const ConflictSnapshot &s : m->conflicts())
        QCOMPARE(idAt(*m, s.row()).toLongLong(), s.mine().value(QStringLiteral("id")).toLongLong());
    QVERIFY(m->hasConflict(rowA));
    QVERIFY(m->hasConflict(rowB));
    QCOMPARE(m->conflict(rowA).theirs().value(QStringLiteral("name")).toString(), QStringLiteral("A theirs"));
    QCOMPARE(m->conflict(rowB).mine().value(QStringLiteral("qty")).toInt(), 222);

    // Overwriting A writes A, on A's version, and nothing of B.
    QVERIFY2(m->overwriteRow(rowA), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 111);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("item 1"));
    QCOMPARE(value(tdb, "version", 1).toInt(), 3);
    QCOMPARE(value(tdb, "qty", 2).toInt(), 20);
    QCOMPARE(value(tdb, "name", 2).toString(), QStringLiteral("B theirs"));
    QCOMPARE(value(tdb, "version", 2).toInt(), 2);
    QCOMPARE(m->rowVersion(rowA).toInt(), 3);
    QCOMPARE(idAt(*m, rowA).toInt(), 1);
    QVERIFY(!m->hasConflict(rowA));
    // B's conflict and edit are still there, on B's row.
    QVERIFY(m->hasConflict(rowB));
    QCOMPARE(m->conflict(rowB).mine().value(QStringLiteral("id")).toInt(), 2);
    QCOMPARE(m->data(m->index(rowB, col(*m, "qty"))).toInt(), 222);
    QVERIFY(m->isDirty(m->index(rowB, col(*m, "qty"))));
    // And overwriting B now writes B alone.
    QVERIFY2(m->overwriteRow(rowB), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "qty", 2).toInt(), 222);
    QCOMPARE(value(tdb, "name", 2).toString(), QStringLiteral("item 2"));
    QCOMPARE(value(tdb, "version", 2).toInt(), 3);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 111);
    QCOMPARE(value(tdb, "version", 1).toInt(), 3);
    QCOMPARE(m->rowVersion(rowB).toInt(), 3);
    QVERIFY(m->conflicts().isEmpty());
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 4);
}

void tst_RecordIdentity::conflictFollowsRecordAfterInsertAbove()
{
    conflictFollowsRecord(Shift::InsertAfterConflict);
}

void tst_RecordIdentity::conflictFollowsRecordAfterRemovingInsertedRowAbove()
{
    conflictFollowsRecord(Shift::RemoveInsertedAbove);
}

void tst_RecordIdentity::conflictFollowsRecordAfterRevertingInsertedRowAbove()
{
    conflictFollowsRecord(Shift::RevertInsertedAbove);
}

// ---------------------------------------------------------------------------------------------
// 3. A transaction the caller opened on the model's connection stays the caller's.

void tst_RecordIdentity::submitAllLeavesCallersTransactionOpen()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    QSqlDatabase db = tdb.db();
    auto m = openModel(db);
    QSqlDatabase other = tdb.open();
    auto otherScalar = [&other](const QString &sql) {
        QSqlQuery q(other);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    };
    QVERIFY(db.transaction());
    QSqlQuery own(db);
    QVERIFY2(own.exec(QStringLiteral("INSERT INTO items (name, qty) VALUES ('caller', 1)")),
             qPrintable(own.lastError().text()));
    QVERIFY(setField(*m, 0, "qty", 101));
    QVERIFY(setField(*m, 2, "qty", 303));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    // Nothing is committed yet: another connection sees neither the caller's row nor ours.
    QCOMPARE(otherScalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE name = 'caller'")).toInt(), 0);
    QCOMPARE(otherScalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 10);
    QCOMPARE(otherScalar(QStringLiteral("SELECT qty FROM items WHERE id = 3")).toInt(), 30);
    QVERIFY2(db.commit(), qPrintable(db.lastError().text()));
    QCOMPARE(otherScalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE name = 'caller'")).toInt(), 1);
    QCOMPARE(otherScalar(QStringLiteral("SELECT qty FROM items WHERE id = 1")).toInt(), 101);
    QCOMPARE(otherScalar(QStringLiteral("SELECT qty FROM items WHERE id = 3")).toInt(), 303);
    QCOMPARE(otherScalar(QStringLiteral("SELECT version FROM items WHERE id = 3")).toInt(), 2);
}

void tst_RecordIdentity::abortAllInCallersTransactionKeepsCallersWrites()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    QSqlDatabase db = tdb.db();
    auto m = openModel(db);
    QCOMPARE(m->submitPolicy(), VersionedTableModel::SubmitPolicy::AbortAll);
    QString error;
    QSqlDatabase other = otherSql(tdb, QStringLiteral("UPDATE items SET qty = -2, version = version + 1 WHERE id = 2"), &error);
    QCOMPARE(error, QString());
    QVERIFY(db.transaction());
    QSqlQuery own(db);
    QVERIFY2(own.exec(QStringLiteral("INSERT INTO items (name, qty) VALUES ('caller', 1)")),
             qPrintable(own.lastError().text()));
    QVERIFY(setField(*m, 0, "qty", 101));
    QVERIFY(setField(*m, 1, "qty", 202));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ChangedByOthers);
    // Read inside the caller's transaction: our other row is not written, the caller's row is.
    QSqlQuery check(db);
    QVERIFY(check.exec(QStringLiteral("SELECT qty, version FROM items WHERE id = 1")) && check.next());
    QCOMPARE(check.value(0).toInt(), 10);
    QCOMPARE(check.value(1).toInt(), 1);
    QVERIFY(check.exec(QStringLiteral("SELECT COUNT(*) FROM items WHERE name = 'caller'")) && check.next());
    QCOMPARE(check.value(0).toInt(), 1);
    check.finish();
    QVERIFY2(db.commit(), qPrintable(db.lastError().text()));
    QSqlQuery after(other);
    QVERIFY(after.exec(QStringLiteral("SELECT COUNT(*) FROM items WHERE name = 'caller'")) && after.next());
    QCOMPARE(after.value(0).toInt(), 1);
    QVERIFY(after.exec(QStringLiteral("SELECT qty FROM items WHERE id = 1")) && after.next());
    QCOMPARE(after.value(0).toInt(), 10);
    QVERIFY(after.exec(QStringLiteral("SELECT qty FROM items WHERE id = 2")) && after.next());
    QCOMPARE(after.value(0).toInt(), -2);
    QVERIFY(m->isDirty(m->index(0, col(*m, "qty"))));
}

void tst_RecordIdentity::callersRollbackUndoesModelWrites()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    QSqlDatabase db = tdb.db();
    auto m = openModel(db);
    QVERIFY(db.transaction());
    QVERIFY(setField(*m, 0, "qty", 101));
    QVERIFY(setField(*m, 1, "qty", 202));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QVERIFY2(db.rollback(), qPrintable(db.lastError().text()));
    QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("SELECT qty, version FROM items WHERE id IN (1, 2) ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 10);
    QCOMPARE(q.value(1).toInt(), 1);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 20);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
}

// ---------------------------------------------------------------------------------------------
// 4. QSqlTableModel::submitAll() through a base pointer.

void tst_RecordIdentity::baseSubmitAllKeepsVersionInStep_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("strategy");
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral("-manual"))) << b << int(QSqlTableModel::OnManualSubmit);
        QTest::newRow(qPrintable(b + QStringLiteral("-row"))) << b << int(QSqlTableModel::OnRowChange);
    }
}

void tst_RecordIdentity::baseSubmitAllKeepsVersionInStep()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(int, strategy);
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.db(), QSqlTableModel::EditStrategy(strategy));
    QSqlTableModel *base = m.get();
    QVERIFY(setField(*m, 1, "qty", 21));
    QVERIFY2(base->submitAll(), qPrintable(base->lastError().text()));
    QCOMPARE(value(tdb, "qty", 2).toInt(), 21);
    QCOMPARE(value(tdb, "version", 2).toInt(), 2);
    const int row = rowOfId(*m, 2);
    QVERIFY(row >= 0);
    QCOMPARE(m->rowVersion(row).toLongLong(), value(tdb, "version", 2).toLongLong());
    // The same row again, through the VersionedTableModel: no conflict with our own save.
    QVERIFY(setField(*m, row, "qty", 22));
    const bool saved = strategy == QSqlTableModel::OnRowChange ? m->submit() : m->submitAll();
    QVERIFY2(saved, qPrintable(m->lastError().text()));
    QCOMPARE(m->lastFailure(), Failure::None);
    QVERIFY(!m->hasConflict(row));
    QCOMPARE(value(tdb, "qty", 2).toInt(), 22);
    QCOMPARE(value(tdb, "version", 2).toInt(), 3);
    QCOMPARE(m->rowVersion(row).toInt(), 3);
}

// ---------------------------------------------------------------------------------------------
// 5. Slots that call select() while the model is saving.

void tst_RecordIdentity::selectInConflictSlotDuringSubmitAll_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("saveTheRest");
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral("-abortall"))) << b << false;
        QTest::newRow(qPrintable(b + QStringLiteral("-savetherest"))) << b << true;
    }
}

void tst_RecordIdentity::selectInConflictSlotDuringSubmitAll()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(bool, saveTheRest);
    QCOMPARE(makeItems(tdb, 300), QString());
    auto m = openModel(tdb.db());
    if (saveTheRest)
        m->setSubmitPolicy(VersionedTableModel::SubmitPolicy::SaveTheRest);
    int selects = 0;
    connect(m.get(), &VersionedTableModel::conflictDetected, m.get(),
            [&] { ++selects; QVERIFY(m->select()); }, Qt::DirectConnection);
    QVERIFY(setField(*m, 0, "qty", 1));
    QVERIFY(setField(*m, 1, "qty", 2));
    QVERIFY(setField(*m, 2, "qty", 3));
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET qty = -2, version = version + 1 WHERE id = 2")), QString());
    QVERIFY(!m->submitAll());
    QCOMPARE(selects, 1);
    QCOMPARE(value(tdb, "qty", 1).toInt(), saveTheRest ? 1 : 10);
    QCOMPARE(value(tdb, "qty", 3).toInt(), saveTheRest ? 3 : 30);
    QCOMPARE(value(tdb, "qty", 2).toInt(), -2);
    const QString ids = idsMatchTable(*m, tdb);
    QVERIFY2(ids.isEmpty(), qPrintable(ids));
    const QString rows = cleanRowsMatchTable(*m, tdb);
    QVERIFY2(rows.isEmpty(), qPrintable(rows));
}

void tst_RecordIdentity::selectInConflictSlotDuringMerge()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb, 300), QString());
    auto m = openModel(tdb.db());
    QVERIFY(setField(*m, 0, "qty", 1));
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET name = 'theirs', version = version + 1 WHERE id = 1")), QString());
    QVERIFY(!m->submitAll());
    QVERIFY(m->hasConflict(0));
    const auto merged = m->conflict(0).merge();
    QVERIFY(!merged.needsChoices());
    // A third writer saves before the merge does; the conflict slot re-selects at once.
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET qty = 77, version = version + 1 WHERE id = 1")), QString());
    int selects = 0;
    connect(m.get(), &VersionedTableModel::conflictDetected, m.get(),
            [&] { ++selects; QVERIFY(m->select()); }, Qt::DirectConnection);
    QVERIFY(!m->mergeRow(0, merged.values()));
    QCOMPARE(selects, 1);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 77);
    QCOMPARE(value(tdb, "version", 1).toInt(), 3);
    const QString ids = idsMatchTable(*m, tdb);
    QVERIFY2(ids.isEmpty(), qPrintable(ids));
    const QString rows = cleanRowsMatchTable(*m, tdb);
    QVERIFY2(rows.isEmpty(), qPrintable(rows));
}

void tst_RecordIdentity::selectInRowSavedSlotDuringSubmitAll()
{
    CONCORD_OPEN_TEST_DB(tdb);
    auto m = threeRowsEdited(tdb);
    QVERIFY(m);
    int selects = 0;
    connect(m.get(), &VersionedTableModel::rowSaved, m.get(),
            [&] { ++selects; QVERIFY(m->select()); }, Qt::DirectConnection);
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QVERIFY(selects >= 1);
    const QString saved = threeEditsSaved(*m, tdb);
    QVERIFY2(saved.isEmpty(), qPrintable(saved));
}

void tst_RecordIdentity::selectInDataChangedSlotDuringSubmitAll()
{
    CONCORD_OPEN_TEST_DB(tdb);
    auto m = threeRowsEdited(tdb);
    QVERIFY(m);
    int selects = 0;
    bool inSlot = false;
    connect(m.get(), &QAbstractItemModel::dataChanged, m.get(), [&] {
        if (inSlot)
            return;
        inSlot = true;
        ++selects;
        QVERIFY(m->select());
        inSlot = false;
    }, Qt::DirectConnection);
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QVERIFY(selects >= 1);
    const QString saved = threeEditsSaved(*m, tdb);
    QVERIFY2(saved.isEmpty(), qPrintable(saved));
}

void tst_RecordIdentity::reloadInBeforeUpdateSlotIsRefused()
{
    // While the batch runs, its rows must stay where they are: a slot on Qt's beforeUpdate that
    // reloads, reverts or inserts is told no, and the save goes on whole.
    CONCORD_OPEN_TEST_DB(tdb);
    auto m = threeRowsEdited(tdb);
    QVERIFY(m);
    int calls = 0;
    int accepted = 0;
    connect(m.get(), &QSqlTableModel::beforeUpdate, m.get(), [&] {
        ++calls;
        accepted += m->select() ? 1 : 0;
        accepted += m->insertRows(0, 1) ? 1 : 0;
        accepted += m->removeRows(10, 1) ? 1 : 0;
        m->revertAll();
    }, Qt::DirectConnection);
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(calls, 3);
    QCOMPARE(accepted, 0);
    QCOMPARE(m->rowCount(), 300);
    const QString saved = threeEditsSaved(*m, tdb);
    QVERIFY2(saved.isEmpty(), qPrintable(saved));
    // Once the save has ended, the same calls work again.
    QVERIFY(m->select());
}

// ---------------------------------------------------------------------------------------------
// 9. A select() that fails at run time.

void tst_RecordIdentity::failedSelectKeepsPreviousRows()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb, 3000), QString());
    auto m = openModel(tdb.db());
    QVERIFY(m->canFetchMore());
    const int before = m->rowCount();
    QList<qint64> shown;
    for (int r = 0; r < before; ++r)
        shown << idAt(*m, r).toLongLong();
    m->setFilter(QStringLiteral("no_such_column = 1"));
    QVERIFY(!m->select());
    QVERIFY(m->lastError().isValid());
    QCOMPARE(m->rowCount(), before);
    for (int r = 0; r < before; ++r)
        QCOMPARE(idAt(*m, r).toLongLong(), shown.at(r));
    QVERIFY2(fetchToEnd(*m), "fetchMore() makes no progress although canFetchMore() is true");
    QList<qint64> all;
    for (int r = 0; r < m->rowCount(); ++r)
        all << idAt(*m, r).toLongLong();
    QCOMPARE(firstRepeated(all), qint64(-1));
    m->setFilter(QString());
    QVERIFY2(m->select(), qPrintable(m->lastError().text()));
    const QString ids = idsMatchTable(*m, tdb);
    QVERIFY2(ids.isEmpty(), qPrintable(ids));
    QCOMPARE(m->rowCount(), 3000);
}

// ---------------------------------------------------------------------------------------------
// 10. Versions that cannot work.

void tst_RecordIdentity::nonIntegerVersionColumnIsRefused_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("type");
    for (const QString &b : TestDatabase::backends())
        for (const char *type : {"REAL", "NUMERIC", "TEXT"})
            QTest::newRow(qPrintable(b + QLatin1Char('-') + QLatin1String(type))) << b << QString::fromLatin1(type);
}

void tst_RecordIdentity::nonIntegerVersionColumnIsRefused()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(QString, type);
    const QString one = type == QLatin1String("TEXT") ? QStringLiteral("'1'") : QStringLiteral("1");
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE odd (id INTEGER PRIMARY KEY, name VARCHAR(20), "
                                         "version %1 NOT NULL DEFAULT %2)").arg(type, one),
                          QStringLiteral("INSERT INTO odd (id, name) VALUES (1, 'a')")}),
             QString());
    VersionedTableModel m(nullptr, tdb.db());
    m.setEditStrategy(QSqlTableModel::OnManualSubmit);
    m.setTable(QStringLiteral("odd"));
    QCOMPARE(m.lastFailure(), Failure::TableRefused);
    QVERIFY2(m.lastError().text().contains(QLatin1String("integer"), Qt::CaseInsensitive),
             qPrintable(m.lastError().text()));
    QVERIFY(!m.select());
    QCOMPARE(m.lastFailure(), Failure::TableRefused);
    QCOMPARE(m.rowCount(), 0);
}

void tst_RecordIdentity::versionAtMaximumFailsWithoutWriting()
{
    CONCORD_OPEN_TEST_DB(tdb);
    const QString big = tdb.isSqlite() ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT");
    QCOMPARE(tdb.execAll({QStringLiteral("DROP TABLE IF EXISTS items"),
                          QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(20), "
                                         "version %1 NOT NULL DEFAULT 1)").arg(big),
                          QStringLiteral("INSERT INTO items (id, name, version) VALUES (1, 'a', 9223372036854775807)"),
                          QStringLiteral("INSERT INTO items (id, name, version) VALUES (2, 'b', 1)")}),
             QString());
    auto m = openModel(tdb.db());
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->rowVersion(0).toLongLong(), std::numeric_limits<qint64>::max());
    QSignalSpy conflicts(m.get(), &VersionedTableModel::conflictDetected);
    QVERIFY(setField(*m, 0, "name", QStringLiteral("edited")));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::Database);
    QCOMPARE(conflicts.count(), 0);
    QVERIFY(!m->hasConflict(0));
    QVERIFY2(m->lastError().text().contains(QLatin1String("version"), Qt::CaseInsensitive),
             qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("a"));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT CAST(version AS TEXT) FROM items WHERE id = 1")).toString(),
             QStringLiteral("9223372036854775807"));
    QCOMPARE(m->data(m->index(0, col(*m, "name"))).toString(), QStringLiteral("edited"));
    QVERIFY(m->isDirty(m->index(0, col(*m, "name"))));
    QCOMPARE(m->rowVersion(0).toLongLong(), std::numeric_limits<qint64>::max());
}

// ---------------------------------------------------------------------------------------------
// 11. setFilter() is SQL as QSqlTableModel takes it: no placeholders.

void tst_RecordIdentity::questionMarkInFilterIsLiteral()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO items (name, qty) VALUES ('what?', 4)")), QString());
    auto m = openModel(tdb.db());
    QCOMPARE(m->rowCount(), 4);
    m->setFilter(QStringLiteral("name <> 'what?'"));
    QVERIFY2(m->select(), qPrintable(m->lastError().text()));
    QCOMPARE(m->rowCount(), 3);
    // With bound text-filter values after it, the literal must not take one of their places.
    m->setTextFilter(QStringLiteral("item 2"));
    QVERIFY2(m->select(), qPrintable(m->lastError().text()));
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(idAt(*m, 0).toInt(), 2);
    m->setFilter(QStringLiteral("name = 'what?'"));
    m->setTextFilter(QString());
    QVERIFY2(m->select(), qPrintable(m->lastError().text()));
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(idAt(*m, 0).toInt(), 4);
}

void tst_RecordIdentity::jsonbQuestionOperatorInFilter()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE things (id SERIAL PRIMARY KEY, name TEXT, attrs JSONB, "
                                         "version INTEGER NOT NULL DEFAULT 1)"),
                          QStringLiteral("INSERT INTO things (name, attrs) VALUES "
                                         "('red', '{\"color\": \"red\"}'), ('big', '{\"size\": 3}'), "
                                         "('blue', '{\"color\": \"blue\", \"size\": 1}')")}),
             QString());
    VersionedTableModel m(nullptr, tdb.db());
    m.setEditStrategy(QSqlTableModel::OnManualSubmit);
    m.setTable(QStringLiteral("things"));
    m.setSort(0, Qt::AscendingOrder);
    m.setFilter(QStringLiteral("attrs ? 'color'"));
    QVERIFY2(m.select(), qPrintable(m.lastError().text()));
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.data(m.index(0, 1)).toString(), QStringLiteral("red"));
    QCOMPARE(m.data(m.index(1, 1)).toString(), QStringLiteral("blue"));
}

// ---------------------------------------------------------------------------------------------
// 12. A text column compares as text.

void tst_RecordIdentity::textColumnComparesAsText()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("items"), {QStringLiteral("code TEXT")}), QString());
    QCOMPARE(tdb.execAll({QStringLiteral("INSERT INTO items (code) VALUES ('007')"),
                          QStringLiteral("INSERT INTO items (code) VALUES ('12 ')")}),
             QString());
    auto m = openModel(tdb.db());
    QCOMPARE(m->rowCount(), 2);
    QVERIFY(setField(*m, 0, "code", 7));
    QVERIFY(setField(*m, 1, "code", 12));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT code FROM items WHERE id = 1")).toString(), QStringLiteral("7"));
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT code FROM items WHERE id = 2")).toString(), QStringLiteral("12"));
    QCOMPARE(value(tdb, "version", 2).toInt(), 2);
    for (int r = 0; r < 2; ++r) {
        const int id = idAt(*m, r).toInt();
        QCOMPARE(m->data(m->index(r, col(*m, "code"))).toString(),
                 tdb.scalar(QStringLiteral("SELECT code FROM items WHERE id = %1").arg(id)).toString());
        QCOMPARE(m->rowVersion(r).toInt(), 2);
    }
}

// ---------------------------------------------------------------------------------------------
// 13. setTextFilter() folds case in every script, and its wildcards are literal.

void tst_RecordIdentity::textFilterFoldsCaseBeyondAscii()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("items"), {QStringLiteral("name VARCHAR(100)")}), QString());
    const QStringList names{QStringLiteral("MÜNCHEN"), QStringLiteral("München"), QStringLiteral("Munchen"),
                            QStringLiteral("ÑANDÚ"), QStringLiteral("nandu"), QStringLiteral("ÉLAN"),
                            QStringLiteral("elan"), QStringLiteral("100% sure"), QStringLiteral("1000 sure"),
                            QStringLiteral("a_b"), QStringLiteral("axb"), QStringLiteral("back\\slash"),
                            QStringLiteral("backslash")};
    QSqlQuery q(tdb.db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO items (name) VALUES (?)")));
    for (const QString &n : names) {
        q.addBindValue(n);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    auto m = openModel(tdb.db());
    const auto shown = [&m](const QString &text) {
        m->setTextFilter(text);
        QStringList found;
        if (!m->select())
            return QStringList{QStringLiteral("select failed: ") + m->lastError().text()};
        for (int r = 0; r < m->rowCount(); ++r)
            found << m->data(m->index(r, col(*m, "name"))).toString();
        return found;
    };
    QCOMPARE(shown(QStringLiteral("münchen")), QStringList({QStringLiteral("MÜNCHEN"), QStringLiteral("München")}));
    QCOMPARE(shown(QStringLiteral("MÜNCHEN")), QStringList({QStringLiteral("MÜNCHEN"), QStringLiteral("München")}));
    QCOMPARE(shown(QStringLiteral("ñandú")), QStringList({QStringLiteral("ÑANDÚ")}));
    QCOMPARE(shown(QStringLiteral("élan")), QStringList({QStringLiteral("ÉLAN")}));
    QCOMPARE(shown(QStringLiteral("0%")), QStringList({QStringLiteral("100% sure")}));
    QCOMPARE(shown(QStringLiteral("a_b")), QStringList({QStringLiteral("a_b")}));
    QCOMPARE(shown(QStringLiteral("k\\s")), QStringList({QStringLiteral("back\\slash")}));
    QCOMPARE(shown(QString()).size(), names.size());
}

// ---------------------------------------------------------------------------------------------
// 14. A failed select() says so, not that a change was refused.

void tst_RecordIdentity::selectErrorIsNotARefusedChange()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.db());
    m->setFilter(QStringLiteral("no_such_column = 1"));
    QVERIFY(!m->select());
    const QString text = m->lastError().text();
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(QLatin1String("refused the change"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("items")), qPrintable(text));
}

// ---------------------------------------------------------------------------------------------
// 18. QSqlTableModel behaviours that code written for it relies on.

void tst_RecordIdentity::immediateRemoveKeepsRowUntilSelect_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("strategy");
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + QStringLiteral("-row"))) << b << int(QSqlTableModel::OnRowChange);
        QTest::newRow(qPrintable(b + QStringLiteral("-field"))) << b << int(QSqlTableModel::OnFieldChange);
    }
}

void tst_RecordIdentity::immediateRemoveKeepsRowUntilSelect()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(int, strategy);
    QCOMPARE(makeItems(tdb, 5), QString());
    auto m = openModel(tdb.db(), QSqlTableModel::EditStrategy(strategy));
    QCOMPARE(m->rowCount(), 5);
    QVERIFY2(m->removeRows(1, 1), qPrintable(m->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 2")).toInt(), 0);
    QCOMPARE(m->rowCount(), 5);
    QCOMPARE(m->headerData(1, Qt::Vertical).toString(), QStringLiteral("!"));
    QCOMPARE(idAt(*m, 2).toInt(), 3);
    // Row 2 is still the record that was there: id 3, not a shifted one.
    QVERIFY2(m->removeRows(2, 1), qPrintable(m->lastError().text()));
    QCOMPARE(dbIds(tdb), QList<qint64>({1, 4, 5}));
    QCOMPARE(m->rowCount(), 5);
    QCOMPARE(m->headerData(2, Qt::Vertical).toString(), QStringLiteral("!"));
    QCOMPARE(idAt(*m, 3).toInt(), 4);
    // A row inserted and not saved yet leaves the model at once, the deleted ones stay.
    QVERIFY(m->insertRow(5));
    QCOMPARE(m->rowCount(), 6);
    QVERIFY(m->removeRow(5));
    QCOMPARE(m->rowCount(), 5);
    QCOMPARE(m->headerData(1, Qt::Vertical).toString(), QStringLiteral("!"));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 3);
    QVERIFY(m->select());
    QCOMPARE(m->rowCount(), 3);
    // and after a select() too.
    QVERIFY(m->insertRow(m->rowCount()));
    QCOMPARE(m->rowCount(), 4);
    QVERIFY(m->removeRow(3));
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 3);
    QCOMPARE(fetchAllIds(*m), QList<qint64>({1, 4, 5}));
}

void tst_RecordIdentity::selectRowSignalsOnlyRealChanges()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.db());
    QSignalSpy data(m.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy header(m.get(), &QAbstractItemModel::headerDataChanged);
    QVERIFY(m->selectRow(1));
    QCOMPARE(data.count(), 0);
    QCOMPARE(header.count(), 0);
    QCOMPARE(m->data(m->index(1, col(*m, "qty"))).toInt(), 20);
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET qty = 2222, version = version + 1 WHERE id = 2")), QString());
    QVERIFY(m->selectRow(1));
    QVERIFY(data.count() >= 1);
    bool covers = false;
    for (const QList<QVariant> &args : std::as_const(data)) {
        const auto tl = args.at(0).toModelIndex();
        const auto br = args.at(1).toModelIndex();
        covers = covers || (tl.row() <= 1 && br.row() >= 1 && tl.column() <= col(*m, "qty") && br.column() >= col(*m, "qty"));
    }
    QVERIFY(covers);
    QCOMPARE(m->data(m->index(1, col(*m, "qty"))).toInt(), 2222);
    QCOMPARE(m->rowVersion(1).toInt(), 2);
}

void tst_RecordIdentity::sqliteNullPrimaryKeyIsRefused()
{
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 1, name TEXT)"),
                          QStringLiteral("INSERT INTO t (id, name) VALUES ('a', 'keyed')"),
                          QStringLiteral("INSERT INTO t (id, name) VALUES (NULL, 'no key')")}),
             QString());
    VersionedTableModel m(nullptr, tdb.db());
    m.setEditStrategy(QSqlTableModel::OnManualSubmit);
    m.setTable(QStringLiteral("t"));
    QVERIFY(!m.select());
    QCOMPARE(m.lastFailure(), Failure::TableRefused);
    QVERIFY2(m.lastError().text().contains(QLatin1String("primary key")), qPrintable(m.lastError().text()));
    QCOMPARE(m.rowCount(), 0);
    // Once every row has its key the table opens.
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE t SET id = 'b' WHERE id IS NULL")), QString());
    QVERIFY2(m.select(), qPrintable(m.lastError().text()));
    QCOMPARE(m.rowCount(), 2);
}

void tst_RecordIdentity::refusedTableInsertsNothing()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.exec(QStringLiteral("CREATE TABLE plain (id INTEGER PRIMARY KEY, name VARCHAR(20))")), QString());
    VersionedTableModel m(nullptr, tdb.db());
    m.setEditStrategy(QSqlTableModel::OnManualSubmit);
    m.setVersionStrategy(concord::VersionStrategy::Client); // automatic would compare values
    m.setTable(QStringLiteral("plain"));
    QCOMPARE(m.lastFailure(), Failure::TableRefused);
    const QString refusal = m.lastError().text();
    QVERIFY(refusal.contains(QLatin1String("ALTER TABLE plain ADD COLUMN version")));
    // The model may refuse the insert itself; either way submitAll() fails and writes nothing.
    if (m.insertRow(0)) {
        m.setData(m.index(0, 0), 1);
        m.setData(m.index(0, 1), QStringLiteral("x"));
    }
    QVERIFY(!m.submitAll());
    QCOMPARE(m.lastFailure(), Failure::TableRefused);
    QCOMPARE(m.lastError().text(), refusal);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM plain")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_RecordIdentity)
#include "tst_recordidentity.moc"
