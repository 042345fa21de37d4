// Tests for TablePreparer::prepare(): what it adds on SQLite and PostgreSQL, that a second run
// and a refusal or failure change nothing, and what the triggers it installs do to writers.
#include <concord/tablepreparer.h>
#include <concord/tableschema.h>

#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using concord::VersionStrategy;
using concord::test::TestDatabase;
namespace TablePreparer = concord::TablePreparer;

namespace {

// A table to prepare: "plain" (items, key id) or "awkward" (spaces, quotes, mixed case, a
// reserved word, a composite key and, on PostgreSQL, a schema of its own).
struct Fixture
{
    QString name;       // as prepare() is given it
    QString sql;        // quoted for the statements here
    QString bare;       // unqualified, as TG_TABLE_NAME gives it
    QString schema;     // PostgreSQL: as TG_TABLE_SCHEMA gives it
    QString firstRow;   // WHERE condition picking the first row
    QString secondRow;
    QJsonArray firstKey; // the first row's key in the notify payload
};

Fixture fixture(const QString &shape, bool sqlite)
{
    if (shape == QLatin1String("plain"))
        return {QStringLiteral("items"), QStringLiteral("items"), QStringLiteral("items"),
                QStringLiteral("public"), QStringLiteral("id = 1"), QStringLiteral("id = 2"),
                QJsonArray{1}};
    return {sqlite ? QStringLiteral("Order \"Items\"") : QStringLiteral("Sales Dept.Order \"Items\""),
            sqlite ? QStringLiteral("\"Order \"\"Items\"\"\"")
                   : QStringLiteral("\"Sales Dept\".\"Order \"\"Items\"\"\""),
            QStringLiteral("Order \"Items\""), QStringLiteral("Sales Dept"),
            QStringLiteral("\"Region\" = 'north' AND \"Item No\" = 7"),
            QStringLiteral("\"Region\" = 'south' AND \"Item No\" = 7"),
            QJsonArray{QStringLiteral("north"), 7}};
}

// Creates the fixture's table, without a version column, with two rows.
QString createTable(TestDatabase &tdb, const Fixture &f)
{
    QStringList statements;
    if (f.name == QLatin1String("items")) {
        statements << QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")
                   << QStringLiteral("INSERT INTO items (id, name) VALUES (1, 'a'), (2, 'b')");
    } else {
        if (!tdb.isSqlite())
            statements << QStringLiteral("CREATE SCHEMA \"Sales Dept\"");
        statements << QStringLiteral("CREATE TABLE %1 (\"Region\" TEXT NOT NULL, \"Item No\" "
                                     "INTEGER NOT NULL, name TEXT, PRIMARY KEY (\"Region\", "
                                     "\"Item No\"))").arg(f.sql)
                   << QStringLiteral("INSERT INTO %1 VALUES ('north', 7, 'a'), ('south', 7, 'b')")
                          .arg(f.sql);
    }
    return tdb.execAll(statements);
}

QString exec(const QSqlDatabase &db, const QString &sql, int *affected = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return query.lastError().text() + QStringLiteral(" in: ") + sql;
    if (affected)
        *affected = query.numRowsAffected();
    return {};
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Everything the schema says, one line per object: equal lists mean nothing was changed.
QStringList catalog(TestDatabase &tdb)
{
    const QStringList queries = tdb.isSqlite()
        ? QStringList{QStringLiteral("SELECT type || ' ' || name || ' on ' || tbl_name || ': ' || "
                                     "COALESCE(sql, '') FROM sqlite_master ORDER BY type, name")}
        : QStringList{
              QStringLiteral("SELECT nspname FROM pg_namespace ORDER BY 1"),
              QStringLiteral("SELECT table_schema || '.' || table_name || '.' || column_name || "
                             "' ' || data_type || ' ' || is_nullable || ' ' || "
                             "COALESCE(column_default, '') FROM information_schema.columns "
                             "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') "
                             "ORDER BY table_schema, table_name, ordinal_position"),
              QStringLiteral("SELECT tgrelid::regclass::text || ' ' || pg_get_triggerdef(oid) "
                             "FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"),
              QStringLiteral("SELECT n.nspname || '.' || p.proname || ': ' || p.prosrc "
                             "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                             "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
                             "ORDER BY 1")};
    QStringList lines;
    for (const QString &sql : queries) {
        QSqlQuery query(tdb.db());
        if (!query.exec(sql))
            return {query.lastError().text()};
        while (query.next())
            lines << query.value(0).toString();
    }
    return lines;
}

// The declared type of a column: SQLite's as written, PostgreSQL's as format_type() says it.
QString columnType(TestDatabase &tdb, const Fixture &f, const QString &column)
{
    QSqlQuery query(tdb.db());
    if (tdb.isSqlite()) {
        query.prepare(QStringLiteral("SELECT type FROM pragma_table_info(?) WHERE name = ?"));
        query.addBindValue(f.bare);
    } else {
        query.prepare(QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                                     "WHERE attrelid = to_regclass(?) AND attname = ?"));
        query.addBindValue(f.sql);
    }
    query.addBindValue(column);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// Quoted by the SQL standard's rule: the drivers leave a name ending in a quote as it is.
QString quoteIdentifier(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

bool anyStartsWith(const QStringList &lines, const QString &start)
{
    for (const QString &line : lines)
        if (line.startsWith(start))
            return true;
    return false;
}

TablePreparer::Options withTrigger(bool audit = false)
{
    TablePreparer::Options options;
    options.strategy = VersionStrategy::Trigger;
    options.audit = audit;
    return options;
}

void backendAndShapeRows(const QStringList &backends = TestDatabase::backends())
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("shape");
    for (const QString &backend : backends)
        for (const char *shape : {"plain", "awkward"})
            QTest::newRow(qPrintable(backend + QLatin1Char('/') + QLatin1String(shape)))
                << backend << QString::fromLatin1(shape);
}

} // namespace

#define PREPARE_FIXTURE(tdb, f)                                      \
    CONCORD_OPEN_TEST_DB(tdb);                                       \
    QFETCH(QString, shape);                                          \
    const Fixture f = fixture(shape, tdb.isSqlite());                \
    QCOMPARE(createTable(tdb, f), QString())

class tst_TablePreparer : public QObject
{
    Q_OBJECT

private slots:
    void addsVersionColumnAndTriggers_data() { backendAndShapeRows(); }
    void addsVersionColumnAndTriggers();
    void clientStrategyAddsNoVersionTrigger_data() { TestDatabase::addBackendRows(); }
    void clientStrategyAddsNoVersionTrigger();
    void secondRunChangesNothing_data() { backendAndShapeRows(); }
    void secondRunChangesNothing();
    void refusesWhatItCannotPrepare_data();
    void refusesWhatItCannotPrepare();
    void refusesInsideTheCallersTransaction_data() { TestDatabase::addBackendRows(); }
    void refusesInsideTheCallersTransaction();
    void failureHalfWayLeavesTableAsItWas_data() { backendAndShapeRows(); }
    void failureHalfWayLeavesTableAsItWas();

    void versionTriggerCountsEachUpdateOnce_data() { backendAndShapeRows(); }
    void versionTriggerCountsEachUpdateOnce();
    void sqliteRecursiveTriggersCountAnOldVersionOnce();
    void olderVersionTriggerIsUpgraded_data() { TestDatabase::addBackendRows(); }
    void olderVersionTriggerIsUpgraded();
    void replacedRecordNeverGetsAnOldVersion_data() { backendAndShapeRows(); }
    void replacedRecordNeverGetsAnOldVersion();
    void auditColumnsAreFilledByTheServer_data() { TestDatabase::addBackendRows(); }
    void auditColumnsAreFilledByTheServer();
    void notifyTriggerSendsThePayload_data() { backendAndShapeRows({QStringLiteral("psql")}); }
    void notifyTriggerSendsThePayload();
    void notifyPayloadStaysUnderTheLimit();
};

void tst_TablePreparer::addsVersionColumnAndTriggers()
{
    PREPARE_FIXTURE(tdb, f);
    const QSqlDatabase db = tdb.db();
    QVERIFY(!TablePreparer::hasVersionTrigger(db, f.name));

    const TablePreparer::Report report = TablePreparer::prepare(db, f.name, withTrigger(true));
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.error.isEmpty());
    const QString versionType = tdb.isSqlite() ? QStringLiteral("INTEGER")
                                               : QStringLiteral("BIGINT");
    QVERIFY2(report.done.contains(QStringLiteral("Added version column \"version\" (%1 NOT NULL "
                                                 "DEFAULT 1)").arg(versionType)),
             qPrintable(report.done.join(QLatin1Char('\n'))));
    QVERIFY(anyStartsWith(report.done, QStringLiteral("Added column \"modified_by\" (TEXT)")));
    QVERIFY(anyStartsWith(report.done, QStringLiteral("Added column \"modified_at\" (TIMESTAMP)")));
    QVERIFY(anyStartsWith(report.done, QStringLiteral("Installed the version trigger \"%1\"")
                                           .arg(TablePreparer::versionTriggerName(db, f.name))));

    QCOMPARE(columnType(tdb, f, QStringLiteral("version")),
             tdb.isSqlite() ? QStringLiteral("INTEGER") : QStringLiteral("bigint"));
    QCOMPARE(columnType(tdb, f, QStringLiteral("modified_by")),
             tdb.isSqlite() ? QStringLiteral("TEXT") : QStringLiteral("text"));
    QCOMPARE(columnType(tdb, f, QStringLiteral("modified_at")),
             tdb.isSqlite() ? QStringLiteral("TIMESTAMP")
                            : QStringLiteral("timestamp without time zone"));
    // The rows already there start at version 1.
    QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM %1 WHERE %2").arg(f.sql, f.firstRow))
                 .toInt(),
             1);

    QVERIFY(TablePreparer::hasVersionTrigger(db, f.name));
    // SQLite has no audit or notify trigger: the client fills who/when, ChangeFeed polls.
    QCOMPARE(TablePreparer::hasAuditTrigger(db, f.name), !tdb.isSqlite());
    QCOMPARE(TablePreparer::hasNotifyTrigger(db, f.name), !tdb.isSqlite());
    if (!tdb.isSqlite()) {
        QVERIFY(anyStartsWith(report.done, QStringLiteral("Installed the audit trigger")));
        QVERIFY(anyStartsWith(report.done, QStringLiteral("Installed the notify trigger")));
        // One generic function of each kind, in the table's own schema.
        for (const char *function : {"concord_bump_version", "concord_audit", "concord_notify"})
            QVERIFY2(report.done.contains(QStringLiteral("Created the function %1.%2()")
                                              .arg(f.schema, QLatin1String(function))),
                     function);
    }
}

void tst_TablePreparer::clientStrategyAddsNoVersionTrigger()
{
    CONCORD_OPEN_TEST_DB(tdb);
    const Fixture f = fixture(QStringLiteral("plain"), tdb.isSqlite());
    QCOMPARE(createTable(tdb, f), QString());
    const TablePreparer::Report report = TablePreparer::prepare(tdb.db(), f.name);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(anyStartsWith(report.done, QStringLiteral("Added version column \"version\"")));
    QVERIFY(!anyStartsWith(report.done, QStringLiteral("Added column")));
    QVERIFY(!TablePreparer::hasVersionTrigger(tdb.db(), f.name));
    QVERIFY(!TablePreparer::hasAuditTrigger(tdb.db(), f.name));
    // PostgreSQL gets the notify trigger whatever the strategy: ChangeFeed listens for it.
    QCOMPARE(TablePreparer::hasNotifyTrigger(tdb.db(), f.name), !tdb.isSqlite());
    QCOMPARE(report.done.size(), tdb.isSqlite() ? 1 : 3);

    // Without the trigger, a plain UPDATE leaves the version alone: the client counts.
    QCOMPARE(exec(tdb.db(), QStringLiteral("UPDATE items SET name = 'x' WHERE id = 1")), QString());
    QCOMPARE(scalar(tdb.db(), QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 1);
}

void tst_TablePreparer::secondRunChangesNothing()
{
    PREPARE_FIXTURE(tdb, f);
    const TablePreparer::Report first = TablePreparer::prepare(tdb.db(), f.name, withTrigger(true));
    QVERIFY2(first.ok, qPrintable(first.error));
    const QStringList before = catalog(tdb);

    const TablePreparer::Report second = TablePreparer::prepare(tdb.db(), f.name, withTrigger(true));
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.done, QStringList());
    QVERIFY(second.error.isEmpty());
    QCOMPARE(catalog(tdb), before);

    // Asking for less than is there removes nothing either.
    const TablePreparer::Report third = TablePreparer::prepare(tdb.db(), f.name);
    QVERIFY2(third.ok, qPrintable(third.error));
    QCOMPARE(third.done, QStringList());
    QCOMPARE(catalog(tdb), before);
}

void tst_TablePreparer::refusesWhatItCannotPrepare_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("audit");
    QTest::addColumn<QString>("because");
    for (const QString &backend : TestDatabase::backends()) {
        auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(backend + QLatin1Char('/') + QLatin1String(name)))
                   << backend;
        };
        row("no primary key") << QStringList{QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT)")}
                              << QStringLiteral("t") << false << QStringLiteral("no primary key");
        row("missing table") << QStringList() << QStringLiteral("nothere") << false
                             << QStringLiteral("There is no table named nothere.");
        row("view") << QStringList{QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)"),
                                   QStringLiteral("CREATE VIEW v AS SELECT id FROM t")}
                    << QStringLiteral("v") << false << QStringLiteral("\"v\" is a view, not a table");
        row("text version") << QStringList{QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY "
                                                          "KEY, version TEXT)")}
                            << QStringLiteral("t") << true
                            << QStringLiteral("not of an integer type");
        row("three-part name") << QStringList() << QStringLiteral("a.b.c") << false
                               << QStringLiteral("is not a table name");
        if (backend == QLatin1String("psql"))
            row("number as who column")
                << QStringList{QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, "
                                              "modified_by INTEGER)")}
                << QStringLiteral("t") << true << QStringLiteral("not of a text type");
    }
}

void tst_TablePreparer::refusesWhatItCannotPrepare()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(QStringList, setup);
    QFETCH(QString, table);
    QFETCH(bool, audit);
    QFETCH(QString, because);
    QCOMPARE(tdb.execAll(setup), QString());
    const QStringList before = catalog(tdb);

    const TablePreparer::Report report = TablePreparer::prepare(tdb.db(), table, withTrigger(audit));
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(because), qPrintable(report.error));
    QCOMPARE(report.done, QStringList());
    QCOMPARE(catalog(tdb), before);
}

void tst_TablePreparer::refusesInsideTheCallersTransaction()
{
    CONCORD_OPEN_TEST_DB(tdb);
    const Fixture f = fixture(QStringLiteral("plain"), tdb.isSqlite());
    QCOMPARE(createTable(tdb, f), QString());
    QSqlDatabase db = tdb.db();
    const QStringList before = catalog(tdb);

    QVERIFY(db.transaction());
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO items (id, name) VALUES (3, 'mine')")), QString());
    const TablePreparer::Report report = TablePreparer::prepare(db, f.name, withTrigger());
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("inside a transaction")), qPrintable(report.error));
    QCOMPARE(report.done, QStringList());
    // The caller's transaction is still open and still the caller's: rolling it back undoes the
    // insert, which a COMMIT of ours would have made permanent.
    QVERIFY2(db.rollback(), qPrintable(db.lastError().text()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM items")).toInt(), 2);
    QCOMPARE(catalog(tdb), before);
}

void tst_TablePreparer::failureHalfWayLeavesTableAsItWas()
{
    PREPARE_FIXTURE(tdb, f);
    // Something in the way of the last step, which prepare() does not look for beforehand: on
    // SQLite the version trigger's name taken on another table, on PostgreSQL a function named
    // concord_notify() that is no trigger function.
    if (tdb.isSqlite()) {
        QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE other (id INTEGER PRIMARY KEY)"),
                              QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON other BEGIN "
                                             "SELECT 1; END")
                                  .arg(quoteIdentifier(
                                      TablePreparer::versionTriggerName(tdb.db(), f.name)))}),
                 QString());
    } else {
        QCOMPARE(tdb.exec(QStringLiteral("CREATE FUNCTION %1.concord_notify() RETURNS integer "
                                         "LANGUAGE sql AS 'SELECT 1'")
                              .arg(quoteIdentifier(f.schema))),
                 QString());
    }
    const QStringList before = catalog(tdb);

    const TablePreparer::Report report = TablePreparer::prepare(tdb.db(), f.name, withTrigger(true));
    QVERIFY(!report.ok);
    QVERIFY2(report.error.endsWith(QLatin1String("Nothing was changed.")), qPrintable(report.error));
    QVERIFY2(report.error.startsWith(tdb.isSqlite() ? QLatin1String("Installing the version trigger")
                                                    : QLatin1String("Creating the function")),
             qPrintable(report.error));
    QCOMPARE(report.done, QStringList());
    QCOMPARE(catalog(tdb), before);
    QVERIFY(!TablePreparer::hasVersionTrigger(tdb.db(), f.name));
}

void tst_TablePreparer::versionTriggerCountsEachUpdateOnce()
{
    PREPARE_FIXTURE(tdb, f);
    const TablePreparer::Report report = TablePreparer::prepare(tdb.db(), f.name, withTrigger());
    QVERIFY2(report.ok, qPrintable(report.error));
    // Another program writes through its own connection, knowing nothing of Concord.
    const QSqlDatabase mine = tdb.db();
    const QSqlDatabase outside = tdb.open();
    QVERIFY2(outside.isValid(), qPrintable(tdb.error()));
    auto version = [&](const QString &row) {
        return scalar(mine, QStringLiteral("SELECT version FROM %1 WHERE %2").arg(f.sql, row)).toInt();
    };
    QCOMPARE(version(f.firstRow), 1);

    // A plain UPDATE is counted.
    QCOMPARE(exec(outside, QStringLiteral("UPDATE %1 SET name = 'x' WHERE %2").arg(f.sql, f.firstRow)),
             QString());
    QCOMPARE(version(f.firstRow), 2);
    QCOMPARE(version(f.secondRow), 1);

    // Concord's own conditional save counts itself: once, not twice.
    int affected = -1;
    QCOMPARE(exec(mine,
                  QStringLiteral("UPDATE %1 SET name = 'y', version = version + 1 WHERE %2 AND "
                                 "version = 2").arg(f.sql, f.firstRow),
                  &affected),
             QString());
    QCOMPARE(affected, 1);
    QCOMPARE(version(f.firstRow), 3);

    // ABA: a reader holds version 3; the record moves on to 4, then a writer puts 3 back. The
    // version still ends one past the one before, so the reader's save is refused.
    const int stale = version(f.firstRow);
    QCOMPARE(exec(outside, QStringLiteral("UPDATE %1 SET name = 'z' WHERE %2").arg(f.sql, f.firstRow)),
             QString());
    QCOMPARE(version(f.firstRow), 4);
    QCOMPARE(exec(outside, QStringLiteral("UPDATE %1 SET name = 'w', version = %2 WHERE %3")
                               .arg(f.sql).arg(stale).arg(f.firstRow)),
             QString());
    QCOMPARE(version(f.firstRow), 5);
    QCOMPARE(exec(mine,
                  QStringLiteral("UPDATE %1 SET name = 'stale', version = version + 1 WHERE %2 "
                                 "AND version = %3").arg(f.sql, f.firstRow).arg(stale),
                  &affected),
             QString());
    QCOMPARE(affected, 0);

    // An UPDATE of many rows counts each row once, each by its own key.
    QCOMPARE(exec(outside, QStringLiteral("UPDATE %1 SET name = 'all'").arg(f.sql), &affected),
             QString());
    QCOMPARE(affected, 2);
    QCOMPARE(version(f.firstRow), 6);
    QCOMPARE(version(f.secondRow), 2);
}

void tst_TablePreparer::olderVersionTriggerIsUpgraded()
{
    // A table prepared by an older Concord has a version trigger for UPDATE only. It keeps
    // counting with the function this one installs (PostgreSQL's is shared by the schema's
    // tables), and preparing the table again adds what new records need.
    CONCORD_OPEN_TEST_DB(tdb);
    const Fixture f = fixture(QStringLiteral("plain"), tdb.isSqlite());
    QCOMPARE(createTable(tdb, f), QString());
    QVERIFY(TablePreparer::prepare(tdb.db(), f.name, withTrigger()).ok);
    const QString trigger = TablePreparer::versionTriggerName(tdb.db(), f.name);
    if (tdb.isSqlite()) {
        QCOMPARE(tdb.execAll({QStringLiteral("DROP TRIGGER concord_version_insert_items"),
                              QStringLiteral("DROP TRIGGER %1").arg(trigger),
                              QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON items FOR EACH ROW "
                                             "WHEN NEW.version IS NOT OLD.version + 1 BEGIN "
                                             "UPDATE items SET version = OLD.version + 1 WHERE "
                                             "id = NEW.id; END").arg(trigger)}),
                 QString());
    } else {
        QCOMPARE(tdb.execAll({QStringLiteral("DROP TRIGGER %1 ON items").arg(trigger),
                              QStringLiteral("CREATE TRIGGER %1 BEFORE UPDATE ON items FOR EACH ROW "
                                             "EXECUTE FUNCTION concord_bump_version('version')")
                                  .arg(trigger)}),
                 QString());
    }
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET name = 'x' WHERE id = 1")), QString());
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 2);

    const TablePreparer::Report again = TablePreparer::prepare(tdb.db(), f.name, withTrigger());
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY2(anyStartsWith(again.done, QStringLiteral("Replaced the trigger \"%1\"").arg(trigger)),
             qPrintable(again.done.join(QLatin1Char('\n'))));
    QCOMPARE(tdb.execAll({QStringLiteral("DELETE FROM items WHERE id = 1"),
                          QStringLiteral("INSERT INTO items (id, name) VALUES (1, 'again')")}),
             QString());
    QVERIFY(tdb.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt() > 2);
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET name = 'y' WHERE id = 2")), QString());
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT version FROM items WHERE id = 2")).toInt(), 2);
}

void tst_TablePreparer::replacedRecordNeverGetsAnOldVersion()
{
    // Another program replaces a record under the same key (DELETE + INSERT, INSERT OR REPLACE,
    // an import that copies old versions). The new record's version is one the key never had,
    // so a window holding an old version of the key can never save over it.
    PREPARE_FIXTURE(tdb, f);
    const TablePreparer::Report report = TablePreparer::prepare(tdb.db(), f.name, withTrigger());
    QVERIFY2(report.ok, qPrintable(report.error));
    const QSqlDatabase outside = tdb.open();
    QVERIFY2(outside.isValid(), qPrintable(tdb.error()));
    auto version = [&](const QString &row) {
        return scalar(tdb.db(), QStringLiteral("SELECT version FROM %1 WHERE %2").arg(f.sql, row))
            .toLongLong();
    };
    const QString keyColumns = f.name == QLatin1String("items")
        ? QStringLiteral("id") : QStringLiteral("\"Region\", \"Item No\"");
    const QString firstKey = f.name == QLatin1String("items")
        ? QStringLiteral("1") : QStringLiteral("'north', 7");
    QSet<qlonglong> held{version(f.firstRow)};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(exec(outside, QStringLiteral("UPDATE %1 SET name = 'u%2' WHERE %3")
                                   .arg(f.sql).arg(i).arg(f.firstRow)),
                 QString());
        held << version(f.firstRow);
    }
    QCOMPARE(held.size(), 4);
    auto replace = [&](const QStringList &statements) {
        for (const QString &sql : statements)
            QCOMPARE(exec(outside, sql), QString());
        const qlonglong now = version(f.firstRow);
        for (qlonglong old : std::as_const(held))
            QVERIFY2(now > old, qPrintable(QStringLiteral("%1 after %2").arg(now).arg(old)));
        held << now;
    };
    // DELETE + INSERT, the new row without a version (the column's default, 1)...
    replace({QStringLiteral("DELETE FROM %1 WHERE %2").arg(f.sql, f.firstRow),
             QStringLiteral("INSERT INTO %1 (%2, name) VALUES (%3, 'again')")
                 .arg(f.sql, keyColumns, firstKey)});
    if (QTest::currentTestFailed())
        return;
    // ... and with one copied from elsewhere: an old version of this very record.
    replace({QStringLiteral("DELETE FROM %1 WHERE %2").arg(f.sql, f.firstRow),
             QStringLiteral("INSERT INTO %1 (%2, name, version) VALUES (%3, 'copied', 2)")
                 .arg(f.sql, keyColumns, firstKey)});
    if (QTest::currentTestFailed())
        return;
    if (tdb.isSqlite()) {
        replace({QStringLiteral("INSERT OR REPLACE INTO %1 (%2, name, version) VALUES (%3, "
                                "'replaced', 1)").arg(f.sql, keyColumns, firstKey)});
        if (QTest::currentTestFailed())
            return;
    }
    // Updates still count one up.
    const qlonglong before = version(f.firstRow);
    QCOMPARE(exec(outside, QStringLiteral("UPDATE %1 SET name = 'next' WHERE %2").arg(f.sql, f.firstRow)),
             QString());
    QCOMPARE(version(f.firstRow), before + 1);
    // The other row, untouched, kept its version.
    QCOMPARE(version(f.secondRow), 1);
    // The counter is Concord's, not a table to edit.
    QVERIFY(!concord::TableSchema::tables(tdb.db()).contains(QStringLiteral("concord_versions"),
                                                             Qt::CaseInsensitive));
}

void tst_TablePreparer::sqliteRecursiveTriggersCountAnOldVersionOnce()
{
    // With PRAGMA recursive_triggers on, the trigger's own UPDATE fires it again. Plain and
    // client writes still count once, and so does a write of an old version: the second firing
    // finds OLD + 1 above the counter, new for the key, and stops there.
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const Fixture f = fixture(QStringLiteral("plain"), true);
    QCOMPARE(createTable(tdb, f), QString());
    QVERIFY(TablePreparer::prepare(tdb.db(), f.name, withTrigger()).ok);
    QCOMPARE(tdb.exec(QStringLiteral("PRAGMA recursive_triggers = ON")), QString());

    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET name = 'x' WHERE id = 1")), QString());
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 2);
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET version = version + 1 WHERE id = 1")),
             QString());
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT version FROM items WHERE id = 1")).toInt(), 3);

    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET name = 'old', version = 1 WHERE id = 1")),
             QString());
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT version || name FROM items WHERE id = 1")).toString(),
             QStringLiteral("4old"));
}

void tst_TablePreparer::auditColumnsAreFilledByTheServer()
{
    CONCORD_OPEN_TEST_DB(tdb);
    const Fixture f = fixture(QStringLiteral("plain"), tdb.isSqlite());
    QCOMPARE(createTable(tdb, f), QString());
    QSqlDatabase db = tdb.db();
    const TablePreparer::Report report = TablePreparer::prepare(db, f.name, withTrigger(true));
    QVERIFY2(report.ok, qPrintable(report.error));

    const QString spoof = QStringLiteral("UPDATE items SET name = 'x', modified_by = 'mallory', "
                                         "modified_at = '2000-01-01 00:00:00' WHERE id = 1");
    if (tdb.isSqlite()) {
        // No session user to take: the client's values stand, and Concord's client fills them.
        QVERIFY(!TablePreparer::hasAuditTrigger(db, f.name));
        QCOMPARE(exec(db, spoof), QString());
        QCOMPARE(scalar(db, QStringLiteral("SELECT modified_by FROM items WHERE id = 1")).toString(),
                 QStringLiteral("mallory"));
        return;
    }

    // now() is the transaction's start, so inside one it is exactly what the trigger took.
    QVERIFY(db.transaction());
    QCOMPARE(exec(db, spoof), QString());
    QCOMPARE(exec(db, QStringLiteral("INSERT INTO items (id, name, modified_by, modified_at) "
                                     "VALUES (3, 'new', 'mallory', '2000-01-01')")),
             QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM items WHERE id IN (1, 3) AND "
                                       "modified_by = session_user AND "
                                       "modified_at = now()::timestamp"))
                 .toInt(),
             2);
    QVERIFY(db.commit());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM items WHERE modified_by = 'mallory'"))
                 .toInt(),
             0);
    // Rows nobody wrote since keep their NULLs.
    QVERIFY(scalar(db, QStringLiteral("SELECT modified_by FROM items WHERE id = 2")).isNull());
}

void tst_TablePreparer::notifyTriggerSendsThePayload()
{
    PREPARE_FIXTURE(tdb, f);
    const QSqlDatabase writer = tdb.db();
    const TablePreparer::Report report = TablePreparer::prepare(writer, f.name, withTrigger(true));
    QVERIFY2(report.ok, qPrintable(report.error));

    QSqlDatabase listener = tdb.open();
    QVERIFY2(listener.isValid(), qPrintable(tdb.error()));
    QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("concord_changes")));
    QSignalSpy spy(listener.driver(),
                   qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                       &QSqlDriver::notification));
    const qint64 writerPid = scalar(writer, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    const QString user = scalar(writer, QStringLiteral("SELECT session_user")).toString();

    auto next = [&](QJsonObject *payload) {
        QVERIFY(spy.count() > 0 || spy.wait(10000));
        const QList<QVariant> arguments = spy.takeFirst();
        QCOMPARE(arguments.at(0).toString(), QStringLiteral("concord_changes"));
        QCOMPARE(arguments.at(1).value<QSqlDriver::NotificationSource>(),
                 QSqlDriver::OtherSource);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(arguments.at(2).toString().toUtf8(), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        *payload = doc.object();
        QCOMPARE(payload->value(QLatin1String("t")).toString(), f.bare);
        QCOMPARE(payload->value(QLatin1String("s")).toString(), f.schema);
        QCOMPARE(payload->value(QLatin1String("p")).toInteger(), writerPid);
    };

    QJsonObject payload;
    QCOMPARE(exec(writer, QStringLiteral("UPDATE %1 SET name = 'x' WHERE %2").arg(f.sql, f.firstRow)),
             QString());
    next(&payload);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(payload.value(QLatin1String("k")).toArray(), f.firstKey);
    QCOMPARE(payload.value(QLatin1String("v")).toInteger(), qint64(2));
    QCOMPARE(payload.value(QLatin1String("d")).toBool(true), false);
    QCOMPARE(payload.value(QLatin1String("by")).toString(), user);
    // "at" is the when column's value as to_json() writes it: the row's own, to the microsecond.
    QSqlQuery at(writer);
    at.prepare(QStringLiteral("SELECT modified_at = CAST(? AS timestamp) FROM %1 WHERE %2")
                   .arg(f.sql, f.firstRow));
    at.addBindValue(payload.value(QLatin1String("at")).toString());
    QVERIFY2(at.exec() && at.next(), qPrintable(at.lastError().text()));
    QVERIFY2(at.value(0).toBool(), qPrintable(payload.value(QLatin1String("at")).toString()));

    // A delete names the record gone, from OLD, at the version it had.
    QCOMPARE(exec(writer, QStringLiteral("DELETE FROM %1 WHERE %2").arg(f.sql, f.firstRow)),
             QString());
    next(&payload);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(payload.value(QLatin1String("k")).toArray(), f.firstKey);
    QCOMPARE(payload.value(QLatin1String("v")).toInteger(), qint64(2));
    QCOMPARE(payload.value(QLatin1String("d")).toBool(false), true);

    // Nothing is sent for a transaction that rolls back.
    QSqlDatabase rollingBack = writer;
    QVERIFY(rollingBack.transaction());
    QCOMPARE(exec(writer, QStringLiteral("UPDATE %1 SET name = 'gone'").arg(f.sql)), QString());
    QVERIFY(rollingBack.rollback());
    // ...while an insert is: it arrives first, so nothing else was queued before it.
    const QString insert = f.name == QLatin1String("items")
        ? QStringLiteral("INSERT INTO items (id, name) VALUES (1, 'again')")
        : QStringLiteral("INSERT INTO %1 VALUES ('north', 7, 'again')").arg(f.sql);
    QCOMPARE(exec(writer, insert), QString());
    next(&payload);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(payload.value(QLatin1String("k")).toArray(), f.firstKey);
    // The version the trigger gave the new record, one the key never had (see
    // replacedRecordNeverGetsAnOldVersion).
    QCOMPARE(payload.value(QLatin1String("v")).toInteger(),
             scalar(writer, QStringLiteral("SELECT version FROM %1 WHERE %2").arg(f.sql, f.firstRow))
                 .toLongLong());
    QVERIFY(payload.value(QLatin1String("v")).toInteger() > 1);
    QCOMPARE(payload.value(QLatin1String("d")).toBool(true), false);
    QCOMPARE(spy.count(), 0);
}

void tst_TablePreparer::notifyPayloadStaysUnderTheLimit()
{
    // A key too big for NOTIFY's 8000 bytes must not fail the write: the payload then leaves the
    // key out, and listeners learn only that the table changed.
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(tdb.exec(QStringLiteral("CREATE TABLE notes (code TEXT PRIMARY KEY, body TEXT)")),
             QString());
    QVERIFY(TablePreparer::prepare(tdb.db(), QStringLiteral("notes")).ok);
    QSqlDatabase listener = tdb.open();
    QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("concord_changes")));
    QSignalSpy spy(listener.driver(),
                   qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                       &QSqlDriver::notification));

    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO notes VALUES (repeat('k', 9000), 'big')")),
             QString());
    QVERIFY(spy.wait(10000));
    const QByteArray text = spy.first().at(2).toString().toUtf8();
    QVERIFY(text.size() < 8000);
    const QJsonObject payload = QJsonDocument::fromJson(text).object();
    QCOMPARE(payload.value(QLatin1String("t")).toString(), QStringLiteral("notes"));
    QVERIFY(payload.value(QLatin1String("k")).isNull());
    QCOMPARE(payload.value(QLatin1String("v")).toInteger(), qint64(1));
}

QTEST_GUILESS_MAIN(tst_TablePreparer)
#include "tst_tablepreparer.moc"
