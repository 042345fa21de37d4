// TablePreparer: what --prepare adds to a table, and how the model finds it again. The steps
// themselves are planned per backend in tablepreparer_sqlite.cpp and tablepreparer_postgres.cpp;
// here they run, all in one transaction.
#include <concord/tablepreparer.h>
#include <concord/tableschema.h>

#include "tablepreparer_p.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace concord::TablePreparer {

namespace detail {

QString quoteText(const QSqlDatabase &db, const QString &text)
{
    QSqlField field(QString(), QMetaType::fromType<QString>());
    field.setValue(text);
    return db.driver()->formatValue(field);
}

std::optional<QList<QVariantList>> selectRows(const QSqlDatabase &db, const QString &sql,
                                              const QVariantList &binds, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    QList<QVariantList> rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        rows << row;
    }
    return rows;
}

const Column *findColumn(const QList<Column> &columns, const QString &name)
{
    for (const Column &column : columns)
        if (column.name == name)
            return &column;
    for (const Column &column : columns)
        if (column.name.compare(name, Qt::CaseInsensitive) == 0)
            return &column;
    return nullptr;
}

const Column *whoColumn(const QList<Column> &columns)
{
    for (const char *name : {"modified_by", "updated_by", "changed_by"})
        if (const Column *column = findColumn(columns, QLatin1String(name)))
            return column;
    return nullptr;
}

const Column *whenColumn(const QList<Column> &columns)
{
    for (const char *name : {"modified_at", "updated_at", "changed_at"})
        if (const Column *column = findColumn(columns, QLatin1String(name)))
            return column;
    return nullptr;
}

} // namespace detail

namespace {

using namespace detail;

bool isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

bool isSqlite(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::SQLite;
}

// The unqualified table name: SQLite names triggers per schema, so its names carry the table.
QString bareName(const QString &table)
{
    const std::optional<TableName> name = splitTableName(table);
    return name ? name->name : table;
}

QString triggerName(const QSqlDatabase &db, const QString &table, const QString &what)
{
    return isPostgres(db) ? QStringLiteral("concord_") + what
                          : QStringLiteral("concord_%1_%2").arg(what, bareName(table));
}

bool hasTrigger(const QSqlDatabase &db, const QString &table, const QString &name)
{
    const std::optional<TableName> parts = splitTableName(table);
    if (!parts || !db.isOpen())
        return false;
    std::optional<QList<QVariantList>> rows;
    if (isPostgres(db)) {
        rows = selectRows(db,
                          QStringLiteral("SELECT 1 FROM pg_catalog.pg_trigger "
                                         "WHERE tgrelid = pg_catalog.to_regclass(?) AND tgname = ?"),
                          {postgresRegclassText(db, *parts), name}, nullptr);
    } else if (isSqlite(db)) {
        const std::optional<SqliteTable> found = findSqliteTable(db, *parts, nullptr);
        if (!found || found->schema.isEmpty())
            return false;
        // SQLite compares identifiers without regard to case, so a trigger made for "Orders"
        // is the one for "orders" too.
        rows = selectRows(db,
                          QStringLiteral("SELECT 1 FROM %1.sqlite_master WHERE type = 'trigger' "
                                         "AND tbl_name = ? COLLATE NOCASE AND name = ? COLLATE NOCASE")
                              .arg(quoteName(db, found->schema)),
                          {found->name, name}, nullptr);
    }
    return rows && !rows->isEmpty();
}

// The database's own words, without a closing full stop: they go inside a sentence of ours.
QString errorText(const QSqlError &error)
{
    QString text = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// prepare()'s own transaction, refused inside the caller's: PostgreSQL takes a BEGIN there with
// a mere warning, and our COMMIT would then end the caller's work; SQLite refuses the BEGIN.
// Returns why it could not begin, or nothing.
QString beginTransaction(const QSqlDatabase &db)
{
    const QString inside =
        QCoreApplication::translate("concord::TablePreparer",
                                    "The connection is inside a transaction. Preparing a table "
                                    "runs in a transaction of its own and would end yours: "
                                    "commit or roll it back first. Nothing was changed.");
    QSqlQuery query(db);
    if (isPostgres(db)) {
        // SAVEPOINT is refused outside a transaction block (SQLSTATE 25P01) and accepted inside
        // one; a failed transaction refuses it with 25P02. Exact, unlike comparing timestamps.
        if (query.exec(QStringLiteral("SAVEPOINT concord_prepare_probe"))) {
            query.exec(QStringLiteral("RELEASE SAVEPOINT concord_prepare_probe"));
            return inside;
        }
        const QString state = query.lastError().nativeErrorCode();
        if (state == QLatin1String("25P02"))
            return inside;
        if (state != QLatin1String("25P01"))
            return errorText(query.lastError());
        if (!query.exec(QStringLiteral("BEGIN")))
            return errorText(query.lastError());
        return {};
    }
    // IMMEDIATE takes the write lock first (waiting out the busy timeout), so what the catalog
    // says when we look is still so when we change it.
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return {};
    // SQLITE_ERROR (1) here is "cannot start a transaction within a transaction"; a lock held by
    // another connection is SQLITE_BUSY (5).
    if (query.lastError().nativeErrorCode() == QLatin1String("1"))
        return inside;
    return errorText(query.lastError());
}

void rollback(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace

QString versionTriggerName(const QSqlDatabase &db, const QString &table)
{
    return triggerName(db, table, QStringLiteral("version"));
}

QString auditTriggerName(const QSqlDatabase &db, const QString &table)
{
    return triggerName(db, table, QStringLiteral("audit"));
}

QString notifyTriggerName(const QSqlDatabase &db, const QString &table)
{
    return triggerName(db, table, QStringLiteral("notify"));
}

QString detail::versionInsertTriggerName(const QSqlDatabase &db, const QString &table)
{
    return triggerName(db, table, QStringLiteral("version_insert"));
}

bool hasVersionTrigger(const QSqlDatabase &db, const QString &table)
{
    return hasTrigger(db, table, versionTriggerName(db, table));
}

bool hasAuditTrigger(const QSqlDatabase &db, const QString &table)
{
    return isPostgres(db) && hasTrigger(db, table, auditTriggerName(db, table));
}

bool hasNotifyTrigger(const QSqlDatabase &db, const QString &table)
{
    return isPostgres(db) && hasTrigger(db, table, notifyTriggerName(db, table));
}

Report prepare(const QSqlDatabase &db, const QString &table, const Options &options)
{
    Report report;
    if (!db.isOpen()) {
        report.error = QCoreApplication::translate("concord::TablePreparer",
                                                   "The database is not open.");
        return report;
    }
    if (!isPostgres(db) && !isSqlite(db)) {
        report.error = QCoreApplication::translate(
            "concord::TablePreparer", "Tables can be prepared on SQLite and PostgreSQL only.");
        return report;
    }
    if (options.strategy != VersionStrategy::Client && options.strategy != VersionStrategy::Trigger) {
        report.error = QCoreApplication::translate(
            "concord::TablePreparer",
            "A table is prepared for the client or the trigger strategy; the other strategies "
            "need no change to the table.");
        return report;
    }
    if (options.versionColumn.trimmed().isEmpty()) {
        report.error = QCoreApplication::translate("concord::TablePreparer",
                                                   "No version column name was given.");
        return report;
    }
    const std::optional<TableName> name = splitTableName(table);
    if (!name) {
        report.error = QCoreApplication::translate(
                           "concord::TablePreparer",
                           "\"%1\" is not a table name. Write it as table or schema.table, with "
                           "double quotes around a part that holds dots or quotes.")
                           .arg(table);
        return report;
    }

    if (TableSchema::isView(db, table)) {
        // ALTER TABLE would fail on it with the backend's own words; a view stays read-only.
        report.error = QCoreApplication::translate(
                           "concord::TablePreparer",
                           "\"%1\" is a view, not a table: a view's rows are shown read-only. "
                           "Enable conflict detection on the tables it reads from.")
                           .arg(table);
        return report;
    }

    const QString refusal = beginTransaction(db);
    if (!refusal.isEmpty()) {
        report.error = refusal;
        return report;
    }
    const Plan plan = isPostgres(db) ? planPostgres(db, *name, table, options)
                                     : planSqlite(db, *name, table, options);
    if (!plan.refusal.isEmpty()) {
        rollback(db);
        report.error = plan.refusal;
        return report;
    }
    QSqlQuery query(db);
    for (const Step &step : plan.steps) {
        for (const QString &sql : step.statements) {
            if (!query.exec(sql)) {
                const QString reason = errorText(query.lastError());
                query.finish();
                rollback(db);
                report.done.clear();
                report.error = QCoreApplication::translate("concord::TablePreparer",
                                                           "%1 failed: %2. Nothing was changed.")
                                   .arg(step.failing, reason);
                return report;
            }
        }
        report.done << step.done;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString reason = errorText(query.lastError());
        query.finish();
        rollback(db);
        report.done.clear();
        report.error = QCoreApplication::translate("concord::TablePreparer",
                                                   "Saving the changes failed: %1. Nothing was "
                                                   "changed.")
                           .arg(reason);
        return report;
    }
    report.ok = true;
    return report;
}

} // namespace concord::TablePreparer
