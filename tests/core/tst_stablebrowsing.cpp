// Browsing a big table while others write: every record shows once, none is lost; the read
// does not pin SQLite's WAL; the model works on the caller's own SQLite connection (attached
// databases, temporary tables), in rollback-journal mode and in memory.
#include "itemsfixture.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using concord::test::TestDatabase;
using namespace concord::test;

namespace {

constexpr int kRows = 3000;

// items (id, name, qty, grp, version) with `rows` rows; grp takes 5 values, many times each.
QString fillItems(const QSqlDatabase &db, bool sqlite, int rows)
{
    const QString id = sqlite ? QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT")
                              : QStringLiteral("id SERIAL PRIMARY KEY");
    QSqlQuery q(db);
    for (const QString &sql : {QStringLiteral("DROP TABLE IF EXISTS items"),
                               QStringLiteral("CREATE TABLE items (%1, name VARCHAR(100) NOT NULL, qty INTEGER, "
                                              "grp INTEGER, version INTEGER NOT NULL DEFAULT 1)").arg(id)}) {
        if (!q.exec(sql))
            return q.lastError().text() + QStringLiteral(" in: ") + sql;
    }
    return TestDatabase::insertSeries(db, QStringLiteral("items"),
                                      {QStringLiteral("name"), QStringLiteral("qty"), QStringLiteral("grp")},
                                      {QStringLiteral("'n' || x"), QStringLiteral("x"), QStringLiteral("x % 5")},
                                      rows);
}

QList<qint64> idsIn(const QSqlDatabase &db)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id FROM items ORDER BY id")))
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

// Fetches to the end; false when fetchMore() stops bringing rows while canFetchMore() is true.
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

QList<qint64> shownIds(const VersionedTableModel &m)
{
    QList<qint64> ids;
    const int c = m.fieldIndex(QStringLiteral("id"));
    for (int r = 0; r < m.rowCount(); ++r)
        ids << m.data(m.index(r, c)).toLongLong();
    return ids;
}

// Empty when no id is shown twice; else the first repeated ones.
QString repeatedIds(const QList<qint64> &ids)
{
    QSet<qint64> seen;
    QStringList twice;
    for (qint64 id : ids) {
        if (seen.contains(id) && twice.size() < 10)
            twice << QString::number(id);
        seen.insert(id);
    }
    return twice.isEmpty() ? QString() : QStringLiteral("shown twice: ") + twice.join(QLatin1Char(' '));
}

// Empty when every id of `expected` is shown; else the first missing ones.
QString missingIds(const QList<qint64> &shown, const QList<qint64> &expected)
{
    const QSet<qint64> have(shown.cbegin(), shown.cend());
    QStringList missing;
    int count = 0;
    for (qint64 id : expected) {
        if (!have.contains(id)) {
            ++count;
            if (missing.size() < 10)
                missing << QString::number(id);
        }
    }
    return missing.isEmpty() ? QString()
                             : QStringLiteral("%1 missing, e.g. %2").arg(count).arg(missing.join(QLatin1Char(' ')));
}

} // namespace

class tst_StableBrowsing : public QObject
{
    Q_OBJECT

private slots:
    void recordCountIsExactBeforeEveryPageIsRead_data() { TestDatabase::addBackendRows(); }
    void recordCountIsExactBeforeEveryPageIsRead();
    void browsingShowsEachRecordOnceWhileOthersWrite_data();
    void browsingShowsEachRecordOnceWhileOthersWrite();
    void halfFetchedGridDoesNotPinSqliteWal();
    void attachedDatabaseOnCallersConnection();
    void tempTableOnCallersConnection();
    void rollbackJournalAndMemoryShowEachRecordOnce_data();
    void rollbackJournalAndMemoryShowEachRecordOnce();
};

// ---------------------------------------------------------------------------------------------
// 2. Others insert, delete and update, the model saves and inserts, all while half-fetched.

void tst_StableBrowsing::browsingShowsEachRecordOnceWhileOthersWrite_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("sort");
    for (const QString &b : TestDatabase::backends())
        for (const char *sort : {"id", "grp-asc", "grp-desc"})
            QTest::newRow(qPrintable(b + QLatin1Char('-') + QLatin1String(sort))) << b << QString::fromLatin1(sort);
}

void tst_StableBrowsing::browsingShowsEachRecordOnceWhileOthersWrite()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(QString, sort);
    QCOMPARE(fillItems(tdb.db(), tdb.isSqlite(), kRows), QString());
    const QList<qint64> before = idsIn(tdb.db());
    QCOMPARE(before.size(), kRows);

    VersionedTableModel m(nullptr, tdb.db());
    m.setEditStrategy(QSqlTableModel::OnManualSubmit);
    m.setTable(QStringLiteral("items"));
    if (sort == QLatin1String("id"))
        m.setSort(m.fieldIndex(QStringLiteral("id")), Qt::AscendingOrder);
    else
        m.setSort(m.fieldIndex(QStringLiteral("grp")),
                  sort == QLatin1String("grp-asc") ? Qt::AscendingOrder : Qt::DescendingOrder);
    QVERIFY2(m.select(), qPrintable(m.lastError().text()));
    QVERIFY(m.canFetchMore());
    const int firstPage = m.rowCount();
    QVERIFY(firstPage > 50 && firstPage < kRows);
    const QList<qint64> fetched = shownIds(m);
    const QSet<qint64> fetchedSet(fetched.cbegin(), fetched.cend());
    QList<qint64> unfetched;
    for (qint64 id : before)
        if (!fetchedSet.contains(id))
            unfetched << id;
    QVERIFY(unfetched.size() > 100);

    // Another operator: new rows that sort before and after where the model is...
    QSqlDatabase other = tdb.open();
    QSqlQuery o(other);
    for (const QString &sql : {QStringLiteral("INSERT INTO items (id, name, qty, grp) VALUES (-1, 'other', 0, 0)"),
                               QStringLiteral("INSERT INTO items (id, name, qty, grp) VALUES (0, 'other', 0, 4)"),
                               QStringLiteral("INSERT INTO items (id, name, qty, grp) VALUES (5000, 'other', 0, 0)"),
                               QStringLiteral("INSERT INTO items (id, name, qty, grp) VALUES (5001, 'other', 0, 4)")})
        QVERIFY2(o.exec(sql), qPrintable(o.lastError().text()));
    // ...deletes rows already fetched and rows not fetched yet...
    const QList<qint64> deleted{fetched.at(3), fetched.at(firstPage / 2), unfetched.at(10),
                                unfetched.at(unfetched.size() - 10)};
    for (qint64 id : deleted)
        QVERIFY2(o.exec(QStringLiteral("DELETE FROM items WHERE id = %1").arg(id)), qPrintable(o.lastError().text()));
    // ...and updates rows, moving some across the sort order.
    const QList<qint64> moved{fetched.at(5), fetched.at(firstPage - 2), unfetched.at(20), unfetched.at(unfetched.size() / 2)};
    for (qint64 id : moved)
        QVERIFY2(o.exec(QStringLiteral("UPDATE items SET grp = (grp + 2) % 5, qty = -qty, version = version + 1 "
                                       "WHERE id = %1").arg(id)),
                 qPrintable(o.lastError().text()));
    QVERIFY(o.exec(QStringLiteral("UPDATE items SET qty = 4040, version = version + 1 WHERE id = %1").arg(unfetched.at(30))));
    o.finish();

    // The model saves a row of its own and inserts one.
    const int qtyCol = m.fieldIndex(QStringLiteral("qty"));
    const qint64 savedId = fetched.at(1);
    QVERIFY(m.setData(m.index(1, qtyCol), 4242));
    QVERIFY2(m.submitAll(), qPrintable(m.lastError().text()));
    QCOMPARE(value(tdb, "qty", int(savedId)).toInt(), 4242);
    QVERIFY(m.insertRows(0, 1));
    QVERIFY(m.setData(m.index(0, m.fieldIndex(QStringLiteral("name"))), QStringLiteral("mine")));
    QVERIFY(m.setData(m.index(0, m.fieldIndex(QStringLiteral("grp"))), 2));
    QVERIFY2(m.submitAll(), qPrintable(m.lastError().text()));
    const qint64 insertedId = m.data(m.index(0, m.fieldIndex(QStringLiteral("id")))).toLongLong();
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT name FROM items WHERE id = %1").arg(insertedId)).toString(),
             QStringLiteral("mine"));

    QVERIFY2(fetchToEnd(m), "fetchMore() makes no progress although canFetchMore() is true");
    const QList<qint64> shown = shownIds(m);
    const QString twice = repeatedIds(shown);
    QVERIFY2(twice.isEmpty(), qPrintable(twice));
    QList<qint64> expected;
    const QSet<qint64> gone(deleted.cbegin(), deleted.cend());
    for (qint64 id : before)
        if (!gone.contains(id))
            expected << id;
    expected << insertedId;
    const QString missing = missingIds(shown, expected);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    // The saved row shows what was saved.
    const int savedRow = int(shown.indexOf(savedId));
    QVERIFY(savedRow >= 0);
    QCOMPARE(m.data(m.index(savedRow, qtyCol)).toInt(), 4242);
}

// ---------------------------------------------------------------------------------------------
// 6. A half-fetched grid must not hold SQLite's WAL open for every later write.

void tst_StableBrowsing::halfFetchedGridDoesNotPinSqliteWal()
{
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(fillItems(tdb.db(), true, kRows), QString());
    QCOMPARE(tdb.scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower(), QStringLiteral("wal"));
    VersionedTableModel m(nullptr, tdb.db());
    m.setEditStrategy(QSqlTableModel::OnManualSubmit);
    m.setTable(QStringLiteral("items"));
    m.setSort(0, Qt::AscendingOrder);
    QVERIFY2(m.select(), qPrintable(m.lastError().text()));
    QVERIFY(m.canFetchMore());
    QVERIFY(m.rowCount() < kRows);

    QSqlDatabase other = tdb.open();
    QSqlQuery o(other);
    QVERIFY(o.exec(QStringLiteral("PRAGMA synchronous=OFF"))); // speed only: the WAL grows the same
    QVERIFY(o.prepare(QStringLiteral("UPDATE items SET qty = qty + 1, version = version + 1 WHERE id = ?")));
    for (int i = 0; i < 2 * kRows; ++i) {
        o.addBindValue(i % kRows + 1);
        QVERIFY2(o.exec(), qPrintable(o.lastError().text()));
    }
    o.finish();
    const qint64 wal = QFileInfo(tdb.spec().path() + QStringLiteral("-wal")).size();
    QVERIFY2(wal < 8 * 1024 * 1024, qPrintable(QStringLiteral("the WAL file holds %1 bytes").arg(wal)));

    QVERIFY2(fetchToEnd(m), "fetchMore() makes no progress although canFetchMore() is true");
    const QList<qint64> shown = shownIds(m);
    const QString twice = repeatedIds(shown);
    QVERIFY2(twice.isEmpty(), qPrintable(twice));
    const QString missing = missingIds(shown, idsIn(tdb.db()));
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QCOMPARE(shown.size(), kRows);
}

// ---------------------------------------------------------------------------------------------
// 7. What the caller set up on its own connection is what the model works on.

void tst_StableBrowsing::attachedDatabaseOnCallersConnection()
{
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(tdb.execAll({QStringLiteral("ATTACH DATABASE '%1' AS aux").arg(dir.filePath(QStringLiteral("aux.sqlite"))),
                          QStringLiteral("CREATE TABLE aux.extra (id INTEGER PRIMARY KEY, name TEXT, "
                                         "version INTEGER NOT NULL DEFAULT 1)"),
                          QStringLiteral("INSERT INTO aux.extra (id, name) VALUES (1, 'one'), (2, 'two')")}),
             QString());
    VersionedTableModel m(nullptr, tdb.db());
    m.setEditStrategy(QSqlTableModel::OnManualSubmit);
    m.setTable(QStringLiteral("aux.extra"));
    QCOMPARE(m.lastFailure(), VersionedTableModel::FailureKind::None);
    m.setSort(0, Qt::AscendingOrder);
    QVERIFY2(m.select(), qPrintable(m.lastError().text()));
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.data(m.index(1, m.fieldIndex(QStringLiteral("name")))).toString(), QStringLiteral("two"));
    QVERIFY(m.setData(m.index(1, m.fieldIndex(QStringLiteral("name"))), QStringLiteral("zwei")));
    QVERIFY2(m.submitAll(), qPrintable(m.lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT name FROM aux.extra WHERE id = 2")).toString(), QStringLiteral("zwei"));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT version FROM aux.extra WHERE id = 2")).toInt(), 2);
    QCOMPARE(m.rowVersion(1).toInt(), 2);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'extra'")).toInt(), 0);
}

void tst_StableBrowsing::tempTableOnCallersConnection()
{
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TEMP TABLE scratch (id INTEGER PRIMARY KEY, name TEXT, "
                                         "version INTEGER NOT NULL DEFAULT 1)"),
                          QStringLiteral("INSERT INTO scratch (id, name) VALUES (1, 'one'), (2, 'two')")}),
             QString());
    VersionedTableModel m(nullptr, tdb.db());
    m.setEditStrategy(QSqlTableModel::OnManualSubmit);
    m.setTable(QStringLiteral("scratch"));
    QCOMPARE(m.lastFailure(), VersionedTableModel::FailureKind::None);
    m.setSort(0, Qt::AscendingOrder);
    QVERIFY2(m.select(), qPrintable(m.lastError().text()));
    QCOMPARE(m.rowCount(), 2);
    QVERIFY(m.setData(m.index(0, m.fieldIndex(QStringLiteral("name"))), QStringLiteral("uno")));
    QVERIFY2(m.submitAll(), qPrintable(m.lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT name FROM scratch WHERE id = 1")).toString(), QStringLiteral("uno"));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT version FROM scratch WHERE id = 1")).toInt(), 2);
    QCOMPARE(m.rowVersion(0).toInt(), 2);
}

// ---------------------------------------------------------------------------------------------
// 8. Without WAL (rollback journal) and in memory there is no second reader to lean on.

void tst_StableBrowsing::rollbackJournalAndMemoryShowEachRecordOnce_data()
{
    QTest::addColumn<bool>("inMemory");
    QTest::newRow("journal-delete") << false;
    QTest::newRow("memory") << true;
}

void tst_StableBrowsing::rollbackJournalAndMemoryShowEachRecordOnce()
{
    QFETCH(bool, inMemory);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = QStringLiteral("tst_stablebrowsing_") + QLatin1String(QTest::currentDataTag());
    const auto removeConnection = qScopeGuard([name] { QSqlDatabase::removeDatabase(name); });
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(inMemory ? QStringLiteral(":memory:") : dir.filePath(QStringLiteral("plain.sqlite")));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    if (!inMemory) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next());
        QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("delete"));
    }
    q.finish();
    constexpr int rows = 1000;
    QCOMPARE(fillItems(db, true, rows), QString());
    {
        VersionedTableModel m(nullptr, db);
        m.setEditStrategy(QSqlTableModel::OnManualSubmit);
        m.setTable(QStringLiteral("items"));
        m.setSort(0, Qt::AscendingOrder);
        QVERIFY2(m.select(), qPrintable(m.lastError().text()));
        QVERIFY(m.canFetchMore());
        const int qtyCol = m.fieldIndex(QStringLiteral("qty"));
        const qint64 id10 = m.data(m.index(10, 0)).toLongLong();
        QVERIFY(m.setData(m.index(10, qtyCol), 4242));
        QVERIFY2(m.submitAll(), qPrintable(m.lastError().text()));
        QVERIFY2(fetchToEnd(m), "fetchMore() makes no progress although canFetchMore() is true");
        const QList<qint64> shown = shownIds(m);
        const QString twice = repeatedIds(shown);
        QVERIFY2(twice.isEmpty(), qPrintable(twice));
        const QString missing = missingIds(shown, idsIn(db));
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QCOMPARE(shown.size(), rows);
        QCOMPARE(m.data(m.index(10, qtyCol)).toInt(), 4242);
        QVERIFY(q.exec(QStringLiteral("SELECT qty, version FROM items WHERE id = %1").arg(id10)) && q.next());
        QCOMPARE(q.value(0).toInt(), 4242);
        QCOMPARE(q.value(1).toInt(), 2);
        q.finish();
    }
    q = QSqlQuery();
    db = QSqlDatabase();
}

void tst_StableBrowsing::recordCountIsExactBeforeEveryPageIsRead()
{
    // Issue 10, item 6: "Record 3 of 1,200", not "of 256+": the keys read at select() count.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(fillItems(tdb.db(), tdb.isSqlite(), 1200), QString());
    VersionedTableModel m(nullptr, tdb.db());
    m.setEditStrategy(QSqlTableModel::OnManualSubmit);
    m.setTable(QStringLiteral("items"));
    QVERIFY(m.select());
    QVERIFY(m.rowCount() < 1200);
    QVERIFY(m.canFetchMore());
    QCOMPARE(m.recordCount(), 1200);
    QVERIFY(m.insertRow(0));
    QCOMPARE(m.recordCount(), 1201); // an inserted row counts, as in rowCount()
    m.revertAll();
    m.setFilter(QStringLiteral("grp = 0"));
    QVERIFY(m.select());
    QCOMPARE(m.recordCount(), 240);
    while (m.canFetchMore())
        m.fetchMore();
    QCOMPARE(m.rowCount(), 240);
    QCOMPARE(m.recordCount(), 240);
}

QTEST_GUILESS_MAIN(tst_StableBrowsing)
#include "tst_stablebrowsing.moc"
