// ChangeFeed: one feed per database; in-process delivery; SQLite's data_version poll, which sees
// commits by another process and not the feed's own; PostgreSQL's LISTEN, which turns another
// process's pg_notify into a RecordChange, skips our own backend and costs no query while idle.
// "Another process" is concord_sqlwriter (sqlwriter.cpp), started with QProcess.
#include "testdatabase.h"

#include <concord/changefeed.h>

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <vector>

using concord::ChangeFeed;
using concord::RecordChange;
using concord::test::TestDatabase;

namespace {

constexpr int kFastPollMs = 50; // the tests' poll interval: short, so that waits stay short
constexpr int kQuietMs = 500;   // how long "nothing arrives" is watched for

// Runs the statements in a second process; empty on success, else what went wrong.
QString runWriter(const TestDatabase &tdb, const QStringList &statements)
{
    const QString database = tdb.isSqlite() ? tdb.spec().path() : tdb.spec().database();
    QProcess writer;
    writer.start(QStringLiteral(CONCORD_SQLWRITER), QStringList{tdb.backend(), database} + statements);
    if (!writer.waitForFinished(30000))
        return QStringLiteral("concord_sqlwriter did not finish: ") + writer.errorString();
    if (writer.exitStatus() != QProcess::NormalExit || writer.exitCode() != 0)
        return QStringLiteral("concord_sqlwriter failed: ") + QString::fromLocal8Bit(writer.readAllStandardError());
    return {};
}

QString notifySql(const QString &payload)
{
    return QStringLiteral("SELECT pg_notify('concord_changes', '%1')").arg(payload);
}

QString execOn(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : q.lastError().text() + QStringLiteral(" in: ") + sql;
}

RecordChange changeAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<RecordChange>();
}

// A fresh database of one backend, for the behaviours only that backend has.
#define CONCORD_PLAIN_TEST_DB(var, backend)                                    \
    TestDatabase var(QStringLiteral(backend));                                 \
    QVERIFY2(var.isValid(), qPrintable(var.error()))

} // namespace

class tst_ChangeFeed : public QObject
{
    Q_OBJECT
private slots:
    void publishReachesEverySubscriber_data() { TestDatabase::addBackendRows(); }
    void publishReachesEverySubscriber();
    void oneFeedPerDatabase_data() { TestDatabase::addBackendRows(); }
    void oneFeedPerDatabase();

    void sqliteCommitByAnotherProcessFiresDatabaseChanged();
    void sqliteCommitOnAnotherConnectionFires();
    void sqlitePollsOnlyWhileSomeoneListens();
    void sqliteReceiversComeAndGo();
    void sqliteStopsPollingWhenTheConnectionCloses();
    void sqliteGoesOnWithAnotherOpenConnection();

    void psqlNotificationFromAnotherProcess_data();
    void psqlNotificationFromAnotherProcess();
    void psqlTriggerPayloadFromAnotherProcess();
    void psqlOwnConnectionNotifyIsIgnored();
    void psqlMalformedPayloadIsIgnored();
    void psqlOwnSaveThroughAnotherConnectionIsDeliveredOnce();
    void psqlIdleFeedRunsNoQueries();
};

void tst_ChangeFeed::publishReachesEverySubscriber()
{
    CONCORD_OPEN_TEST_DB(tdb);
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    // Two subscribers, as two models of one process would be, on two connections.
    ChangeFeed *other = ChangeFeed::forDatabase(tdb.open());
    QCOMPARE(other, feed);
    QSignalSpy first(feed, &ChangeFeed::recordChanged);
    QSignalSpy second(other, &ChangeFeed::recordChanged);

    RecordChange change(QStringLiteral("items"), {7});
    change.setVersion(3);
    const int writer = 0;
    change.setSource(&writer);
    feed->publish(change);

    // Synchronous: no event loop needed.
    QCOMPARE(first.count(), 1);
    QCOMPARE(second.count(), 1);
    const RecordChange heard = changeAt(second, 0);
    QCOMPARE(heard.table(), QStringLiteral("items"));
    QCOMPARE(heard.key(), QVariantList{7});
    QCOMPARE(heard.version(), QVariant(3));
    QCOMPARE(heard.origin(), RecordChange::Origin::ThisProcess);
    QCOMPARE(heard.source(), static_cast<const void *>(&writer));
}

void tst_ChangeFeed::oneFeedPerDatabase()
{
    CONCORD_OPEN_TEST_DB(tdb);
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    QCOMPARE(feed->parent(), QCoreApplication::instance());
    QCOMPARE(ChangeFeed::forDatabase(tdb.open()), feed);

    TestDatabase another(backend);
    QVERIFY2(another.isValid(), qPrintable(another.error()));
    ChangeFeed *anotherFeed = ChangeFeed::forDatabase(another.db());
    QVERIFY(anotherFeed);
    QVERIFY(anotherFeed != feed);

    QCOMPARE(ChangeFeed::forDatabase(QSqlDatabase()), nullptr);

    if (tdb.isSqlite()) {
        // The same file by another spelling of its path is the same database.
        const QString path = tdb.spec().path();
        const QString detour = QFileInfo(path).absolutePath() + QStringLiteral("/./")
                               + QFileInfo(path).fileName();
        QSqlDatabase byDetour = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                          QStringLiteral("tst_changefeed_detour"));
        byDetour.setDatabaseName(detour);
        QVERIFY(byDetour.open());
        QCOMPARE(ChangeFeed::forDatabase(byDetour), feed);
        byDetour.close();
        byDetour = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tst_changefeed_detour"));
    }
}

void tst_ChangeFeed::sqliteCommitByAnotherProcessFiresDatabaseChanged()
{
    CONCORD_PLAIN_TEST_DB(tdb, "sqlite");
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("items"), {QStringLiteral("qty INTEGER")}), QString());
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    QCOMPARE(feed->pollInterval(), 500);
    feed->setPollInterval(kFastPollMs);
    QSignalSpy changed(feed, &ChangeFeed::databaseChanged);

    // Reading commits nothing: no signal.
    QCOMPARE(runWriter(tdb, {QStringLiteral("SELECT count(*) FROM items")}), QString());
    QVERIFY(!changed.wait(kQuietMs));

    QCOMPARE(runWriter(tdb, {QStringLiteral("INSERT INTO items (qty) VALUES (5)")}), QString());
    QVERIFY(changed.wait(5000));
    // One commit, one signal: the next polls see the same value.
    QVERIFY(!changed.wait(kQuietMs));
    QCOMPARE(changed.count(), 1);
}

void tst_ChangeFeed::sqliteCommitOnAnotherConnectionFires()
{
    CONCORD_PLAIN_TEST_DB(tdb, "sqlite");
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("items"), {QStringLiteral("qty INTEGER")}), QString());
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    feed->setPollInterval(kFastPollMs);
    QSignalSpy changed(feed, &ChangeFeed::databaseChanged);

    // The feed's own connection: its saves were published in-process, so data_version stays.
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO items (qty) VALUES (1)")), QString());
    QVERIFY(!changed.wait(kQuietMs));

    // Another connection in this process (another window) is seen like another process.
    const QSqlDatabase second = tdb.open();
    QCOMPARE(execOn(second, QStringLiteral("INSERT INTO items (qty) VALUES (2)")), QString());
    QVERIFY(changed.wait(5000));
}

void tst_ChangeFeed::sqlitePollsOnlyWhileSomeoneListens()
{
    CONCORD_PLAIN_TEST_DB(tdb, "sqlite");
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    feed->setPollInterval(kFastPollMs);
    // A spy on the other signal only lets the event loop run: databaseChanged has no receiver.
    QSignalSpy idle(feed, &ChangeFeed::recordChanged);
    QVERIFY(!idle.wait(kQuietMs));
    QCOMPARE(feed->queryCount(), quint64(0));

    auto listener = std::make_unique<QObject>();
    connect(feed, &ChangeFeed::databaseChanged, listener.get(), [] {});
    QTRY_VERIFY(feed->queryCount() >= 3);

    // The receiver goes away: polling stops (a tick checks for receivers before it polls).
    listener.reset();
    QVERIFY(!idle.wait(2 * kFastPollMs));
    const quint64 stopped = feed->queryCount();
    QVERIFY(!idle.wait(kQuietMs));
    QCOMPARE(feed->queryCount(), stopped);

    // Interval 0 switches polling off even with a receiver.
    feed->setPollInterval(0);
    QSignalSpy changed(feed, &ChangeFeed::databaseChanged);
    QVERIFY(!changed.wait(kQuietMs));
    QCOMPARE(feed->queryCount(), stopped);
    feed->setPollInterval(kFastPollMs);
    QTRY_VERIFY(feed->queryCount() >= stopped + 3);
    // An explicit disconnect stops it at once.
    QVERIFY(disconnect(feed, &ChangeFeed::databaseChanged, nullptr, nullptr));
    const quint64 disconnected = feed->queryCount();
    QVERIFY(!idle.wait(kQuietMs));
    QCOMPARE(feed->queryCount(), disconnected);
}

void tst_ChangeFeed::sqliteReceiversComeAndGo()
{
    // A receiver's destructor tells the feed with a QObject mutex held; Qt shares those mutexes
    // among objects, so among many receivers some share the feed's. Reacting there directly
    // would deadlock; the feed must only take note and act later.
    CONCORD_PLAIN_TEST_DB(tdb, "sqlite");
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    feed->setPollInterval(kFastPollMs);
    std::vector<std::unique_ptr<QObject>> receivers;
    for (int i = 0; i < 500; ++i) {
        receivers.push_back(std::make_unique<QObject>());
        connect(feed, &ChangeFeed::databaseChanged, receivers.back().get(), [] {});
    }
    QTRY_VERIFY(feed->queryCount() >= 3);
    receivers.clear();
    QSignalSpy idle(feed, &ChangeFeed::recordChanged);
    QVERIFY(!idle.wait(2 * kFastPollMs));
    const quint64 stopped = feed->queryCount();
    QVERIFY(!idle.wait(kQuietMs));
    QCOMPARE(feed->queryCount(), stopped);
}

void tst_ChangeFeed::sqliteStopsPollingWhenTheConnectionCloses()
{
    CONCORD_PLAIN_TEST_DB(tdb, "sqlite");
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    feed->setPollInterval(kFastPollMs);
    QSignalSpy changed(feed, &ChangeFeed::databaseChanged);
    QTRY_VERIFY(feed->queryCount() >= 2);

    QSqlDatabase db = tdb.db();
    db.close();
    QVERIFY(!changed.wait(2 * kFastPollMs));
    const quint64 stopped = feed->queryCount();
    QVERIFY(!changed.wait(kQuietMs));
    QCOMPARE(feed->queryCount(), stopped);

    // Given an open connection again, it polls again, and asks once for a re-read: what was
    // committed while nobody polled cannot be known.
    QVERIFY(db.open());
    QCOMPARE(ChangeFeed::forDatabase(db), feed);
    QVERIFY(changed.wait(5000));
    QTRY_VERIFY(feed->queryCount() >= stopped + 2);
}

void tst_ChangeFeed::sqliteGoesOnWithAnotherOpenConnection()
{
    CONCORD_PLAIN_TEST_DB(tdb, "sqlite");
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("items"), {QStringLiteral("qty INTEGER")}), QString());
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    QCOMPARE(ChangeFeed::forDatabase(tdb.open()), feed);
    feed->setPollInterval(kFastPollMs);
    QSignalSpy changed(feed, &ChangeFeed::databaseChanged);
    QTRY_VERIFY(feed->queryCount() >= 2);

    QSqlDatabase first = tdb.db();
    first.close();
    // Moving to the other connection asks once for a re-read: a commit in between cannot be told.
    QVERIFY(changed.wait(5000));
    changed.clear();
    QVERIFY(!changed.wait(kQuietMs));

    QCOMPARE(runWriter(tdb, {QStringLiteral("INSERT INTO items (qty) VALUES (5)")}), QString());
    QVERIFY(changed.wait(5000));
}

void tst_ChangeFeed::psqlNotificationFromAnotherProcess_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QVariantList>("key");
    QTest::addColumn<QVariant>("version");
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QDateTime>("at");

    const QDateTime at(QDate(2026, 12, 1), QTime(18, 56, 30, 123));
    QTest::newRow("update")
        << R"({"t": "items", "s": "public", "k": [42], "v": 7, "d": false, "by": "ann", "at": "2026-12-01T18:56:30.123456", "p": 4242})"
        << "items" << QVariantList{qlonglong(42)} << QVariant(qlonglong(7)) << false << "ann" << at;
    QTest::newRow("delete")
        << R"({"t": "items", "s": "public", "k": [42], "v": null, "d": true, "by": null, "at": null, "p": 4242})"
        << "items" << QVariantList{qlonglong(42)} << QVariant() << true << QString() << QDateTime();
    QTest::newRow("composite key")
        << R"({"t": "order_lines", "s": "shop", "k": [9007199254740993, "b-7"], "v": 2, "d": false, "by": "bob", "at": "2026-12-01T18:56:30.123+02:00", "p": 1})"
        << "order_lines" << QVariantList{qlonglong(9007199254740993LL), QStringLiteral("b-7")}
        << QVariant(qlonglong(2)) << false << "bob"
        << QDateTime(QDate(2026, 12, 1), QTime(18, 56, 30, 123), Qt::OffsetFromUTC, 7200);
    QTest::newRow("unreadable time kept out")
        << R"({"t": "items", "k": [1], "v": 3, "d": false, "by": 5, "at": "yesterday"})"
        << "items" << QVariantList{qlonglong(1)} << QVariant(qlonglong(3)) << false << QString() << QDateTime();
}

void tst_ChangeFeed::psqlNotificationFromAnotherProcess()
{
    QFETCH(QString, payload);
    CONCORD_PLAIN_TEST_DB(tdb, "psql");
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    QSignalSpy spy(feed, &ChangeFeed::recordChanged);

    QCOMPARE(runWriter(tdb, {notifySql(payload)}), QString());
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    const RecordChange c = changeAt(spy, 0);
    QTEST(c.table(), "table");
    QTEST(c.key(), "key");
    QFETCH(QVariantList, key);
    for (int i = 0; i < key.size(); ++i)
        QCOMPARE(c.key().at(i).typeId(), key.at(i).typeId()); // qlonglong, not double
    QFETCH(QVariant, version);
    QCOMPARE(c.version(), version);
    QCOMPARE(c.version().typeId(), version.typeId());
    QTEST(c.isDeleted(), "deleted");
    QTEST(c.changedBy(), "by");
    QTEST(c.changedAt(), "at");
    QCOMPARE(c.origin(), RecordChange::Origin::OtherProcess);
    QCOMPARE(c.source(), nullptr);
}

void tst_ChangeFeed::psqlTriggerPayloadFromAnotherProcess()
{
    // A trigger that writes the payload as the contract says, so that the parser meets what
    // PostgreSQL itself produces (to_json of a timestamp, json_build_array of the key).
    CONCORD_PLAIN_TEST_DB(tdb, "psql");
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("items"), {QStringLiteral("qty INTEGER")}), QString());
    QCOMPARE(tdb.execAll({
                 QStringLiteral("INSERT INTO items (qty) VALUES (1)"),
                 QStringLiteral(
                     "CREATE FUNCTION tst_notify() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                     "DECLARE r items;\n"
                     "BEGIN\n"
                     "  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;\n"
                     "  PERFORM pg_notify('concord_changes', json_build_object("
                     "    't', TG_TABLE_NAME, 's', TG_TABLE_SCHEMA, 'k', json_build_array(r.id),"
                     "    'v', CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE r.version END,"
                     "    'd', TG_OP = 'DELETE', 'by', session_user,"
                     "    'at', to_json(clock_timestamp()::timestamp), 'p', pg_backend_pid())::text);\n"
                     "  RETURN NULL;\n"
                     "END $$"),
                 QStringLiteral("CREATE TRIGGER tst_notify AFTER INSERT OR UPDATE OR DELETE ON items "
                                "FOR EACH ROW EXECUTE FUNCTION tst_notify()"),
             }),
             QString());
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    QSignalSpy spy(feed, &ChangeFeed::recordChanged);

    const QDateTime before = QDateTime::currentDateTime().addSecs(-60);
    QCOMPARE(runWriter(tdb, {QStringLiteral("UPDATE items SET qty = 2, version = version + 1 WHERE id = 1"),
                             QStringLiteral("DELETE FROM items WHERE id = 1")}),
             QString());
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5000);
    const RecordChange updated = changeAt(spy, 0);
    QCOMPARE(updated.table(), QStringLiteral("items"));
    QCOMPARE(updated.key(), QVariantList{qlonglong(1)});
    QCOMPARE(updated.version(), QVariant(qlonglong(2)));
    QVERIFY(!updated.isDeleted());
    QCOMPARE(updated.changedBy(), tdb.scalar(QStringLiteral("SELECT session_user")).toString());
    // The server's clock, written without a zone, read as local time (both are this machine).
    QVERIFY2(updated.changedAt().isValid() && updated.changedAt() > before
                 && updated.changedAt() < QDateTime::currentDateTime().addSecs(60),
             qPrintable(updated.changedAt().toString(Qt::ISODateWithMs)));
    QCOMPARE(updated.origin(), RecordChange::Origin::OtherProcess);
    const RecordChange deleted = changeAt(spy, 1);
    QVERIFY(deleted.isDeleted());
    QCOMPARE(deleted.key(), QVariantList{qlonglong(1)});
    QVERIFY(deleted.version().isNull());
}

void tst_ChangeFeed::psqlOwnConnectionNotifyIsIgnored()
{
    CONCORD_PLAIN_TEST_DB(tdb, "psql");
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    QSignalSpy spy(feed, &ChangeFeed::recordChanged);

    // Ours first, theirs second: were ours delivered, it would come first.
    QCOMPARE(tdb.exec(notifySql(R"({"t": "mine", "k": [1], "v": 2, "d": false})")), QString());
    QCOMPARE(runWriter(tdb, {notifySql(R"({"t": "theirs", "k": [1], "v": 2, "d": false})")}), QString());
    QVERIFY(spy.wait(5000));
    QVERIFY(!spy.wait(kQuietMs));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(changeAt(spy, 0).table(), QStringLiteral("theirs"));
}

void tst_ChangeFeed::psqlMalformedPayloadIsIgnored()
{
    CONCORD_PLAIN_TEST_DB(tdb, "psql");
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    QSignalSpy spy(feed, &ChangeFeed::recordChanged);

    const QStringList malformed{
        QStringLiteral("not json"),
        QStringLiteral("[1, 2]"),
        QStringLiteral(R"({"t": "items"})"),
        QStringLiteral(R"({"t": "", "k": [1]})"),
        QStringLiteral(R"({"t": 5, "k": [1]})"),
        QStringLiteral(R"({"t": "items", "k": []})"),
        QStringLiteral(R"({"t": "items", "k": [null]})"),
        QStringLiteral(R"({"t": "items", "k": [{"id": 1}]})"),
        QStringLiteral(R"({"t": "items", "k": 1})"),
        QStringLiteral(R"({"t": "items", "k": [1], "d": "yes"})"),
        QStringLiteral(R"({"t": "items", "k": [1], "v": [2]})"),
        QStringLiteral(R"({"t": "items", "k": [1)"),
        QString(),
    };
    QStringList statements;
    for (const QString &payload : malformed) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed concord_changes payload")));
        statements << notifySql(payload);
    }
    statements << notifySql(R"({"t": "items", "k": [1], "v": 2, "d": false})");
    QCOMPARE(runWriter(tdb, statements), QString());

    // The valid one comes last, so once it is here every malformed one has been handled.
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(changeAt(spy, 0).table(), QStringLiteral("items"));
}

void tst_ChangeFeed::psqlOwnSaveThroughAnotherConnectionIsDeliveredOnce()
{
    // Two windows of one process, each on its own connection: a save on the second connection
    // is published in-process, and its notification must not come again as another program's.
    CONCORD_PLAIN_TEST_DB(tdb, "psql");
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    const QSqlDatabase second = tdb.open();
    QCOMPARE(ChangeFeed::forDatabase(second), feed);
    QSignalSpy spy(feed, &ChangeFeed::recordChanged);

    RecordChange saved(QStringLiteral("Items"), {5});
    saved.setVersion(3);
    feed->publish(saved);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(execOn(second, notifySql(R"({"t": "items", "k": [5], "v": 3, "d": false})")), QString());
    // Same record, a later version: somebody else's save, delivered.
    QCOMPARE(runWriter(tdb, {notifySql(R"({"t": "items", "k": [5], "v": 4, "d": false})")}), QString());
    QVERIFY(spy.wait(5000));
    QVERIFY(!spy.wait(kQuietMs));
    QCOMPARE(spy.count(), 2);
    const RecordChange theirs = changeAt(spy, 1);
    QCOMPARE(theirs.origin(), RecordChange::Origin::OtherProcess);
    QCOMPARE(theirs.version(), QVariant(qlonglong(4)));
}

void tst_ChangeFeed::psqlIdleFeedRunsNoQueries()
{
    CONCORD_PLAIN_TEST_DB(tdb, "psql");
    const QVariant feedPid = tdb.scalar(QStringLiteral("SELECT pg_backend_pid()"));
    ChangeFeed *feed = ChangeFeed::forDatabase(tdb.db());
    QVERIFY(feed);
    // Receivers on both signals: nothing may make a PostgreSQL feed poll.
    QSignalSpy records(feed, &ChangeFeed::recordChanged);
    QSignalSpy changed(feed, &ChangeFeed::databaseChanged);
    feed->setPollInterval(kFastPollMs);
    // The LISTEN is the one statement, and it is counted.
    QCOMPARE(feed->queryCount(), quint64(1));

    // The server agrees: the feed's backend starts no statement while idle.
    const QSqlDatabase observer = tdb.open();
    const QString activity = QStringLiteral("SELECT state_change FROM pg_stat_activity WHERE pid = %1")
                                 .arg(feedPid.toInt());
    auto stateChange = [&] {
        QSqlQuery q(observer);
        return q.exec(activity) && q.next() ? q.value(0) : QVariant();
    };
    const QVariant before = stateChange();
    QVERIFY(before.isValid());

    QVERIFY(!records.wait(1500));
    QCOMPARE(feed->queryCount(), quint64(1));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(stateChange(), before);
}

QTEST_GUILESS_MAIN(tst_ChangeFeed)
#include "tst_changefeed.moc"
