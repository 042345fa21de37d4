// Benchmark: the cost of saving one edited row, on tables of 1,000 and 1,000,000 rows, three ways:
// VersionedTableModel, a plain QSqlTableModel, and a raw prepared UPDATE (the baseline).
// Prints ms per save and one summary line per backend. Not a pass/fail test: it fails only when
// a save fails. Both models use OnRowChange (QSqlTableModel's default) and save with submit().
#include "benchtable.h"
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlTableModel>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using concord::VersionedTableModel;
using concord::test::TestDatabase;

namespace {

constexpr int kWarmup = 20;
constexpr int kSaves = 200;

bool fill(TestDatabase &tdb, const QString &table, int rows)
{
    return concord::test::fillBenchTable(tdb, table, rows, QStringLiteral("x % 100"));
}

// Median ms of one save per method. The methods take turns save by save, so that the disk's
// and the server's slow moments (fsync, checkpoints) fall on all of them alike.
std::vector<double> timeSaves(const std::vector<std::function<bool(int)>> &methods, bool *ok)
{
    std::vector<std::vector<double>> ms(methods.size());
    for (int i = 0; i < kWarmup + kSaves; ++i) {
        for (size_t m = 0; m < methods.size(); ++m) {
            QElapsedTimer t;
            t.start();
            if (!methods[m](i)) {
                *ok = false;
                return std::vector<double>(methods.size(), 0.0);
            }
            if (i >= kWarmup)
                ms[m].push_back(t.nsecsElapsed() / 1e6);
        }
    }
    std::vector<double> medians;
    for (auto &v : ms) {
        std::sort(v.begin(), v.end());
        medians.push_back(v[v.size() / 2]);
    }
    return medians;
}

struct Times
{
    double versioned = 0;
    double plain = 0;
    double raw = 0;
    double rawConditional = 0; // the same statement the model sends, by hand: the floor
};

Times measure(TestDatabase &tdb, const QString &table, bool *ok)
{
    Times times;
    QSqlDatabase db = tdb.db();
    // Each method edits its own 60 rows (all within the first fetched batch of 256), so that
    // one method's saves never make another's held versions stale.
    const int rows = 60;

    VersionedTableModel versioned(nullptr, db);
    versioned.setTable(table);
    versioned.setSort(0, Qt::AscendingOrder);
    if (!versioned.select()) {
        std::fprintf(stderr, "select: %s\n", qPrintable(versioned.lastError().text()));
        *ok = false;
        return times;
    }
    const int qty = versioned.fieldIndex(QStringLiteral("qty"));
    auto versionedSave = [&](int i) {
        const QModelIndex idx = versioned.index(i % rows, qty);
        versioned.setData(idx, idx.data().toInt() + 1);
        const bool saved = versioned.submit();
        if (!saved)
            std::fprintf(stderr, "versioned: %s\n", qPrintable(versioned.lastError().text()));
        return saved;
    };

    QSqlTableModel plain(nullptr, db);
    plain.setTable(table);
    plain.setSort(0, Qt::AscendingOrder);
    plain.select();
    auto plainSave = [&](int i) {
        const QModelIndex idx = plain.index(rows + i % rows, qty);
        plain.setData(idx, idx.data().toInt() + 1);
        const bool saved = plain.submit();
        if (!saved)
            std::fprintf(stderr, "plain: %s\n", qPrintable(plain.lastError().text()));
        return saved;
    };

    QSqlQuery raw(db);
    raw.prepare(QStringLiteral("UPDATE %1 SET qty = ? WHERE id = ?").arg(table));
    auto rawSave = [&](int i) {
        raw.addBindValue(i);
        raw.addBindValue(1 + 2 * rows + i % rows);
        const bool saved = raw.exec() && raw.numRowsAffected() == 1;
        if (!saved)
            std::fprintf(stderr, "raw: %s\n", qPrintable(raw.lastError().text()));
        return saved;
    };
    QSqlQuery cond(db);
    cond.prepare(QStringLiteral("UPDATE %1 SET qty = ?, version = version + 1 WHERE id = ? AND version = ? "
                                "RETURNING version").arg(table));
    std::vector<int> versions(rows, -1);
    auto conditionalSave = [&](int i) {
        const int id = 1 + 3 * rows + i % rows;
        if (versions[id - 1 - 3 * rows] < 0) {
            QSqlQuery v(db);
            v.exec(QStringLiteral("SELECT version FROM %1 WHERE id = %2").arg(table).arg(id));
            v.next();
            versions[id - 1 - 3 * rows] = v.value(0).toInt();
        }
        cond.addBindValue(i);
        cond.addBindValue(id);
        cond.addBindValue(versions[id - 1 - 3 * rows]);
        const bool saved = cond.exec() && cond.next();
        if (saved)
            versions[id - 1 - 3 * rows] = cond.value(0).toInt();
        cond.finish();
        return saved;
    };
    const auto medians = timeSaves({versionedSave, plainSave, rawSave, conditionalSave}, ok);
    times.versioned = medians[0];
    times.plain = medians[1];
    times.raw = medians[2];
    times.rawConditional = medians[3];
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int bigRows = app.arguments().contains(QStringLiteral("--quick")) ? 100000 : 1000000;
    bool ok = true;
    for (const QString &backend : TestDatabase::backends()) {
        TestDatabase tdb(backend);
        if (!tdb.isValid()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(backend), qPrintable(tdb.error()));
            return 1;
        }
        if (!fill(tdb, QStringLiteral("small"), 1000) || !fill(tdb, QStringLiteral("big"), bigRows))
            return 1;
        const Times small = measure(tdb, QStringLiteral("small"), &ok);
        const Times big = measure(tdb, QStringLiteral("big"), &ok);
        if (!ok)
            return 1;
        for (const auto &[label, rows, t] : {std::tuple{"1000", 1000, small}, std::tuple{"big", bigRows, big}}) {
            Q_UNUSED(label);
            std::printf("bench-detail: backend=%s rows=%d ms_per_save versioned=%.3f qsqltablemodel=%.3f raw=%.3f raw_conditional=%.3f\n",
                        qPrintable(backend), rows, t.versioned, t.plain, t.raw, t.rawConditional);
        }
        std::printf("bench: backend=%s versioned_over_raw=%.2f big_over_small=%.2f versioned_over_qsqltablemodel=%.2f\n",
                    qPrintable(backend), big.versioned / big.raw, big.versioned / small.versioned,
                    big.versioned / big.plain);
        std::fflush(stdout);
    }
    return 0;
}
