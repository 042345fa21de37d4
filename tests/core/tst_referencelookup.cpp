// Tests for ReferenceLookup on SQLite and PostgreSQL: names by key in batches, bounded searches
// that take % _ ' literally and fold letter case, and equal names told apart by a second column.
#include <concord/referencelookup.h>
#include <concord/tableschema.h>
#include <concord/versionedtablemodel.h>

#include "testdatabase.h"

#include <QDate>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using concord::ForeignKey;
using concord::ReferenceLookup;
using concord::test::TestDatabase;

namespace {

QStringList namesOf(const QList<ReferenceLookup::Entry> &entries)
{
    QStringList names;
    for (const ReferenceLookup::Entry &entry : entries)
        names << entry.name;
    return names;
}

ForeignKey customerKey()
{
    return {QStringLiteral("customer_id"), QStringLiteral("customers"), QStringLiteral("id")};
}

// customers(id, name, city) with the given names, ids from 1, cities "City <id>".
QString createCustomers(TestDatabase &tdb, const QStringList &names)
{
    QString error = tdb.createVersionedTable(
        QStringLiteral("customers"),
        {QStringLiteral("name VARCHAR(100) NOT NULL"), QStringLiteral("city VARCHAR(80)")});
    for (const QString &name : names) {
        if (!error.isEmpty())
            break;
        QSqlQuery query(tdb.db());
        query.prepare(QStringLiteral("INSERT INTO customers (name, city) VALUES (?, ?)"));
        query.addBindValue(name);
        query.addBindValue(QStringLiteral("City %1").arg(names.indexOf(name) + 1));
        if (!query.exec())
            error = query.lastError().text();
    }
    return error;
}

} // namespace

class tst_ReferenceLookup : public QObject
{
    Q_OBJECT

private slots:
    void displayForNamesOnlyTheGivenKeys_data() { TestDatabase::addBackendRows(); }
    void displayForNamesOnlyTheGivenKeys();
    void displayForBatchesManyKeys_data() { TestDatabase::addBackendRows(); }
    void displayForBatchesManyKeys();
    void searchIsBoundedAndFindsRowsDeepInTheTable_data() { TestDatabase::addBackendRows(); }
    void searchIsBoundedAndFindsRowsDeepInTheTable();
    void searchTakesWildcardsAndQuotesLiterally_data() { TestDatabase::addBackendRows(); }
    void searchTakesWildcardsAndQuotesLiterally();
    void searchFoldsCaseAndPutsPrefixesFirst_data() { TestDatabase::addBackendRows(); }
    void searchFoldsCaseAndPutsPrefixesFirst();
    void equalNamesCarryTheSecondColumn_data() { TestDatabase::addBackendRows(); }
    void equalNamesCarryTheSecondColumn();
    void tableWithoutDetailColumnUsesTheKey_data() { TestDatabase::addBackendRows(); }
    void tableWithoutDetailColumnUsesTheKey();
    void recordWithoutNameIsNamedByKindKeyReferencesAndDate_data() { TestDatabase::addBackendRows(); }
    void recordWithoutNameIsNamedByKindKeyReferencesAndDate();
    void missingTableIsInvalid_data() { TestDatabase::addBackendRows(); }
    void missingTableIsInvalid();
    void noSelectIsLeftOpen();
    void textFilterFindsRowsByTheNamesTheyReferTo_data() { TestDatabase::addBackendRows(); }
    void textFilterFindsRowsByTheNamesTheyReferTo();
    void sortByReferencedNames_data() { TestDatabase::addBackendRows(); }
    void sortByReferencedNames();
};

void tst_ReferenceLookup::displayForNamesOnlyTheGivenKeys()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createCustomers(tdb, {QStringLiteral("Anna"), QStringLiteral("Bert"),
                                   QStringLiteral("Carla")}),
             QString());
    const ReferenceLookup lookup(tdb.db(), customerKey());
    QVERIFY(lookup.isValid());
    QCOMPARE(lookup.displayColumn(), QStringLiteral("name"));
    QCOMPARE(lookup.detailColumn(), QStringLiteral("city"));

    // Keys as the grid has them (int), as text, twice, NULL and one that does not exist.
    const QList<ReferenceLookup::Entry> entries =
        lookup.displayFor({1, QStringLiteral("3"), 3, QVariant(), 999});
    QCOMPARE(entries.size(), 2);
    QHash<QString, QString> byKey;
    for (const ReferenceLookup::Entry &entry : entries)
        byKey.insert(entry.key.toString(), entry.name);
    QCOMPARE(byKey.value(QStringLiteral("1")), QStringLiteral("Anna"));
    QCOMPARE(byKey.value(QStringLiteral("3")), QStringLiteral("Carla"));
    QCOMPARE(lookup.entryFor(2).name, QStringLiteral("Bert"));
    QCOMPARE(lookup.entryFor(2).detail, QStringLiteral("City 2"));
    QVERIFY(lookup.entryFor(999).key.isNull());
}

void tst_ReferenceLookup::displayForBatchesManyKeys()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createCustomers(tdb, {}), QString());
    QCOMPARE(tdb.insertSeries(QStringLiteral("customers"), {QStringLiteral("name")},
                              {QStringLiteral("'Customer ' || x")}, 1200),
             QString());
    QVariantList keys;
    for (int id = 1; id <= 1200; ++id)
        keys << id;
    const ReferenceLookup lookup(tdb.db(), customerKey());
    const QList<ReferenceLookup::Entry> entries = lookup.displayFor(keys);
    QVERIFY2(lookup.lastError().text().isEmpty(), qPrintable(lookup.lastError().text()));
    QCOMPARE(entries.size(), 1200);
}

void tst_ReferenceLookup::searchIsBoundedAndFindsRowsDeepInTheTable()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createCustomers(tdb, {}), QString());
    QCOMPARE(tdb.insertSeries(QStringLiteral("customers"), {QStringLiteral("name")},
                              {QStringLiteral("'Customer ' || x")}, 5000),
             QString());
    const ReferenceLookup lookup(tdb.db(), customerKey());
    const QList<ReferenceLookup::Entry> first = lookup.search(QString(), 50);
    QCOMPARE(first.size(), 50);
    QCOMPARE(first.first().name, QStringLiteral("Customer 1")); // by name: 1, 10, 100, 1000...
    const QList<ReferenceLookup::Entry> deep = lookup.search(QStringLiteral("customer 4999"), 10);
    QCOMPARE(namesOf(deep), QStringList{QStringLiteral("Customer 4999")});
    QCOMPARE(deep.first().key.toInt(), 4999);
    QCOMPARE(lookup.search(QStringLiteral("99"), 7).size(), 7);
    QVERIFY(lookup.search(QStringLiteral("nobody"), 10).isEmpty());
    QVERIFY2(lookup.lastError().text().isEmpty(), qPrintable(lookup.lastError().text()));
}

void tst_ReferenceLookup::searchTakesWildcardsAndQuotesLiterally()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createCustomers(tdb, {QStringLiteral("50% off"), QStringLiteral("500 club"),
                                   QStringLiteral("a_b"), QStringLiteral("axb"),
                                   QStringLiteral("O'Brien"), QStringLiteral("back\\slash"),
                                   QStringLiteral("dots.and*stars[1]")}),
             QString());
    const ReferenceLookup lookup(tdb.db(), customerKey());
    QCOMPARE(namesOf(lookup.search(QStringLiteral("50%"), 10)),
             QStringList{QStringLiteral("50% off")});
    QCOMPARE(namesOf(lookup.search(QStringLiteral("a_b"), 10)), QStringList{QStringLiteral("a_b")});
    QCOMPARE(namesOf(lookup.search(QStringLiteral("o'b"), 10)),
             QStringList{QStringLiteral("O'Brien")});
    QCOMPARE(namesOf(lookup.search(QStringLiteral("k\\s"), 10)),
             QStringList{QStringLiteral("back\\slash")});
    QCOMPARE(namesOf(lookup.search(QStringLiteral(".and*stars[1"), 10)),
             QStringList{QStringLiteral("dots.and*stars[1]")});
    QVERIFY(lookup.search(QStringLiteral("%"), 10).size() == 1);
}

void tst_ReferenceLookup::searchFoldsCaseAndPutsPrefixesFirst()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createCustomers(tdb, {QStringLiteral("Joanna"), QStringLiteral("Zanna"),
                                   QStringLiteral("ANNA"), QStringLiteral("Ávila"),
                                   QStringLiteral("Bert")}),
             QString());
    const ReferenceLookup lookup(tdb.db(), customerKey());
    const QStringList found = namesOf(lookup.search(QStringLiteral("anna"), 10));
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.first(), QStringLiteral("ANNA"));
    QCOMPARE(namesOf(lookup.search(QStringLiteral("áv"), 10)), QStringList{QStringLiteral("Ávila")});
}

void tst_ReferenceLookup::equalNamesCarryTheSecondColumn()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createCustomers(tdb, {}), QString());
    QCOMPARE(tdb.execAll({QStringLiteral("INSERT INTO customers (name, city) VALUES ('Anna Weber', 'Lyon')"),
                          QStringLiteral("INSERT INTO customers (name, city) VALUES ('Anna Weber', 'Graz')")}),
             QString());
    const ReferenceLookup lookup(tdb.db(), customerKey());
    const QList<ReferenceLookup::Entry> found = lookup.search(QStringLiteral("weber"), 10);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).name, found.at(1).name);
    QStringList details{found.at(0).detail, found.at(1).detail};
    details.sort();
    QCOMPARE(details, QStringList({QStringLiteral("Graz"), QStringLiteral("Lyon")}));
}

void tst_ReferenceLookup::tableWithoutDetailColumnUsesTheKey()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("categories"),
                                      {QStringLiteral("title VARCHAR(40)")}),
             QString());
    QCOMPARE(tdb.execAll({QStringLiteral("INSERT INTO categories (title) VALUES ('Tools')"),
                          QStringLiteral("INSERT INTO categories (title) VALUES ('Tools')")}),
             QString());
    const ReferenceLookup lookup(
        tdb.db(), {QStringLiteral("category_id"), QStringLiteral("categories"), QStringLiteral("id")});
    QCOMPARE(lookup.displayColumn(), QStringLiteral("title"));
    QCOMPARE(lookup.detailColumn(), QStringLiteral("id"));
    const QList<ReferenceLookup::Entry> found = lookup.search(QStringLiteral("tools"), 10);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).detail, QStringLiteral("#1"));
    QCOMPARE(found.at(1).detail, QStringLiteral("#2"));
}

void tst_ReferenceLookup::recordWithoutNameIsNamedByKindKeyReferencesAndDate()
{
    // An order has no name: "2024-03-30 10:15:00" (its first text column on SQLite) names
    // nothing a person recognises; its kind, key, customer and date do.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createCustomers(tdb, {QStringLiteral("Ana Jesus"), QStringLiteral("Bo Li")}), QString());
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("orders"),
                                      {QStringLiteral("customer_id INTEGER REFERENCES customers(id)"),
                                       QStringLiteral("ordered_at TIMESTAMP"),
                                       QStringLiteral("status VARCHAR(20)"),
                                       QStringLiteral("modified_at TIMESTAMP")}),
             QString());
    QCOMPARE(tdb.execAll({QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, "
                                         "modified_at) VALUES (1, '2024-03-30 10:15:00', 'new', "
                                         "'2025-01-01 00:00:00')"),
                          QStringLiteral("INSERT INTO orders (customer_id, status) VALUES (2, 'new')")}),
             QString());
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    const QString date = QLocale().toString(QDate(2024, 3, 30), QLocale::ShortFormat);

    const ReferenceLookup lookup(
        tdb.db(), {QStringLiteral("order_id"), QStringLiteral("orders"), QStringLiteral("id")});
    QVERIFY(lookup.isValid());
    QVERIFY(lookup.composesNames());
    const QString first = QStringLiteral("Order #1 \u00b7 Ana Jesus \u00b7 ") + date;
    QCOMPARE(lookup.entryFor(1).name, first);
    // No date: the rest still names it.
    QCOMPARE(lookup.entryFor(2).name, QStringLiteral("Order #2 \u00b7 Bo Li"));
    // Found by the customer's name, in any case, and by the key.
    QCOMPARE(namesOf(lookup.search(QStringLiteral("ana"), 10)), QStringList{first});
    QCOMPARE(namesOf(lookup.search(QStringLiteral("2"), 10)),
             QStringList{QStringLiteral("Order #2 \u00b7 Bo Li")});
    QCOMPARE(lookup.search(QString(), 10).size(), 2);

    // A table with a name column keeps it.
    const ReferenceLookup customers(tdb.db(), customerKey());
    QVERIFY(!customers.composesNames());
    QCOMPARE(customers.entryFor(1).name, QStringLiteral("Ana Jesus"));
}

void tst_ReferenceLookup::missingTableIsInvalid()
{
    CONCORD_OPEN_TEST_DB(tdb);
    const ReferenceLookup lookup(
        tdb.db(), {QStringLiteral("x_id"), QStringLiteral("no_such_table"), QStringLiteral("id")});
    QVERIFY(!lookup.isValid());
    QVERIFY(lookup.search(QString(), 10).isEmpty());
    QVERIFY(lookup.displayFor({1}).isEmpty());
}

void tst_ReferenceLookup::noSelectIsLeftOpen()
{
    // SQLite: an unfinished SELECT keeps a read lock, and another connection's write would wait
    // out the busy timeout and fail.
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(createCustomers(tdb, {}), QString());
    QCOMPARE(tdb.insertSeries(QStringLiteral("customers"), {QStringLiteral("name")},
                              {QStringLiteral("'Customer ' || x")}, 2000),
             QString());
    const ReferenceLookup lookup(tdb.db(), customerKey());
    QCOMPARE(lookup.search(QString(), 50).size(), 50);
    QCOMPARE(lookup.search(QStringLiteral("1"), 50).size(), 50);
    QCOMPARE(lookup.displayFor({1, 2, 3}).size(), 3);
    QSqlDatabase other = tdb.open();
    QSqlQuery query(other);
    query.exec(QStringLiteral("PRAGMA busy_timeout = 100"));
    QVERIFY2(query.exec(QStringLiteral("UPDATE customers SET city = 'Graz' WHERE id = 1")),
             qPrintable(query.lastError().text()));
}

void tst_ReferenceLookup::textFilterFindsRowsByTheNamesTheyReferTo()
{
    // The editor shows orders.customer_id as the customer's name: filtering orders by a part of
    // that name finds them, counted by the model before any page is read; the orders' own
    // columns still match as before, and a name nobody has finds nothing.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createCustomers(tdb, {QStringLiteral("Ana Jesus"), QStringLiteral("Bert Brown"),
                                   QStringLiteral("Ánaïs Roy")}),
             QString());
    QCOMPARE(tdb.createVersionedTable(
                 QStringLiteral("orders"),
                 {QStringLiteral("customer_id INTEGER REFERENCES customers(id)"),
                  QStringLiteral("note VARCHAR(40)")}),
             QString());
    QCOMPARE(tdb.execAll({
                 QStringLiteral("INSERT INTO orders (customer_id, note) VALUES (1, 'first')"),
                 QStringLiteral("INSERT INTO orders (customer_id, note) VALUES (2, 'for ana')"),
                 QStringLiteral("INSERT INTO orders (customer_id, note) VALUES (1, NULL)"),
                 QStringLiteral("INSERT INTO orders (customer_id, note) VALUES (NULL, 'none')"),
                 QStringLiteral("INSERT INTO orders (customer_id, note) VALUES (3, NULL)"),
             }),
             QString());
    concord::VersionedTableModel model(nullptr, tdb.db());
    model.setLiveUpdates(false);
    model.setTable(QStringLiteral("orders"));
    model.setSort(0, Qt::AscendingOrder);
    const auto ids = [&](const QString &text) {
        model.setTextFilter(text);
        if (!model.select())
            return QStringList{model.lastError().text()};
        QStringList found{QString::number(model.recordCount())};
        while (model.canFetchMore())
            model.fetchMore();
        for (int row = 0; row < model.rowCount(); ++row)
            found << model.index(row, 0).data().toString();
        return found;
    };
    // Orders 1 and 3 by their customer's name, order 2 by its own note ("for ana").
    QCOMPARE(ids(QStringLiteral("ana")), QStringList({"3", "1", "2", "3"}));
    QCOMPARE(ids(QStringLiteral("BROWN")), QStringList({"1", "2"}));
    QCOMPARE(ids(QStringLiteral("Jesus")), QStringList({"2", "1", "3"}));
    QCOMPARE(ids(QStringLiteral("nobody")), QStringList({"0"}));
    // Quotes and wildcards stay literal inside the subquery too.
    QCOMPARE(ids(QStringLiteral("%' OR 1=1 --")), QStringList({"0"}));
    QCOMPARE(ids(QString()).size(), 6);
}

void tst_ReferenceLookup::sortByReferencedNames()
{
    // A grid showing orders.customer_id as names sorts that column by the names, in the user's
    // language on SQLite too (Ánaïs with A); NULL first ascending; the key breaks ties. Off, the
    // key orders, as in QSqlTableModel. A table that refers to itself sorts by its own names.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createCustomers(tdb, {QStringLiteral("Zoe Abel"), QStringLiteral("Bert Brown"),
                                   QStringLiteral("Ánaïs Roy")}),
             QString());
    QCOMPARE(tdb.createVersionedTable(
                 QStringLiteral("orders"),
                 {QStringLiteral("customer_id INTEGER REFERENCES customers(id)")}),
             QString());
    QCOMPARE(tdb.execAll({
                 QStringLiteral("INSERT INTO orders (customer_id) VALUES (1)"),
                 QStringLiteral("INSERT INTO orders (customer_id) VALUES (2)"),
                 QStringLiteral("INSERT INTO orders (customer_id) VALUES (3)"),
                 QStringLiteral("INSERT INTO orders (customer_id) VALUES (NULL)"),
                 QStringLiteral("INSERT INTO orders (customer_id) VALUES (1)"),
             }),
             QString());
    if (!tdb.isSqlite()) {
        // pg_virtualenv's database sorts by bytes (C.UTF-8): ICU's root collation sorts as a
        // person does, as an operator's server would be set up to.
        QCOMPARE(tdb.exec(QStringLiteral(
                     "ALTER TABLE customers ALTER COLUMN name TYPE VARCHAR(100) COLLATE \"und-x-icu\"")),
                 QString());
    }
    // The operator's language (the test runs under the C locale, which sorts by code point).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    const auto idsSortedBy = [&](const QString &table, const QString &column, Qt::SortOrder order,
                                 bool byName) {
        concord::VersionedTableModel model(nullptr, tdb.db());
        model.setLiveUpdates(false);
        model.setTable(table);
        model.setSortReferencesByName(byName);
        model.setSort(model.fieldIndex(column), order);
        if (!model.select())
            return QStringList{model.lastError().text()};
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data().toString();
        return ids;
    };
    const QString orders = QStringLiteral("orders");
    const QString customer = QStringLiteral("customer_id");
    QCOMPARE(idsSortedBy(orders, customer, Qt::AscendingOrder, true),
             QStringList({"4", "3", "2", "1", "5"}));
    // Equal names keep the key's ascending order.
    QCOMPARE(idsSortedBy(orders, customer, Qt::DescendingOrder, true),
             QStringList({"1", "5", "2", "3", "4"}));
    QCOMPARE(idsSortedBy(orders, customer, Qt::AscendingOrder, false),
             QStringList({"4", "1", "5", "2", "3"}));

    QCOMPARE(tdb.createVersionedTable(
                 QStringLiteral("staff"),
                 {QStringLiteral("name VARCHAR(40)"),
                  QStringLiteral("manager_id INTEGER REFERENCES staff(id)")}),
             QString());
    QCOMPARE(tdb.execAll({
                 QStringLiteral("INSERT INTO staff (name, manager_id) VALUES ('Carla', NULL)"),
                 QStringLiteral("INSERT INTO staff (name, manager_id) VALUES ('Bea', 1)"),
                 QStringLiteral("INSERT INTO staff (name, manager_id) VALUES ('Al', 2)"),
             }),
             QString());
    // Managers: none, Carla, Bea.
    QCOMPARE(idsSortedBy(QStringLiteral("staff"), QStringLiteral("manager_id"),
                         Qt::AscendingOrder, true),
             QStringList({"1", "3", "2"}));
}

QTEST_GUILESS_MAIN(tst_ReferenceLookup)
#include "tst_referencelookup.moc"
