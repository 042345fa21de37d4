// Column bounds (issue 10, item 4): what the declaration says a column holds, numbers refused
// before sending when they break it (on SQLite too, which would store anything), and the
// overflows PostgreSQL still raises worded plainly with their field named.
#include "testdatabase.h"

#include <concord/columnbounds.h>
#include <concord/versionedtablemodel.h>

#include <QLocale>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using concord::ColumnBounds;
using concord::VersionedTableModel;
using concord::test::TestDatabase;
using Failure = VersionedTableModel::FailureKind;

namespace {

std::unique_ptr<VersionedTableModel> openModel(const QSqlDatabase &db, const QString &table)
{
    auto m = std::make_unique<VersionedTableModel>(nullptr, db);
    m->setEditStrategy(QSqlTableModel::OnManualSubmit);
    m->setLiveUpdates(false);
    m->setTable(table);
    m->setSort(0, Qt::AscendingOrder);
    if (!m->select())
        qWarning() << "select failed:" << m->lastError().text();
    return m;
}

bool set(VersionedTableModel &m, int row, const QString &column, const QVariant &v)
{
    return m.setData(m.index(row, m.fieldIndex(column)), v);
}

QVariant stored(TestDatabase &tdb, const QString &column, int id = 1)
{
    return tdb.scalar(QStringLiteral("SELECT %1 FROM accounts WHERE id = %2").arg(column).arg(id));
}

QString createAccounts(TestDatabase &tdb)
{
    return tdb.execAll({
        QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, credit_limit NUMERIC(12,2), "
                       "name VARCHAR(40), level SMALLINT, qty INTEGER, big BIGINT, ratio REAL, "
                       "code CHAR(3), note TEXT, version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("INSERT INTO accounts (id, credit_limit, name, level, qty, big) "
                       "VALUES (1, 100.50, 'Ann', 1, 1, 1)"),
    });
}

} // namespace

class tst_ColumnBounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void declaredTypesParse_data();
    void declaredTypesParse();
    void boundsOfTable_data() { TestDatabase::addBackendRows(); }
    void boundsOfTable();
    void elevenIntegerDigitsRefusedBeforeSending_data() { TestDatabase::addBackendRows(); }
    void elevenIntegerDigitsRefusedBeforeSending();
    void smallintRange_data() { TestDatabase::addBackendRows(); }
    void smallintRange();
    void integerOverflowRefusedOnInsert_data() { TestDatabase::addBackendRows(); }
    void integerOverflowRefusedOnInsert();
    void serverOverflowNamesItsField_data();
    void serverOverflowNamesItsField();
};

void tst_ColumnBounds::declaredTypesParse_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("integerDigits");
    QTest::addColumn<int>("scale");
    QTest::addColumn<bool>("integral");
    QTest::addColumn<qint64>("maximum");
    constexpr qint64 any = std::numeric_limits<qint64>::max();
    QTest::newRow("numeric(12,2)") << "numeric(12,2)" << false << -1 << 10 << 2 << false << any;
    QTest::newRow("NUMERIC(12, 2) sqlite") << "NUMERIC(12, 2)" << true << -1 << 10 << 2 << false << any;
    QTest::newRow("DECIMAL(5)") << "DECIMAL(5)" << true << -1 << 5 << 0 << false << any;
    QTest::newRow("bare numeric") << "numeric" << false << -1 << -1 << -1 << false << any;
    QTest::newRow("varchar") << "character varying(40)" << false << 40 << -1 << -1 << false << any;
    QTest::newRow("VARCHAR(40) sqlite") << "VARCHAR(40)" << true << 40 << -1 << -1 << false << any;
    QTest::newRow("char(3)") << "character(3)" << false << 3 << -1 << -1 << false << any;
    QTest::newRow("smallint") << "smallint" << false << -1 << -1 << -1 << true << qint64(32767);
    QTest::newRow("integer") << "integer" << false << -1 << -1 << -1 << true << qint64(2147483647);
    QTest::newRow("bigint") << "bigint" << false << -1 << -1 << -1 << true << any;
    QTest::newRow("SMALLINT sqlite is 64-bit") << "SMALLINT" << true << -1 << -1 << -1 << true << any;
    QTest::newRow("real") << "real" << false << -1 << -1 << -1 << false << any;
    QTest::newRow("timestamp(3)") << "timestamp(3) without time zone" << false << -1 << -1 << -1 << false << any;
    QTest::newRow("text") << "text" << false << -1 << -1 << -1 << false << any;
}

void tst_ColumnBounds::declaredTypesParse()
{
    QFETCH(QString, type);
    QFETCH(bool, sqlite);
    const ColumnBounds b = ColumnBounds::fromDeclaredType(type, sqlite);
    QTEST(b.maxLength, "maxLength");
    QTEST(b.integerDigits, "integerDigits");
    QTEST(b.scale, "scale");
    QTEST(b.integral, "integral");
    QTEST(b.maximum, "maximum");
}

void tst_ColumnBounds::boundsOfTable()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createAccounts(tdb), QString());
    const QHash<QString, ColumnBounds> bounds = ColumnBounds::ofTable(tdb.db(), QStringLiteral("accounts"));
    QCOMPARE(bounds.value(QStringLiteral("credit_limit")).integerDigits, 10);
    QCOMPARE(bounds.value(QStringLiteral("credit_limit")).scale, 2);
    QCOMPARE(bounds.value(QStringLiteral("credit_limit")).decimalLimit(), 9999999999.99);
    QCOMPARE(bounds.value(QStringLiteral("name")).maxLength, 40);
    QCOMPARE(bounds.value(QStringLiteral("code")).maxLength, 3);
    QVERIFY(bounds.value(QStringLiteral("level")).integral);
    QCOMPARE(bounds.value(QStringLiteral("level")).maximum,
             tdb.isSqlite() ? std::numeric_limits<qint64>::max() : qint64(32767));
    QCOMPARE(bounds.value(QStringLiteral("qty")).maximum,
             tdb.isSqlite() ? std::numeric_limits<qint64>::max() : qint64(2147483647));
    QCOMPARE(bounds.value(QStringLiteral("big")).minimum, std::numeric_limits<qint64>::min());
    QVERIFY(!bounds.value(QStringLiteral("ratio")).isBounded());
    QVERIFY(!bounds.value(QStringLiteral("note")).isBounded());
}

void tst_ColumnBounds::elevenIntegerDigitsRefusedBeforeSending()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createAccounts(tdb), QString());
    auto m = openModel(tdb.db(), QStringLiteral("accounts"));
    // As the spin box gives it (a double), and as text (the grid's line edit on SQLite).
    for (const QVariant &tooBig : {QVariant(12345678901.0), QVariant(QStringLiteral("12345678901")),
                                   QVariant(-12345678901.5), QVariant(9999999999.999)}) {
        QVERIFY(set(*m, 0, QStringLiteral("credit_limit"), tooBig));
        QVERIFY2(!m->submitAll(), qPrintable(tooBig.toString()));
        QCOMPARE(m->lastFailure(), Failure::ConstraintViolation);
        QCOMPARE(m->lastFailedField(), QStringLiteral("credit_limit"));
        QVERIFY2(m->lastError().text().contains(QRegularExpression(QStringLiteral(
                     "^credit_limit of accounts is too large: it takes at most 10 digit(s|\\(s\\)) "
                     "before the decimal point\\. Nothing was saved"))),
                 qPrintable(m->lastError().text()));
        QCOMPARE(stored(tdb, QStringLiteral("credit_limit")).toDouble(), 100.5);
    }
    QVERIFY(set(*m, 0, QStringLiteral("credit_limit"), 9999999999.99));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(stored(tdb, QStringLiteral("credit_limit")).toDouble(), 9999999999.99);
    QCOMPARE(m->lastFailedField(), QString());
}

void tst_ColumnBounds::smallintRange()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createAccounts(tdb), QString());
    auto m = openModel(tdb.db(), QStringLiteral("accounts"));
    QVERIFY(set(*m, 0, QStringLiteral("level"), 40000));
    if (tdb.isSqlite()) {
        // SQLite's integers are 64 bits whatever the declared name: 40000 is a SMALLINT value there.
        QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
        QCOMPARE(stored(tdb, QStringLiteral("level")).toInt(), 40000);
        QVERIFY(set(*m, 0, QStringLiteral("level"), QStringLiteral("99999999999999999999")));
        QVERIFY(!m->submitAll());
        QCOMPARE(m->lastFailedField(), QStringLiteral("level"));
        QVERIFY2(m->lastError().text().startsWith(
                     QStringLiteral("level of accounts is too large: it takes at most 9223372036854775807.")),
                 qPrintable(m->lastError().text()));
        return;
    }
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ConstraintViolation);
    QCOMPARE(m->lastFailedField(), QStringLiteral("level"));
    QVERIFY2(m->lastError().text().startsWith(
                 QStringLiteral("level of accounts is too large: it takes at most 32767. Nothing was saved")),
             qPrintable(m->lastError().text()));
    QVERIFY(set(*m, 0, QStringLiteral("level"), -40000));
    QVERIFY(!m->submitAll());
    QVERIFY2(m->lastError().text().startsWith(
                 QStringLiteral("level of accounts is too small: it takes at least -32768.")),
             qPrintable(m->lastError().text()));
    QCOMPARE(stored(tdb, QStringLiteral("level")).toInt(), 1);
    QVERIFY(set(*m, 0, QStringLiteral("level"), 32767));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(stored(tdb, QStringLiteral("level")).toInt(), 32767);
}

void tst_ColumnBounds::integerOverflowRefusedOnInsert()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createAccounts(tdb), QString());
    auto m = openModel(tdb.db(), QStringLiteral("accounts"));
    const int row = m->rowCount();
    QVERIFY(m->insertRow(row));
    QVERIFY(set(*m, row, QStringLiteral("id"), 2));
    QVERIFY(set(*m, row, QStringLiteral("name"), QStringLiteral("Bo")));
    QVERIFY(set(*m, row, QStringLiteral("credit_limit"), QStringLiteral("123456789012.5")));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailedField(), QStringLiteral("credit_limit"));
    QVERIFY(m->lastError().text().contains(QStringLiteral("at most 10 digit")));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 1);
    QVERIFY(set(*m, row, QStringLiteral("credit_limit"), 5));
    QVERIFY(set(*m, row, QStringLiteral("qty"), qlonglong(1) << 40));
    if (tdb.isSqlite()) {
        QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
        QCOMPARE(stored(tdb, QStringLiteral("qty"), 2).toLongLong(), qlonglong(1) << 40);
        return;
    }
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailedField(), QStringLiteral("qty"));
    QVERIFY2(m->lastError().text().startsWith(
                 QStringLiteral("qty of accounts is too large: it takes at most 2147483647.")),
             qPrintable(m->lastError().text()));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 1);
}

void tst_ColumnBounds::serverOverflowNamesItsField_data()
{
    // PostgreSQL only: a domain's bounds are its base type's, refused before sending; a trigger
    // that grows the value makes an overflow only the server sees, which names no column.
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("batch");
    QTest::newRow("psql, one row") << QStringLiteral("psql") << false;
    QTest::newRow("psql, in a batch") << QStringLiteral("psql") << true;
}

void tst_ColumnBounds::serverOverflowNamesItsField()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QFETCH(bool, batch);
    QCOMPARE(tdb.execAll({
                 QStringLiteral("CREATE DOMAIN tiny AS smallint"),
                 QStringLiteral("CREATE DOMAIN short_code AS varchar(5)"),
                 QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name VARCHAR(40), "
                                "rank tiny, code short_code, score INTEGER, tag VARCHAR(4), "
                                "version INTEGER NOT NULL DEFAULT 1)"),
                 QStringLiteral("INSERT INTO accounts (id, name, rank, code, score, tag) VALUES "
                                "(1, 'Ann', 1, 'a', 1, 't'), (2, 'Bo', 2, 'b', 2, 't')"),
                 QStringLiteral("CREATE FUNCTION grow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                "NEW.score := NEW.score * 1000000; NEW.tag := NEW.tag || NEW.tag; "
                                "RETURN NEW; END $$"),
                 QStringLiteral("CREATE TRIGGER grow BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION grow()"),
             }),
             QString());
    auto m = openModel(tdb.db(), QStringLiteral("accounts"));
    auto refused = [&](const QString &column, const QVariant &value, const QString &words) {
        m->revertAll();
        if (!set(*m, 0, column, value))
            return QStringLiteral("setData failed");
        if (batch && !set(*m, 1, QStringLiteral("name"), QStringLiteral("Bob")))
            return QStringLiteral("setData failed");
        if (m->submitAll())
            return QStringLiteral("saved");
        if (m->lastFailure() != Failure::ConstraintViolation)
            return QStringLiteral("failure %1").arg(int(m->lastFailure()));
        if (m->lastFailedField() != column)
            return QStringLiteral("field \"%1\"").arg(m->lastFailedField());
        if (!m->lastError().text().startsWith(words))
            return m->lastError().text();
        return QString();
    };
    QCOMPARE(refused(QStringLiteral("rank"), qlonglong(1) << 40,
                     QStringLiteral("rank of accounts is too large: it takes at most 32767. Nothing was saved")),
             QString());
    QCOMPARE(refused(QStringLiteral("score"), 5000,
                     QStringLiteral("score of accounts is too large or too small for its column. Nothing was saved")),
             QString());
    QCOMPARE(refused(QStringLiteral("tag"), QStringLiteral("abc"),
                     QStringLiteral("tag of accounts is too long for its column. Nothing was saved")),
             QString());
    QCOMPARE(stored(tdb, QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(stored(tdb, QStringLiteral("score")).toInt(), 1);
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT name FROM accounts WHERE id = 2")).toString(), QStringLiteral("Bo"));
    // The domain's varchar(5) is known before sending too.
    m->revertAll();
    QVERIFY(set(*m, 0, QStringLiteral("code"), QStringLiteral("abcdefgh")));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailedField(), QStringLiteral("code"));
}

QTEST_GUILESS_MAIN(tst_ColumnBounds)
#include "tst_columnbounds.moc"
