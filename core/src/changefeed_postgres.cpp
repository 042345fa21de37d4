// ChangeFeed on PostgreSQL: LISTEN on one connection's session, and a watch on that session
// (libpq's state, no query) that notices it lost, reopens it and listens again.
#include "changefeed_p.h"

#include "connectionrecovery_p.h"
#include "libpqaccess_p.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

namespace concord {

bool ChangeFeed::Private::listen(QSqlDriver *newDriver)
{
    QObject::disconnect(notifyConnection);
    QObject::disconnect(driverGoneConnection);
    driver = newDriver;
    refused = false;
    if (!driver) {
        setLive(false, detail::feedClosedReason());
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
        const bool lost = detail::pgConnectionBroken(driver)
                          || detail::isBroken(QSqlDatabase::database(bound, false));
        setLive(false, lost ? detail::feedLostReason() : detail::feedClosedReason());
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
    if (driver->subscribedToNotifications().contains(detail::feedChannel())) {
        // QPSQL still lists a subscription of another session: one a destroyed feed left behind,
        // or (its close() skips a broken session) one of the session the server dropped, with a
        // socket notifier on that session's socket. Forgetting it (UNLISTEN on this session)
        // lets the LISTEN below watch this session's socket.
        ++queries;
        driver->unsubscribeFromNotification(detail::feedChannel());
    }
    ++queries; // the driver runs LISTEN
    if (!driver->subscribeToNotification(detail::feedChannel())) {
        const QString error = driver->lastError().text();
        qCWarning(detail::lcFeed, "LISTEN %s failed: %s", qPrintable(detail::feedChannel()), qPrintable(error));
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
            setLive(false, detail::feedClosedReason());
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
    // A session libpq saw end, or one marked broken (a reopen that failed leaves no libpq handle,
    // but the mark), is opened again, for every model on it, with growing pauses while the
    // server stays away. One the application closed itself is left closed.
    const QSqlDatabase db = QSqlDatabase::database(bound, false);
    if (!detail::pgConnectionBroken(driver) && !detail::isBroken(db)) {
        setLive(false, detail::feedClosedReason());
        return;
    }
    setLive(false, detail::feedLostReason());
    if (clock.elapsed() < nextReopenAt)
        return;
    detail::markBroken(db);
    if (db.isValid() && detail::reopenIfBroken(db, nullptr)) {
        subscribe();
        return;
    }
    reopenPauseMs = std::clamp(reopenPauseMs * 2, 1000, 30000);
    nextReopenAt = clock.elapsed() + reopenPauseMs;
}

} // namespace concord
