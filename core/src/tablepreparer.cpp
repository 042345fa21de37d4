// TablePreparer: what --prepare adds to a table, and how the model finds it again.
#include <concord/tablepreparer.h>

#include <QSqlDriver>
#include <QSqlQuery>

namespace concord::TablePreparer {

namespace {

bool isPostgres(const QSqlDatabase &db) { return db.driver()->dbmsType() == QSqlDriver::PostgreSQL; }

// The unqualified table name: SQLite names triggers per schema, so its names carry the table.
QString bareName(const QString &table)
{
    QString name = table.section(QLatin1Char('.'), -1);
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
    return name;
}

QString triggerName(const QSqlDatabase &db, const QString &table, const QString &what)
{
    return isPostgres(db) ? QStringLiteral("concord_") + what
                          : QStringLiteral("concord_%1_%2").arg(what, bareName(table));
}

bool hasTrigger(const QSqlDatabase &db, const QString &table, const QString &name)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (isPostgres(db)) {
        query.prepare(QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgrelid = to_regclass(?) "
                                     "AND tgname = ?"));
        query.addBindValue(db.driver()->escapeIdentifier(table, QSqlDriver::TableName));
    } else if (db.driver()->dbmsType() == QSqlDriver::SQLite) {
        query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'trigger' "
                                     "AND tbl_name = ? COLLATE NOCASE AND name = ?"));
        query.addBindValue(bareName(table));
    } else {
        return false;
    }
    query.addBindValue(name);
    return query.exec() && query.next();
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

Report prepare(const QSqlDatabase &, const QString &, const Options &)
{
    Report report;
    report.error = QStringLiteral("not implemented yet");
    return report;
}

} // namespace concord::TablePreparer
