// The contract as an application programmer meets it: two VersionedTableModels on one database
// (one per operator, in one program), live updates at their default. Every stale write is a
// conflict: a save is checked against the version of the values its maker could have seen, and
// another model's save never advances what this model holds behind its back.
#include "itemsfixture.h"

#include <QSignalSpy>
#include <QTest>

using concord::RecordChange;
using concord::test::TestDatabase;
using namespace concord::test;
using Failure = VersionedTableModel::FailureKind;
using Strategy = QSqlTableModel::EditStrategy;

Q_DECLARE_METATYPE(QSqlTableModel::EditStrategy)

class tst_OutsideProgram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<RecordChange>(); }
    void staleSaveOfTheSameFieldConflicts_data() { matrix(); }
    void staleSaveOfTheSameFieldConflicts();
    void staleSaveOfAnotherFieldConflicts_data() { matrix(); }
    void staleSaveOfAnotherFieldConflicts();
    void blindRetryConflictsAgain_data() { matrix(); }
    void blindRetryConflictsAgain();
    void deleteAfterAnotherSaveConflicts_data() { matrix(); }
    void deleteAfterAnotherSaveConflicts();
    void anotherDeleteIsToldApart_data() { matrix(); }
    void anotherDeleteIsToldApart();
    void refreshIsOptIn_data() { TestDatabase::addBackendRows(); }
    void refreshIsOptIn();
    void rowKeepsItsMarkUntilReadAgain_data() { TestDatabase::addBackendRows(); }
    void rowKeepsItsMarkUntilReadAgain();

private:
    // Backend x one shared connection or two x the edit strategy the second model saves under.
    static void matrix();
    struct Pair
    {
        std::unique_ptr<VersionedTableModel> ann;
        std::unique_ptr<VersionedTableModel> bob;
    };
    static Pair open(TestDatabase &tdb);
    // Bob edits `column` of the first row the way his edit strategy saves it: at once
    // (OnFieldChange), when the row is left (OnRowChange), or at submitAll().
    static bool bobSaves(VersionedTableModel &bob, const char *column, const QVariant &value);
};

void tst_OutsideProgram::matrix()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("sameConnection");
    QTest::addColumn<Strategy>("strategy");
    const QList<QPair<const char *, Strategy>> strategies = {
        {"manual", QSqlTableModel::OnManualSubmit},
        {"row", QSqlTableModel::OnRowChange},
        {"field", QSqlTableModel::OnFieldChange}};
    for (const QString &b : TestDatabase::backends()) {
        for (bool same : {true, false}) {
            for (const auto &s : strategies) {
                QTest::newRow(qPrintable(QStringLiteral("%1/%2/%3")
                                             .arg(b, same ? QStringLiteral("one connection")
                                                          : QStringLiteral("two connections"),
                                                  QLatin1String(s.first))))
                    << b << same << s.second;
            }
        }
    }
}

tst_OutsideProgram::Pair tst_OutsideProgram::open(TestDatabase &tdb)
{
    QFETCH(bool, sameConnection);
    QFETCH(Strategy, strategy);
    Pair p;
    // Live updates as the library ships them: nothing here turns them on or off.
    p.ann = std::make_unique<VersionedTableModel>(nullptr, tdb.db());
    p.ann->setEditStrategy(QSqlTableModel::OnManualSubmit);
    p.ann->setTable(QStringLiteral("items"));
    p.ann->setSort(0, Qt::AscendingOrder);
    p.bob = std::make_unique<VersionedTableModel>(nullptr, sameConnection ? tdb.db() : tdb.open());
    p.bob->setEditStrategy(strategy);
    p.bob->setTable(QStringLiteral("items"));
    p.bob->setSort(0, Qt::AscendingOrder);
    if (!p.ann->select() || !p.bob->select())
        qWarning() << "select failed";
    return p;
}

bool tst_OutsideProgram::bobSaves(VersionedTableModel &bob, const char *column, const QVariant &value)
{
    switch (bob.editStrategy()) {
    case QSqlTableModel::OnFieldChange:
        return setField(bob, 0, column, value); // setData() saves, and says whether it could
    case QSqlTableModel::OnRowChange:
        // A view submits when the current row changes.
        return setField(bob, 0, column, value) && bob.submit();
    case QSqlTableModel::OnManualSubmit:
        return setField(bob, 0, column, value) && bob.submitAll();
    }
    return false;
}

void tst_OutsideProgram::staleSaveOfTheSameFieldConflicts()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    Pair p = open(tdb);
    QSignalSpy told(p.bob.get(), &VersionedTableModel::recordChangedElsewhere);
    QVERIFY(setField(*p.ann, 0, "name", QStringLiteral("Ann's name")));
    QVERIFY2(p.ann->submitAll(), qPrintable(p.ann->lastError().text()));
    QCoreApplication::processEvents(); // whatever the feed delivers through the event loop
    // Bob is told, and still holds what he read: his values and the version they were read at.
    QVERIFY(told.count() >= 1);
    QCOMPARE(p.bob->data(p.bob->index(0, col(*p.bob, "name"))).toString(), QStringLiteral("item 1"));
    QCOMPARE(p.bob->rowVersion(0).toInt(), 1);
    QVERIFY(p.bob->isChangedElsewhere(0));
    QCOMPARE(p.bob->rowState(0), VersionedTableModel::RowState::ChangedElsewhere);
    QVERIFY(!bobSaves(*p.bob, "name", QStringLiteral("Bob's name")));
    QCOMPARE(p.bob->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("Ann's name"));
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
}

void tst_OutsideProgram::staleSaveOfAnotherFieldConflicts()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    Pair p = open(tdb);
    QVERIFY(setField(*p.ann, 0, "name", QStringLiteral("Ann's name")));
    QVERIFY(p.ann->submitAll());
    QCoreApplication::processEvents();
    // Bob never saw Ann's name: his row is checked against version 1, whatever field he edits.
    QVERIFY(!bobSaves(*p.bob, "qty", 77));
    QCOMPARE(p.bob->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(value(tdb, "qty", 1).toInt(), 10);
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
    // The conflict shows all three: his edit, her change, and what both started from.
    const concord::ConflictSnapshot c = p.bob->conflict(0);
    QVERIFY(c.isValid());
    QCOMPARE(c.original().value(QStringLiteral("name")).toString(), QStringLiteral("item 1"));
    QCOMPARE(c.theirs().value(QStringLiteral("name")).toString(), QStringLiteral("Ann's name"));
    QCOMPARE(c.mine().value(QStringLiteral("qty")).toInt(), 77);
}

void tst_OutsideProgram::blindRetryConflictsAgain()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    Pair p = open(tdb);
    QVERIFY(setField(*p.ann, 0, "name", QStringLiteral("Ann's name")));
    QVERIFY(p.ann->submitAll());
    QCoreApplication::processEvents();
    QVERIFY(!bobSaves(*p.bob, "name", QStringLiteral("Bob's name")));
    // Saving again without resolving anything is the same stale write.
    QVERIFY(!p.bob->submitAll());
    QCOMPARE(p.bob->lastFailure(), Failure::ChangedByOthers);
    QVERIFY(!p.bob->submit() || p.bob->editStrategy() == QSqlTableModel::OnManualSubmit);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("Ann's name"));
    QCOMPARE(value(tdb, "version", 1).toInt(), 2);
}

void tst_OutsideProgram::deleteAfterAnotherSaveConflicts()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    Pair p = open(tdb);
    QVERIFY(setField(*p.ann, 0, "name", QStringLiteral("Ann's name")));
    QVERIFY(p.ann->submitAll());
    QCoreApplication::processEvents();
    // Bob deletes the record as he saw it; Ann's newer save must not go with it unseen.
    const bool manual = p.bob->editStrategy() == QSqlTableModel::OnManualSubmit;
    const bool removed = p.bob->removeRow(0);
    QVERIFY(manual ? removed && !p.bob->submitAll() : !removed);
    QCOMPARE(p.bob->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 1")).toInt(), 1);
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("Ann's name"));
}

void tst_OutsideProgram::anotherDeleteIsToldApart()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    Pair p = open(tdb);
    QVERIFY(p.ann->removeRow(0));
    QVERIFY(p.ann->submitAll());
    QCoreApplication::processEvents();
    QVERIFY(p.bob->isDeletedElsewhere(0));
    QCOMPARE(p.bob->data(p.bob->index(0, col(*p.bob, "name"))).toString(), QStringLiteral("item 1"));
    QVERIFY(!bobSaves(*p.bob, "name", QStringLiteral("Bob's name")));
    QCOMPARE(p.bob->lastFailure(), Failure::DeletedByOthers);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 1")).toInt(), 0);
}

void tst_OutsideProgram::refreshIsOptIn()
{
    // An application that shows its rows may ask for clean rows to follow others' saves: then
    // what its user saves next was made on the values shown, and is no conflict.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    QVERIFY(!bob->refreshesCleanRows());
    bob->setRefreshCleanRows(true);
    QVERIFY(bob->refreshesCleanRows());
    QSignalSpy changed(bob.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(setField(*ann, 0, "name", QStringLiteral("Ann's name")));
    QVERIFY(ann->submitAll());
    QCoreApplication::processEvents();
    QCOMPARE(bob->data(bob->index(0, col(*bob, "name"))).toString(), QStringLiteral("Ann's name"));
    QCOMPARE(bob->rowVersion(0).toInt(), 2);
    QVERIFY(!bob->isChangedElsewhere(0));
    QCOMPARE(changed.count(), 1);
    QVERIFY(setField(*bob, 0, "qty", 5));
    QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    QCOMPARE(value(tdb, "name", 1).toString(), QStringLiteral("Ann's name"));
    QCOMPARE(value(tdb, "qty", 1).toInt(), 5);
}

void tst_OutsideProgram::rowKeepsItsMarkUntilReadAgain()
{
    // A marked row stays marked through what does not read it (a revert of nothing, a repeat
    // of the same change), and a read (selectRow, select) ends the mark with their values.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(makeItems(tdb), QString());
    auto ann = openLiveModel(tdb.db());
    auto bob = openLiveModel(tdb.open());
    QSignalSpy told(bob.get(), &VersionedTableModel::recordChangedElsewhere);
    QVERIFY(setField(*ann, 1, "qty", 21));
    QVERIFY(ann->submitAll());
    QCoreApplication::processEvents();
    QVERIFY(bob->isChangedElsewhere(1));
    const int tellings = told.count();
    QVERIFY(tellings >= 1);
    bob->revertRow(1); // no edits to revert
    QVERIFY(bob->isChangedElsewhere(1));
    QCOMPARE(bob->changeElsewhere(1).theirs().value(QStringLiteral("qty")).toInt(), 21);
    QCOMPARE(told.count(), tellings);
    QVERIFY(bob->selectRow(1));
    QVERIFY(!bob->isChangedElsewhere(1));
    QCOMPARE(bob->data(bob->index(1, col(*bob, "qty"))).toInt(), 21);
    QCOMPARE(bob->rowVersion(1).toInt(), 2);
    QVERIFY(setField(*bob, 1, "qty", 22));
    QVERIFY2(bob->submitAll(), qPrintable(bob->lastError().text()));
    QCOMPARE(value(tdb, "qty", 2).toInt(), 22);
}

QTEST_MAIN(tst_OutsideProgram)
#include "tst_outsideprogram.moc"
