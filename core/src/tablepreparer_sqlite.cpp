// TablePreparer on SQLite: the version column, the who/when columns, and the version triggers
// with their counter table.
// There is no audit trigger (SQLite knows no session user; the client fills who/when) and no
// notify trigger (other processes cannot be told; ChangeFeed polls PRAGMA data_version).
#include "tablepreparer_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace concord::TablePreparer::detail {

namespace {

// The table's triggers and their counter (strategy Trigger): false with plan.refusal set when
// the catalog cannot be read.
//
// Versions never come back for a key: every INSERT takes the table's next number from the
// counter table concord_versions (one row per table, in the table's schema), and the counter
// is kept at or above every version the table's rows hold, so a record deleted and inserted
// again (DELETE + INSERT, INSERT OR REPLACE, an import) gets a version no window can hold for
// it. UPDATEs still set OLD + 1: that is new for the key too, and it is the version a
// conditional save already knows without reading it back.
bool planSqliteTriggers(const QSqlDatabase &db, const SqliteTable &found, const QString &table,
                        const QString &version, bool versionExists,
                        const QList<std::pair<int, QString>> &keyParts, Plan &plan)
{
    QString error;
    const QString schema = quoteName(db, found.schema);
    const QString counters = QStringLiteral("concord_versions");
    const QString counterRow = QStringLiteral("(SELECT version FROM %1 WHERE name = %2)")
                                   .arg(quoteName(db, counters), quoteText(db, found.name));

    // The counter: created once per schema, seeded once per table with the highest version now.
    const std::optional<SqliteTable> counterTable = findSqliteTable(db, {found.schema, counters}, &error);
    if (!counterTable) {
        plan.refusal = error;
        return false;
    }
    const QString qualifiedCounters = schema + QLatin1Char('.') + quoteName(db, counters);
    bool seeded = false;
    if (counterTable->schema.isEmpty()) {
        plan.steps.append(
            {{QStringLiteral("CREATE TABLE %1 (name TEXT PRIMARY KEY, version INTEGER NOT NULL)")
                  .arg(qualifiedCounters)},
             QCoreApplication::translate("concord::TablePreparer",
                                         "Created the table %1, which counts versions so that "
                                         "a record inserted again never gets one it had before")
                 .arg(counters),
             QCoreApplication::translate("concord::TablePreparer", "Creating the table %1")
                 .arg(counters)});
    }
    const QString quotedBare = quoteName(db, found.name);
    const QString v = quoteName(db, version);
    bool behind = false;
    if (!counterTable->schema.isEmpty()) {
        // Behind the table's highest version (the trigger was dropped or disabled for a while,
        // versions were written by hand): a new record could get one its key had.
        const QString isBehind = versionExists
            ? QStringLiteral("version < (SELECT COALESCE(MAX(%1), 0) FROM %2.%3)")
                  .arg(v, schema, quotedBare)
            : QStringLiteral("0");
        const std::optional<QList<QVariantList>> rows = selectRows(
            db, QStringLiteral("SELECT %1 FROM %2 WHERE name = ?").arg(isBehind, qualifiedCounters),
            {found.name}, &error);
        if (!rows) {
            plan.refusal = error;
            return false;
        }
        seeded = !rows->isEmpty();
        behind = seeded && rows->first().at(0).toBool();
    }
    if (behind) {
        plan.steps.append(
            {{QStringLiteral("UPDATE %1 SET version = (SELECT MAX(%2) FROM %3.%4) WHERE name = %5")
                  .arg(qualifiedCounters, v, schema, quotedBare, quoteText(db, found.name))},
             QCoreApplication::translate("concord::TablePreparer",
                                         "Raised the version counter of %1 to its highest "
                                         "version")
                 .arg(table),
             QCoreApplication::translate("concord::TablePreparer",
                                         "Raising the version counter of %1")
                 .arg(table)});
    }
    if (!seeded) {
        plan.steps.append(
            {{QStringLiteral("INSERT INTO %1 (name, version) SELECT %2, COALESCE(MAX(%3), 0) "
                             "FROM %4.%5")
                  .arg(qualifiedCounters, quoteText(db, found.name), v, schema, quotedBare)},
             QCoreApplication::translate("concord::TablePreparer",
                                         "Started the version counter of %1 at its highest "
                                         "version")
                 .arg(table),
             QCoreApplication::translate("concord::TablePreparer",
                                         "Starting the version counter of %1")
                 .arg(table)});
    }

    QStringList keyMatch;
    for (const auto &part : keyParts)
        keyMatch << QStringLiteral("%1 = NEW.%1").arg(quoteName(db, part.second));
    const QString key = keyMatch.join(QStringLiteral(" AND "));
    // UPDATE. AFTER, since SQLite's BEFORE triggers cannot change NEW: the trigger writes the
    // version again, as OLD + 1, whatever the UPDATE put there (nothing, an old number) unless
    // that is new for the key already: OLD + 1 (Concord's own "version = version + 1", counted
    // once), or above the old one and at least the counter (the INSERT trigger's own number).
    // Its own UPDATE meets that and stops there. Then the counter is raised to the version now
    // held. (With PRAGMA recursive_triggers on, the trigger's own UPDATE fires it once more,
    // which finds the version new.) Rows are found by their primary key: WITHOUT ROWID tables
    // have no rowid. Bodies name the tables unqualified: SQLite resolves them in the trigger's
    // own schema.
    const QString counted = QStringLiteral("NEW.%1 IS NOT OLD.%1 + 1 AND NOT COALESCE(NEW.%1 > "
                                           "OLD.%1 AND NEW.%1 >= %2, 0)")
                                .arg(v, counterRow);
    const QString raise = QStringLiteral("UPDATE %1 SET version = (SELECT %2 FROM %3 WHERE %4) "
                                         "WHERE name = %5 AND version < (SELECT %2 FROM %3 "
                                         "WHERE %4);")
                              .arg(quoteName(db, counters), v, quotedBare, key,
                                   quoteText(db, found.name));
    const QString updateBody =
        QStringLiteral("AFTER UPDATE ON %1 FOR EACH ROW WHEN NEW.%2 IS NOT OLD.%2 + 1 OR NEW.%2 > "
                       "%3 BEGIN UPDATE %1 SET %2 = OLD.%2 + 1 WHERE %4 AND %5; %6 END")
            .arg(quotedBare, v, counterRow, key, counted, raise);
    // INSERT: the next number of the counter, whatever the INSERT put there.
    const QString insertBody =
        QStringLiteral("AFTER INSERT ON %1 FOR EACH ROW BEGIN UPDATE %2 SET version = version + 1 "
                       "WHERE name = %3; UPDATE %1 SET %4 = %5 WHERE %6; END")
            .arg(quotedBare, quoteName(db, counters), quoteText(db, found.name), v, counterRow, key);

    struct Wanted
    {
        QString name;
        QString body;
        QString installed;
        QString failing;
    };
    const QList<Wanted> triggers{
        {versionTriggerName(db, table), updateBody,
         QCoreApplication::translate("concord::TablePreparer",
                                     "Installed the version trigger \"%1\": every UPDATE counts "
                                     "\"%2\" up by one, whoever writes"),
         QCoreApplication::translate("concord::TablePreparer",
                                     "Installing the version trigger \"%1\"")},
        {versionInsertTriggerName(db, table), insertBody,
         QCoreApplication::translate("concord::TablePreparer",
                                     "Installed the trigger \"%1\": every INSERT gives \"%2\" a "
                                     "number the record never had, whoever writes"),
         QCoreApplication::translate("concord::TablePreparer", "Installing the trigger \"%1\"")}};
    for (const Wanted &wanted : triggers) {
        const QString quotedTrigger = schema + QLatin1Char('.') + quoteName(db, wanted.name);
        const QString create = QStringLiteral("CREATE TRIGGER %1 %2").arg(quotedTrigger, wanted.body);
        // Only a trigger of that name on this table is ours to replace. One on another table
        // makes CREATE fail, and SQLite's message says the name is taken.
        const std::optional<QList<QVariantList>> existing = selectRows(
            db,
            QStringLiteral("SELECT sql FROM %1.sqlite_master WHERE type = 'trigger' "
                           "AND name = ? COLLATE NOCASE AND tbl_name = ? COLLATE NOCASE")
                .arg(schema),
            {wanted.name, found.name}, &error);
        if (!existing) {
            plan.refusal = error;
            return false;
        }
        const QString failing = wanted.failing.arg(wanted.name);
        if (existing->isEmpty()) {
            plan.steps.append({{create}, wanted.installed.arg(wanted.name, version), failing});
        } else if (!existing->first().at(0).toString().endsWith(wanted.body)) {
            // SQLite keeps the statement's text (less the schema), so a trigger of that name
            // with another text (an older Concord's, or edited by hand) ends with something else.
            plan.steps.append(
                {{QStringLiteral("DROP TRIGGER %1").arg(quotedTrigger), create},
                 QCoreApplication::translate("concord::TablePreparer",
                                             "Replaced the trigger \"%1\", which differed from "
                                             "what Concord installs")
                     .arg(wanted.name),
                 failing});
        }
    }
    return true;
}

} // namespace

std::optional<SqliteTable> findSqliteTable(const QSqlDatabase &db, const TableName &name,
                                           QString *error)
{
    // pragma_table_list (SQLite 3.37) sees every schema; the order is SQLite's own for a bare
    // name: temp, then main, then the attached databases.
    QString sql = QStringLiteral("SELECT schema, name, type, strict FROM pragma_table_list "
                                 "WHERE name = ? COLLATE NOCASE");
    QVariantList binds{name.name};
    if (!name.schema.isEmpty()) {
        sql += QStringLiteral(" AND schema = ? COLLATE NOCASE");
        binds << name.schema;
    }
    sql += QStringLiteral(" ORDER BY CASE schema WHEN 'temp' THEN 0 WHEN 'main' THEN 1 ELSE 2 END");
    const std::optional<QList<QVariantList>> rows = selectRows(db, sql, binds, error);
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty())
        return SqliteTable{};
    const QVariantList &row = rows->first();
    return SqliteTable{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                       row.at(3).toInt() != 0};
}

Plan planSqlite(const QSqlDatabase &db, const TableName &name, const QString &table,
                const Options &options)
{
    Plan plan;
    QString error;
    const std::optional<SqliteTable> found = findSqliteTable(db, name, &error);
    if (!found) {
        plan.refusal = error;
        return plan;
    }
    if (found->schema.isEmpty() || found->type != QLatin1String("table")) {
        plan.refusal = QCoreApplication::translate("concord::TablePreparer",
                                                   "There is no table named %1.")
                           .arg(table);
        return plan;
    }

    const std::optional<QList<QVariantList>> info = selectRows(
        db, QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?, ?)"),
        {found->name, found->schema}, &error);
    if (!info) {
        plan.refusal = error;
        return plan;
    }
    QList<Column> columns;
    QList<std::pair<int, QString>> keyParts;
    for (const QVariantList &row : *info) {
        Column column;
        column.name = row.at(0).toString();
        // SQLite's own rule for integer affinity: the declared type contains "INT".
        column.integer = row.at(1).toString().contains(QLatin1String("INT"), Qt::CaseInsensitive);
        columns << column;
        if (row.at(2).toInt() > 0)
            keyParts.append({row.at(2).toInt(), column.name});
    }
    std::sort(keyParts.begin(), keyParts.end());
    if (keyParts.isEmpty()) {
        plan.refusal = QCoreApplication::translate(
                           "concord::TablePreparer",
                           "Table %1 has no primary key, so its records cannot be told apart and "
                           "no save could be checked. Add a primary key first. Nothing was "
                           "changed.")
                           .arg(table);
        return plan;
    }

    const QString quotedTable = quoteName(db, found->schema) + QLatin1Char('.')
                                + quoteName(db, found->name);
    auto addColumn = [&](const QString &column, const QString &type, const QString &done) {
        plan.steps.append(
            {{QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                  .arg(quotedTable, quoteName(db, column), type)},
             done.arg(column, type),
             QCoreApplication::translate("concord::TablePreparer", "Adding the column \"%1\"")
                 .arg(column)});
    };

    QString version = options.versionColumn;
    const Column *existing = findColumn(columns, version);
    if (existing) {
        if (!existing->integer) {
            plan.refusal = QCoreApplication::translate(
                               "concord::TablePreparer",
                               "Table %1 has a column \"%2\", but not of an integer type, so it "
                               "cannot hold versions that compare exactly. Change it to INTEGER, "
                               "or choose another version column. Nothing was changed.")
                               .arg(table, existing->name);
            return plan;
        }
        version = existing->name;
    } else {
        addColumn(version, QStringLiteral("INTEGER NOT NULL DEFAULT 1"),
                  QCoreApplication::translate("concord::TablePreparer",
                                              "Added version column \"%1\" (%2)"));
    }

    if (options.audit) {
        // Filled by the client as 'YYYY-MM-DD HH:MM:SS' text. STRICT tables know no TIMESTAMP.
        if (!whoColumn(columns))
            addColumn(QStringLiteral("modified_by"), QStringLiteral("TEXT"),
                      QCoreApplication::translate("concord::TablePreparer",
                                                  "Added column \"%1\" (%2) for who changed a "
                                                  "record last"));
        if (!whenColumn(columns))
            addColumn(QStringLiteral("modified_at"),
                      found->strict ? QStringLiteral("TEXT") : QStringLiteral("TIMESTAMP"),
                      QCoreApplication::translate("concord::TablePreparer",
                                                  "Added column \"%1\" (%2) for when a record "
                                                  "was changed last"));
    }

    if (options.strategy == VersionStrategy::Trigger
        && !planSqliteTriggers(db, *found, table, version, existing != nullptr, keyParts, plan))
        return plan;
    return plan;
}

} // namespace concord::TablePreparer::detail
