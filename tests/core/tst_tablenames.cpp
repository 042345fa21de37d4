// Table and column names as the catalog spells them, whatever they hold: a column named with
// double quotes, with a dot or with brackets is read and written as itself, a SQLite table with a
// dot in its name opens, and two tables of one name in two schemas (PostgreSQL) or in an
// attached database (SQLite) never hear each other's changes.
#include "itemsfixture.h"

#include <concord/changefeed.h>
#include <concord/columnbounds.h>
#include <concord/tablepreparer.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using concord::RecordChange;
using concord::test::TestDatabase;
using concord::test::setField;

namespace {

// A row of `table`, read with `column` already quoted.
QVariant cell(TestDatabase &tdb, const QString &table, const QString &quotedColumn, int id)
{
    return tdb.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = %3").arg(quotedColumn, table).arg(id));
}

// "other": another schema (PostgreSQL) or an attached database (SQLite) on tdb.db(), holding
// an items table of its own.
QString makeOtherSchema(TestDatabase &tdb)
{
    const QString create = tdb.isSqlite()
        ? QStringLiteral("ATTACH DATABASE '%1' AS other")
              .arg(QFileInfo(tdb.spec().path()).absolutePath() + QStringLiteral("/other.db"))
        : QStringLiteral("CREATE SCHEMA other");
    if (const QString e = tdb.exec(create); !e.isEmpty())
        return e;
    return concord::test::makeItemsTable(tdb, QStringLiteral("other.items"));
}

std::unique_ptr<VersionedTableModel> liveModelOn(const QSqlDatabase &db, const QString &table)
{
    auto model = std::make_unique<VersionedTableModel>(nullptr, db);
    model->setEditStrategy(QSqlTableModel::OnManualSubmit);
    model->setLiveUpdates(true);
    model->setTable(table);
    model->setSort(0, Qt::AscendingOrder);
    if (!model->select())
        qWarning() << "select of" << table << "failed:" << model->lastError().text();
    return model;
}

} // namespace

class tst_TableNames : public QObject
{
    Q_OBJECT
private slots:
    void columnNamedWithQuotesIsWrittenToItself_data() { TestDatabase::addBackendRows(); }
    void columnNamedWithQuotesIsWrittenToItself();
    void columnWithPunctuationIsReadAndSaved_data();
    void columnWithPunctuationIsReadAndSaved();
    void sqliteTableWithDotInItsName();
    void catalogIsReadInTheTablesOwnSchema_data() { TestDatabase::addBackendRows(); }
    void catalogIsReadInTheTablesOwnSchema();
    void sameNameInAnotherSchemaNeverCrosses_data() { TestDatabase::addBackendRows(); }
    void sameNameInAnotherSchemaNeverCrosses();
    void psqlNotificationNamesItsSchema();
    void psqlOwnSaveHidesOnlyItsOwnSchemasNotification();
};

void tst_TableNames::columnNamedWithQuotesIsWrittenToItself()
{
    // A column literally named "name" (quotes included) beside a column named name: an edit of
    // the first must land in the first.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("people"),
                                      {QStringLiteral("name VARCHAR(40)"),
                                       QStringLiteral("\"\"\"name\"\"\" VARCHAR(40)")}),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO people (name, \"\"\"name\"\"\") VALUES ('plain', 'quoted')")),
             QString());
    VersionedTableModel model(nullptr, tdb.db());
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setTable(QStringLiteral("people"));
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 1);
    const int quoted = model.fieldIndex(QStringLiteral("\"name\""));
    QVERIFY(quoted >= 0);
    QCOMPARE(model.data(model.index(0, quoted)).toString(), QStringLiteral("quoted"));
    QCOMPARE(model.data(model.index(0, model.fieldIndex(QStringLiteral("name")))).toString(),
             QStringLiteral("plain"));

    QVERIFY(model.setData(model.index(0, quoted), QStringLiteral("edited")));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QCOMPARE(cell(tdb, QStringLiteral("people"), QStringLiteral("\"\"\"name\"\"\""), 1).toString(),
             QStringLiteral("edited"));
    QCOMPARE(cell(tdb, QStringLiteral("people"), QStringLiteral("name"), 1).toString(),
             QStringLiteral("plain"));
    QCOMPARE(cell(tdb, QStringLiteral("people"), QStringLiteral("version"), 1).toInt(), 2);
}

void tst_TableNames::columnWithPunctuationIsReadAndSaved_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("column");
    // "Nr." is split at its dot by QPSQL's escapeIdentifier; "[x]" is taken for quoted already by
    // QSQLITE's (and then names the column x).
    for (const QString &backend : TestDatabase::backends()) {
        QTest::addRow("%s Nr.", qPrintable(backend)) << backend << QStringLiteral("Nr.");
        QTest::addRow("%s [x]", qPrintable(backend)) << backend << QStringLiteral("[x]");
    }
}

void tst_TableNames::columnWithPunctuationIsReadAndSaved()
{
    QFETCH(QString, column);
    CONCORD_OPEN_TEST_DB(tdb);
    const QString quoted = QLatin1Char('"') + column + QLatin1Char('"');
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("parts"), {quoted + QStringLiteral(" VARCHAR(20)")}),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO parts (%1) VALUES ('A-1'), ('B-2')").arg(quoted)), QString());
    VersionedTableModel model(nullptr, tdb.db());
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setTable(QStringLiteral("parts"));
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 2);
    const int c = model.fieldIndex(column);
    QVERIFY(c >= 0);
    QCOMPARE(model.data(model.index(1, c)).toString(), QStringLiteral("B-2"));

    // Sorted by that column, and filtered by text: both put its name into SQL too.
    model.setSort(c, Qt::DescendingOrder);
    model.setTextFilter(QStringLiteral("A-"));
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 1);
    model.setTextFilter(QString());
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.data(model.index(0, c)).toString(), QStringLiteral("B-2"));

    QVERIFY(model.setData(model.index(0, c), QStringLiteral("B-3")));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QCOMPARE(cell(tdb, QStringLiteral("parts"), quoted, 2).toString(), QStringLiteral("B-3"));
    // Re-read by key (the conflict path reads the row as it is now).
    QVERIFY(model.selectRow(0));
    QCOMPARE(model.data(model.index(0, c)).toString(), QStringLiteral("B-3"));
}

void tst_TableNames::sqliteTableWithDotInItsName()
{
    // As QSqlDatabase::tables() lists it: table.dot, a table of main, not table "dot" of a
    // database "table" (Qt's own tst_QSqlQuery::sqlite_selectFromIdentifierWithDot).
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("\"table.dot\""), {QStringLiteral("name TEXT")}),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO \"table.dot\" (name) VALUES ('one'), ('two')")), QString());
    QVERIFY(tdb.db().tables().contains(QStringLiteral("table.dot")));

    VersionedTableModel model(nullptr, tdb.db());
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setTable(QStringLiteral("table.dot"));
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.tableName(), QStringLiteral("table.dot"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1, model.fieldIndex(QStringLiteral("name")))).toString(),
             QStringLiteral("two"));
    QVERIFY(model.setData(model.index(1, model.fieldIndex(QStringLiteral("name"))), QStringLiteral("zwei")));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QCOMPARE(cell(tdb, QStringLiteral("\"table.dot\""), QStringLiteral("name"), 2).toString(),
             QStringLiteral("zwei"));
    QCOMPARE(cell(tdb, QStringLiteral("\"table.dot\""), QStringLiteral("version"), 2).toInt(), 2);
}

void tst_TableNames::catalogIsReadInTheTablesOwnSchema()
{
    // labels and other.labels differ in their code column's length: each table's bounds (which
    // the model checks edits against) are its own.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeOtherSchema(tdb), QString());
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("labels"), {QStringLiteral("code VARCHAR(5)")}), QString());
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("other.labels"), {QStringLiteral("code VARCHAR(9)")}),
             QString());
    QCOMPARE(concord::ColumnBounds::ofTable(tdb.db(), QStringLiteral("labels")).value(QStringLiteral("code")).maxLength, 5);
    QCOMPARE(concord::ColumnBounds::ofTable(tdb.db(), QStringLiteral("other.labels")).value(QStringLiteral("code")).maxLength,
             9);
    if (tdb.isSqlite()) {
        QCOMPARE(tdb.createVersionedTable(QStringLiteral("\"table.dot\""), {QStringLiteral("code VARCHAR(7)")}),
                 QString());
        QCOMPARE(concord::ColumnBounds::ofTable(tdb.db(), QStringLiteral("table.dot")).value(QStringLiteral("code")).maxLength,
                 7);
    }

    // A model of other.labels takes what fits its own column, though labels' would refuse it.
    VersionedTableModel model(nullptr, tdb.db());
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setTable(QStringLiteral("other.labels"));
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QVERIFY(model.insertRow(0));
    QVERIFY(model.setData(model.index(0, model.fieldIndex(QStringLiteral("code"))), QStringLiteral("ninechars")));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT code FROM other.labels")).toString(), QStringLiteral("ninechars"));
}

void tst_TableNames::sameNameInAnotherSchemaNeverCrosses()
{
    // items (the search path's / main's) and other.items: two tables, one name. What happens to
    // a record of one is never news to a model of the other, whatever the key.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(concord::test::makeItems(tdb), QString());
    QCOMPARE(makeOtherSchema(tdb), QString());
    auto mine = liveModelOn(tdb.db(), QStringLiteral("items"));
    auto other = liveModelOn(tdb.db(), QStringLiteral("other.items"));
    QCOMPARE(mine->rowCount(), 3);
    QCOMPARE(other->rowCount(), 3);
    QSignalSpy mineHeard(mine.get(), &VersionedTableModel::recordChangedElsewhere);
    QSignalSpy otherHeard(other.get(), &VersionedTableModel::recordChangedElsewhere);

    // other.items' row 1 has edits; items' record 1 is saved, and items' record 2 deleted.
    QVERIFY(setField(*other, 0, "name", QStringLiteral("other's edit")));
    QVERIFY(setField(*mine, 0, "name", QStringLiteral("mine saved")));
    QVERIFY(mine->removeRow(1));
    QVERIFY2(mine->submitAll(), qPrintable(mine->lastError().text()));
    QCOMPARE(otherHeard.count(), 0);
    QVERIFY(!other->isChangedElsewhere(0));
    QVERIFY(!other->isDeletedElsewhere(1));
    QCOMPARE(other->rowState(0), VersionedTableModel::RowState::Edited);
    QVERIFY(other->conflicts().isEmpty());

    // And the other way round: other.items' save is not news to items.
    QVERIFY2(other->submitAll(), qPrintable(other->lastError().text()));
    QVERIFY(other->conflicts().isEmpty());
    QCOMPARE(mineHeard.count(), 0);
    QCOMPARE(mine->rowState(0), VersionedTableModel::RowState::Clean);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT name FROM other.items WHERE id = 1")).toString(),
             QStringLiteral("other's edit"));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT name FROM items WHERE id = 1")).toString(),
             QStringLiteral("mine saved"));

    // Same name, same schema: still heard (a second window on other.items).
    auto again = liveModelOn(tdb.db(), QStringLiteral("other.items"));
    QSignalSpy againHeard(again.get(), &VersionedTableModel::recordChangedElsewhere);
    QVERIFY(setField(*other, 1, "qty", 77));
    QVERIFY2(other->submitAll(), qPrintable(other->lastError().text()));
    QTRY_COMPARE(againHeard.count(), 1);
    QCOMPARE(mineHeard.count(), 0);
}

void tst_TableNames::psqlNotificationNamesItsSchema()
{
    // Another program writes through the notify trigger --prepare installs: its payload names
    // the schema, and only the model of that schema's table hears it.
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(concord::test::makeItems(tdb), QString());
    QCOMPARE(makeOtherSchema(tdb), QString());
    for (const QString &table : {QStringLiteral("items"), QStringLiteral("other.items")}) {
        const concord::TablePreparer::Report report = concord::TablePreparer::prepare(tdb.db(), table);
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    auto mine = liveModelOn(tdb.db(), QStringLiteral("items"));
    auto other = liveModelOn(tdb.db(), QStringLiteral("other.items"));
    QSignalSpy mineHeard(mine.get(), &VersionedTableModel::recordChangedElsewhere);
    QSignalSpy otherHeard(other.get(), &VersionedTableModel::recordChangedElsewhere);

    // The program's own connection: not the feed's, so its notifications come as another's.
    QSqlDatabase program = tdb.open();
    QSqlQuery write(program);
    // A deletion names no values to compare: only the name tells whose record it was.
    QVERIFY(write.exec(QStringLiteral("DELETE FROM other.items WHERE id = 2")));
    QVERIFY(write.exec(QStringLiteral("UPDATE items SET qty = 99, version = version + 1 WHERE id = 3")));
    // Notifications arrive in commit order: once items' is here, other.items' was delivered.
    QTRY_COMPARE(mineHeard.count(), 1);
    QCOMPARE(mineHeard.at(0).at(0).toInt(), 2);
    QTRY_COMPARE(otherHeard.count(), 1);
    QCOMPARE(otherHeard.at(0).at(0).toInt(), 1);
    QVERIFY(other->isDeletedElsewhere(1));
    QVERIFY(!mine->isDeletedElsewhere(1));
    const RecordChange heard = otherHeard.at(0).at(1).value<RecordChange>();
    QCOMPARE(heard.table(), QStringLiteral("items"));
    QVERIFY(heard.isDeleted());
    QCOMPARE(heard.schema(), QStringLiteral("other"));
}

void tst_TableNames::psqlOwnSaveHidesOnlyItsOwnSchemasNotification()
{
    // A save this process published is not delivered again when its notification arrives
    // through another connection of the process; a notification of the same key and version of
    // the same-named table in another schema is someone else's change, and is delivered.
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    concord::ChangeFeed *feed = concord::ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    const QSqlDatabase second = tdb.open();
    QCOMPARE(concord::ChangeFeed::forDatabase(second), feed);
    QSignalSpy spy(feed, &concord::ChangeFeed::recordChanged);

    RecordChange saved(QStringLiteral("items"), {5});
    saved.setSchema(QStringLiteral("other"));
    saved.setVersion(3);
    feed->publish(saved);
    QCOMPARE(spy.count(), 1);
    QSqlQuery notify(second);
    const QString sql = QStringLiteral("SELECT pg_notify('concord_changes', '%1')");
    QVERIFY(notify.exec(sql.arg(R"({"t": "items", "s": "public", "k": [5], "v": 3, "d": false})")));
    QVERIFY(notify.exec(sql.arg(R"({"t": "items", "s": "other", "k": [5], "v": 3, "d": false})")));
    QVERIFY(notify.exec(sql.arg(R"({"t": "marker", "s": "public", "k": [1], "v": 1, "d": false})")));
    QTRY_COMPARE(spy.count(), 3);
    const RecordChange theirs = spy.at(1).at(0).value<RecordChange>();
    QCOMPARE(theirs.schema(), QStringLiteral("public"));
    QCOMPARE(theirs.table(), QStringLiteral("items"));
    QCOMPARE(spy.at(2).at(0).value<RecordChange>().table(), QStringLiteral("marker"));
}

QTEST_MAIN(tst_TableNames)
#include "tst_tablenames.moc"
