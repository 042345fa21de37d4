// TablePreparer on SQLite: the version column, the who/when columns and the version trigger.
// There is no audit trigger (SQLite knows no session user; the client fills who/when) and no
// notify trigger (other processes cannot be told; ChangeFeed polls PRAGMA data_version).
#include "tablepreparer_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace concord::TablePreparer::detail {

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
    if (const Column *existing = findColumn(columns, version)) {
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

    if (options.strategy == VersionStrategy::Trigger) {
        // AFTER UPDATE, since SQLite's BEFORE triggers cannot change NEW: the trigger writes the
        // version again, as OLD + 1, whatever the UPDATE put there (nothing, an old number). The
        // WHEN guard leaves Concord's own "version = version + 1" alone (counted once), and the
        // trigger's own UPDATE, which meets the guard, does not fire it again. (With PRAGMA
        // recursive_triggers on, an UPDATE that writes a version other than OLD + 1 sends the
        // trigger chasing its own writes until SQLite stops it: that UPDATE then fails whole.)
        // Rows are found by their primary key: WITHOUT ROWID tables have no rowid.
        QStringList keyMatch;
        for (const auto &part : std::as_const(keyParts))
            keyMatch << QStringLiteral("%1 = NEW.%1").arg(quoteName(db, part.second));
        const QString quotedBare = quoteName(db, found->name);
        const QString v = quoteName(db, version);
        // Bodies name the table unqualified: SQLite resolves them in the trigger's own schema.
        const QString body = QStringLiteral("AFTER UPDATE ON %1 FOR EACH ROW WHEN NEW.%2 IS NOT "
                                            "OLD.%2 + 1 BEGIN UPDATE %1 SET %2 = OLD.%2 + 1 WHERE "
                                            "%3; END")
                                 .arg(quotedBare, v, keyMatch.join(QStringLiteral(" AND ")));
        const QString trigger = versionTriggerName(db, table);
        const QString quotedTrigger = quoteName(db, found->schema) + QLatin1Char('.')
                                      + quoteName(db, trigger);
        const QString create = QStringLiteral("CREATE TRIGGER %1 %2").arg(quotedTrigger, body);

        // Only a trigger of that name on this table is ours to replace. One on another table
        // makes CREATE fail, and SQLite's message says the name is taken.
        const std::optional<QList<QVariantList>> existing = selectRows(
            db,
            QStringLiteral("SELECT sql FROM %1.sqlite_master WHERE type = 'trigger' "
                           "AND name = ? COLLATE NOCASE AND tbl_name = ? COLLATE NOCASE")
                .arg(quoteName(db, found->schema)),
            {trigger, found->name}, &error);
        if (!existing) {
            plan.refusal = error;
            return plan;
        }
        const QString failing =
            QCoreApplication::translate("concord::TablePreparer",
                                        "Installing the version trigger \"%1\"")
                .arg(trigger);
        if (existing->isEmpty()) {
            plan.steps.append(
                {{create},
                 QCoreApplication::translate("concord::TablePreparer",
                                             "Installed the version trigger \"%1\": every UPDATE "
                                             "counts \"%2\" up by one, whoever writes")
                     .arg(trigger, version),
                 failing});
        } else if (!existing->first().at(0).toString().endsWith(body)) {
            // SQLite keeps the statement's text (less the schema), so a trigger of that name
            // with another text (an older Concord's, or edited by hand) ends with something else.
            plan.steps.append(
                {{QStringLiteral("DROP TRIGGER %1").arg(quotedTrigger), create},
                 QCoreApplication::translate("concord::TablePreparer",
                                             "Replaced the trigger \"%1\", which differed from "
                                             "what Concord installs")
                     .arg(trigger),
                 failing});
        }
    }
    return plan;
}

} // namespace concord::TablePreparer::detail
