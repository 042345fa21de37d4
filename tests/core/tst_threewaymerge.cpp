// Tests for ThreeWayMerge and MergeResult: each field status, equality by meaning, choices, and the deleted-row case.
#include <concord/threewaymerge.h>

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QSqlRecord>
#include <QTest>

using concord::FieldMerge;
using concord::MergeResult;
namespace ThreeWayMerge = concord::ThreeWayMerge;
using Status = concord::FieldMerge::Status;
using Choice = concord::FieldMerge::Choice;

namespace {

QVariant typedNull(QMetaType type)
{
    return QVariant(type);
}

// A record the way a driver hands it out: typed fields, in column order.
QSqlRecord record(const QList<std::pair<QString, QMetaType>> &columns, const QVariantList &values)
{
    QSqlRecord r;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QSqlField f(columns.at(i).first, columns.at(i).second);
        f.setValue(values.value(i));
        r.append(f);
    }
    return r;
}

const QList<std::pair<QString, QMetaType>> productColumns = {
    {QStringLiteral("id"), QMetaType::fromType<int>()},
    {QStringLiteral("name"), QMetaType::fromType<QString>()},
    {QStringLiteral("price"), QMetaType::fromType<double>()},
    {QStringLiteral("code"), QMetaType::fromType<QString>()},
    {QStringLiteral("version"), QMetaType::fromType<int>()},
};

} // namespace

Q_DECLARE_METATYPE(Status)

class tst_ThreeWayMerge : public QObject
{
    Q_OBJECT

private slots:
    void sameValueComparesByMeaning_data();
    void sameValueComparesByMeaning();
    void eachStatusIsReached_data();
    void eachStatusIsReached();
    void conflictHasNoResultUntilChosen();
    void chooseMineTheirsOrCustom();
    void chooseNoneReopensTheConflict();
    void chooseUnknownFieldFails();
    void needsChoicesUntilEveryConflictIsChosen();
    void valuesHoldEveryField();
    void changesAgainstTheirsOnlyListsRealDifferences();
    void changesAgainstTheirsSkipsOpenConflicts();
    void numericStringAgainstDoubleIsNoChange();
    void clearingAFieldIsAChange();
    void deletedByOthersTakesMineWithoutConflicts();
    void deletedRecordTakesMineWithoutConflicts();
    void mergeAgainstDeletionIsMineOrUnchanged();
    void recordMergeFollowsOriginalOrderAndIgnoresVersion();
    void recordMergeFallsBackToMineOrder();
    void numericColumnComparesNumericStringsByValue();
    void textColumnKeepsLeadingZeros();
    void mapMergeFollowsGivenOrder();
    void mapMergeWithoutOrderUsesEveryKey();
    void fieldLookupByName();
    void choosingInACopyLeavesTheOriginal();
};

void tst_ThreeWayMerge::sameValueComparesByMeaning_data()
{
    QTest::addColumn<QVariant>("a");
    QTest::addColumn<QVariant>("b");
    QTest::addColumn<bool>("same");

    const QVariant nullInt = typedNull(QMetaType::fromType<int>());
    const QVariant nullString = typedNull(QMetaType::fromType<QString>());
    QTest::newRow("null == null") << QVariant() << QVariant() << true;
    QTest::newRow("typed nulls of different types") << nullInt << nullString << true;
    QTest::newRow("null != 0") << nullInt << QVariant(0) << false;
    QTest::newRow("0 != null") << QVariant(0) << QVariant() << false;
    QTest::newRow("null != empty string") << nullString << QVariant(QString()) << false;
    QTest::newRow("empty string != null") << QVariant(QStringLiteral("")) << QVariant() << false;

    QTest::newRow("int == qlonglong") << QVariant(12) << QVariant(qlonglong(12)) << true;
    QTest::newRow("int == double") << QVariant(12) << QVariant(12.0) << true;
    QTest::newRow("int != double") << QVariant(12) << QVariant(12.5) << false;
    QTest::newRow("\"12.50\" == 12.5") << QVariant(QStringLiteral("12.50")) << QVariant(12.5) << true;
    QTest::newRow("12.5 == \"12.50\"") << QVariant(12.5) << QVariant(QStringLiteral("12.50")) << true;
    QTest::newRow("\"12.50\" != 12.51") << QVariant(QStringLiteral("12.50")) << QVariant(12.51) << false;
    // A double is the decimal it would be written as: the same double, another NUMERIC value.
    QTest::newRow("1.0 != \"1.000000000000000001\"")
        << QVariant(1.0) << QVariant(QStringLiteral("1.000000000000000001")) << false;
    QTest::newRow("\"0.1\" == 0.1") << QVariant(QStringLiteral("0.1")) << QVariant(0.1) << true;
    QTest::newRow("1e20 == \"100000000000000000000\"")
        << QVariant(1e20) << QVariant(QStringLiteral("100000000000000000000")) << true;
    QTest::newRow("\"12\" == qlonglong 12") << QVariant(QStringLiteral("12")) << QVariant(qlonglong(12)) << true;
    QTest::newRow("\" 12.0 \" == int 12") << QVariant(QStringLiteral(" 12.0 ")) << QVariant(12) << true;
    QTest::newRow("\"-0\" == 0") << QVariant(QStringLiteral("-0")) << QVariant(0) << true;
    QTest::newRow("big integer text exact")
        << QVariant(QStringLiteral("9007199254740993")) << QVariant(qlonglong(9007199254740993LL)) << true;
    QTest::newRow("big integer text differs by one")
        << QVariant(QStringLiteral("9007199254740993")) << QVariant(qlonglong(9007199254740992LL)) << false;
    QTest::newRow("ulonglong") << QVariant(quint64(18446744073709551615ULL))
                               << QVariant(QStringLiteral("18446744073709551615")) << true;
    QTest::newRow("bool true == 1") << QVariant(true) << QVariant(1) << true;
    QTest::newRow("bool false != 1") << QVariant(false) << QVariant(1) << false;
    QTest::newRow("text not numeric vs number") << QVariant(QStringLiteral("12 apples")) << QVariant(12) << false;
    QTest::newRow("two numeric strings without a column type stay text")
        << QVariant(QStringLiteral("007")) << QVariant(QStringLiteral("7")) << false;

    QTest::newRow("same text") << QVariant(QStringLiteral("Ann")) << QVariant(QStringLiteral("Ann")) << true;
    QTest::newRow("case matters") << QVariant(QStringLiteral("Ann")) << QVariant(QStringLiteral("ann")) << false;
    QTest::newRow("byte array == string") << QVariant(QByteArray("abc")) << QVariant(QStringLiteral("abc")) << true;
    QTest::newRow("different lists") << QVariant(QVariantList{1, 2}) << QVariant(QVariantList{3}) << false;

    const QDate date(2024, 5, 1);
    const QDateTime dateTime(date, QTime(10, 30, 15));
    QTest::newRow("date == ISO text") << QVariant(date) << QVariant(QStringLiteral("2024-05-01")) << true;
    QTest::newRow("ISO text == date") << QVariant(QStringLiteral("2024-05-01")) << QVariant(date) << true;
    QTest::newRow("date != other day") << QVariant(date) << QVariant(QStringLiteral("2024-05-02")) << false;
    QTest::newRow("date == date") << QVariant(date) << QVariant(QDate(2024, 5, 1)) << true;
    QTest::newRow("datetime == ISO T text")
        << QVariant(dateTime) << QVariant(QStringLiteral("2024-05-01T10:30:15")) << true;
    QTest::newRow("datetime == SQL text")
        << QVariant(dateTime) << QVariant(QStringLiteral("2024-05-01 10:30:15")) << true;
    QTest::newRow("datetime == SQL text with ms")
        << QVariant(dateTime) << QVariant(QStringLiteral("2024-05-01 10:30:15.000")) << true;
    QTest::newRow("datetime != other second")
        << QVariant(dateTime) << QVariant(QStringLiteral("2024-05-01 10:30:16")) << false;
    QTest::newRow("date vs not-a-date text") << QVariant(date) << QVariant(QStringLiteral("May 1st")) << false;
}

void tst_ThreeWayMerge::sameValueComparesByMeaning()
{
    QFETCH(QVariant, a);
    QFETCH(QVariant, b);
    QFETCH(bool, same);
    QCOMPARE(ThreeWayMerge::sameValue(a, b), same);
    QCOMPARE(ThreeWayMerge::sameValue(b, a), same);
}

void tst_ThreeWayMerge::eachStatusIsReached_data()
{
    QTest::addColumn<QVariant>("original");
    QTest::addColumn<QVariant>("mine");
    QTest::addColumn<QVariant>("theirs");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QVariant>("result");

    const QVariant a(QStringLiteral("a"));
    const QVariant b(QStringLiteral("b"));
    const QVariant c(QStringLiteral("c"));
    QTest::newRow("unchanged") << a << a << a << Status::Unchanged << a;
    QTest::newRow("only mine") << a << b << a << Status::TakenFromMine << b;
    QTest::newRow("only theirs") << a << a << c << Status::TakenFromTheirs << c;
    QTest::newRow("same change") << a << b << b << Status::SameChange << b;
    QTest::newRow("conflict") << a << b << c << Status::Conflict << QVariant();
    QTest::newRow("same change in other types")
        << QVariant(1) << QVariant(QStringLiteral("2.0")) << QVariant(qlonglong(2)) << Status::SameChange
        << QVariant(QStringLiteral("2.0"));
    QTest::newRow("only theirs, mine retyped")
        << QVariant(12.5) << QVariant(QStringLiteral("12.50")) << QVariant(13.0) << Status::TakenFromTheirs
        << QVariant(13.0);
}

void tst_ThreeWayMerge::eachStatusIsReached()
{
    QFETCH(QVariant, original);
    QFETCH(QVariant, mine);
    QFETCH(QVariant, theirs);
    QFETCH(Status, status);
    QFETCH(QVariant, result);

    const QString f = QStringLiteral("f");
    const MergeResult merged = ThreeWayMerge::merge({{f, original}}, {{f, mine}}, {{f, theirs}}, {f});
    QCOMPARE(merged.fields().size(), 1);
    const FieldMerge &field = merged.fields().first();
    QCOMPARE(field.name(), f);
    QCOMPARE(field.status(), status);
    QCOMPARE(field.result(), result);
    QCOMPARE(field.original(), original);
    QCOMPARE(field.mine(), mine);
    QCOMPARE(field.theirs(), theirs);
    QCOMPARE(field.choice(), Choice::None);
    QCOMPARE(field.isConflict(), status == Status::Conflict);
    QCOMPARE(merged.conflictCount(), status == Status::Conflict ? 1 : 0);
}

void tst_ThreeWayMerge::conflictHasNoResultUntilChosen()
{
    const MergeResult merged = ThreeWayMerge::merge({{QStringLiteral("qty"), 1}}, {{QStringLiteral("qty"), 2}},
                                                    {{QStringLiteral("qty"), 3}}, {QStringLiteral("qty")});
    const FieldMerge *qty = merged.field(QStringLiteral("qty"));
    QVERIFY(qty);
    QVERIFY(qty->isConflict());
    QVERIFY(qty->needsChoice());
    QVERIFY(qty->result().isNull());
    QCOMPARE(qty->choice(), Choice::None);
    QVERIFY(merged.needsChoices());
}

void tst_ThreeWayMerge::chooseMineTheirsOrCustom()
{
    const QStringList order{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const QVariantMap original{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}, {QStringLiteral("c"), 1}};
    const QVariantMap mine{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 2}};
    const QVariantMap theirs{{QStringLiteral("a"), 3}, {QStringLiteral("b"), 3}, {QStringLiteral("c"), 3}};
    MergeResult merged = ThreeWayMerge::merge(original, mine, theirs, order);
    QCOMPARE(merged.conflictCount(), 3);

    QVERIFY(merged.choose(QStringLiteral("a"), Choice::Mine));
    QVERIFY(merged.choose(QStringLiteral("b"), Choice::Theirs));
    QVERIFY(merged.choose(QStringLiteral("c"), Choice::Custom, 23));

    QCOMPARE(merged.field(QStringLiteral("a"))->result(), QVariant(2));
    QCOMPARE(merged.field(QStringLiteral("a"))->choice(), Choice::Mine);
    QCOMPARE(merged.field(QStringLiteral("b"))->result(), QVariant(3));
    QCOMPARE(merged.field(QStringLiteral("b"))->choice(), Choice::Theirs);
    QCOMPARE(merged.field(QStringLiteral("c"))->result(), QVariant(23));
    QCOMPARE(merged.field(QStringLiteral("c"))->choice(), Choice::Custom);
    // Still conflicts, but resolved ones.
    QCOMPARE(merged.conflictCount(), 3);
    QVERIFY(!merged.needsChoices());

    // A non-conflicting field can be overridden by hand too.
    MergeResult simple = ThreeWayMerge::merge({{QStringLiteral("x"), 1}}, {{QStringLiteral("x"), 2}},
                                              {{QStringLiteral("x"), 1}}, {QStringLiteral("x")});
    QVERIFY(simple.choose(QStringLiteral("x"), Choice::Theirs));
    QCOMPARE(simple.values().value(QStringLiteral("x")), QVariant(1));
}

void tst_ThreeWayMerge::chooseNoneReopensTheConflict()
{
    MergeResult merged = ThreeWayMerge::merge({{QStringLiteral("x"), 1}, {QStringLiteral("y"), 1}},
                                              {{QStringLiteral("x"), 2}, {QStringLiteral("y"), 1}},
                                              {{QStringLiteral("x"), 3}, {QStringLiteral("y"), 5}},
                                              {QStringLiteral("x"), QStringLiteral("y")});
    QVERIFY(merged.choose(QStringLiteral("x"), Choice::Mine));
    QVERIFY(!merged.needsChoices());
    QVERIFY(merged.choose(QStringLiteral("x"), Choice::None));
    QVERIFY(merged.needsChoices());
    QVERIFY(merged.field(QStringLiteral("x"))->result().isNull());

    QVERIFY(merged.choose(QStringLiteral("y"), Choice::Custom, 9));
    QVERIFY(merged.choose(QStringLiteral("y"), Choice::None));
    QCOMPARE(merged.field(QStringLiteral("y"))->result(), QVariant(5));
}

void tst_ThreeWayMerge::chooseUnknownFieldFails()
{
    MergeResult merged = ThreeWayMerge::merge({{QStringLiteral("x"), 1}}, {{QStringLiteral("x"), 2}},
                                              {{QStringLiteral("x"), 3}}, {QStringLiteral("x")});
    QVERIFY(!merged.choose(QStringLiteral("nope"), Choice::Mine));
    QVERIFY(merged.needsChoices());
}

void tst_ThreeWayMerge::needsChoicesUntilEveryConflictIsChosen()
{
    const QStringList order{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    MergeResult merged = ThreeWayMerge::merge(
        {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}, {QStringLiteral("c"), 1}},
        {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 2}},
        {{QStringLiteral("a"), 3}, {QStringLiteral("b"), 3}, {QStringLiteral("c"), 1}}, order);
    QCOMPARE(merged.conflictCount(), 2);
    QVERIFY(merged.needsChoices());
    QVERIFY(merged.choose(QStringLiteral("a"), Choice::Theirs));
    QVERIFY(merged.needsChoices());
    QVERIFY(merged.choose(QStringLiteral("b"), Choice::Mine));
    QVERIFY(!merged.needsChoices());

    const MergeResult clean = ThreeWayMerge::merge({{QStringLiteral("a"), 1}}, {{QStringLiteral("a"), 2}},
                                                   {{QStringLiteral("a"), 1}}, {QStringLiteral("a")});
    QCOMPARE(clean.conflictCount(), 0);
    QVERIFY(!clean.needsChoices());
    QVERIFY(!MergeResult().needsChoices());
}

void tst_ThreeWayMerge::valuesHoldEveryField()
{
    const QStringList order{QStringLiteral("same"), QStringLiteral("mine"), QStringLiteral("theirs"),
                            QStringLiteral("both"), QStringLiteral("clash")};
    const QVariantMap original{{QStringLiteral("same"), 1}, {QStringLiteral("mine"), 1},
                               {QStringLiteral("theirs"), 1}, {QStringLiteral("both"), 1},
                               {QStringLiteral("clash"), 1}};
    QVariantMap mine = original;
    mine[QStringLiteral("mine")] = 2;
    mine[QStringLiteral("both")] = 4;
    mine[QStringLiteral("clash")] = 5;
    QVariantMap theirs = original;
    theirs[QStringLiteral("theirs")] = 3;
    theirs[QStringLiteral("both")] = 4;
    theirs[QStringLiteral("clash")] = 6;
    MergeResult merged = ThreeWayMerge::merge(original, mine, theirs, order);
    QVERIFY(merged.choose(QStringLiteral("clash"), Choice::Custom, 7));

    const QVariantMap expected{{QStringLiteral("same"), 1}, {QStringLiteral("mine"), 2},
                               {QStringLiteral("theirs"), 3}, {QStringLiteral("both"), 4},
                               {QStringLiteral("clash"), 7}};
    QCOMPARE(merged.values(), expected);
}

void tst_ThreeWayMerge::changesAgainstTheirsOnlyListsRealDifferences()
{
    const QStringList order{QStringLiteral("same"), QStringLiteral("mine"), QStringLiteral("theirs"),
                            QStringLiteral("both"), QStringLiteral("keepTheirs"), QStringLiteral("keepMine")};
    const QVariantMap original{{QStringLiteral("same"), 1}, {QStringLiteral("mine"), 1},
                               {QStringLiteral("theirs"), 1}, {QStringLiteral("both"), 1},
                               {QStringLiteral("keepTheirs"), 1}, {QStringLiteral("keepMine"), 1}};
    QVariantMap mine = original;
    mine[QStringLiteral("mine")] = 2;
    mine[QStringLiteral("both")] = QStringLiteral("4.0");
    mine[QStringLiteral("keepTheirs")] = 8;
    mine[QStringLiteral("keepMine")] = 9;
    QVariantMap theirs = original;
    theirs[QStringLiteral("theirs")] = 3;
    theirs[QStringLiteral("both")] = 4;
    theirs[QStringLiteral("keepTheirs")] = 10;
    theirs[QStringLiteral("keepMine")] = 11;
    MergeResult merged = ThreeWayMerge::merge(original, mine, theirs, order);
    QVERIFY(merged.choose(QStringLiteral("keepTheirs"), Choice::Theirs));
    QVERIFY(merged.choose(QStringLiteral("keepMine"), Choice::Mine));

    const QVariantMap expected{{QStringLiteral("mine"), 2}, {QStringLiteral("keepMine"), 9}};
    QCOMPARE(merged.changesAgainstTheirs(), expected);
}

void tst_ThreeWayMerge::changesAgainstTheirsSkipsOpenConflicts()
{
    const MergeResult merged = ThreeWayMerge::merge(
        {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}}, {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 2}},
        {{QStringLiteral("a"), 3}, {QStringLiteral("b"), 1}}, {QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(merged.needsChoices());
    const QVariantMap expected{{QStringLiteral("b"), 2}};
    QCOMPARE(merged.changesAgainstTheirs(), expected);
}

void tst_ThreeWayMerge::numericStringAgainstDoubleIsNoChange()
{
    // PostgreSQL NUMERIC may come back as "12.50" while the editor holds 12.5.
    const MergeResult merged = ThreeWayMerge::merge({{QStringLiteral("price"), QStringLiteral("12.50")}},
                                                    {{QStringLiteral("price"), 12.5}},
                                                    {{QStringLiteral("price"), QStringLiteral("12.50")}},
                                                    {QStringLiteral("price")});
    QCOMPARE(merged.field(QStringLiteral("price"))->status(), Status::Unchanged);
    QVERIFY(merged.changesAgainstTheirs().isEmpty());
}

void tst_ThreeWayMerge::clearingAFieldIsAChange()
{
    const QVariant nullString = typedNull(QMetaType::fromType<QString>());
    const QStringList order{QStringLiteral("note"), QStringLiteral("memo")};
    const MergeResult merged = ThreeWayMerge::merge(
        {{QStringLiteral("note"), QStringLiteral("x")}, {QStringLiteral("memo"), nullString}},
        {{QStringLiteral("note"), nullString}, {QStringLiteral("memo"), QStringLiteral("")}},
        {{QStringLiteral("note"), QStringLiteral("x")}, {QStringLiteral("memo"), nullString}}, order);
    const FieldMerge *note = merged.field(QStringLiteral("note"));
    QCOMPARE(note->status(), Status::TakenFromMine);
    QVERIFY(note->result().isNull());
    // An empty string is a value, not the absence of one.
    QCOMPARE(merged.field(QStringLiteral("memo"))->status(), Status::TakenFromMine);
    QCOMPARE(merged.changesAgainstTheirs().size(), 2);
    QVERIFY(merged.changesAgainstTheirs().value(QStringLiteral("note")).isNull());
}

void tst_ThreeWayMerge::deletedByOthersTakesMineWithoutConflicts()
{
    const QStringList order{QStringLiteral("name"), QStringLiteral("qty")};
    const QVariantMap original{{QStringLiteral("name"), QStringLiteral("Ann")}, {QStringLiteral("qty"), 1}};
    const QVariantMap mine{{QStringLiteral("name"), QStringLiteral("Ann")}, {QStringLiteral("qty"), 5}};
    const MergeResult merged = ThreeWayMerge::merge(original, mine, QVariantMap(), order);
    QCOMPARE(merged.conflictCount(), 0);
    QVERIFY(!merged.needsChoices());
    QCOMPARE(merged.field(QStringLiteral("name"))->status(), Status::Unchanged);
    QCOMPARE(merged.field(QStringLiteral("qty"))->status(), Status::TakenFromMine);
    QVERIFY(merged.field(QStringLiteral("qty"))->theirs().isNull());
    QCOMPARE(merged.values(), mine);
    QCOMPARE(merged.changesAgainstTheirs(), mine);
}

void tst_ThreeWayMerge::deletedRecordTakesMineWithoutConflicts()
{
    const QSqlRecord original = record(productColumns, {1, QStringLiteral("Tea"), 2.5, QStringLiteral("T1"), 3});
    const QSqlRecord mine = record(productColumns, {1, QStringLiteral("Green tea"), 2.5, QStringLiteral("T1"), 3});
    const MergeResult merged = ThreeWayMerge::merge(original, mine, QSqlRecord(), {QStringLiteral("version")});
    QCOMPARE(merged.conflictCount(), 0);
    QCOMPARE(merged.fields().size(), 4);
    QCOMPARE(merged.field(QStringLiteral("name"))->status(), Status::TakenFromMine);
    QCOMPARE(merged.field(QStringLiteral("price"))->status(), Status::Unchanged);
    const QVariantMap values = merged.values();
    QCOMPARE(values.value(QStringLiteral("name")), QVariant(QStringLiteral("Green tea")));
    QCOMPARE(values.value(QStringLiteral("id")), QVariant(1));
    QCOMPARE(values.value(QStringLiteral("price")), QVariant(2.5));
}

void tst_ThreeWayMerge::mergeAgainstDeletionIsMineOrUnchanged()
{
    // What the conflict dialog shows for a record someone else deleted: my fields against the
    // original only. A NUMERIC column's "2.50" read back as "2.5" is no change of mine.
    const QList<std::pair<QString, QMetaType>> columns = {
        {QStringLiteral("id"), QMetaType::fromType<int>()},
        {QStringLiteral("name"), QMetaType::fromType<QString>()},
        {QStringLiteral("price"), QMetaType::fromType<double>()},
        {QStringLiteral("note"), QMetaType::fromType<QString>()},
        {QStringLiteral("Version"), QMetaType::fromType<int>()},
    };
    const QSqlRecord original =
        record(columns, {1, QStringLiteral("Tea"), QStringLiteral("2.50"), QStringLiteral("x"), 3});
    const QSqlRecord mine =
        record(columns, {1, QStringLiteral("Green tea"), QStringLiteral("2.5"), QVariant(), 3});
    const MergeResult merged =
        ThreeWayMerge::mergeAgainstDeletion(original, mine, {QStringLiteral("version")});

    QStringList names;
    for (const FieldMerge &f : merged.fields()) {
        names << f.name();
        QVERIFY(f.theirs().isNull());
        QCOMPARE(f.result(), f.mine());
        QCOMPARE(f.choice(), Choice::None);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                 QStringLiteral("price"), QStringLiteral("note")}));
    QCOMPARE(merged.field(QStringLiteral("id"))->status(), Status::Unchanged);
    QCOMPARE(merged.field(QStringLiteral("name"))->status(), Status::TakenFromMine);
    QCOMPARE(merged.field(QStringLiteral("price"))->status(), Status::Unchanged);
    QCOMPARE(merged.field(QStringLiteral("note"))->status(), Status::TakenFromMine);
    QCOMPARE(merged.conflictCount(), 0);
    QVERIFY(!merged.needsChoices());
    // Against a deleted row every non-null value of mine is a change; note is null on both sides.
    QCOMPARE(merged.changesAgainstTheirs().size(), 3);

    // The same as the three-record merge against an empty "theirs".
    const MergeResult viaMerge = ThreeWayMerge::merge(original, mine, QSqlRecord(),
                                                      {QStringLiteral("version")});
    QCOMPARE(viaMerge.values(), merged.values());
    for (const FieldMerge &f : viaMerge.fields())
        QCOMPARE(f.status(), merged.field(f.name())->status());
}

void tst_ThreeWayMerge::recordMergeFollowsOriginalOrderAndIgnoresVersion()
{
    const QSqlRecord original = record(productColumns, {1, QStringLiteral("Tea"), 2.5, QStringLiteral("T1"), 3});
    // Mine and theirs in another column order: the original's order wins.
    QList<std::pair<QString, QMetaType>> reversed = productColumns;
    std::reverse(reversed.begin(), reversed.end());
    const QSqlRecord mine = record(reversed, {3, QStringLiteral("T1"), 2.5, QStringLiteral("Black tea"), 1});
    const QSqlRecord theirs = record(reversed, {4, QStringLiteral("T2"), 2.5, QStringLiteral("Tea"), 1});
    const MergeResult merged = ThreeWayMerge::merge(original, mine, theirs, {QStringLiteral("VERSION")});

    QStringList names;
    for (const FieldMerge &f : merged.fields())
        names << f.name();
    QCOMPARE(names, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("price"),
                                 QStringLiteral("code")}));
    QCOMPARE(merged.field(QStringLiteral("name"))->status(), Status::TakenFromMine);
    QCOMPARE(merged.field(QStringLiteral("code"))->status(), Status::TakenFromTheirs);
    QCOMPARE(merged.field(QStringLiteral("code"))->result(), QVariant(QStringLiteral("T2")));
    QVERIFY(!merged.field(QStringLiteral("version")));
}

void tst_ThreeWayMerge::recordMergeFallsBackToMineOrder()
{
    const QSqlRecord mine = record(productColumns, {1, QStringLiteral("Tea"), 2.5, QStringLiteral("T1"), 3});
    const MergeResult merged = ThreeWayMerge::merge(QSqlRecord(), mine, mine, {QStringLiteral("version")});
    QCOMPARE(merged.fields().size(), 4);
    QCOMPARE(merged.fields().first().name(), QStringLiteral("id"));
    QCOMPARE(merged.fields().last().name(), QStringLiteral("code"));
}

void tst_ThreeWayMerge::numericColumnComparesNumericStringsByValue()
{
    const QList<std::pair<QString, QMetaType>> columns{{QStringLiteral("price"), QMetaType::fromType<double>()}};
    const MergeResult merged = ThreeWayMerge::merge(record(columns, {QStringLiteral("12.50")}),
                                                    record(columns, {QStringLiteral("12.5")}),
                                                    record(columns, {QStringLiteral("12.500")}));
    QCOMPARE(merged.field(QStringLiteral("price"))->status(), Status::Unchanged);
}

void tst_ThreeWayMerge::textColumnKeepsLeadingZeros()
{
    const QList<std::pair<QString, QMetaType>> columns{{QStringLiteral("zip"), QMetaType::fromType<QString>()}};
    const MergeResult merged = ThreeWayMerge::merge(record(columns, {QStringLiteral("0712")}),
                                                    record(columns, {QStringLiteral("712")}),
                                                    record(columns, {QStringLiteral("0712")}));
    QCOMPARE(merged.field(QStringLiteral("zip"))->status(), Status::TakenFromMine);
}

void tst_ThreeWayMerge::mapMergeFollowsGivenOrder()
{
    const QVariantMap v{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 3}};
    const MergeResult merged = ThreeWayMerge::merge(v, v, v, {QStringLiteral("c"), QStringLiteral("a")});
    QCOMPARE(merged.fields().size(), 2);
    QCOMPARE(merged.fields().at(0).name(), QStringLiteral("c"));
    QCOMPARE(merged.fields().at(1).name(), QStringLiteral("a"));
}

void tst_ThreeWayMerge::mapMergeWithoutOrderUsesEveryKey()
{
    const MergeResult merged = ThreeWayMerge::merge({{QStringLiteral("a"), 1}},
                                                    {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}},
                                                    {{QStringLiteral("a"), 1}}, {});
    QCOMPARE(merged.fields().size(), 2);
    QCOMPARE(merged.fields().at(0).name(), QStringLiteral("a"));
    // Only mine knows "b": it counts as unchanged, with my value kept.
    QCOMPARE(merged.field(QStringLiteral("b"))->status(), Status::Unchanged);
    QCOMPARE(merged.values().value(QStringLiteral("b")), QVariant(2));
}

void tst_ThreeWayMerge::fieldLookupByName()
{
    const MergeResult merged = ThreeWayMerge::merge({{QStringLiteral("name"), 1}, {QStringLiteral("qty"), 1}},
                                                    {{QStringLiteral("name"), 1}, {QStringLiteral("qty"), 1}},
                                                    {{QStringLiteral("name"), 1}, {QStringLiteral("qty"), 1}},
                                                    {QStringLiteral("name"), QStringLiteral("qty")});
    QCOMPARE(merged.indexOf(QStringLiteral("qty")), 1);
    QCOMPARE(merged.indexOf(QStringLiteral("QTY")), 1);
    QCOMPARE(merged.indexOf(QStringLiteral("missing")), -1);
    QVERIFY(merged.field(QStringLiteral("name")));
    QVERIFY(!merged.field(QStringLiteral("missing")));
}

void tst_ThreeWayMerge::choosingInACopyLeavesTheOriginal()
{
    // MergeResult and FieldMerge share their data between copies until one changes.
    const MergeResult original = ThreeWayMerge::merge(
        QVariantMap{{QStringLiteral("a"), 1}}, QVariantMap{{QStringLiteral("a"), 2}},
        QVariantMap{{QStringLiteral("a"), 3}}, {QStringLiteral("a")});
    const FieldMerge before = original.fields().first();
    MergeResult copy = original;
    QVERIFY(copy.choose(QStringLiteral("a"), Choice::Theirs));
    QCOMPARE(copy.field(QStringLiteral("a"))->result(), QVariant(3));
    QCOMPARE(copy.field(QStringLiteral("a"))->choice(), Choice::Theirs);
    QVERIFY(original.needsChoices());
    QVERIFY(original.field(QStringLiteral("a"))->result().isNull());
    QCOMPARE(original.field(QStringLiteral("a"))->choice(), Choice::None);
    QCOMPARE(before.choice(), Choice::None);
    QVERIFY(before.needsChoice());
}

QTEST_GUILESS_MAIN(tst_ThreeWayMerge)
#include "tst_threewaymerge.moc"
