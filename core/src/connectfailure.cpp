// The plain words for a failed PostgreSQL connect (see connectfailure_p.h).
#include "connectfailure_p.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

#include <netdb.h>
#include <sys/socket.h>
#include <sys/types.h>

namespace concord::detail {

namespace {

// What libpq falls back to for a part the connection does not name.
QString effective(const QString &given, const char *variable, const QString &fallback = {})
{
    if (!given.isEmpty())
        return given;
    return qEnvironmentVariable(variable, fallback);
}

bool isSocketDirectory(const QString &host)
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'));
}

// True when the name resolves to no address at all. Asked of the resolver, not read from libpq's
// message ("could not translate host name"), which is in the user's language.
bool hostUnknown(const QString &host)
{
    if (isSocketDirectory(host) || host.contains(QLatin1Char(',')))
        return false;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int failed = ::getaddrinfo(host.toLocal8Bit().constData(), nullptr, &hints, &found);
    if (found)
        ::freeaddrinfo(found);
    return failed == EAI_NONAME || failed == EAI_AGAIN || failed == EAI_FAIL
#ifdef EAI_NODATA
           || failed == EAI_NODATA
#endif
        ;
}

enum class SocketFailure { Unknown, Refused, Unreachable };

// The last resort: which system error libpq's text carries. libpq writes strerror()'s words
// for it, in this process's locale, so they are compared with this process's own strerror()
// of each candidate rather than with any English text.
SocketFailure socketFailure(const QString &message)
{
    const auto says = [&message](int error) {
        const QString words = QString::fromLocal8Bit(std::strerror(error));
        return !words.isEmpty() && message.contains(words);
    };
    // ENOENT: no socket file in the directory, so no server runs on this computer there.
    if (says(ECONNREFUSED) || says(ENOENT))
        return SocketFailure::Refused;
    if (says(ETIMEDOUT) || says(EHOSTUNREACH) || says(ENETUNREACH))
        return SocketFailure::Unreachable;
    return SocketFailure::Unknown;
}

QSqlError failure(const QString &text, const QString &code, const QString &databaseText = {})
{
    return QSqlError(text, databaseText, QSqlError::ConnectionError, code);
}

// The server's own words in QPSQL's message: the rest of the last line that starts as the
// probe's line with the code did (libpq's words about the address, then the severity), so
// found without reading any of those words. Empty when no line does.
QString serverWords(const QString &driverMessage, const QString &lead)
{
    if (lead.isEmpty())
        return {};
    QString words;
    for (const QString &line : driverMessage.split(QLatin1Char('\n')))
        if (line.startsWith(lead))
            words = line.mid(lead.size()).trimmed();
    return words;
}

} // namespace

QSqlError pgConnectError(const PgConnectParameters &params, const QSqlError &driverError,
                         qint64 elapsedMs, int timeoutS)
{
    // Each message is written out in full: lupdate files one only under a literal context.
    const QString host = effective(params.host, "PGHOST");
    const QString port = params.port > 0 ? QString::number(params.port)
                                         : effective(QString(), "PGPORT", QStringLiteral("5432"));
    const QString user = effective(params.user, "PGUSER", effective(QString(), "USER"));
    const QString database = effective(params.database, "PGDATABASE", user);
    // "on %1": a host name, or this computer for a server reached through a local socket.
    const QString server = isSocketDirectory(host)
        ? QCoreApplication::translate("concord::DatabaseConnector", "this computer")
        : host;

    const auto noAnswer = [&] {
        return failure(QCoreApplication::translate("concord::DatabaseConnector",
                                                   "The database server on %1 did not answer "
                                                   "within %n second(s). Check the server name "
                                                   "and port, and the network connection.",
                                                   nullptr, timeoutS)
                           .arg(server),
                       QLatin1String(noAnswerCode));
    };
    // QPSQL waited the whole connect timeout: whatever else is true, nothing answered. Asking
    // again would only make the user wait as long once more.
    if (timeoutS > 0 && elapsedMs >= qint64(timeoutS) * 1000)
        return noAnswer();

    const PgConnectProbe probe = probePgConnect(params, (timeoutS > 0 ? timeoutS : 10) * 1000);
    if (!probe.ran || probe.succeeded)
        return driverError; // nothing better to say than what QPSQL said

    const QString code = probe.sqlState;
    QString text;
    if (code == QLatin1String("3D000")) {
        text = QCoreApplication::translate("concord::DatabaseConnector",
                                           "There is no database \"%1\" on %2. Check the "
                                           "database name.")
                   .arg(database, server);
    } else if (code == QLatin1String("28P01")) {
        text = QCoreApplication::translate("concord::DatabaseConnector",
                                           "The database server on %1 did not accept the "
                                           "password of user \"%2\".")
                   .arg(server, user);
    } else if (code == QLatin1String("28000")) {
        text = QCoreApplication::translate("concord::DatabaseConnector",
                                           "The database server on %1 does not let user \"%2\" "
                                           "connect to database \"%3\": the user does not exist, "
                                           "or the server's access rules refuse it.")
                   .arg(server, user, database);
    } else if (code == QLatin1String("53300")) {
        text = QCoreApplication::translate("concord::DatabaseConnector",
                                           "The database server on %1 has no connection left "
                                           "(too many are open). Try again later.")
                   .arg(server);
    } else if (code == QLatin1String("57P03")) {
        text = QCoreApplication::translate("concord::DatabaseConnector",
                                           "The database server on %1 is starting up or shutting "
                                           "down. Try again in a moment.")
                   .arg(server);
    } else if (!code.isEmpty()) {
        text = QCoreApplication::translate("concord::DatabaseConnector",
                                           "The database server on %1 refused the connection "
                                           "(error %2).")
                   .arg(server, code);
    }
    // A refused password is never shown: the editor asks for another one, --prepare says where
    // to give it. So there, and only there, databaseText() keeps the words of whoever refused
    // (the server's, or libpq's when it had no password to send) for a library user, as QPSQL
    // gave them; everywhere else text() is what the user reads, and holds the sentence alone.
    if (code == QLatin1String("28P01"))
        return failure(text, code, serverWords(driverError.databaseText(), probe.serverLead));
    if (!text.isEmpty())
        return failure(text, code);
    if (probe.passwordNeeded) {
        // As the server's invalid_password: needsPassword() reads that code.
        return failure(QCoreApplication::translate("concord::DatabaseConnector",
                                                   "The database server on %1 asks for the "
                                                   "password of user \"%2\".")
                           .arg(server, user),
                       QStringLiteral("28P01"), driverError.databaseText().trimmed());
    }
    if (probe.timedOut)
        return noAnswer();

    // libpq's own failures: no server was reached, so there is no code to read.
    switch (socketFailure(probe.message)) {
    case SocketFailure::Refused:
        return failure(isSocketDirectory(host)
                           ? QCoreApplication::translate("concord::DatabaseConnector",
                                                         "No database server is running on this "
                                                         "computer at port %1. Start it, or check "
                                                         "the port.")
                                 .arg(port)
                           : QCoreApplication::translate("concord::DatabaseConnector",
                                                         "Nothing accepts connections on %1, port "
                                                         "%2: the database server is not running "
                                                         "there, or it uses another port.")
                                 .arg(host, port),
                       QLatin1String(refusedCode));
    case SocketFailure::Unreachable:
        return failure(QCoreApplication::translate("concord::DatabaseConnector",
                                                   "The database server on %1 cannot be reached. "
                                                   "Check the server name and the network "
                                                   "connection.")
                           .arg(server),
                       QLatin1String(noAnswerCode));
    case SocketFailure::Unknown:
        break;
    }
    if (hostUnknown(host)) {
        return failure(QCoreApplication::translate("concord::DatabaseConnector",
                                                   "The server name \"%1\" was not found. Check "
                                                   "its spelling and the network connection.")
                           .arg(host),
                       QLatin1String(hostNotFoundCode));
    }
    return driverError;
}

} // namespace concord::detail
