// TablePreparer on PostgreSQL: the version, who and when columns, and three triggers, each
// calling one generic plpgsql function that takes its column names as trigger arguments, so
// every table of a schema shares them: the version trigger with the table's version sequence
// (strategy Trigger), the audit trigger (who/when from the server) and the notify trigger
// (ChangeFeed's LISTEN, always).
#include "tablepreparer_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace concord::TablePreparer::detail {

namespace {

// BEFORE INSERT OR UPDATE: versions never come back for a key. An UPDATE makes NEW's version
// OLD's + 1, whatever the UPDATE wrote there (nothing, Concord's own version + 1, or an old
// number), so each UPDATE counts exactly once and a conditional save knows the new version
// without reading it. An INSERT takes the next number of the table's sequence (TG_ARGV[1]),
// whatever the INSERT wrote, so a record deleted and inserted again gets a version no window
// can hold for it. The sequence is kept at or above every version: an UPDATE that passes it
// (by one, as versions only ever grow by one) draws a number. nextval() and setval() are
// outside transactions, so writers never wait on one another for the sequence. A trigger of
// an older Concord passes no sequence (TG_ARGV[0] only) and fires on UPDATE only.
// jsonb_populate_record() sets a column named at run time without dynamic SQL.
const char bumpVersionBody[] = R"(
DECLARE
    v bigint;
    counter regclass;
BEGIN
    IF TG_NARGS > 1 THEN
        counter := TG_ARGV[1]::regclass;
    END IF;
    IF TG_OP = 'INSERT' THEN
        v := nextval(counter);
    ELSE
        v := (to_jsonb(OLD) ->> TG_ARGV[0])::bigint + 1;
        IF counter IS NOT NULL AND v > COALESCE(pg_sequence_last_value(counter), 0) THEN
            IF v > nextval(counter) THEN
                PERFORM setval(counter, v);
            END IF;
        END IF;
    END IF;
    RETURN jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], v));
END
)";

// BEFORE INSERT OR UPDATE: who and when come from the server, whatever the client sent, so a
// stale or lying clock or login cannot show up. TG_ARGV: the who column, the when column.
const char auditBody[] = R"(
BEGIN
    RETURN jsonb_populate_record(NEW, jsonb_build_object(
        TG_ARGV[0], session_user, TG_ARGV[1], now()));
END
)";

// AFTER INSERT OR UPDATE OR DELETE: tells ChangeFeed's listeners which record changed (the
// payload format is ChangeFeed's contract). TG_ARGV: the version column, the who column and the
// when column ('' for none), then the primary key columns in key order. An UPDATE that changes
// the key also sends the old one ("o"), so that listeners follow the record to its new key
// instead of taking it for deleted. NOTIFY refuses payloads of 8000 bytes or more, which would
// fail the writer's statement: then the keys, who and when are left out (null) and listeners
// know only that the table changed.
const char notifyBody[] = R"(
DECLARE
    r jsonb;
    k jsonb := '[]';
    o jsonb := '[]';
    payload text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        r := to_jsonb(OLD);
    ELSE
        r := to_jsonb(NEW);
    END IF;
    FOR i IN 3 .. TG_NARGS - 1 LOOP
        k := k || jsonb_build_array(r -> TG_ARGV[i]);
        IF TG_OP = 'UPDATE' THEN
            o := o || jsonb_build_array(to_jsonb(OLD) -> TG_ARGV[i]);
        END IF;
    END LOOP;
    IF o = '[]' OR o = k THEN
        o := NULL;
    END IF;
    payload := jsonb_build_object(
        't', TG_TABLE_NAME, 's', TG_TABLE_SCHEMA, 'k', k, 'o', o, 'v', r -> TG_ARGV[0],
        'd', TG_OP = 'DELETE', 'by', r -> NULLIF(TG_ARGV[1], ''),
        'at', r -> NULLIF(TG_ARGV[2], ''), 'p', pg_backend_pid())::text;
    IF octet_length(payload) >= 8000 THEN
        payload := jsonb_build_object(
            't', TG_TABLE_NAME, 's', TG_TABLE_SCHEMA, 'k', NULL, 'v', r -> TG_ARGV[0],
            'd', TG_OP = 'DELETE', 'by', NULL, 'at', NULL, 'p', pg_backend_pid())::text;
    END IF;
    PERFORM pg_notify('concord_changes', payload);
    RETURN NULL;
END
)";

// pg_trigger.tgtype bits (catalog/pg_trigger.h).
constexpr int rowLevel = 1;
constexpr int before = 2;
constexpr int onInsert = 4;
constexpr int onDelete = 8;
constexpr int onUpdate = 16;

struct Function
{
    QString name;
    QString body;
};

struct Trigger
{
    QString name;
    int type = 0;
    QString events;     // as CREATE TRIGGER spells type
    Function function;
    QStringList arguments;
    QString installed;  // the line for Report::done
    QString failing;
};

class PostgresPlanner
{
public:
    PostgresPlanner(const QSqlDatabase &db, const QString &table, Plan &plan)
        : m_db(db), m_table(table), m_plan(plan)
    {
    }

    bool read(const TableName &name);
    bool addColumns(const Options &options);
    bool addFunction(const Function &function);
    bool addTrigger(const Trigger &trigger);

    QString version;
    QString who;
    QString when;
    QStringList key;
    QString schema;
    QString relname;  // the table's name as the catalog spells it
    bool versionExists = false; // the table has its version column already
    QString relation() const { return m_relation; }
    const QString &table() const { return m_table; } // as the caller gave it

private:
    bool refuse(const QString &why)
    {
        m_plan.refusal = why;
        return false;
    }
    std::optional<QList<QVariantList>> select(const QString &sql, const QVariantList &binds)
    {
        QString error;
        std::optional<QList<QVariantList>> rows = selectRows(m_db, sql, binds, &error);
        if (!rows)
            refuse(error);
        return rows;
    }
    void addColumn(const QString &column, const QString &type, const QString &done);
    QString qualifiedFunction(const Function &function) const
    {
        return quoteName(m_db, schema) + QLatin1Char('.') + quoteName(m_db, function.name);
    }

    const QSqlDatabase &m_db;
    const QString &m_table;
    Plan &m_plan;
    QString m_relation; // the table's quoted, schema-qualified name, for DDL and ::regclass
    QList<Column> m_columns;
};

bool PostgresPlanner::read(const TableName &name)
{
    const auto found = select(
        QStringLiteral("SELECT n.nspname, c.relname, c.relkind IN ('r', 'p') "
                       "FROM pg_catalog.pg_class c "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.oid = pg_catalog.to_regclass(?)"),
        {postgresRegclassText(m_db, name)});
    if (!found)
        return false;
    if (found->isEmpty() || !found->first().at(2).toBool())
        return refuse(QCoreApplication::translate("concord::TablePreparer",
                                                  "There is no table named %1.")
                          .arg(m_table));
    schema = found->first().at(0).toString();
    relname = found->first().at(1).toString();
    m_relation = quoteName(m_db, schema) + QLatin1Char('.')
                 + quoteName(m_db, found->first().at(1).toString());

    // Domains count as their base type.
    const auto columns = select(
        QStringLiteral("SELECT a.attname, b.oid IN (20, 21, 23), b.typcategory = 'S', "
                       "b.typcategory IN ('D', 'S') "
                       "FROM pg_catalog.pg_attribute a "
                       "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
                       "JOIN pg_catalog.pg_type b "
                       "  ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END "
                       "WHERE a.attrelid = ?::pg_catalog.regclass AND a.attnum > 0 "
                       "AND NOT a.attisdropped ORDER BY a.attnum"),
        {m_relation});
    if (!columns)
        return false;
    for (const QVariantList &row : *columns)
        m_columns.append({row.at(0).toString(), row.at(1).toBool(), row.at(2).toBool(),
                          row.at(3).toBool()});

    const auto keyColumns = select(
        QStringLiteral("SELECT a.attname FROM pg_catalog.pg_index i "
                       "CROSS JOIN LATERAL pg_catalog.unnest(i.indkey) WITH ORDINALITY "
                       "  AS k(attnum, position) "
                       "JOIN pg_catalog.pg_attribute a "
                       "  ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                       "WHERE i.indrelid = ?::pg_catalog.regclass AND i.indisprimary "
                       "ORDER BY k.position"),
        {m_relation});
    if (!keyColumns)
        return false;
    for (const QVariantList &row : *keyColumns)
        key << row.at(0).toString();
    if (key.isEmpty())
        return refuse(QCoreApplication::translate(
                          "concord::TablePreparer",
                          "Table %1 has no primary key, so its records cannot be told apart and "
                          "no save could be checked. Add a primary key first. Nothing was "
                          "changed.")
                          .arg(m_table));
    return true;
}

void PostgresPlanner::addColumn(const QString &column, const QString &type, const QString &done)
{
    m_plan.steps.append(
        {{QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
              .arg(m_relation, quoteName(m_db, column), type)},
         done.arg(column, type),
         QCoreApplication::translate("concord::TablePreparer", "Adding the column \"%1\"")
             .arg(column)});
}

bool PostgresPlanner::addColumns(const Options &options)
{
    version = options.versionColumn;
    if (const Column *existing = findColumn(m_columns, version)) {
        if (!existing->integer)
            return refuse(QCoreApplication::translate(
                              "concord::TablePreparer",
                              "Table %1 has a column \"%2\", but not of an integer type, so it "
                              "cannot hold versions that compare exactly. Change it to INTEGER, "
                              "or choose another version column. Nothing was changed.")
                              .arg(m_table, existing->name));
        version = existing->name;
        versionExists = true;
    } else {
        addColumn(version, QStringLiteral("BIGINT NOT NULL DEFAULT 1"),
                  QCoreApplication::translate("concord::TablePreparer",
                                              "Added version column \"%1\" (%2)"));
    }

    // Who/when columns the table has are passed to the notify trigger even without audit.
    const Column *whoColumn = detail::whoColumn(m_columns);
    const Column *whenColumn = detail::whenColumn(m_columns);
    who = whoColumn ? whoColumn->name : QString();
    when = whenColumn ? whenColumn->name : QString();
    if (!options.audit)
        return true;
    // The audit trigger writes the session user and now() into them: they must take those.
    if (whoColumn && !whoColumn->text)
        return refuse(QCoreApplication::translate(
                          "concord::TablePreparer",
                          "Table %1 has a column \"%2\" for who changed a record, but not of a "
                          "text type, so the user's name cannot be written there. Change it to "
                          "TEXT, or prepare the table without audit. Nothing was changed.")
                          .arg(m_table, who));
    if (whenColumn && !whenColumn->time)
        return refuse(QCoreApplication::translate(
                          "concord::TablePreparer",
                          "Table %1 has a column \"%2\" for when a record was changed, but not of "
                          "a date or time type. Change it to TIMESTAMP, or prepare the table "
                          "without audit. Nothing was changed.")
                          .arg(m_table, when));
    if (!whoColumn) {
        who = QStringLiteral("modified_by");
        addColumn(who, QStringLiteral("TEXT"),
                  QCoreApplication::translate("concord::TablePreparer",
                                              "Added column \"%1\" (%2) for who changed a "
                                              "record last"));
    }
    if (!whenColumn) {
        when = QStringLiteral("modified_at");
        addColumn(when, QStringLiteral("TIMESTAMP"),
                  QCoreApplication::translate("concord::TablePreparer",
                                              "Added column \"%1\" (%2) for when a record "
                                              "was changed last"));
    }
    return true;
}

bool PostgresPlanner::addFunction(const Function &function)
{
    const auto existing = select(
        QStringLiteral("SELECT p.prosrc = ? AND l.lanname = 'plpgsql' "
                       "AND p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype "
                       "FROM pg_catalog.pg_proc p "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
                       "JOIN pg_catalog.pg_language l ON l.oid = p.prolang "
                       "WHERE n.nspname = ? AND p.proname = ? AND p.pronargs = 0"),
        {function.body, schema, function.name});
    if (!existing)
        return false;
    if (!existing->isEmpty() && existing->first().at(0).toBool())
        return true;
    // Shared by the schema's tables, so it lives in the table's schema, always named with it.
    const QString display = schema + QLatin1Char('.') + function.name + QStringLiteral("()");
    const QString done =
        existing->isEmpty()
            ? QCoreApplication::translate("concord::TablePreparer", "Created the function %1")
                  .arg(display)
            : QCoreApplication::translate("concord::TablePreparer",
                                          "Replaced the function %1, which differed from what "
                                          "Concord installs")
                  .arg(display);
    // A function of that name with another result type makes CREATE OR REPLACE fail: it is
    // someone else's, and stays.
    m_plan.steps.append(
        {{QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql "
                         "AS $concord$%2$concord$")
              .arg(qualifiedFunction(function), function.body)},
         done,
         QCoreApplication::translate("concord::TablePreparer", "Creating the function %1")
             .arg(display)});
    return true;
}

bool PostgresPlanner::addTrigger(const Trigger &trigger)
{
    QByteArray arguments;
    QStringList literals;
    for (const QString &argument : trigger.arguments) {
        arguments += argument.toUtf8() + '\0';
        literals << quoteText(m_db, argument);
    }
    // Ours and current: same events, function and arguments, enabled, no WHEN, no column list.
    const auto existing = select(
        QStringLiteral("SELECT t.tgtype = ? AND t.tgenabled = 'O' "
                       "AND pg_catalog.encode(t.tgargs, 'hex') = ? "
                       "AND n.nspname = ? AND p.proname = ? AND t.tgqual IS NULL "
                       "AND pg_catalog.cardinality(t.tgattr::pg_catalog.int2[]) = 0 "
                       "FROM pg_catalog.pg_trigger t "
                       "JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
                       "WHERE t.tgrelid = ?::pg_catalog.regclass AND t.tgname = ? "
                       "AND NOT t.tgisinternal"),
        {trigger.type, QString::fromLatin1(arguments.toHex()), schema, trigger.function.name,
         m_relation, trigger.name});
    if (!existing)
        return false;
    if (!existing->isEmpty() && existing->first().at(0).toBool())
        return true;

    // Trigger arguments are literals in the DDL (nothing binds there), quoted by the driver.
    const QString quotedTrigger = quoteName(m_db, trigger.name);
    const QString create =
        QStringLiteral("CREATE TRIGGER %1 %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %4(%5)")
            .arg(quotedTrigger, trigger.events, m_relation, qualifiedFunction(trigger.function),
                 literals.join(QStringLiteral(", ")));
    if (existing->isEmpty()) {
        m_plan.steps.append({{create}, trigger.installed, trigger.failing});
    } else {
        m_plan.steps.append(
            {{QStringLiteral("DROP TRIGGER %1 ON %2").arg(quotedTrigger, m_relation), create},
             QCoreApplication::translate("concord::TablePreparer",
                                         "Replaced the trigger \"%1\", which differed from what "
                                         "Concord installs")
                 .arg(trigger.name),
             trigger.failing});
    }
    return true;
}

// The table's version sequence (strategy Trigger), created and started at the highest version
// the table holds if it is missing. Its quoted, schema-qualified name, or empty with the plan's
// refusal set.
QString addVersionSequence(const QSqlDatabase &db, PostgresPlanner &planner, Plan &plan)
{
    // Named after the table within PostgreSQL's 63 bytes; a longer name is shortened by a hash,
    // so two long names that share their start do not share a sequence.
    QString name = QStringLiteral("concord_version_") + planner.relname;
    if (name.toUtf8().size() > 63)
        name = QStringLiteral("concord_version_")
               + QString::fromLatin1(QCryptographicHash::hash(planner.relname.toUtf8(),
                                                              QCryptographicHash::Md5)
                                         .toHex()
                                         .left(32));
    const QString sequence = quoteName(db, planner.schema) + QLatin1Char('.') + quoteName(db, name);
    QString error;
    const std::optional<QList<QVariantList>> existing = selectRows(
        db,
        QStringLiteral("SELECT c.relkind FROM pg_catalog.pg_class c "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = ? AND c.relname = ?"),
        {planner.schema, name}, &error);
    if (!existing) {
        plan.refusal = error;
        return {};
    }
    if (!existing->isEmpty()) {
        // A relation of that name that is no sequence makes the trigger fail. One behind the
        // table's highest version (the trigger was dropped or disabled for a while, versions
        // were written by hand) could give a new record a version its key had: raised.
        if (existing->first().at(0).toString() != QLatin1String("S") || !planner.versionExists)
            return sequence;
        const QString highest = QStringLiteral("(SELECT COALESCE(MAX(%1), 0) FROM %2)")
                                    .arg(quoteName(db, planner.version), planner.relation());
        const std::optional<QList<QVariantList>> behind = selectRows(
            db,
            QStringLiteral("SELECT COALESCE(pg_catalog.pg_sequence_last_value(%1), 0) < %2")
                .arg(quoteText(db, sequence), highest),
            {}, &error);
        if (!behind) {
            plan.refusal = error;
            return {};
        }
        if (!behind->isEmpty() && behind->first().at(0).toBool())
            plan.steps.append(
                {{QStringLiteral("SELECT pg_catalog.setval(%1, %2)")
                      .arg(quoteText(db, sequence), highest)},
                 QCoreApplication::translate("concord::TablePreparer",
                                             "Raised the version counter of %1 to its highest "
                                             "version")
                     .arg(planner.table()),
                 QCoreApplication::translate("concord::TablePreparer",
                                             "Raising the version counter of %1")
                     .arg(planner.table())});
        return sequence;
    }
    // Every writer of the table draws from it through the trigger, which runs with the writer's
    // rights: USAGE lets anyone draw a number (a gap, nothing more), SELECT read the last one.
    plan.steps.append(
        {{QStringLiteral("CREATE SEQUENCE %1 AS bigint MINVALUE 0 START WITH 0").arg(sequence),
          QStringLiteral("SELECT pg_catalog.setval(%1, (SELECT COALESCE(MAX(%2), 0) FROM %3))")
              .arg(quoteText(db, sequence), quoteName(db, planner.version), planner.relation()),
          QStringLiteral("GRANT USAGE, SELECT ON SEQUENCE %1 TO PUBLIC").arg(sequence)},
         QCoreApplication::translate("concord::TablePreparer",
                                     "Created the sequence %1, which counts versions so that a "
                                     "record inserted again never gets one it had before")
             .arg(planner.schema + QLatin1Char('.') + name),
         QCoreApplication::translate("concord::TablePreparer", "Creating the sequence %1")
             .arg(planner.schema + QLatin1Char('.') + name)});
    return sequence;
}

} // namespace

QString postgresRegclassText(const QSqlDatabase &db, const TableName &name)
{
    return concord::detail::quoteTable(db, name);
}

Plan planPostgres(const QSqlDatabase &db, const TableName &name, const QString &table,
                  const Options &options)
{
    Plan plan;
    PostgresPlanner planner(db, table, plan);
    if (!planner.read(name) || !planner.addColumns(options))
        return plan;

    if (options.strategy == VersionStrategy::Trigger) {
        const Function bump{QStringLiteral("concord_bump_version"),
                            QString::fromLatin1(bumpVersionBody)};
        const QString trigger = versionTriggerName(db, table);
        const QString sequence = addVersionSequence(db, planner, plan);
        if (sequence.isEmpty() || !planner.addFunction(bump)
            || !planner.addTrigger(
                {trigger, rowLevel | before | onInsert | onUpdate,
                 QStringLiteral("BEFORE INSERT OR UPDATE"), bump, {planner.version, sequence},
                 QCoreApplication::translate("concord::TablePreparer",
                                             "Installed the version trigger \"%1\": every UPDATE "
                                             "counts \"%2\" up by one and every INSERT gives it a "
                                             "number the record never had, whoever writes")
                     .arg(trigger, planner.version),
                 QCoreApplication::translate("concord::TablePreparer",
                                             "Installing the version trigger \"%1\"")
                     .arg(trigger)}))
            return plan;
    }

    if (options.audit) {
        const Function audit{QStringLiteral("concord_audit"), QString::fromLatin1(auditBody)};
        const QString trigger = auditTriggerName(db, table);
        if (!planner.addFunction(audit)
            || !planner.addTrigger(
                {trigger, rowLevel | before | onInsert | onUpdate,
                 QStringLiteral("BEFORE INSERT OR UPDATE"), audit, {planner.who, planner.when},
                 QCoreApplication::translate("concord::TablePreparer",
                                             "Installed the audit trigger \"%1\": every INSERT "
                                             "and UPDATE sets \"%2\" to the session user and "
                                             "\"%3\" to the server's clock")
                     .arg(trigger, planner.who, planner.when),
                 QCoreApplication::translate("concord::TablePreparer",
                                             "Installing the audit trigger \"%1\"")
                     .arg(trigger)}))
            return plan;
    }

    const Function notify{QStringLiteral("concord_notify"), QString::fromLatin1(notifyBody)};
    const QString trigger = notifyTriggerName(db, table);
    if (!planner.addFunction(notify))
        return plan;
    planner.addTrigger(
        {trigger, rowLevel | onInsert | onUpdate | onDelete,
         QStringLiteral("AFTER INSERT OR UPDATE OR DELETE"), notify,
         QStringList{planner.version, planner.who, planner.when} + planner.key,
         QCoreApplication::translate("concord::TablePreparer",
                                     "Installed the notify trigger \"%1\": every INSERT, UPDATE "
                                     "and DELETE is announced on channel concord_changes")
             .arg(trigger),
         QCoreApplication::translate("concord::TablePreparer",
                                     "Installing the notify trigger \"%1\"")
             .arg(trigger)});
    return plan;
}

} // namespace concord::TablePreparer::detail
