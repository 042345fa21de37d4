// ColumnBounds: parses declared column types from SQLite's PRAGMA table_info and PostgreSQL's format_type().
#include <concord/columnbounds.h>

#include "sqlidentifier_p.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace concord {

double ColumnBounds::decimalLimit() const
{
    if (integerDigits < 0)
        return std::numeric_limits<double>::infinity();
    return std::pow(10.0, integerDigits) - std::pow(10.0, -std::max(scale, 0));
}

ColumnBounds ColumnBounds::fromDeclaredType(const QString &type, bool sqlite)
{
    // A name, then an optional "(n)" or "(p, s)"; anything else (arrays, domains' own names,
    // "timestamp(3) with time zone") leaves the column unbounded here.
    static const QRegularExpression declared(QStringLiteral(
        "^\\s*([A-Za-z_][A-Za-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(-?\\d+)\\s*)?\\))?\\s*$"));
    ColumnBounds bounds;
    bounds.type = type;
    const QRegularExpressionMatch match = declared.match(type);
    if (!match.hasMatch())
        return bounds;
    const QString name = match.captured(1).simplified().toLower();
    const bool sized = match.hasCaptured(2) && !match.captured(2).isEmpty();
    const int first = match.captured(2).toInt();
    const int second = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    if (name == QLatin1String("numeric") || name == QLatin1String("decimal")) {
        if (sized && first > 0) {
            // PostgreSQL 15 allows a negative scale: NUMERIC(2,-3) rounds to thousands.
            bounds.integerDigits = std::max(0, first - second);
            bounds.scale = std::max(0, second);
        }
        return bounds;
    }
    if (name.contains(QLatin1String("char"))) { // varchar, character varying, nchar, char
        if (sized && first > 0)
            bounds.maxLength = first;
        return bounds;
    }
    if (sqlite) {
        // SQLite's rule for INTEGER affinity: the declared name contains "INT".
        if (name.contains(QLatin1String("int")))
            bounds.integral = true;
        return bounds;
    }
    const auto range = [&bounds](qint64 lowest, qint64 highest) {
        bounds.integral = true;
        bounds.minimum = lowest;
        bounds.maximum = highest;
    };
    if (name == QLatin1String("smallint") || name == QLatin1String("int2"))
        range(std::numeric_limits<qint16>::min(), std::numeric_limits<qint16>::max());
    else if (name == QLatin1String("integer") || name == QLatin1String("int")
             || name == QLatin1String("int4"))
        range(std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max());
    else if (name == QLatin1String("bigint") || name == QLatin1String("int8"))
        range(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    return bounds;
}

QHash<QString, ColumnBounds> ColumnBounds::ofTable(const QSqlDatabase &db, const QString &table)
{
    QHash<QString, ColumnBounds> result;
    if (!db.isOpen() || !db.driver() || table.isEmpty())
        return result;
    const bool sqlite = db.driver()->dbmsType() == QSqlDriver::SQLite;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (sqlite) {
        // The table-valued pragma takes the table and its schema as bound values.
        const std::optional<detail::TableName> found = detail::resolveTable(db, table);
        if (!found)
            return result;
        query.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?, ?)"));
        query.addBindValue(found->name);
        query.addBindValue(found->schema);
        if (!query.exec())
            return result;
        const QSqlRecord columns = query.record();
        const int name = columns.indexOf(QStringLiteral("name"));
        const int type = columns.indexOf(QStringLiteral("type"));
        while (query.next())
            result.insert(query.value(name).toString(),
                          fromDeclaredType(query.value(type).toString(), true));
    } else {
        // to_regclass() reads the name as SQL does, schema-qualified or on the search path. A
        // domain (CREATE DOMAIN code AS varchar(5)) holds what its base type holds.
        query.prepare(QStringLiteral(
            "SELECT a.attname, CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod)"
            " ELSE format_type(a.atttypid, a.atttypmod) END"
            " FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
            " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped"));
        query.addBindValue(detail::quoteTableName(db, table));
        if (!query.exec())
            return result;
        while (query.next())
            result.insert(query.value(0).toString(),
                          fromDeclaredType(query.value(1).toString(), false));
    }
    query.finish();
    return result;
}

} // namespace concord
