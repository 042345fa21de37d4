// The demo database: customers, products and orders, each with a version column.
#pragma once

#include <concord/concord_core_export.h>

#include <QSqlDatabase>
#include <QString>

namespace concord {

namespace DemoDatabase {

// Where the demo SQLite file lives: the user's data directory.
CONCORD_CORE_EXPORT QString defaultPath();
// Creates the schema and sample data on `db` (SQLite or PostgreSQL) in one transaction,
// unless the tables are there already. Returns false and sets `error` on failure.
CONCORD_CORE_EXPORT bool install(QSqlDatabase db, QString *error = nullptr);
// Runs a ;-separated script, statement by statement, in one transaction.
CONCORD_CORE_EXPORT bool runScript(QSqlDatabase db, const QString &script, QString *error = nullptr);

} // namespace DemoDatabase

} // namespace concord
