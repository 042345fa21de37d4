// libpq reached through QLibrary: QPSQL has loaded it already, so this only looks its
// functions up, and Concord keeps linking Qt6::Core and Qt6::Sql alone.
#include "libpqaccess_p.h"

#include <QDeadlineTimer>
#include <QLibrary>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlResult>

#include <cerrno>

#include <poll.h>

namespace concord::detail {

namespace {

struct PGconn;
struct PGresult;

struct Libpq
{
    using ConnectDb = PGconn *(*)(const char *);
    using ConnectPoll = int (*)(PGconn *);
    using Socket = int (*)(const PGconn *);
    using SetVerbosity = int (*)(PGconn *, int);
    using ErrorMessage = char *(*)(const PGconn *);
    using Status = int (*)(const PGconn *);
    using Flag = int (*)(const PGconn *);
    using Finish = void (*)(PGconn *);
    using ErrorField = char *(*)(const PGresult *, int);
    using TransactionStatus = int (*)(const PGconn *);
    using BackendPid = int (*)(const PGconn *);

    ConnectDb connectStart = nullptr;
    ConnectPoll connectPoll = nullptr;
    Socket socket = nullptr;
    SetVerbosity setVerbosity = nullptr;
    ErrorMessage errorMessage = nullptr;
    Status status = nullptr;
    Flag needsPassword = nullptr;
    Finish finish = nullptr;
    ErrorField errorField = nullptr;
    TransactionStatus transactionStatus = nullptr;
    BackendPid backendPid = nullptr;

    bool canConnect() const
    {
        return connectStart && connectPoll && socket && setVerbosity && errorMessage && status
               && needsPassword && finish;
    }

    static const Libpq &instance()
    {
        static const Libpq lib = [] {
            Libpq l;
            QLibrary so(QStringLiteral("pq"), 5);
            if (!so.load())
                return l;
            l.connectStart = reinterpret_cast<ConnectDb>(so.resolve("PQconnectStart"));
            l.connectPoll = reinterpret_cast<ConnectPoll>(so.resolve("PQconnectPoll"));
            l.socket = reinterpret_cast<Socket>(so.resolve("PQsocket"));
            l.setVerbosity = reinterpret_cast<SetVerbosity>(so.resolve("PQsetErrorVerbosity"));
            l.errorMessage = reinterpret_cast<ErrorMessage>(so.resolve("PQerrorMessage"));
            l.status = reinterpret_cast<Status>(so.resolve("PQstatus"));
            l.needsPassword = reinterpret_cast<Flag>(so.resolve("PQconnectionNeedsPassword"));
            l.finish = reinterpret_cast<Finish>(so.resolve("PQfinish"));
            l.errorField = reinterpret_cast<ErrorField>(so.resolve("PQresultErrorField"));
            l.transactionStatus =
                reinterpret_cast<TransactionStatus>(so.resolve("PQtransactionStatus"));
            l.backendPid = reinterpret_cast<BackendPid>(so.resolve("PQbackendPID"));
            return l; // never unloaded: QPSQL needs it as long as the process runs
        }();
        return lib;
    }
};

constexpr int connectionOk = 0; // libpq's CONNECTION_OK
// PostgresPollingStatusType and PGVerbosity, as libpq-fe.h numbers them.
constexpr int connectionBad = 1; // ConnStatusType's CONNECTION_BAD
constexpr int pollingFailed = 0, pollingReading = 1, pollingWriting = 2, pollingOk = 3;
constexpr int verbositySqlState = 3; // PQERRORS_SQLSTATE (libpq 12): "FATAL:  3D000"

// QPSQL's own quoting of conninfo values (qsql_psql.cpp, qQuote), so the probe connects
// exactly as the driver did.
QString quoted(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

// QPSQL's handles: PGresult* and PGconn*, registered under the typedef or, as Qt 6.4's moc
// normalises them, under libpq's struct names.
bool isPointerTo(const QVariant &handle, const char *name, const char *structName)
{
    const char *type = handle.typeName();
    return type && (qstrcmp(type, name) == 0 || qstrcmp(type, structName) == 0);
}

} // namespace

QString pgErrorField(const QSqlQuery &query, PgDiagField field)
{
    const Libpq &pq = Libpq::instance();
    const QSqlResult *result = query.result();
    if (!pq.errorField || !result || !query.driver()
        || query.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return {};
    const QVariant handle = result->handle();
    if (!handle.isValid() || !isPointerTo(handle, "PGresult*", "pg_result*"))
        return {};
    const auto *res = *static_cast<PGresult *const *>(handle.constData());
    if (!res)
        return {};
    return QString::fromUtf8(pq.errorField(res, int(field)));
}

namespace {
const PGconn *connectionOf(const QSqlDriver *driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || !isPointerTo(handle, "PGconn*", "pg_conn*"))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}
} // namespace

bool pgConnectionBroken(const QSqlDriver *driver)
{
    const Libpq &pq = Libpq::instance();
    const PGconn *conn = pq.status ? connectionOf(driver) : nullptr;
    return conn && pq.status(conn) != connectionOk;
}

int pgTransactionStatus(const QSqlDriver *driver)
{
    const Libpq &pq = Libpq::instance();
    if (!pq.transactionStatus || !driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return -1;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || !isPointerTo(handle, "PGconn*", "pg_conn*"))
        return -1;
    const auto *conn = *static_cast<PGconn *const *>(handle.constData());
    return conn ? pq.transactionStatus(conn) : -1;
}

quintptr pgSession(const QSqlDriver *driver)
{
    return quintptr(connectionOf(driver));
}

int pgBackendPid(const QSqlDriver *driver)
{
    const Libpq &pq = Libpq::instance();
    const PGconn *conn = pq.backendPid ? connectionOf(driver) : nullptr;
    return conn ? pq.backendPid(conn) : 0;
}

bool pgInTransaction(const QSqlDriver *driver)
{
    const Libpq &pq = Libpq::instance();
    const PGconn *conn = pq.transactionStatus ? connectionOf(driver) : nullptr;
    constexpr int idle = 0; // libpq's PQTRANS_IDLE; ACTIVE, INTRANS, INERROR and UNKNOWN follow
    return conn && pq.transactionStatus(conn) != idle;
}

PgConnectProbe probePgConnect(const PgConnectParameters &params, int timeoutMs)
{
    PgConnectProbe probe;
    const Libpq &pq = Libpq::instance();
    if (!pq.canConnect())
        return probe;
    QString info;
    if (!params.host.isEmpty())
        info += QLatin1String("host=") + quoted(params.host);
    if (!params.database.isEmpty())
        info += QLatin1String(" dbname=") + quoted(params.database);
    if (!params.user.isEmpty())
        info += QLatin1String(" user=") + quoted(params.user);
    if (!params.password.isEmpty())
        info += QLatin1String(" password=") + quoted(params.password);
    if (params.port != -1)
        info += QLatin1String(" port=") + quoted(QString::number(params.port));
    if (!params.options.isEmpty())
        info += QLatin1Char(' ') + QString(params.options).replace(QLatin1Char(';'), QLatin1Char(' '));
    // The non-blocking connect, for the one thing the blocking one cannot do: set the error
    // verbosity before the server's answer is turned into text. (It also means libpq's
    // connect_timeout does not apply: the deadline here does its job.)
    PGconn *conn = pq.connectStart(info.toLocal8Bit().constData());
    if (!conn)
        return probe;
    probe.ran = true;
    pq.setVerbosity(conn, verbositySqlState);
    const QDeadlineTimer deadline(timeoutMs);
    // As libpq's manual has it: after PQconnectStart, wait until the socket is writable.
    int state = pq.status(conn) == connectionBad ? pollingFailed : pollingWriting;
    while (state != pollingOk && state != pollingFailed) {
        pollfd wait{pq.socket(conn), short(state == pollingReading ? POLLIN : POLLOUT), 0};
        const int ready = ::poll(&wait, 1, int(deadline.remainingTime()));
        if (ready == 0) {
            probe.timedOut = true;
            break;
        }
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        state = pq.connectPoll(conn);
    }
    probe.succeeded = state == pollingOk;
    probe.passwordNeeded = pq.needsPassword(conn);
    probe.message = QString::fromLocal8Bit(pq.errorMessage(conn));
    // "FATAL:  3D000" at the end of a line, after libpq's own (translated) words about which
    // address it tried; the last one is the answer of the last address tried.
    // What precedes the code is what precedes the server's own words in QPSQL's message.
    static const QRegularExpression code(QStringLiteral("^(.*:  )([0-9A-Z]{5})$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = code.globalMatch(probe.message); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        probe.serverLead = match.captured(1);
        probe.sqlState = match.captured(2);
    }
    pq.finish(conn);
    return probe;
}

} // namespace concord::detail
