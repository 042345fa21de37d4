// Faults: a restarted, unreachable or cut-off PostgreSQL server, a client killed inside its
// transaction, a read-only database, a full disk and an answer lost after COMMIT. Each ends
// with a plain message, the edits still in the model, nothing half-written, and a retry that
// works once the fault is gone, without reopening anything by hand.
//
// PostgreSQL here is a cluster of the test's own, in a network namespace of its own (the test
// runs as root): it can be restarted, cut off with a blackhole qdisc on the namespace's own
// loopback and reached through a TcpRelay, and none of that touches anything else on the machine.
// The PG* variables point at it, so TestDatabase's psql rows and concord_sqlwriter use it too.
// A locked SQLite database (past the busy timeout) is covered by
// tst_VersionedTableModel::lockedRowGivesUpAndKeepsEdits and tst_DatabaseConnector.
#include "itemsfixture.h"
#include "privatecluster.h"
#include "tcprelay.h"

#include <concord/databaseconnector.h>
#include <concord/tablepreparer.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>

using namespace concord;
using namespace concord::test;
using Failure = VersionedTableModel::FailureKind;

namespace {

constexpr quint16 clusterPort = 55490;
constexpr quint16 relayPort = 55491;

bool run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

// Every packet on the namespace's loopback is dropped, silently, as a dead network would.
bool blackhole(bool on)
{
    return on ? run(QStringLiteral("tc"), {QStringLiteral("qdisc"), QStringLiteral("add"), QStringLiteral("dev"),
                                           QStringLiteral("lo"), QStringLiteral("root"), QStringLiteral("blackhole")})
              : run(QStringLiteral("tc"), {QStringLiteral("qdisc"), QStringLiteral("del"), QStringLiteral("dev"),
                                           QStringLiteral("lo"), QStringLiteral("root")});
}

bool immutable(const QString &path, bool on)
{
    return run(QStringLiteral("chattr"), {on ? QStringLiteral("+i") : QStringLiteral("-i"), path});
}

// The model's own connection to the test database, through the relay.
QSqlDatabase openThroughRelay(const TestDatabase &tdb)
{
    QSqlError error;
    QSqlDatabase db = DatabaseConnector::open(
        ConnectionSpec::postgres(QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=postgres")
                                     .arg(relayPort)
                                     .arg(tdb.spec().database())),
        {}, &error);
    if (!db.isValid())
        qWarning() << "cannot open through the relay:" << error.text();
    return db;
}

// Another operator's write, from the relay's thread while the model waits for its answer.
std::function<void()> otherWriter(const QString &database, const QString &sql)
{
    return [database, sql] {
        const QString name = DatabaseConnector::uniqueName(QStringLiteral("other"));
        {
            QSqlDatabase db = DatabaseConnector::open(
                ConnectionSpec::postgres(QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=postgres")
                                             .arg(clusterPort)
                                             .arg(database)),
                name);
            QSqlQuery query(db);
            if (!query.exec(sql))
                qWarning() << "the other writer failed:" << query.lastError().text();
        }
        DatabaseConnector::close(name);
    };
}

} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    // 1. The server restarts.
    void selectAfterServerRestartReconnects();
    void saveAfterServerRestartKeepsEditsThenSaves();
    void serverRestartDuringSaveKeepsEditsThenSaves();
    // 2. The server becomes unreachable.
    void unreachableServerFailsWithinSeconds();
    // 3. A client is killed inside its transaction.
    void killedClientInTransactionLetsOthersSave_data() { TestDatabase::addBackendRows(); }
    void killedClientInTransactionLetsOthersSave();
    // 5. Read-only.
    void readOnlyDatabaseKeepsEditsThenSaves_data() { TestDatabase::addBackendRows(); }
    void readOnlyDatabaseKeepsEditsThenSaves();
    void readOnlyFolderSaysSoAtOpen();
    // 6. The disk is full.
    void fullDiskKeepsEditsThenSaves();
    // 7. The answer to a save is lost.
    void lostAnswerOfAppliedUpdateIsSuccess();
    void lostUpdateThatNeverArrivedKeepsEdits();
    void lostUpdateMeetingAnotherWriterIsConflict();
    void lostAnswerWhileServerStaysAwayIsSettledNextSave();
    void lostAnswerOfBatchCommitIsSuccess();
    void lostBatchCommitThatNeverArrivedKeepsEdits();
    // 8. Live notice while the server is away.
    void liveNoticeSaysWhileTheServerIsAwayThenResumes();

private:
    std::unique_ptr<PrivateCluster> m_cluster;
    std::unique_ptr<TcpRelay> m_relay;
};

void tst_Faults::initTestCase()
{
    // Only this (main) thread moves; the relay's thread and every child process start from it.
    QVERIFY2(unshare(CLONE_NEWNET) == 0,
             "needs root: the faults test runs its server in a network namespace of its own");
    QVERIFY(run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                                       QStringLiteral("up")}));
    m_cluster = std::make_unique<PrivateCluster>(clusterPort);
    QVERIFY2(m_cluster->create(), qPrintable(m_cluster->error()));
    qputenv("PGHOST", "127.0.0.1");
    qputenv("PGPORT", QByteArray::number(clusterPort));
    qputenv("PGUSER", "postgres");
    qputenv("PGDATABASE", "postgres");
    qunsetenv("PGPASSWORD");
    m_relay = std::make_unique<TcpRelay>(relayPort, clusterPort);
    QVERIFY(m_relay->isListening());
}

void tst_Faults::cleanupTestCase()
{
    m_relay.reset();
    m_cluster.reset();
}

void tst_Faults::selectAfterServerRestartReconnects()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    QSqlDatabase db = tdb.open();
    auto m = openModel(db);
    QCOMPARE(m->rowCount(), 3);
    QVERIFY2(m_cluster->restart(), qPrintable(m_cluster->error()));
    QVERIFY(tdb.db().isOpen());
    // A read is repeated once on a new session: the restart goes unnoticed.
    QVERIFY2(m->select(), qPrintable(m->lastError().text()));
    QCOMPARE(m->rowCount(), 3);
    QVERIFY(setField(*m, 0, "qty", 11));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    DatabaseConnector::reopen(tdb.db()); // the suite's own connection died too
    QCOMPARE(value(tdb, "qty", 1).toInt(), 11);
}

void tst_Faults::saveAfterServerRestartKeepsEditsThenSaves()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.open());
    // One row: its statement meets the dead session. It says so, keeps the edit, writes nothing.
    QVERIFY(setField(*m, 0, "qty", 12));
    QVERIFY2(m_cluster->restart(), qPrintable(m_cluster->error()));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::Database);
    QVERIFY2(m->lastError().text().contains(QLatin1String("connection to the database was lost")),
             qPrintable(m->lastError().text()));
    QVERIFY(m->isDirty(m->index(0, col(*m, "qty"))));
    QVERIFY(DatabaseConnector::reopen(tdb.db()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    // The next save opens the connection again and goes through.
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QVERIFY(!m->isDirty());
    QCOMPARE(value(tdb, "qty", 1).toInt(), 12);
    QCOMPARE(m->rowVersion(0).toInt(), 2);

    // A batch finds the session gone before it sends anything: it reopens and saves at once.
    QVERIFY(setField(*m, 0, "qty", 13));
    QVERIFY(setField(*m, 1, "qty", 23));
    QVERIFY2(m_cluster->restart(), qPrintable(m_cluster->error()));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QVERIFY(!m->isDirty());
    QVERIFY(DatabaseConnector::reopen(tdb.db()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 13);
    QCOMPARE(value(tdb, "qty", 2).toInt(), 23);
    QCOMPARE(m->rowVersion(0).toInt(), 3);
}

void tst_Faults::serverRestartDuringSaveKeepsEditsThenSaves()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    // A trigger that sleeps holds the save in the middle of its UPDATE; a helper restarts the
    // server as soon as it sees the save sleeping there (a fast shutdown interrupts the sleep).
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE FUNCTION slow_save() RETURNS trigger AS $$ BEGIN "
                                         "PERFORM pg_sleep(60); RETURN NEW; END $$ LANGUAGE plpgsql"),
                          QStringLiteral("CREATE TRIGGER slow_save BEFORE UPDATE ON items FOR EACH ROW "
                                         "EXECUTE FUNCTION slow_save()")}),
             QString());
    auto m = openModel(tdb.open());
    QVERIFY(setField(*m, 0, "qty", 13));
    QProcess helper;
    helper.setProcessChannelMode(QProcess::MergedChannels);
    helper.start(QStringLiteral("bash"),
                 {QStringLiteral("-c"),
                  QStringLiteral("for i in $(seq 600); do [ \"$(%1/psql -XtAc \"SELECT count(*) FROM "
                                 "pg_stat_activity WHERE wait_event = 'PgSleep'\")\" = 1 ] && exec %2; "
                                 "sleep 0.05; done; echo the save never slept; exit 1")
                      .arg(PrivateCluster::binDir(), m_cluster->restartCommand())});
    QVERIFY(helper.waitForStarted());
    const bool saved = m->submitAll();
    // Whatever happened, the helper ends by itself: never stop it halfway through a restart.
    QVERIFY(helper.waitForFinished(90000));
    QVERIFY2(helper.exitCode() == 0, helper.readAll().constData());
    QVERIFY(!saved);
    QCOMPARE(m->lastFailure(), Failure::Database);
    QVERIFY2(m->lastError().text().contains(QLatin1String("connection to the database was lost")),
             qPrintable(m->lastError().text()));
    qInfo() << "restart during the save:" << m->lastError().text();
    QVERIFY(m->isDirty(m->index(0, col(*m, "qty"))));
    QVERIFY(DatabaseConnector::reopen(tdb.db()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    QCOMPARE(tdb.exec(QStringLiteral("DROP TRIGGER slow_save ON items")), QString());
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 13);
}

void tst_Faults::unreachableServerFailsWithinSeconds()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.open());
    QVERIFY(setField(*m, 0, "qty", 14));
    bool dark = false; // never leave the namespace's loopback dropping everything
    auto lift = qScopeGuard([&dark] {
        if (dark)
            blackhole(false);
    });
    dark = blackhole(true);
    QVERIFY(dark);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!m->submitAll());
    const qint64 ms = timer.elapsed();
    qInfo("a save to an unreachable server failed after %lld ms: %s", ms, qPrintable(m->lastError().text()));
    QCOMPARE(m->lastFailure(), Failure::Database);
    QVERIFY2(m->lastError().text().contains(QLatin1String("connection to the database was lost")),
             qPrintable(m->lastError().text()));
    QVERIFY(m->isDirty(m->index(0, col(*m, "qty"))));
    // Not the goal (10 s, printed above), only proof that it does not hang for minutes.
    QVERIFY2(ms < 60000, "the save hung");
    // Still unreachable: the next save fails as fast, at connect_timeout.
    timer.restart();
    QVERIFY(!m->submitAll());
    qInfo("the next save, still unreachable, failed after %lld ms: %s", timer.elapsed(),
          qPrintable(m->lastError().text()));
    QVERIFY(m->isDirty());
    QVERIFY(blackhole(false));
    dark = false;
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QVERIFY(DatabaseConnector::reopen(tdb.db()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 14);
    QCOMPARE(m->rowVersion(0).toInt(), 2);

    // Now the UPDATE is prepared: the line goes while it runs, so whether it was applied cannot
    // be told (the reopen that would tell times out too). It says so, and keeps the edit.
    QVERIFY(setField(*m, 0, "qty", 24));
    dark = blackhole(true);
    QVERIFY(dark);
    timer.restart();
    QVERIFY(!m->submitAll());
    qInfo("a prepared save to an unreachable server failed after %lld ms: %s", timer.elapsed(),
          qPrintable(m->lastError().text()));
    QVERIFY2(m->lastError().text().contains(QLatin1String("is not known")), qPrintable(m->lastError().text()));
    QCOMPARE(m->data(m->index(0, col(*m, "qty"))).toInt(), 24);
    QVERIFY(m->isDirty());
    QVERIFY(blackhole(false));
    dark = false;
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QVERIFY(DatabaseConnector::reopen(tdb.db())); // keepalives ended the suite's idle session
    QCOMPARE(value(tdb, "qty", 1).toInt(), 24);
    QCOMPARE(m->rowVersion(0).toInt(), 3);
}

void tst_Faults::killedClientInTransactionLetsOthersSave()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(tdb.open());
    QProcess writer;
    writer.start(QStringLiteral(CONCORD_SQLWRITER),
                 {QStringLiteral("--serve"), tdb.backend(),
                  tdb.isSqlite() ? tdb.spec().path() : tdb.spec().database()});
    QVERIFY(writer.waitForStarted());
    auto answer = [&writer] {
        while (!writer.canReadLine())
            if (!writer.waitForReadyRead(30000))
                return QByteArray("timeout");
        return writer.readLine().trimmed();
    };
    QCOMPARE(answer(), QByteArray("ready"));
    // SQLite: a cache of a few pages makes the transaction spill its pages into the -wal file
    // before it commits, so that recovery has uncommitted frames to throw away.
    if (tdb.isSqlite()) {
        writer.write("0 PRAGMA cache_size = 5\n");
        QVERIFY(answer().startsWith("ok"));
    }
    const QFileInfo wal(tdb.spec().path() + QStringLiteral("-wal"));
    const qint64 walBefore = tdb.isSqlite() ? wal.size() : 0;
    writer.write("0 BEGIN\n");
    QVERIFY(answer().startsWith("ok"));
    writer.write("0 UPDATE items SET qty = 99, version = version + 1 WHERE id = 1\n");
    QVERIFY(answer().startsWith("ok"));
    writer.write(tdb.isSqlite() ? "0 CREATE TABLE spill AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                                  "SELECT x + 1 FROM c WHERE x < 100000) SELECT x FROM c\n"
                                : "0 CREATE TABLE spill AS SELECT generate_series(1, 100000) AS x\n");
    QVERIFY(answer().startsWith("ok"));
    if (tdb.isSqlite())
        QVERIFY2(QFileInfo(wal.filePath()).size() > walBefore, "the transaction wrote no frames");
    // It holds the row (SQLite: the write lock) in an open transaction, and dies there.
    writer.kill();
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    // Its change died with it: others read the old row, and save over it.
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    QVERIFY2(!tdb.db().tables().contains(QStringLiteral("spill")), "its table outlived it");
    QVERIFY(setField(*m, 0, "qty", 15));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 15);
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
    if (tdb.isSqlite())
        QCOMPARE(tdb.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void tst_Faults::readOnlyDatabaseKeepsEditsThenSaves()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    QSqlDatabase db;
    const QString file = tdb.isSqlite() ? tdb.spec().path() : QString();
    auto writable = qScopeGuard([file] {
        if (!file.isEmpty())
            immutable(file, false);
    });
    if (tdb.isSqlite()) {
        // Root ignores permissions, not the immutable flag: the file cannot be opened for
        // writing, and SQLite opens it read-only.
        QVERIFY(immutable(file, true));
        db = tdb.open();
    } else {
        db = tdb.open();
        QSqlQuery(db).exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    }
    auto m = openModel(db);
    QCOMPARE(m->rowCount(), 3);
    QVERIFY(setField(*m, 0, "qty", 16));
    QVERIFY(setField(*m, 1, "qty", 26));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::Database);
    const QString expected = tdb.isSqlite() ? QStringLiteral("The database file is read-only")
                                            : QStringLiteral("read-only");
    QVERIFY2(m->lastError().text().contains(expected), qPrintable(m->lastError().text()));
    QVERIFY2(m->lastError().text().contains(QLatin1String("edits are kept")), qPrintable(m->lastError().text()));
    QCOMPARE(m->data(m->index(0, col(*m, "qty"))).toInt(), 16);
    QVERIFY(m->isDirty(m->index(1, col(*m, "qty"))));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    // Writable again: the same model saves (SQLite reopens the file for writing by itself).
    if (tdb.isSqlite()) {
        QVERIFY(immutable(file, false));
    } else {
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE")));
    }
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 16);
    QCOMPARE(value(tdb, "qty", 2).toInt(), 26);
}

void tst_Faults::readOnlyFolderSaysSoAtOpen()
{
    // With every connection closed SQLite has removed the -wal and -shm files; in a folder that
    // takes no new files it cannot make them again, not even to read.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ConnectionSpec spec = ConnectionSpec::sqlite(dir.filePath(QStringLiteral("shop.sqlite")));
    {
        QSqlError error;
        QSqlDatabase db = DatabaseConnector::open(spec, QStringLiteral("faults-folder"), &error);
        QVERIFY2(db.isValid(), qPrintable(error.text()));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)")));
    }
    DatabaseConnector::close(QStringLiteral("faults-folder"));
    QVERIFY(immutable(dir.path(), true));
    auto writable = qScopeGuard([&dir] { immutable(dir.path(), false); });
    QSqlError error;
    QVERIFY(!DatabaseConnector::open(spec, QStringLiteral("faults-folder"), &error).isValid());
    QVERIFY2(error.text().contains(QLatin1String("that holds the database is read-only")), qPrintable(error.text()));
    QVERIFY(immutable(dir.path(), false));
    QVERIFY2(DatabaseConnector::open(spec, QStringLiteral("faults-folder"), &error).isValid(),
             qPrintable(error.text()));
    DatabaseConnector::close(QStringLiteral("faults-folder"));
}

void tst_Faults::fullDiskKeepsEditsThenSaves()
{
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    QSqlDatabase db = tdb.open();
    auto m = openModel(db);
    // A database that may not grow stands in for a full disk: SQLite says SQLITE_FULL either way.
    QSqlQuery pages(db);
    QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
    const int full = pages.value(0).toInt();
    pages.finish();
    QVERIFY(pages.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(full)));
    const QString big(20000, QLatin1Char('x'));
    QVERIFY(setField(*m, 0, "qty", 17));
    QVERIFY(setField(*m, 1, "name", big));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::Database);
    QVERIFY2(m->lastError().text().contains(QLatin1String("disk that holds the database is full")), qPrintable(m->lastError().text()));
    QVERIFY2(m->lastError().text().contains(QLatin1String("edits are kept")), qPrintable(m->lastError().text()));
    // Nothing half-written: not even the row that fitted.
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    QCOMPARE(value(tdb, "name", 2).toString(), QStringLiteral("item 2"));
    QCOMPARE(m->data(m->index(1, col(*m, "name"))).toString(), big);
    QVERIFY(m->isDirty(m->index(0, col(*m, "qty"))));
    QVERIFY(pages.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 17);
    QCOMPARE(value(tdb, "name", 2).toString(), big);
}

void tst_Faults::lostAnswerOfAppliedUpdateIsSuccess()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(openThroughRelay(tdb));
    QCOMPARE(m->rowCount(), 3);
    // One row, autocommitted: the UPDATE runs and commits, and its answer never arrives.
    QVERIFY(setField(*m, 0, "name", QStringLiteral("lost-answer-1")));
    const int cuts = m_relay->cuts();
    m_relay->arm("lost-answer-1", TcpRelay::Cut::AfterAnswer);
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(m_relay->cuts(), cuts + 1);
    // Seen as mine at the next version: saved and clean, not a conflict with myself.
    QCOMPARE(m->lastFailure(), Failure::None);
    QVERIFY(!m->isDirty());
    QCOMPARE(m->rowVersion(0).toInt(), 2);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("lost-answer-1"));
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
    QVERIFY(setField(*m, 0, "qty", 18));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "version", 1).toInt(), 3);
}

void tst_Faults::lostUpdateThatNeverArrivedKeepsEdits()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(openThroughRelay(tdb));
    QVERIFY(setField(*m, 0, "name", QStringLiteral("lost-request-1")));
    m_relay->arm("lost-request-1", TcpRelay::Cut::BeforeServer);
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::Database);
    QVERIFY2(m->lastError().text().contains(QLatin1String("Nothing was saved")), qPrintable(m->lastError().text()));
    QVERIFY(m->isDirty(m->index(0, col(*m, "name"))));
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("item 1"));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("lost-request-1"));
    QCOMPARE(m->rowVersion(0).toInt(), 2);
}

void tst_Faults::lostUpdateMeetingAnotherWriterIsConflict()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(openThroughRelay(tdb));
    QVERIFY(setField(*m, 0, "name", QStringLiteral("lost-request-2")));
    // The line goes before the UPDATE reaches the server, and someone else saves the row then.
    m_relay->arm("lost-request-2", TcpRelay::Cut::BeforeServer,
                 otherWriter(tdb.spec().database(),
                             QStringLiteral("UPDATE items SET name = 'theirs', version = version + 1 WHERE id = 1")));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ChangedByOthers);
    QVERIFY(m->hasConflict(0));
    QCOMPARE(m->conflict(0).theirs().value(QStringLiteral("name")).toString(), QStringLiteral("theirs"));
    QCOMPARE(m->data(m->index(0, col(*m, "name"))).toString(), QStringLiteral("lost-request-2"));
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("theirs"));
}

void tst_Faults::lostAnswerWhileServerStaysAwayIsSettledNextSave()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(openThroughRelay(tdb));
    QVERIFY(setField(*m, 0, "name", QStringLiteral("lost-away-1")));
    // The UPDATE commits, its answer is lost, and the server stays away for the reopen that
    // would tell: not known, the edits are kept.
    TcpRelay *relay = m_relay.get();
    m_relay->arm("lost-away-1", TcpRelay::Cut::AfterAnswer, [relay] { relay->setRefusing(true); });
    auto back = qScopeGuard([relay] { relay->setRefusing(false); });
    QVERIFY(!m->submitAll());
    QVERIFY2(m->lastError().text().contains(QLatin1String("is not known")), qPrintable(m->lastError().text()));
    QVERIFY(m->isDirty(m->index(0, col(*m, "name"))));
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("lost-away-1"));
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
    // Back again, the next save meets the row at version 2: it is my own save, not a conflict,
    // and what I edited since goes on top of it.
    m_relay->setRefusing(false);
    QVERIFY(setField(*m, 0, "qty", 21));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(m->lastFailure(), Failure::None);
    QVERIFY(!m->hasConflict(0));
    QVERIFY(!m->isDirty());
    QCOMPARE(m->rowVersion(0).toInt(), 3);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("lost-away-1"));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 21);
    QCOMPARE(value(tdb, "version", 1).toInt(), 3);
}

void tst_Faults::lostAnswerOfBatchCommitIsSuccess()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(openThroughRelay(tdb));
    QVERIFY(setField(*m, 0, "qty", 19));
    QVERIFY(setField(*m, 2, "name", QStringLiteral("batch-3")));
    m_relay->arm("COMMIT", TcpRelay::Cut::AfterAnswer);
    const int cuts = m_relay->cuts();
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(m_relay->cuts(), cuts + 1);
    QVERIFY(!m->isDirty());
    QCOMPARE(m->rowVersion(0).toInt(), 2);
    QCOMPARE(m->rowVersion(2).toInt(), 2);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 19);
    QCOMPARE(value(tdb, "name", 3).toString(), QStringLiteral("batch-3"));
    QVERIFY(setField(*m, 2, "qty", 39));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
}

void tst_Faults::lostBatchCommitThatNeverArrivedKeepsEdits()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    auto m = openModel(openThroughRelay(tdb));
    QVERIFY(setField(*m, 0, "qty", 20));
    QVERIFY(setField(*m, 2, "name", QStringLiteral("batch-3b")));
    // The session ends before COMMIT arrives: the server rolls the batch back.
    m_relay->arm("COMMIT", TcpRelay::Cut::BeforeServer);
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::Database);
    QVERIFY2(m->lastError().text().contains(QLatin1String("Nothing was saved")), qPrintable(m->lastError().text()));
    QVERIFY(m->isDirty(m->index(0, col(*m, "qty"))));
    QCOMPARE(m->data(m->index(2, col(*m, "name"))).toString(), QStringLiteral("batch-3b"));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    QCOMPARE(value(tdb, "name", 3).toString(), QStringLiteral("item 3"));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 20);
    QCOMPARE(value(tdb, "name", 3).toString(), QStringLiteral("batch-3b"));
}

void tst_Faults::liveNoticeSaysWhileTheServerIsAwayThenResumes()
{
    // A window that nobody saves from: the feed itself notices the lost session (no query),
    // says so for as long as the server stays away, reopens the session once it is back, and
    // re-reads what it shows, since what was committed meanwhile was never announced.
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    const auto report = TablePreparer::prepare(tdb.db(), QStringLiteral("items"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QSqlDatabase bobDb = openThroughRelay(tdb);
    QVERIFY(bobDb.isOpen());
    auto bob = openLiveModel(bobDb);
    QCOMPARE(bob->liveNotice(), VersionedTableModel::LiveNotice::Active);
    QSignalSpy notices(bob.get(), &VersionedTableModel::liveNoticeChanged);
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);

    m_relay->setRefusing(true);
    auto refusing = qScopeGuard([this] { m_relay->setRefusing(false); });
    QVERIFY2(m_cluster->restart(), qPrintable(m_cluster->error()));
    QTRY_COMPARE_WITH_TIMEOUT(bob->liveNotice(), VersionedTableModel::LiveNotice::Unavailable, 5000);
    QVERIFY(!bob->liveNoticeReason().isEmpty());
    // It stays so while the server cannot be reached, through the feed's attempts to reopen.
    QVERIFY(!notices.wait(2500));
    QCOMPARE(bob->liveNotice(), VersionedTableModel::LiveNotice::Unavailable);

    // Another program writes while the window hears nothing.
    QVERIFY(DatabaseConnector::reopen(tdb.db()));
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET name = 'meanwhile', version = version + 1 "
                                     "WHERE id = 2")),
             QString());
    m_relay->setRefusing(false);
    QTRY_COMPARE_WITH_TIMEOUT(bob->liveNotice(), VersionedTableModel::LiveNotice::Active, 20000);
    QVERIFY(bob->liveNoticeReason().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty() && told.last().at(0).toInt() == 1, 5000);

    // And it hears the next change as it happens.
    told.clear();
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET name = 'after', version = version + 1 "
                                     "WHERE id = 3")),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty() && told.last().at(0).toInt() == 2, 5000);
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
