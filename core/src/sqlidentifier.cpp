// Quoting, splitting and resolving table and column names (see sqlidentifier_p.h).
#include "sqlidentifier_p.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>

namespace concord::detail {

namespace {

bool isSqlite(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::SQLite;
}

std::optional<TableName> lookUp(const QSqlDatabase &db, const TableName &name)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (isSqlite(db)) {
        // pragma_table_list (SQLite 3.37) sees every schema, in SQLite's own order for a bare
        // name: temp, then main, then the attached databases.
        QString sql = QStringLiteral("SELECT schema, name FROM pragma_table_list WHERE name = ? COLLATE NOCASE");
        if (!name.schema.isEmpty())
            sql += QStringLiteral(" AND schema = ? COLLATE NOCASE");
        sql += QStringLiteral(" ORDER BY CASE schema WHEN 'temp' THEN 0 WHEN 'main' THEN 1 ELSE 2 END");
        query.prepare(sql);
        query.addBindValue(name.name);
        if (!name.schema.isEmpty())
            query.addBindValue(name.schema);
    } else {
        // to_regclass() finds a bare name through the search path and never raises an error
        // for a quoted name (which could abort a caller's transaction).
        query.prepare(QStringLiteral("SELECT n.nspname, c.relname FROM pg_catalog.pg_class c"
                                     " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                                     " WHERE c.oid = to_regclass(?)"));
        query.addBindValue(quoteTable(db, name));
    }
    if (!query.exec() || !query.next())
        return std::nullopt;
    TableName found{query.value(0).toString(), query.value(1).toString()};
    query.finish();
    return found;
}

} // namespace

std::optional<TableName> splitTableName(const QString &table)
{
    QStringList parts;
    QString part;
    bool quoted = false;
    for (QChar c : table) {
        // A doubled quote inside a quoted part toggles twice, so the part stays quoted.
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char('.') && !quoted) {
            parts << part;
            part.clear();
        } else {
            part += c;
        }
    }
    parts << part;
    if (quoted || parts.size() > 2)
        return std::nullopt;
    for (QString &p : parts) {
        if (p.size() >= 2 && p.startsWith(QLatin1Char('"')) && p.endsWith(QLatin1Char('"')))
            p = p.mid(1, p.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
        if (p.isEmpty())
            return std::nullopt;
    }
    if (parts.size() == 2)
        return TableName{parts.at(0), parts.at(1)};
    return TableName{QString(), parts.at(0)};
}

QString quoteIdentifier(const QSqlDatabase &db, const QString &name)
{
    // The drivers' escapeIdentifier() is made for whole table names: QPSQL's splits at every dot,
    // both leave a name that starts or ends with a quote as it is (taking it for quoted already),
    // and QSQLITE's one with brackets. A single part shaped like that (a column "a.b", a table
    // ending in a quote) is quoted here by the SQL standard's rule, which both backends follow.
    const bool driverSafe = !name.contains(QLatin1Char('.'))
                            && !name.startsWith(QLatin1Char('"')) && !name.endsWith(QLatin1Char('"'))
                            && !(name.contains(QLatin1Char('[')) && name.contains(QLatin1Char(']')));
    if (driverSafe)
        return db.driver()->escapeIdentifier(name, QSqlDriver::FieldName);
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString quoteTable(const QSqlDatabase &db, const TableName &name)
{
    const QString table = quoteIdentifier(db, name.name);
    return name.schema.isEmpty() ? table : quoteIdentifier(db, name.schema) + QLatin1Char('.') + table;
}

std::optional<TableName> resolveTable(const QSqlDatabase &db, const QString &table)
{
    if (!db.isOpen() || !db.driver() || table.isEmpty())
        return std::nullopt;
    if (const std::optional<TableName> parts = splitTableName(table)) {
        if (std::optional<TableName> found = lookUp(db, *parts))
            return found;
        if (parts->schema.isEmpty())
            return std::nullopt;
    }
    // "table.dot" as tables() lists it, or a name a split cannot read: the whole as one name.
    return lookUp(db, TableName{QString(), table});
}

QString quoteTableName(const QSqlDatabase &db, const QString &table)
{
    if (const std::optional<TableName> found = resolveTable(db, table))
        return quoteTable(db, *found);
    if (const std::optional<TableName> parts = splitTableName(table))
        return quoteTable(db, *parts);
    return quoteIdentifier(db, table);
}

QString driverTableName(const QSqlDatabase &db, const QString &table)
{
    if (!isSqlite(db) || !table.contains(QLatin1Char('.')))
        return table;
    const std::optional<TableName> found = resolveTable(db, table);
    if (!found || !found->name.contains(QLatin1Char('.')) || found->name.contains(QLatin1Char(']')))
        return table;
    return found->schema + QStringLiteral(".[") + found->name + QLatin1Char(']');
}

bool sameTable(const QString &schema, const QString &name, const QString &ofSchema, const QString &of)
{
    if (name.compare(of, Qt::CaseInsensitive) != 0)
        return false;
    return schema.isEmpty() || ofSchema.isEmpty() || schema.compare(ofSchema, Qt::CaseInsensitive) == 0;
}

} // namespace concord::detail
