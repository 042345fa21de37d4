// Tests for DemoDatabase: the demo schema and data install on SQLite and PostgreSQL, and scripts roll back.
#include <concord/demodatabase.h>
#include <concord/tablepreparer.h>
#include <concord/tableschema.h>

#include "testdatabase.h"

#include <QDir>
#include <QSqlDriver>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

namespace DemoDatabase = concord::DemoDatabase;
namespace TableSchema = concord::TableSchema;
using concord::test::TestDatabase;

namespace {

const QStringList demoTables{QStringLiteral("customers"), QStringLiteral("order_lines"),
                             QStringLiteral("orders"), QStringLiteral("products")};

qlonglong count(TestDatabase &tdb, const QString &table)
{
    return tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    return db.tables().contains(table, Qt::CaseInsensitive);
}

} // namespace

class tst_DemoDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsDemoSqliteInAppData();

    void installCreatesTablesAndSampleData_data() { TestDatabase::addBackendRows(); }
    void installCreatesTablesAndSampleData();
    void installTwiceKeepsTheData_data() { TestDatabase::addBackendRows(); }
    void installTwiceKeepsTheData();
    void everyTableHasPrimaryKeyAndVersionWithoutNulls_data() { TestDatabase::addBackendRows(); }
    void everyTableHasPrimaryKeyAndVersionWithoutNulls();
    void insertWithoutIdAfterInstallGetsFreshKey_data() { TestDatabase::addBackendRows(); }
    void insertWithoutIdAfterInstallGetsFreshKey();
    void sampleReferencesAndTotalsAreConsistent_data() { TestDatabase::addBackendRows(); }
    void sampleReferencesAndTotalsAreConsistent();
    void failedInstallLeavesNoDemoTables_data() { TestDatabase::addBackendRows(); }
    void failedInstallLeavesNoDemoTables();
    void installOnClosedConnectionFailsWithMessage();

    void badScriptRollsBackCompletely_data() { TestDatabase::addBackendRows(); }
    void badScriptRollsBackCompletely();
    void scriptSplitsAtLineEndsAndSkipsComments_data() { TestDatabase::addBackendRows(); }
    void scriptSplitsAtLineEndsAndSkipsComments();
};

void tst_DemoDatabase::defaultPathIsDemoSqliteInAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!appData.isEmpty());
    QCOMPARE(DemoDatabase::defaultPath(), QDir(appData).filePath(QStringLiteral("demo.sqlite")));
}

void tst_DemoDatabase::installCreatesTablesAndSampleData()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QString error;
    QVERIFY2(DemoDatabase::install(tdb.db(), &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    QCOMPARE(TableSchema::tables(tdb.db()), demoTables);
    QVERIFY2(count(tdb, QStringLiteral("customers")) >= 1000,
             qPrintable(QString::number(count(tdb, QStringLiteral("customers")))));
    QVERIFY(count(tdb, QStringLiteral("products")) >= 40);
    QVERIFY(count(tdb, QStringLiteral("orders")) >= 2000);
    QVERIFY(count(tdb, QStringLiteral("order_lines")) >= 5000);
    // Varied data, not one row copied a thousand times.
    QVERIFY(tdb.scalar(QStringLiteral("SELECT COUNT(DISTINCT country) FROM customers")).toInt() >= 10);
    QVERIFY(tdb.scalar(QStringLiteral("SELECT COUNT(DISTINCT name) FROM customers")).toInt() >= 500);
    // On a server, other operators' programs hear of every write to a demo table.
    for (const QString &table : demoTables)
        QCOMPARE(concord::TablePreparer::hasNotifyTrigger(tdb.db(), table), !tdb.isSqlite());
}

void tst_DemoDatabase::installTwiceKeepsTheData()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QString error;
    QVERIFY2(DemoDatabase::install(tdb.db(), &error), qPrintable(error));
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE customers SET city = 'Kept' WHERE id = 1")), QString());
    const qlonglong customers = count(tdb, QStringLiteral("customers"));

    QVERIFY2(DemoDatabase::install(tdb.db(), &error), qPrintable(error));
    QCOMPARE(count(tdb, QStringLiteral("customers")), customers);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT city FROM customers WHERE id = 1")).toString(),
             QStringLiteral("Kept"));
    QCOMPARE(TableSchema::tables(tdb.db()), demoTables);
}

void tst_DemoDatabase::everyTableHasPrimaryKeyAndVersionWithoutNulls()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QString error;
    QVERIFY2(DemoDatabase::install(tdb.db(), &error), qPrintable(error));
    for (const QString &table : demoTables) {
        const QSqlIndex key = tdb.db().primaryIndex(table);
        QCOMPARE(key.count(), 1);
        QCOMPARE(key.fieldName(0), QStringLiteral("id"));
        QVERIFY2(tdb.db().record(table).contains(QStringLiteral("version")), qPrintable(table));
        QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE version IS NULL").arg(table))
                     .toLongLong(),
                 0);
        QVERIFY(tdb.scalar(QStringLiteral("SELECT MIN(version) FROM ") + table).toInt() >= 1);
    }
}

void tst_DemoDatabase::insertWithoutIdAfterInstallGetsFreshKey()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QString error;
    QVERIFY2(DemoDatabase::install(tdb.db(), &error), qPrintable(error));
    // On PostgreSQL this fails with a duplicate key unless install moved the sequences on.
    for (const QString &table : demoTables) {
        const qlonglong maxId = tdb.scalar(QStringLiteral("SELECT MAX(id) FROM ") + table).toLongLong();
        QVERIFY(maxId > 0);
        QString insert;
        if (table == QLatin1String("customers"))
            insert = QStringLiteral("INSERT INTO customers (name) VALUES ('Fresh Customer')");
        else if (table == QLatin1String("products"))
            insert = QStringLiteral("INSERT INTO products (sku, name) VALUES ('NEW-1', 'Fresh')");
        else if (table == QLatin1String("orders"))
            insert = QStringLiteral("INSERT INTO orders (customer_id, status) VALUES (1, 'new')");
        else
            insert = QStringLiteral("INSERT INTO order_lines (order_id, product_id, quantity) VALUES (1, 1, 1)");
        QCOMPARE(tdb.exec(insert), QString());
        QVERIFY2(tdb.scalar(QStringLiteral("SELECT MAX(id) FROM ") + table).toLongLong() > maxId,
                 qPrintable(table));
    }
}

void tst_DemoDatabase::sampleReferencesAndTotalsAreConsistent()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QString error;
    QVERIFY2(DemoDatabase::install(tdb.db(), &error), qPrintable(error));
    QCOMPARE(tdb.scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS "
                            "(SELECT 1 FROM customers c WHERE c.id = o.customer_id)"))
                 .toLongLong(),
             0);
    QCOMPARE(tdb.scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM order_lines l WHERE NOT EXISTS "
                            "(SELECT 1 FROM orders o WHERE o.id = l.order_id) OR NOT EXISTS "
                            "(SELECT 1 FROM products p WHERE p.id = l.product_id)"))
                 .toLongLong(),
             0);
    QCOMPARE(tdb.scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM orders o WHERE ABS(o.total - (SELECT "
                            "SUM(l.quantity * l.unit_price) FROM order_lines l WHERE l.order_id = o.id)) > 0.005"))
                 .toLongLong(),
             0);
}

void tst_DemoDatabase::failedInstallLeavesNoDemoTables()
{
    CONCORD_OPEN_TEST_DB(tdb);
    // A clashing "products" makes the schema's CREATE TABLE products fail, after customers was made.
    QCOMPARE(tdb.exec(QStringLiteral("CREATE TABLE products (id INTEGER PRIMARY KEY)")), QString());
    QString error;
    QVERIFY(!DemoDatabase::install(tdb.db(), &error));
    QVERIFY2(error.contains(QLatin1String("products")), qPrintable(error));
    QVERIFY(!hasTable(tdb.db(), QStringLiteral("customers")));
    QVERIFY(hasTable(tdb.db(), QStringLiteral("products")));
    // The connection is usable again: no transaction was left open.
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO products (id) VALUES (7)")), QString());
    QCOMPARE(count(tdb, QStringLiteral("products")), 1);
}

void tst_DemoDatabase::installOnClosedConnectionFailsWithMessage()
{
    QString error;
    QVERIFY(!DemoDatabase::install(QSqlDatabase(), &error));
    QVERIFY(!error.isEmpty());
}

void tst_DemoDatabase::badScriptRollsBackCompletely()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("kept"), {QStringLiteral("name VARCHAR(40)")}),
             QString());
    const QString script = QStringLiteral(
        "INSERT INTO kept (name) VALUES ('before');\n"
        "CREATE TABLE scratch (id INTEGER PRIMARY KEY, name VARCHAR(40));\n"
        "INSERT INTO scratch (id, name) VALUES (1, 'one');\n"
        "INSERT INTO no_such_table (id) VALUES (1);\n"
        "INSERT INTO kept (name) VALUES ('after');\n");
    QString error;
    QVERIFY(!DemoDatabase::runScript(tdb.db(), script, &error));
    QVERIFY2(error.contains(QLatin1String("no_such_table")), qPrintable(error));

    QVERIFY(!hasTable(tdb.db(), QStringLiteral("scratch")));
    QCOMPARE(count(tdb, QStringLiteral("kept")), 0);
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO kept (name) VALUES ('later')")), QString());
    QCOMPARE(count(tdb, QStringLiteral("kept")), 1);
}

void tst_DemoDatabase::scriptSplitsAtLineEndsAndSkipsComments()
{
    CONCORD_OPEN_TEST_DB(tdb);
    const QString script = QStringLiteral(
        "-- a comment; with semicolons;\n"
        "CREATE TABLE notes (id INTEGER PRIMARY KEY,\n"
        "    body VARCHAR(80));\n"
        "   -- an indented comment;\n"
        "INSERT INTO notes (id, body) VALUES\n"
        "(1, 'first; still the first'),\n"
        "(2, 'second');\n"
        "INSERT INTO notes (id, body) VALUES (3, 'last without semicolon')\n");
    QString error;
    QVERIFY2(DemoDatabase::runScript(tdb.db(), script, &error), qPrintable(error));
    QCOMPARE(count(tdb, QStringLiteral("notes")), 3);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT body FROM notes WHERE id = 1")).toString(),
             QStringLiteral("first; still the first"));
}

QTEST_GUILESS_MAIN(tst_DemoDatabase)
#include "tst_demodatabase.moc"
