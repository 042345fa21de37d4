// Many operators at once: 25 threads, one connection each, do read-modify-write increments of
// one counter through VersionedTableModel, retrying on conflict (and on Locked, the one failure
// that means "try again"). Anything else fails the test. All of them load before any saves, so
// conflicts are certain; no increment may be lost.
#include "testdatabase.h"

#include <concord/databaseconnector.h>
#include <concord/versionedtablemodel.h>

#include <QAtomicInt>
#include <QMutex>
#include <QSqlError>
#include <QThread>
#include <QTest>

#include <latch>
#include <memory>
#include <utility>
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
    QAtomicInt locked;
    QAtomicInt done;
    QMutex errorsMutex;
    QStringList errors;
    const auto fail = [&](int t, const QString &what) {
        const QMutexLocker lock(&errorsMutex);
        errors << QStringLiteral("worker %1: %2").arg(t).arg(what);
    };
    // Every operator loads the counter once before any of them saves: at that first save they
    // all hold version 1, only one save can succeed, so conflicts are certain, not just likely.
    std::latch allLoaded(threads);
    const concord::ConnectionSpec spec = tdb.spec();
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&, t] {
            const QString name = QStringLiteral("worker-%1-%2").arg(tdb.backend()).arg(t);
            bool arrived = false;
            const auto arrive = [&] {
                if (!std::exchange(arrived, true))
                    allLoaded.arrive_and_wait();
            };
            {
                QSqlError err;
                QSqlDatabase db = DatabaseConnector::open(spec, name, &err);
                if (!db.isValid()) {
                    fail(t, QStringLiteral("cannot connect: ") + err.text());
                    arrive();
                    return;
                }
                VersionedTableModel model(nullptr, db);
                model.setEditStrategy(QSqlTableModel::OnManualSubmit);
                model.setTable(QStringLiteral("counter"));
                const int hits = model.fieldIndex(QStringLiteral("hits"));
                bool stop = false;
                for (int i = 0; i < increments && !stop; ++i) {
                    bool saved = false;
                    int attempt = 0;
                    for (; attempt < maxAttempts && !saved && !stop; ++attempt) {
                        // Only a lock held past the busy/lock timeout is worth a plain retry.
                        if (!model.select()) {
                            if (model.lastFailure() != VersionedTableModel::FailureKind::Locked) {
                                fail(t, QStringLiteral("select failed (%1): %2")
                                            .arg(int(model.lastFailure()))
                                            .arg(model.lastError().text()));
                                stop = true;
                            } else {
                                locked.ref();
                            }
                            continue;
                        }
                        if (model.rowCount() != 1) {
                            fail(t, QStringLiteral("select found %1 rows").arg(model.rowCount()));
                            stop = true;
                            continue;
                        }
                        const int value = model.data(model.index(0, hits)).toInt();
                        model.setData(model.index(0, hits), value + 1);
                        arrive(); // the first load is done; wait for everybody else's
                        saved = model.submitAll();
                        if (saved)
                            break;
                        switch (model.lastFailure()) {
                        case VersionedTableModel::FailureKind::ChangedByOthers:
                            conflicts.ref();
                            break;
                        case VersionedTableModel::FailureKind::Locked:
                            locked.ref(); // nothing was written, the edit is intact: try again
                            break;
                        default:
                            fail(t, QStringLiteral("save failed (%1): %2")
                                        .arg(int(model.lastFailure()))
                                        .arg(model.lastError().text()));
                            stop = true;
                        }
                    }
                    if (saved)
                        done.ref();
                    else if (!stop)
                        fail(t, QStringLiteral("increment %1 not saved after %2 attempts").arg(i).arg(attempt));
                    if (!saved)
                        stop = true;
                }
                arrive(); // never leave the others waiting
            }
            DatabaseConnector::close(name);
        }));
    }
    for (auto &w : workers)
        w->start();
    for (auto &w : workers)
        QVERIFY(w->wait(QDeadlineTimer(300000)));

    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(done.loadRelaxed(), threads * increments);
    // Every operator but one lost the first race: the retries above were really exercised.
    QVERIFY2(conflicts.loadRelaxed() > 0, "no save ever conflicted");
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT hits FROM counter")).toInt(), done.loadRelaxed());
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT version FROM counter")).toInt(), 1 + done.loadRelaxed());
    qInfo("%s: %d increments, %d conflicts retried, %d locked retries", qPrintable(tdb.backend()),
          done.loadRelaxed(), conflicts.loadRelaxed(), locked.loadRelaxed());
}

QTEST_GUILESS_MAIN(tst_ConcurrentIncrements)
#include "tst_concurrentincrements.moc"
