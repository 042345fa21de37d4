// Many operators at once: 25 threads, one connection each, do read-modify-write increments of
// one counter through VersionedTableModel, retrying on conflict. No increment may be lost.
#include "testdatabase.h"

#include <concord/databaseconnector.h>
#include <concord/versionedtablemodel.h>

#include <QAtomicInt>
#include <QSqlError>
#include <QThread>
#include <QTest>

#include <memory>
#include <vector>

using concord::DatabaseConnector;
using concord::VersionedTableModel;
using concord::test::TestDatabase;

class tst_ConcurrentIncrements : public QObject
{
    Q_OBJECT

private slots:
    void noIncrementIsLost_data() { TestDatabase::addBackendRows(); }
    void noIncrementIsLost();
};

void tst_ConcurrentIncrements::noIncrementIsLost()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("counter"), {QStringLiteral("hits INTEGER NOT NULL")}),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO counter (hits) VALUES (0)")), QString());

    constexpr int threads = 25;
    constexpr int increments = 5;
    constexpr int maxAttempts = 2000; // bounded: a livelock fails the test instead of hanging
    QAtomicInt conflicts;
    QAtomicInt busy;
    QAtomicInt done;
    QAtomicInt errors;
    const concord::ConnectionSpec spec = tdb.spec();
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&, t] {
            const QString name = QStringLiteral("worker-%1-%2").arg(tdb.backend()).arg(t);
            {
                QSqlError err;
                QSqlDatabase db = DatabaseConnector::open(spec, name, &err);
                if (!db.isValid()) {
                    qWarning() << "worker" << t << err.text();
                    errors.ref();
                    return;
                }
                VersionedTableModel model(nullptr, db);
                model.setEditStrategy(QSqlTableModel::OnManualSubmit);
                model.setTable(QStringLiteral("counter"));
                const int hits = model.fieldIndex(QStringLiteral("hits"));
                for (int i = 0; i < increments; ++i) {
                    bool saved = false;
                    for (int attempt = 0; attempt < maxAttempts && !saved; ++attempt) {
                        if (!model.select() || model.rowCount() != 1)
                            continue;
                        const int value = model.data(model.index(0, hits)).toInt();
                        model.setData(model.index(0, hits), value + 1);
                        saved = model.submitAll();
                        if (saved)
                            break;
                        if (model.lastFailure() == VersionedTableModel::FailureKind::ChangedByOthers)
                            conflicts.ref();
                        else
                            busy.ref(); // a locked SQLite file: try again, the edit is intact
                    }
                    if (saved)
                        done.ref();
                    else
                        errors.ref();
                }
            }
            DatabaseConnector::close(name);
        }));
    }
    for (auto &w : workers)
        w->start();
    for (auto &w : workers)
        QVERIFY(w->wait(QDeadlineTimer(300000)));

    QCOMPARE(errors.loadRelaxed(), 0);
    QCOMPARE(done.loadRelaxed(), threads * increments);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT hits FROM counter")).toInt(), threads * increments);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT version FROM counter")).toInt(), 1 + threads * increments);
    qInfo("%s: %d increments, %d conflicts retried, %d busy retries", qPrintable(tdb.backend()),
          threads * increments, conflicts.loadRelaxed(), busy.loadRelaxed());
}

QTEST_GUILESS_MAIN(tst_ConcurrentIncrements)
#include "tst_concurrentincrements.moc"
