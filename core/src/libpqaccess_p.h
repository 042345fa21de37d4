// The few libpq functions Concord needs beyond what QPSQL passes on: a failed statement's
// diagnostic fields (column, constraint) and why a failed connect failed. QPSQL reports both
// only as text, in the server's or the client's language; these answers are language-independent.
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>

namespace concord::detail {

// libpq's PG_DIAG_* field codes.
enum class PgDiagField : char { SqlState = 'C', Column = 'c', Constraint = 'n', Table = 't', Schema = 's' };

// A field of the PGresult behind a query that just failed on QPSQL; empty when the query ran
// on another driver, has no result, or libpq could not be reached.
QString pgErrorField(const QSqlQuery &query, PgDiagField field);

// True when the connection is QPSQL's and libpq has marked it broken (CONNECTION_BAD): the
// server went away. libpq then reports no SQLSTATE, only text in the client's language.
bool pgConnectionBroken(const QSqlDriver *driver);

// libpq's PQtransactionStatus of QPSQL's connection (PQTRANS_IDLE 0, ACTIVE 1, INTRANS 2,
// INERROR 3, UNKNOWN 4), asked without a round trip; -1 when libpq could not be reached.
int pgTransactionStatus(const QSqlDriver *driver);

// True when the QPSQL connection is inside a transaction (or libpq cannot tell): a LISTEN issued
// now would be undone by the caller's ROLLBACK. Asks libpq's own state, no round trip.
bool pgInTransaction(const QSqlDriver *driver);

// Which libpq session the QPSQL driver holds now (its PGconn's address; 0 for none). It changes
// when the connection is opened again, even where QPSQL believes nothing happened: its close()
// skips a session libpq marked broken, keeping that session's LISTEN subscriptions and their
// socket notifier.
quintptr pgSession(const QSqlDriver *driver);

// The server process serving the QPSQL connection (libpq's PQbackendPID, no round trip); 0 when
// libpq cannot be reached or the connection is not QPSQL's. A notification names the backend
// that wrote the change ("p" in the payload), so a save can be told by the session it ran on.
int pgBackendPid(const QSqlDriver *driver);

// What a second connect with the same parameters as QPSQL's failed one learnt (libpq keeps no
// reason once QPSQL has dropped its handle). Asked with libpq's PQERRORS_SQLSTATE verbosity, so
// that an error the server sent carries its SQLSTATE, which no locale changes.
struct PgConnectParameters
{
    QString host, database, user, password, options;
    int port = -1;
};
struct PgConnectProbe
{
    bool ran = false;            // libpq was reached and the connect was tried
    bool succeeded = false;      // it worked this time (the first failure passed)
    bool timedOut = false;       // nothing came back within the time given
    bool passwordNeeded = false; // the server asked for a password and none was there to give
    QString sqlState;            // the server's error code; empty for libpq's own failures
    QString serverLead;          // libpq's words and the severity before sqlState on its line
    QString message;             // libpq's text, in the client's language: a last resort only
};
PgConnectProbe probePgConnect(const PgConnectParameters &params, int timeoutMs);

} // namespace concord::detail
