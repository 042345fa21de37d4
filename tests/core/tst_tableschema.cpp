// Tests for TableSchema: tables, foreign keys, display and who/when columns on SQLite and PostgreSQL.
#include <concord/demodatabase.h>
#include <concord/tableschema.h>

#include "testdatabase.h"

#include <QSqlDriver>
#include <QTest>

namespace DemoDatabase = concord::DemoDatabase;
using concord::ForeignKey;
namespace TableSchema = concord::TableSchema;
using concord::test::TestDatabase;

namespace {

// "column->table.column" lines compare readably in QCOMPARE failures.
QStringList describe(const QList<ForeignKey> &keys)
{
    QStringList lines;
    for (const ForeignKey &key : keys)
        lines << key.column + QStringLiteral("->") + key.referencedTable + QLatin1Char('.')
                     + key.referencedColumn;
    return lines;
}

QString quoted(const TestDatabase &tdb, const QString &name)
{
    return tdb.db().driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

} // namespace

#define INSTALL_DEMO(tdb)                                                               \
    do {                                                                                \
        QString installError;                                                           \
        QVERIFY2(DemoDatabase::install((tdb).db(), &installError), qPrintable(installError)); \
    } while (false)

class tst_TableSchema : public QObject
{
    Q_OBJECT

private slots:
    void tablesAreSortedWithoutCatalogTables_data() { TestDatabase::addBackendRows(); }
    void tablesAreSortedWithoutCatalogTables();
    void viewsAreListedApartFromTables_data() { TestDatabase::addBackendRows(); }
    void viewsAreListedApartFromTables();
    void foreignKeysOfOrdersAndLinesAreFound_data() { TestDatabase::addBackendRows(); }
    void foreignKeysOfOrdersAndLinesAreFound();
    void tableWithoutForeignKeysHasNone_data() { TestDatabase::addBackendRows(); }
    void tableWithoutForeignKeysHasNone();
    void foreignKeyWithoutColumnPointsAtPrimaryKey_data() { TestDatabase::addBackendRows(); }
    void foreignKeyWithoutColumnPointsAtPrimaryKey();
    void foreignKeysInAnotherSchemaAreFound_data();
    void foreignKeysInAnotherSchemaAreFound();

    void displayColumnPrefersNameLikeColumns_data() { TestDatabase::addBackendRows(); }
    void displayColumnPrefersNameLikeColumns();
    void displayColumnFallsBackToTextThenPrimaryKey_data() { TestDatabase::addBackendRows(); }
    void displayColumnFallsBackToTextThenPrimaryKey();

    void modifiedColumnsOfDemoTablesAreFound_data() { TestDatabase::addBackendRows(); }
    void modifiedColumnsOfDemoTablesAreFound();
    void modifiedColumnsAcceptUpdatedAndChangedNames_data() { TestDatabase::addBackendRows(); }
    void modifiedColumnsAcceptUpdatedAndChangedNames();

    void allowedValuesComeFromCheckLists_data() { TestDatabase::addBackendRows(); }
    void allowedValuesComeFromCheckLists();
    void otherChecksGiveNoList_data() { TestDatabase::addBackendRows(); }
    void otherChecksGiveNoList();
    void demoOrderStatusIsAList_data() { TestDatabase::addBackendRows(); }
    void demoOrderStatusIsAList();
};

void tst_TableSchema::tablesAreSortedWithoutCatalogTables()
{
    CONCORD_OPEN_TEST_DB(tdb);
    INSTALL_DEMO(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("Archive"), {QStringLiteral("note VARCHAR(20)")}),
             QString());
    if (tdb.isSqlite()) {
        // AUTOINCREMENT made SQLite's own bookkeeping table, which must stay hidden.
        QVERIFY(tdb.db().tables().contains(QStringLiteral("sqlite_sequence")));
    }
    // PostgreSQL folds the unquoted "Archive" to lower case; sorting ignores case either way.
    const QString archive = tdb.isSqlite() ? QStringLiteral("Archive") : QStringLiteral("archive");
    QCOMPARE(TableSchema::tables(tdb.db()),
             QStringList({archive, QStringLiteral("customers"), QStringLiteral("order_lines"),
                          QStringLiteral("orders"), QStringLiteral("products")}));
}

void tst_TableSchema::viewsAreListedApartFromTables()
{
    CONCORD_OPEN_TEST_DB(tdb);
    INSTALL_DEMO(tdb);
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE VIEW paris_customers AS SELECT id, name FROM "
                                         "customers WHERE city = 'Paris'"),
                          QStringLiteral("CREATE VIEW big_orders AS SELECT * FROM orders")}),
             QString());
    QCOMPARE(TableSchema::views(tdb.db()),
             QStringList({QStringLiteral("big_orders"), QStringLiteral("paris_customers")}));
    QVERIFY(!TableSchema::tables(tdb.db()).contains(QStringLiteral("big_orders")));
    QVERIFY(TableSchema::isView(tdb.db(), QStringLiteral("paris_customers")));
    QVERIFY(!TableSchema::isView(tdb.db(), QStringLiteral("customers")));
    QVERIFY(!TableSchema::isView(tdb.db(), QStringLiteral("nothere")));
}

void tst_TableSchema::foreignKeysOfOrdersAndLinesAreFound()
{
    CONCORD_OPEN_TEST_DB(tdb);
    INSTALL_DEMO(tdb);
    QCOMPARE(describe(TableSchema::foreignKeys(tdb.db(), QStringLiteral("orders"))),
             QStringList{QStringLiteral("customer_id->customers.id")});
    QCOMPARE(describe(TableSchema::foreignKeys(tdb.db(), QStringLiteral("order_lines"))),
             QStringList({QStringLiteral("order_id->orders.id"),
                          QStringLiteral("product_id->products.id")}));
}

void tst_TableSchema::tableWithoutForeignKeysHasNone()
{
    CONCORD_OPEN_TEST_DB(tdb);
    INSTALL_DEMO(tdb);
    QVERIFY(TableSchema::foreignKeys(tdb.db(), QStringLiteral("customers")).isEmpty());
    QVERIFY(TableSchema::foreignKeys(tdb.db(), QStringLiteral("no_such_table")).isEmpty());
}

void tst_TableSchema::foreignKeyWithoutColumnPointsAtPrimaryKey()
{
    CONCORD_OPEN_TEST_DB(tdb);
    INSTALL_DEMO(tdb);
    // A name that only works quoted: foreignKeys must quote it, not paste it in.
    const QString table = QStringLiteral("visit notes");
    QCOMPARE(tdb.exec(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, "
                                     "visitor INTEGER REFERENCES customers, "
                                     "item INTEGER REFERENCES products(id))")
                          .arg(quoted(tdb, table))),
             QString());
    // The order differs by backend (declaration vs constraint name) and is not promised.
    QStringList keys = describe(TableSchema::foreignKeys(tdb.db(), table));
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("item->products.id"),
                                QStringLiteral("visitor->customers.id")}));
}

void tst_TableSchema::foreignKeysInAnotherSchemaAreFound_data()
{
    // Schemas are a PostgreSQL feature; QPSQL names such tables "schema.table".
    QTest::addColumn<QString>("backend");
    QTest::newRow("psql") << QStringLiteral("psql");
}

void tst_TableSchema::foreignKeysInAnotherSchemaAreFound()
{
    CONCORD_OPEN_TEST_DB(tdb);
    INSTALL_DEMO(tdb);
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE SCHEMA sales"),
                          QStringLiteral("CREATE TABLE sales.regions (code VARCHAR(8) PRIMARY KEY)"),
                          QStringLiteral("CREATE TABLE sales.invoices (id INTEGER PRIMARY KEY, "
                                         "customer_id INTEGER REFERENCES public.customers(id), "
                                         "region VARCHAR(8) REFERENCES sales.regions(code))")}),
             QString());
    QVERIFY(TableSchema::tables(tdb.db()).contains(QStringLiteral("sales.invoices")));
    QStringList keys = describe(TableSchema::foreignKeys(tdb.db(), QStringLiteral("sales.invoices")));
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("customer_id->customers.id"),
                                QStringLiteral("region->sales.regions.code")}));
    // The bare name means the current schema (public), which has no such table.
    QVERIFY(TableSchema::foreignKeys(tdb.db(), QStringLiteral("invoices")).isEmpty());
}

void tst_TableSchema::displayColumnPrefersNameLikeColumns()
{
    CONCORD_OPEN_TEST_DB(tdb);
    INSTALL_DEMO(tdb);
    QCOMPARE(TableSchema::displayColumn(tdb.db(), QStringLiteral("customers")), QStringLiteral("name"));
    QCOMPARE(TableSchema::displayColumn(tdb.db(), QStringLiteral("products")), QStringLiteral("name"));
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("books"),
                                      {QStringLiteral("isbn VARCHAR(20)"), QStringLiteral("title VARCHAR(80)")}),
             QString());
    QCOMPARE(TableSchema::displayColumn(tdb.db(), QStringLiteral("books")), QStringLiteral("title"));
    // sku ranks before email even when email comes first in the table.
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("stock_items"),
                                      {QStringLiteral("email VARCHAR(80)"), QStringLiteral("sku VARCHAR(20)")}),
             QString());
    QCOMPARE(TableSchema::displayColumn(tdb.db(), QStringLiteral("stock_items")), QStringLiteral("sku"));
}

void tst_TableSchema::displayColumnFallsBackToTextThenPrimaryKey()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("parcels"),
                                      {QStringLiteral("weight INTEGER"), QStringLiteral("code VARCHAR(10)"),
                                       QStringLiteral("remark VARCHAR(40)")}),
             QString());
    QCOMPARE(TableSchema::displayColumn(tdb.db(), QStringLiteral("parcels")), QStringLiteral("code"));
    // The last editor's name is text but does not name the row.
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("counters"),
                                      {QStringLiteral("modified_by VARCHAR(40)"), QStringLiteral("hits INTEGER")}),
             QString());
    QCOMPARE(TableSchema::displayColumn(tdb.db(), QStringLiteral("counters")), QStringLiteral("id"));
}

void tst_TableSchema::modifiedColumnsOfDemoTablesAreFound()
{
    CONCORD_OPEN_TEST_DB(tdb);
    INSTALL_DEMO(tdb);
    for (const QString &table : {QStringLiteral("customers"), QStringLiteral("products"),
                                 QStringLiteral("orders")}) {
        QCOMPARE(TableSchema::modifiedByColumn(tdb.db(), table), QStringLiteral("modified_by"));
        QCOMPARE(TableSchema::modifiedAtColumn(tdb.db(), table), QStringLiteral("modified_at"));
    }
    QCOMPARE(TableSchema::modifiedByColumn(tdb.db(), QStringLiteral("order_lines")), QString());
    QCOMPARE(TableSchema::modifiedAtColumn(tdb.db(), QStringLiteral("order_lines")), QString());
}

void tst_TableSchema::modifiedColumnsAcceptUpdatedAndChangedNames()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("tickets"),
                                      {QStringLiteral("changed_by VARCHAR(40)"),
                                       QStringLiteral("updated_by VARCHAR(40)"),
                                       QStringLiteral("changed_at TIMESTAMP")}),
             QString());
    // updated_by ranks before changed_by whatever the column order.
    QCOMPARE(TableSchema::modifiedByColumn(tdb.db(), QStringLiteral("tickets")), QStringLiteral("updated_by"));
    QCOMPARE(TableSchema::modifiedAtColumn(tdb.db(), QStringLiteral("tickets")), QStringLiteral("changed_at"));
}

namespace {

// Values as text, so an int and a qlonglong of the same number compare equal.
QStringList texts(const QVariantList &values)
{
    QStringList result;
    for (const QVariant &value : values)
        result << value.toString();
    return result;
}

} // namespace

void tst_TableSchema::allowedValuesComeFromCheckLists()
{
    CONCORD_OPEN_TEST_DB(tdb);
    // Column-level and table-level, IN and OR, strings with '' and numbers with a sign, a quoted
    // mixed-case name, and the "OR ... IS NULL" of a nullable column.
    QCOMPARE(tdb.createVersionedTable(
                 QStringLiteral("tickets"),
                 {QStringLiteral("status VARCHAR(20) CHECK (status IN ('open', 'paid', 'it''s'))"),
                  QStringLiteral("prio INTEGER NOT NULL CHECK (prio IN (1, 2, -3))"),
                  QStringLiteral("kind VARCHAR(10) CHECK (kind = 'a' OR kind = 'b')"),
                  QStringLiteral("color TEXT CHECK (color IN ('red', 'blue') OR color IS NULL)"),
                  QStringLiteral("\"Mode\" TEXT CHECK (\"Mode\" IN ('x', 'y'))")}),
             QString());
    const QHash<QString, QVariantList> lists =
        TableSchema::allowedValues(tdb.db(), QStringLiteral("tickets"));
    QCOMPARE(texts(lists.value(QStringLiteral("status"))),
             QStringList({QStringLiteral("open"), QStringLiteral("paid"), QStringLiteral("it's")}));
    QCOMPARE(texts(lists.value(QStringLiteral("prio"))),
             QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("-3")}));
    QCOMPARE(texts(lists.value(QStringLiteral("kind"))),
             QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(texts(lists.value(QStringLiteral("color"))),
             QStringList({QStringLiteral("red"), QStringLiteral("blue")}));
    QCOMPARE(texts(lists.value(QStringLiteral("Mode"))),
             QStringList({QStringLiteral("x"), QStringLiteral("y")}));
    QCOMPARE(lists.size(), 5);
    QCOMPARE(texts(TableSchema::allowedValues(tdb.db(), QStringLiteral("tickets"),
                                              QStringLiteral("kind"))),
             QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(TableSchema::allowedValues(tdb.db(), QStringLiteral("tickets"), QStringLiteral("id"))
                .isEmpty());
}

void tst_TableSchema::otherChecksGiveNoList()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(
                 QStringLiteral("tickets"),
                 {QStringLiteral("qty INTEGER CHECK (qty > 0)"),
                  QStringLiteral("code TEXT CHECK (length(code) IN (2, 3))"),
                  QStringLiteral("size TEXT CHECK (size IN ('s', 'm') AND qty > 1)"),
                  QStringLiteral("shade TEXT CHECK (shade IN ('dark') OR qty IS NULL)")}),
             QString());
    QVERIFY(TableSchema::allowedValues(tdb.db(), QStringLiteral("tickets")).isEmpty());
    QVERIFY(TableSchema::allowedValues(tdb.db(), QStringLiteral("no_such_table")).isEmpty());
}

void tst_TableSchema::demoOrderStatusIsAList()
{
    CONCORD_OPEN_TEST_DB(tdb);
    INSTALL_DEMO(tdb);
    QCOMPARE(texts(TableSchema::allowedValues(tdb.db(), QStringLiteral("orders"),
                                              QStringLiteral("status"))),
             QStringList({QStringLiteral("new"), QStringLiteral("confirmed"),
                          QStringLiteral("shipped"), QStringLiteral("delivered"),
                          QStringLiteral("cancelled")}));
    QVERIFY(TableSchema::allowedValues(tdb.db(), QStringLiteral("customers")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_TableSchema)
#include "tst_tableschema.moc"
