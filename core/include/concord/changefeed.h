// ChangeFeed: one per database, tells every model in the process which records changed.
//
// - Same process: a model publishes each save; every other subscriber hears it at once. A save
//   inside the application's own transaction is published when that commits, never if it
//   rolls back (the model watches for the end, see versionedtablemodel_commit.cpp).
// - PostgreSQL, other processes: LISTEN on channel "concord_changes", fed by the trigger that
//   TablePreparer installs (payload format in changefeed.cpp). No query runs while idle.
// - SQLite, other processes: PRAGMA data_version is polled on a cheap timer; when it moves,
//   databaseChanged() asks subscribers to re-read the versions of the records they show.
// Each thread has its own feeds (as QSqlDatabase connections belong to one thread): models in
// different threads hear each other through the database, not in-process.
#pragma once

#include <concord/concord_core_export.h>
#include <concord/recordchange.h>

#include <QObject>
#include <QSqlDatabase>

namespace concord {

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
    // How many receivers recordChanged() has: a model alone on its feed need not describe its
    // saves to anyone (a bulk save of thousands of rows would pay for it).
    int subscriberCount() const;

    // SQLite polling interval in milliseconds (500 by default; 0 stops polling).
    void setPollInterval(int ms);
    int pollInterval() const;
    // Statements the feed itself has run (SQLite: each poll; PostgreSQL: the one LISTEN), for
    // the idle-cost benchmark.
    quint64 queryCount() const;

Q_SIGNALS:
    // A record changed: by another model in this process, or by another process (PostgreSQL).
    void recordChanged(const concord::RecordChange &change);
    // SQLite: another connection committed something; re-read what you show.
    void databaseChanged();

protected:
    // SQLite polls only while something listens to databaseChanged(): an unused feed costs nothing.
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    explicit ChangeFeed(const QSqlDatabase &db);
    class Private;
    std::unique_ptr<Private> m;
};

} // namespace concord
