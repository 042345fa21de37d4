// No lost update under load (issue 9): K worker programs (concord_stressworker) run
// read-modify-write cycles through VersionedTableModel on the same few hot rows at once, and at
// the end the table must account for every committed cycle and for nothing else:
// - each row's `total` is the sum of the increments the workers committed to it;
// - each committed token ("WRITER.SEQ;") is in its row's `tokens` exactly once, and no token of
//   a refused attempt is anywhere;
// - each row's `ops` equals its number of tokens and its version minus one;
// - no save was refused while its row still held the version it was conditional on (a false
//   conflict, which each worker checks by re-reading the row's version after a refusal).
// It also requires conflicts to have happened, or the run proved nothing.
//
// The hot rows are four lanes of a table `stress`. Each lane's open row is the one with the
// lowest slot that has taken fewer than `cap` cycles; a full row drops out and the next slot
// becomes hot (a worker adds it when the lane has none left). That keeps every row short, so a
// long run measures saves and conflicts, not the copying of an ever-growing text.
//
// The suite's run takes 12 s per backend. A long run, on demand (PostgreSQL from pg_virtualenv):
//   pg_virtualenv -t build/tests/stress/tst_stress --ops 100000   # 100,000 cycles per backend
//   build/tests/stress/tst_stress --duration 600 noLostUpdateUnderLoad:sqlite   # 10 min, SQLite
//   pg_virtualenv -t build/tests/stress/tst_stress --ops 100000 noLostUpdateUnderLoad:psql
// (pg_virtualenv -t uses port 5432 unless PGPORT names a free one.)
// Further options: --workers K (4), --cap N (128). Each backend prints one line,
//   stress: backend=sqlite ops=… ops_per_s=… conflicts=… lost=… false_conflicts=…
#include "testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>
#include <memory>
#include <vector>

using concord::test::TestDatabase;

namespace {

struct StressOptions
{
    int workers = 4;
    int cap = 128;
    qint64 ops = 0;       // committed cycles in all, shared among the workers; 0: run by time
    qint64 duration = 12; // seconds

    // How long the workers may take. A run by count has no deadline of its own: it may take 20
    // cycles per second at the very least.
    qint64 limitMs() const { return 1000 * (ops > 0 ? 60 + ops / 20 : duration + 120); }
};

// What the workers say they committed, gathered per row.
struct Committed
{
    qint64 sum = 0;
    QSet<QString> tokens;
};

} // namespace

class tst_Stress : public QObject
{
    Q_OBJECT
public:
    explicit tst_Stress(const StressOptions &options) : m_options(options) {}

private slots:
    void noLostUpdateUnderLoad_data() { TestDatabase::addBackendRows(); }
    void noLostUpdateUnderLoad();

private:
    StressOptions m_options;
};

void tst_Stress::noLostUpdateUnderLoad()
{
    CONCORD_OPEN_TEST_DB(tdb);
    const int lanes = 4; // as in stressworker.cpp
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("stress"),
                                      {QStringLiteral("lane INTEGER NOT NULL"),
                                       QStringLiteral("slot INTEGER NOT NULL"),
                                       QStringLiteral("total BIGINT NOT NULL DEFAULT 0"),
                                       QStringLiteral("ops INTEGER NOT NULL DEFAULT 0"),
                                       QStringLiteral("tokens TEXT NOT NULL DEFAULT ''")}),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("CREATE UNIQUE INDEX stress_lane_slot ON stress (lane, slot)")),
             QString());
    // Two rows per lane to begin with; the workers add rows as lanes fill up. select() reads every
    // open row, so rows made ahead of time would only make each cycle read more.
    const int slotsPerLane = 2;
    QCOMPARE(tdb.insertSeries(QStringLiteral("stress"), {QStringLiteral("lane"), QStringLiteral("slot")},
                              {QStringLiteral("(x - 1) % %1").arg(lanes),
                               QStringLiteral("(x - 1) / %1 + 1").arg(lanes)},
                              slotsPerLane * lanes),
             QString());

    const QString database = tdb.isSqlite() ? tdb.spec().path() : tdb.spec().database();
    const quint64 seed = QRandomGenerator::global()->generate();
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int w = 0; w < m_options.workers; ++w) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 share = m_options.ops / m_options.workers + (w < m_options.ops % m_options.workers);
        // Half the workers save as a view does (OnRowChange, submit()), half with submitAll().
        p->start(QStringLiteral(CONCORD_STRESSWORKER),
                 {tdb.backend(), database, QString::number(w), QString::number(seed + w),
                  QString::number(m_options.cap), w % 2 ? QStringLiteral("row") : QStringLiteral("all"),
                  m_options.ops > 0 ? QStringLiteral("--ops") : QStringLiteral("--duration"),
                  QString::number(m_options.ops > 0 ? share : m_options.duration)});
        workers.push_back(std::move(p));
    }
    // Everybody connects and loads first; then they start together, so they meet from the start.
    for (auto &p : workers) {
        QVERIFY2(p->waitForStarted(30000), qPrintable(p->errorString()));
        while (!p->canReadLine())
            QVERIFY2(p->waitForReadyRead(60000), "a worker never said it was ready");
        QCOMPARE(p->readLine().trimmed(), QByteArray("ready"));
    }
    QElapsedTimer wall;
    wall.start();
    // Without an event loop QProcess sends what was written only while waiting on that process:
    // flush each one now, or the workers would start one after another as each is waited for.
    for (auto &p : workers)
        p->write("go\n");
    for (auto &p : workers)
        QVERIFY2(p->waitForBytesWritten(10000), "a worker could not be told to start");
    const qint64 limitMs = m_options.limitMs();
    for (auto &p : workers)
        QVERIFY2(p->waitForFinished(int(qMax<qint64>(1000, limitMs - wall.elapsed()))),
                 "a worker did not finish in time");
    const double seconds = wall.nsecsElapsed() / 1e9;

    qint64 ops = 0, conflicts = 0, falseConflicts = 0, locked = 0, attempts = 0, rowsAdded = 0;
    QHash<qlonglong, Committed> committed;
    QHash<QString, qlonglong> rowOfToken; // every committed token, and the row it went to
    QSet<int> writers;
    // A worker that stopped on an error still reports what it committed: the table is checked
    // and the line printed all the same, and the test fails below.
    QStringList workerFailures;
    for (auto &p : workers) {
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
            workerFailures << QStringLiteral("a worker ended with %1 (exit code %2)")
                                  .arg(p->exitStatus() == QProcess::NormalExit ? QStringLiteral("an error")
                                                                             : QStringLiteral("a crash"))
                                  .arg(p->exitCode());
        QJsonParseError parseError;
        const QJsonObject report = QJsonDocument::fromJson(p->readAllStandardOutput(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const int writer = report.value(QStringLiteral("writer")).toInt(-1);
        QVERIFY(writer >= 0 && !writers.contains(writer));
        writers.insert(writer);
        ops += report.value(QStringLiteral("ops")).toInteger();
        attempts += report.value(QStringLiteral("attempts")).toInteger();
        conflicts += report.value(QStringLiteral("conflicts")).toInteger();
        falseConflicts += report.value(QStringLiteral("false_conflicts")).toInteger();
        locked += report.value(QStringLiteral("locked")).toInteger();
        rowsAdded += report.value(QStringLiteral("lane_rows_added")).toInteger();
        const QJsonObject rows = report.value(QStringLiteral("rows")).toObject();
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            const qlonglong id = it.key().toLongLong();
            const QJsonObject tally = it.value().toObject();
            Committed &c = committed[id];
            c.sum += tally.value(QStringLiteral("sum")).toInteger();
            for (const QJsonValue seq : tally.value(QStringLiteral("seqs")).toArray()) {
                const QString token = QStringLiteral("%1.%2").arg(writer).arg(seq.toInteger());
                QVERIFY2(!rowOfToken.contains(token), qPrintable(token + QStringLiteral(" reported twice")));
                rowOfToken.insert(token, id);
                c.tokens.insert(token);
            }
        }
    }
    if (m_options.ops > 0)
        QCOMPARE(ops, m_options.ops);

    // The table against the reports. Each violation is listed; lost counts committed tokens the
    // table does not hold.
    QStringList violations;
    QSet<QString> seen;
    QSqlQuery q(tdb.db());
    q.setForwardOnly(true);
    QVERIFY2(q.exec(QStringLiteral("SELECT id, total, ops, version, tokens FROM stress")),
             qPrintable(q.lastError().text()));
    qint64 lost = 0;
    while (q.next()) {
        const qlonglong id = q.value(0).toLongLong();
        const qint64 total = q.value(1).toLongLong();
        const qint64 rowOps = q.value(2).toLongLong();
        const qint64 version = q.value(3).toLongLong();
        const QStringList tokens = q.value(4).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        const Committed c = committed.value(id);
        if (total != c.sum)
            violations << QStringLiteral("row %1: total %2, committed increments %3").arg(id).arg(total).arg(c.sum);
        if (rowOps != tokens.size() || version != rowOps + 1)
            violations << QStringLiteral("row %1: ops %2, %3 tokens, version %4")
                              .arg(id).arg(rowOps).arg(tokens.size()).arg(version);
        for (const QString &token : tokens) {
            if (seen.contains(token))
                violations << QStringLiteral("row %1: token %2 twice").arg(id).arg(token);
            seen.insert(token);
            if (!rowOfToken.contains(token))
                violations << QStringLiteral("row %1: token %2 of a refused attempt").arg(id).arg(token);
            else if (rowOfToken.value(token) != id)
                violations << QStringLiteral("row %1: token %2 was committed to row %3")
                                  .arg(id).arg(token).arg(rowOfToken.value(token));
        }
        for (const QString &token : c.tokens) {
            if (!tokens.contains(token)) {
                ++lost;
                if (lost <= 20)
                    violations << QStringLiteral("row %1: committed token %2 is missing").arg(id).arg(token);
            }
        }
        committed.remove(id);
    }
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        lost += it->tokens.size();
        violations << QStringLiteral("row %1 is gone with %2 committed cycles").arg(it.key()).arg(it->tokens.size());
    }

    std::printf("stress: backend=%s ops=%lld ops_per_s=%.1f conflicts=%lld lost=%lld false_conflicts=%lld\n",
                qPrintable(tdb.backend()), static_cast<long long>(ops), ops / seconds,
                static_cast<long long>(conflicts), static_cast<long long>(lost),
                static_cast<long long>(falseConflicts));
    std::printf("stress-detail: backend=%s workers=%d seconds=%.1f attempts=%lld locked_retries=%lld "
                "lane_rows_added=%lld seed=%llu\n",
                qPrintable(tdb.backend()), m_options.workers, seconds, static_cast<long long>(attempts),
                static_cast<long long>(locked), static_cast<long long>(rowsAdded),
                static_cast<unsigned long long>(seed));
    std::fflush(stdout);

    QVERIFY2(workerFailures.isEmpty(), qPrintable(workerFailures.join(QLatin1Char('\n'))));
    QVERIFY2(violations.isEmpty(), qPrintable(violations.mid(0, 40).join(QLatin1Char('\n'))));
    QCOMPARE(lost, 0);
    QCOMPARE(falseConflicts, 0);
    QVERIFY(ops > 0);
    // Without conflicts the retries, and the check that refused tokens stay out, were not exercised.
    QVERIFY2(conflicts > 0, "no save ever conflicted: the load did not exercise the version check");
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Our options come out of the arguments; the rest goes to QtTest (functions, data tags, -v2...).
    StressOptions options;
    QStringList testArgs;
    const QStringList args = app.arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        qint64 *target = a == QLatin1String("--ops") ? &options.ops
            : a == QLatin1String("--duration")        ? &options.duration
                                                      : nullptr;
        const bool small = a == QLatin1String("--workers") || a == QLatin1String("--cap");
        if (!target && !small) {
            testArgs << a;
            continue;
        }
        bool ok = false;
        const qint64 n = args.value(++i).toLongLong(&ok);
        if (!ok || n < 1) {
            std::fprintf(stderr, "%s needs a positive number\n", qPrintable(a));
            return 2;
        }
        if (target)
            *target = n;
        else if (a == QLatin1String("--workers"))
            options.workers = int(n);
        else
            options.cap = int(n);
        if (a == QLatin1String("--duration"))
            options.ops = 0;
    }
    // QtTest stops a test function after 5 minutes; a long run needs the workers' time and more.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(options.limitMs() + 120000));
    tst_Stress test(options);
    return QTest::qExec(&test, testArgs);
}

#include "tst_stress.moc"
