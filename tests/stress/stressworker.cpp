// concord_stressworker: one of the K programs of the stress test (tests/stress/tst_stress.cpp).
//
//   concord_stressworker BACKEND DATABASE WRITER SEED CAP MODE (--ops N | --duration SECONDS)
//
// BACKEND is sqlite or psql; DATABASE a SQLite file or a PostgreSQL database name (server, user
// and password from the PG* variables); WRITER this program's number; CAP the committed cycles a
// row takes before it is full; MODE "all" (OnManualSubmit and submitAll()) or "row" (OnRowChange
// and submit(), as a view saves). It opens the database through DatabaseConnector, as the editor
// does (WAL and the busy timeout on SQLite, lock_timeout on PostgreSQL), prints "ready", waits
// for a line on stdin, and then runs read-modify-write cycles through a VersionedTableModel:
// select, pick one of the table's lanes at random, take the lane's open row (the one with the
// lowest slot that is not full), add a random amount to `total`, count `ops` up, append a token
// "WRITER.SEQ;" to `tokens`, and save. SEQ is new for every attempt, so a refused attempt's token
// must never reach the database. On a conflict it counts it, re-reads the row's version and
// tries again from a fresh select(); "Locked" (a lock held past the timeout) is retried as is.
//
// At the end it prints one line of JSON: its committed cycles and, per row id, the sum of its
// committed increments and the SEQ of each committed token, for the driver to check against the
// table. Anything unexpected (another failure, a version that went backwards) is printed on
// stderr and ends the program with exit code 1.
#include <concord/connectionspec.h>
#include <concord/databaseconnector.h>
#include <concord/versionedtablemodel.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

using concord::ConnectionSpec;
using concord::DatabaseConnector;
using concord::VersionedTableModel;
using Failure = VersionedTableModel::FailureKind;

namespace {

constexpr int lanes = 4;                // the hot rows: one open row per lane at any time
constexpr int maxLockedInARow = 1000;   // each one waited the whole busy timeout: give up, loudly
constexpr int maxInsertFailures = 1000; // a lane that cannot get a new row is a bug, not load

struct RowTally
{
    qint64 sum = 0;
    QJsonArray seqs;
};

class StressWorker
{
public:
    StressWorker(QSqlDatabase db, int writer, quint64 seed, int cap, bool rowMode)
        : m_db(db), m_writer(writer), m_rng(seed), m_cap(cap), m_rowMode(rowMode), m_model(nullptr, db)
    {
    }

    bool setUp();
    // One committed cycle (after as many conflicts and retries as it takes); false on an error.
    bool commitOne();
    QJsonObject report() const;

private:
    int openRowOfLane(int lane) const;
    bool addRowToLane(int lane);
    bool save();
    qlonglong currentVersion(qlonglong id);
    // A lock held past the timeout, or SQLite's busy without waiting: say which, and how soon.
    void noteLocked(const char *where, qint64 ms)
    {
        if (++m_locked <= 5)
            std::fprintf(stderr, "stressworker %d: locked in %s after %lld ms (code %s): %s\n", m_writer,
                         where, static_cast<long long>(ms),
                         qPrintable(m_model.lastError().nativeErrorCode()),
                         qPrintable(m_model.lastError().text()));
    }
    bool error(const QString &what)
    {
        std::fprintf(stderr, "stressworker %d: %s\n", m_writer, qPrintable(what));
        return false;
    }

    QSqlDatabase m_db;
    int m_writer;
    QRandomGenerator m_rng;
    int m_cap;
    bool m_rowMode;
    VersionedTableModel m_model;
    int m_id = -1, m_lane = -1, m_slot = -1, m_total = -1, m_ops = -1, m_tokens = -1;
    qint64 m_seq = 0; // the next token's SEQ: one per attempt, committed or not
    qint64 m_committed = 0;
    qint64 m_conflicts = 0;
    qint64 m_falseConflicts = 0;
    qint64 m_locked = 0;
    qint64 m_laneRowsAdded = 0;
    std::map<qlonglong, RowTally> m_rows;
};

bool StressWorker::setUp()
{
    // Separate programs: no change feed can tell this one about the others' saves in time, and
    // the point is to meet their saves at our own.
    m_model.setLiveUpdates(false);
    m_model.setEditStrategy(m_rowMode ? QSqlTableModel::OnRowChange : QSqlTableModel::OnManualSubmit);
    m_model.setTable(QStringLiteral("stress"));
    if (m_model.lastFailure() != Failure::None)
        return error(QStringLiteral("setTable: ") + m_model.lastError().text());
    // Full rows drop out, so select() reads a handful of rows however long the run is.
    m_model.setFilter(QStringLiteral("ops < %1").arg(m_cap));
    m_id = m_model.fieldIndex(QStringLiteral("id"));
    m_lane = m_model.fieldIndex(QStringLiteral("lane"));
    m_slot = m_model.fieldIndex(QStringLiteral("slot"));
    m_total = m_model.fieldIndex(QStringLiteral("total"));
    m_ops = m_model.fieldIndex(QStringLiteral("ops"));
    m_tokens = m_model.fieldIndex(QStringLiteral("tokens"));
    if (m_id < 0 || m_lane < 0 || m_slot < 0 || m_total < 0 || m_ops < 0 || m_tokens < 0)
        return error(QStringLiteral("the table stress lacks a column"));
    return true;
}

int StressWorker::openRowOfLane(int lane) const
{
    int best = -1;
    for (int r = 0; r < m_model.rowCount(); ++r) {
        if (m_model.data(m_model.index(r, m_lane)).toInt() != lane)
            continue;
        if (best < 0 || m_model.data(m_model.index(r, m_slot)).toInt()
                            < m_model.data(m_model.index(best, m_slot)).toInt())
            best = r;
    }
    return best;
}

// A lane whose rows are all full gets the next slot. Two workers may try at once: the UNIQUE
// (lane, slot) index refuses the second, which then simply finds the first one's row.
bool StressWorker::addRowToLane(int lane)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO stress (lane, slot) SELECT CAST(? AS INTEGER), "
                                 "COALESCE(MAX(slot), 0) + 1 FROM stress WHERE lane = ?"));
    query.addBindValue(lane);
    query.addBindValue(lane);
    if (query.exec())
        ++m_laneRowsAdded;
    return true;
}

qlonglong StressWorker::currentVersion(qlonglong id)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT version FROM stress WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        error(QStringLiteral("cannot re-read row %1: %2").arg(id).arg(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

bool StressWorker::save()
{
    return m_rowMode ? m_model.submit() : m_model.submitAll();
}

bool StressWorker::commitOne()
{
    const int lane = int(m_rng.bounded(lanes));
    const int increment = 1 + int(m_rng.bounded(100));
    int insertFailures = 0;
    for (;;) {
        QElapsedTimer took;
        took.start();
        if (!m_model.select()) {
            if (m_model.lastFailure() != Failure::Locked)
                return error(QStringLiteral("select: ") + m_model.lastError().text());
            noteLocked("select", took.elapsed());
            continue;
        }
        while (m_model.canFetchMore())
            m_model.fetchMore();
        const int row = openRowOfLane(lane);
        if (row < 0) {
            if (++insertFailures > maxInsertFailures)
                return error(QStringLiteral("lane %1 never got a new row").arg(lane));
            addRowToLane(lane);
            continue;
        }
        const qlonglong id = m_model.data(m_model.index(row, m_id)).toLongLong();
        const QVariant held = m_model.rowVersion(row);
        const qlonglong total = m_model.data(m_model.index(row, m_total)).toLongLong();
        const int ops = m_model.data(m_model.index(row, m_ops)).toInt();
        const QString tokens = m_model.data(m_model.index(row, m_tokens)).toString();
        const qint64 seq = m_seq++;
        if (!m_model.setData(m_model.index(row, m_total), total + increment)
            || !m_model.setData(m_model.index(row, m_ops), ops + 1)
            || !m_model.setData(m_model.index(row, m_tokens),
                                tokens + QStringLiteral("%1.%2;").arg(m_writer).arg(seq)))
            return error(QStringLiteral("setData refused on row %1").arg(id));

        int lockedInARow = 0;
        took.start();
        bool saved = save();
        while (!saved && m_model.lastFailure() == Failure::Locked) {
            // Nothing was written and the edits are kept: the same save may simply run again.
            noteLocked("save", took.elapsed());
            if (++lockedInARow > maxLockedInARow)
                return error(QStringLiteral("still locked after %1 tries").arg(lockedInARow));
            took.start();
            saved = save();
        }
        if (saved) {
            RowTally &tally = m_rows[id];
            tally.sum += increment;
            tally.seqs.append(seq);
            ++m_committed;
            return true;
        }
        if (m_model.lastFailure() != Failure::ChangedByOthers)
            return error(QStringLiteral("save of row %1 failed (%2): %3")
                             .arg(id)
                             .arg(int(m_model.lastFailure()))
                             .arg(m_model.lastError().text()));
        ++m_conflicts;
        // Versions only ever count up, by one per committed save (nothing else writes the
        // table, nothing deletes). If the row still holds the version our save was conditional
        // on, nobody saved it between our read and now, so the refusal was false. (A false
        // refusal that someone else's save follows at once goes unseen; a systematic one cannot.)
        const qlonglong now = currentVersion(id);
        if (now < 0)
            return false;
        if (now < held.toLongLong())
            return error(QStringLiteral("row %1 went back from version %2 to %3")
                             .arg(id).arg(held.toLongLong()).arg(now));
        if (now == held.toLongLong()) {
            ++m_falseConflicts;
            std::fprintf(stderr,
                         "stressworker %d: false conflict on row %lld: version %lld unchanged "
                         "(the model's re-read said %s): %s\n",
                         m_writer, id, now,
                         qPrintable(m_model.conflict(row).theirVersion().toString()),
                         qPrintable(m_model.lastError().text()));
        }
        // Reload and apply the same increment again, with a fresh token, from select() on.
    }
}

QJsonObject StressWorker::report() const
{
    QJsonObject rows;
    for (const auto &[id, tally] : m_rows)
        rows.insert(QString::number(id), QJsonObject{{QStringLiteral("sum"), tally.sum},
                                                     {QStringLiteral("seqs"), tally.seqs}});
    return QJsonObject{{QStringLiteral("writer"), m_writer},
                       {QStringLiteral("ops"), m_committed},
                       {QStringLiteral("attempts"), m_seq},
                       {QStringLiteral("conflicts"), m_conflicts},
                       {QStringLiteral("false_conflicts"), m_falseConflicts},
                       {QStringLiteral("locked"), m_locked},
                       {QStringLiteral("lane_rows_added"), m_laneRowsAdded},
                       {QStringLiteral("rows"), rows}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const bool byOps = args.value(6) == QLatin1String("--ops");
    const bool byDuration = args.value(6) == QLatin1String("--duration");
    bool numbers = true;
    const auto number = [&numbers](const QString &text) {
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        numbers = numbers && ok && n >= 0;
        return n;
    };
    const int writer = int(number(args.value(2)));
    const quint64 seed = quint64(number(args.value(3)));
    const int cap = int(number(args.value(4)));
    const qlonglong limit = number(args.value(7));
    if (args.size() != 8 || (args[0] != QLatin1String("sqlite") && args[0] != QLatin1String("psql"))
        || !numbers || cap < 1 || (args[5] != QLatin1String("all") && args[5] != QLatin1String("row"))
        || (!byOps && !byDuration)) {
        std::fprintf(stderr, "usage: concord_stressworker sqlite|psql DATABASE WRITER SEED CAP all|row "
                             "--ops N|--duration SECONDS\n");
        return 2;
    }

    const ConnectionSpec spec = args[0] == QLatin1String("sqlite")
                                    ? ConnectionSpec::sqlite(args[1])
                                    : ConnectionSpec::postgres(QStringLiteral("dbname=") + args[1]);
    QSqlError openError;
    QSqlDatabase db = DatabaseConnector::open(spec, {}, &openError);
    if (!db.isValid()) {
        std::fprintf(stderr, "stressworker %d: cannot open %s: %s\n", writer, qPrintable(args[1]),
                     qPrintable(openError.text()));
        return 1;
    }
    int code = 0;
    {
        StressWorker worker(db, writer, seed, cap, args[5] == QLatin1String("row"));
        if (!worker.setUp())
            return 1;
        std::printf("ready\n");
        std::fflush(stdout);
        std::string go;
        if (!std::getline(std::cin, go))
            return 1;
        QElapsedTimer clock;
        clock.start();
        for (qlonglong done = 0; byOps ? done < limit : clock.elapsed() < limit * 1000; ++done) {
            if (!worker.commitOne()) {
                code = 1;
                break;
            }
        }
        std::printf("%s\n", QJsonDocument(worker.report()).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }
    const QString name = db.connectionName();
    db = QSqlDatabase();
    DatabaseConnector::close(name);
    return code;
}
