// The project's one way to put a name into SQL: identifiers quoted, table names split, resolved
// to the table the catalog holds, and named for the driver's own catalog calls (not installed).
//
// Every statement Concord builds quotes its columns and tables here, never through
// QSqlDriver::escapeIdentifier() directly: the drivers take a name that starts or ends with a
// quote for quoted already, QPSQL splits every name at its dots, and QSQLITE takes a name with
// brackets for quoted (see quoteIdentifier()).
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace concord::detail {

// A table name as callers give it ("orders", "sales.orders", "\"Order Lines\""), split at the
// dots outside double quotes, each part unquoted and taken as the catalog spells it (as
// QSqlDatabase::tables() lists it). No schema: the backend's own lookup decides.
struct TableName
{
    QString schema;
    QString name;
};
std::optional<TableName> splitTableName(const QString &table);

// One identifier (a column, a trigger, a function, one part of a table name), quoted.
QString quoteIdentifier(const QSqlDatabase &db, const QString &name);
// A table, schema-qualified when it has a schema.
QString quoteTable(const QSqlDatabase &db, const TableName &name);

// The table `table` names, with its schema, both as the catalog spells them: PostgreSQL's
// namespace (an unqualified name found through the search path), SQLite's "main", "temp" or an
// attached database's name. SQLite's tables() lists a table named "table.dot" unquoted, so a
// name that is not schema.table is tried as one name. Nothing when there is no such table.
std::optional<TableName> resolveTable(const QSqlDatabase &db, const QString &table);
// `table` quoted for a statement: the resolved table, or, when there is none, its parts.
QString quoteTableName(const QSqlDatabase &db, const QString &table);
// The name QSqlDatabase::record() and primaryIndex() find `table` by: Qt 6.4's QSQLITE splits
// at the first dot unless the name is in brackets ("[table.dot]", "other.[table.dot]").
QString driverTableName(const QSqlDatabase &db, const QString &table);

// Whether a change to table `name` of schema `schema` is one to the table `ofSchema`.`of`.
// An empty schema (a change from an older notify trigger, or published by an application)
// matches any. Names compare ignoring case, as RecordChange::table() promises.
bool sameTable(const QString &schema, const QString &name, const QString &ofSchema, const QString &of);

} // namespace concord::detail
