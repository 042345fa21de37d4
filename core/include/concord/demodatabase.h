// The demo database: customers, products and orders, each with a version column.
#pragma once

#include <concord/concord_core_export.h>

#include <QSqlDatabase>
#include <QString>

namespace concord {

class CONCORD_CORE_EXPORT DemoDatabase
{
public:
    // Where the demo SQLite file lives: the user's data directory.
    static QString defaultPath();
    // Creates the schema and sample data on `db` (SQLite or PostgreSQL) in one transaction,
    // unless the tables are there already. Returns false and sets `error` on failure.
    static bool install(QSqlDatabase db, QString *error = nullptr);
    // Runs a ;-separated script, statement by statement, in one transaction.
    static bool runScript(QSqlDatabase db, const QString &script, QString *error = nullptr);
};

} // namespace concord
