// Wall-clock date-times for PostgreSQL TIMESTAMP columns (see wallclock_p.h).
#include "wallclock_p.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace concord::detail {

QString wallClockText(const QDateTime &at)
{
    const QDateTime local = at.timeSpec() == Qt::LocalTime ? at : at.toLocalTime();
    if (!local.date().isValid() || !local.time().isValid())
        return {};
    return local.date().toString(Qt::ISODate) + u' ' + local.time().toString(Qt::ISODateWithMs);
}

QVariant wallClockValue(const QVariant &value)
{
    if (value.isNull() || value.metaType().id() != QMetaType::QDateTime)
        return value;
    const QString text = wallClockText(value.toDateTime());
    return text.isNull() ? value : QVariant(text);
}

QSet<QString> wallClockColumns(const QSqlDatabase &db, const QString &quotedTable)
{
    QSet<QString> columns;
    if (!db.driver() || db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return columns;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.attname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
        "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped "
        "AND 'timestamp'::regtype IN (a.atttypid, t.typbasetype)"));
    query.addBindValue(quotedTable);
    if (query.exec()) {
        while (query.next())
            columns.insert(query.value(0).toString());
    }
    return columns;
}

} // namespace concord::detail
