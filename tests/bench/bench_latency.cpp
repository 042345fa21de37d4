// Benchmark: how soon a commit by ANOTHER PROCESS reaches this process's ChangeFeed, and what
// an idle feed costs. Prints, per backend,
//   latency: backend=<sqlite|psql> median_ms=<x> p95_ms=<y>
//   idle: backend=<sqlite|psql> queries_per_min=<n>
// plus latency-detail lines. Targets (not asserted): psql median <= 50 ms; sqlite median <=
// poll interval + 50 ms; psql idle 0.
//
// How the time is taken: concord_sqlwriter --serve, a long-lived second process, runs each
// UPDATE in autocommit and answers with the system clock read just BEFORE it sent the statement;
// this process reads the same clock (std::chrono::system_clock, one machine) when the feed's
// signal arrives. So each figure also holds the UPDATE's own execution and commit: an upper
// bound on commit-to-signal. Nothing else writes during the run.
//
// SQLite: the feed polls PRAGMA data_version at its default interval, so a commit waits for the
// next poll. Real commits come at any moment of the poll cycle; to measure that and not the worst
// case, each commit is sent after a random delay in [0, interval) from the previous signal. One
// sample then costs one interval, so 8 databases, each with its own feed and timer, are measured
// side by side (25 samples each) to keep the run near 15 s.
// PostgreSQL: the UPDATE fires a notify trigger written as TablePreparer's contract says
// (payload format in core/src/changefeed.cpp); samples run back to back after 10 warm-ups.
#include "testdatabase.h"

#include <concord/changefeed.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using concord::ChangeFeed;
using concord::RecordChange;
using concord::test::TestDatabase;

namespace {

constexpr int kSamples = 200;
constexpr int kSqliteDatabases = 8;
constexpr int kPsqlWarmups = 10;
constexpr int kIdleMs = 3000;
constexpr int kRunBudgetMs = 45000;

const QString kUpdate = QStringLiteral("UPDATE items SET qty = qty + 1, version = version + 1 WHERE id = 1");

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5));
    return v[i];
}

// One row to update; on PostgreSQL also the notify trigger.
bool prepareTable(TestDatabase &tdb)
{
    QString e = tdb.createVersionedTable(QStringLiteral("items"), {QStringLiteral("qty INTEGER")});
    if (e.isEmpty())
        e = tdb.exec(QStringLiteral("INSERT INTO items (qty) VALUES (0)"));
    if (e.isEmpty() && !tdb.isSqlite()) {
        e = tdb.execAll({
            QStringLiteral(
                "CREATE FUNCTION bench_notify() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                "BEGIN\n"
                "  PERFORM pg_notify('concord_changes', json_build_object("
                "    't', TG_TABLE_NAME, 's', TG_TABLE_SCHEMA, 'k', json_build_array(NEW.id),"
                "    'v', NEW.version, 'd', false, 'by', session_user,"
                "    'at', to_json(clock_timestamp()::timestamp), 'p', pg_backend_pid())::text);\n"
                "  RETURN NULL;\n"
                "END $$"),
            QStringLiteral("CREATE TRIGGER bench_notify AFTER UPDATE ON items "
                           "FOR EACH ROW EXECUTE FUNCTION bench_notify()"),
        });
    }
    if (!e.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(e));
    return e.isEmpty();
}

// The second process, serving one connection per database.
class Writer
{
public:
    bool start(const QString &backend, const QStringList &databases)
    {
        const QString program = QStringLiteral(CONCORD_SQLWRITER);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(program, QStringList{QStringLiteral("--serve"), backend} + databases);
        if (!process.waitForStarted(10000)) {
            std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(program),
                         qPrintable(process.errorString()));
            return false;
        }
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(30000)) {
                std::fprintf(stderr, "concord_sqlwriter never became ready\n");
                return false;
            }
        }
        return process.readLine().trimmed() == "ready";
    }
    void send(int database, const QString &sql)
    {
        process.write(QByteArray::number(database) + ' ' + sql.toUtf8() + '\n');
    }
    ~Writer()
    {
        process.closeWriteChannel();
        if (!process.waitForFinished(10000))
            process.kill();
    }
    QProcess process;
};

struct Outstanding
{
    bool active = false;
    std::optional<qint64> sentNs;   // the writer's clock before the statement
    std::optional<qint64> heardNs;  // ours when the signal came
};

// Runs `loop` until `done` or the budget is spent; false when the budget ran out.
bool runUntil(QEventLoop &loop, const bool &done)
{
    QTimer budget;
    budget.setSingleShot(true);
    QObject::connect(&budget, &QTimer::timeout, &loop, &QEventLoop::quit);
    budget.start(kRunBudgetMs);
    if (!done)
        loop.exec();
    return done;
}

// Reads the writer's answers; calls `ack(database, ns)` for each "ok" line. False on an error line.
bool readAnswers(Writer &writer, const std::function<void(int, qint64)> &ack)
{
    while (writer.process.canReadLine()) {
        const QList<QByteArray> parts = writer.process.readLine().trimmed().split(' ');
        if (parts.size() < 3 || parts[0] != "ok") {
            std::fprintf(stderr, "writer: %s\n", parts.join(' ').constData());
            return false;
        }
        ack(parts[1].toInt(), parts[2].toLongLong());
    }
    return true;
}

void printLatency(const char *backend, const std::vector<double> &ms, int pollMs)
{
    std::printf("latency: backend=%s median_ms=%.2f p95_ms=%.2f\n", backend, percentile(ms, 0.5),
                percentile(ms, 0.95));
    std::printf("latency-detail: backend=%s samples=%zu min_ms=%.2f max_ms=%.2f poll_ms=%d\n", backend,
                ms.size(), percentile(ms, 0), percentile(ms, 1), pollMs);
    std::fflush(stdout);
}

// Statements `feed` runs per minute while nothing happens, with receivers on both signals.
void printIdle(const char *backend, ChangeFeed *feed)
{
    QObject receiver;
    QObject::connect(feed, &ChangeFeed::databaseChanged, &receiver, [] {});
    QObject::connect(feed, &ChangeFeed::recordChanged, &receiver, [](const RecordChange &) {});
    const quint64 before = feed->queryCount();
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer::singleShot(kIdleMs, &loop, &QEventLoop::quit); // let the feed's own timers run
    loop.exec();
    const double perMin = double(feed->queryCount() - before) * 60000.0 / double(t.elapsed());
    std::printf("idle: backend=%s queries_per_min=%.0f\n", backend, perMin);
    std::fflush(stdout);
}

bool benchSqlite()
{
    std::vector<std::unique_ptr<TestDatabase>> dbs;
    QStringList paths;
    std::vector<ChangeFeed *> feeds;
    for (int i = 0; i < kSqliteDatabases; ++i) {
        dbs.push_back(std::make_unique<TestDatabase>(QStringLiteral("sqlite")));
        if (!dbs.back()->isValid() || !prepareTable(*dbs.back())) {
            std::fprintf(stderr, "sqlite: %s\n", qPrintable(dbs.back()->error()));
            return false;
        }
        paths << dbs.back()->spec().path();
        feeds.push_back(ChangeFeed::forDatabase(dbs.back()->db()));
    }
    const int pollMs = feeds.front()->pollInterval();
    Writer writer;
    if (!writer.start(QStringLiteral("sqlite"), paths))
        return false;

    QEventLoop loop;
    QObject context;
    QRandomGenerator random(20261201); // the same delays on every run
    std::vector<Outstanding> pending(kSqliteDatabases);
    std::vector<double> ms;
    bool done = false;
    bool failed = false;
    auto issue = [&](int i) {
        pending[i] = Outstanding{true, std::nullopt, std::nullopt};
        writer.send(i, kUpdate);
    };
    auto complete = [&](int i) {
        Outstanding &p = pending[i];
        if (done || !p.sentNs || !p.heardNs)
            return;
        ms.push_back(double(*p.heardNs - *p.sentNs) / 1e6);
        p.active = false;
        if (int(ms.size()) >= kSamples) {
            done = true;
            loop.quit();
            return;
        }
        // A random moment of the next poll cycle.
        QTimer::singleShot(int(random.bounded(pollMs)), &context, [&, i] {
            if (!done)
                issue(i);
        });
    };
    for (int i = 0; i < kSqliteDatabases; ++i) {
        QObject::connect(feeds[i], &ChangeFeed::databaseChanged, &context, [&, i] {
            if (pending[i].active && !pending[i].heardNs) {
                pending[i].heardNs = nowNs();
                complete(i);
            }
        });
    }
    QObject::connect(&writer.process, &QProcess::readyReadStandardOutput, &context, [&] {
        if (!readAnswers(writer, [&](int i, qint64 ns) {
                if (i >= 0 && i < kSqliteDatabases && pending[i].active) {
                    pending[i].sentNs = ns;
                    complete(i);
                }
            })) {
            failed = true;
            loop.quit();
        }
    });
    for (int i = 0; i < kSqliteDatabases; ++i)
        QTimer::singleShot(int(random.bounded(pollMs)), &context, [&, i] { issue(i); });
    if (!runUntil(loop, done) || failed) {
        std::fprintf(stderr, "sqlite: %zu of %d samples before the budget ran out\n", ms.size(), kSamples);
        return false;
    }
    printLatency("sqlite", ms, pollMs);
    printIdle("sqlite", feeds.front());
    return true;
}

bool benchPsql()
{
    TestDatabase tdb(QStringLiteral("psql"));
    if (!tdb.isValid() || !prepareTable(tdb)) {
        std::fprintf(stderr, "psql: %s\n", qPrintable(tdb.error()));
        return false;
    }
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    Writer writer;
    if (!writer.start(QStringLiteral("psql"), {tdb.spec().database()}))
        return false;

    QEventLoop loop;
    QObject context;
    Outstanding pending;
    std::vector<double> ms;
    int sent = 0;
    bool done = false;
    bool failed = false;
    auto issue = [&] {
        pending = Outstanding{true, std::nullopt, std::nullopt};
        ++sent;
        writer.send(0, kUpdate);
    };
    auto complete = [&] {
        if (done || !pending.sentNs || !pending.heardNs)
            return;
        if (sent > kPsqlWarmups)
            ms.push_back(double(*pending.heardNs - *pending.sentNs) / 1e6);
        pending.active = false;
        if (int(ms.size()) >= kSamples) {
            done = true;
            loop.quit();
            return;
        }
        // Queued: the next UPDATE is not sent from inside the signal that reported this one.
        QTimer::singleShot(0, &context, issue);
    };
    QObject::connect(feed, &ChangeFeed::recordChanged, &context, [&](const RecordChange &c) {
        if (pending.active && !pending.heardNs && c.origin() == RecordChange::Origin::OtherProcess) {
            pending.heardNs = nowNs();
            complete();
        }
    });
    QObject::connect(&writer.process, &QProcess::readyReadStandardOutput, &context, [&] {
        if (!readAnswers(writer, [&](int, qint64 ns) {
                if (pending.active) {
                    pending.sentNs = ns;
                    complete();
                }
            })) {
            failed = true;
            loop.quit();
        }
    });
    issue();
    if (!runUntil(loop, done) || failed) {
        std::fprintf(stderr, "psql: %zu of %d samples before the budget ran out\n", ms.size(), kSamples);
        return false;
    }
    printLatency("psql", ms, 0);
    printIdle("psql", feed);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = benchSqlite();
    ok = benchPsql() && ok;
    return ok ? 0 : 1;
}
