// Benchmark: one bulk save. Every row of a table of 1,000 and of 20,000 rows is edited in a
// VersionedTableModel under OnManualSubmit, and ONE submitAll() is timed. The baseline is the
// statement the model sends, by hand: a prepared conditional
//   UPDATE t SET qty = ?, version = version + 1 WHERE id = ? AND version = ?
// over the same rows in one transaction, each checked for exactly one affected row.
// A plain QSqlTableModel (no version check) is timed at 1,000 rows, for information only: its
// submitAll() is quadratic in the number of rows.
//
// Prints one summary line per backend,
//   bulk: backend=<sqlite|psql> rows=20000 versioned_over_raw=<x> per_row_20k_over_1k=<y>
// plus bulk-detail lines with the absolute figures. Targets (not asserted): x <= 3, y <= 1.5.
//
// The 20,000-row model save is bounded: it runs in a child process (this program with
// --child-save), which is stopped once its submitAll() has run for longer than the budget
// (60 s, or --budget=SECONDS, or CONCORD_BULK_BUDGET_S). The summary figures are then lower
// bounds, printed with a leading '>'. The child's set-up (load, fetch, edit) has a budget too.
// Not a pass/fail test: it fails only when a save fails for another reason.
#include "benchtable.h"
#include "testdatabase.h"

#include <concord/databaseconnector.h>
#include <concord/versionedtablemodel.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>

#include <algorithm>
#include <functional>
#include <utility>
#include <cstdio>
#include <optional>
#include <vector>

using concord::VersionedTableModel;
using concord::test::TestDatabase;

namespace {

constexpr int kSmall = 1000;
constexpr int kBig = 20000;
constexpr int kSmallRepeats = 5; // medians at 1,000 rows: each run is short and noisy

bool fill(TestDatabase &tdb, const QString &table, int rows)
{
    return concord::test::fillBenchTable(tdb, table, rows, QStringLiteral("x"));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The raw conditional UPDATE loop, in one transaction. ms, or nullopt on a failure.
std::optional<double> rawLoop(QSqlDatabase db, const QString &table, int round)
{
    std::vector<std::pair<int, int>> rows; // id, version: read before the clock starts
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, version FROM %1 ORDER BY id").arg(table))) {
            std::fprintf(stderr, "raw select: %s\n", qPrintable(q.lastError().text()));
            return std::nullopt;
        }
        while (q.next())
            rows.emplace_back(q.value(0).toInt(), q.value(1).toInt());
    }
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE %1 SET qty = ?, version = version + 1 "
                                       "WHERE id = ? AND version = ?").arg(table))) {
        std::fprintf(stderr, "raw prepare: %s\n", qPrintable(update.lastError().text()));
        return std::nullopt;
    }
    QElapsedTimer t;
    t.start();
    if (!db.transaction()) {
        std::fprintf(stderr, "raw begin: %s\n", qPrintable(db.lastError().text()));
        return std::nullopt;
    }
    for (const auto &[id, version] : rows) {
        update.addBindValue(id * 10 + round);
        update.addBindValue(id);
        update.addBindValue(version);
        if (!update.exec() || update.numRowsAffected() != 1) {
            std::fprintf(stderr, "raw update of id %d: %s (%d rows affected)\n", id,
                         qPrintable(update.lastError().text()), update.numRowsAffected());
            db.rollback();
            return std::nullopt;
        }
    }
    if (!db.commit()) {
        std::fprintf(stderr, "raw commit: %s\n", qPrintable(db.lastError().text()));
        return std::nullopt;
    }
    return t.nsecsElapsed() / 1e6;
}

struct ModelRun
{
    bool ok = false;
    bool overBudget = false;
    double ms = 0;         // the submitAll(); when over budget, how long it ran before it was stopped
    double firstRowMs = 0; // when the first row's UPDATE was about to be sent
    double lastRowMs = 0;  // when the last row's UPDATE was about to be sent
};

// Loads every row of `table` into `model`, sets qty on each (not timed), then times one submitAll().
template<typename Model>
bool loadAndEdit(Model &model, const QString &table, int rows, int round)
{
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    if (model.tableName() != table) {
        model.setTable(table);
        model.setSort(0, Qt::AscendingOrder);
    }
    if (!model.select()) {
        std::fprintf(stderr, "select %s: %s\n", qPrintable(table), qPrintable(model.lastError().text()));
        return false;
    }
    while (model.canFetchMore())
        model.fetchMore();
    if (model.rowCount() != rows) {
        std::fprintf(stderr, "%s: %d rows loaded, %d expected\n", qPrintable(table), model.rowCount(), rows);
        return false;
    }
    const int qty = model.fieldIndex(QStringLiteral("qty"));
    for (int r = 0; r < rows; ++r) {
        const QModelIndex idx = model.index(r, qty);
        if (!model.setData(idx, model.data(model.index(r, 0)).toInt() * 10 + round)) {
            std::fprintf(stderr, "setData row %d failed\n", r);
            return false;
        }
    }
    return true;
}

// `ready` is called once the rows are loaded and edited, just before the timed submitAll().
ModelRun versionedSave(VersionedTableModel &model, const QString &table, int rows, int round,
                       const std::function<void()> &ready = {})
{
    ModelRun run;
    if (!loadAndEdit(model, table, rows, round))
        return run;
    QElapsedTimer t;
    bool first = true;
    const auto probe = QObject::connect(&model, &QSqlTableModel::beforeUpdate, &model, [&](int, QSqlRecord &) {
        const double now = t.nsecsElapsed() / 1e6;
        if (std::exchange(first, false))
            run.firstRowMs = now;
        run.lastRowMs = now;
    });
    if (ready)
        ready();
    t.start();
    const bool saved = model.submitAll();
    run.ms = t.nsecsElapsed() / 1e6;
    QObject::disconnect(probe);
    if (!saved) {
        std::fprintf(stderr, "versioned submitAll on %s: %s\n", qPrintable(table),
                     qPrintable(model.lastError().text()));
        return run;
    }
    run.ok = true;
    return run;
}

// The child: one versioned save of `table`, reported on stdout as "ready" then "saved ...".
int childSave(const QStringList &args)
{
    const int at = args.indexOf(QStringLiteral("--child-save"));
    if (at < 0 || args.size() < at + 4)
        return 2;
    const concord::ConnectionSpec spec = concord::ConnectionSpec::fromStorageString(args.at(at + 1));
    const QString table = args.at(at + 2);
    const int rows = args.at(at + 3).toInt();
    const int round = args.size() > at + 4 ? args.at(at + 4).toInt() : 1;
    QSqlError err;
    QSqlDatabase db = concord::DatabaseConnector::open(spec, QStringLiteral("bulk-child"), &err);
    if (!db.isValid()) {
        std::fprintf(stderr, "child: %s\n", qPrintable(err.text()));
        return 1;
    }
    VersionedTableModel model(nullptr, db);
    const ModelRun run = versionedSave(model, table, rows, round, [] {
        std::printf("ready\n");
        std::fflush(stdout);
    });
    if (!run.ok)
        return 1;
    std::printf("saved ms=%.3f first=%.3f last=%.3f\n", run.ms, run.firstRowMs, run.lastRowMs);
    std::fflush(stdout);
    return 0;
}

// Runs childSave() in a child process and stops it when over budget.
ModelRun boundedVersionedSave(const TestDatabase &tdb, const QString &table, int rows, int round,
                              qint64 budgetMs)
{
    ModelRun run;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child-save"), tdb.spec().toStorageString(), table, QString::number(rows),
                 QString::number(round)});
    if (!child.waitForStarted()) {
        std::fprintf(stderr, "child: %s\n", qPrintable(child.errorString()));
        return run;
    }
    QByteArray out;
    const auto waitFor = [&](const QByteArray &what, qint64 ms) {
        QElapsedTimer w;
        w.start();
        while (!out.contains(what)) {
            const qint64 left = ms - w.elapsed();
            if (left <= 0 || child.state() == QProcess::NotRunning)
                return false;
            child.waitForReadyRead(int(std::min<qint64>(left, 1000)));
            out += child.readAllStandardOutput();
        }
        return true;
    };
    const auto stop = [&] {
        child.kill();
        child.waitForFinished();
    };
    // The set-up (select, fetch, setData on every row) is not timed, but bounded too.
    if (!waitFor("ready\n", std::max<qint64>(budgetMs, 60000))) {
        stop();
        std::fprintf(stderr, "child: not ready to save (%s)\n", out.constData());
        return run;
    }
    QElapsedTimer t;
    t.start();
    if (!waitFor("saved", budgetMs)) {
        run.ms = t.nsecsElapsed() / 1e6;
        if (child.state() == QProcess::NotRunning) {
            std::fprintf(stderr, "child failed (exit code %d)\n", child.exitCode());
            return run;
        }
        stop();
        run.ok = true;
        run.overBudget = true;
        return run;
    }
    child.waitForFinished(30000);
    out += child.readAllStandardOutput();
    const QList<QByteArray> words = out.mid(out.indexOf("saved")).trimmed().split(' ');
    for (const QByteArray &w : words) {
        if (w.startsWith("ms="))
            run.ms = w.mid(3).toDouble();
        else if (w.startsWith("first="))
            run.firstRowMs = w.mid(6).toDouble();
        else if (w.startsWith("last="))
            run.lastRowMs = w.mid(5).toDouble();
    }
    run.ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    return run;
}

std::optional<double> plainSave(QSqlTableModel &model, const QString &table, int rows, int round)
{
    if (!loadAndEdit(model, table, rows, round))
        return std::nullopt;
    QElapsedTimer t;
    t.start();
    if (!model.submitAll()) {
        std::fprintf(stderr, "QSqlTableModel submitAll on %s: %s\n", qPrintable(table),
                     qPrintable(model.lastError().text()));
        return std::nullopt;
    }
    return t.nsecsElapsed() / 1e6;
}

qint64 budgetMs(const QStringList &args)
{
    double seconds = 60;
    if (const QByteArray env = qgetenv("CONCORD_BULK_BUDGET_S"); !env.isEmpty())
        seconds = env.toDouble();
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--budget=")))
            seconds = a.mid(9).toDouble();
    return qint64(seconds * 1000);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--child-save")))
        return childSave(app.arguments());
    const qint64 budget = budgetMs(app.arguments());
    for (const QString &backend : TestDatabase::backends()) {
        TestDatabase tdb(backend);
        if (!tdb.isValid()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(backend), qPrintable(tdb.error()));
            return 1;
        }
        QSqlDatabase db = tdb.db();
        const QByteArray backendName = backend.toUtf8();
        const char *b = backendName.constData();
        if (!fill(tdb, QStringLiteral("raw_small"), kSmall) || !fill(tdb, QStringLiteral("model_small"), kSmall)
            || !fill(tdb, QStringLiteral("plain_small"), kSmall) || !fill(tdb, QStringLiteral("raw_big"), kBig)
            || !fill(tdb, QStringLiteral("model_big"), kBig))
            return 1;

        // 1,000 rows: the methods take turns, round by round; medians.
        std::vector<double> rawSmall, modelSmall, plainSmall;
        {
            // Scoped: a plain QSqlTableModel keeps its SELECT open, and on SQLite that pinned
            // snapshot would make the next writes on this connection fail once another one wrote.
            VersionedTableModel versioned(nullptr, db);
            QSqlTableModel plain(nullptr, db);
            for (int round = 1; round <= kSmallRepeats; ++round) {
                const auto raw = rawLoop(db, QStringLiteral("raw_small"), round);
                const ModelRun model = versionedSave(versioned, QStringLiteral("model_small"), kSmall, round);
                const auto p = plainSave(plain, QStringLiteral("plain_small"), kSmall, round);
                if (!raw || !model.ok || !p)
                    return 1;
                rawSmall.push_back(*raw);
                modelSmall.push_back(model.ms);
                plainSmall.push_back(*p);
            }
        }
        const double raw1k = median(rawSmall);
        const double model1k = median(modelSmall);
        const double plain1k = median(plainSmall);
        std::printf("bulk-detail: backend=%s rows=%d ms_per_submit versioned=%.1f raw_conditional=%.1f "
                    "qsqltablemodel=%.1f (medians of %d)\n",
                    b, kSmall, model1k, raw1k, plain1k, kSmallRepeats);
        std::fflush(stdout);

        // 20,000 rows: the methods take turns, three rounds, medians; each model save runs in a
        // child process of its own so that it can be stopped when over budget.
        std::vector<double> rawBig;
        std::vector<ModelRun> modelBig;
        for (int round = 1; round <= 3; ++round) {
            const auto raw = rawLoop(db, QStringLiteral("raw_big"), round);
            if (!raw)
                return 1;
            rawBig.push_back(*raw);
            const ModelRun run = boundedVersionedSave(tdb, QStringLiteral("model_big"), kBig, round, budget);
            if (!run.ok)
                return 1;
            modelBig.push_back(run);
            if (run.overBudget)
                break; // no point in waiting out the budget twice more
        }
        const double raw20k = median(rawBig);
        std::sort(modelBig.begin(), modelBig.end(),
                  [](const ModelRun &a, const ModelRun &b) { return a.ms < b.ms; });
        const ModelRun model = modelBig.at(modelBig.size() / 2);
        if (model.overBudget) {
            std::printf("bulk-detail: backend=%s rows=%d ms_per_submit versioned=over budget "
                        "(stopped after %.0f ms of submitAll()) raw_conditional=%.1f\n",
                        b, kBig, model.ms, raw20k);
            // The whole save would have taken longer than the time measured: lower bounds.
            std::printf("bulk: backend=%s rows=%d versioned_over_raw=>%.2f per_row_20k_over_1k=>%.2f\n",
                        b, kBig, model.ms / raw20k, (model.ms / kBig) / (model1k / kSmall));
        } else {
            std::printf("bulk-detail: backend=%s rows=%d ms_per_submit versioned=%.1f raw_conditional=%.1f "
                        "(medians of 3; versioned: first UPDATE at %.1f ms, last at %.1f ms)\n",
                        b, kBig, model.ms, raw20k, model.firstRowMs, model.lastRowMs);
            std::printf("bulk: backend=%s rows=%d versioned_over_raw=%.2f per_row_20k_over_1k=%.2f\n",
                        b, kBig, model.ms / raw20k, (model.ms / kBig) / (model1k / kSmall));
        }
        std::fflush(stdout);
    }
    return 0;
}
