// Benchmark: how soon a commit by ANOTHER PROCESS reaches a VersionedTableModel in this process
// (its recordChangedElsewhere() signal), and what an idle feed costs. Prints, per backend,
//   latency: backend=<sqlite|psql> median_ms=<x> p95_ms=<y>
//   idle: backend=<sqlite|psql> queries_per_min=<n>
// plus latency-detail lines: the spread, and the same commits timed at ChangeFeed's own signal
// (the part of the latency the feed takes; the rest is the model reading and applying the row).
// Targets (not asserted): psql median <= 50 ms; sqlite median <= poll interval + 50 ms; psql idle 0.
//
// The table is prepared the way an application's is, with TablePreparer::prepare() (on
// PostgreSQL that installs the notify trigger), and a live model (the default) is select()ed on
// it, holding all its rows. Each change is a real UPDATE of one of those rows that changes a
// value, cycling through the rows; the signal must name that row, and the model must then show
// the new value, or the run fails.
//
// How the time is taken: concord_sqlwriter --serve, a long-lived second process, runs each
// UPDATE in autocommit and answers with the system clock read just BEFORE it sent the statement;
// this process reads the same clock (std::chrono::system_clock, one machine) when the model's
// signal arrives. So each figure also holds the UPDATE's own execution and commit: an upper
// bound on commit-to-signal. Nothing else writes during the run.
//
// SQLite: the feed polls PRAGMA data_version at its default interval, and on a move the model
// re-reads the rows it holds, so a commit waits for the next poll. Real commits come at any
// moment of the poll cycle; to measure that and not the worst case, each commit is sent after a
// random delay in [0, interval) from the previous signal. One sample then costs one interval, so
// 8 databases, each with its own feed, timer and model, are measured side by side (25 samples
// each) to keep the run near 15 s.
// PostgreSQL: the notify trigger tells the feed the key, and the model reads that row; samples
// run back to back after 10 warm-ups.
//
// Idle: statements the feed runs while nothing changes, with the model subscribed. The model
// itself runs a statement only when the feed signals, so none while idle.
#include "benchtable.h"
#include "testdatabase.h"

#include <concord/changefeed.h>
#include <concord/tablepreparer.h>
#include <concord/versionedtablemodel.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
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
using concord::VersionedTableModel;
using concord::test::TestDatabase;

namespace {

constexpr int kSamples = 200;
constexpr int kSqliteDatabases = 8;
constexpr int kPsqlWarmups = 10;
constexpr int kRows = 20; // the rows each model holds; the UPDATEs cycle through them
constexpr int kIdleMs = 3000;
constexpr int kRunBudgetMs = 45000;

const QString kTable = QStringLiteral("items");

QString updateOf(int id)
{
    return QStringLiteral("UPDATE items SET qty = qty + 1, version = version + 1 WHERE id = %1").arg(id);
}

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

// The UPDATE in flight on one database.
struct Outstanding
{
    bool active = false;
    int id = 0;                     // the row it updates
    int qty = 0;                    // the value the model must show afterwards
    std::optional<qint64> sentNs;   // the writer's clock before the statement
    std::optional<qint64> feedNs;   // ours when ChangeFeed signalled
    std::optional<qint64> modelNs;  // ours when the model signalled
};

// One database under test: its table, its feed and the live model on it.
struct Subject
{
    std::unique_ptr<TestDatabase> tdb; // declared first: the model goes before the database
    std::unique_ptr<VersionedTableModel> model;
    ChangeFeed *feed = nullptr;
    int idColumn = -1;
    int qtyColumn = -1;
    std::vector<int> qty = std::vector<int>(kRows, 0); // what each row holds, by id - 1
    int sent = 0;
    Outstanding pending;
};

// kRows rows (qty 0), prepared by TablePreparer. The feed is taken (and `onFeed` connected)
// before the model subscribes, so the feed's own time is read before the model's slot runs.
bool openSubject(Subject &s, const QString &backend, const std::function<void(ChangeFeed *)> &onFeed)
{
    s.tdb = std::make_unique<TestDatabase>(backend);
    TestDatabase &tdb = *s.tdb;
    if (!tdb.isValid()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(backend), qPrintable(tdb.error()));
        return false;
    }
    if (!concord::test::fillBenchTable(tdb, kTable, kRows, QStringLiteral("0")))
        return false;
    const concord::TablePreparer::Report report = concord::TablePreparer::prepare(tdb.db(), kTable);
    if (!report.ok) {
        std::fprintf(stderr, "%s: prepare: %s\n", qPrintable(backend), qPrintable(report.error));
        return false;
    }
    if (!tdb.isSqlite() && !concord::TablePreparer::hasNotifyTrigger(tdb.db(), kTable)) {
        std::fprintf(stderr, "psql: prepare() installed no notify trigger\n");
        return false;
    }
    s.feed = ChangeFeed::forDatabase(tdb.db());
    if (!s.feed) {
        std::fprintf(stderr, "%s: no ChangeFeed\n", qPrintable(backend));
        return false;
    }
    onFeed(s.feed);
    s.model = std::make_unique<VersionedTableModel>(nullptr, tdb.db());
    // What a window shows: the editor's models refresh clean rows in place (by default a model
    // only marks them), and the latency measured is until the new value is on screen.
    s.model->setRefreshCleanRows(true);
    s.model->setTable(kTable);
    if (!s.model->select() || s.model->rowCount() != kRows || !s.model->liveUpdates()) {
        std::fprintf(stderr, "%s: the model holds %d of %d rows (live %d): %s\n", qPrintable(backend),
                     s.model->rowCount(), kRows, int(s.model->liveUpdates()),
                     qPrintable(s.model->lastError().text()));
        return false;
    }
    s.idColumn = s.model->fieldIndex(QStringLiteral("id"));
    s.qtyColumn = s.model->fieldIndex(QStringLiteral("qty"));
    return true;
}

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

void printLatency(const char *backend, const std::vector<double> &model, const std::vector<double> &feed,
                  int pollMs)
{
    std::printf("latency: backend=%s median_ms=%.2f p95_ms=%.2f\n", backend, percentile(model, 0.5),
                percentile(model, 0.95));
    std::printf("latency-detail: backend=%s signal=recordChangedElsewhere samples=%zu min_ms=%.2f "
                "max_ms=%.2f poll_ms=%d rows=%d\n",
                backend, model.size(), percentile(model, 0), percentile(model, 1), pollMs, kRows);
    std::printf("latency-detail: backend=%s signal=ChangeFeed median_ms=%.2f p95_ms=%.2f\n", backend,
                percentile(feed, 0.5), percentile(feed, 0.95));
    std::fflush(stdout);
}

// Statements `feed` runs per minute while nothing happens, with the model subscribed and
// receivers on both of the feed's signals.
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

// Measures kSamples commits, spread over `databases` databases of `backend`. SQLite sends each
// commit at a random moment of the poll cycle; PostgreSQL sends them back to back, after
// `warmups` unmeasured ones.
bool bench(const char *backend, int databases, int warmups)
{
    const QString name = QString::fromLatin1(backend);
    const bool sqlite = name == QLatin1String("sqlite");
    std::vector<Subject> subjects(databases);
    QObject context;
    QEventLoop loop;
    bool done = false;
    bool failed = false;
    auto fail = [&](const QString &why) {
        if (!failed)
            std::fprintf(stderr, "%s: %s\n", backend, qPrintable(why));
        failed = true;
        loop.quit();
    };

    QStringList names;
    for (int i = 0; i < databases; ++i) {
        Subject &s = subjects[i];
        const bool opened = openSubject(s, name, [&, i](ChangeFeed *feed) {
            auto heard = [&, i] {
                Outstanding &p = subjects[i].pending;
                if (p.active && !p.feedNs)
                    p.feedNs = nowNs();
            };
            if (sqlite) {
                QObject::connect(feed, &ChangeFeed::databaseChanged, &context, heard);
            } else {
                QObject::connect(feed, &ChangeFeed::recordChanged, &context, [heard](const RecordChange &c) {
                    if (c.origin() == RecordChange::Origin::OtherProcess)
                        heard();
                });
            }
        });
        if (!opened)
            return false;
        names << (sqlite ? s.tdb->spec().path() : s.tdb->spec().database());
    }
    const int pollMs = subjects.front().feed->pollInterval();
    Writer writer; // after the subjects: it closes its connections before the databases go
    if (!writer.start(name, names))
        return false;

    QRandomGenerator random(20261201); // the same delays on every run
    std::vector<double> modelMs;
    std::vector<double> feedMs;
    auto issue = [&](int i) {
        Subject &s = subjects[i];
        const int id = s.sent % kRows + 1;
        ++s.sent;
        s.pending = Outstanding{true, id, ++s.qty[id - 1], std::nullopt, std::nullopt, std::nullopt};
        writer.send(i, updateOf(id));
    };
    auto complete = [&](int i) {
        Subject &s = subjects[i];
        Outstanding &p = s.pending;
        if (failed || !p.sentNs || !p.modelNs)
            return;
        if (!p.feedNs)
            return fail(QStringLiteral("the model signalled before the feed did"));
        p.active = false;
        if (done) {
            // Draining the UPDATEs still in flight on other databases, so that idle is idle.
            if (std::none_of(subjects.begin(), subjects.end(),
                             [](const Subject &o) { return o.pending.active; }))
                loop.quit();
            return;
        }
        if (s.sent > warmups) {
            modelMs.push_back(double(*p.modelNs - *p.sentNs) / 1e6);
            feedMs.push_back(double(*p.feedNs - *p.sentNs) / 1e6);
        }
        if (int(modelMs.size()) >= kSamples) {
            done = true;
            loop.quit();
            return;
        }
        // SQLite: a random moment of the next poll cycle. Both: queued, so the next UPDATE is
        // not sent from inside the signal that reported this one.
        QTimer::singleShot(sqlite ? int(random.bounded(pollMs)) : 0, &context, [&, i] {
            if (!done && !failed)
                issue(i);
        });
    };
    for (int i = 0; i < databases; ++i) {
        VersionedTableModel *model = subjects[i].model.get();
        QObject::connect(model, &VersionedTableModel::recordChangedElsewhere, &context,
                         [&, i, model](int row, const RecordChange &change) {
            Subject &s = subjects[i];
            Outstanding &p = s.pending;
            const int id = model->index(row, s.idColumn).data().toInt();
            const int qty = model->index(row, s.qtyColumn).data().toInt();
            if (!p.active || p.modelNs || change.origin() != RecordChange::Origin::OtherProcess
                || id != p.id || qty != p.qty) {
                return fail(QStringLiteral("unexpected recordChangedElsewhere: row %1 (id %2, qty %3); "
                                           "expected id %4 qty %5, %6")
                                .arg(row).arg(id).arg(qty).arg(p.id).arg(p.qty)
                                .arg(p.active ? QStringLiteral("once") : QStringLiteral("none in flight")));
            }
            p.modelNs = nowNs();
            complete(i);
        });
    }
    QObject::connect(&writer.process, &QProcess::readyReadStandardOutput, &context, [&] {
        if (!readAnswers(writer, [&](int i, qint64 ns) {
                if (i >= 0 && i < databases && subjects[i].pending.active) {
                    subjects[i].pending.sentNs = ns;
                    complete(i);
                }
            }))
            fail(QStringLiteral("the writer failed"));
    });
    for (int i = 0; i < databases; ++i)
        QTimer::singleShot(sqlite ? int(random.bounded(pollMs)) : 0, &context, [&, i] { issue(i); });
    if (!runUntil(loop, done) || failed) {
        std::fprintf(stderr, "%s: %zu of %d samples before the %s\n", backend, modelMs.size(), kSamples,
                     failed ? "failure" : "budget ran out");
        return false;
    }
    if (std::any_of(subjects.begin(), subjects.end(), [](const Subject &o) { return o.pending.active; })) {
        QTimer::singleShot(5 * std::max(pollMs, 100), &loop, &QEventLoop::quit);
        loop.exec();
    }
    printLatency(backend, modelMs, feedMs, sqlite ? pollMs : 0);
    printIdle(backend, subjects.front().feed);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = bench("sqlite", kSqliteDatabases, 0);
    ok = bench("psql", 1, kPsqlWarmups) && ok;
    return ok ? 0 : 1;
}
