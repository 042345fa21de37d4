// Why a PostgreSQL connect failed, in a plain sentence and a code DatabaseConnector::failure()
// reads: the server's SQLSTATE where it sent one, else what the host name, the clock and (last)
// libpq's text say. Never libpq's words themselves in text(), which follow the client's locale;
// a refused password keeps the words of whoever refused it in databaseText() (see the .cpp).
#pragma once

#include "libpqaccess_p.h"

#include <QSqlError>

namespace concord::detail {

// Concord's own codes for failures that never reached a server, so have no SQLSTATE. They are
// not five characters long, so nothing takes them for one.
inline constexpr char hostNotFoundCode[] = "concord:host-not-found";
inline constexpr char noAnswerCode[] = "concord:no-answer";
inline constexpr char refusedCode[] = "concord:refused";

// The error to hand out for QPSQL's failed connect `driverError`, which took `elapsedMs`;
// `params` are what it was given (options with the connect timeout in them), `timeoutS` that
// timeout. Connects a second time to ask libpq why (see probePgConnect).
QSqlError pgConnectError(const PgConnectParameters &params, const QSqlError &driverError,
                         qint64 elapsedMs, int timeoutS);

} // namespace concord::detail
