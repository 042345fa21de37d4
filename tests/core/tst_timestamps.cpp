// Date-times whatever the client's time zone (issue 25, item 1): a TIMESTAMP holds the wall-clock
// time that was given, a TIMESTAMPTZ the instant; through saves, inserts, keys, microseconds,
// daylight-saving gaps and overlaps, audit "when" columns (client- and trigger-written) and a
// reopened session. PostgreSQL sessions start in UTC (ClientZone), as on most servers; what the
// database holds is read back as text, on PostgreSQL in UTC where a zone is involved.
#include "clientzone.h"
#include "itemsfixture.h"

#include <concord/tablepreparer.h>

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using concord::test::ClientZone;
using concord::test::TestDatabase;

namespace {

const QList<QByteArray> zones{QByteArrayLiteral("Europe/Berlin"),
                              QByteArrayLiteral("America/New_York"),
                              QByteArrayLiteral("Asia/Kolkata")};

// One row per backend and client zone.
void addZoneRows(bool sqlite = true)
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("zone");
    for (const QString &backend : TestDatabase::backends()) {
        if (!sqlite && backend == QLatin1String("sqlite"))
            continue;
        for (const QByteArray &zone : zones)
            QTest::newRow(qPrintable(backend + u' ' + QString::fromLatin1(zone))) << backend << zone;
    }
}

std::unique_ptr<VersionedTableModel> openStamps(const QSqlDatabase &db, const QString &table)
{
    auto model = std::make_unique<VersionedTableModel>(nullptr, db);
    model->setEditStrategy(QSqlTableModel::OnManualSubmit);
    model->setLiveUpdates(false);
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

// A column as the database holds it: PostgreSQL's own text (a TIMESTAMPTZ in UTC, so that the
// session's zone plays no part), SQLite's stored text.
QString held(TestDatabase &tdb, const QString &table, const QString &column, const QString &where)
{
    QString expr = column;
    if (!tdb.isSqlite()) {
        const QString type = tdb.scalar(QStringLiteral("SELECT pg_typeof(%1)::text FROM %2 LIMIT 1")
                                            .arg(column, table)).toString();
        expr = type.contains(QLatin1String("with time zone"))
            ? QStringLiteral("(%1 AT TIME ZONE 'UTC')::text").arg(column)
            : QStringLiteral("%1::text").arg(column);
    }
    return tdb.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(expr, table, where)).toString();
}

QString utcText(const QDateTime &local)
{
    return local.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

class tst_Timestamps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ClientZone::serverSessionsInUtc(); }

    void typedWallClockIsStored_data() { addZoneRows(); }
    void typedWallClockIsStored();
    void insertedWallClockIsStored_data() { addZoneRows(); }
    void insertedWallClockIsStored();
    void wallClockSurvivesDaylightSaving_data();
    void wallClockSurvivesDaylightSaving();
    void timestampKeysKeepWallClockAndMicroseconds_data() { addZoneRows(false); }
    void timestampKeysKeepWallClockAndMicroseconds();
    void auditWhenIsTheColumnsKind_data();
    void auditWhenIsTheColumnsKind();
    void serverAuditWritesClientWallClock_data() { addZoneRows(false); }
    void serverAuditWritesClientWallClock();
    void versionlessComparesWallClock_data() { addZoneRows(false); }
    void versionlessComparesWallClock();
};

void tst_Timestamps::typedWallClockIsStored()
{
    QFETCH(QByteArray, zone);
    ClientZone client(zone);
    CONCORD_OPEN_TEST_DB(tdb);
    const QString tzType = tdb.isSqlite() ? QStringLiteral("TEXT") : QStringLiteral("TIMESTAMPTZ");
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("stamps"),
                                      {QStringLiteral("ts TIMESTAMP"), QStringLiteral("tz ") + tzType,
                                       QStringLiteral("note VARCHAR(20)")}),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO stamps (note) VALUES ('a')")), QString());
    auto m = openStamps(tdb.db(), QStringLiteral("stamps"));
    QCOMPARE(m->rowCount(), 1);

    const QDateTime noon(QDate(2024, 1, 15), QTime(12, 0));
    QVERIFY(set(*m, 0, "ts", noon));
    QVERIFY(set(*m, 0, "tz", noon));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));

    if (tdb.isSqlite()) {
        // SQLite keeps text: the zone changes nothing in what is written.
        QCOMPARE(held(tdb, QStringLiteral("stamps"), QStringLiteral("ts"), QStringLiteral("id = 1")),
                 QStringLiteral("2024-01-15T12:00:00.000"));
    } else {
        QCOMPARE(held(tdb, QStringLiteral("stamps"), QStringLiteral("ts"), QStringLiteral("id = 1")),
                 QStringLiteral("2024-01-15 12:00:00"));
        QCOMPARE(held(tdb, QStringLiteral("stamps"), QStringLiteral("tz"), QStringLiteral("id = 1")),
                 utcText(noon));
    }
    // After F5 the form shows what was typed, not a shifted value.
    QVERIFY(m->select());
    QCOMPARE(get(*m, 0, "ts").toDateTime(), noon);
    QCOMPARE(get(*m, 0, "tz").toDateTime(), noon);
}

void tst_Timestamps::insertedWallClockIsStored()
{
    QFETCH(QByteArray, zone);
    ClientZone client(zone);
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("stamps"),
                                      {QStringLiteral("ts TIMESTAMP"), QStringLiteral("note VARCHAR(20)")}),
             QString());
    auto m = openStamps(tdb.db(), QStringLiteral("stamps"));
    QVERIFY(m->insertRow(0));
    const QDateTime evening(QDate(2024, 7, 1), QTime(21, 45, 30));
    QVERIFY(set(*m, 0, "ts", evening));
    QVERIFY(set(*m, 0, "note", QStringLiteral("new")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(held(tdb, QStringLiteral("stamps"), QStringLiteral("ts"), QStringLiteral("note = 'new'")),
             tdb.isSqlite() ? QStringLiteral("2024-07-01T21:45:30.000")
                            : QStringLiteral("2024-07-01 21:45:30"));
    QCOMPARE(get(*m, 0, "ts").toDateTime(), evening);
}

void tst_Timestamps::wallClockSurvivesDaylightSaving_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("wallClock");
    for (const QString &backend : TestDatabase::backends()) {
        const auto row = [&](const char *name, const char *zone, const char *at) {
            QTest::newRow(qPrintable(backend + u' ' + QLatin1String(name)))
                << backend << QByteArray(zone) << QString::fromLatin1(at);
        };
        row("Berlin spring-forward gap", "Europe/Berlin", "2024-03-31 02:30:00");
        row("Berlin fall-back overlap", "Europe/Berlin", "2024-10-27 02:30:00");
        row("New York spring-forward gap", "America/New_York", "2024-03-10 02:30:00");
        row("New York fall-back overlap", "America/New_York", "2024-11-03 01:30:00");
    }
}

void tst_Timestamps::wallClockSurvivesDaylightSaving()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, wallClock);
    ClientZone client(zone);
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("stamps"),
                                      {QStringLiteral("ts TIMESTAMP"), QStringLiteral("note VARCHAR(20)")}),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO stamps (ts, note) VALUES ('%1', 'read')").arg(wallClock)),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO stamps (note) VALUES ('typed')")), QString());
    auto m = openStamps(tdb.db(), QStringLiteral("stamps"));
    QCOMPARE(m->rowCount(), 2);

    // Given as a date and a time of day: the wall clock, even where the local clock skips it.
    const QDateTime given(QDate::fromString(wallClock.left(10), Qt::ISODate),
                          QTime::fromString(wallClock.mid(11), Qt::ISODate));
    QVERIFY(set(*m, 1, "ts", tdb.isSqlite() ? QVariant(wallClock) : QVariant(given)));
    // Read, then written back as an editor does when it commits what it shows.
    const QVariant read = get(*m, 0, "ts");
    QVERIFY(set(*m, 0, "ts", read));
    QVERIFY(set(*m, 0, "note", QStringLiteral("written")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));

    QCOMPARE(held(tdb, QStringLiteral("stamps"), QStringLiteral("ts"), QStringLiteral("id = 1")), wallClock);
    QCOMPARE(held(tdb, QStringLiteral("stamps"), QStringLiteral("ts"), QStringLiteral("id = 2")), wallClock);
}

void tst_Timestamps::timestampKeysKeepWallClockAndMicroseconds()
{
    QFETCH(QByteArray, zone);
    ClientZone client(zone);
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE keyed (k TIMESTAMP(6) PRIMARY KEY, "
                                         "ts TIMESTAMP(6), note VARCHAR(20), "
                                         "version INTEGER NOT NULL DEFAULT 1)"),
                          QStringLiteral("INSERT INTO keyed (k, ts, note) VALUES "
                                         "('2024-01-15 12:00:00.123456', '2024-01-15 12:00:00.654321', 'a')")}),
             QString());
    auto m = openStamps(tdb.db(), QStringLiteral("keyed"));
    QCOMPARE(m->rowCount(), 1);

    // An edit of another column finds the row by its exact key and leaves the stamps alone.
    QVERIFY(set(*m, 0, "note", QStringLiteral("edited")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT count(*) FROM keyed WHERE note = 'edited' AND "
                                       "k = '2024-01-15 12:00:00.123456' AND "
                                       "ts = '2024-01-15 12:00:00.654321'")).toInt(), 1);

    // New records keyed by a typed wall clock (one in Berlin's spring-forward gap), and a value
    // with microseconds given as the server's text.
    const QDateTime one(QDate(2024, 1, 15), QTime(13, 0));
    const QDateTime gap(QDate(2024, 3, 31), QTime(2, 30));
    for (const QDateTime &key : {one, gap}) {
        QVERIFY(m->insertRow(m->rowCount()));
        const int row = m->rowCount() - 1;
        QVERIFY(set(*m, row, "k", key));
        QVERIFY(set(*m, row, "ts", QStringLiteral("2024-01-15 13:00:00.000007")));
        QVERIFY(set(*m, row, "note", key.time().toString(QStringLiteral("HHmm"))));
        QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    }
    QCOMPARE(held(tdb, QStringLiteral("keyed"), QStringLiteral("k"), QStringLiteral("note = '1300'")),
             QStringLiteral("2024-01-15 13:00:00"));
    QCOMPARE(held(tdb, QStringLiteral("keyed"), QStringLiteral("k"), QStringLiteral("note = '0230'")),
             QStringLiteral("2024-03-31 02:30:00"));
    QCOMPARE(held(tdb, QStringLiteral("keyed"), QStringLiteral("ts"), QStringLiteral("note = '1300'")),
             QStringLiteral("2024-01-15 13:00:00.000007"));

    // Each inserted record is known by its key: a further edit saves that record.
    QVERIFY(m->select());
    QCOMPARE(m->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(set(*m, row, "note", QStringLiteral("again %1").arg(row)));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT count(*) FROM keyed WHERE note LIKE 'again %'")).toInt(), 3);
    QCOMPARE(held(tdb, QStringLiteral("keyed"), QStringLiteral("k"), QStringLiteral("note = 'again 1'")),
             QStringLiteral("2024-01-15 13:00:00"));
}

void tst_Timestamps::auditWhenIsTheColumnsKind_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("type");
    for (const QString &backend : TestDatabase::backends()) {
        for (const QByteArray &zone : zones) {
            const QString name = backend + u' ' + QString::fromLatin1(zone);
            QTest::newRow(qPrintable(name + QStringLiteral(" TIMESTAMP")))
                << backend << zone << QStringLiteral("TIMESTAMP");
            if (backend == QLatin1String("psql"))
                QTest::newRow(qPrintable(name + QStringLiteral(" TIMESTAMPTZ")))
                    << backend << zone << QStringLiteral("TIMESTAMPTZ");
        }
    }
}

void tst_Timestamps::auditWhenIsTheColumnsKind()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, type);
    ClientZone client(zone);
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("stamps"),
                                      {QStringLiteral("note VARCHAR(20)"),
                                       QStringLiteral("modified_by VARCHAR(80)"),
                                       QStringLiteral("modified_at ") + type}),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO stamps (note) VALUES ('a')")), QString());
    auto m = openStamps(tdb.db(), QStringLiteral("stamps"));
    const QDateTime when(QDate(2026, 3, 14), QTime(10, 2));
    m->setAuditTime(when);
    QVERIFY(set(*m, 0, "note", QStringLiteral("edited")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    // A TIMESTAMP "when" is the client's wall clock; a TIMESTAMPTZ one the instant.
    QCOMPARE(held(tdb, QStringLiteral("stamps"), QStringLiteral("modified_at"), QStringLiteral("id = 1")),
             type == QLatin1String("TIMESTAMPTZ") ? utcText(when) : QStringLiteral("2026-03-14 10:02:00"));
}

void tst_Timestamps::serverAuditWritesClientWallClock()
{
    QFETCH(QByteArray, zone);
    ClientZone client(zone);
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("stamps"), {QStringLiteral("note VARCHAR(20)")}),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO stamps (note) VALUES ('a')")), QString());
    concord::TablePreparer::Options options;
    options.audit = true;
    const auto report = concord::TablePreparer::prepare(tdb.db(), QStringLiteral("stamps"), options);
    QVERIFY2(report.ok, qPrintable(report.error));

    auto m = openStamps(tdb.db(), QStringLiteral("stamps"));
    const auto saveAndCheck = [&](const QString &note) {
        QVERIFY(set(*m, 0, "note", note));
        const QDateTime before = QDateTime::currentDateTime().addSecs(-60);
        QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
        const QDateTime after = QDateTime::currentDateTime().addSecs(60);
        // The trigger's now() as a TIMESTAMP: the wall clock of the client that saved.
        const QDateTime stamped = QDateTime::fromString(
            held(tdb, QStringLiteral("stamps"), QStringLiteral("modified_at"), QStringLiteral("id = 1")).left(19),
            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY2(stamped >= before && stamped <= after,
                 qPrintable(stamped.toString(Qt::ISODate) + QStringLiteral(" not near ")
                            + QDateTime::currentDateTime().toString(Qt::ISODate)));
    };
    saveAndCheck(QStringLiteral("first"));
    if (QTest::currentTestFailed())
        return;

    // The server drops the session; the model's next read opens a new one, set up the same way.
    const int pid = tdb.scalar(QStringLiteral("SELECT pg_backend_pid()")).toInt();
    QSqlDatabase other = tdb.open();
    QSqlQuery kill(other);
    QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
    QVERIFY2(m->select(), qPrintable(m->lastError().text()));
    QVERIFY(tdb.scalar(QStringLiteral("SELECT pg_backend_pid()")).toInt() != pid);
    QCOMPARE(tdb.scalar(QStringLiteral("SHOW TimeZone")).toString(), QString::fromLatin1(zone));
    saveAndCheck(QStringLiteral("second"));
}

void tst_Timestamps::versionlessComparesWallClock()
{
    QFETCH(QByteArray, zone);
    ClientZone client(zone);
    CONCORD_OPEN_TEST_DB(tdb);
    // Times the local clock skips in Berlin and in New York, and an ordinary one.
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE plain (id INTEGER PRIMARY KEY, ts TIMESTAMP)"),
                          QStringLiteral("INSERT INTO plain VALUES (1, '2024-03-31 02:30:00'), "
                                         "(2, '2024-03-10 02:30:00'), (3, '2024-01-15 12:00:00')")}),
             QString());
    auto m = std::make_unique<VersionedTableModel>(nullptr, tdb.db());
    m->setEditStrategy(QSqlTableModel::OnManualSubmit);
    m->setLiveUpdates(false);
    m->setVersionStrategy(concord::VersionStrategy::Versionless);
    m->setTable(QStringLiteral("plain"));
    m->setSort(0, Qt::AscendingOrder);
    QVERIFY2(m->select(), qPrintable(m->lastError().text()));
    QCOMPARE(m->rowCount(), 3);
    // Each save is conditional on the value read still being there: it is, so no conflict.
    const QDateTime next(QDate(2024, 6, 1), QTime(8, 0));
    for (int row = 0; row < 3; ++row)
        QVERIFY(set(*m, row, "ts", next.addSecs(row * 60)));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(held(tdb, QStringLiteral("plain"), QStringLiteral("ts"), QStringLiteral("id = 3")),
             QStringLiteral("2024-06-01 08:02:00"));
    // A delete compares the whole row.
    QCOMPARE(tdb.exec(QStringLiteral("UPDATE plain SET ts = '2024-03-31 02:45:00' WHERE id = 1")), QString());
    QVERIFY(m->select());
    QVERIFY(m->removeRow(0));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT count(*) FROM plain")).toInt(), 2);
}

QTEST_GUILESS_MAIN(tst_Timestamps)
#include "tst_timestamps.moc"
