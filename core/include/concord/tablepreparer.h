// TablePreparer: enables conflict detection on an existing table (concord --prepare).
#pragma once

#include <concord/concord_core_export.h>
#include <concord/versionstrategy.h>

#include <QSqlDatabase>
#include <QStringList>

namespace concord {

namespace TablePreparer {

struct Options
{
    QString versionColumn = QStringLiteral("version");
    VersionStrategy strategy = VersionStrategy::Client; // Client or Trigger
    bool audit = false; // add modified_by / modified_at (filled by a trigger on PostgreSQL)
};

struct Report
{
    bool ok = false;
    QStringList done;  // one line per thing done ("Added column version", ...); empty: nothing to do
    QString error;     // why it failed; the table is then exactly as it was
};

// Adds what is missing, in one transaction; running it twice changes nothing.
CONCORD_CORE_EXPORT Report prepare(const QSqlDatabase &db, const QString &table,
                                   const Options &options = {});

// The triggers prepare() installs, as the model detects them.
// Version trigger: counts the version column up on every UPDATE (strategy Trigger).
CONCORD_CORE_EXPORT bool hasVersionTrigger(const QSqlDatabase &db, const QString &table);
// Audit trigger (PostgreSQL): fills who/when from session_user and the server clock.
CONCORD_CORE_EXPORT bool hasAuditTrigger(const QSqlDatabase &db, const QString &table);
// Notify trigger (PostgreSQL): pg_notify('concord_changes', ...) after every write.
CONCORD_CORE_EXPORT bool hasNotifyTrigger(const QSqlDatabase &db, const QString &table);

// Trigger names: PostgreSQL names triggers per table, SQLite per schema.
CONCORD_CORE_EXPORT QString versionTriggerName(const QSqlDatabase &db, const QString &table);
CONCORD_CORE_EXPORT QString auditTriggerName(const QSqlDatabase &db, const QString &table);
CONCORD_CORE_EXPORT QString notifyTriggerName(const QSqlDatabase &db, const QString &table);

} // namespace TablePreparer

} // namespace concord
