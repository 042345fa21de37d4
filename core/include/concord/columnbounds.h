// ColumnBounds: what a column's declared type lets it hold (VARCHAR(n), NUMERIC(p,s), integer ranges).
#pragma once

#include <concord/concord_core_export.h>

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <limits>

namespace concord {

// Read from the declaration itself (SQLite: PRAGMA table_info; PostgreSQL: format_type()),
// because the drivers report little of it: Qt 6.4's QSQLITE gives no length or precision at
// all, and QPSQL's QSqlDatabase::record() gives NUMERIC(12,2) as one packed number. Editors
// bound what can be typed by it, and the model refuses a number that breaks it before sending,
// on both backends alike: SQLite itself would store anything.
// A part the declaration does not fix stays at its "unbounded" value.
struct CONCORD_CORE_EXPORT ColumnBounds
{
    int maxLength = -1;     // VARCHAR(n), CHAR(n): at most n characters
    int integerDigits = -1; // NUMERIC(p,s), DECIMAL(p,s): at most p - s digits before the point
    int scale = -1;         // ... and s after it
    bool integral = false;  // SMALLINT, INTEGER, BIGINT: a whole number in minimum..maximum
    qint64 minimum = std::numeric_limits<qint64>::min();
    qint64 maximum = std::numeric_limits<qint64>::max();
    QString type;           // the declared type, as the catalog spells it

    bool isBounded() const { return maxLength >= 0 || integerDigits >= 0 || integral; }
    // The largest magnitude a NUMERIC(p,s) holds (9999999999.99 for NUMERIC(12,2)); +inf when
    // integerDigits is unknown.
    double decimalLimit() const;

    // A type as the catalog spells it: "NUMERIC(12, 2)", "character varying(40)", "smallint".
    // On SQLite every integer is 64 bits, whatever the declared name (its INTEGER affinity);
    // on PostgreSQL SMALLINT, INTEGER and BIGINT are 16, 32 and 64 bits.
    static ColumnBounds fromDeclaredType(const QString &type, bool sqlite);
    // Every column of `table` by name; empty when the table cannot be read. A PostgreSQL
    // domain column has its base type's bounds.
    static QHash<QString, ColumnBounds> ofTable(const QSqlDatabase &db, const QString &table);
};

} // namespace concord
