// ChangeFeed: the per-database registry, in-process delivery, PostgreSQL LISTEN and SQLite polling.
//
// The notification payload (the contract with the notify trigger TablePreparer installs) on
// channel "concord_changes" is one JSON object:
//   {"t": TG_TABLE_NAME, "s": TG_TABLE_SCHEMA, "k": [primary key values, in key order],
//    "v": new version or null, "d": true for a DELETE, "by": who or null,
//    "at": to_json(timestamp) or null, "p": pg_backend_pid()}
// "t" (non-empty text) and "k" (a non-empty array of non-null scalars, or null) are required;
// "d" must be a boolean and "v" a number, text or null when present. A null "k" is what the
// trigger sends when the whole payload would pass NOTIFY's 8000 bytes (a long key, a wide who):
// the change is delivered with an empty key, and models re-read what they hold of that table. Anything else is a malformed payload
// and is dropped. A "by" or "at" that cannot be read is left out, but the change is still
// delivered: a record that changed unnoticed is worse than one whose author is unknown.
// "s" and "p" are not used: RecordChange names tables unqualified, and the driver already tells
// our own backend's notifications apart.
#include <concord/changefeed.h>

#include "connectionrecovery_p.h"
#include "libpqaccess_p.h"
#include "tablepreparer_p.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QMutex>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <deque>
#include <optional>

namespace concord {

namespace {

Q_LOGGING_CATEGORY(lcFeed, "concord.changefeed")

const QString &channel()
{
    static const QString name = QStringLiteral("concord_changes");
    return name;
}

bool isSqliteInMemory(const QSqlDatabase &db)
{
    const QString name = db.databaseName();
    return name.isEmpty() || name == QLatin1String(":memory:")
           || (name.contains(QLatin1String("mode=memory"))
               && !name.contains(QLatin1String("cache=shared")));
}

// Which database a connection reaches. Two connections to one SQLite file by different paths
// share a feed; private in-memory databases are one per connection and never share one.
QString identity(const QSqlDatabase &db)
{
    QString database = db.databaseName();
    if (db.driver()->dbmsType() == QSqlDriver::SQLite) {
        if (isSqliteInMemory(db)) {
            database += QChar(0x1f) + db.connectionName();
        } else if (!database.startsWith(QLatin1String("file:"))) {
            const QString canonical = QFileInfo(database).canonicalFilePath();
            if (!canonical.isEmpty())
                database = canonical;
        }
    }
    return QStringList{db.driverName(), db.hostName(), QString::number(db.port()), database}
        .join(QChar(0x1f));
}

QHash<QString, QPointer<ChangeFeed>> &feeds()
{
    static QHash<QString, QPointer<ChangeFeed>> all;
    return all;
}

QMutex &feedsMutex()
{
    static QMutex mutex;
    return mutex;
}

// A QObject parent must live in the same thread; without an application the feed simply
// lives until the process ends.
QObject *feedParent()
{
    QCoreApplication *app = QCoreApplication::instance();
    return app && app->thread() == QThread::currentThread() ? app : nullptr;
}

// One JSON scalar as the value a QSqlQuery would give: integral numbers as qlonglong.
std::optional<QVariant> scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QVariant(value.toBool());
    case QJsonValue::Double:
        // toVariant() is qlonglong for an integral number that fits, double otherwise.
        return value.toVariant();
    case QJsonValue::String:
        return QVariant(value.toString());
    default:
        return std::nullopt;
    }
}

std::optional<RecordChange> parsePayload(const QString &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();

    const QJsonValue table = o.value(QLatin1String("t"));
    const QJsonValue keyParts = o.value(QLatin1String("k"));
    if (!table.isString() || table.toString().isEmpty())
        return std::nullopt;
    // Null: the record is not named (its payload would have been too large), only its table.
    if (!keyParts.isNull() && (!keyParts.isArray() || keyParts.toArray().isEmpty()))
        return std::nullopt;
    QVariantList key;
    for (const QJsonValue &part : keyParts.toArray()) {
        const std::optional<QVariant> value = scalar(part);
        if (!value)
            return std::nullopt; // a null or composite key part names no record
        key << *value;
    }
    RecordChange change(table.toString(), key);
    change.setOrigin(RecordChange::Origin::OtherProcess);

    const QJsonValue version = o.value(QLatin1String("v"));
    if (!version.isNull() && !version.isUndefined()) {
        const std::optional<QVariant> value =
            version.isBool() ? std::nullopt : scalar(version);
        if (!value)
            return std::nullopt;
        change.setVersion(*value);
    }

    const QJsonValue deleted = o.value(QLatin1String("d"));
    if (deleted.isBool())
        change.setDeleted(deleted.toBool());
    else if (!deleted.isNull() && !deleted.isUndefined())
        return std::nullopt; // guessing would report a deletion as an update or the reverse

    const QJsonValue by = o.value(QLatin1String("by"));
    if (by.isString())
        change.setChangedBy(by.toString());
    const QJsonValue at = o.value(QLatin1String("at"));
    if (at.isString()) {
        // PostgreSQL writes microseconds; Qt keeps milliseconds. No offset means local time.
        const QDateTime when = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
        if (when.isValid())
            change.setChangedAt(when);
    }
    return change;
}

QString feedKey(const QSqlDatabase &db)
{
    // One feed per database and thread: a feed's timer, notifications and connections belong to
    // the thread that uses them, as QSqlDatabase's do.
    return identity(db) + QLatin1Char('#') + QString::number(quintptr(QThread::currentThread()), 16);
}

} // namespace

class ChangeFeed::Private
{
public:
    explicit Private(ChangeFeed *feed) : q(feed) { clock.start(); }

    // A save this process published, remembered for a while so that its notification, arriving
    // through another connection of this process, is not delivered a second time as a change
    // by another program.
    struct Published
    {
        QString table; // lower case
        QVariantList key;
        QVariant version;
        bool deleted = false;
        qint64 at = 0; // clock ms
    };
    static constexpr qint64 publishedLifetimeMs = 10000;
    static constexpr std::size_t publishedLimit = 1024;

    void adopt(const QSqlDatabase &db);
    bool bind(const QSqlDatabase &db);
    bool rebindToAnyOpen();
    bool listen(QSqlDriver *driver);
    bool subscribe();
    void watchSession();
    void setLive(bool now, const QString &why);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void remember(const RecordChange &change);
    bool consumeOwn(const RecordChange &change);
    void prime();
    void updatePolling();
    std::optional<QString> readDataVersion();
    void poll();
    bool wantsPolling() const;

    ChangeFeed *q;
    QSqlDriver::DbmsType dbms = QSqlDriver::UnknownDbms;
    // Every connection of this database forDatabase() was given, by name: the feed never keeps
    // a QSqlDatabase, so that closing and removing a connection works as if the feed did not exist.
    QStringList connections;
    QString bound;                 // the connection the feed listens or polls on
    QPointer<QSqlDriver> driver;   // PostgreSQL: the driver whose notifications we receive
    QMetaObject::Connection notifyConnection;
    QMetaObject::Connection driverGoneConnection;
    QTimer timer;
    int pollMs = 500;
    quint64 queries = 0;
    std::optional<QString> dataVersion; // data_version of every schema, "main=3;aux=1"
    bool missedCommits = false; // the polled connection closed while someone was listening
    std::deque<Published> published;
    QElapsedTimer clock;

    // Whether other processes' changes reach us (see isLive()).
    bool live = true;
    QString reason;
    // PostgreSQL: the session's state, read from libpq once a second (no query), or more often
    // while a LISTEN waits for the caller's transaction to end.
    QTimer watch;
    static constexpr int watchMs = 1000;
    static constexpr int pendingMs = 100;
    bool gap = false;          // notifications may have been missed: ask for a re-read once back
    bool refused = false;      // this session refused LISTEN: asking again would only fail again
    quintptr listenedSession = 0; // the libpq session our LISTEN ran on
    bool listening() const
    {
        return driver && driver->subscribedToNotifications().contains(channel())
               && detail::pgSession(driver) == listenedSession;
    }
    int reopenPauseMs = 0;     // grows while the server stays away
    qint64 nextReopenAt = 0;   // clock ms
};

namespace {
QString lostReason()
{
    return QCoreApplication::translate("concord::ChangeFeed",
                                       "the connection to the database server was lost");
}
QString closedReason()
{
    return QCoreApplication::translate("concord::ChangeFeed", "the database connection is closed");
}
} // namespace

void ChangeFeed::Private::setLive(bool now, const QString &why)
{
    const QString newReason = now ? QString() : why;
    if (live == now && reason == newReason)
        return;
    live = now;
    reason = newReason;
    emit q->liveChanged(live, reason);
}

void ChangeFeed::Private::adopt(const QSqlDatabase &db)
{
    if (!connections.contains(db.connectionName()))
        connections << db.connectionName();
    const QSqlDatabase current = QSqlDatabase::database(bound, false);
    if (!current.isOpen() || (dbms == QSqlDriver::PostgreSQL && !driver))
        bind(db);
    else if (dbms == QSqlDriver::SQLite)
        updatePolling();
    else if (!refused && !listening())
        subscribe(); // the session was reopened since: a model opened now must hear changes

}

bool ChangeFeed::Private::bind(const QSqlDatabase &db)
{
    bound = db.connectionName();
    if (dbms == QSqlDriver::PostgreSQL)
        return listen(db.driver());
    if (dbms == QSqlDriver::SQLite) {
        // data_version values of two connections cannot be compared: start again on the new one.
        timer.stop();
        dataVersion.reset();
        updatePolling();
    }
    return true;
}

bool ChangeFeed::Private::rebindToAnyOpen()
{
    QStringList alive;
    for (const QString &name : std::as_const(connections))
        if (QSqlDatabase::contains(name))
            alive << name;
    connections = alive;
    for (const QString &name : std::as_const(connections)) {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return bind(db);
    }
    return false;
}

bool ChangeFeed::Private::listen(QSqlDriver *newDriver)
{
    QObject::disconnect(notifyConnection);
    QObject::disconnect(driverGoneConnection);
    driver = newDriver;
    refused = false;
    if (!driver) {
        setLive(false, closedReason());
        return false;
    }
    notifyConnection = QObject::connect(
        driver, &QSqlDriver::notification, q,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            onNotification(name, source, payload);
        });
    // The driver goes when its connection is removed. Queued: removeDatabase() still holds
    // Qt's connection registry locked while the driver is destroyed.
    driverGoneConnection = QObject::connect(driver, &QObject::destroyed, q,
                                            [this] { rebindToAnyOpen(); }, Qt::QueuedConnection);
    if (!watch.isActive())
        watch.start(watchMs);
    return subscribe();
}

// LISTEN on the bound driver's session, unless it listens already. QPSQL forgets its
// subscriptions when the session is closed, so after a reopen this issues LISTEN again.
bool ChangeFeed::Private::subscribe()
{
    if (!driver->isOpen()) {
        gap = true;
        refused = false;
        setLive(false, detail::pgConnectionBroken(driver) ? lostReason() : closedReason());
        return false;
    }
    if (listening()) {
        setLive(true, {});
        return true;
    }
    if (listenedSession != 0 && listenedSession != detail::pgSession(driver))
        gap = true; // reopened behind our back: what was committed meanwhile went unannounced
    if (detail::pgInTransaction(driver)) {
        // LISTEN is transactional: the caller's ROLLBACK would undo it while QPSQL goes on
        // believing it listens. It is issued once the transaction has ended; what was committed
        // in between is re-read then.
        gap = true;
        watch.setInterval(pendingMs);
        return true;
    }
    if (driver->subscribedToNotifications().contains(channel())) {
        // QPSQL still lists a subscription of another session: one a destroyed feed left behind,
        // or (its close() skips a broken session) one of the session the server dropped, with a
        // socket notifier on that session's socket. Forgetting it (UNLISTEN on this session)
        // lets the LISTEN below watch this session's socket.
        ++queries;
        driver->unsubscribeFromNotification(channel());
    }
    ++queries; // the driver runs LISTEN
    if (!driver->subscribeToNotification(channel())) {
        const QString error = driver->lastError().text();
        qCWarning(lcFeed, "LISTEN %s failed: %s", qPrintable(channel()), qPrintable(error));
        refused = true;
        setLive(false, QCoreApplication::translate("concord::ChangeFeed",
                                                   "the database refused to announce changes (%1)")
                           .arg(error.trimmed()));
        return false;
    }
    listenedSession = detail::pgSession(driver);
    watch.setInterval(watchMs);
    reopenPauseMs = 0;
    setLive(true, {});
    if (std::exchange(gap, false)) {
        // Changes committed while nobody listened were never announced: ask for a re-read,
        // later, not from inside whatever call brought the session back.
        QMetaObject::invokeMethod(q, &ChangeFeed::databaseChanged, Qt::QueuedConnection);
    }
    return true;
}

// PostgreSQL, once a second: is the session still there, and does it still listen?
// SQLite, while polling stopped for want of an open connection: is one open again?
void ChangeFeed::Private::watchSession()
{
    if (dbms == QSqlDriver::SQLite) {
        if (timer.isActive() || !wantsPolling()) {
            watch.stop();
            return;
        }
        if (rebindToAnyOpen())
            watch.stop(); // polling again (bind() started it), or nobody listens any more
        return;
    }
    if (!driver) {
        if (!rebindToAnyOpen())
            setLive(false, closedReason());
        return;
    }
    if (driver->isOpen()) {
        if (!refused && !listening())
            subscribe(); // reopened by someone, or a LISTEN waits for a transaction to end
        return;
    }
    gap = true;
    refused = false; // the next session may well accept it
    // Another open connection of this database can carry the LISTEN.
    for (const QString &name : std::as_const(connections)) {
        const QSqlDatabase other = QSqlDatabase::database(name, false);
        if (other.isOpen() && other.driver() != driver) {
            bound = name;
            listen(other.driver());
            return;
        }
    }
    // A session libpq saw end (not one the application closed, which has no libpq handle left)
    // is opened again, for every model on it, with growing pauses while the server stays away.
    if (!detail::pgConnectionBroken(driver)) {
        setLive(false, closedReason());
        return;
    }
    setLive(false, lostReason());
    if (clock.elapsed() < nextReopenAt)
        return;
    const QSqlDatabase db = QSqlDatabase::database(bound, false);
    detail::markBroken(db);
    if (db.isValid() && detail::reopenIfBroken(db, nullptr)) {
        subscribe();
        return;
    }
    reopenPauseMs = std::clamp(reopenPauseMs * 2, 1000, 30000);
    nextReopenAt = clock.elapsed() + reopenPauseMs;
}

void ChangeFeed::Private::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                         const QVariant &payload)
{
    if (name != channel())
        return;
    const std::optional<RecordChange> change = parsePayload(payload.toString());
    if (source == QSqlDriver::SelfSource) {
        // Our own backend's writes were published in-process already, with their values.
        // Forgetting the published save here keeps it from ever matching someone else's.
        if (change)
            consumeOwn(*change);
        return;
    }
    if (!change) {
        qCWarning(lcFeed, "ignoring a malformed %s payload: %s", qPrintable(channel()),
                  qPrintable(payload.toString().left(200)));
        return;
    }
    if (consumeOwn(*change))
        return;
    emit q->recordChanged(*change);
}

void ChangeFeed::Private::remember(const RecordChange &change)
{
    const qint64 now = clock.elapsed();
    while (!published.empty()
           && (now - published.front().at > publishedLifetimeMs || published.size() >= publishedLimit))
        published.pop_front();
    published.push_back({change.table().toLower(), change.key(), change.version(),
                         change.isDeleted(), now});
}

// True (and forgotten) when `change` is the notification of a save this process published.
// A deletion matches by key; an update only with
// the same non-null version, so that a change by someone else is never taken for ours.
bool ChangeFeed::Private::consumeOwn(const RecordChange &change)
{
    const qint64 now = clock.elapsed();
    while (!published.empty() && now - published.front().at > publishedLifetimeMs)
        published.pop_front();
    const QString table = change.table().toLower();
    for (auto it = published.begin(); it != published.end(); ++it) {
        if (it->table != table || it->deleted != change.isDeleted() || it->key != change.key())
            continue;
        if (!it->deleted
            && (it->version.isNull() || change.version().isNull() || it->version != change.version()))
            continue;
        published.erase(it);
        return true;
    }
    return false;
}

bool ChangeFeed::Private::wantsPolling() const
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&ChangeFeed::databaseChanged);
    return dbms == QSqlDriver::SQLite && pollMs > 0 && q->isSignalConnected(signal);
}

// A first receiver of databaseChanged() is being connected: read the value to compare with.
void ChangeFeed::Private::prime()
{
    if (dbms == QSqlDriver::SQLite && pollMs > 0 && !timer.isActive() && !dataVersion)
        dataVersion = readDataVersion();
}

void ChangeFeed::Private::updatePolling()
{
    if (!wantsPolling()) {
        timer.stop();
        dataVersion.reset();
        missedCommits = false; // nobody was told anything, so nobody is behind
        return;
    }
    timer.setInterval(pollMs);
    if (timer.isActive())
        return;
    if (!QSqlDatabase::database(bound, false).isOpen() && dataVersion)
        missedCommits = true; // the baseline was read on a connection closed since
    if (!QSqlDatabase::database(bound, false).isOpen() && !rebindToAnyOpen()) {
        setLive(false, closedReason());
        watch.start(watchMs); // goes on once a connection of the database is open again
        return;
    }
    // The value to compare the first poll with; a commit after this moment is seen.
    if (!dataVersion)
        dataVersion = readDataVersion();
    timer.start();
    setLive(true, {});
    if (missedCommits) {
        // Commits made while no connection was polled cannot be told apart: ask for one
        // re-read, later, not from inside whatever call brought the connection back.
        missedCommits = false;
        QMetaObject::invokeMethod(q, &ChangeFeed::databaseChanged, Qt::QueuedConnection);
    }
}

std::optional<QString> ChangeFeed::Private::readDataVersion()
{
    const QSqlDatabase db = QSqlDatabase::database(bound, false);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // data_version covers one schema: `main` and each ATTACHed database (asked again on every
    // poll, as databases may be attached at any time) have their own. `temp` is this
    // connection's alone. queryCount() counts polls: these statements are one.
    ++queries;
    if (!query.exec(QStringLiteral("PRAGMA database_list"))) {
        qCWarning(lcFeed, "PRAGMA database_list failed: %s", qPrintable(query.lastError().text()));
        return std::nullopt;
    }
    QStringList schemas;
    while (query.next()) {
        const QString schema = query.value(1).toString();
        if (schema != QLatin1String("temp"))
            schemas << schema;
    }
    QStringList versions;
    for (const QString &schema : std::as_const(schemas)) {
        if (!query.exec(QStringLiteral("PRAGMA %1.data_version")
                            .arg(TablePreparer::detail::quoteName(db, schema)))
            || !query.next()) {
            qCWarning(lcFeed, "PRAGMA data_version failed: %s", qPrintable(query.lastError().text()));
            return std::nullopt;
        }
        versions << schema + QLatin1Char('=') + query.value(0).toString();
    }
    // An open statement would hold a read snapshot and keep WAL checkpoints from finishing.
    query.finish();
    return versions.join(QLatin1Char(';'));
}

void ChangeFeed::Private::poll()
{
    // Receivers are checked again on every tick, whatever disconnectNotify() was told.
    if (!wantsPolling()) {
        updatePolling();
        return;
    }
    if (!QSqlDatabase::database(bound, false).isOpen()) {
        // Closed under us: go on with another open connection of this database (bind() starts
        // polling there), or stop until forDatabase() is given an open one.
        timer.stop();
        dataVersion.reset();
        missedCommits = true;
        if (!rebindToAnyOpen()) {
            setLive(false, closedReason());
            watch.start(watchMs); // goes on once a connection of the database is open again
        }
        return;
    }
    const std::optional<QString> now = readDataVersion();
    if (!now)
        return;
    const bool moved = dataVersion && *dataVersion != *now;
    dataVersion = now;
    if (moved)
        emit q->databaseChanged();
}

ChangeFeed *ChangeFeed::forDatabase(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return nullptr;
    QMutexLocker lock(&feedsMutex());
    QThread *thread = QThread::currentThread();
    QPointer<ChangeFeed> &feed = feeds()[feedKey(db)];
    if (!feed) {
        feed = new ChangeFeed(db);
        // The application owns the main thread's feeds; another thread's goes when it ends.
        if (!feed->parent())
            QObject::connect(thread, &QThread::finished, feed, &QObject::deleteLater);
    } else {
        feed->m->adopt(db);
    }
    return feed;
}

ChangeFeed::ChangeFeed(const QSqlDatabase &db)
    : QObject(feedParent()), m(std::make_unique<Private>(this))
{
    m->dbms = db.driver()->dbmsType();
    m->timer.setTimerType(Qt::CoarseTimer); // a few ms either way is fine; let the OS batch wake-ups
    connect(&m->timer, &QTimer::timeout, this, [this] { m->poll(); });
    m->watch.setTimerType(Qt::CoarseTimer);
    connect(&m->watch, &QTimer::timeout, this, [this] { m->watchSession(); });
    m->connections << db.connectionName();
    m->bind(db);
}

ChangeFeed::~ChangeFeed()
{
    if (m->driver && m->driver->isOpen())
        m->driver->unsubscribeFromNotification(channel());
    // QObject's destructor, which runs after ours, must find no state to update.
    m.reset();
}

int ChangeFeed::subscriberCount() const
{
    return receivers(SIGNAL(recordChanged(concord::RecordChange)));
}

void ChangeFeed::publish(const RecordChange &change)
{
    if (m->dbms == QSqlDriver::PostgreSQL)
        m->remember(change);
    emit recordChanged(change);
}

void ChangeFeed::setPollInterval(int ms)
{
    m->pollMs = qMax(0, ms);
    m->updatePolling();
}

int ChangeFeed::pollInterval() const { return m->pollMs; }
bool ChangeFeed::isLive() const { return m->live; }
QString ChangeFeed::unavailableReason() const { return m->reason; }
quint64 ChangeFeed::queryCount() const { return m->queries; }

// Qt may call these two with a QObject mutex held (a receiver's destructor does), and then
// allows no QObject call such as isSignalConnected(): the real update is queued.
void ChangeFeed::connectNotify(const QMetaMethod &signal)
{
    if (!m || signal != QMetaMethod::fromSignal(&ChangeFeed::databaseChanged))
        return;
    // The baseline is read now, not later: a commit between connecting and the first poll must
    // count. Only SQL runs here, and only in the feed's own thread.
    if (QThread::currentThread() == thread())
        m->prime();
    QMetaObject::invokeMethod(this, [this] { if (m) m->updatePolling(); }, Qt::QueuedConnection);
}

void ChangeFeed::disconnectNotify(const QMetaMethod &signal)
{
    // An invalid method means "every signal" (disconnect(obj, nullptr, ...)).
    if (m && (!signal.isValid() || signal == QMetaMethod::fromSignal(&ChangeFeed::databaseChanged)))
        QMetaObject::invokeMethod(this, [this] { if (m) m->updatePolling(); }, Qt::QueuedConnection);
}

namespace detail {

void connectionReopened(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return;
    QPointer<ChangeFeed> feed;
    {
        QMutexLocker lock(&feedsMutex());
        feed = feeds().value(feedKey(db));
    }
    if (feed)
        feed->m->adopt(db);
}

} // namespace detail

} // namespace concord
