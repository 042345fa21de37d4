// TableSchema: reads tables, foreign keys and naming/who/when columns from the SQLite or PostgreSQL catalog.
#include <concord/tableschema.h>

#include "checkconstraint_p.h"
#include "sqlidentifier_p.h"

#include <QMetaType>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace concord {

namespace {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

// Qt 6.4's QPSQL pastes the name unescaped into its own SQL for record() and primaryIndex()
// (see VersionedTableModel::setTable): a PostgreSQL table whose name holds a ' is never
// handed to them, and reads as a table with no columns.
bool safeForDriver(const QSqlDatabase &db, const QString &table)
{
    return !isPostgres(db) || !table.contains(QLatin1Char('\''));
}

QSqlRecord recordOf(const QSqlDatabase &db, const QString &table)
{
    return TableSchema::declaredColumns(db, table);
}

// The first of `candidates` that `table` has, spelled as the table spells it; else empty.
QString firstPresent(const QSqlDatabase &db, const QString &table, const QStringList &candidates)
{
    const QSqlRecord record = recordOf(db, table);
    for (const QString &candidate : candidates) {
        for (int i = 0; i < record.count(); ++i) {
            if (record.fieldName(i).compare(candidate, Qt::CaseInsensitive) == 0)
                return record.fieldName(i);
        }
    }
    return {};
}

QString primaryKeyColumn(const QSqlDatabase &db, const QString &table)
{
    const QSqlIndex key = safeForDriver(db, table) ? db.primaryIndex(detail::driverTableName(db, table))
                                                   : QSqlIndex();
    return key.isEmpty() ? QString() : key.fieldName(0);
}

QList<ForeignKey> sqliteForeignKeys(const QSqlDatabase &db, const QString &table)
{
    // The table-valued pragma takes the table and its schema as bound values.
    QList<ForeignKey> keys;
    const std::optional<detail::TableName> found = detail::resolveTable(db, table);
    if (!found)
        return keys;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT * FROM pragma_foreign_key_list(?, ?)"));
    query.addBindValue(found->name);
    query.addBindValue(found->schema);
    if (!query.exec())
        return keys;
    const QSqlRecord columns = query.record();
    const int tableColumn = columns.indexOf(QStringLiteral("table"));
    const int fromColumn = columns.indexOf(QStringLiteral("from"));
    const int toColumn = columns.indexOf(QStringLiteral("to"));
    const int idColumn = columns.indexOf(QStringLiteral("id"));
    const int seqColumn = columns.indexOf(QStringLiteral("seq"));
    struct Row { int id; int seq; ForeignKey key; };
    QList<Row> rows;
    while (query.next()) {
        ForeignKey key{query.value(fromColumn).toString(), query.value(tableColumn).toString(),
                       query.value(toColumn).toString()};
        rows.append({query.value(idColumn).toInt(), query.value(seqColumn).toInt(), key});
    }
    query.finish();
    // SQLite lists constraints newest first; the declaration order reads better in a form.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.id != b.id ? a.id > b.id : a.seq < b.seq;
    });
    for (Row &row : rows) {
        // "REFERENCES customers" without a column means the referenced table's primary key.
        if (row.key.referencedColumn.isEmpty())
            row.key.referencedColumn = primaryKeyColumn(db, row.key.referencedTable);
        keys.append(row.key);
    }
    return keys;
}

QList<ForeignKey> postgresForeignKeys(const QSqlDatabase &db, const QString &table)
{
    // QPSQL names tables outside "public" as schema.table; a bare name is in the current schema.
    QString schema;
    QString name = table;
    const qsizetype dot = table.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        schema = table.left(dot);
        name = table.mid(dot + 1);
    }
    // referential_constraints pairs each referencing column with the matching referenced one,
    // also for composite keys, where constraint_column_usage would give every combination.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT kcu.column_name, ref.table_schema, ref.table_name, ref.column_name"
        " FROM information_schema.referential_constraints rc"
        " JOIN information_schema.key_column_usage kcu"
        "   ON kcu.constraint_schema = rc.constraint_schema"
        "  AND kcu.constraint_name = rc.constraint_name"
        " JOIN information_schema.key_column_usage ref"
        "   ON ref.constraint_schema = rc.unique_constraint_schema"
        "  AND ref.constraint_name = rc.unique_constraint_name"
        "  AND ref.ordinal_position = kcu.position_in_unique_constraint"
        " WHERE kcu.table_schema = COALESCE(NULLIF(?, ''), current_schema())"
        "   AND kcu.table_name = ?"
        " ORDER BY kcu.constraint_name, kcu.ordinal_position"));
    query.addBindValue(schema);
    query.addBindValue(name);
    QList<ForeignKey> keys;
    if (!query.exec())
        return keys;
    while (query.next()) {
        const QString refSchema = query.value(1).toString();
        QString refTable = query.value(2).toString();
        // Name the referenced table the way QSqlDatabase::tables() does.
        if (refSchema != QLatin1String("public"))
            refTable = refSchema + QLatin1Char('.') + refTable;
        keys.append({query.value(0).toString(), refTable, query.value(3).toString()});
    }
    return keys;
}

// The SQL text of every CHECK on `table`: SQLite's whole CREATE TABLE statement, PostgreSQL's
// constraint definitions one after the other.
QString checkConstraintText(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (isPostgres(db)) {
        // to_regclass takes the name as SQL spells it, so the quoted identifier is bound.
        query.prepare(QStringLiteral("SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                                     " WHERE contype = 'c' AND conrelid = to_regclass(?)"
                                     " ORDER BY conname"));
        query.addBindValue(detail::quoteTableName(db, table));
    } else {
        // The catalog of the database the table is in (main, temp or an attached one).
        const std::optional<detail::TableName> found = detail::resolveTable(db, table);
        if (!found)
            return {};
        query.prepare(QStringLiteral("SELECT sql FROM %1.sqlite_master WHERE type = 'table'"
                                     " AND name = ?").arg(detail::quoteIdentifier(db, found->schema)));
        query.addBindValue(found->name);
    }
    QStringList parts;
    if (query.exec()) {
        while (query.next())
            parts << query.value(0).toString();
    }
    query.finish();
    return parts.join(QLatin1Char('\n'));
}

// A value of the list typed like the column: PostgreSQL writes some numbers as '-1'::integer.
QVariant typedForColumn(const QVariant &value, const QSqlField &field)
{
    switch (field.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        if (value.typeId() == QMetaType::QString) {
            QVariant converted = value;
            if (converted.convert(field.metaType()))
                return converted;
        }
        return value;
    case QMetaType::QString:
        return value.toString();
    default:
        return value;
    }
}

// QPSQL marks no column as an auto value, and an identity column has no default in its catalog:
// without this, a new record's first field would be an id the server assigns (or refuses).
void markFilledByServer(const QSqlDatabase &db, const QString &table, QSqlRecord &record)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // to_regclass takes the name as SQL spells it, so the quoted identifier is bound.
    query.prepare(QStringLiteral("SELECT attname FROM pg_attribute"
                                 " WHERE attrelid = to_regclass(?) AND attnum > 0"
                                 " AND NOT attisdropped AND (attidentity <> '' OR attgenerated <> '')"));
    query.addBindValue(detail::quoteTableName(db, table));
    if (!query.exec())
        return;
    while (query.next()) {
        const int i = record.indexOf(query.value(0).toString());
        if (i >= 0) {
            QSqlField field = record.field(i);
            field.setAutoValue(true);
            record.replace(i, field);
        }
    }
}

} // namespace

QSqlRecord TableSchema::declaredColumns(const QSqlDatabase &db, const QString &table)
{
    if (!safeForDriver(db, table))
        return {};
    QSqlRecord record = db.record(detail::driverTableName(db, table));
    if (isPostgres(db) && !record.isEmpty())
        markFilledByServer(db, table, record);
    return record;
}

QStringList TableSchema::tables(const QSqlDatabase &db)
{
    QStringList result;
    const QStringList all = db.tables(QSql::Tables);
    for (const QString &table : all) {
        // sqlite_sequence and friends belong to SQLite; QPSQL already leaves out its catalogs.
        // concord_versions is the version triggers' counter (TablePreparer): an edit there
        // would let old versions come back.
        if (!table.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive)
            && table.compare(QLatin1String("concord_versions"), Qt::CaseInsensitive) != 0)
            result << table;
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

QStringList TableSchema::views(const QSqlDatabase &db)
{
    QStringList result = db.tables(QSql::Views);
    result.sort(Qt::CaseInsensitive);
    return result;
}

bool TableSchema::isView(const QSqlDatabase &db, const QString &table)
{
    return !table.isEmpty() && db.tables(QSql::Views).contains(table);
}

QList<ForeignKey> TableSchema::foreignKeys(const QSqlDatabase &db, const QString &table)
{
    if (!db.isOpen())
        return {};
    return isPostgres(db) ? postgresForeignKeys(db, table) : sqliteForeignKeys(db, table);
}

QString TableSchema::nameColumn(const QSqlDatabase &db, const QString &table)
{
    return firstPresent(db, table,
                        {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("label"),
                         QStringLiteral("sku"), QStringLiteral("email")});
}

QString TableSchema::dateColumn(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = recordOf(db, table);
    const QString audit = modifiedAtColumn(db, table);
    if (isPostgres(db)) {
        for (int i = 0; i < record.count(); ++i) {
            const int type = record.field(i).metaType().id();
            if ((type == QMetaType::QDate || type == QMetaType::QDateTime)
                && record.fieldName(i) != audit)
                return record.fieldName(i);
        }
        return {};
    }
    // QSQLITE reports DATE and TIMESTAMP columns as text: the declared type tells them apart.
    const std::optional<detail::TableName> found = detail::resolveTable(db, table);
    if (!found)
        return {};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?, ?) ORDER BY cid"));
    query.addBindValue(found->name);
    query.addBindValue(found->schema);
    QString result;
    if (query.exec()) {
        while (result.isEmpty() && query.next()) {
            const QString type = query.value(1).toString().toUpper();
            if ((type.contains(QLatin1String("DATE")) || type.contains(QLatin1String("TIME")))
                && query.value(0).toString() != audit)
                result = query.value(0).toString();
        }
    }
    query.finish();
    return result;
}

QString TableSchema::displayColumn(const QSqlDatabase &db, const QString &table)
{
    const QString named = nameColumn(db, table);
    if (!named.isEmpty())
        return named;
    // "modified_by" is text too, but it names the last editor, not the row.
    const QString editor = modifiedByColumn(db, table);
    const QSqlRecord record = recordOf(db, table);
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField field = record.field(i);
        if (field.metaType().id() == QMetaType::QString && field.name() != editor)
            return field.name();
    }
    return primaryKeyColumn(db, table);
}

QHash<QString, QVariantList> TableSchema::allowedValues(const QSqlDatabase &db,
                                                       const QString &table)
{
    QHash<QString, QVariantList> result;
    if (!db.isOpen())
        return result;
    const QSqlRecord record = recordOf(db, table);
    if (record.isEmpty())
        return result;
    using namespace detail::checkconstraint;
    const QHash<QString, QVariantList> lists = valueLists(
        checkConstraintText(db, table), isPostgres(db) ? Dialect::Postgres : Dialect::Sqlite);
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField field = record.field(i);
        const auto found = lists.constFind(field.name().toLower());
        if (found == lists.cend())
            continue;
        QVariantList values;
        for (const QVariant &value : *found)
            values << typedForColumn(value, field);
        result.insert(field.name(), values);
    }
    return result;
}

QVariantList TableSchema::allowedValues(const QSqlDatabase &db, const QString &table,
                                        const QString &column)
{
    return allowedValues(db, table).value(column);
}

QString TableSchema::modifiedByColumn(const QSqlDatabase &db, const QString &table)
{
    return firstPresent(db, table,
                        {QStringLiteral("modified_by"), QStringLiteral("updated_by"),
                         QStringLiteral("changed_by")});
}

QString TableSchema::modifiedAtColumn(const QSqlDatabase &db, const QString &table)
{
    return firstPresent(db, table,
                        {QStringLiteral("modified_at"), QStringLiteral("updated_at"),
                         QStringLiteral("changed_at")});
}

} // namespace concord
