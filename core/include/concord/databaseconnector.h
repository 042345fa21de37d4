// Opens named connections, configured for shared editing (SQLite: WAL and a busy timeout).
#pragma once

#include <concord/concord_core_export.h>
#include <concord/connectionspec.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace concord {

class CONCORD_CORE_EXPORT DatabaseConnector
{
    Q_DECLARE_TR_FUNCTIONS(concord::DatabaseConnector)
public:
    // Opens a new connection under `name` (a fresh unique one when empty). On failure the
    // connection is removed again and `error` says why in plain words.
    static QSqlDatabase open(const ConnectionSpec &spec, const QString &name = {},
                             QSqlError *error = nullptr);
    // A second, independent connection to the same database (for another window).
    static QSqlDatabase clone(const QSqlDatabase &db, const QString &name = {},
                              QSqlError *error = nullptr);
    static QString uniqueName(const QString &prefix = QStringLiteral("concord"));
    // Closes and removes a named connection; safe to call with an unknown name.
    static void close(const QString &name);
    // Closes and opens `db` again under its own name, with the same set-up (SQLite's pragmas,
    // PostgreSQL's lock timeout): every model on that connection keeps working. For a
    // connection the server dropped, or a SQLite file opened read-only before it became writable.
    static bool reopen(QSqlDatabase db, QSqlError *error = nullptr);
    // True when the failure means the server asked for a password we did not give, or refused
    // the one given: SQLSTATE 28P01, which open() and clone() set from libpq's answer.
    static bool needsPassword(const QSqlError &error);
    // Why a PostgreSQL connect failed, read from the code open() or clone() put in the error.
    // The error's text says the same in plain words (never libpq's own).
    enum class Failure {
        None,
        Password,       // the server wants a password, or refused the one given (28P01)
        LoginRefused,   // no such user, or the server's access rules refuse it (28000)
        NoSuchDatabase, // the server answered, but has no database of that name (3D000)
        HostNotFound,   // the server's name resolves to no address
        NoAnswer,       // nothing answered in time, or the network cannot reach the server
        Refused,        // the computer answered, but no server listens on that port
        Other
    };
    static Failure failure(const QSqlError &error);
    // Who saves through `db`, for the who/when columns and for telling one's own saves from
    // others': PostgreSQL's session user (what the server's own triggers record), else
    // loginName(). Asks the server once; empty only when nothing names anyone.
    static QString operatorName(const QSqlDatabase &db);
    // The operating system's name for the user running this program: $USER, $LOGNAME or
    // $USERNAME, else the account's own name (a desktop session may set none of them).
    static QString loginName();

    static constexpr int busyTimeoutMs = 5000;
    // PostgreSQL: how long an unreachable server may keep a connect (libpq's connect_timeout,
    // whole seconds) or a statement whose bytes go unanswered (tcp_user_timeout) waiting.
    // Both together stay under 10 s, so a save never freezes a window longer than that.
    static constexpr int connectTimeoutS = 2; // libpq's least
    static constexpr int unansweredTimeoutMs = 4000;
};

} // namespace concord
