// Randomized stateful test (RapidCheck) of in-process windows and misbehaving outside writers.
//
// Each sequence: a table under one version strategy (Client, Trigger, Xmin on PostgreSQL,
// Versionless), two or three VersionedTableModel windows on their own connections of one
// database (window 0 at the live-update default, window 1 opted in to refreshing clean rows,
// window 2 at the default with another edit strategy), and an outside writer on a plain
// QSqlQuery connection that also misbehaves: plain SQL without a version bump, DELETE + INSERT
// under the same key, key updates, the version set back (ABA), a transaction that rolls back,
// wide rows, case-only changes under a NOCASE column (SQLite). A window's caller may also save
// inside its own transaction and roll it back. The event loop runs only at the Drain and Pump
// commands, so notifications and publications arrive in real orders relative to the steps.
//
// The reference is the test's own: the table as read with plain SQL after every step, a write
// counter and an incarnation per key, the log of committed values, and what each window has
// been shown (set at its select, its own saves and reloads). It never asks the library how to
// merge. Properties, after every step:
//  - no lost update: a window's write of a record is made on the state it was shown (per
//    strategy: Trigger/Xmin any write since; Client the version and the record's incarnation;
//    Versionless the edited columns' values, compared exactly);
//  - no false conflict: a save or resolution on the state the window holds must not conflict;
//  - no missed change: after a Drain, a window whose record changed (as its strategy can see)
//    marks the row, or shows the record as it is now (a refresh);
//  - a window at the default never changes a clean row's values by itself ("clean-copy");
//  - no window shows values that were never committed ("phantom").
//
// Known failures of today's code are tolerated by category, never silently: the categories in
// kKnownFailures (or CONCORD_RC_KNOWN, a comma list; empty checks everything) turn the
// corresponding outside behaviour off or tolerate the finding; see windowsmachine.cpp's
// knownCategories() and the report printed at the end.
#include "windowsmachine.h"

#include <concord/changefeed.h>
#include <concord/tablepreparer.h>
#include <concord/versionedtablemodel.h>

#include <rapidcheck.h>
#include <rapidcheck/state.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sstream>

namespace concord::test {

namespace {

using concord::VersionStrategy;
using concord::VersionedTableModel;
using RowState = VersionedTableModel::RowState;

// ---- Tolerated categories. The categories clean-copy, replace, rekey, collation,
// caller-rollback, revert-elsewhere, own-inserts, pg-missed and stale-resolution were removed
// once their fixes were merged (issue 19);
// CONCORD_RC_KNOWN can still name them to switch the corresponding outside behaviour off.
// Two are limits, neither a lost update:
//   stale-publish : under Client/Versionless a window's save leaves its own values of the
//                   columns it did not write, which a plain writer (no version bump) may have
//                   changed: those strategies cannot see such a writer (README, "Client").
//   sqlite-notice : SQLite: on a heavily loaded machine the 3 s the test waits for the poll
//                   to report an outside commit are now and then not enough; the step is then
//                   not checked (the trace says so).
const char kKnownFailures[] = "stale-publish,sqlite-notice";

QSet<QString> knownCategories()
{
    const QByteArray env = qgetenv("CONCORD_RC_KNOWN");
    const QString list = qEnvironmentVariableIsSet("CONCORD_RC_KNOWN") ? QString::fromLocal8Bit(env)
                                                                     : QString::fromLatin1(kKnownFailures);
    QSet<QString> set;
    for (const QString &c : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        set << c.trimmed();
    return set;
}

bool known(const char *category)
{
    static const QSet<QString> set = knownCategories();
    return set.contains(QLatin1String(category));
}

// The opt-in refresh the lead is adding (setRefreshCleanRows); until it is on main, window 1
// stays at the default and the check treats it like the others.
template <typename M>
bool optInRefresh(M &m)
{
    if constexpr (requires { m.setRefreshCleanRows(true); }) {
        m.setRefreshCleanRows(true);
        return true;
    } else {
        return false;
    }
}

// SQLite's poll interval between Drains: never reached within a sequence.
constexpr int kIdlePollMs = 3600 * 1000;

int uniform(int min, int max) { return *rc::gen::resize(100, rc::gen::inRange(min, max)); }

// The values a window shows and the table holds, compared exactly (text as text, case and
// trailing blanks included).
struct Vals
{
    QVariant name, qty, note;
    static QString norm(const QVariant &v) { return v.isNull() ? QStringLiteral("<null>") : v.toString(); }
    bool operator==(const Vals &o) const
    {
        return norm(name) == norm(o.name) && norm(qty) == norm(o.qty) && norm(note) == norm(o.note);
    }
    QVariant at(int c) const { return c == 0 ? name : c == 1 ? qty : note; }
    QString text() const
    {
        return QStringLiteral("{%1, %2, %3}").arg(norm(name), norm(qty), norm(note).left(20));
    }
};

// One record as the table holds it, with the reference's own identity for it.
struct DbRec
{
    Vals vals;
    qint64 version = 0; // the version column, xmin, or 0 (Versionless)
    qint64 inc = 0;     // incarnation: a new one at every insert under this key
    qint64 wc = 0;      // write counter: every committed write of the record counts
    bool exists = false;
};

// What a window was shown of a record, by the reference's own account.
struct Seen
{
    DbRec rec;
    bool valid = false;
};

// What a window's edit of a record was based on: recorded at the first edit of a clean row.
struct EditBase
{
    Seen seen;
    Vals shown;
    QSet<int> columns; // the columns edited (0 name, 1 qty, 2 note); all for a delete
};

struct Window
{
    std::unique_ptr<VersionedTableModel> model;
    QSqlDatabase db;
    bool refresh = false; // opted in (or, under clean-copy tolerance, refreshing anyway)
    QHash<qint64, Seen> seen;
    QHash<qint64, EditBase> bases;
    QSet<qint64> inserted; // records this window inserted
    // stale-resolution: records this window resolved without writing (their record taken as
    // its conflict showed it) since it last wrote, read or selected them.
    QSet<qint64> resolvedUnwritten;
    // stale-publish under Versionless: the record as the database held it at this window's own
    // save, while the window shows its own values of the columns it did not write.
    QHash<qint64, Vals> savedAs;
    // Counted at modelReset: submitAll() under OnManualSubmit re-selects to drop deleted rows,
    // as QSqlTableModel does (README): a select() the caller's call made, not a change by itself.
    std::shared_ptr<int> resets = std::make_shared<int>(0);
};

const char *strategyName(VersionStrategy s)
{
    return QMetaEnum::fromType<VersionStrategy>().valueToKey(int(s));
}

class World
{
public:
    World(TestDatabase &tdb, const QList<QSqlDatabase> &conns, const QSqlDatabase &other,
          VersionStrategy strategy, int windows, bool bigKeys)
        : m_tdb(tdb), m_other(other), m_conns(conns), m_strategy(strategy)
    {
        m_firstId = bigKeys ? (Q_INT64_C(1) << 53) - 2 : 1;
        m_header = QStringLiteral("backend=%1 strategy=%2 windows=%3 keys from %4")
                       .arg(tdb.backend(), QLatin1String(strategyName(strategy))).arg(windows).arg(m_firstId);
        // A sequence that failed mid-step (an exception out of a caller transaction, say) may
        // have left a transaction open on one of the shared connections: its locks would make
        // this sequence's DROP TABLE wait for ever (a shrink then ends at QtTest's watchdog).
        for (QSqlDatabase c : conns + QList<QSqlDatabase>{other})
            if (c.driver()->hasFeature(QSqlDriver::Transactions) && !c.isOpenError())
                c.rollback();
        createTable();
        for (int w = 0; w < windows; ++w) {
            Window win;
            win.db = conns.at(w);
            win.model = std::make_unique<VersionedTableModel>(nullptr, win.db);
            static const QSqlTableModel::EditStrategy edit[] = {QSqlTableModel::OnManualSubmit,
                                                                QSqlTableModel::OnManualSubmit,
                                                                QSqlTableModel::OnRowChange};
            win.model->setEditStrategy(edit[w]);
            win.model->setVersionStrategy(strategy);
            win.model->setOperatorName(QStringLiteral("w%1").arg(w));
            QObject::connect(win.model.get(), &QAbstractItemModel::modelReset, &m_context,
                             [resets = win.resets] { ++*resets; });
            if (w == 1)
                win.refresh = optInRefresh(*win.model);
            if (known("clean-copy"))
                win.refresh = true; // tolerated: every window may refresh clean rows today
            win.model->setTable(QStringLiteral("items"));
            win.model->setSort(0, Qt::AscendingOrder);
            if (win.model->versionStrategy() != strategy)
                fail(QStringLiteral("window %1 opened under %2").arg(w).arg(strategyName(win.model->versionStrategy())));
            m_windows.push_back(std::move(win));
        }
        if (tdb.isSqlite()) {
            // Polled often, so that a Drain waits milliseconds for an outside commit, not 500.
            if (ChangeFeed *feed = ChangeFeed::forDatabase(conns.at(0))) {
                // Polled only while a Drain waits (see drain()), so that a Pump never depends on
                // how many milliseconds went by: sequences replay, and shrink, alike.
                feed->setPollInterval(kIdlePollMs);
                // Connected after the windows: when this counts, they have heard it.
                QObject::connect(feed, &ChangeFeed::databaseChanged, &m_context, [this] { ++m_dbChanged; });
            }
        }
        absorb(readDb());
        for (int w = 0; w < windows; ++w)
            windowStep(w, QStringLiteral("select() [setup]"), [&] { m_windows[w].model->select(); });
    }

    ~World()
    {
        m_windows.clear();
        // PostgreSQL: notifications of this sequence still on their way would reach the next
        // sequence's windows, whose table has the same name and the same keys: a renumbering
        // told late then moved a row of the new table (seed 8955733247429147011). They are
        // read now, by nobody.
        if (!m_tdb.isSqlite())
            readPendingNotifications();
    }

    void readPendingNotifications()
    {
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (const QSqlDatabase &c : m_conns)
            spies.push_back(std::make_unique<QSignalSpy>(c.driver(), &QSqlDriver::notification));
        QSqlQuery q(m_other);
        if (!q.exec(QStringLiteral("NOTIFY concord_test_sync")))
            return;
        for (auto &spy : spies) {
            QElapsedTimer t;
            t.start();
            auto synced = [&] {
                for (const auto &args : std::as_const(*spy))
                    if (args.value(0).toString() == QLatin1String("concord_test_sync"))
                        return true;
                return false;
            };
            while (!synced() && t.elapsed() < 3000)
                spy->wait(100);
        }
    }

    int windows() const { return int(m_windows.size()); }
    VersionedTableModel &model(int w) { return *m_windows[w].model; }
    VersionStrategy strategy() const { return m_strategy; }
    bool isSqlite() const { return m_tdb.isSqlite(); }
    bool versioned() const { return m_strategy == VersionStrategy::Client || m_strategy == VersionStrategy::Trigger; }
    int col(int w, const char *name) { return model(w).fieldIndex(QLatin1String(name)); }
    qint64 nextId() { return m_firstId + 100 + (m_nextId++); }

    // The outside writer renumbered `from` to `to`: the same record under a new key (issue 19,
    // 6), which a window follows once it hears of it, edits and all.
    void noteRekey(qint64 from, qint64 to)
    {
        if (!m_db.value(to).exists || m_db.value(from).exists)
            return; // refused (a key taken since): nothing moved
        DbRec &rec = m_db[to];
        rec.inc = m_db.value(from).inc;
        rec.wc = m_db.value(from).wc + 1;
        QList<LogEntry> log = m_log.value(from);
        log.append({rec.inc, rec.version, rec.vals, rec.wc});
        m_log[to] = log;
        m_incChangedAt.remove(to);
        m_renamedFrom.insert(to, from);
        m_renamedInc.insert(to, rec.inc);
    }

    // The key record k has now, after every renumbering since.
    qint64 latestKey(qint64 k) const
    {
        for (qint64 next = m_renamedFrom.key(k, -1); next >= 0; next = m_renamedFrom.key(k, -1))
            k = next;
        return k;
    }

    // What window w knew of a record under its old key moves with its row to the new key.
    void followRekeys(int w)
    {
        if (m_renamedFrom.isEmpty())
            return;
        Window &win = m_windows[w];
        QSet<qint64> shownKeys;
        for (int r = 0; r < win.model->rowCount(); ++r)
            shownKeys << keyOfRow(w, r);
        // Renumbered more than once (2 -> 101 -> 105): each move follows the one before.
        for (bool moved = true; moved;) {
            moved = false;
            for (auto it = m_renamedFrom.cbegin(); it != m_renamedFrom.cend(); ++it) {
                const qint64 to = it.key(), from = it.value();
                if (shownKeys.contains(from) || win.bases.contains(to) || win.seen.contains(to))
                    continue;
                if (!win.bases.contains(from) && !win.seen.contains(from))
                    continue;
                // Only what the window knew of the record that was renumbered: a record put
                // under the old key since (recreateRow, an insert) is another record, and what
                // the window knows of that one stays with it (SQLite seed 8725218869286773112).
                const qint64 inc = m_renamedInc.value(to, -1);
                auto other = [inc](const Seen &s) { return s.valid && s.rec.inc != inc; };
                if ((win.bases.contains(from) && other(win.bases.value(from).seen))
                    || (win.seen.contains(from) && other(win.seen.value(from))))
                    continue;
                // Only once the window shows the new key, or the key it was renumbered to next.
                const qint64 last = latestKey(to);
                if (!shownKeys.contains(to) && !shownKeys.contains(last))
                    continue;
                if (win.bases.contains(from))
                    win.bases.insert(to, win.bases.take(from));
                if (win.seen.contains(from))
                    win.seen.insert(to, win.seen.take(from));
                if (win.inserted.remove(from))
                    win.inserted << to;
                moved = true;
            }
        }
    }
    QString freshName(int w) { return QStringLiteral("w%1n%2").arg(w).arg(++m_counter); }
    QString freshOutsideName() { return QStringLiteral("o%1").arg(++m_counter); }

    qint64 keyOfRow(int w, int r)
    {
        const QVariant id = model(w).record(r).value(QStringLiteral("id"));
        return id.isNull() ? -1 : id.toLongLong();
    }
    Vals shown(int w, int r)
    {
        VersionedTableModel &m = model(w);
        return {m.data(m.index(r, col(w, "name"))), m.data(m.index(r, col(w, "qty"))),
                m.data(m.index(r, col(w, "note")))};
    }
    // The ids the table holds, for the outside writer to pick from.
    qint64 pickDbId(int pick) const
    {
        QList<qint64> ids;
        for (auto it = m_db.cbegin(); it != m_db.cend(); ++it)
            if (it->exists)
                ids << it.key();
        return ids.isEmpty() ? -1 : ids.at(pick % ids.size());
    }
    DbRec dbRec(qint64 id) const { return m_db.value(id); }

    // ---- the reference table: read with plain SQL, compared with the last read
    QMap<qint64, DbRec> readDb()
    {
        QMap<qint64, DbRec> now;
        const QString version = m_strategy == VersionStrategy::Xmin
            ? QStringLiteral("CAST(CAST(xmin AS text) AS bigint)")
            : versioned() ? QStringLiteral("version") : QStringLiteral("0");
        QSqlQuery q(m_other);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name, qty, note, %1 FROM items").arg(version)))
            fail(QStringLiteral("cannot read the table: ") + q.lastError().text());
        while (q.next()) {
            DbRec r;
            r.vals = {q.value(1), q.value(2), q.value(3)};
            r.version = q.value(4).toLongLong();
            r.exists = true;
            now.insert(q.value(0).toLongLong(), r);
        }
        return now;
    }

    // Folds a new read into the reference: which records were written, inserted, deleted.
    // `replaced`: keys the outside writer deleted and inserted again in this step.
    QSet<qint64> absorb(const QMap<qint64, DbRec> &now, const QSet<qint64> &replaced = {})
    {
        QSet<qint64> written;
        QSet<qint64> keys;
        for (auto it = m_db.cbegin(); it != m_db.cend(); ++it)
            keys << it.key();
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            keys << it.key();
        for (qint64 k : std::as_const(keys)) {
            DbRec &old = m_db[k];
            const DbRec fresh = now.value(k);
            const bool replace = replaced.contains(k);
            if (!fresh.exists) {
                if (old.exists) {
                    old.exists = false;
                    ++old.wc;
                    m_incChangedAt[k] = m_step;
                    written << k;
                }
                continue;
            }
            if (!old.exists || replace) {
                old.inc = ++m_incs;
                m_incChangedAt[k] = m_step;
            } else if (fresh.vals == old.vals && fresh.version == old.version) {
                continue;
            }
            old.vals = fresh.vals;
            old.version = fresh.version;
            old.exists = true;
            ++old.wc;
            m_log[k].append({old.inc, old.version, old.vals, old.wc});
            written << k;
        }
        return written;
    }

    // ---- the outside writer
    void outside(const QString &text, const QStringList &sql, const QList<QVariantList> &binds,
                 bool commit = true, const QSet<qint64> &replaced = {})
    {
        ++m_step;
        m_trace << QStringLiteral("outside: ") + text;
        if (!m_other.transaction())
            fail(QStringLiteral("outside: cannot begin: ") + m_other.lastError().text());
        for (int i = 0; i < sql.size(); ++i) {
            QSqlQuery q(m_other);
            q.prepare(sql.at(i));
            for (const QVariant &v : binds.value(i))
                q.addBindValue(v);
            if (!q.exec()) {
                const QString error = q.lastError().text();
                m_other.rollback();
                m_trace.last() += QStringLiteral(" -> error ") + error;
                return; // a constraint (a key taken since): nothing written, which is fine
            }
        }
        if (commit ? !m_other.commit() : !m_other.rollback())
            fail(QStringLiteral("outside: cannot end the transaction: ") + m_other.lastError().text());
        if (commit) {
            m_outsideSinceDrain = true;
            m_dbChangedAtCommit = m_dbChanged;
        }
        absorb(readDb(), replaced);
    }

    // ---- one window's step: run it, then check what it wrote and what it reports
    struct Resolution
    {
        bool knowingly = false; // overwriteRow/mergeRow: made against their state, as shown
        qint64 id = -1;
        Vals theirs;
        qint64 theirVersion = 0;
        bool theirsGone = false;
    };

    // (No default argument: clang refuses one that needs Resolution's member initializers
    // inside the class that defines it.)
    template <typename Action>
    void windowStep(int w, const QString &text, Action &&action)
    {
        windowStep(w, text, std::forward<Action>(action), Resolution());
    }

    template <typename Action>
    void windowStep(int w, const QString &text, Action &&action, const Resolution &res)
    {
        ++m_step;
        Window &win = m_windows[w];
        const QMap<qint64, DbRec> before = m_db;
        QHash<qint64, bool> conflictBefore;
        for (int r = 0; r < win.model->rowCount(); ++r)
            conflictBefore.insert(keyOfRow(w, r), win.model->hasConflict(r));
        followRekeys(w);
        const int resetsBefore = *win.resets;
        action();
        followRekeys(w);
        m_trace << QStringLiteral("w%1: %2").arg(w).arg(text);
        if (*win.resets != resetsBefore && !text.contains(QLatin1String("select()")))
            m_trace.last() += QStringLiteral(" [re-selected]");
        const QSet<qint64> written = absorb(readDb());
        if (win.model->lastFailure() != VersionedTableModel::FailureKind::None)
            m_trace.last() += QStringLiteral(" [last failure %1]")
                                  .arg(QLatin1String(QMetaEnum::fromType<VersionedTableModel::FailureKind>()
                                                         .valueToKey(int(win.model->lastFailure()))));
        for (qint64 k : written) {
            checkWrite(w, k, before.value(k), res);
            if (!before.value(k).exists && m_db.value(k).exists)
                win.inserted << k;
        }
        // No false conflict: a new conflict on a record nobody wrote since this window's base.
        for (int r = 0; r < win.model->rowCount(); ++r) {
            const qint64 k = keyOfRow(w, r);
            if (k < 0 || !win.model->hasConflict(r) || conflictBefore.value(k, true))
                continue;
            const DbRec b = before.value(k);
            if (res.knowingly && (res.id == k || latestKey(res.id) == k)) {
                if (!res.theirsGone && b.exists && b.vals == res.theirs
                    && (!versioned() || b.version == res.theirVersion) && m_strategy != VersionStrategy::Xmin)
                    fail(QStringLiteral("false conflict: w%1's resolution of id %2 was made on the "
                                        "record as it stood, %3").arg(w).arg(k).arg(b.vals.text()));
                continue;
            }
            const auto base = win.bases.constFind(k);
            // ... and that the window showed as it was (a Versionless save of other fields
            // leaves the window showing its own values of the rest, which then do conflict).
            if (base != win.bases.cend() && base->seen.valid && b.exists && b.inc == base->seen.rec.inc
                && b.wc == base->seen.rec.wc && b.vals == base->shown)
                fail(QStringLiteral("false conflict: w%1's save of id %2 conflicted though nobody "
                                    "wrote the record since the window read it (%3)")
                         .arg(w).arg(k).arg(b.vals.text()));
        }
        // What the window now holds as read: its own saves, reloads, a select.
        for (qint64 k : written) {
            if (!m_db.value(k).exists)
                continue;
            win.seen[k] = {m_db.value(k), true};
            win.savedAs.remove(k);
            // stale-publish: under Client and Versionless the window keeps its own values of the
            // columns it did not write, which a plain writer may have changed meanwhile.
            // Versionless judges a change by values: by those the database held at the save.
            if (known("stale-publish")
                && (m_strategy == VersionStrategy::Client || m_strategy == VersionStrategy::Versionless)) {
                for (int r = 0; r < win.model->rowCount(); ++r) {
                    if (keyOfRow(w, r) == k && win.model->rowState(r) == RowState::Clean) {
                        const Vals v = shown(w, r);
                        if (!(v == m_db.value(k).vals))
                            win.savedAs.insert(k, m_db.value(k).vals);
                        win.seen[k].rec.vals = v;
                        break;
                    }
                }
            }
        }
        const bool selected = text.contains(QLatin1String("select()")) || *win.resets != resetsBefore;
        if (selected)
            win.savedAs.clear();
        if (selected) {
            // A select shows every record once, and nothing else (keys must survive intact).
            QList<qint64> shownIds, dbIds;
            for (int r = 0; r < win.model->rowCount(); ++r)
                shownIds << keyOfRow(w, r);
            for (auto it = m_db.cbegin(); it != m_db.cend(); ++it)
                if (it->exists)
                    dbIds << it.key();
            std::sort(shownIds.begin(), shownIds.end());
            if (shownIds != dbIds)
                fail(QStringLiteral("w%1's select() shows ids %2, the table holds %3")
                         .arg(w).arg(idList(shownIds), idList(dbIds)));
            win.seen.clear();
            for (auto it = m_db.cbegin(); it != m_db.cend(); ++it)
                if (it->exists)
                    win.seen[it.key()] = {*it, true};
        }
        // A reload reads the record under the key it has now (renumbered elsewhere: the new one).
        const qint64 reloaded = res.id >= 0 ? latestKey(res.id) : -1;
        if (reloaded >= 0 && text.startsWith(QLatin1String("reloadRow")) && m_db.value(reloaded).exists) {
            win.seen[reloaded] = {m_db.value(reloaded), true};
            win.savedAs.remove(reloaded);
        }
        // A resolution whose result is their record as it stands (theirs chosen everywhere)
        // writes nothing: the window now holds their record, as the conflict showed it.
        // So does a revertRow of a row with edits whose record changed elsewhere: it takes their
        // record, as reloadRow() does, for its old values at the old version would only conflict.
        for (qint64 k : written)
            win.resolvedUnwritten.remove(k);
        if (selected)
            win.resolvedUnwritten.clear();
        if (res.knowingly && res.id >= 0 && !written.contains(res.id))
            win.resolvedUnwritten << res.id;
        const bool takesTheirs = res.knowingly || text.startsWith(QLatin1String("revertRow"));
        if (takesTheirs && res.id >= 0 && !written.contains(res.id) && !res.theirsGone) {
            int row = -1;
            qint64 id = res.id; // or the key it was renumbered to, if their record holds that
            for (int r = 0; r < win.model->rowCount() && row < 0; ++r) {
                const qint64 k = keyOfRow(w, r);
                if (k == res.id || (k == reloaded && !written.contains(k))) {
                    row = r;
                    id = k;
                }
            }
            // A revert after a save conflict reads the record again: the record as it is now.
            const DbRec now = m_db.value(id);
            if (row >= 0 && text.startsWith(QLatin1String("revertRow")) && win.model->rowState(row) == RowState::Clean
                && now.exists && shown(w, row) == now.vals) {
                win.seen[id] = {now, true};
                win.savedAs.remove(id);
            } else if (row >= 0 && win.model->rowState(row) == RowState::Clean && shown(w, row) == res.theirs) {
                // Their record as committed then (the database may have moved on since: the
                // window has not heard of that yet, and will mark it).
                const auto &log = m_log.value(id);
                for (auto e = log.crbegin(); e != log.crend(); ++e) {
                    if (e->vals == res.theirs && (!versioned() || e->version == res.theirVersion)) {
                        DbRec rec;
                        rec.vals = e->vals;
                        rec.version = e->version;
                        rec.inc = e->inc;
                        rec.wc = e->wc;
                        rec.exists = true;
                        win.seen[id] = {rec, true};
                        win.savedAs.remove(id);
                        break;
                    }
                }
            }
        }
        // Edit bases end when a row is clean again.
        QSet<qint64> pending;
        for (int r = 0; r < win.model->rowCount(); ++r) {
            const RowState s = win.model->rowState(r);
            if (s != RowState::Clean)
                pending << keyOfRow(w, r);
        }
        for (auto it = win.bases.begin(); it != win.bases.end();)
            it = pending.contains(it.key()) ? std::next(it) : win.bases.erase(it);
        checkShown(false);
    }

    static QString idList(const QList<qint64> &ids)
    {
        QStringList parts;
        for (qint64 id : ids)
            parts << QString::number(id);
        return parts.join(QLatin1Char(','));
    }

    // Called before an edit or removal of row r: what the edit is based on.
    void noteEdit(int w, int r, int column)
    {
        Window &win = m_windows[w];
        const qint64 k = keyOfRow(w, r);
        if (k < 0)
            return;
        auto it = win.bases.find(k);
        if (it == win.bases.end()) {
            const Vals v = shown(w, r);
            const DbRec d = m_db.value(k);
            // A clean row that moved from what the window was shown to the record as it is now
            // was refreshed: the edit is made on that. So was one that holds the record's
            // current version where the window was shown another (a renumbering or a write of
            // the same values, refreshed at a pump: PostgreSQL seed 3126401786553932135).
            const Seen was = win.seen.value(k);
            const bool atVersion = m_strategy != VersionStrategy::Versionless
                                   && model(w).rowVersion(r).toLongLong() == d.version
                                   && d.version != was.rec.version;
            if (win.refresh && model(w).rowState(r) == RowState::Clean && d.exists && v == d.vals
                && (!(v == was.rec.vals) || d.inc != was.rec.inc || atVersion))
                win.seen[k] = {d, true};
            it = win.bases.insert(k, {win.seen.value(k), v, {}});
        }
        if (column < 0)
            it->columns = {0, 1, 2};
        else
            it->columns << column;
    }

    // ---- the event loop
    void drain(bool wait)
    {
        ++m_step;
        m_trace << (wait ? QStringLiteral("drain") : QStringLiteral("pump"));
        if (wait && m_outsideSinceDrain && isSqlite()) {
            // A poll after the outside commit reports it (a pump may have let one run already).
            ChangeFeed *feed = ChangeFeed::forDatabase(m_windows[0].db);
            feed->setPollInterval(5);
            QElapsedTimer t;
            t.start();
            while (m_dbChanged <= m_dbChangedAtCommit && t.elapsed() < 3000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            feed->setPollInterval(kIdlePollMs);
            if (m_dbChanged <= m_dbChangedAtCommit) {
                if (!known("sqlite-notice"))
                    fail(QStringLiteral("missed change: the SQLite feed never reported the outside "
                                        "commit (3 s of polling every 5 ms)"));
                m_trace << QStringLiteral("  (the feed reported nothing: sqlite-notice tolerated)");
                QCoreApplication::processEvents();
                return; // nothing to check: the windows were never told
            }
        } else if (wait && !isSqlite()) {
            // Every notification committed before this one is delivered before it, on each
            // window's connection.
            std::vector<std::unique_ptr<QSignalSpy>> spies;
            for (Window &win : m_windows)
                spies.push_back(std::make_unique<QSignalSpy>(win.db.driver(), &QSqlDriver::notification));
            QSqlQuery q(m_other);
            if (!q.exec(QStringLiteral("NOTIFY concord_test_sync")))
                fail(QStringLiteral("NOTIFY failed: ") + q.lastError().text());
            for (auto &spy : spies) {
                QElapsedTimer t;
                t.start();
                auto synced = [&] {
                    for (const auto &args : std::as_const(*spy))
                        if (args.value(0).toString() == QLatin1String("concord_test_sync"))
                            return true;
                    return false;
                };
                while (!synced() && t.elapsed() < 3000)
                    spy->wait(100);
                if (!synced())
                    fail(QStringLiteral("the sync notification never arrived"));
            }
        }
        // A Pump runs what is queued but reads no socket: PostgreSQL's notifications, which
        // arrive whenever the server sends them, are read at Drains only, so that a sequence
        // replays (and shrinks) alike; a Drain reads them all.
        QCoreApplication::processEvents(wait ? QEventLoop::AllEvents : QEventLoop::ExcludeSocketNotifiers);
        if (wait)
            m_outsideSinceDrain = false;
        checkShown(wait);
    }

    [[noreturn]] void fail(const QString &why) const
    {
        QString msg = QStringLiteral("\n%1\nsteps as run:\n").arg(m_header);
        for (int i = 0; i < m_trace.size(); ++i)
            msg += QStringLiteral("  %1. %2\n").arg(i).arg(m_trace.at(i));
        msg += QStringLiteral("VIOLATION: ") + why + QLatin1Char('\n');
        // Unshrunk, the violation is printed as it happens too: RapidCheck runs the sequence
        // again to print it, and a timing-dependent finding may not happen the second time.
        static const bool noShrink = qEnvironmentVariableIsSet("CONCORD_RC_NOSHRINK");
        if (noShrink)
            qWarning().noquote() << msg;
        RC_FAIL(msg.toStdString());
    }
    void trace(const QString &line) { m_trace << line; }

private:
    void createTable()
    {
        const bool sqlite = m_tdb.isSqlite();
        const QString id = sqlite ? QStringLiteral("id INTEGER PRIMARY KEY") : QStringLiteral("id BIGINT PRIMARY KEY");
        // NOCASE: Versionless must still compare exactly (issue 19, 2).
        const QString name = sqlite ? QStringLiteral("name VARCHAR(100) COLLATE NOCASE")
                                    : QStringLiteral("name VARCHAR(100)");
        QStringList defs{id, name, QStringLiteral("qty INTEGER"), QStringLiteral("note TEXT")};
        if (versioned())
            defs << QStringLiteral("version INTEGER NOT NULL DEFAULT 1");
        QStringList sql{QStringLiteral("DROP TABLE IF EXISTS items"),
                        QStringLiteral("CREATE TABLE items (%1)").arg(defs.join(QStringLiteral(", ")))};
        for (int i = 0; i < 5; ++i)
            sql << QStringLiteral("INSERT INTO items (id, name, qty) VALUES (%1, 'r%2', %3)")
                       .arg(m_firstId + i).arg(i).arg(i * 10);
        if (const QString e = m_tdb.execAll(sql); !e.isEmpty())
            fail(QStringLiteral("cannot create the table: ") + e);
        if (versioned()) {
            TablePreparer::Options options;
            options.strategy = m_strategy;
            const auto report = TablePreparer::prepare(m_tdb.db(), QStringLiteral("items"), options);
            if (!report.ok)
                fail(QStringLiteral("prepare failed: ") + report.error);
        } else if (!sqlite) {
            // No version column: the notify trigger --prepare installs, announcing no version.
            if (const QString e = m_tdb.exec(QStringLiteral(
                    "CREATE TRIGGER items_test_notify AFTER INSERT OR UPDATE OR DELETE ON items "
                    "FOR EACH ROW EXECUTE FUNCTION concord_notify('', '', '', 'id')"));
                !e.isEmpty())
                fail(QStringLiteral("cannot add the notify trigger: ") + e);
        }
    }

    bool refreshes(int w) const { return m_windows[w].refresh; }

    // Was this state of record k ever committed with these values (and this version)?
    bool committed(qint64 k, const Vals &v, qint64 inc, std::optional<qint64> version = {}) const
    {
        for (const auto &e : m_log.value(k))
            if (e.vals == v && (inc < 0 || e.inc == inc) && (!version || e.version == *version))
                return true;
        return false;
    }

    // No lost update: window w wrote record k, which stood as `b` before the step.
    void checkWrite(int w, qint64 k, const DbRec &b, const Resolution &res)
    {
        if (!b.exists)
            return; // an insert (recreateRow included): nothing to lose
        const DbRec a = m_db.value(k);
        const QString what = a.exists ? QStringLiteral("saved") : QStringLiteral("deleted");
        if (res.knowingly && (res.id == k || latestKey(res.id) == k)) {
            bool ok = !res.theirsGone && b.vals == res.theirs;
            if (m_strategy == VersionStrategy::Client)
                ok = !res.theirsGone && b.version == res.theirVersion;
            if (m_strategy == VersionStrategy::Versionless) {
                // Only the columns the resolution changed must still hold their values.
                ok = !res.theirsGone;
                for (int c = 0; c < 3; ++c)
                    if (!a.exists || Vals::norm(a.vals.at(c)) != Vals::norm(b.vals.at(c)))
                        ok = ok && Vals::norm(b.vals.at(c)) == Vals::norm(res.theirs.at(c));
            }
            if (versioned() && b.version != res.theirVersion)
                ok = false;
            if (!ok)
                fail(QStringLiteral("lost update: w%1's resolution %2 id %3 over %4 (version %5), "
                                    "but its conflict showed %6 (version %7)")
                         .arg(w).arg(what).arg(k).arg(b.vals.text()).arg(b.version)
                         .arg(res.theirs.text()).arg(res.theirVersion));
            return;
        }
        const Window &win = m_windows[w];
        const auto baseIt = win.bases.constFind(k);
        if (baseIt == win.bases.cend()) {
            fail(QStringLiteral("w%1 %2 id %3 without an edit of it").arg(w).arg(what).arg(k));
        }
        const EditBase &base = *baseIt;
        const Seen &s = base.seen;
        bool ok = false;
        QString promise;
        switch (m_strategy) {
        case VersionStrategy::Trigger:
        case VersionStrategy::Xmin:
            promise = QStringLiteral("no write since");
            ok = s.valid && b.inc == s.rec.inc && b.wc == s.rec.wc;
            // replace: a record deleted and inserted again (by anyone) restarts at version 1
            if (!ok && known("replace") && s.valid && b.inc != s.rec.inc && b.version == s.rec.version)
                ok = true;
            if (!ok && refreshes(w))
                ok = b.vals == base.shown && committed(k, base.shown, b.inc);
            break;
        case VersionStrategy::Client: {
            promise = QStringLiteral("same version, same record");
            const bool sameInc = s.valid && b.inc == s.rec.inc;
            // Client only promises what it can know: a replaced record it was told of.
            const bool told = m_drainedAt > m_incChangedAt.value(k, -1);
            ok = (sameInc || !told || known("replace")) && s.valid && b.version == s.rec.version;
            if (!ok && refreshes(w))
                ok = (sameInc || !told) && committed(k, base.shown, -1, b.version);
            // stale-publish: the edit was made on values a stale publication left (never committed)
            if (!ok && refreshes(w) && known("stale-publish") && !committed(k, base.shown, -1))
                ok = true;
            break;
        }
        default: { // Versionless: the edited columns still hold what the window showed
            promise = QStringLiteral("edited columns unchanged");
            // Columns the save changed: an edit back to the value shown changes nothing.
            const QSet<int> cols = a.exists ? base.columns : QSet<int>{0, 1, 2};
            ok = true;
            for (int c : cols)
                if (!a.exists || Vals::norm(a.vals.at(c)) != Vals::norm(b.vals.at(c)))
                    ok = ok && Vals::norm(b.vals.at(c)) == Vals::norm(base.shown.at(c));
            break;
        }
        }
        if (!ok)
            fail(QStringLiteral("lost update (%1): w%2 %3 id %4 over %5 (version %6, write %7), "
                                "but its edit was made on %8 (version %9, write %10)")
                     .arg(promise).arg(w).arg(what).arg(k).arg(b.vals.text()).arg(b.version).arg(b.wc)
                     .arg(base.shown.text()).arg(s.rec.version).arg(s.rec.wc));
    }

    // What the windows show: no phantom, no value changed by itself, no missed change.
    void checkShown(bool drained)
    {
        if (drained)
            m_drainedAt = m_step;
        for (int w = 0; w < windows(); ++w) {
            followRekeys(w);
            VersionedTableModel &m = model(w);
            const Window &win = m_windows[w];
            for (int r = 0; r < m.rowCount(); ++r) {
                const qint64 k = keyOfRow(w, r);
                const RowState state = m.rowState(r);
                if (k < 0 || state == RowState::Inserted || state == RowState::Deleted)
                    continue;
                const Vals v = shown(w, r);
                const Seen s = win.seen.value(k);
                // stale-publish: a window's save under Client or Versionless, over a column a
                // plain writer changed, is published with its own stale value of that column.
                const bool staleOk = known("stale-publish")
                                     && (m_strategy == VersionStrategy::Client || m_strategy == VersionStrategy::Versionless);
                const bool phantom = state == RowState::Clean && !committed(k, v, -1);
                if (phantom && staleOk)
                    continue; // what a stale publication left: the next select() mends it
                if (staleOk && win.bases.contains(k) && !committed(k, win.bases.value(k).shown, -1))
                    continue; // edits made on top of such a stale publication
                if (phantom)
                    fail(QStringLiteral("phantom: w%1 shows id %2 clean as %3, which was never committed")
                             .arg(w).arg(k).arg(v.text()));
                if (state == RowState::Clean && !win.refresh && s.valid && !(v == s.rec.vals))
                    fail(QStringLiteral("clean-copy: w%1's clean row of id %2 shows %3; it was "
                                        "shown %4 and nothing asked for a refresh")
                             .arg(w).arg(k).arg(v.text(), s.rec.vals.text()));
                if (!drained || !s.valid)
                    continue;
                if (known("own-inserts") && win.inserted.contains(k))
                    continue;
                if (known("stale-resolution") && win.resolvedUnwritten.contains(k))
                    continue;
                const DbRec d = m_db.value(k);
                if (win.refresh && state == RowState::Clean && d.exists && v == d.vals) {
                    // Refreshed in place, now that it has heard everything: it holds the record as it is.
                    m_windows[w].seen[k] = {d, true};
                    m_windows[w].savedAs.remove(k);
                    continue;
                }
                bool changed = false;
                switch (m_strategy) {
                case VersionStrategy::Trigger:
                case VersionStrategy::Xmin:
                    changed = !d.exists || d.inc != s.rec.inc || d.wc != s.rec.wc;
                    break;
                case VersionStrategy::Client:
                    changed = !d.exists || d.inc != s.rec.inc || d.version != s.rec.version;
                    break;
                default:
                    changed = !d.exists || !(d.vals == win.savedAs.value(k, s.rec.vals));
                    break;
                }
                if (!changed)
                    continue;
                const bool marked = state == RowState::ChangedElsewhere || state == RowState::DeletedElsewhere
                                    || state == RowState::Conflict || m.isChangedElsewhere(r)
                                    || m.isDeletedElsewhere(r);
                const bool refreshed = state == RowState::Clean && d.exists && v == d.vals;
                if (marked)
                    continue; // told; what it holds stays its base until it resolves or selects
                // stale-publish's gap under Client: a clean row refreshed to a state committed at
                // the record's current version shows all that strategy can see; a writer that
                // left the version alone since is invisible to it (PostgreSQL seed 55761070416272169).
                if (known("stale-publish") && m_strategy == VersionStrategy::Client && win.refresh
                    && state == RowState::Clean && d.exists && committed(k, v, d.inc, d.version))
                    continue;
                // pg-missed (fixed): an outside change taken for a window's own save's echo, and a
                // save held behind a rolled-back transaction told late with its old values.
                if (!refreshed && !(known("pg-missed") && !isSqlite()))
                    fail(QStringLiteral("missed change: after the event loop ran, w%1's row of id %2 "
                                        "(%3, row state %4) neither marks nor shows the record's "
                                        "change to %5")
                             .arg(w).arg(k).arg(v.text())
                             .arg(QLatin1String(QMetaEnum::fromType<RowState>().valueToKey(int(state))))
                             .arg(d.exists ? d.vals.text() : QStringLiteral("<deleted>")));
            }
        }
    }

    struct LogEntry
    {
        qint64 inc;
        qint64 version;
        Vals vals;
        qint64 wc;
    };

    TestDatabase &m_tdb;
    QSqlDatabase m_other;
    QList<QSqlDatabase> m_conns;
    VersionStrategy m_strategy;
    std::vector<Window> m_windows;
    QMap<qint64, DbRec> m_db;
    QHash<qint64, QList<LogEntry>> m_log;
    QHash<qint64, qint64> m_incChangedAt;
    QHash<qint64, qint64> m_renamedFrom; // a key the outside writer renumbered: new -> old
    QHash<qint64, qint64> m_renamedInc;  // the incarnation that was renumbered to that key
    qint64 m_incs = 0;
    qint64 m_step = 0;
    qint64 m_drainedAt = -1;
    qint64 m_firstId = 1;
    int m_nextId = 0;
    int m_counter = 0;
    bool m_outsideSinceDrain = false;
    QObject m_context; // ends the feed connection with the sequence
    quint64 m_dbChanged = 0;
    quint64 m_dbChangedAtCommit = 0;
    QString m_header;
    QStringList m_trace;
};

// ---- commands

// RapidCheck's model state: empty, the commands' arguments are resolved against the windows
// when they run (row = pick % rowCount()), so a shrunk sequence is still valid.
struct Spec
{
};
constexpr int pickRange = 1000;

struct Base : rc::state::Command<Spec, World>
{
    void run(const Spec &, World &h) const final { exec(h); }
    virtual void exec(World &h) const = 0;
};

// A row of one window, picked among its rows.
struct RowPick
{
    int window = uniform(0, 3);
    int pick = uniform(0, pickRange);
    int w(World &h) const { return window % h.windows(); }
    int row(World &h) const
    {
        const int n = h.model(w(h)).rowCount();
        return n == 0 ? -1 : pick % n;
    }
    void show(std::ostream &os) const { os << "w" << window << " row#" << pick; }
};

struct Edit : Base
{
    RowPick at;
    int column = uniform(0, 3); // name, qty, note
    int value = uniform(0, 50);
    void exec(World &h) const override
    {
        const int w = at.w(h), r = at.row(h);
        if (r < 0)
            return;
        static const char *cols[] = {"name", "qty", "note"};
        const QVariant v = column == 1 ? QVariant(value) : QVariant(h.freshName(w));
        h.noteEdit(w, r, column);
        h.windowStep(w, QStringLiteral("setData(row %1 [id %2], %3 = %4)").arg(r).arg(h.keyOfRow(w, r))
                            .arg(QLatin1String(cols[column]), v.toString()),
                     [&] { h.model(w).setData(h.model(w).index(r, h.col(w, cols[column])), v); });
    }
    void show(std::ostream &os) const override
    {
        os << "edit(";
        at.show(os);
        os << ", col " << column << ", " << value << ")";
    }
};

struct Remove : Base
{
    RowPick at;
    void exec(World &h) const override
    {
        const int w = at.w(h), r = at.row(h);
        if (r < 0)
            return;
        h.noteEdit(w, r, -1);
        h.windowStep(w, QStringLiteral("removeRows(row %1 [id %2])").arg(r).arg(h.keyOfRow(w, r)),
                     [&] { h.model(w).removeRows(r, 1); });
    }
    void show(std::ostream &os) const override
    {
        os << "remove(";
        at.show(os);
        os << ")";
    }
};

struct Insert : Base
{
    int window = uniform(0, 3);
    void exec(World &h) const override
    {
        const int w = window % h.windows();
        VersionedTableModel &m = h.model(w);
        const qint64 id = h.nextId();
        const QString name = h.freshName(w);
        h.windowStep(w, QStringLiteral("insertRow(id %1, %2)").arg(id).arg(name), [&] {
            const int r = m.rowCount();
            if (!m.insertRows(r, 1))
                return;
            m.setData(m.index(r, h.col(w, "id")), id);
            m.setData(m.index(r, h.col(w, "name")), name);
            m.setData(m.index(r, h.col(w, "qty")), 1);
        });
    }
    void show(std::ostream &os) const override { os << "insert(w" << window << ")"; }
};

struct Submit : Base
{
    int window = uniform(0, 3);
    void exec(World &h) const override
    {
        const int w = window % h.windows();
        bool ok = false;
        h.windowStep(w, QStringLiteral("submitAll()"), [&] { ok = h.model(w).submitAll(); });
        h.trace(ok ? QStringLiteral("  -> true") : QStringLiteral("  -> false"));
    }
    void show(std::ostream &os) const override { os << "submitAll(w" << window << ")"; }
};

struct Select : Base
{
    int window = uniform(0, 3);
    void exec(World &h) const override
    {
        const int w = window % h.windows();
        h.windowStep(w, QStringLiteral("select()"), [&] { h.model(w).select(); });
    }
    void show(std::ostream &os) const override { os << "select(w" << window << ")"; }
};

struct Revert : Base
{
    RowPick at;
    void exec(World &h) const override
    {
        const int w = at.w(h), r = at.row(h);
        if (r < 0)
            return;
        // revert-elsewhere: revertRow drops the mark of a change made elsewhere (issue 19, 9).
        if (known("revert-elsewhere") && (h.model(w).isChangedElsewhere(r) || h.model(w).isDeletedElsewhere(r)
                                          || h.model(w).hasConflict(r)
                                          || h.model(w).rowState(r) == RowState::ChangedElsewhere
                                          || h.model(w).rowState(r) == RowState::DeletedElsewhere))
            return;
        // What the window was shown of the record's change elsewhere, if anything.
        VersionedTableModel &m = h.model(w);
        World::Resolution res;
        if (m.rowState(r) != RowState::Clean && (m.hasConflict(r) || m.isChangedElsewhere(r))) {
            const ConflictSnapshot snap = m.hasConflict(r) ? m.conflict(r) : m.changeElsewhere(r);
            const QSqlRecord theirs = snap.theirs();
            res.id = h.keyOfRow(w, r);
            res.theirsGone = snap.isDeletedByOthers() || theirs.isEmpty();
            if (!res.theirsGone) {
                res.theirs = {theirs.value(QStringLiteral("name")), theirs.value(QStringLiteral("qty")),
                              theirs.value(QStringLiteral("note"))};
                res.theirVersion = snap.theirVersion().toLongLong();
            }
        }
        h.windowStep(w, QStringLiteral("revertRow(row %1 [id %2])").arg(r).arg(h.keyOfRow(w, r)),
                     [&] { m.revertRow(r); }, res);
    }
    void show(std::ostream &os) const override
    {
        os << "revert(";
        at.show(os);
        os << ")";
    }
};

// A resolution of a conflict, or of a change made elsewhere, the window shows.
struct Resolve : Base
{
    int window = uniform(0, 3);
    int pick = uniform(0, pickRange);
    int how = uniform(0, 4); // reload, overwrite, merge (per field mine/theirs), recreate|discard
    int choice = uniform(0, 8); // merge: bit c picks mine for column c
    void exec(World &h) const override
    {
        const int w = window % h.windows();
        VersionedTableModel &m = h.model(w);
        QList<int> rows;
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.hasConflict(r) || m.isChangedElsewhere(r) || m.isDeletedElsewhere(r))
                rows << r;
        if (rows.isEmpty())
            return;
        const int r = rows.at(pick % rows.size());
        const qint64 id = h.keyOfRow(w, r);
        const ConflictSnapshot snap = m.hasConflict(r) ? m.conflict(r) : m.changeElsewhere(r);
        World::Resolution res;
        res.id = id;
        const QSqlRecord theirs = snap.theirs();
        res.theirsGone = snap.isDeletedByOthers() || theirs.isEmpty();
        if (!res.theirsGone) {
            res.theirs = {theirs.value(QStringLiteral("name")), theirs.value(QStringLiteral("qty")),
                          theirs.value(QStringLiteral("note"))};
            res.theirVersion = snap.theirVersion().toLongLong();
        }
        if (res.theirsGone) {
            const bool recreate = how % 2 == 0;
            h.windowStep(w, QStringLiteral("%1(row %2 [id %3])").arg(recreate ? "recreateRow" : "discardRow").arg(r).arg(id),
                         [&] { recreate ? m.recreateRow(r) : m.discardRow(r); }, res);
            return;
        }
        if (how == 0) {
            h.windowStep(w, QStringLiteral("reloadRow(row %1 [id %2])").arg(r).arg(id), [&] { m.reloadRow(r); }, res);
            return;
        }
        res.knowingly = true;
        const QString what = QStringLiteral("(row %1 [id %2], theirs %3 v%4)").arg(r).arg(id).arg(res.theirs.text()).arg(res.theirVersion);
        if (how == 1) {
            h.windowStep(w, QStringLiteral("overwriteRow") + what, [&] { m.overwriteRow(r); }, res);
            return;
        }
        // The user's choice per field, from the two records the dialog shows.
        const QSqlRecord mine = snap.mine();
        QVariantMap values;
        static const char *cols[] = {"name", "qty", "note"};
        for (int c = 0; c < 3; ++c) {
            const QString name = QLatin1String(cols[c]);
            values.insert(name, (choice >> c) & 1 ? mine.value(name) : theirs.value(name));
        }
        h.windowStep(w, QStringLiteral("mergeRow") + what, [&] { m.mergeRow(r, values); }, res);
    }
    void show(std::ostream &os) const override
    {
        os << "resolve(w" << window << ", #" << pick << ", how " << how << ", choice " << choice << ")";
    }
};

// The window's caller saves inside its own transaction, then rolls it back and selects again.
struct CallerRollback : Base
{
    RowPick at;
    void exec(World &h) const override
    {
        if (known("caller-rollback"))
            return;
        const int w = at.w(h), r = at.row(h);
        if (r < 0)
            return;
        VersionedTableModel &m = h.model(w);
        if (m.rowState(r) != RowState::Clean || m.editStrategy() != QSqlTableModel::OnManualSubmit)
            return;
        const QString name = h.freshName(w);
        h.noteEdit(w, r, 0);
        h.windowStep(w, QStringLiteral("caller transaction: setData(row %1, name = %2), submitAll(), rollback, select()").arg(r).arg(name), [&] {
            QSqlDatabase db = m.database();
            db.transaction();
            m.setData(m.index(r, h.col(w, "name")), name);
            m.submitAll();
            db.rollback();
            m.select(); // what the caller does after a rollback; then only the others are stale
        });
    }
    void show(std::ostream &os) const override
    {
        os << "callerRollback(";
        at.show(os);
        os << ")";
    }
};

struct Drain : Base
{
    bool wait = uniform(0, 4) != 0;
    void exec(World &h) const override { h.drain(wait); }
    void show(std::ostream &os) const override { os << (wait ? "drain" : "pump"); }
};

// ---- the outside writer

struct Outside : Base
{
    int kind = uniform(0, 9);
    int pick = uniform(0, pickRange);
    int value = uniform(0, 50);
    void exec(World &h) const override
    {
        const qint64 id = h.pickDbId(pick);
        const bool versioned = h.versioned();
        const QString bump = versioned ? QStringLiteral(", version = version + 1") : QString();
        const QString name = h.freshOutsideName();
        switch (kind) {
        case 0: // a well-behaved update
            if (id >= 0)
                h.outside(QStringLiteral("UPDATE id %1 SET name = %2%3").arg(id).arg(name, bump),
                          {QStringLiteral("UPDATE items SET name = ?%1 WHERE id = ?").arg(bump)}, {{name, id}});
            break;
        case 1: // plain SQL, no version bump
            if (id >= 0)
                h.outside(QStringLiteral("UPDATE id %1 SET qty = %2 (no version bump)").arg(id).arg(value),
                          {QStringLiteral("UPDATE items SET qty = ? WHERE id = ?")}, {{value, id}});
            break;
        case 2: { // DELETE + INSERT under the same key, in one transaction or in two
            if (id < 0 || known("replace"))
                break;
            const QString ins = QStringLiteral("INSERT INTO items (id, name, qty) VALUES (?, ?, ?)");
            if (value % 2)
                h.outside(QStringLiteral("DELETE + INSERT id %1 (%2)").arg(id).arg(name),
                          {QStringLiteral("DELETE FROM items WHERE id = ?"), ins}, {{id}, {id, name, value}}, true, {id});
            else {
                h.outside(QStringLiteral("DELETE id %1").arg(id), {QStringLiteral("DELETE FROM items WHERE id = ?")}, {{id}});
                h.outside(QStringLiteral("INSERT id %1 (%2) again").arg(id).arg(name), {ins}, {{id, name, value}});
            }
            break;
        }
        case 3: { // a key update
            if (id < 0 || known("rekey"))
                break;
            const qint64 to = h.nextId();
            h.outside(QStringLiteral("UPDATE id %1 SET id = %2").arg(id).arg(to),
                      {QStringLiteral("UPDATE items SET id = ? WHERE id = ?")}, {{to, id}});
            h.noteRekey(id, to);
            break;
        }
        case 4: // ABA: a change, then the version set back
            if (id >= 0 && versioned)
                h.outside(QStringLiteral("UPDATE id %1 SET qty = %2, version set back").arg(id).arg(value),
                          {QStringLiteral("UPDATE items SET qty = ?, version = version + 1 WHERE id = ?"),
                           QStringLiteral("UPDATE items SET version = version - 1 WHERE id = ?")},
                          {{value, id}, {id}});
            break;
        case 5: // a transaction that rolls back
            if (id >= 0)
                h.outside(QStringLiteral("UPDATE id %1 SET name = %2, ROLLBACK").arg(id).arg(name),
                          {QStringLiteral("UPDATE items SET name = ?%1 WHERE id = ?").arg(bump)}, {{name, id}}, false);
            break;
        case 6: { // a wide row
            if (id < 0)
                break;
            const QString wide = name + QString(9000, QLatin1Char('x'));
            h.outside(QStringLiteral("UPDATE id %1 SET note = <9000 chars>%2").arg(id).arg(bump),
                      {QStringLiteral("UPDATE items SET note = ?%1 WHERE id = ?").arg(bump)}, {{wide, id}});
            break;
        }
        case 7: // a case-only change of the name (SQLite's NOCASE column)
            if (id >= 0 && !known("collation") && h.dbRec(id).vals.name.isValid()) {
                const QString n = h.dbRec(id).vals.name.toString();
                const QString flipped = n == n.toUpper() ? n.toLower() : n.toUpper();
                h.outside(QStringLiteral("UPDATE id %1 SET name = %2 (case only)%3").arg(id).arg(flipped, bump),
                          {QStringLiteral("UPDATE items SET name = ?%1 WHERE id = ?").arg(bump)}, {{flipped, id}});
            }
            break;
        default: { // a new record, or one deleted
            if (value % 2 || id < 0) {
                const qint64 to = h.nextId();
                h.outside(QStringLiteral("INSERT id %1").arg(to),
                          {QStringLiteral("INSERT INTO items (id, name, qty) VALUES (?, ?, ?)")}, {{to, name, value}});
            } else {
                h.outside(QStringLiteral("DELETE id %1").arg(id), {QStringLiteral("DELETE FROM items WHERE id = ?")}, {{id}});
            }
            break;
        }
        }
    }
    void show(std::ostream &os) const override
    {
        static const char *kinds[] = {"update", "plain", "replace", "rekey", "aba", "rollback", "wide", "case", "insert|delete"};
        os << "outside(" << kinds[kind] << ", id#" << pick << ", " << value << ")";
    }
};

auto commands()
{
    return rc::state::gen::execOneOfWithArgs<Edit, Edit, Edit, Remove, Insert, Submit, Submit, Submit,
                                             Select, Revert, Resolve, Resolve, CallerRollback, Drain,
                                             Drain, Drain, Outside, Outside, Outside>();
}

} // namespace

QString runWindowsMachine(TestDatabase &tdb)
{
    QList<QSqlDatabase> conns;
    for (int i = 0; i < 3; ++i)
        conns << tdb.open();
    QSqlDatabase other = tdb.open();
    if (!tdb.isSqlite()) {
        // The notify function --prepare installs, for the tables without a version column.
        if (const QString e = tdb.exec(QStringLiteral("CREATE TABLE notify_source (id BIGINT PRIMARY KEY, "
                                                      "version INTEGER NOT NULL DEFAULT 1)"));
            !e.isEmpty())
            return e;
        const auto report = TablePreparer::prepare(tdb.db(), QStringLiteral("notify_source"));
        if (!report.ok)
            return report.error;
        for (QSqlDatabase &c : conns)
            c.driver()->subscribeToNotification(QStringLiteral("concord_test_sync"));
    } else {
        // Windows and the outside writer on one file: WAL, or an open read blocks a write.
        tdb.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }

    // The budget: CONCORD_RC_BUDGET sequences, or a default that keeps the suite short (with
    // randomSequences about 40 s per backend on a loaded 2-core machine; a SQLite sequence
    // waits on fsync and polls, a PostgreSQL one on round trips and notifications); the
    // seed per backend, printed, replayed with CONCORD_RC_SEED_<BACKEND>.
    rc::detail::TestParams params = rc::detail::configuration().testParams;
    bool ok = false;
    const int budget = qEnvironmentVariableIntValue("CONCORD_RC_BUDGET", &ok);
    params.maxSuccess = ok && budget > 0 ? budget : (tdb.isSqlite() ? 1500 : 600);
    params.maxSize = 60;
    const QByteArray seedVar = "CONCORD_RC_SEED_" + tdb.backend().toUpper().toLatin1();
    const QByteArray seedText = qgetenv(seedVar.constData());
    params.seed = seedText.isEmpty() ? QRandomGenerator::global()->generate64() : seedText.toULongLong();
    if (qEnvironmentVariableIsSet("CONCORD_RC_NOSHRINK"))
        params.disableShrinking = true;
    qInfo("windows: backend=%s seed=%llu sequences=%d max_size=%d known=%s (replay: %s=%llu)",
          qPrintable(tdb.backend()), static_cast<unsigned long long>(params.seed), params.maxSuccess,
          params.maxSize, qPrintable(QStringList(knownCategories().values()).join(QLatin1Char(','))),
          seedVar.constData(), static_cast<unsigned long long>(params.seed));

    QList<VersionStrategy> strategies{VersionStrategy::Client, VersionStrategy::Trigger,
                                      VersionStrategy::Versionless};
    if (!tdb.isSqlite())
        strategies << VersionStrategy::Xmin;
    int sequences = 0;
    QElapsedTimer timer;
    timer.start();
    rc::detail::TestMetadata metadata;
    metadata.id = "windows:" + tdb.backend().toStdString();
    metadata.description = metadata.id;
    const auto result = rc::detail::checkTestable(
        [&] {
            const VersionStrategy strategy = strategies.at(uniform(0, int(strategies.size())));
            const int windows = uniform(2, 4);
            const bool bigKeys = uniform(0, 2) == 1;
            ++sequences;
            World world(tdb, conns, other, strategy, windows, bigKeys);
            rc::state::check(Spec{}, world, commands());
        },
        metadata, params);
    qInfo("windows: backend=%s sequences=%d seconds=%.1f", qPrintable(tdb.backend()), sequences,
          timer.elapsed() / 1000.0);
    if (result.template is<rc::detail::SuccessResult>())
        return {};
    std::ostringstream out;
    rc::detail::printResultMessage(result, out);
    return QString::fromStdString(out.str());
}

} // namespace concord::test
