// ChangeFeed: the per-database registry, in-process delivery and the notification payload.
// PostgreSQL's LISTEN and session watch: changefeed_postgres.cpp; SQLite's polling: changefeed_sqlite.cpp.
//
// The notification payload (the contract with the notify trigger TablePreparer installs) on
// channel "concord_changes" is one JSON object:
//   {"t": TG_TABLE_NAME, "s": TG_TABLE_SCHEMA, "k": [primary key values, in key order],
//    "o": [the key before, for an UPDATE that changed it] or null,
//    "v": new version or null, "d": true for a DELETE, "by": who or null,
//    "at": to_json(timestamp) or null, "p": pg_backend_pid()}
// "t" (non-empty text) and "k" (a non-empty array of non-null scalars, or null) are required. A
// null "k" is what the trigger sends when the whole payload would pass NOTIFY's 8000 bytes (a
// long key, a wide who): the change is delivered with an empty key, and models re-read what they
// hold of that table. A number in "k" is taken as written: an integer within 64 bits as a
// qlonglong, any other (a NUMERIC of 20 digits, or with decimals) as its exact digits in a
// string, never a double. "d" must be a boolean, "v" a number, text or null, and "o" null or an
// array like "k" with as many values, when present. Anything else is a malformed payload and is
// dropped. A "by" or "at" that cannot be read is left out, but the change is still delivered: a
// record that changed unnoticed is worse than one whose author is unknown.
// "s" is the change's schema (RecordChange::schema()): models hear only their own table, and a
// table of the same name in another schema is another table. Every trigger --prepare ever
// installed sends it; a payload without it matches the name in any schema. "p" tells this
// process's own saves (published in-process already) from others' changes to the same record at
// the same version (a record replaced, a table created again): see consumeOwn().
#include "changefeed_p.h"

#include "libpqaccess_p.h"
#include "recordkey_p.h"
#include "reopennotice_p.h"
#include "sqlidentifier_p.h"

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

namespace detail {

Q_LOGGING_CATEGORY(lcFeed, "concord.changefeed")

const QString &feedChannel()
{
    static const QString name = QStringLiteral("concord_changes");
    return name;
}

QString feedLostReason()
{
    return QCoreApplication::translate("concord::ChangeFeed",
                                       "the connection to the database server was lost");
}

QString feedClosedReason()
{
    return QCoreApplication::translate("concord::ChangeFeed", "the database connection is closed");
}

} // namespace detail

namespace {

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

// The raw text of each element of the top-level array `name` of a JSON object, or nothing.
// QJsonValue holds a number as a double unless it is an integer within 64 bits: a NUMERIC key
// of 20 digits or with decimals would lose digits there, and name another record.
QStringList rawArrayElements(QStringView json, QStringView name)
{
    const qsizetype n = json.size();
    qsizetype i = 0;
    const auto blanks = [&] {
        while (i < n && json.at(i).isSpace())
            ++i;
    };
    const auto skipString = [&] { // at the opening quote
        for (++i; i < n && json.at(i) != u'"'; ++i)
            if (json.at(i) == u'\\')
                ++i;
        ++i;
    };
    const auto skipValue = [&] { // a scalar, or a nested array or object
        int depth = 0;
        while (i < n) {
            const QChar c = json.at(i);
            if (c == u'"') {
                skipString();
                if (depth == 0)
                    return;
                continue;
            }
            if (c == u'{' || c == u'[') {
                ++depth;
            } else if (c == u'}' || c == u']') {
                if (depth == 0)
                    return;
                ++i;
                if (--depth == 0)
                    return;
                continue;
            } else if (depth == 0 && (c == u',' || c.isSpace())) {
                return;
            }
            ++i;
        }
    };
    blanks();
    if (i >= n || json.at(i) != u'{')
        return {};
    ++i;
    while (true) {
        blanks();
        if (i >= n || json.at(i) != u'"')
            return {};
        const qsizetype keyStart = i + 1;
        skipString();
        const QStringView key = json.sliced(keyStart, std::max<qsizetype>(0, i - keyStart - 1));
        blanks();
        if (i >= n || json.at(i) != u':')
            return {};
        ++i;
        blanks();
        if (key == name) {
            if (i >= n || json.at(i) != u'[')
                return {};
            ++i;
            QStringList elements;
            while (true) {
                blanks();
                if (i < n && json.at(i) == u']')
                    return elements;
                const qsizetype start = i;
                skipValue();
                elements << json.sliced(start, std::min(i, n) - start).trimmed().toString();
                blanks();
                if (i < n && json.at(i) == u',')
                    ++i;
                else if (i < n && json.at(i) == u']')
                    return elements;
                else
                    return {};
            }
        }
        skipValue();
        blanks();
        if (i < n && json.at(i) == u',')
            ++i;
        else
            return {};
    }
}

std::optional<RecordChange> parsePayload(const QString &payload, int *backend)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue writer = o.value(QLatin1String("p"));
    *backend = writer.isDouble() ? writer.toInt() : 0;

    const QJsonValue table = o.value(QLatin1String("t"));
    const QJsonValue keyParts = o.value(QLatin1String("k"));
    if (!table.isString() || table.toString().isEmpty())
        return std::nullopt;
    // Null: the record is not named (its payload would have been too large), only its table.
    if (!keyParts.isNull() && (!keyParts.isArray() || keyParts.toArray().isEmpty()))
        return std::nullopt;
    QVariantList key;
    QStringList raw; // read only when a number needs it
    const QJsonArray parts = keyParts.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        std::optional<QVariant> value = scalar(parts.at(i));
        if (!value)
            return std::nullopt; // a null or composite key part names no record
        if (parts.at(i).isDouble()) {
            // A number as written: an integer within 64 bits as one, anything else (20 digits,
            // 1.00000000000000000020, which a double would make 1) as its exact digits.
            if (raw.isEmpty())
                raw = rawArrayElements(payload, u"k");
            if (raw.size() != parts.size())
                return std::nullopt;
            bool integral = false;
            const qlonglong whole = raw.at(i).toLongLong(&integral);
            value = integral ? QVariant(whole) : QVariant(raw.at(i));
        }
        key << *value;
    }
    RecordChange change(table.toString(), key);
    change.setOrigin(RecordChange::Origin::OtherProcess);
    const QJsonValue schema = o.value(QLatin1String("s"));
    if (schema.isString())
        change.setSchema(schema.toString());

    const QJsonValue before = o.value(QLatin1String("o"));
    if (before.isArray()) {
        QVariantList previous;
        for (const QJsonValue &part : before.toArray()) {
            const std::optional<QVariant> value = scalar(part);
            if (!value)
                return std::nullopt;
            previous << *value;
        }
        if (previous.size() != key.size())
            return std::nullopt; // a renumbering half told would follow the wrong record
        change.setPreviousKey(previous);
    } else if (!before.isNull() && !before.isUndefined()) {
        return std::nullopt;
    }

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

// A key as the record-key encoding spells it, each part's kind guessed by its form: the feed
// knows no column types, and a model publishes its key as it reads it ("12.50", a timestamp's
// text) while the trigger's JSON writes it its own way (12.5, a 'T', the writer's time zone).
// Matched only against this process's own saves of the same table, and for an update at the
// same version too.
QString guessedKey(const QVariantList &parts)
{
    return detail::recordKey(parts, QList<detail::KeyKind>(parts.size(), detail::KeyKind::Guessed));
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

void ChangeFeed::Private::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                         const QVariant &payload)
{
    if (name != detail::feedChannel())
        return;
    int backend = 0;
    const std::optional<RecordChange> change = parsePayload(payload.toString(), &backend);
    if (source == QSqlDriver::SelfSource) {
        // Our own backend's writes were published in-process already, with their values.
        // Forgetting the published save here keeps it from ever matching someone else's.
        if (change)
            consumeOwn(*change, backend);
        return;
    }
    if (!change) {
        qCWarning(detail::lcFeed, "ignoring a malformed %s payload: %s", qPrintable(detail::feedChannel()),
                  qPrintable(payload.toString().left(200)));
        return;
    }
    if (consumeOwn(*change, backend))
        return;
    emit q->recordChanged(*change);
}

void ChangeFeed::Private::remember(const RecordChange &change, int backend)
{
    const qint64 now = clock.elapsed();
    while (!published.empty()
           && (now - published.front().at > publishedLifetimeMs || published.size() >= publishedLimit))
        published.pop_front();
    published.push_back({change.schema(), change.table(), guessedKey(change.key()), change.version(),
                         change.isDeleted(), now, backend});
}

// True (and forgotten) when `change` is the notification of a save this process published.
// A deletion matches by key; an update only with the same non-null version; and where both are
// known, only a change the same server session wrote. Without that last test a save whose echo
// never came (a table without the notify trigger then, a save that wrote nothing) matched a later
// change by someone else to the same key and version, which was then dropped.
bool ChangeFeed::Private::consumeOwn(const RecordChange &change, int backend)
{
    const qint64 now = clock.elapsed();
    while (!published.empty() && now - published.front().at > publishedLifetimeMs)
        published.pop_front();
    const QString key = guessedKey(change.key());
    for (auto it = published.begin(); it != published.end(); ++it) {
        if (!detail::sameTable(change.schema(), change.table(), it->schema, it->table)
            || it->deleted != change.isDeleted() || it->key != key)
            continue;
        if (it->backend != 0 && backend != 0 && it->backend != backend)
            continue;
        if (!it->deleted
            && (it->version.isNull() || change.version().isNull() || it->version != change.version()))
            continue;
        published.erase(it);
        return true;
    }
    return false;
}

ChangeFeed *ChangeFeed::forDatabase(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return nullptr;
    detail::setReopenListener(&detail::connectionReopened);
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
        m->driver->unsubscribeFromNotification(detail::feedChannel());
    // QObject's destructor, which runs after ours, must find no state to update.
    m.reset();
}

int ChangeFeed::subscriberCount() const
{
    return receivers(SIGNAL(recordChanged(concord::RecordChange)));
}

void ChangeFeed::publish(const RecordChange &change)
{
    publish(change, QSqlDatabase());
}

void ChangeFeed::publish(const RecordChange &change, const QSqlDatabase &savedOn)
{
    if (m->dbms == QSqlDriver::PostgreSQL)
        m->remember(change, savedOn.isValid() ? detail::pgBackendPid(savedOn.driver()) : 0);
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
    if (feed) {
        feed->m->refused = false; // a new session may accept the LISTEN the old one refused
        feed->m->adopt(db);
    }
}

} // namespace detail

} // namespace concord
