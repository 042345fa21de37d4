// The version strategies (client, trigger, xmin, versionless), how a table's is detected, and
// what each catches: writers that know nothing of Concord, ABA writes, edits of different fields.
#include "itemsfixture.h"

#include <concord/tablepreparer.h>

#include <QSignalSpy>
#include <QTest>

using concord::VersionStrategy;
using concord::test::TestDatabase;
using namespace concord::test;
using Failure = VersionedTableModel::FailureKind;

namespace {

// A table of the items' shape with no version column: what "any table" looks like.
QString makePlain(TestDatabase &tdb)
{
    return tdb.execAll({QStringLiteral("CREATE TABLE plain (id INTEGER PRIMARY KEY, name VARCHAR(40), "
                                       "qty INTEGER, price REAL, note TEXT)"),
                        QStringLiteral("INSERT INTO plain VALUES (1, 'alpha', 10, 0.1, NULL)"),
                        QStringLiteral("INSERT INTO plain VALUES (2, 'beta', 20, 2.5, 'b')")});
}

std::unique_ptr<VersionedTableModel> openTable(const QSqlDatabase &db, const QString &table,
                                               VersionStrategy strategy = VersionStrategy::Automatic)
{
    auto model = std::make_unique<VersionedTableModel>(nullptr, db);
    model->setEditStrategy(QSqlTableModel::OnManualSubmit);
    model->setVersionStrategy(strategy);
    model->setTable(table);
    model->setSort(0, Qt::AscendingOrder);
    if (!model->select())
        qWarning() << "select failed:" << model->lastError().text();
    return model;
}

bool set(VersionedTableModel &m, int row, const char *name, const QVariant &v)
{
    return m.setData(m.index(row, m.fieldIndex(QLatin1String(name))), v);
}

QVariant get(VersionedTableModel &m, int row, const char *name)
{
    return m.data(m.index(row, m.fieldIndex(QLatin1String(name))));
}

} // namespace

class tst_VersionStrategies : public QObject
{
    Q_OBJECT

private slots:
    void detectsStrategy_data() { TestDatabase::addBackendRows(); }
    void detectsStrategy();
    void tableWithoutKeyOpensReadOnly_data() { TestDatabase::addBackendRows(); }
    void tableWithoutKeyOpensReadOnly();
    void clientMissesPlainWriters_data() { TestDatabase::addBackendRows(); }
    void clientMissesPlainWriters();
    void versionlessMergesDifferentFields_data() { TestDatabase::addBackendRows(); }
    void versionlessMergesDifferentFields();
    void versionlessCatchesSameField_data() { TestDatabase::addBackendRows(); }
    void versionlessCatchesSameField();
    void versionlessComparesNullAndFloats_data() { TestDatabase::addBackendRows(); }
    void versionlessComparesNullAndFloats();
    void versionlessDeleteIsConditional_data() { TestDatabase::addBackendRows(); }
    void versionlessDeleteIsConditional();
    void xminCatchesPlainAndAbaWriters();
    void xminSavesAgainAndInserts();
    void triggerCatchesPlainAndAbaWriters_data() { TestDatabase::addBackendRows(); }
    void triggerCatchesPlainAndAbaWriters();
    void explicitStrategyTheTableCannotServeIsRefused_data() { TestDatabase::addBackendRows(); }
    void explicitStrategyTheTableCannotServeIsRefused();
    void replacedRecordIsNeverSavedOver_data();
    void replacedRecordIsNeverSavedOver();
    void triggerInsertHoldsTheNewVersion_data() { TestDatabase::addBackendRows(); }
    void triggerInsertHoldsTheNewVersion();
    void emptyOperatorNameIsNeverLeftBlank_data() { TestDatabase::addBackendRows(); }
    void emptyOperatorNameIsNeverLeftBlank();
};

void tst_VersionStrategies::detectsStrategy()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    QCOMPARE(makePlain(tdb), QString());
    auto items = openTable(tdb.db(), QStringLiteral("items"));
    QCOMPARE(items->versionStrategy(), VersionStrategy::Client);
    QVERIFY(!items->isReadOnly());
    auto plain = openTable(tdb.db(), QStringLiteral("plain"));
    QCOMPARE(plain->lastFailure(), Failure::None);
    QCOMPARE(plain->versionStrategy(), tdb.isSqlite() ? VersionStrategy::Versionless : VersionStrategy::Xmin);
    QCOMPARE(plain->rowCount(), 2);
    QCOMPARE(plain->columnCount(), 5); // xmin, when used, is hidden like a version column
    QVERIFY(!plain->isReadOnly());
}

void tst_VersionStrategies::tableWithoutKeyOpensReadOnly()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE loose (name VARCHAR(20), qty INTEGER)"),
                          QStringLiteral("INSERT INTO loose VALUES ('a', 1)"),
                          QStringLiteral("INSERT INTO loose VALUES ('a', 1)")}),
             QString());
    auto m = openTable(tdb.db(), QStringLiteral("loose"));
    QCOMPARE(m->lastFailure(), Failure::None);
    QVERIFY(m->isReadOnly());
    QVERIFY2(m->readOnlyReason().contains(QLatin1String("primary key")), qPrintable(m->readOnlyReason()));
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(get(*m, 0, "name").toString(), QStringLiteral("a"));
    QVERIFY(!(m->flags(m->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!set(*m, 0, "qty", 5));
    QVERIFY(!m->insertRow(0));
    QVERIFY(!m->removeRow(0));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM loose WHERE qty = 1")).toInt(), 2);
    // The text filter still narrows what is shown.
    m->setTextFilter(QStringLiteral("zzz"));
    QVERIFY2(m->select(), qPrintable(m->lastError().text()));
    QCOMPARE(m->rowCount(), 0);
}

void tst_VersionStrategies::clientMissesPlainWriters()
{
    // The documented gap of the client strategy: a writer that does not count the version up
    // is invisible to it, and its change is overwritten. The trigger strategy closes it.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openModel(tdb.db());
    QCOMPARE(ann->versionStrategy(), VersionStrategy::Client);
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET qty = 99 WHERE id = 1")), QString());
    QVERIFY(setField(*ann, 0, "qty", 11));
    QVERIFY(ann->submitAll());
    QCOMPARE(value(tdb, "qty", 1).toInt(), 11); // 99 is lost: the gap
}

void tst_VersionStrategies::versionlessMergesDifferentFields()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makePlain(tdb), QString());
    auto ann = openTable(tdb.db(), QStringLiteral("plain"), VersionStrategy::Versionless);
    auto bob = openTable(tdb.open(), QStringLiteral("plain"), VersionStrategy::Versionless);
    QCOMPARE(ann->versionStrategy(), VersionStrategy::Versionless);
    QVERIFY(set(*ann, 0, "name", QStringLiteral("ann's")));
    QVERIFY(set(*bob, 0, "qty", 12));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT name FROM plain WHERE id = 1")).toString(), QStringLiteral("ann's"));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT qty FROM plain WHERE id = 1")).toInt(), 12);
    // And again on the values each now holds: a save leaves the model's base right.
    QVERIFY(set(*ann, 0, "note", QStringLiteral("n")));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
}

void tst_VersionStrategies::versionlessCatchesSameField()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makePlain(tdb), QString());
    auto ann = openTable(tdb.db(), QStringLiteral("plain"), VersionStrategy::Versionless);
    // A writer with plain SQL and no version at all.
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE plain SET qty = 99 WHERE id = 1")), QString());
    QVERIFY(set(*ann, 0, "qty", 11));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::ChangedByOthers);
    QVERIFY(ann->hasConflict(0));
    QCOMPARE(ann->conflict(0).theirs().value(QStringLiteral("qty")).toInt(), 99);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT qty FROM plain WHERE id = 1")).toInt(), 99);
    QCOMPARE(get(*ann, 0, "qty").toInt(), 11); // my edit is kept
    // Overwriting knowingly compares against their value now, and succeeds.
    QVERIFY2(ann->overwriteRow(0), qPrintable(ann->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT qty FROM plain WHERE id = 1")).toInt(), 11);
}

void tst_VersionStrategies::versionlessComparesNullAndFloats()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makePlain(tdb), QString());
    auto ann = openTable(tdb.db(), QStringLiteral("plain"), VersionStrategy::Versionless);
    // A REAL read and compared again is not a false conflict, nor is a NULL still NULL.
    QVERIFY(set(*ann, 0, "price", 0.2));
    QVERIFY(set(*ann, 0, "note", QStringLiteral("first")));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT note FROM plain WHERE id = 1")).toString(), QStringLiteral("first"));
    // NULL against a value: their value where I had read NULL conflicts...
    QVERIFY2(ann->select(), qPrintable(ann->lastError().text()));
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE plain SET note = NULL WHERE id = 2")), QString());
    QVERIFY(set(*ann, 1, "note", QStringLiteral("mine")));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::ChangedByOthers);
    QVERIFY(ann->reloadRow(1));
    QVERIFY(get(*ann, 1, "note").isNull());
    // ... and so does their NULL where I had read a value.
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE plain SET note = 'theirs' WHERE id = 2")), QString());
    QVERIFY(set(*ann, 1, "note", QStringLiteral("mine again")));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT note FROM plain WHERE id = 2")).toString(), QStringLiteral("theirs"));
}

void tst_VersionStrategies::versionlessDeleteIsConditional()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makePlain(tdb), QString());
    auto ann = openTable(tdb.db(), QStringLiteral("plain"), VersionStrategy::Versionless);
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE plain SET note = 'changed' WHERE id = 1")), QString());
    QVERIFY(ann->removeRow(0));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM plain")).toInt(), 2);
    QVERIFY(ann->removeRow(1)); // unchanged since read: deleted
    QVERIFY(ann->reloadRow(0));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM plain")).toInt(), 1);
}

void tst_VersionStrategies::xminCatchesPlainAndAbaWriters()
{
    TestDatabase tdb(QStringLiteral("psql"));
    if (!tdb.isValid())
        QSKIP(qPrintable(tdb.error()));
    QCOMPARE(makePlain(tdb), QString());
    auto ann = openTable(tdb.db(), QStringLiteral("plain"));
    QCOMPARE(ann->versionStrategy(), VersionStrategy::Xmin);
    QVERIFY(ann->rowVersion(0).toLongLong() > 0);
    // A plain writer, no version column anywhere.
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE plain SET qty = 99 WHERE id = 1")), QString());
    QVERIFY(set(*ann, 0, "name", QStringLiteral("ann's")));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::ChangedByOthers);
    QVERIFY(ann->reloadRow(0));
    // ABA: the value goes away and comes back; xmin still moved.
    QCOMPARE(tdb.execAll({QStringLiteral("UPDATE plain SET qty = 1 WHERE id = 1"),
                          QStringLiteral("UPDATE plain SET qty = 99 WHERE id = 1")}),
             QString());
    QVERIFY(set(*ann, 0, "name", QStringLiteral("ann's")));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT name FROM plain WHERE id = 1")).toString(), QStringLiteral("alpha"));
}

void tst_VersionStrategies::xminSavesAgainAndInserts()
{
    TestDatabase tdb(QStringLiteral("psql"));
    if (!tdb.isValid())
        QSKIP(qPrintable(tdb.error()));
    QCOMPARE(makePlain(tdb), QString());
    auto ann = openTable(tdb.db(), QStringLiteral("plain"));
    const qlonglong before = ann->rowVersion(0).toLongLong();
    QVERIFY(set(*ann, 0, "qty", 11));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    const qlonglong after = ann->rowVersion(0).toLongLong();
    QVERIFY(after != before);
    QCOMPARE(QVariant(after), tdb.scalar(QStringLiteral("SELECT CAST(CAST(xmin AS text) AS bigint) FROM plain WHERE id = 1")));
    // The next save is conditional on the xmin the last one read back: no self-conflict.
    QVERIFY(set(*ann, 0, "qty", 12));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT qty FROM plain WHERE id = 1")).toInt(), 12);
    // A new row gets its xmin from the INSERT, and can be saved again at once.
    const int row = ann->rowCount();
    QVERIFY(ann->insertRow(row));
    QVERIFY(set(*ann, row, "id", 3));
    QVERIFY(set(*ann, row, "name", QStringLiteral("gamma")));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QVERIFY(ann->rowVersion(row).toLongLong() > 0);
    QVERIFY(set(*ann, row, "qty", 3));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT qty FROM plain WHERE id = 3")).toInt(), 3);
    // A delete is conditional on it too.
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE plain SET note = 'x' WHERE id = 2")), QString());
    QVERIFY(ann->removeRow(1));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::ChangedByOthers);
}

void tst_VersionStrategies::triggerCatchesPlainAndAbaWriters()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    concord::TablePreparer::Options options;
    options.strategy = VersionStrategy::Trigger;
    const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("items"), options);
    QVERIFY2(report.ok, qPrintable(report.error));
    auto ann = openModel(tdb.db());
    QCOMPARE(ann->versionStrategy(), VersionStrategy::Trigger);
    // A save by Concord itself counts up exactly once.
    QVERIFY(setField(*ann, 0, "qty", 11));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
    QCOMPARE(ann->rowVersion(0).toInt(), 2);
    // A plain writer is counted by the trigger, and caught.
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET qty = 99 WHERE id = 1")), QString());
    QCOMPARE(value(tdb, "version", 1).toInt(), 3);
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("ann's")));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::ChangedByOthers);
    QVERIFY(ann->reloadRow(0));
    QCOMPARE(ann->rowVersion(0).toInt(), 3);
    // ABA: an outside writer sets the version back to the one Ann holds; the trigger still
    // moves it on, so Ann's save is caught.
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE items SET qty = 7, version = 3 WHERE id = 1")), QString());
    QCOMPARE(value(tdb, "version", 1).toInt(), 4);
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("ann's")));
    QVERIFY(!ann->submitAll());
    QCOMPARE(ann->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 7);
}

void tst_VersionStrategies::replacedRecordIsNeverSavedOver_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<VersionStrategy>("strategy");
    QTest::addColumn<bool>("told"); // the window heard of the delete (live updates)
    QTest::addColumn<Failure>("expected");
    for (const QString &backend : TestDatabase::backends()) {
        QTest::newRow(qPrintable(backend + QStringLiteral("/client, told")))
            << backend << VersionStrategy::Client << true << Failure::DeletedByOthers;
        QTest::newRow(qPrintable(backend + QStringLiteral("/trigger, told")))
            << backend << VersionStrategy::Trigger << true << Failure::DeletedByOthers;
        QTest::newRow(qPrintable(backend + QStringLiteral("/trigger, not told")))
            << backend << VersionStrategy::Trigger << false << Failure::ChangedByOthers;
    }
}

void tst_VersionStrategies::replacedRecordIsNeverSavedOver()
{
    // Bob holds record 1 at version 1. Ann deletes it, and another program inserts a new
    // record under the same key, starting again at version 1. Bob's save must not land on it:
    // under Client because his model was told of the delete, under Trigger because the new
    // record's version is one the key never had.
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(VersionStrategy, strategy);
    QFETCH(bool, told);
    QFETCH(Failure, expected);
    QCOMPARE(makeItems(tdb), QString());
    if (strategy == VersionStrategy::Trigger) {
        concord::TablePreparer::Options options;
        options.strategy = VersionStrategy::Trigger;
        const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("items"), options);
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    auto ann = openModel(tdb.db());
    auto bob = openModel(tdb.open());
    bob->setLiveUpdates(told); // not told: a program that hears nothing before its save
    QCOMPARE(bob->versionStrategy(), strategy);
    QCOMPARE(bob->rowVersion(0).toInt(), 1);
    QVERIFY(ann->removeRow(0));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QCOMPARE(bob->isDeletedElsewhere(0), told); // in this process: at once
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO items (id, name, qty, version) "
                                     "VALUES (1, 'imported', 5, 1)")),
             QString());

    QVERIFY(setField(*bob, 0, "qty", 11));
    QVERIFY(!bob->submitAll());
    QCOMPARE(bob->lastFailure(), expected);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 5);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("imported"));

    // A delete of the record he knows is gone does not take the new one with it.
    if (told) {
        bob->revertAll();
        QVERIFY(bob->removeRow(0));
        QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
        QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("imported"));
    }
}

void tst_VersionStrategies::triggerInsertHoldsTheNewVersion()
{
    // Under Trigger an inserted row takes its version from the table's counter; the model
    // holds that version, so its next save goes through.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    concord::TablePreparer::Options options;
    options.strategy = VersionStrategy::Trigger;
    const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("items"), options);
    QVERIFY2(report.ok, qPrintable(report.error));
    auto ann = openModel(tdb.db());
    QCOMPARE(ann->versionStrategy(), VersionStrategy::Trigger);
    const int row = ann->rowCount();
    QVERIFY(ann->insertRow(row));
    QVERIFY(setField(*ann, row, "id", 7));
    QVERIFY(setField(*ann, row, "name", QStringLiteral("new")));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    const int version = value(tdb, "version", 7).toInt();
    QVERIFY2(version > 1, qPrintable(QString::number(version)));
    QCOMPARE(ann->rowVersion(row).toInt(), version);
    QVERIFY(setField(*ann, row, "qty", 70));
    QVERIFY2(ann->submitAll(), qPrintable(ann->lastError().text()));
    QCOMPARE(value(tdb, "qty", 7).toInt(), 70);
    QCOMPARE(value(tdb, "version", 7).toInt(), version + 1);
}

void tst_VersionStrategies::explicitStrategyTheTableCannotServeIsRefused()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    QCOMPARE(makePlain(tdb), QString());
    auto trigger = openTable(tdb.db(), QStringLiteral("items"), VersionStrategy::Trigger);
    QCOMPARE(trigger->lastFailure(), Failure::TableRefused);
    QVERIFY2(trigger->lastError().text().contains(QLatin1String("--prepare")), qPrintable(trigger->lastError().text()));
    auto client = openTable(tdb.db(), QStringLiteral("plain"), VersionStrategy::Client);
    QCOMPARE(client->lastFailure(), Failure::TableRefused);
    if (tdb.isSqlite()) {
        auto xmin = openTable(tdb.db(), QStringLiteral("plain"), VersionStrategy::Xmin);
        QCOMPARE(xmin->lastFailure(), Failure::TableRefused);
    }
}

void tst_VersionStrategies::emptyOperatorNameIsNeverLeftBlank()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("notes"),
                                      {QStringLiteral("body VARCHAR(40)"),
                                       QStringLiteral("modified_by VARCHAR(40)"),
                                       QStringLiteral("modified_at TIMESTAMP")}),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO notes (body, modified_by) VALUES ('x', 'previous editor')")), QString());
    auto m = openTable(tdb.db(), QStringLiteral("notes"));
    QCOMPARE(m->modifiedByColumn(), QStringLiteral("modified_by"));
    QCOMPARE(m->modifiedAtColumn(), QStringLiteral("modified_at"));
    m->setOperatorName(QString());
    QVERIFY(set(*m, 0, "body", QStringLiteral("y")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT modified_by FROM notes")).toString(), QStringLiteral("unknown"));
}

QTEST_MAIN(tst_VersionStrategies)
#include "tst_versionstrategies.moc"
