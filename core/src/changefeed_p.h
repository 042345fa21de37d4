// ChangeFeed's hook for the code that reopens connections (DatabaseConnector::reopen).
#pragma once

#include <QSqlDatabase>

namespace concord::detail {

// `db` was closed and opened again: its feed, if it has one, listens on the new session at once
// (QPSQL forgets a closed session's LISTEN) instead of at its next check of the session.
void connectionReopened(const QSqlDatabase &db);

} // namespace concord::detail
