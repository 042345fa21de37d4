// Randomized stateful tests of VersionedTableModel (RapidCheck), two functions:
//  - windowsAndWriters (windowsmachine.cpp): several windows of one process on one database,
//    live updates at the default and opted in, the event loop run between steps, a misbehaving
//    outside writer, every version strategy, against the test's own reference. Seed per backend
//    (printed; replay with CONCORD_RC_SEED_SQLITE / CONCORD_RC_SEED_PSQL), budget
//    CONCORD_RC_BUDGET, known failures of today's code by category in CONCORD_RC_KNOWN.
//  - randomSequences (below): one model browsing and saving, described here.
//
// randomSequences: random sequences of model calls
// (edits, inserts, removals, reverts, saves under every edit strategy and submit policy, select,
// sort, filter, conflict resolutions, fetchMore and fetching to the end) interleaved with writes
// by a second connection, checked after every step against the database and a small reference
// model of what the model has seen.
//
// Most sequences run on 6-12 rows, where select() reads everything. A quarter run on 600-1200
// rows (filled by one INSERT ... SELECT), which select() leaves partly unfetched: the keys of all
// matching records are read at select(), their rows 500 per statement, and QSqlQueryModel shows
// them 256 at a time, so fetchMore() really pages. The other operator's updates and deletes then
// hit the first ids, rows already fetched, or rows not fetched yet (OtherTarget), and its updates
// move rows in the sort order (name, qty) while the model pages through them.
//
// Running it:
//   build/tests/core/tst_modelstatemachine randomSequences:sqlite
//   PGPORT=55410 pg_virtualenv -t build/tests/core/tst_modelstatemachine
// Budget: by default SQLite runs 450 sequences (RapidCheck's max_success), PostgreSQL 300, of up
// to 100 commands (max_size): about 10,000 and 7,000 steps, 10-17 s per backend on a 2-core
// machine (more when other jobs load it), plus the shrinking when something fails.
// CONCORD_RC_BUDGET=<n> runs n sequences per backend instead (e.g. 5000 for a nightly run).
// RapidCheck's own RC_PARAMS wins over both:
//   RC_PARAMS="seed=1234 max_success=500 max_size=40"
// The seed is printed at the start; the same seed (with the same max_success/max_size) replays
// the same sequences. A failure shows RapidCheck's shrunk command sequence and, under it, the
// steps as they were run (rows resolved to record ids, return values) with the broken invariant.
// CONCORD_RC_SKIP=<command,...> turns commands into no-ops, to hunt the next bug past a known one.
//
// Invariants, after every step:
//  (i)   no write of the other connection is lost: a model write (update or delete) of a record
//        must be conditional on a version the model has loaded (by a select, a reload, its own
//        save, or, for overwriteRow/mergeRow of that record, the conflict's "theirs");
//  (ii)  each record id is shown at most once among the model's rows (one pass, O(rows));
//  (iii) right after a select (explicit, or one the model runs itself) the model shows the
//        database's rows that pass the filter, clean, in the sort order (ties by ascending id):
//        all of them, or the first rowCount() of a big table; a row the model just saved or
//        reloaded shows what the database holds;
//  (iv)  conflict(r) describes the record shown at row r;
//  (v)   browsing: whenever the model cannot fetch more (after "fetchAll", say), every record
//        that passed the filter at the last select() and that nobody has deleted since, and
//        every record the model inserted itself, is held by exactly one row (shown, or marked
//        for deletion). Records inserted by others since need not be shown; records deleted
//        before their page was read are left out. The reference keeps that set (m_mustShow).
//  and a save that fails with ChangedByOthers/DeletedByOthers while the database still holds the
//  row at the version the model holds is a false conflict.
#include "itemsfixture.h"
#include "windowsmachine.h"

#include <rapidcheck.h>
#include <rapidcheck/state.h>

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTest>

#include <sstream>

using concord::ConflictSnapshot;
using concord::test::TestDatabase;
using namespace concord::test;
using Failure = VersionedTableModel::FailureKind;

namespace {

// What the database holds for one record.
struct DbRow
{
    QString name;
    int qty = 0;
    qint64 version = 0;
};
using DbState = QMap<qint64, DbRow>;

// RapidCheck scales gen::inRange by the current size (at size 40 a range of 3 yields only 0 and
// 1): pinned to the nominal size, every value is reachable in every sequence, and still shrinks.
int uniform(int min, int max)
{
    return *rc::gen::resize(100, rc::gen::inRange(min, max));
}

struct Counters
{
    int sequences = 0;
    int steps = 0;
    int conflicts = 0;   // saves that failed with ChangedByOthers/DeletedByOthers
    int resolutions = 0; // reload/overwrite/merge/recreate/discard calls
    int bigSequences = 0; // sequences over a table that select() leaves partly unfetched
    int bigSteps = 0;
    int pages = 0;       // fetchMore() calls that brought rows
    int fetchedToEnd = 0; // checks of the browsing invariant on a big table read to the end
};

// What one model step did, as far as the checks need to know.
struct Step
{
    QString text;
    bool save = false;         // the call may have written to the database
    bool saveOk = true;
    bool select = false;       // an explicit select() was part of the step
    bool selectOk = true;
    bool resolution = false;
    int reloadedRow = -1;      // reloadRow() succeeded on this row
    QHash<qint64, qint64> knowingly; // id -> their version, for overwriteRow/mergeRow of that id
};

const char *strategyName(int s)
{
    static const char *names[] = {"OnFieldChange", "OnRowChange", "OnManualSubmit"};
    return names[s];
}

// The system under test: one model on the main connection, another operator on a second one,
// and the reference: for each id, the newest version the model has legitimately loaded.
class Harness
{
public:
    Harness(TestDatabase &tdb, const QSqlDatabase &other, int strategy, int policy, int rows,
            Counters &counters)
        : m_other(other), m_counters(counters)
    {
        m_header = QStringLiteral("strategy=%1 policy=%2 rows=%3")
                       .arg(QLatin1String(strategyName(strategy)),
                            policy ? QStringLiteral("SaveTheRest") : QStringLiteral("AbortAll"))
                       .arg(rows);
        ++m_counters.sequences;
        m_big = rows > 256;
        m_counters.bigSequences += m_big;
        QString e = tdb.createVersionedTable(QStringLiteral("items"),
                                             {QStringLiteral("name VARCHAR(100) NOT NULL"),
                                              QStringLiteral("qty INTEGER")});
        if (!e.isEmpty())
            RC_FAIL("cannot create the table: " + e.toStdString());
        // One statement, so that a table of a thousand rows fills in a few milliseconds: names
        // n1..nN (all different), qty = i % 7 (many repeats, so ties are broken by the key).
        QSqlQuery q(m_other);
        const QString fill = tdb.isSqlite()
            ? QStringLiteral("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "
                             "INSERT INTO items (name, qty) SELECT 'n' || i, i % 7 FROM s")
            : QStringLiteral("INSERT INTO items (name, qty) "
                             "SELECT 'n' || i, i % 7 FROM generate_series(1, %1) AS g(i)");
        if (!q.exec(fill.arg(rows)))
            RC_FAIL("cannot fill the table: " + q.lastError().text().toStdString());
        m_model = std::make_unique<VersionedTableModel>(nullptr, tdb.db());
        m_model->setEditStrategy(QSqlTableModel::EditStrategy(strategy));
        m_model->setSubmitPolicy(policy ? VersionedTableModel::SubmitPolicy::SaveTheRest
                                        : VersionedTableModel::SubmitPolicy::AbortAll);
        m_model->setTable(QStringLiteral("items"));
        m_model->setSort(0, Qt::AscendingOrder);
        QObject::connect(m_model.get(), &QAbstractItemModel::modelReset, [this] { ++m_resets; });
        modelStep(QStringLiteral("select() [setup]"), [&](Step &s) {
            s.select = true;
            s.selectOk = m_model->select();
        });
    }

    VersionedTableModel &model() { return *m_model; }
    void pageFetched() { ++m_counters.pages; }
    int rowCount() const { return m_model->rowCount(); }
    int col(const char *name) const { return m_model->fieldIndex(QLatin1String(name)); }

    // The id shown at a row, or -1 for a row shown as deleted or inserted and not saved yet.
    qint64 shownId(int row) const
    {
        if (m_model->headerData(row, Qt::Vertical).toString() == QLatin1String("!"))
            return -1;
        const QVariant id = m_model->record(row).value(QStringLiteral("id"));
        return id.isNull() ? -1 : id.toLongLong();
    }
    // The id of the record a row holds, shown as deleted (not saved yet) or not; -1 if none.
    qint64 recordId(int row) const
    {
        const QVariant id = m_model->record(row).value(QStringLiteral("id"));
        return id.isNull() ? -1 : id.toLongLong();
    }
    QString describeRow(int row) const
    {
        const qint64 id = recordId(row);
        return id < 0 ? QStringLiteral("row %1").arg(row)
                      : QStringLiteral("row %1 [id %2]").arg(row).arg(id);
    }
    bool rowDirty(int row) const
    {
        for (int c = 0; c < m_model->columnCount(); ++c)
            if (m_model->isDirty(m_model->index(row, c)))
                return true;
        return false;
    }
    bool rowClean(int row) const
    {
        return !rowDirty(row) && !m_model->hasConflict(row)
               && m_model->headerData(row, Qt::Vertical).toString() != QLatin1String("!");
    }

    // The database as the last model step left it, unless the other operator wrote since: a
    // big table is then read once per step, not twice.
    DbState currentDb()
    {
        if (!m_dbValid) {
            m_db = readDb();
            m_dbValid = true;
        }
        return m_db;
    }

    DbState readDb()
    {
        DbState s;
        QSqlQuery q(m_other);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name, qty, version FROM items")))
            fail(QStringLiteral("cannot read the table: ") + q.lastError().text());
        while (q.next())
            s.insert(q.value(0).toLongLong(),
                     DbRow{q.value(1).toString(), q.value(2).toInt(), q.value(3).toLongLong()});
        return s;
    }

    // ---- the other operator: a well-behaved writer that always bumps the version
    void otherStep(const QString &text, const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q(m_other);
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        const bool ok = q.exec();
        m_dbValid = false;
        m_trace << QStringLiteral("other: %1%2").arg(text, ok ? QString() : QStringLiteral(" -> error ") + q.lastError().text());
        ++m_counters.steps;
        m_counters.bigSteps += m_big;
        if (!ok)
            fail(QStringLiteral("the other connection's write failed"));
    }

    qint64 pickDbId(int pick)
    {
        const QList<qint64> ids = currentDb().keys();
        return ids.isEmpty() ? -1 : ids.at(pick % ids.size());
    }

    // ---- the model: run one call, then check every invariant
    template <typename Action>
    void modelStep(const QString &text, Action &&action)
    {
        const DbState before = currentDb();
        const QHash<int, QString> conflictsBefore = conflictKeys();
        m_resets = 0;
        Step step;
        step.text = text;
        action(step);
        QString line = step.text;
        if (step.save)
            line += step.saveOk ? QStringLiteral(" -> true")
                                : QStringLiteral(" -> false (%1)").arg(failureName());
        m_trace << line;
        ++m_counters.steps;
        m_counters.bigSteps += m_big;
        if (step.save && !step.saveOk
            && (m_model->lastFailure() == Failure::ChangedByOthers
                || m_model->lastFailure() == Failure::DeletedByOthers))
            ++m_counters.conflicts;
        if (step.resolution)
            ++m_counters.resolutions;
        if (step.select && !step.selectOk)
            fail(QStringLiteral("select() failed: ") + m_model->lastError().text());
        const DbState after = readDb();
        m_db = after;
        m_dbValid = true;
        const QSet<qint64> written = checkWrites(before, after, step);
        checkModel(after, step, conflictsBefore, written);
    }

    void setFilterQty(int n) { m_filterQty = n; }
    void setSortTerm(const char *column, bool descending)
    {
        m_sortColumn = QLatin1String(column);
        m_sortDescending = descending;
    }
    // The other operator deleted a record: if the model's last select() had it, it no longer
    // has to be shown once fetched to the end.
    void otherDeleted(qint64 id) { m_mustShow.remove(id); }

    // A record id the model holds at row `row` of rowCount(), spread over the rows read so far
    // (spread in 0..1000), or -1.
    qint64 fetchedId(int spread) const
    {
        const int rows = m_model->rowCount();
        return rows == 0 ? -1 : recordId(std::min(rows - 1, int(qint64(spread) * rows / 1000)));
    }
    // A record id of the database the model has not read yet (past the rows fetched, or
    // inserted by the other operator since the select), spread over them by id, or -1.
    qint64 unfetchedId(int spread)
    {
        QSet<qint64> held;
        for (int r = 0; r < m_model->rowCount(); ++r)
            held << recordId(r);
        QList<qint64> ids;
        const DbState db = currentDb();
        for (auto it = db.keyBegin(); it != db.keyEnd(); ++it)
            if (!held.contains(*it))
                ids << *it;
        return ids.isEmpty() ? -1 : ids.at(std::min<qsizetype>(ids.size() - 1, qint64(spread) * ids.size() / 1000));
    }

    [[noreturn]] void fail(const QString &why) const
    {
        QString msg = QStringLiteral("\n%1\nsteps as run:\n").arg(m_header);
        for (int i = 0; i < m_trace.size(); ++i)
            msg += QStringLiteral("  %1. %2\n").arg(i).arg(m_trace.at(i));
        msg += QStringLiteral("VIOLATION: ") + why + QLatin1Char('\n');
        RC_FAIL(msg.toStdString());
    }

private:
    QString failureName() const
    {
        return QString::fromLatin1(QMetaEnum::fromType<Failure>().valueToKey(int(m_model->lastFailure())));
    }

    QHash<int, QString> conflictKeys() const
    {
        QHash<int, QString> keys;
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->hasConflict(r))
                keys.insert(r, snapshotKey(m_model->conflict(r)));
        return keys;
    }
    static qint64 snapshotId(const ConflictSnapshot &s)
    {
        QVariant id = s.mine().value(QStringLiteral("id"));
        if (id.isNull())
            id = s.original().value(QStringLiteral("id"));
        return id.isNull() ? -1 : id.toLongLong();
    }
    static QString snapshotKey(const ConflictSnapshot &s)
    {
        return QStringLiteral("%1/%2/%3/%4")
            .arg(int(s.kind()))
            .arg(int(s.operation()))
            .arg(snapshotId(s))
            .arg(s.theirVersion().toString());
    }

    // (i): every change of the database during a model step is the model's own; an update or
    // delete must start from a version the model had loaded.
    QSet<qint64> checkWrites(const DbState &before, const DbState &after, const Step &step)
    {
        for (auto it = step.knowingly.constBegin(); it != step.knowingly.constEnd(); ++it)
            m_seen[it.key()] = std::max(m_seen.value(it.key(), -1), it.value());
        QSet<qint64> ids(before.keyBegin(), before.keyEnd());
        ids.unite(QSet<qint64>(after.keyBegin(), after.keyEnd()));
        QSet<qint64> written;
        for (qint64 id : std::as_const(ids)) {
            const bool was = before.contains(id);
            const bool is = after.contains(id);
            const DbRow b = before.value(id);
            const DbRow a = after.value(id);
            if (was && is) {
                if (a.version == b.version) {
                    if (a.name != b.name || a.qty != b.qty)
                        fail(QStringLiteral("id %1 changed without a version bump").arg(id));
                    continue;
                }
                if (a.version != b.version + 1)
                    fail(QStringLiteral("id %1 went from version %2 to %3 in one step")
                             .arg(id).arg(b.version).arg(a.version));
                if (b.version > m_seen.value(id, -1))
                    fail(QStringLiteral("LOST UPDATE: the model saved id %1 over version %2 "
                                        "(name=%3 qty=%4), but the newest version of it the model "
                                        "had loaded is %5")
                             .arg(id).arg(b.version).arg(b.name).arg(b.qty)
                             .arg(m_seen.value(id, -1)));
                m_seen[id] = a.version;
                written << id;
            } else if (was) {
                if (b.version > m_seen.value(id, -1))
                    fail(QStringLiteral("LOST UPDATE: the model deleted id %1 at version %2 "
                                        "(name=%3 qty=%4), but the newest version of it the model "
                                        "had loaded is %5")
                             .arg(id).arg(b.version).arg(b.name).arg(b.qty)
                             .arg(m_seen.value(id, -1)));
                m_seen.remove(id);
                m_mustShow.remove(id);
            } else if (is) {
                m_seen[id] = a.version;
                m_mustShow.insert(id);
                written << id;
            }
        }
        return written;
    }

    // The ids the model's select() should show, in its order, read on the other connection.
    QList<qint64> orderedIds()
    {
        const QString dir = m_sortDescending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        QString sql = QStringLiteral("SELECT id FROM items");
        if (m_filterQty >= 0)
            sql += QStringLiteral(" WHERE qty > %1").arg(m_filterQty);
        sql += QStringLiteral(" ORDER BY ");
        if (m_sortColumn != QLatin1String("id"))
            sql += m_sortColumn + dir
                   + (m_sortDescending ? QStringLiteral(" NULLS LAST, ") : QStringLiteral(" NULLS FIRST, "));
        sql += m_sortColumn == QLatin1String("id") ? QStringLiteral("id") + dir : QStringLiteral("id ASC");
        QList<qint64> ids;
        QSqlQuery q(m_other);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            fail(QStringLiteral("cannot read the order: ") + q.lastError().text());
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    bool sameAsDb(int row, const DbState &db, QString *why) const
    {
        const qint64 id = shownId(row);
        const auto it = db.constFind(id);
        if (it == db.constEnd()) {
            *why = QStringLiteral("%1 is not in the database").arg(describeRow(row));
            return false;
        }
        const QString name = m_model->data(m_model->index(row, col("name"))).toString();
        const int qty = m_model->data(m_model->index(row, col("qty"))).toInt();
        const qint64 version = m_model->rowVersion(row).toLongLong();
        if (name != it->name || qty != it->qty || version != it->version) {
            *why = QStringLiteral("%1 shows name=%2 qty=%3 version=%4, the database holds "
                                  "name=%5 qty=%6 version=%7")
                       .arg(describeRow(row), name).arg(qty).arg(version)
                       .arg(it->name).arg(it->qty).arg(it->version);
            return false;
        }
        return true;
    }

    void checkModel(const DbState &after, const Step &step, const QHash<int, QString> &conflictsBefore,
                    const QSet<qint64> &written)
    {
        const int rows = m_model->rowCount();
        // (ii)
        QHash<qint64, int> shownAt;
        for (int r = 0; r < rows; ++r) {
            const qint64 id = shownId(r);
            if (id < 0)
                continue;
            if (shownAt.contains(id))
                fail(QStringLiteral("id %1 is shown twice, at rows %2 and %3")
                         .arg(id).arg(shownAt.value(id)).arg(r));
            shownAt.insert(id, r);
        }
        // Rows that came in by fetching (fetchMore, or a save or sort that read more rows): the
        // version the model holds is the one its page read, which the database must have held.
        if (m_resets == 0) {
            for (auto it = shownAt.constBegin(); it != shownAt.constEnd(); ++it) {
                if (m_shownBefore.contains(it.key()) || written.contains(it.key()))
                    continue;
                const qint64 version = m_model->rowVersion(it.value()).toLongLong();
                const auto db = after.constFind(it.key());
                if (version < 1 || (db != after.constEnd() && version > db->version))
                    fail(QStringLiteral("%1, fetched in this step, holds version %2, which the "
                                        "database never held (it holds %3)")
                             .arg(describeRow(it.value())).arg(version)
                             .arg(db != after.constEnd() ? QString::number(db->version) : QStringLiteral("none")));
                m_seen[it.key()] = std::max(m_seen.value(it.key(), -1), version);
            }
        }
        m_shownBefore = QSet<qint64>(shownAt.keyBegin(), shownAt.keyEnd());
        // (iv)
        for (int r = 0; r < rows; ++r) {
            if (!m_model->hasConflict(r))
                continue;
            const ConflictSnapshot s = m_model->conflict(r);
            // A row marked for deletion still holds its record: its delete may conflict too.
            if (snapshotId(s) != recordId(r))
                fail(QStringLiteral("conflict(%1) describes id %2, but %3")
                         .arg(r).arg(snapshotId(s))
                         .arg(recordId(r) < 0 ? QStringLiteral("that row holds no saved record")
                                              : QStringLiteral("that row holds id %1").arg(recordId(r))));
        }
        // False conflicts: a conflict reported by this step while the database holds the row at
        // the version the model holds (changed), or still holds it at all (deleted).
        const Failure failure = m_model->lastFailure();
        if (step.save && !step.saveOk
            && (failure == Failure::ChangedByOthers || failure == Failure::DeletedByOthers)) {
            for (int r = 0; r < rows; ++r) {
                if (!m_model->hasConflict(r))
                    continue;
                const ConflictSnapshot s = m_model->conflict(r);
                if (conflictsBefore.value(r) == snapshotKey(s))
                    continue; // reported by an earlier step
                const qint64 id = snapshotId(s);
                const auto it = after.constFind(id);
                if (s.isDeletedByOthers() && it != after.constEnd())
                    fail(QStringLiteral("FALSE CONFLICT: %1 reported deleted by others, but the "
                                        "database holds it at version %2")
                             .arg(describeRow(r)).arg(it->version));
                if (!s.isDeletedByOthers() && it != after.constEnd()
                    && it->version == m_model->rowVersion(r).toLongLong())
                    fail(QStringLiteral("FALSE CONFLICT: %1 reported changed by others, but the "
                                        "database holds it at the model's version %2")
                             .arg(describeRow(r)).arg(it->version));
            }
        }
        // (iii) after a select: the database's rows that pass the filter, all clean, in the sort
        // order (the key, ascending, breaks ties); all of them once the model has
        // fetched to the end, else the first rowCount() of them (a big table is read lazily).
        if (m_resets > 0) {
            const QList<qint64> expected = orderedIds();
            for (int r = 0; r < rows; ++r) {
                QString why;
                if (!rowClean(r))
                    fail(QStringLiteral("right after a select, %1 is not clean").arg(describeRow(r)));
                if (!sameAsDb(r, after, &why))
                    fail(QStringLiteral("right after a select, ") + why);
                if (r >= expected.size() || shownId(r) != expected.at(r))
                    fail(QStringLiteral("right after a select (sorted by %1 %2), %3 should hold id %4")
                             .arg(m_sortColumn, m_sortDescending ? QStringLiteral("desc") : QStringLiteral("asc"),
                                  describeRow(r))
                             .arg(r < expected.size() ? expected.at(r) : -1));
            }
            if (rows > expected.size() || (!m_model->canFetchMore() && rows != expected.size()))
                fail(QStringLiteral("right after a select the model shows %1 rows%2, the database "
                                    "has %3 that pass the filter")
                         .arg(rows)
                         .arg(m_model->canFetchMore() ? QString() : QStringLiteral(" and cannot fetch more"))
                         .arg(expected.size()));
            for (int r = 0; r < rows; ++r)
                m_seen[shownId(r)] = std::max(m_seen.value(shownId(r), -1), after.value(shownId(r)).version);
            m_mustShow = QSet<qint64>(expected.cbegin(), expected.cend());
        }
        // Browsing: once fetched to the end, every record of the last select() that nobody has
        // deleted since, and every record the model inserted itself, is held by exactly one row
        // (shown, or marked for deletion and not saved yet). Others' inserts may be missing.
        if (!m_model->canFetchMore()) {
            QHash<qint64, int> held;
            held.reserve(rows);
            for (int r = 0; r < rows; ++r) {
                const qint64 id = recordId(r);
                if (id >= 0 && held.contains(id))
                    fail(QStringLiteral("fetched to the end, id %1 is held by rows %2 and %3")
                             .arg(id).arg(held.value(id)).arg(r));
                held.insert(id, r);
            }
            m_counters.fetchedToEnd += m_big;
            for (qint64 id : std::as_const(m_mustShow))
                if (!held.contains(id))
                    fail(QStringLiteral("fetched to the end (%1 rows, sorted by %2 %3), id %4 is "
                                        "missing: it was there at the last select() and nobody has "
                                        "deleted it since")
                             .arg(rows)
                             .arg(m_sortColumn, m_sortDescending ? QStringLiteral("desc") : QStringLiteral("asc"))
                             .arg(id));
        }
        // (iii) a record the model just saved, or a row it just reloaded, shows the database's.
        for (int r = 0; r < rows; ++r) {
            const qint64 id = shownId(r);
            if (id < 0)
                continue;
            const bool reloaded = r == step.reloadedRow;
            if (!reloaded && !(written.contains(id) && rowClean(r)))
                continue;
            QString why;
            if (reloaded && !rowClean(r))
                fail(QStringLiteral("after reloadRow(%1) the row is not clean").arg(r));
            if (!sameAsDb(r, after, &why))
                fail((reloaded ? QStringLiteral("after reloadRow: ") : QStringLiteral("after a save: ")) + why);
            if (reloaded)
                m_seen[id] = std::max(m_seen.value(id, -1), after.value(id).version);
        }
    }

    QSqlDatabase m_other;
    Counters &m_counters;
    std::unique_ptr<VersionedTableModel> m_model;
    QHash<qint64, qint64> m_seen;
    QStringList m_trace;
    QString m_header;
    int m_resets = 0;
    int m_filterQty = -1;
    bool m_big = false;
    DbState m_db;
    bool m_dbValid = false;
    QString m_sortColumn = QStringLiteral("id");
    bool m_sortDescending = false;
    // The reference of the browsing layer: the ids that passed the filter at the model's last
    // select(), less the records deleted since (by either side), plus the records the model
    // inserted itself since. Once the model has fetched to the end, each is shown exactly once.
    QSet<qint64> m_mustShow;
    QSet<qint64> m_shownBefore; // the ids shown after the previous model step
};

// RapidCheck's model state: the commands' arguments are plain numbers resolved against the
// actual model when they run (row = arg % rowCount()), so any shrunk sequence is still valid.
struct Spec
{
};
// Picks from a small range, so that the model and the other writer often hit the same record.
constexpr int pickRange = 3;
using Cmd = rc::state::Command<Spec, Harness>;

// Every command, unless CONCORD_RC_SKIP names it: a comma-separated list of command names as
// shown in a counterexample (e.g. CONCORD_RC_SKIP=revertRow,insertRow), so that the next bug can
// be hunted while a known one is being fixed.
struct Base : Cmd
{
    void run(const Spec &, Harness &h) const final
    {
        static const QStringList skipped = qEnvironmentVariable("CONCORD_RC_SKIP").split(QLatin1Char(','), Qt::SkipEmptyParts);
        std::ostringstream os;
        show(os);
        const QString name = QString::fromStdString(os.str()).section(QLatin1Char('('), 0, 0);
        if (!skipped.contains(name))
            exec(h);
    }
    virtual void exec(Harness &h) const = 0;
};

// The row a model command works on: mostly one of the first few (so that edits meet the other
// writer and each other), sometimes one spread over all rows read so far (on a big table, rows
// of later pages, read after the select while others wrote).
struct RowPick
{
    int pick = uniform(0, pickRange);
    bool far = uniform(0, 4) == 0;
    int spread = uniform(0, 1001);
    // A row of 0..rows-1, or -1 if there are none.
    int of(int rows) const
    {
        if (rows <= 0)
            return -1;
        return far ? std::min(rows - 1, int(qint64(spread) * rows / 1000)) : pick % rows;
    }
    int row(Harness &h) const { return of(h.rowCount()); }
    void show(std::ostream &os) const
    {
        if (far)
            os << "row@" << spread << "/1000";
        else
            os << "row#" << pick;
    }
};

const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};

struct SetData : Base
{
    RowPick at;
    bool qty = uniform(0, 2) == 1;
    int value = uniform(0, 10);
    void exec(Harness &h) const override
    {
        const int r = at.row(h);
        if (r < 0)
            return;
        const QVariant v = qty ? QVariant(value) : QVariant(names.at(value % names.size()));
        h.modelStep(QStringLiteral("setData(%1, %2, %3)")
                        .arg(h.describeRow(r), qty ? QStringLiteral("qty") : QStringLiteral("name"), v.toString()),
                    [&](Step &s) {
                        s.save = h.model().editStrategy() == QSqlTableModel::OnFieldChange;
                        s.saveOk = h.model().setData(h.model().index(r, h.col(qty ? "qty" : "name")), v);
                    });
    }
    void show(std::ostream &os) const override
    {
        os << "setData(";
        at.show(os);
        os << ", " << (qty ? "qty" : "name") << ", " << value << ")";
    }
};

struct InsertRow : Base
{
    RowPick at;
    int value = uniform(0, 10);
    void exec(Harness &h) const override
    {
        const int r = at.of(h.rowCount() + 1);
        h.modelStep(QStringLiteral("insertRows(%1, 1) + setData name=new, qty=%2").arg(r).arg(value),
                    [&](Step &s) {
                        if (!h.model().insertRows(r, 1)) {
                            s.text += QStringLiteral(" -> refused");
                            return;
                        }
                        h.model().setData(h.model().index(r, h.col("name")), QStringLiteral("new"));
                        h.model().setData(h.model().index(r, h.col("qty")), value);
                    });
    }
    void show(std::ostream &os) const override
    {
        os << "insertRow(";
        at.show(os);
        os << ", qty " << value << ")";
    }
};

struct RemoveRow : Base
{
    RowPick at;
    void exec(Harness &h) const override
    {
        const int r = at.row(h);
        if (r < 0)
            return;
        h.modelStep(QStringLiteral("removeRows(%1, 1)").arg(h.describeRow(r)), [&](Step &s) {
            s.save = h.model().editStrategy() != QSqlTableModel::OnManualSubmit;
            s.saveOk = h.model().removeRows(r, 1);
        });
    }
    void show(std::ostream &os) const override
    {
        os << "removeRow(";
        at.show(os);
        os << ")";
    }
};

struct RevertRow : Base
{
    RowPick at;
    void exec(Harness &h) const override
    {
        const int r = at.row(h);
        if (r < 0)
            return;
        // Dropping the edits of a row whose save met a conflict reads the record again (the
        // model knows the version it was read at is gone): checked as a reload.
        const bool conflicted = h.model().hasConflict(r)
                                && h.model().rowState(r) != VersionedTableModel::RowState::Clean;
        h.modelStep(QStringLiteral("revertRow(%1)").arg(h.describeRow(r)), [&](Step &s) {
            h.model().revertRow(r);
            if (conflicted && r < h.model().rowCount()
                && h.model().rowState(r) == VersionedTableModel::RowState::Clean)
                s.reloadedRow = r;
        });
    }
    void show(std::ostream &os) const override
    {
        os << "revertRow(";
        at.show(os);
        os << ")";
    }
};

struct Submit : Base
{
    bool all = uniform(0, 2) == 1;
    void exec(Harness &h) const override
    {
        h.modelStep(all ? QStringLiteral("submitAll()") : QStringLiteral("submit()"), [&](Step &s) {
            s.save = true;
            s.saveOk = all ? h.model().submitAll() : h.model().submit();
        });
    }
    void show(std::ostream &os) const override { os << (all ? "submitAll()" : "submit()"); }
};

struct Select : Base
{
    void exec(Harness &h) const override
    {
        h.modelStep(QStringLiteral("select()"), [&](Step &s) {
            s.select = true;
            s.selectOk = h.model().select();
        });
    }
    void show(std::ostream &os) const override { os << "select()"; }
};

struct FetchMore : Base
{
    void exec(Harness &h) const override
    {
        h.modelStep(QStringLiteral("fetchMore()"), [&](Step &s) {
            if (h.model().canFetchMore()) {
                const int before = h.rowCount();
                h.model().fetchMore();
                s.text += QStringLiteral(" [rows %1 -> %2]").arg(before).arg(h.rowCount());
                if (h.rowCount() > before)
                    h.pageFetched();
            }
        });
    }
    void show(std::ostream &os) const override { os << "fetchMore()"; }
};

// Reads to the end, as a view scrolled to the bottom does; the browsing invariant is then checked.
struct FetchAll : Base
{
    void exec(Harness &h) const override
    {
        h.modelStep(QStringLiteral("fetchAll()"), [&](Step &s) {
            const int before = h.rowCount();
            int pages = 0;
            while (h.model().canFetchMore()) {
                const int rows = h.rowCount();
                h.model().fetchMore();
                ++pages;
                if (h.rowCount() > rows)
                    h.pageFetched();
            }
            s.text += QStringLiteral(" [%1 fetchMore, rows %2 -> %3]").arg(pages).arg(before).arg(h.rowCount());
        });
    }
    void show(std::ostream &os) const override { os << "fetchAll()"; }
};

struct SortSelect : Base
{
    int column = uniform(0, 3);
    bool descending = uniform(0, 2) == 1;
    void exec(Harness &h) const override
    {
        static const char *cols[] = {"id", "name", "qty"};
        h.modelStep(QStringLiteral("setSort(%1, %2) + select()")
                        .arg(QLatin1String(cols[column]), descending ? QStringLiteral("desc") : QStringLiteral("asc")),
                    [&](Step &s) {
                        h.model().setSort(h.col(cols[column]), descending ? Qt::DescendingOrder : Qt::AscendingOrder);
                        h.setSortTerm(cols[column], descending);
                        s.select = true;
                        s.selectOk = h.model().select();
                    });
    }
    void show(std::ostream &os) const override { os << "sort(" << column << (descending ? ", desc" : ", asc") << ")"; }
};

struct FilterSelect : Base
{
    int threshold = uniform(-1, 8); // -1: no filter
    void exec(Harness &h) const override
    {
        const QString filter = threshold < 0 ? QString() : QStringLiteral("qty > %1").arg(threshold);
        h.modelStep(QStringLiteral("setFilter(\"%1\") + select()").arg(filter), [&](Step &s) {
            h.setFilterQty(threshold);
            h.model().setFilter(filter);
            s.select = true;
            s.selectOk = h.model().select();
        });
    }
    void show(std::ostream &os) const override { os << "filter(qty > " << threshold << ")"; }
};

// One of the resolutions, on one of the rows that has a conflict.
struct Resolve : Base
{
    int pick = uniform(0, pickRange);
    int how = uniform(0, 4);
    bool preferMine = uniform(0, 2) == 1;
    void exec(Harness &h) const override
    {
        QList<int> rows;
        for (int r = 0; r < h.rowCount(); ++r)
            if (h.model().hasConflict(r))
                rows << r;
        if (rows.isEmpty())
            return;
        const int r = rows.at(pick % rows.size());
        const ConflictSnapshot snap = h.model().conflict(r);
        const qint64 id = h.recordId(r);
        VersionedTableModel &m = h.model();
        if (snap.isDeletedByOthers()) {
            const bool recreate = how % 2 == 0;
            h.modelStep(QStringLiteral("%1(%2) [deleted by others]")
                            .arg(recreate ? QStringLiteral("recreateRow") : QStringLiteral("discardRow"), h.describeRow(r)),
                        [&](Step &s) {
                            s.save = s.resolution = true;
                            s.saveOk = recreate ? m.recreateRow(r) : m.discardRow(r);
                        });
            return;
        }
        const QString what = QStringLiteral("(%1) [their version %2]").arg(h.describeRow(r), snap.theirVersion().toString());
        switch (how) {
        case 0:
            h.modelStep(QStringLiteral("reloadRow") + what, [&](Step &s) {
                s.save = s.resolution = true;
                s.saveOk = m.reloadRow(r);
                if (s.saveOk)
                    s.reloadedRow = r;
            });
            break;
        case 1:
            h.modelStep(QStringLiteral("overwriteRow") + what, [&](Step &s) {
                s.knowingly.insert(id, snap.theirVersion().toLongLong());
                s.save = s.resolution = true;
                s.saveOk = m.overwriteRow(r);
            });
            break;
        default: {
            QVariantMap values;
            if (how == 2) {
                // The user's choice per field, from the records the dialog shows: never the
                // library's own merge, whose bugs the test could then not see.
                const QSqlRecord mine = snap.mine();
                const QSqlRecord theirs = snap.theirs();
                for (int i = 0; i < mine.count(); ++i)
                    if (mine.fieldName(i) != snap.versionColumn())
                        values.insert(mine.fieldName(i),
                                      preferMine ? mine.value(i) : theirs.value(mine.fieldName(i)));
            } else {
                const QSqlRecord mine = snap.mine();
                for (int i = 0; i < mine.count(); ++i)
                    if (mine.fieldName(i) != snap.versionColumn())
                        values.insert(mine.fieldName(i), mine.value(i));
            }
            QStringList shown;
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                shown << it.key() + QLatin1Char('=') + it.value().toString();
            h.modelStep(QStringLiteral("mergeRow") + what + QStringLiteral(" {%1}").arg(shown.join(QStringLiteral(", "))),
                        [&](Step &s) {
                            s.knowingly.insert(id, snap.theirVersion().toLongLong());
                            s.save = s.resolution = true;
                            s.saveOk = m.mergeRow(r, values);
                        });
            break;
        }
        }
    }
    void show(std::ostream &os) const override
    {
        static const char *hows[] = {"reload", "overwrite", "merge", "mergeMine"};
        os << "resolve(conflict#" << pick << ", " << hows[how] << " | " << (how % 2 ? "discard" : "recreate")
           << (how == 2 ? (preferMine ? ", prefer mine" : ", prefer theirs") : "") << ")";
    }
};

// Which record another operator's write hits: one picked from the first few ids (so that it
// meets the model's edits), one of the rows the model has read (spread over them), or one it
// has not read yet (past the rows fetched from a big table, or inserted since the select).
struct OtherTarget
{
    int pick = uniform(0, pickRange);
    int where = uniform(0, 3);
    int spread = uniform(0, 1001);
    qint64 resolve(Harness &h, QString *label) const
    {
        qint64 id = -1;
        if (where == 1)
            id = h.fetchedId(spread);
        else if (where == 2)
            id = h.unfetchedId(spread);
        if (id >= 0) {
            *label = where == 1 ? QStringLiteral(" [fetched]") : QStringLiteral(" [not fetched]");
            return id;
        }
        return h.pickDbId(pick);
    }
    void show(std::ostream &os) const
    {
        static const char *wheres[] = {"id#", "fetched#", "unfetched#"};
        os << wheres[where] << (where ? spread : pick);
    }
};

struct OtherUpdate : Base
{
    OtherTarget target;
    bool qty = uniform(0, 2) == 1;
    int value = uniform(0, 10);
    void exec(Harness &h) const override
    {
        QString label;
        const qint64 id = target.resolve(h, &label);
        if (id < 0)
            return;
        const QVariant v = qty ? QVariant(value) : QVariant(names.at(value % names.size()));
        const QString column = qty ? QStringLiteral("qty") : QStringLiteral("name");
        h.otherStep(QStringLiteral("UPDATE id %1%2 SET %3 = %4, version + 1").arg(id).arg(label, column, v.toString()),
                    QStringLiteral("UPDATE items SET %1 = ?, version = version + 1 WHERE id = ?").arg(column),
                    {v, id});
    }
    void show(std::ostream &os) const override
    {
        os << "otherUpdate(";
        target.show(os);
        os << ", " << (qty ? "qty" : "name") << ", " << value << ")";
    }
};

struct OtherDelete : Base
{
    OtherTarget target;
    void exec(Harness &h) const override
    {
        QString label;
        const qint64 id = target.resolve(h, &label);
        if (id < 0)
            return;
        h.otherStep(QStringLiteral("DELETE id %1%2").arg(id).arg(label), QStringLiteral("DELETE FROM items WHERE id = ?"), {id});
        h.otherDeleted(id);
    }
    void show(std::ostream &os) const override
    {
        os << "otherDelete(";
        target.show(os);
        os << ")";
    }
};

struct OtherInsert : Base
{
    int value = uniform(0, 10);
    void exec(Harness &h) const override
    {
        h.otherStep(QStringLiteral("INSERT qty = %1").arg(value),
                    QStringLiteral("INSERT INTO items (name, qty) VALUES ('theirs', ?)"), {value});
    }
    void show(std::ostream &os) const override { os << "otherInsert(qty " << value << ")"; }
};

// Edits, saves and other writers come more often than the rest, so conflicts arise and get resolved.
auto commands()
{
    return rc::state::gen::execOneOfWithArgs<SetData, SetData, SetData, InsertRow, RemoveRow, RevertRow,
                                             Submit, Submit, Select, FetchMore, FetchMore, FetchAll,
                                             SortSelect, SortSelect, FilterSelect,
                                             Resolve, Resolve, Resolve, OtherUpdate, OtherUpdate,
                                             OtherUpdate, OtherDelete, OtherInsert>();
}

} // namespace

class tst_ModelStateMachine : public QObject
{
    Q_OBJECT

private slots:
    void randomSequences_data() { TestDatabase::addBackendRows(); }
    void randomSequences();
    // Windows of one process and a misbehaving outside writer, every strategy (windowsmachine.cpp).
    void windowsAndWriters_data() { TestDatabase::addBackendRows(); }
    void windowsAndWriters();
};

void tst_ModelStateMachine::windowsAndWriters()
{
    CONCORD_OPEN_TEST_DB(tdb);
    const QString failure = concord::test::runWindowsMachine(tdb);
    if (!failure.isEmpty())
        qWarning().noquote() << failure;
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_ModelStateMachine::randomSequences()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QSqlDatabase other = tdb.open();
    QVERIFY2(other.isOpen(), qPrintable(tdb.error()));

    // RC_PARAMS wins; otherwise the budget below. RapidCheck picks a random seed unless told.
    rc::detail::TestParams params = rc::detail::configuration().testParams;
    const QByteArray rcParams = qgetenv("RC_PARAMS");
    if (!rcParams.contains("max_success")) {
        bool ok = false;
        const int budget = qEnvironmentVariableIntValue("CONCORD_RC_BUDGET", &ok);
        // A PostgreSQL step costs more (a round trip per statement), a SQLite one waits on
        // fdatasync: both defaults fill about 21-33 s on a 2-core machine.
        params.maxSuccess = ok && budget > 0 ? budget : (tdb.isSqlite() ? 450 : 300);
    }
    if (!rcParams.contains("max_size"))
        params.maxSize = 100;
    qInfo("statemachine: backend=%s seed=%llu max_success=%d max_size=%d (replay: RC_PARAMS=\"seed=%llu max_success=%d max_size=%d\")",
          qPrintable(tdb.backend()), static_cast<unsigned long long>(params.seed), params.maxSuccess,
          params.maxSize, static_cast<unsigned long long>(params.seed), params.maxSuccess, params.maxSize);

    Counters counters;
    QElapsedTimer timer;
    timer.start();
    rc::detail::TestMetadata metadata;
    metadata.id = "randomSequences:" + tdb.backend().toStdString();
    metadata.description = metadata.id;
    const auto result = rc::detail::checkTestable(
        [&] {
            const int strategy = uniform(0, 3);
            const int policy = uniform(0, 2);
            // A quarter of the sequences browse a big table, which select() leaves partly
            // unfetched (rows are read 500 per statement, shown 256 at a time).
            const bool big = uniform(0, 4) == 0;
            const int rows = big ? uniform(600, 1201) : uniform(6, 13);
            Harness harness(tdb, other, strategy, policy, rows, counters);
            rc::state::check(Spec{}, harness, commands());
        },
        metadata, params);
    qInfo("statemachine: backend=%s sequences=%d steps=%d conflicts=%d resolutions=%d seconds=%.1f "
          "big_sequences=%d big_steps=%d pages=%d fetched_to_end=%d",
          qPrintable(tdb.backend()), counters.sequences, counters.steps, counters.conflicts,
          counters.resolutions, timer.elapsed() / 1000.0, counters.bigSequences, counters.bigSteps,
          counters.pages, counters.fetchedToEnd);

    std::ostringstream out;
    rc::detail::printResultMessage(result, out);
    const bool passed = result.template is<rc::detail::SuccessResult>();
    if (!passed)
        qWarning().noquote() << QString::fromStdString(out.str());
    QVERIFY2(passed, out.str().c_str());
}

QTEST_GUILESS_MAIN(tst_ModelStateMachine)
#include "tst_modelstatemachine.moc"
