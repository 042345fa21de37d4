// Connections the server dropped (or SQLite opened read-only) and their reopening. The state is
// kept on the connection's driver, which every copy of a QSqlDatabase and every model on that
// connection shares: the first model that needs the connection again reopens it for all.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace concord::detail {

// True when `error` means the session is gone: its code says so, or (PostgreSQL reports the
// errors libpq makes up itself without any SQLSTATE) a one-row probe fails too.
bool connectionLost(const QSqlDatabase &db, const QSqlError &error);
// The next save or read must open the connection again before it runs.
void markBroken(const QSqlDatabase &db);
bool isBroken(const QSqlDatabase &db);
// Reopens a connection marked broken, or one libpq knows is closed (else does nothing). False, with `error`, while the
// database cannot be reached; it then stays marked.
bool reopenIfBroken(const QSqlDatabase &db, QSqlError *error);
// Counts the reopens: statements prepared before the last one belong to a closed session.
quint64 generation(const QSqlDatabase &db);

} // namespace concord::detail
