// Live notice never stops silently: a model goes on hearing others' changes after its session
// was reopened, after a rolled-back transaction it was opened in, for changes too large to name
// in a notification, in ATTACHed databases, for rows it inserted itself and for changes that
// arrive during its own save; and where it cannot hear them, liveNotice() says so.
// The tests do not depend on whether a clean row takes the other writer's values in place:
// they watch recordChangedElsewhere, which is emitted either way.
#include "itemsfixture.h"

#include <concord/changefeed.h>
#include <concord/databaseconnector.h>
#include <concord/tablepreparer.h>

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using concord::ChangeFeed;
using concord::RecordChange;
using concord::test::TestDatabase;
using namespace concord::test;
using Notice = VersionedTableModel::LiveNotice;

namespace {

constexpr int kWaitMs = 8000;

// Other programs' writes reach a PostgreSQL model through the notify trigger --prepare installs.
QString prepareForNotice(TestDatabase &tdb, const QString &table = QStringLiteral("items"))
{
    if (tdb.isSqlite())
        return {};
    const auto report = concord::TablePreparer::prepare(tdb.db(), table);
    return report.ok ? QString() : report.error;
}

QString execOn(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : q.lastError().text() + QStringLiteral(" in: ") + sql;
}

// True once `spy` (on recordChangedElsewhere) has heard of `row`.
bool heardRow(const QSignalSpy &spy, int row)
{
    for (const QList<QVariant> &args : spy)
        if (args.at(0).toInt() == row)
            return true;
    return false;
}

QVariant backendPid(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0) : QVariant();
}

} // namespace

class tst_LiveNotice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<RecordChange>();
        qRegisterMetaType<Notice>();
    }
    void noticeResumesOnAReopenedSession_data();
    void noticeResumesOnAReopenedSession();
    void rolledBackTransactionKeepsTheListen();
    void changeTooLargeToNameIsApplied_data();
    void changeTooLargeToNameIsApplied();
    void sqliteAttachedDatabaseIsHeard();
    void ownInsertedRowHearsChanges_data() { TestDatabase::addBackendRows(); }
    void ownInsertedRowHearsChanges();
    void changeDuringOwnSaveIsTakenAfterIt_data() { TestDatabase::addBackendRows(); }
    void changeDuringOwnSaveIsTakenAfterIt();
    void closedConnectionIsReportedAndRecovers_data() { TestDatabase::addBackendRows(); }
    void closedConnectionIsReportedAndRecovers();
};

void tst_LiveNotice::noticeResumesOnAReopenedSession_data()
{
    QTest::addColumn<bool>("saveFirst");
    // The window's next save finds the session gone and reopens it; or nobody saves, and the
    // feed itself notices the lost session and reopens it.
    QTest::newRow("reopened by a save") << true;
    QTest::newRow("reopened by the feed") << false;
}

void tst_LiveNotice::noticeResumesOnAReopenedSession()
{
    QFETCH(bool, saveFirst);
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    QCOMPARE(prepareForNotice(tdb), QString());
    const QSqlDatabase bobDb = tdb.open();
    auto bob = openLiveModel(bobDb);
    QCOMPARE(bob->liveNotice(), Notice::Active);
    QSignalSpy notices(bob.get(), &VersionedTableModel::liveNoticeChanged);

    // The server ends the session (an administrator, a restart, a network failure).
    const QVariant pid = backendPid(bobDb);
    QVERIFY(pid.isValid());
    const QSqlDatabase admin = tdb.open();
    QCOMPARE(execOn(admin, QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.toInt())), QString());
    if (saveFirst) {
        QVERIFY(setField(*bob, 0, "qty", 11));
        // The first attempt may meet the dead session; the connection is reopened for the next.
        if (!bob->submitAll())
            QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    } else {
        // Noticed without a query, said, and then reopened with no help.
        QTRY_VERIFY_WITH_TIMEOUT(notices.count() >= 2, kWaitMs);
    }
    QCOMPARE(bob->liveNotice(), Notice::Active);
    const QVariant newPid = backendPid(bobDb);
    QVERIFY(newPid.isValid() && newPid != pid);

    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    QCOMPARE(execOn(admin, QStringLiteral("UPDATE items SET name = 'theirs', version = version + 1 "
                                          "WHERE id = 2")),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(heardRow(told, 1), kWaitMs);

    // A window opened later on that connection hears changes too.
    auto later = openLiveModel(bobDb);
    QCOMPARE(later->liveNotice(), Notice::Active);
    QSignalSpy laterTold(later.get(), &VersionedTableModel::recordChangedElsewhere);
    QCOMPARE(execOn(admin, QStringLiteral("UPDATE items SET name = 'again', version = version + 1 "
                                          "WHERE id = 3")),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(heardRow(laterTold, 2), kWaitMs);
    if (!saveFirst) {
        // Unannounced while the session was away, and said so.
        QVERIFY(notices.count() >= 2);
        QCOMPARE(notices.first().at(0).value<Notice>(), Notice::Unavailable);
        QVERIFY(!notices.first().at(1).toString().isEmpty());
        QCOMPARE(notices.last().at(0).value<Notice>(), Notice::Active);
    }
}

void tst_LiveNotice::rolledBackTransactionKeepsTheListen()
{
    // LISTEN is transactional: issued inside the caller's transaction, its ROLLBACK undid it.
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(makeItems(tdb), QString());
    QCOMPARE(prepareForNotice(tdb), QString());
    QSqlDatabase bobDb = tdb.open();
    QVERIFY(bobDb.transaction());
    auto bob = openLiveModel(bobDb); // the first model: the feed starts here
    QVERIFY(bobDb.rollback());

    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    const QSqlDatabase other = tdb.open();
    QCOMPARE(execOn(other, QStringLiteral("UPDATE items SET name = 'theirs', version = version + 1 "
                                          "WHERE id = 2")),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(heardRow(told, 1), kWaitMs);
    QCOMPARE(bob->liveNotice(), Notice::Active);
}

void tst_LiveNotice::changeTooLargeToNameIsApplied_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("update");
    const QString longKey = QString(9000, QLatin1Char('k'));
    // The who column and the key go into the notification; together past NOTIFY's 8000 bytes.
    QTest::newRow("wide who column")
        << "wide_who" << "INTEGER" << "1"
        << "UPDATE wide_who SET qty = 2, modified_by = repeat('x', 9000), version = version + 1";
    QTest::newRow("long text key")
        << "long_key" << "TEXT" << longKey
        << "UPDATE long_key SET qty = 2, version = version + 1";
}

void tst_LiveNotice::changeTooLargeToNameIsApplied()
{
    QFETCH(QString, table);
    QFETCH(QString, keyType);
    QFETCH(QString, key);
    QFETCH(QString, update);
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(tdb.exec(QStringLiteral("CREATE TABLE %1 (id %2 PRIMARY KEY, version INTEGER NOT NULL "
                                     "DEFAULT 1, qty INTEGER, modified_by TEXT)")
                          .arg(table, keyType)),
             QString());
    {
        QSqlQuery insert(tdb.db());
        insert.prepare(QStringLiteral("INSERT INTO %1 (id, qty) VALUES (?, 1)").arg(table));
        insert.addBindValue(keyType == QLatin1String("TEXT") ? QVariant(key) : QVariant(key.toInt()));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QCOMPARE(prepareForNotice(tdb, table), QString());
    VersionedTableModel bob(nullptr, tdb.open());
    bob.setEditStrategy(QSqlTableModel::OnManualSubmit);
    bob.setTable(table);
    QVERIFY2(bob.select(), qPrintable(bob.lastError().text()));
    QCOMPARE(bob.rowCount(), 1);
    QSignalSpy told(&bob, &VersionedTableModel::recordChangedElsewhere);

    QCOMPARE(execOn(tdb.open(), update), QString());
    QTRY_VERIFY_WITH_TIMEOUT(heardRow(told, 0), kWaitMs);
    QCOMPARE(told.first().at(1).value<RecordChange>().version().toInt(), 2);
}

void tst_LiveNotice::sqliteAttachedDatabaseIsHeard()
{
    // data_version covers one schema: a table in an ATTACHed file was never heard from.
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const QString auxPath = QFileInfo(tdb.spec().path()).dir().filePath(QStringLiteral("aux.sqlite"));
    QSqlError error;
    QSqlDatabase writer = concord::DatabaseConnector::open(concord::ConnectionSpec::sqlite(auxPath),
                                                           {}, &error);
    QVERIFY2(writer.isOpen(), qPrintable(error.text()));
    QCOMPARE(execOn(writer, QStringLiteral("CREATE TABLE parts (id INTEGER PRIMARY KEY, version "
                                           "INTEGER NOT NULL DEFAULT 1, name TEXT)")),
             QString());
    QCOMPARE(execOn(writer, QStringLiteral("INSERT INTO parts (name) VALUES ('bolt'), ('nut')")), QString());

    const QSqlDatabase bobDb = tdb.open();
    QSqlQuery attach(bobDb);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS aux"));
    attach.addBindValue(auxPath);
    QVERIFY2(attach.exec(), qPrintable(attach.lastError().text()));
    VersionedTableModel bob(nullptr, bobDb);
    bob.setEditStrategy(QSqlTableModel::OnManualSubmit);
    bob.setTable(QStringLiteral("aux.parts"));
    QVERIFY2(bob.select(), qPrintable(bob.lastError().text()));
    QCOMPARE(bob.rowCount(), 2);
    ChangeFeed::forDatabase(bobDb)->setPollInterval(50);
    QSignalSpy told(&bob, &VersionedTableModel::recordChangedElsewhere);

    QCOMPARE(execOn(writer, QStringLiteral("UPDATE parts SET name = 'washer', version = version + 1 "
                                           "WHERE id = 2")),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(heardRow(told, 1), kWaitMs);
    writer = QSqlDatabase();
}

void tst_LiveNotice::ownInsertedRowHearsChanges()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    QCOMPARE(prepareForNotice(tdb), QString());
    auto bob = openLiveModel(tdb.open());
    if (tdb.isSqlite())
        ChangeFeed::forDatabase(bob->database())->setPollInterval(50);
    const int row = bob->rowCount();
    QVERIFY(bob->insertRows(row, 1));
    QVERIFY(setField(*bob, row, "name", QStringLiteral("bob's")));
    QVERIFY(setField(*bob, row, "qty", 5));
    QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    const int id = bob->data(bob->index(row, col(*bob, "id"))).toInt();
    QVERIFY(id > 0);

    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    QCOMPARE(execOn(tdb.open(), QStringLiteral("UPDATE items SET qty = 6, version = version + 1 "
                                               "WHERE id = %1").arg(id)),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(heardRow(told, row), kWaitMs);
}

void tst_LiveNotice::changeDuringOwnSaveIsTakenAfterIt()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    QCOMPARE(prepareForNotice(tdb), QString());
    auto bob = openLiveModel(tdb.open());
    ChangeFeed *feed = ChangeFeed::forDatabase(bob->database());
    if (tdb.isSqlite())
        feed->setPollInterval(50);
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    const QSqlDatabase other = tdb.open();

    // A slot of the save (a progress dialog, say) runs the event loop, and another program's
    // change of another record arrives then.
    bool arrived = false;
    connect(bob.get(), &QSqlTableModel::beforeUpdate, this, [&] {
        if (!execOn(other, QStringLiteral("UPDATE items SET name = 'theirs', version = version + 1 "
                                          "WHERE id = 3")).isEmpty())
            return;
        if (tdb.isSqlite()) {
            QSignalSpy polled(feed, &ChangeFeed::databaseChanged);
            arrived = polled.wait(kWaitMs);
        } else {
            QSignalSpy heard(feed, &ChangeFeed::recordChanged);
            arrived = heard.wait(kWaitMs);
        }
    });
    QVERIFY(setField(*bob, 0, "qty", 11));
    QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    QVERIFY(arrived);
    QTRY_VERIFY_WITH_TIMEOUT(heardRow(told, 2), kWaitMs);
}

void tst_LiveNotice::closedConnectionIsReportedAndRecovers()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    QCOMPARE(prepareForNotice(tdb), QString());
    QSqlDatabase bobDb = tdb.open();
    auto bob = openLiveModel(bobDb);
    QCOMPARE(bob->liveNotice(), Notice::Active);
    QVERIFY(bob->liveNoticeReason().isEmpty());
    QSignalSpy notices(bob.get(), &VersionedTableModel::liveNoticeChanged);

    bobDb.close();
    QTRY_COMPARE_WITH_TIMEOUT(bob->liveNotice(), Notice::Unavailable, kWaitMs);
    QVERIFY(!bob->liveNoticeReason().isEmpty());
    QCOMPARE(notices.count(), 1);
    QCOMPARE(notices.first().at(0).value<Notice>(), Notice::Unavailable);
    QCOMPARE(notices.first().at(1).toString(), bob->liveNoticeReason());

    QVERIFY(bobDb.open());
    QTRY_COMPARE_WITH_TIMEOUT(bob->liveNotice(), Notice::Active, kWaitMs);
    QCOMPARE(notices.count(), 2);
    QVERIFY(bob->liveNoticeReason().isEmpty());

    // A model with live updates off follows nothing, and says so.
    bob->setLiveUpdates(false);
    QCOMPARE(bob->liveNotice(), Notice::Off);
    QCOMPARE(notices.count(), 3);
}

QTEST_MAIN(tst_LiveNotice)
#include "tst_livenotice.moc"
