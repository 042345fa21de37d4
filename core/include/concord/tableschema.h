// What the database says about its tables: the user tables, foreign keys, and who/when columns.
#pragma once

#include <concord/concord_core_export.h>

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QStringList>
#include <QVariantList>

namespace concord {

struct CONCORD_CORE_EXPORT ForeignKey
{
    QString column;           // the column in this table
    QString referencedTable;
    QString referencedColumn;
};

namespace TableSchema {

// The table's columns as it declares them (NOT NULL, defaults, lengths): QSqlDatabase::record(),
// except that a PostgreSQL name holding a ' gives an empty record, since Qt 6.4's QPSQL pastes
// the name unescaped into its own SQL, and that a PostgreSQL identity or generated column is
// marked isAutoValue() (QPSQL marks none). Use this, never db.record(table), for a name from outside.
CONCORD_CORE_EXPORT QSqlRecord declaredColumns(const QSqlDatabase &db, const QString &table);
// User tables, sorted, without the backend's own catalog tables and Concord's version counter.
CONCORD_CORE_EXPORT QStringList tables(const QSqlDatabase &db);
// Views, sorted, named as tables() names tables. They open read-only: nothing tells which row of
// which table a view's row is, so nothing could be saved to it safely.
CONCORD_CORE_EXPORT QStringList views(const QSqlDatabase &db);
// Whether `table` is one of views().
CONCORD_CORE_EXPORT bool isView(const QSqlDatabase &db, const QString &table);
CONCORD_CORE_EXPORT QList<ForeignKey> foreignKeys(const QSqlDatabase &db, const QString &table);
// The column that best names a referenced row (name, title, ...), for combo boxes.
CONCORD_CORE_EXPORT QString displayColumn(const QSqlDatabase &db, const QString &table);
// The column that names a row the way a person would (name, title, label, sku, email); empty
// when the table has none (an order: its key, customer and date name it, see ReferenceLookup).
CONCORD_CORE_EXPORT QString nameColumn(const QSqlDatabase &db, const QString &table);
// The table's first date or date-time column by its declared type (DATE, TIMESTAMP, DATETIME),
// leaving out the who/when column; empty when it has none.
CONCORD_CORE_EXPORT QString dateColumn(const QSqlDatabase &db, const QString &table);
// The columns a CHECK constraint limits to a list (`status IN ('open','paid')`, `= ANY (ARRAY[...])`
// on PostgreSQL, `status = 'a' OR status = 'b'`), by their declared names: the values in the
// constraint's order, typed as the column stores them. Columns without such a list are absent.
CONCORD_CORE_EXPORT QHash<QString, QVariantList> allowedValues(const QSqlDatabase &db,
                                                              const QString &table);
// One column's list; empty when it has none.
CONCORD_CORE_EXPORT QVariantList allowedValues(const QSqlDatabase &db, const QString &table,
                                              const QString &column);
// Who/when columns if the table has them ("modified_by", "modified_at", "updated_by"...).
CONCORD_CORE_EXPORT QString modifiedByColumn(const QSqlDatabase &db, const QString &table);
CONCORD_CORE_EXPORT QString modifiedAtColumn(const QSqlDatabase &db, const QString &table);

} // namespace TableSchema

} // namespace concord
