// ChangeFeed's private parts: its state (shared by changefeed.cpp, changefeed_postgres.cpp and
// changefeed_sqlite.cpp) and the hook for the code that reopens connections.
#pragma once

#include <concord/changefeed.h>

#include "libpqaccess_p.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

#include <deque>
#include <optional>

namespace concord {

namespace detail {

Q_DECLARE_LOGGING_CATEGORY(lcFeed)
// The LISTEN/NOTIFY channel: "concord_changes".
const QString &feedChannel();
// Why other processes' changes cannot reach us, in plain words (ChangeFeed::unavailableReason()).
QString feedLostReason();
QString feedClosedReason();
// `db` was closed and opened again: its feed, if it has one, listens on the new session at once
// (QPSQL forgets a closed session's LISTEN) instead of at its next check of the session.
void connectionReopened(const QSqlDatabase &db);

} // namespace detail

class ChangeFeed::Private
{
public:
    explicit Private(ChangeFeed *feed) : q(feed) { clock.start(); }

    // A save this process published, remembered for a while so that its notification, arriving
    // through another connection of this process, is not delivered a second time as a change
    // by another program.
    struct Published
    {
        QString schema;
        QString table;
        QString key;   // the record key (recordkey_p.h), each part's kind guessed by its form
        QVariant version;
        bool deleted = false;
        qint64 at = 0; // clock ms
        int backend = 0; // the server process the save ran on; 0 unknown (matches any)
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
    void remember(const RecordChange &change, int backend);
    bool consumeOwn(const RecordChange &change, int backend);
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
        return driver && driver->subscribedToNotifications().contains(detail::feedChannel())
               && detail::pgSession(driver) == listenedSession;
    }
    int reopenPauseMs = 0;     // grows while the server stays away
    qint64 nextReopenAt = 0;   // clock ms
};

} // namespace concord
