// Values and keys the drivers' types cannot hold, and comparisons that must be exact whatever a
// column's collation: Versionless saves under NOCASE, RTRIM, citext and non-deterministic
// collations; PostgreSQL NUMERIC beyond a double; TIMESTAMP keys with microseconds and NUMERIC
// keys beyond 2^53, read, saved, drafted and matched with their notifications.
#include "itemsfixture.h"

#include <concord/changefeed.h>
#include <concord/draftjournal.h>
#include <concord/tablepreparer.h>

#include <QSignalSpy>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>

using concord::ChangeFeed;
using concord::RecordChange;
using concord::VersionStrategy;
using concord::test::TestDatabase;
using Failure = VersionedTableModel::FailureKind;

namespace {

std::unique_ptr<VersionedTableModel> openTable(const QSqlDatabase &db, const QString &table,
                                               VersionStrategy strategy, bool live = false)
{
    auto model = std::make_unique<VersionedTableModel>(nullptr, db);
    model->setEditStrategy(QSqlTableModel::OnManualSubmit);
    model->setLiveUpdates(live);
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

QVariant get(const VersionedTableModel &m, int row, const char *name)
{
    return m.data(m.index(row, m.fieldIndex(QLatin1String(name))));
}

QString text(TestDatabase &tdb, const QString &sql)
{
    return tdb.scalar(sql).toString();
}

void addKeyRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("psql timestamp microseconds")
        << QStringLiteral("psql") << QStringLiteral("TIMESTAMP")
        << QStringList{QStringLiteral("2024-01-01 10:00:00.000001"),
                       QStringLiteral("2024-01-01 10:00:00.000002"),
                       QStringLiteral("2024-01-01 10:00:00.000003")};
    QTest::newRow("psql timestamptz microseconds")
        << QStringLiteral("psql") << QStringLiteral("TIMESTAMPTZ")
        << QStringList{QStringLiteral("2024-01-01 10:00:00.000001+00"),
                       QStringLiteral("2024-01-01 10:00:00.000002+00"),
                       QStringLiteral("2024-01-01 10:00:00.000003+00")};
    QTest::newRow("psql timestamp whole seconds")
        << QStringLiteral("psql") << QStringLiteral("TIMESTAMP")
        << QStringList{QStringLiteral("2024-01-01 10:00:00"), QStringLiteral("2024-01-01 10:00:01"),
                       QStringLiteral("2024-01-01 10:00:02")};
    QTest::newRow("psql numeric beyond 2^53")
        << QStringLiteral("psql") << QStringLiteral("NUMERIC(20,0)")
        << QStringList{QStringLiteral("9007199254740993"), QStringLiteral("9007199254740994"),
                       QStringLiteral("9007199254740995")};
    QTest::newRow("psql numeric beyond 64 bits")
        << QStringLiteral("psql") << QStringLiteral("NUMERIC(20,0)")
        << QStringList{QStringLiteral("18446744073709551617"),
                       QStringLiteral("18446744073709551618"),
                       QStringLiteral("18446744073709551619")};
    QTest::newRow("psql numeric with decimals")
        << QStringLiteral("psql") << QStringLiteral("NUMERIC(40,20)")
        << QStringList{QStringLiteral("1.0000000000000000001"),
                       QStringLiteral("1.0000000000000000002"),
                       QStringLiteral("12.50")};
    QTest::newRow("sqlite text") << QStringLiteral("sqlite") << QStringLiteral("TEXT")
                                 << QStringList{QStringLiteral("2024-01-01 10:00:00.000001"),
                                                QStringLiteral("2024-01-01 10:00:00.000002"),
                                                QStringLiteral("2024-01-01 10:00:00.000003")};
    QTest::newRow("sqlite integer beyond 2^53")
        << QStringLiteral("sqlite") << QStringLiteral("INTEGER")
        << QStringList{QStringLiteral("9007199254740993"), QStringLiteral("9007199254740994"),
                       QStringLiteral("9007199254740995")};
}

// keyed (k <type> PRIMARY KEY, version, name) with one row per key, named "n1", "n2", ...
QString makeKeyed(TestDatabase &tdb, const QString &type, const QStringList &keys)
{
    QString e = tdb.exec(QStringLiteral("CREATE TABLE keyed (k %1 PRIMARY KEY, "
                                        "version INTEGER NOT NULL DEFAULT 1, name VARCHAR(20))")
                             .arg(type));
    for (qsizetype i = 0; i < keys.size() && e.isEmpty(); ++i)
        e = tdb.exec(QStringLiteral("INSERT INTO keyed (k, name) VALUES ('%1', 'n%2')")
                         .arg(keys.at(i)).arg(i + 1));
    return e;
}

// Names of the rows in key order, as the database holds them.
QStringList namesInDatabase(TestDatabase &tdb)
{
    QStringList names;
    QSqlQuery q(tdb.db());
    if (q.exec(QStringLiteral("SELECT name FROM keyed ORDER BY k")))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

} // namespace

class tst_ExactValues : public QObject
{
    Q_OBJECT

private slots:
    // Item 2: Versionless compares exactly, whatever the column's collation.
    void versionlessSaveIgnoresCollation_data();
    void versionlessSaveIgnoresCollation();
    void versionlessDeleteIgnoresCollation_data() { versionlessSaveIgnoresCollation_data(); }
    void versionlessDeleteIgnoresCollation();
    void versionlessSameTextStillSaves_data() { versionlessSaveIgnoresCollation_data(); }
    void versionlessSameTextStillSaves();
    // Item 3: NUMERIC beyond a double.
    void numericEditBeyondDoubleIsSaved_data();
    void numericEditBeyondDoubleIsSaved();
    void numericRowDeletesUnderVersionless();
    void numericEditToNearbyDoubleIsSaved();
    // Item 5: keys beyond the driver's types.
    void keysRoundTrip_data() { addKeyRows(); }
    void keysRoundTrip();
    void keysMatchTheirNotifications_data() { addKeyRows(); }
    void keysMatchTheirNotifications();
    void ownSaveNotificationIsRecognised_data() { addKeyRows(); }
    void ownSaveNotificationIsRecognised();
    void draftKeysAreExact_data() { addKeyRows(); }
    void draftKeysAreExact();
    void otherWindowIsNamedForExactKeys_data() { addKeyRows(); }
    void otherWindowIsNamedForExactKeys();
};

// ---------------------------------------------------------------------------------------------
// Item 2

void tst_ExactValues::versionlessSaveIgnoresCollation_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("theirs");
    QTest::newRow("sqlite nocase")
        << QStringLiteral("sqlite")
        << QStringList{QStringLiteral("CREATE TABLE names (id INTEGER PRIMARY KEY, "
                                      "name TEXT COLLATE NOCASE)")}
        << QStringLiteral("McDonald");
    QTest::newRow("sqlite rtrim")
        << QStringLiteral("sqlite")
        << QStringList{QStringLiteral("CREATE TABLE names (id INTEGER PRIMARY KEY, "
                                      "name TEXT COLLATE RTRIM)")}
        << QStringLiteral("mcdonald  ");
    QTest::newRow("psql citext")
        << QStringLiteral("psql")
        << QStringList{QStringLiteral("CREATE EXTENSION IF NOT EXISTS citext"),
                       QStringLiteral("CREATE TABLE names (id INTEGER PRIMARY KEY, name CITEXT)")}
        << QStringLiteral("McDonald");
    QTest::newRow("psql nondeterministic collation")
        << QStringLiteral("psql")
        << QStringList{QStringLiteral("CREATE COLLATION ci (provider = icu, "
                                      "locale = 'und-u-ks-level2', deterministic = false)"),
                       QStringLiteral("CREATE TABLE names (id INTEGER PRIMARY KEY, "
                                      "name TEXT COLLATE ci)")}
        << QStringLiteral("McDonald");
    QTest::newRow("psql char padded")
        << QStringLiteral("psql")
        << QStringList{QStringLiteral("CREATE COLLATION ci (provider = icu, "
                                      "locale = 'und-u-ks-level2', deterministic = false)"),
                       QStringLiteral("CREATE TABLE names (id INTEGER PRIMARY KEY, "
                                      "name CHAR(12) COLLATE ci)")}
        << QStringLiteral("McDonald");
}

void tst_ExactValues::versionlessSaveIgnoresCollation()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(QStringList, setup);
    QFETCH(QString, theirs);
    setup << QStringLiteral("INSERT INTO names VALUES (1, 'mcdonald')");
    QCOMPARE(tdb.execAll(setup), QString());
    auto m = openTable(tdb.db(), QStringLiteral("names"), VersionStrategy::Versionless);
    QCOMPARE(m->rowCount(), 1);
    // Another writer changes what only the collation calls equal.
    QSqlQuery other(tdb.open());
    other.prepare(QStringLiteral("UPDATE names SET name = ? WHERE id = 1"));
    other.addBindValue(theirs);
    QVERIFY2(other.exec(), qPrintable(other.lastError().text()));

    QVERIFY(set(*m, 0, "name", QStringLiteral("MacDonald")));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ChangedByOthers);
    const QString held = text(tdb, QStringLiteral("SELECT name FROM names WHERE id = 1"));
    QCOMPARE(held.trimmed(), theirs.trimmed());
    QCOMPARE(held.size() >= theirs.size(), true);
}

void tst_ExactValues::versionlessDeleteIgnoresCollation()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(QStringList, setup);
    QFETCH(QString, theirs);
    setup << QStringLiteral("INSERT INTO names VALUES (1, 'mcdonald')");
    QCOMPARE(tdb.execAll(setup), QString());
    auto m = openTable(tdb.db(), QStringLiteral("names"), VersionStrategy::Versionless);
    QSqlQuery other(tdb.open());
    other.prepare(QStringLiteral("UPDATE names SET name = ? WHERE id = 1"));
    other.addBindValue(theirs);
    QVERIFY2(other.exec(), qPrintable(other.lastError().text()));

    QVERIFY(m->removeRow(0));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM names")).toInt(), 1);
}

void tst_ExactValues::versionlessSameTextStillSaves()
{
    // The exact comparison must not turn an untouched value into a false conflict (CHAR(n)
    // comes back padded; NULL stays "IS NULL").
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(QStringList, setup);
    setup << QStringLiteral("INSERT INTO names VALUES (1, 'mcdonald')")
          << QStringLiteral("INSERT INTO names VALUES (2, NULL)");
    QCOMPARE(tdb.execAll(setup), QString());
    auto m = openTable(tdb.db(), QStringLiteral("names"), VersionStrategy::Versionless);
    QCOMPARE(m->rowCount(), 2);
    QVERIFY(set(*m, 0, "name", QStringLiteral("MacDonald")));
    QVERIFY(set(*m, 1, "name", QStringLiteral("Smith")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(text(tdb, QStringLiteral("SELECT name FROM names WHERE id = 1")).trimmed(),
             QStringLiteral("MacDonald"));
    QVERIFY(m->removeRow(0));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM names")).toInt(), 1);
}

// ---------------------------------------------------------------------------------------------
// Item 3

void tst_ExactValues::numericEditBeyondDoubleIsSaved_data()
{
    QTest::addColumn<VersionStrategy>("strategy");
    QTest::newRow("client") << VersionStrategy::Client;
    QTest::newRow("xmin") << VersionStrategy::Xmin;
    QTest::newRow("versionless") << VersionStrategy::Versionless;
}

void tst_ExactValues::numericEditBeyondDoubleIsSaved()
{
    QFETCH(VersionStrategy, strategy);
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE amounts (id INTEGER PRIMARY KEY, "
                                         "version INTEGER NOT NULL DEFAULT 1, amount NUMERIC(38,18))"),
                          QStringLiteral("INSERT INTO amounts (id, amount) "
                                         "VALUES (1, 1.000000000000000001)")}),
             QString());
    auto m = openTable(tdb.db(), QStringLiteral("amounts"), strategy);
    QCOMPARE(m->rowCount(), 1);
    // What the model shows is what the column holds, digit for digit.
    QCOMPARE(get(*m, 0, "amount").toString(), QStringLiteral("1.000000000000000001"));
    QVERIFY(set(*m, 0, "amount", QStringLiteral("1.000000000000000002")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(text(tdb, QStringLiteral("SELECT amount::text FROM amounts")),
             QStringLiteral("1.000000000000000002"));
    QCOMPARE(get(*m, 0, "amount").toString(), QStringLiteral("1.000000000000000002"));
    // A second edit goes on from there: the stored row is exact too.
    QVERIFY(set(*m, 0, "amount", QStringLiteral("1.000000000000000003")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(text(tdb, QStringLiteral("SELECT amount::text FROM amounts")),
             QStringLiteral("1.000000000000000003"));
    QVERIFY(m->select());
    QCOMPARE(get(*m, 0, "amount").toString(), QStringLiteral("1.000000000000000003"));
}

void tst_ExactValues::numericRowDeletesUnderVersionless()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE amounts (id INTEGER PRIMARY KEY, "
                                         "amount NUMERIC(38,18), plain NUMERIC)"),
                          QStringLiteral("INSERT INTO amounts VALUES "
                                         "(1, 1.000000000000000001, 0.30000000000000000001)")}),
             QString());
    auto m = openTable(tdb.db(), QStringLiteral("amounts"), VersionStrategy::Versionless);
    QCOMPARE(m->rowCount(), 1);
    QVERIFY(m->removeRow(0));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM amounts")).toInt(), 0);
}

void tst_ExactValues::numericEditToNearbyDoubleIsSaved()
{
    // An editor that hands a double (a spin box) is compared by the value it would write: 1.0
    // is not 1.000000000000000001, so the edit is written, not dropped as "no change".
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE amounts (id INTEGER PRIMARY KEY, "
                                         "version INTEGER NOT NULL DEFAULT 1, amount NUMERIC(38,18), "
                                         "price NUMERIC(10,2))"),
                          QStringLiteral("INSERT INTO amounts (id, amount, price) "
                                         "VALUES (1, 1.000000000000000001, 12.50)")}),
             QString());
    auto m = openTable(tdb.db(), QStringLiteral("amounts"), VersionStrategy::Client);
    // 12.5 over 12.50 is no change: the version stays.
    QVERIFY(set(*m, 0, "price", 12.5));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT version FROM amounts")).toInt(), 1);
    QVERIFY(set(*m, 0, "amount", 1.0));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(text(tdb, QStringLiteral("SELECT amount::text FROM amounts")),
             QStringLiteral("1.000000000000000000"));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT version FROM amounts")).toInt(), 2);
}

// ---------------------------------------------------------------------------------------------
// Item 5

void tst_ExactValues::keysRoundTrip()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(QString, type);
    QFETCH(QStringList, keys);
    QCOMPARE(makeKeyed(tdb, type, keys), QString());
    QSqlTableModel plain(nullptr, tdb.db());
    plain.setTable(QStringLiteral("keyed"));
    QVERIFY(plain.select());
    for (VersionStrategy strategy : {VersionStrategy::Client, VersionStrategy::Versionless}) {
        auto m = openTable(tdb.db(), QStringLiteral("keyed"), strategy);
        QCOMPARE(m->rowCount(), plain.rowCount());
        QCOMPARE(m->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(get(*m, row, "name").toString(), QStringLiteral("n%1").arg(row + 1));
        // Each row saves to its own record, and only to it.
        QVERIFY(set(*m, 1, "name", QStringLiteral("second")));
        QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
        QCOMPARE(namesInDatabase(tdb), (QStringList{QStringLiteral("n1"), QStringLiteral("second"),
                                                    QStringLiteral("n3")}));
        QVERIFY(set(*m, 1, "name", QStringLiteral("n2")));
        QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    }
    // And a delete removes that one record.
    auto m = openTable(tdb.db(), QStringLiteral("keyed"), VersionStrategy::Client);
    QVERIFY(m->removeRow(2));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(namesInDatabase(tdb), (QStringList{QStringLiteral("n1"), QStringLiteral("n2")}));
}

void tst_ExactValues::keysMatchTheirNotifications()
{
    CONCORD_OPEN_TEST_DB(tdb);
    if (tdb.isSqlite())
        QSKIP("SQLite's feed names no record: it re-reads the rows it shows (keysRoundTrip)");
    QFETCH(QString, type);
    QFETCH(QStringList, keys);
    QCOMPARE(makeKeyed(tdb, type, keys), QString());
    const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("keyed"));
    QVERIFY2(report.ok, qPrintable(report.error));
    auto m = openTable(tdb.db(), QStringLiteral("keyed"), VersionStrategy::Automatic, true);
    QCOMPARE(m->rowCount(), 3);
    QVERIFY(set(*m, 1, "name", QStringLiteral("mine"))); // an edit: the change is only marked
    QSignalSpy told(m.get(), &VersionedTableModel::recordChangedElsewhere);
    // Another program, in a time zone of its own: the trigger writes timestamps in it.
    QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("SET TIME ZONE 'Asia/Kolkata'")));
    q.prepare(QStringLiteral("UPDATE keyed SET name = 'theirs', version = version + 1 WHERE k = ?"));
    q.addBindValue(keys.at(1));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(told.wait(3000));
    QCOMPARE(told.count(), 1);
    QCOMPARE(told.at(0).at(0).toInt(), 1);
    QVERIFY(m->isChangedElsewhere(1));
    QVERIFY(!m->isChangedElsewhere(0));
}

void tst_ExactValues::ownSaveNotificationIsRecognised()
{
    CONCORD_OPEN_TEST_DB(tdb);
    if (tdb.isSqlite())
        QSKIP("SQLite has no notifications");
    QFETCH(QString, type);
    QFETCH(QStringList, keys);
    QCOMPARE(makeKeyed(tdb, type, keys), QString());
    const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("keyed"));
    QVERIFY2(report.ok, qPrintable(report.error));
    // The feed listens on the first connection; the save goes out on another one, so its
    // notification comes back as another backend's, and must be known as this process's save.
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    QSqlDatabase second = tdb.open();
    auto saver = openTable(second, QStringLiteral("keyed"), VersionStrategy::Client, true);
    QCOMPARE(saver->rowCount(), 3);
    QSignalSpy heard(feed, &ChangeFeed::recordChanged);
    QVERIFY(set(*saver, 1, "name", QStringLiteral("saved")));
    QVERIFY2(saver->submitAll(), qPrintable(saver->lastError().text()));
    QCOMPARE(heard.count(), 1); // published in-process at once
    // A marker written after the save: once it is heard, the save's notification has been.
    QSqlQuery q(second);
    q.prepare(QStringLiteral("UPDATE keyed SET name = 'marker' WHERE k = ?"));
    q.addBindValue(keys.at(2));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // The marker leaves the version at 1; the save made it 2.
    const auto markerHeard = [&] {
        for (const QList<QVariant> &signal : std::as_const(heard))
            if (signal.at(0).value<RecordChange>().version().toInt() == 1)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(markerHeard(), 3000);
    QCOMPARE(heard.count(), 2); // the save, once, and the marker
    QCOMPARE(heard.at(0).at(0).value<RecordChange>().origin(), RecordChange::Origin::ThisProcess);
}

void tst_ExactValues::draftKeysAreExact()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(QString, type);
    QFETCH(QStringList, keys);
    QCOMPARE(makeKeyed(tdb, type, keys), QString());
    auto m = openTable(tdb.db(), QStringLiteral("keyed"), VersionStrategy::Client);
    QCOMPARE(m->rowCount(), 3);
    QTemporaryDir dir;
    concord::DraftJournal journal(concord::DraftJournal::databaseIdentity(tdb.db()), dir.path());
    QStringList files;
    for (int row = 0; row < 3; ++row) {
        concord::RecordDraft draft;
        draft.setTable(QStringLiteral("keyed"));
        draft.setKey(m->record(row).keyValues(m->primaryKey()));
        draft.setVersion(m->rowVersion(row));
        draft.setOriginals({{QStringLiteral("name"), get(*m, row, "name")}});
        draft.setEdits({{QStringLiteral("name"), QStringLiteral("draft %1").arg(row)}});
        QVERIFY2(journal.write(draft), qPrintable(journal.errorString()));
        files << journal.fileFor(QStringLiteral("keyed"), m->record(row).keyValues(m->primaryKey()));
    }
    QCOMPARE(QSet<QString>(files.cbegin(), files.cend()).size(), 3);
    const QList<concord::RecordDraft> drafts = journal.drafts();
    QCOMPARE(drafts.size(), 3);
    // A draft's key finds its own record again, and no other.
    for (const concord::RecordDraft &draft : drafts) {
        QSqlQuery q(tdb.db());
        q.prepare(QStringLiteral("SELECT name FROM keyed WHERE k = ?"));
        q.addBindValue(draft.key().value(0));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), draft.originals().value(QStringLiteral("name")).toString());
        QVERIFY(!q.next());
    }
}

void tst_ExactValues::otherWindowIsNamedForExactKeys()
{
    // Two windows of this process: the conflict one meets is known as "your other window" by
    // the record's key, which both must spell alike.
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(QString, type);
    QFETCH(QStringList, keys);
    QCOMPARE(makeKeyed(tdb, type, keys), QString());
    auto first = openTable(tdb.db(), QStringLiteral("keyed"), VersionStrategy::Client, true);
    auto second = openTable(tdb.db(), QStringLiteral("keyed"), VersionStrategy::Client, true);
    QCOMPARE(second->rowCount(), 3);
    QVERIFY(set(*second, 1, "name", QStringLiteral("second")));
    QVERIFY(set(*first, 1, "name", QStringLiteral("first")));
    QVERIFY2(first->submitAll(), qPrintable(first->lastError().text()));
    QSignalSpy conflicts(second.get(), &VersionedTableModel::conflictDetected);
    QVERIFY(!second->submitAll());
    QCOMPARE(second->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(conflicts.count(), 1);
    const auto snapshot = conflicts.at(0).at(0).value<concord::ConflictSnapshot>();
    QVERIFY(snapshot.isFromOwnWindow());
    QCOMPARE(namesInDatabase(tdb), (QStringList{QStringLiteral("n1"), QStringLiteral("first"),
                                                QStringLiteral("n3")}));
}

QTEST_MAIN(tst_ExactValues)
#include "tst_exactvalues.moc"
