// ChangeFeed on SQLite: PRAGMA data_version of every schema, polled while someone listens.
#include "changefeed_p.h"

#include "tablepreparer_p.h"

#include <QMetaMethod>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

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
        setLive(false, detail::feedClosedReason());
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
        qCWarning(detail::lcFeed, "PRAGMA database_list failed: %s", qPrintable(query.lastError().text()));
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
            qCWarning(detail::lcFeed, "PRAGMA data_version failed: %s", qPrintable(query.lastError().text()));
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
            setLive(false, detail::feedClosedReason());
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

} // namespace concord
