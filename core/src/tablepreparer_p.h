// TablePreparer's private parts: table names split and quoted, catalog reading, and the plan of
// steps each backend makes (tablepreparer_sqlite.cpp, tablepreparer_postgres.cpp) for prepare()
// to run in one transaction (tablepreparer.cpp).
#pragma once

#include <concord/tablepreparer.h>

#include "sqlidentifier_p.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace concord::TablePreparer::detail {

// Names are split and quoted by the project's one set of functions (sqlidentifier_p.h).
using concord::detail::TableName;
using concord::detail::splitTableName;
inline QString quoteName(const QSqlDatabase &db, const QString &name)
{
    return concord::detail::quoteIdentifier(db, name);
}

// SQLite: the trigger that gives each inserted row a new version (strategy Trigger).
QString versionInsertTriggerName(const QSqlDatabase &db, const QString &table);

// A string literal, for the one place that takes no bound value: the arguments in CREATE TRIGGER.
QString quoteText(const QSqlDatabase &db, const QString &text);

// Runs a SELECT with bound values. The rows, or nothing with `error` set.
std::optional<QList<QVariantList>> selectRows(const QSqlDatabase &db, const QString &sql,
                                              const QVariantList &binds, QString *error);

struct Column
{
    QString name;
    bool integer = false;  // a version can live in it
    bool text = false;     // a who column can (PostgreSQL)
    bool time = false;     // a when column can (PostgreSQL: date/time types, or text)
};
// The column called `name`, ignoring case as QSqlRecord::indexOf() (and so the model) does,
// an exact match first. Null if there is none.
const Column *findColumn(const QList<Column> &columns, const QString &name);
// The who and when columns the model would use (TableSchema::modifiedByColumn() and
// modifiedAtColumn() look for the same names, in the same order).
const Column *whoColumn(const QList<Column> &columns);
const Column *whenColumn(const QList<Column> &columns);

// One change: its statements, the line for Report::done, and what to call it if it fails.
struct Step
{
    QStringList statements;
    QString done;
    QString failing;
};

struct Plan
{
    QList<Step> steps;
    QString refusal; // set: the table cannot be prepared, and nothing is run
};

// Each reads the catalog (inside prepare()'s transaction) and lists what is missing. `table` is
// the name as the caller gave it, for messages and trigger names.
Plan planSqlite(const QSqlDatabase &db, const TableName &name, const QString &table,
                const Options &options);
Plan planPostgres(const QSqlDatabase &db, const TableName &name, const QString &table,
                  const Options &options);

// SQLite: where a table lives. A name without schema is looked up as SQLite itself resolves it:
// temp first, then main, then the attached databases.
struct SqliteTable
{
    QString schema; // "main", "temp" or an attached database's name
    QString name;   // as the catalog spells it
    QString type;   // "table", "view", "virtual"...
    bool strict = false;
};
std::optional<SqliteTable> findSqliteTable(const QSqlDatabase &db, const TableName &name,
                                           QString *error);
// PostgreSQL: the table's name quoted for to_regclass(), schema-qualified when it was given.
QString postgresRegclassText(const QSqlDatabase &db, const TableName &name);

} // namespace concord::TablePreparer::detail
