// Whether a connection is inside a transaction that someone else opened (not installed).
//
// A model's save inside the application's own transaction (QSqlDatabase::transaction()) is
// not final until the application commits: what it publishes must wait for that. Qt's drivers
// keep no such state, so the client library is asked through the handle the driver passes on
// (libpq's PQtransactionStatus, SQLite's sqlite3_get_autocommit), with no statement; a
// statement answers only where the library cannot be reached.
#pragma once

#include <QSqlDatabase>

namespace concord::detail {

enum class TransactionState { Closed, Open, Unknown };

TransactionState transactionState(const QSqlDatabase &db);

} // namespace concord::detail
