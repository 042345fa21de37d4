// Tests for ConflictSnapshot: accessors, versions, the version column left out, my changed fields, and
// merges of real driver records from both backends.
#include "testdatabase.h"

#include <concord/conflictsnapshot.h>
#include <concord/threewaymerge.h>

#include <QDate>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using concord::ConflictSnapshot;
using concord::FieldMerge;
using concord::MergeResult;
namespace ThreeWayMerge = concord::ThreeWayMerge;
using concord::test::TestDatabase;
using Status = concord::FieldMerge::Status;

namespace {

QSqlRecord record(const QStringList &names, const QVariantList &values)
{
    QSqlRecord r;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QSqlField f(names.at(i), values.value(i).metaType());
        f.setValue(values.value(i));
        r.append(f);
    }
    return r;
}

const QStringList columns{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("qty"),
                          QStringLiteral("Version")};

ConflictSnapshot changedSnapshot()
{
    return ConflictSnapshot(ConflictSnapshot::Kind::ChangedByOthers, ConflictSnapshot::Operation::Update, 4,
                            QStringLiteral("product"),
                            record(columns, {7, QStringLiteral("Tea"), 1, 3}),
                            record(columns, {7, QStringLiteral("Green tea"), 1, 3}),
                            record(columns, {7, QStringLiteral("Tea"), 9, 4}), QStringLiteral("version"),
                            {QStringLiteral("id")});
}

QSqlRecord fetchRow(const QSqlDatabase &db, int id, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, price, qty, due, note, version FROM product WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return {};
    }
    return q.record();
}

} // namespace

class tst_ConflictSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void defaultSnapshotIsInvalid();
    void accessorsReturnWhatWasGiven();
    void fieldNamesLeaveOutTheVersionColumn();
    void versionsComeFromOriginalAndTheirs();
    void mergeIgnoresTheVersionColumn();
    void myChangedFieldsListsOnlyMyEdits();
    void deletedByOthersMergesToMyValues();
    void travelsInAQVariant();
    void mergesRealDriverRecords_data() { TestDatabase::addBackendRows(); }
    void mergesRealDriverRecords();
    void mergesAgainstARowDeletedInTheDatabase_data() { TestDatabase::addBackendRows(); }
    void mergesAgainstARowDeletedInTheDatabase();
};

void tst_ConflictSnapshot::defaultSnapshotIsInvalid()
{
    const ConflictSnapshot snapshot;
    QVERIFY(!snapshot.isValid());
    QCOMPARE(snapshot.kind(), ConflictSnapshot::Kind::None);
    QCOMPARE(snapshot.row(), -1);
    QVERIFY(snapshot.fieldNames().isEmpty());
    QVERIFY(snapshot.merge().fields().isEmpty());
}

void tst_ConflictSnapshot::accessorsReturnWhatWasGiven()
{
    const ConflictSnapshot snapshot = changedSnapshot();
    QVERIFY(snapshot.isValid());
    QCOMPARE(snapshot.kind(), ConflictSnapshot::Kind::ChangedByOthers);
    QVERIFY(!snapshot.isDeletedByOthers());
    QCOMPARE(snapshot.operation(), ConflictSnapshot::Operation::Update);
    QCOMPARE(snapshot.row(), 4);
    QCOMPARE(snapshot.table(), QStringLiteral("product"));
    QCOMPARE(snapshot.versionColumn(), QStringLiteral("version"));
    QCOMPARE(snapshot.primaryKey(), QStringList{QStringLiteral("id")});
    QCOMPARE(snapshot.original().value(QStringLiteral("name")), QVariant(QStringLiteral("Tea")));
    QCOMPARE(snapshot.mine().value(QStringLiteral("name")), QVariant(QStringLiteral("Green tea")));
    QCOMPARE(snapshot.theirs().value(QStringLiteral("qty")), QVariant(9));
}

void tst_ConflictSnapshot::fieldNamesLeaveOutTheVersionColumn()
{
    // The column is "Version" in the record and "version" in the snapshot: SQL names ignore case.
    QCOMPARE(changedSnapshot().fieldNames(),
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("qty")}));
}

void tst_ConflictSnapshot::versionsComeFromOriginalAndTheirs()
{
    const ConflictSnapshot snapshot = changedSnapshot();
    QCOMPARE(snapshot.originalVersion(), QVariant(3));
    QCOMPARE(snapshot.theirVersion(), QVariant(4));
}

void tst_ConflictSnapshot::mergeIgnoresTheVersionColumn()
{
    const MergeResult merged = changedSnapshot().merge();
    QCOMPARE(merged.fields().size(), 3);
    QVERIFY(!merged.field(QStringLiteral("version")));
    QCOMPARE(merged.conflictCount(), 0);
    QCOMPARE(merged.field(QStringLiteral("name"))->status(), Status::TakenFromMine);
    QCOMPARE(merged.field(QStringLiteral("qty"))->status(), Status::TakenFromTheirs);
    QCOMPARE(merged.field(QStringLiteral("id"))->status(), Status::Unchanged);
    const QVariantMap changes{{QStringLiteral("name"), QStringLiteral("Green tea")}};
    QCOMPARE(merged.changesAgainstTheirs(), changes);
}

void tst_ConflictSnapshot::myChangedFieldsListsOnlyMyEdits()
{
    const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                            QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("version")};
    const ConflictSnapshot snapshot(
        ConflictSnapshot::Kind::ChangedByOthers, ConflictSnapshot::Operation::Update, 0, QStringLiteral("t"),
        record(names, {1, 1, 1, 1, 12.5, 1}),
        // a: mine only, b: same change, c: conflict, d: theirs only, e: retyped but equal
        record(names, {2, 2, 2, 1, QStringLiteral("12.50"), 1}),
        record(names, {1, 2, 3, 4, 12.5, 2}), QStringLiteral("version"), {});
    QCOMPARE(snapshot.myChangedFields(),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(snapshot.merge().conflictCount(), 1);
}

void tst_ConflictSnapshot::deletedByOthersMergesToMyValues()
{
    const ConflictSnapshot snapshot(ConflictSnapshot::Kind::DeletedByOthers, ConflictSnapshot::Operation::Update,
                                    2, QStringLiteral("product"),
                                    record(columns, {7, QStringLiteral("Tea"), 1, 3}),
                                    record(columns, {7, QStringLiteral("Tea"), 5, 3}), QSqlRecord(),
                                    QStringLiteral("version"), {QStringLiteral("id")});
    QVERIFY(snapshot.isDeletedByOthers());
    QVERIFY(snapshot.theirs().isEmpty());
    QVERIFY(snapshot.theirVersion().isNull());
    QCOMPARE(snapshot.originalVersion(), QVariant(3));
    QCOMPARE(snapshot.myChangedFields(), QStringList{QStringLiteral("qty")});
    const MergeResult merged = snapshot.merge();
    QCOMPARE(merged.conflictCount(), 0);
    QVERIFY(!merged.needsChoices());
    const QVariantMap expected{{QStringLiteral("id"), 7}, {QStringLiteral("name"), QStringLiteral("Tea")},
                               {QStringLiteral("qty"), 5}};
    QCOMPARE(merged.values(), expected);
}

void tst_ConflictSnapshot::travelsInAQVariant()
{
    // Queued signals carry it by value.
    const QVariant v = QVariant::fromValue(changedSnapshot());
    QVERIFY(v.canConvert<ConflictSnapshot>());
    const ConflictSnapshot back = v.value<ConflictSnapshot>();
    QCOMPARE(back.row(), 4);
    QCOMPARE(back.myChangedFields(), QStringList{QStringLiteral("name")});
}

void tst_ConflictSnapshot::mergesRealDriverRecords()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QVERIFY2(tdb.createVersionedTable(QStringLiteral("product"),
                                      {QStringLiteral("name VARCHAR(50)"), QStringLiteral("price NUMERIC(10,2)"),
                                       QStringLiteral("qty INTEGER"), QStringLiteral("due DATE"),
                                       QStringLiteral("note VARCHAR(50)")})
                 .isEmpty(),
             "create table");
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO product (name, price, qty, due, note) "
                                     "VALUES ('Tea', 12.50, 5, '2024-05-01', NULL)")),
             QString());
    QString error;
    const QSqlRecord original = fetchRow(tdb.db(), 1, &error);
    QVERIFY2(!original.isEmpty(), qPrintable(error));

    QSqlDatabase other = tdb.open();
    {
        QSqlQuery q(other);
        QVERIFY2(q.exec(QStringLiteral("UPDATE product SET qty = 7, note = 'restocked', "
                                       "version = version + 1 WHERE id = 1")),
                 qPrintable(q.lastError().text()));
    }
    const QSqlRecord theirs = fetchRow(tdb.db(), 1, &error);
    QVERIFY2(!theirs.isEmpty(), qPrintable(error));

    // My edits as an editor produces them: typed text and a QDate, not the driver's types.
    QSqlRecord mine = original;
    mine.setValue(QStringLiteral("name"), QStringLiteral("Green tea"));
    mine.setValue(QStringLiteral("price"), QStringLiteral("12.5"));
    mine.setValue(QStringLiteral("due"), QDate(2024, 5, 1));
    mine.setValue(QStringLiteral("note"), QStringLiteral("mine"));

    const ConflictSnapshot snapshot(ConflictSnapshot::Kind::ChangedByOthers, ConflictSnapshot::Operation::Update,
                                    0, QStringLiteral("product"), original, mine, theirs,
                                    QStringLiteral("version"), {QStringLiteral("id")});
    QVERIFY(ThreeWayMerge::sameValue(snapshot.originalVersion(), 1));
    QVERIFY(ThreeWayMerge::sameValue(snapshot.theirVersion(), 2));
    QCOMPARE(snapshot.myChangedFields(), (QStringList{QStringLiteral("name"), QStringLiteral("note")}));

    MergeResult merged = snapshot.merge();
    QCOMPARE(merged.fields().size(), 6);
    QCOMPARE(merged.field(QStringLiteral("id"))->status(), Status::Unchanged);
    QCOMPARE(merged.field(QStringLiteral("name"))->status(), Status::TakenFromMine);
    QCOMPARE(merged.field(QStringLiteral("price"))->status(), Status::Unchanged);
    QCOMPARE(merged.field(QStringLiteral("qty"))->status(), Status::TakenFromTheirs);
    QCOMPARE(merged.field(QStringLiteral("due"))->status(), Status::Unchanged);
    QCOMPARE(merged.field(QStringLiteral("note"))->status(), Status::Conflict);
    QVERIFY(merged.needsChoices());

    QVERIFY(merged.choose(QStringLiteral("note"), FieldMerge::Choice::Custom, QStringLiteral("restocked, mine")));
    QVERIFY(!merged.needsChoices());
    const QVariantMap changes = merged.changesAgainstTheirs();
    QCOMPARE(changes.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("note")}));
    QVERIFY(ThreeWayMerge::sameValue(merged.values().value(QStringLiteral("qty")), 7));
}

void tst_ConflictSnapshot::mergesAgainstARowDeletedInTheDatabase()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QVERIFY(tdb.createVersionedTable(QStringLiteral("product"),
                                     {QStringLiteral("name VARCHAR(50)"), QStringLiteral("price NUMERIC(10,2)"),
                                      QStringLiteral("qty INTEGER"), QStringLiteral("due DATE"),
                                      QStringLiteral("note VARCHAR(50)")})
                .isEmpty());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO product (name, price, qty, due, note) "
                                     "VALUES ('Tea', 3.20, 5, NULL, 'n')")),
             QString());
    QString error;
    const QSqlRecord original = fetchRow(tdb.db(), 1, &error);
    QVERIFY2(!original.isEmpty(), qPrintable(error));
    QSqlDatabase other = tdb.open();
    {
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM product WHERE id = 1")));
    }
    QVERIFY(fetchRow(tdb.db(), 1, &error).isEmpty());

    QSqlRecord mine = original;
    mine.setValue(QStringLiteral("qty"), 6);
    const ConflictSnapshot snapshot(ConflictSnapshot::Kind::DeletedByOthers, ConflictSnapshot::Operation::Update,
                                    0, QStringLiteral("product"), original, mine, QSqlRecord(),
                                    QStringLiteral("version"), {QStringLiteral("id")});
    QCOMPARE(snapshot.myChangedFields(), QStringList{QStringLiteral("qty")});
    const MergeResult merged = snapshot.merge();
    QCOMPARE(merged.conflictCount(), 0);
    QCOMPARE(merged.values().size(), 6);
    QVERIFY(ThreeWayMerge::sameValue(merged.values().value(QStringLiteral("qty")), 6));
    QVERIFY(ThreeWayMerge::sameValue(merged.values().value(QStringLiteral("price")), 3.2));
    QVERIFY(merged.values().value(QStringLiteral("due")).isNull());
    // Re-creating the row writes every value that is not null.
    QCOMPARE(merged.changesAgainstTheirs().keys(),
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note"),
                          QStringLiteral("price"), QStringLiteral("qty")}));
}

QTEST_GUILESS_MAIN(tst_ConflictSnapshot)
#include "tst_conflictsnapshot.moc"
