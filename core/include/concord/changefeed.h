// ChangeFeed: one per database, tells every model in the process which records changed.
//
// - Same process: a model publishes each save; every other subscriber hears it at once. A save
//   inside the application's own transaction is published when that commits, never if it
//   rolls back (the model watches for the end, see versionedtablemodel_commit.cpp).
// - PostgreSQL, other processes: LISTEN on channel "concord_changes", fed by the trigger that
//   TablePreparer installs (payload format in changefeed.cpp). No query runs while idle.
// - SQLite, other processes: PRAGMA data_version is polled on a cheap timer; when it moves,
//   databaseChanged() asks subscribers to re-read the versions of the records they show.
//   Every schema of the connection is watched, ATTACHed databases too.
// Where other processes' changes cannot reach us (LISTEN refused, e.g. behind a transaction
// pooler; the session lost and not yet reopened; no open connection left), isLive() says so and
// liveChanged() tells when it changes. Once they reach us again, databaseChanged() asks for a
// re-read of what is shown, since changes made in between were never announced.
// Each thread has its own feeds (as QSqlDatabase connections belong to one thread): models in
// different threads hear each other through the database, not in-process.
#pragma once

#include <concord/concord_core_export.h>
#include <concord/recordchange.h>

#include <QObject>
#include <QSqlDatabase>

namespace concord {

namespace detail {
void connectionReopened(const QSqlDatabase &db); // see changefeed_p.h
}

class CONCORD_CORE_EXPORT ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // The feed of the database `db` is connected to (by driver, host, port and database name),
    // created on first use and owned by the application. Null if `db` is not open.
    static ChangeFeed *forDatabase(const QSqlDatabase &db);
    ~ChangeFeed() override;

    // A model saved or deleted a record: tell the others (synchronously, in this thread).
    void publish(const RecordChange &change);
    // The same, for a save that ran on `savedOn`. On PostgreSQL the save's own notification is
    // then recognised by the server session that wrote it, never by key and version alone: a
    // record replaced or a table created again can reach the same version, and another
    // program's change to it must not be taken for this save's echo and dropped.
    void publish(const RecordChange &change, const QSqlDatabase &savedOn);
    // How many receivers recordChanged() has: a model alone on its feed need not describe its
    // saves to anyone (a bulk save of thousands of rows would pay for it).
    int subscriberCount() const;

    // SQLite polling interval in milliseconds (500 by default; 0 stops polling).
    void setPollInterval(int ms);
    int pollInterval() const;
    // Statements the feed itself has run (SQLite: each poll, one statement per schema counted
    // as one; PostgreSQL: the one LISTEN, and again after a reopen), for the idle-cost benchmark.
    quint64 queryCount() const;

    // True while changes committed by other processes are heard; false, with a reason in plain
    // words, while they cannot be (in-process publications are delivered either way).
    // PostgreSQL: a lost session is noticed without a query (libpq's state is checked every
    // second) and reopened, with growing pauses; LISTEN is issued again on the new session, and
    // only outside a transaction, so a caller's ROLLBACK cannot undo it.
    bool isLive() const;
    QString unavailableReason() const;

Q_SIGNALS:
    // A record changed: by another model in this process, or by another process (PostgreSQL).
    void recordChanged(const concord::RecordChange &change);
    // SQLite: another connection committed something; PostgreSQL: changes are heard again after
    // a time they were not (isLive() was false, or the session was reopened). Re-read what you show.
    void databaseChanged();
    // isLive() changed.
    void liveChanged(bool live, const QString &reason);

protected:
    // SQLite polls only while something listens to databaseChanged(): an unused feed costs nothing.
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    friend void detail::connectionReopened(const QSqlDatabase &db);
    explicit ChangeFeed(const QSqlDatabase &db);
    class Private;
    std::unique_ptr<Private> m;
};

} // namespace concord
