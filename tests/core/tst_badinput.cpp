// The bad-input catalogue (issue 9): every way a person or a table can hand the model something
// the database refuses, on SQLite and PostgreSQL, and on a PostgreSQL server answering in German.
// Each case checks three things: a plain message (never the server's raw text), the database
// unchanged (read through a second connection), and the edits still in the model.
// Covered elsewhere and not repeated here: a table without a primary key (tst_versionstrategies),
// NULL versions (tst_versionedtablemodel::refusesNullVersions), a version at INT64_MAX
// (tst_recordidentity::versionAtMaximumFailsWithoutWriting), a text file or a folder opened as
// SQLite (tst_databaseconnector).
#include "testdatabase.h"

#include <concord/databaseconnector.h>
#include <concord/versionedtablemodel.h>

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <clocale>
#include <optional>

using concord::ConnectionSpec;
using concord::DatabaseConnector;
using concord::VersionedTableModel;
using concord::test::TestDatabase;
using Failure = VersionedTableModel::FailureKind;

namespace {

// Every row of `table`, in key order, as one text: what a second operator sees.
QString dump(const QSqlDatabase &db, const QString &table, const QString &orderBy = QStringLiteral("1"))
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                    .arg(db.driver()->escapeIdentifier(table, QSqlDriver::TableName), orderBy)))
        return QStringLiteral("<error: %1>").arg(q.lastError().text());
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

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

QVariant get(const VersionedTableModel &m, int row, const QString &column)
{
    return m.data(m.index(row, m.fieldIndex(column)));
}

QString createParentsAndKids(TestDatabase &tdb)
{
    // A CHECK named by PostgreSQL's default (kids_qty_check) and SQLite's expression.
    return tdb.execAll({
        QStringLiteral("CREATE TABLE parents (id INTEGER PRIMARY KEY, name VARCHAR(20), "
                       "version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE kids (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL, "
                       "code VARCHAR(20) UNIQUE, qty INTEGER CHECK (qty >= 0), "
                       "parent_id INTEGER REFERENCES parents(id), version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("INSERT INTO parents (id, name) VALUES (1, 'P1')"),
        QStringLiteral("INSERT INTO parents (id, name) VALUES (2, 'P2')"),
        QStringLiteral("INSERT INTO kids (id, name, code, qty, parent_id) VALUES (1, 'Ann', 'A', 1, 1)"),
        QStringLiteral("INSERT INTO kids (id, name, code, qty, parent_id) VALUES (2, 'Bob', 'B', 2, 1)")});
}

// Makes the test database answer in German from the next connection on (lc_messages is a
// superuser setting; pg_virtualenv's user is one), and proves that it does.
QString makeGerman(TestDatabase &tdb)
{
    const QString e = tdb.exec(QStringLiteral("ALTER DATABASE %1 SET lc_messages = 'de_DE.UTF-8'")
                                   .arg(tdb.spec().database()));
    if (!e.isEmpty())
        return QStringLiteral("cannot switch the server to German (is the de_DE.UTF-8 locale "
                              "generated? concord.sh does it): ") + e;
    return {};
}

QString serverLanguageProbe(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT 1/0"));
    return q.lastError().databaseText();
}

// Switches this process's messages (libpq's own) to German for one scope.
class GermanClient
{
public:
    GermanClient()
    {
        const char *old = std::setlocale(LC_MESSAGES, nullptr);
        m_old = old ? old : "C";
        m_ok = std::setlocale(LC_MESSAGES, "de_DE.UTF-8") != nullptr;
        m_language = qgetenv("LANGUAGE");
        qputenv("LANGUAGE", "de");
    }
    ~GermanClient()
    {
        std::setlocale(LC_MESSAGES, m_old.constData());
        if (m_language.isEmpty())
            qunsetenv("LANGUAGE");
        else
            qputenv("LANGUAGE", m_language);
    }
    bool isActive() const { return m_ok; }

private:
    QByteArray m_old;
    QByteArray m_language;
    bool m_ok = false;
};

} // namespace

class tst_BadInput : public QObject
{
    Q_OBJECT

private slots:
    // Part B: values and constraints
    void constraintViolation_data();
    void constraintViolation();
    void wrongTypeIsRefusedBeforeSending_data() { TestDatabase::addBackendRows(); }
    void wrongTypeIsRefusedBeforeSending();
    void textInNumberColumnsSqliteReportsAsTextIsRefused_data() { TestDatabase::addBackendRows(); }
    void textInNumberColumnsSqliteReportsAsTextIsRefused();
    void messagesNameColumnsByTheirHeader_data() { TestDatabase::addBackendRows(); }
    void messagesNameColumnsByTheirHeader();
    void textLongerThanVarchar_data() { TestDatabase::addBackendRows(); }
    void textLongerThanVarchar();
    void tenMegabytesOfTextRoundTrip_data() { TestDatabase::addBackendRows(); }
    void tenMegabytesOfTextRoundTrip();
    void unusualCharactersRoundTripExactly_data() { TestDatabase::addBackendRows(); }
    void unusualCharactersRoundTripExactly();
    void identifiersNeedingQuotesAreFullyEditable_data() { TestDatabase::addBackendRows(); }
    void identifiersNeedingQuotesAreFullyEditable();
    void compositeKeyIsEditableWithConflictsPerRecord_data() { TestDatabase::addBackendRows(); }
    void compositeKeyIsEditableWithConflictsPerRecord();
    void negativeVersionCountsUp_data() { TestDatabase::addBackendRows(); }
    void negativeVersionCountsUp();
    void lostConnectionIsToldWithoutReadingText_data();
    void lostConnectionIsToldWithoutReadingText();
    void wrongCredentialsAreClassifiedByCode_data();
    void wrongCredentialsAreClassifiedByCode();
    // Part C: hostile identifiers and values
    void hostileNamesAndValuesChangeOnlyTheIntendedRow_data() { TestDatabase::addBackendRows(); }
    void hostileNamesAndValuesChangeOnlyTheIntendedRow();
    void tableNameWithAQuoteCannotRunStatements_data() { TestDatabase::addBackendRows(); }
    void tableNameWithAQuoteCannotRunStatements();
};

// ---------------------------------------------------------------------------------------------
// Constraints: one row per backend (and German PostgreSQL) and case.

void tst_BadInput::constraintViolation_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("german");
    QTest::addColumn<QString>("operation"); // insert, update, update-batch or delete
    QTest::addColumn<QString>("column");    // the column the edit sets
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("words");     // what the message must say
    QTest::addColumn<QString>("field");     // lastFailedField(); "?" where the backend cannot tell
    const QVariant null(QMetaType::fromType<QString>());
    struct Case
    {
        const char *name, *operation, *column;
        QVariant value;
        const char *words, *field;
    };
    const QList<Case> cases = {
        {"not-null-update", "update", "name", null, "name of kids cannot be empty", "name"},
        {"not-null-insert", "insert", "name", null, "name of kids cannot be empty", "name"},
        {"unique-update", "update", "code", QStringLiteral("B"), "Another row of kids already has this code: it must be unique", "code"},
        // Two rows in one transaction: the failed statement aborts it, and the constraint's
        // columns are read from the catalogue over a second connection.
        {"unique-update-batch", "update-batch", "code", QStringLiteral("B"), "Another row of kids already has this code: it must be unique", "code"},
        {"unique-insert", "insert", "code", QStringLiteral("A"), "Another row of kids already has this code: it must be unique", "code"},
        {"fk-missing-parent-update", "update", "parent_id", 99, "refers to a row that does not exist", "parent_id?"},
        {"fk-missing-parent-insert", "insert", "parent_id", 99, "refers to a row that does not exist", "parent_id?"},
        {"check-update", "update", "qty", -5, "is not allowed by a rule (CHECK) of table kids", "qty?"},
        {"check-insert", "insert", "qty", -5, "is not allowed by a rule (CHECK) of table kids", "qty?"},
        {"fk-delete-referenced", "delete", "", {}, "2 rows of kids refer to this record of parents", ""},
    };
    for (const auto &[backend, german] : {std::pair{QStringLiteral("sqlite"), false},
                                          std::pair{QStringLiteral("psql"), false},
                                          std::pair{QStringLiteral("psql"), true}}) {
        for (const Case &c : cases) {
            const QString tag = backend + (german ? QStringLiteral("-de:") : QStringLiteral(":"))
                                + QLatin1String(c.name);
            QTest::newRow(qPrintable(tag)) << backend << german << QString::fromLatin1(c.operation)
                                           << QString::fromLatin1(c.column) << c.value
                                           << QString::fromLatin1(c.words) << QString::fromLatin1(c.field);
        }
    }
}

void tst_BadInput::constraintViolation()
{
    QFETCH(QString, backend);
    QFETCH(bool, german);
    QFETCH(QString, operation);
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QString, words);
    QFETCH(QString, field);
    TestDatabase tdb(backend);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(createParentsAndKids(tdb), QString());
    if (german)
        QCOMPARE(makeGerman(tdb), QString());
    QSqlDatabase db = german ? tdb.open() : tdb.db();
    QVERIFY(db.isOpen());
    if (german) {
        const QString probe = serverLanguageProbe(db);
        QVERIFY2(probe.contains(QLatin1String("Division durch Null")), qPrintable(probe));
    }
    QSqlDatabase other = tdb.open();
    const QString kidsBefore = dump(other, QStringLiteral("kids"));
    const QString parentsBefore = dump(other, QStringLiteral("parents"));

    const bool deleting = operation == QLatin1String("delete");
    auto m = openModel(db, deleting ? QStringLiteral("parents") : QStringLiteral("kids"));
    QCOMPARE(m->rowCount(), 2);
    int row = 0;
    if (operation == QLatin1String("insert")) {
        row = m->rowCount();
        QVERIFY(m->insertRow(row));
        QVERIFY(set(*m, row, QStringLiteral("id"), 10));
        QVERIFY(set(*m, row, QStringLiteral("name"), QStringLiteral("Cid")));
        QVERIFY(set(*m, row, QStringLiteral("code"), QStringLiteral("C")));
        QVERIFY(set(*m, row, QStringLiteral("qty"), 3));
        QVERIFY(set(*m, row, QStringLiteral("parent_id"), 2));
    }
    if (operation == QLatin1String("update-batch"))
        QVERIFY(set(*m, 1, QStringLiteral("qty"), 7));
    if (deleting)
        QVERIFY(m->removeRow(0));
    else
        QVERIFY(set(*m, row, column, value));

    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ConstraintViolation);
    const QString text = m->lastError().text();
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("QPSQL")) && !text.contains(QLatin1String("constraint failed"))
                 && !text.contains(QLatin1String("verletzt")) && !text.contains(QLatin1String("violates")),
             qPrintable(text));
    // Where the backend names the column, it is named; SQLite's FOREIGN KEY and CHECK
    // messages name none ("?": the column, or nothing).
    if (field.endsWith(u'?')) {
        const QString expected = tdb.isSqlite() ? QString() : field.chopped(1);
        QCOMPARE(m->lastFailedField(), expected);
    } else {
        QCOMPARE(m->lastFailedField(), field);
    }
    QCOMPARE(dump(other, QStringLiteral("kids")), kidsBefore);
    QCOMPARE(dump(other, QStringLiteral("parents")), parentsBefore);
    QVERIFY(m->isDirty());
    if (!deleting)
        QCOMPARE(get(*m, row, column), value);
}

// ---------------------------------------------------------------------------------------------
// Values that do not fit their column

void tst_BadInput::wrongTypeIsRefusedBeforeSending()
{
    // SQLite's type affinity would store "abc" in an INTEGER column as text; PostgreSQL refuses
    // it (22P02) without naming the column. The model refuses it before sending, on both.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createParentsAndKids(tdb), QString());
    QSqlDatabase other = tdb.open();
    const QString before = dump(other, QStringLiteral("kids"));
    auto m = openModel(tdb.db(), QStringLiteral("kids"));
    QVERIFY(set(*m, 0, QStringLiteral("qty"), QStringLiteral("abc")));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ConstraintViolation);
    QCOMPARE(m->lastFailedField(), QStringLiteral("qty"));
    QVERIFY2(m->lastError().text().contains(QLatin1String("qty of kids must be a number; \"abc\" is not one")),
             qPrintable(m->lastError().text()));
    QCOMPARE(get(*m, 0, QStringLiteral("qty")).toString(), QStringLiteral("abc"));
    QCOMPARE(dump(other, QStringLiteral("kids")), before);

    // A new row too; a number typed as text is fine.
    m->revertAll();
    QVERIFY(m->insertRow(2));
    QVERIFY(set(*m, 2, QStringLiteral("id"), 10));
    QVERIFY(set(*m, 2, QStringLiteral("name"), QStringLiteral("Cid")));
    QVERIFY(set(*m, 2, QStringLiteral("qty"), QStringLiteral("12abc")));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailedField(), QStringLiteral("qty"));
    QCOMPARE(dump(other, QStringLiteral("kids")), before);
    QVERIFY(set(*m, 2, QStringLiteral("qty"), QStringLiteral(" 12 ")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("SELECT qty FROM kids WHERE id = 10")) && q.next());
    QCOMPARE(q.value(0).toInt(), 12);
}

// QSQLITE reports BIGINT and DECIMAL(p,s) as text columns, so SQLite would keep "12,5" in them
// as text (and the editors once sent what they could not read as typed): refused, as in an
// INTEGER column. An integer type takes whole numbers only.
void tst_BadInput::textInNumberColumnsSqliteReportsAsTextIsRefused()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("sums"),
                                      {QStringLiteral("big BIGINT"), QStringLiteral("amount DECIMAL(9,3)")}),
             QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO sums (big, amount) VALUES (1, 2)")), QString());
    QSqlDatabase other = tdb.open();
    const QString before = dump(other, QStringLiteral("sums"));
    auto m = openModel(tdb.db(), QStringLiteral("sums"));
    for (const char *column : {"big", "amount"}) {
        QVERIFY(set(*m, 0, QLatin1String(column), QStringLiteral("12,5")));
        QVERIFY(!m->submitAll());
        QCOMPARE(m->lastFailedField(), QLatin1String(column));
        QVERIFY2(m->lastError().text().contains(QLatin1String("must be a number")),
                 qPrintable(m->lastError().text()));
        QCOMPARE(dump(other, QStringLiteral("sums")), before);
        m->revertAll();
    }
    if (tdb.isSqlite()) {
        QVERIFY(set(*m, 0, QStringLiteral("big"), QStringLiteral("12.5")));
        QVERIFY(!m->submitAll());
        QCOMPARE(dump(other, QStringLiteral("sums")), before);
        m->revertAll();
    }
    QVERIFY(set(*m, 0, QStringLiteral("amount"), QStringLiteral("12.5")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
}

void tst_BadInput::messagesNameColumnsByTheirHeader()
{
    // The grid and the form label their columns ("Code", "Quantity"): the model's messages say
    // what the operator reads there, whether the model refuses the value itself (a wrong type)
    // or the server does (UNIQUE, NOT NULL), while lastFailedField() keeps the column's name.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createParentsAndKids(tdb), QString());
    auto m = openModel(tdb.db(), QStringLiteral("kids"));
    QVERIFY(m->setHeaderData(m->fieldIndex(QStringLiteral("code")), Qt::Horizontal,
                             QStringLiteral("Code label")));
    QVERIFY(m->setHeaderData(m->fieldIndex(QStringLiteral("qty")), Qt::Horizontal,
                             QStringLiteral("Quantity label")));
    QVERIFY(m->setHeaderData(m->fieldIndex(QStringLiteral("name")), Qt::Horizontal,
                             QStringLiteral("Name label")));
    QVERIFY(m->select()); // a label outlives a reload
    const auto refused = [&](const QString &column, const QVariant &value, const QString &words) {
        m->revertAll();
        if (!set(*m, 0, column, value))
            return QStringLiteral("setData failed");
        if (m->submitAll())
            return QStringLiteral("saved");
        if (m->lastFailedField() != column)
            return QStringLiteral("field \"%1\"").arg(m->lastFailedField());
        return m->lastError().text().startsWith(words) ? QString() : m->lastError().text();
    };
    QCOMPARE(refused(QStringLiteral("qty"), QStringLiteral("many"),
                     QStringLiteral("Quantity label of kids must be a number")),
             QString());
    QCOMPARE(refused(QStringLiteral("code"), QStringLiteral("B"),
                     QStringLiteral("Another row of kids already has this Code label")),
             QString());
    QCOMPARE(refused(QStringLiteral("name"), QVariant(QMetaType::fromType<QString>()),
                     QStringLiteral("Name label of kids cannot be empty")),
             QString());
    // Without a label, the column's name, as before.
    QVERIFY(m->setHeaderData(m->fieldIndex(QStringLiteral("code")), Qt::Horizontal, QVariant()));
    QCOMPARE(refused(QStringLiteral("code"), QStringLiteral("B"),
                     QStringLiteral("Another row of kids already has this code")),
             QString());
}

void tst_BadInput::textLongerThanVarchar()
{
    // The rule: where the driver reports VARCHAR(n)'s length (QPSQL), a longer text is refused
    // before sending, counted in characters as PostgreSQL counts them. SQLite ignores the
    // length and QSQLITE reports none: the whole text is stored and read back.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createParentsAndKids(tdb), QString());
    QSqlDatabase other = tdb.open();
    const QString before = dump(other, QStringLiteral("kids"));
    auto m = openModel(tdb.db(), QStringLiteral("kids"));
    const QString longName = QString(25, u'x');
    QVERIFY(set(*m, 0, QStringLiteral("name"), longName));
    if (tdb.isSqlite()) {
        QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM kids WHERE id = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), longName);
    } else {
        QVERIFY(!m->submitAll());
        QCOMPARE(m->lastFailure(), Failure::ConstraintViolation);
        QCOMPARE(m->lastFailedField(), QStringLiteral("name"));
        QVERIFY2(m->lastError().text().contains(QRegularExpression(
                     QStringLiteral("name of kids holds at most 20 character(s|\\(s\\))"))),
                 qPrintable(m->lastError().text()));
        QCOMPARE(get(*m, 0, QStringLiteral("name")).toString(), longName);
        QCOMPARE(dump(other, QStringLiteral("kids")), before);
    }
    // Twenty emoji are twenty characters (forty UTF-16 units): they fit.
    QString emoji;
    for (int i = 0; i < 20; ++i)
        emoji += QString::fromUtf8("\xF0\x9F\x98\x80");
    QVERIFY(set(*m, 0, QStringLiteral("name"), emoji));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM kids WHERE id = 1")) && q.next());
    QCOMPARE(q.value(0).toString(), emoji);
}

void tst_BadInput::tenMegabytesOfTextRoundTrip()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("notes"), {QStringLiteral("body TEXT")}), QString());
    QCOMPARE(tdb.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('short')")), QString());
    QString big;
    big.reserve(10 * 1024 * 1024);
    const QString chunk = QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyz äöü €\n");
    while (big.size() < 10 * 1024 * 1024)
        big += chunk;
    auto m = openModel(tdb.db(), QStringLiteral("notes"));
    QVERIFY(set(*m, 0, QStringLiteral("body"), big));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QVERIFY(m->insertRow(1));
    QVERIFY(set(*m, 1, QStringLiteral("body"), big + QStringLiteral("end")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("SELECT body FROM notes ORDER BY id")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString() == big); // QCOMPARE would print 10 MB on failure
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString() == big + QStringLiteral("end"));
    QVERIFY(m->select());
    QVERIFY(get(*m, 0, QStringLiteral("body")).toString() == big);
}

void tst_BadInput::unusualCharactersRoundTripExactly()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.createVersionedTable(QStringLiteral("notes"), {QStringLiteral("body VARCHAR(200)")}), QString());
    const QStringList texts = {
        QString::fromUtf8("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 family, "
                          "\xF0\x9F\x8F\xB3\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x8C\x88 flag"), // ZWJ sequences
        QString::fromUtf8("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD8\xB9\xD8\xA7\xD9\x84\xD9\x85 mixed \xE2\x80\x8F"
                          "RTL\xE2\x80\x8E"), // Hebrew, Arabic, RLM/LRM marks
        QStringLiteral("e\u0301 vs \u00e9, A\u030A vs \u00c5, \u1e9b\u0323"), // combining, not normalised
        QStringLiteral("tab\there, nul-free \u2028 line sep, \ufeff BOM, \ufffd"),
    };
    auto m = openModel(tdb.db(), QStringLiteral("notes"));
    for (int i = 0; i < texts.size(); ++i) {
        QVERIFY(m->insertRow(i));
        QVERIFY(set(*m, i, QStringLiteral("body"), texts.at(i)));
    }
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("SELECT body FROM notes ORDER BY id")));
    for (const QString &t : texts) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), t);
    }
    // And back through an update of each, read by the model again.
    QVERIFY(m->select());
    for (int i = 0; i < texts.size(); ++i)
        QVERIFY(set(*m, i, QStringLiteral("body"), texts.at(i) + texts.at((i + 1) % texts.size())));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QVERIFY(m->select());
    for (int i = 0; i < texts.size(); ++i)
        QCOMPARE(get(*m, i, QStringLiteral("body")).toString(), texts.at(i) + texts.at((i + 1) % texts.size()));
}

// ---------------------------------------------------------------------------------------------
// Tables that are awkward to name or to key

void tst_BadInput::identifiersNeedingQuotesAreFullyEditable()
{
    CONCORD_OPEN_TEST_DB(tdb);
    // Spaces, a quote of each kind, reserved words, mixed case (PostgreSQL folds unquoted names).
    const QString table = QStringLiteral("Order Items");
    QCOMPARE(tdb.execAll({
        QStringLiteral("CREATE TABLE \"Order Items\" (\"Select\" INTEGER PRIMARY KEY, \"it's\" VARCHAR(20), "
                       "\"a\"\"b\" VARCHAR(20), \"MixedCase\" INTEGER, \"order\" VARCHAR(20), "
                       "version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("INSERT INTO \"Order Items\" VALUES (1, 'one', 'x', 1, 'o1', 1)"),
        QStringLiteral("INSERT INTO \"Order Items\" VALUES (2, 'two', 'y', 2, 'o2', 1)")}),
             QString());
    QSqlDatabase other = tdb.open();
    auto m = openModel(tdb.db(), table);
    QVERIFY2(m->lastError().text().isEmpty(), qPrintable(m->lastError().text()));
    QCOMPARE(m->rowCount(), 2);
    QVERIFY2(m->isReadOnly() == false, qPrintable(m->readOnlyReason()));
    // update
    QVERIFY(set(*m, 0, QStringLiteral("it's"), QStringLiteral("uno")));
    QVERIFY(set(*m, 0, QStringLiteral("a\"b"), QStringLiteral("x2")));
    QVERIFY(set(*m, 0, QStringLiteral("MixedCase"), 11));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    // insert
    QVERIFY(m->insertRow(2));
    QVERIFY(set(*m, 2, QStringLiteral("Select"), 3));
    QVERIFY(set(*m, 2, QStringLiteral("order"), QStringLiteral("o3")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(dump(other, table), QStringLiteral("1|uno|x2|11|o1|2\n2|two|y|2|o2|1\n3|NULL|NULL|NULL|o3|1"));
    // a conflict: another operator saves row 2 first
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE \"Order Items\" SET \"order\" = 'theirs', version = version + 1 "
                                  "WHERE \"Select\" = 2")));
    QVERIFY(set(*m, 1, QStringLiteral("order"), QStringLiteral("mine")));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ChangedByOthers);
    m->revertAll();
    // delete
    QVERIFY(m->select());
    QVERIFY(m->removeRow(0));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(dump(other, table), QStringLiteral("2|two|y|2|theirs|2\n3|NULL|NULL|NULL|o3|1"));
}

void tst_BadInput::compositeKeyIsEditableWithConflictsPerRecord()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.execAll({
        QStringLiteral("CREATE TABLE stock (shop INTEGER NOT NULL, item VARCHAR(10) NOT NULL, qty INTEGER, "
                       "version INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (shop, item))"),
        QStringLiteral("INSERT INTO stock (shop, item, qty) VALUES (1, 'a', 10)"),
        QStringLiteral("INSERT INTO stock (shop, item, qty) VALUES (1, 'b', 20)"),
        QStringLiteral("INSERT INTO stock (shop, item, qty) VALUES (2, 'a', 30)")}),
             QString());
    const auto order = QStringLiteral("shop, item");
    QSqlDatabase other = tdb.open();
    auto m = openModel(tdb.db(), QStringLiteral("stock"));
    m->setSort(0, Qt::AscendingOrder);
    QVERIFY(m->select());
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->primaryKey().count(), 2);
    // Reading the rows (by key, a page at a time) before the other operator writes.
    int rowA = -1, rowB = -1, row2A = -1;
    for (int r = 0; r < 3; ++r) {
        const QString key = get(*m, r, QStringLiteral("shop")).toString() + get(*m, r, QStringLiteral("item")).toString();
        (key == QLatin1String("1a") ? rowA : key == QLatin1String("1b") ? rowB : row2A) = r;
    }
    // The other operator changes (1, b) only; rows sharing a part of its key are not touched.
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE stock SET qty = 21, version = version + 1 WHERE shop = 1 AND item = 'b'")));
    m->setSubmitPolicy(VersionedTableModel::SubmitPolicy::SaveTheRest);
    QVERIFY(set(*m, rowA, QStringLiteral("qty"), 11));
    QVERIFY(set(*m, rowB, QStringLiteral("qty"), 22));
    QVERIFY(set(*m, row2A, QStringLiteral("qty"), 33));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(dump(other, QStringLiteral("stock"), order), QStringLiteral("1|a|11|2\n1|b|21|2\n2|a|33|2"));
    QVERIFY(m->isDirty(m->index(rowB, m->fieldIndex(QStringLiteral("qty")))));
    QCOMPARE(get(*m, rowB, QStringLiteral("qty")).toInt(), 22);
    // Insert and delete by the whole key, and a key edit moves the row.
    m->revertAll();
    QVERIFY(m->select());
    QVERIFY(m->insertRow(3));
    QVERIFY(set(*m, 3, QStringLiteral("shop"), 2));
    QVERIFY(set(*m, 3, QStringLiteral("item"), QStringLiteral("b")));
    QVERIFY(set(*m, 3, QStringLiteral("qty"), 40));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QVERIFY(m->select());
    QVERIFY(m->removeRow(0)); // (1, a)
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(dump(other, QStringLiteral("stock"), order), QStringLiteral("1|b|21|2\n2|a|33|2\n2|b|40|1"));
    // A delete that meets their change conflicts, for that record only.
    QVERIFY(m->select());
    QCOMPARE(get(*m, 2, QStringLiteral("qty")).toInt(), 40);
    QVERIFY(q.exec(QStringLiteral("UPDATE stock SET qty = 41, version = version + 1 WHERE shop = 2 AND item = 'b'")));
    QVERIFY(m->removeRow(2)); // (2, b), loaded at version 1, now at their version 2
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ChangedByOthers);
    QCOMPARE(dump(other, QStringLiteral("stock"), order), QStringLiteral("1|b|21|2\n2|a|33|2\n2|b|41|2"));
}

void tst_BadInput::negativeVersionCountsUp()
{
    // A version is only compared and counted: a negative one (an imported table) works.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20), "
                                         "version INTEGER NOT NULL DEFAULT 1)"),
                          QStringLiteral("INSERT INTO t VALUES (1, 'a', -5)")}),
             QString());
    auto m = openModel(tdb.db(), QStringLiteral("t"));
    QVERIFY(set(*m, 0, QStringLiteral("name"), QStringLiteral("b")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QSqlDatabase other = tdb.open();
    QCOMPARE(dump(other, QStringLiteral("t")), QStringLiteral("1|b|-4"));
    QSqlQuery q(other);
    QVERIFY(q.exec(QStringLiteral("UPDATE t SET version = -3 WHERE id = 1")));
    QVERIFY(set(*m, 0, QStringLiteral("name"), QStringLiteral("c")));
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::ChangedByOthers);
}

// ---------------------------------------------------------------------------------------------
// Credentials

void tst_BadInput::lostConnectionIsToldWithoutReadingText_data()
{
    QTest::addColumn<bool>("german");
    QTest::newRow("psql") << false;
    QTest::newRow("psql-de") << true;
}

void tst_BadInput::lostConnectionIsToldWithoutReadingText()
{
    // The server ends the session (57P01, or libpq's own "server closed the connection" with no
    // code and the connection marked bad): the save says the connection was lost, in either
    // language, and the edit stays.
    QFETCH(bool, german);
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(createParentsAndKids(tdb), QString());
    if (german)
        QCOMPARE(makeGerman(tdb), QString());
    std::optional<GermanClient> client;
    if (german)
        client.emplace();
    QSqlDatabase db = tdb.open();
    auto m = openModel(db, QStringLiteral("kids"));
    QCOMPARE(m->rowCount(), 2);
    QVERIFY(set(*m, 0, QStringLiteral("name"), QStringLiteral("Anna")));
    QSqlDatabase other = tdb.open();
    {
        QSqlQuery pid(db);
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        QSqlQuery kill(other);
        kill.prepare(QStringLiteral("SELECT pg_terminate_backend(?)"));
        kill.addBindValue(pid.value(0));
        QVERIFY2(kill.exec(), qPrintable(kill.lastError().text()));
    }
    // pg_terminate_backend returns before the session is gone.
    QTRY_VERIFY([&] {
        QSqlQuery q(other);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ?"));
        q.addBindValue(tdb.spec().database());
        return q.exec() && q.next() && q.value(0).toInt() == 2; // other and the main connection
    }());
    QVERIFY(!m->submitAll());
    QCOMPARE(m->lastFailure(), Failure::Database);
    QVERIFY2(m->lastError().text().contains(QLatin1String("connection to the database was lost")),
             qPrintable(m->lastError().text()));
    QCOMPARE(get(*m, 0, QStringLiteral("name")).toString(), QStringLiteral("Anna"));
    QCOMPARE(dump(other, QStringLiteral("kids")).section(u'\n', 0, 0), QStringLiteral("1|Ann|A|1|1|1"));
}

void tst_BadInput::wrongCredentialsAreClassifiedByCode_data()
{
    QTest::addColumn<bool>("german");
    QTest::newRow("psql") << false;
    QTest::newRow("psql-de") << true;
}

void tst_BadInput::wrongCredentialsAreClassifiedByCode()
{
    // A role with a password over TCP (pg_virtualenv: scram-sha-256 on 127.0.0.1), as
    // tst_MainWindow's password test does. The German run switches the whole server (its
    // authentication messages come before any per-database setting) and this process.
    QFETCH(bool, german);
    const QString role = QStringLiteral("concord_bad_%1").arg(QCoreApplication::applicationPid());
    const QByteArray password = QUuid::createUuid().toByteArray(QUuid::Id128);
    auto admin = [](const QString &sql) {
        QSqlDatabase db = DatabaseConnector::open(ConnectionSpec::postgres(QString()));
        if (!db.isValid())
            return QStringLiteral("no admin connection");
        const QString name = db.connectionName();
        QString error;
        {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
        db = QSqlDatabase();
        DatabaseConnector::close(name);
        return error;
    };
    const auto cleanup = qScopeGuard([&] {
        admin(QStringLiteral("DROP ROLE IF EXISTS ") + role);
        admin(QStringLiteral("ALTER SYSTEM RESET lc_messages"));
        admin(QStringLiteral("SELECT pg_reload_conf()"));
    });
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(tdb.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, QString::fromLatin1(password))),
             QString());
    std::optional<GermanClient> client;
    if (german) {
        QCOMPARE(admin(QStringLiteral("ALTER SYSTEM SET lc_messages = 'de_DE.UTF-8'")), QString());
        QCOMPARE(admin(QStringLiteral("SELECT pg_reload_conf()")), QString());
        client.emplace();
        QVERIFY2(client->isActive(), "the de_DE.UTF-8 locale is not generated (concord.sh does it)");
    }
    const QString port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3").arg(port, tdb.spec().database(), role));
    const QByteArray serverPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    const auto restore = qScopeGuard([&] { qputenv("PGPASSWORD", serverPassword); });

    // No password at all: libpq's own words ("fe_sendauth: ..."), in the client's language.
    QSqlError error;
    QVERIFY(!DatabaseConnector::open(spec, {}, &error).isValid());
    QVERIFY2(DatabaseConnector::needsPassword(error), qPrintable(error.text()));
    QCOMPARE(error.nativeErrorCode(), QStringLiteral("28P01"));
    if (german) // libpq 15 leaves "fe_sendauth: no password supplied" itself untranslated
        QVERIFY2(error.databaseText().contains(QLatin1String("Verbindung zum Server")), qPrintable(error.text()));

    // A wrong one: the server's words, in its language.
    spec.setPassword(QStringLiteral("wrong"));
    QVERIFY(!DatabaseConnector::open(spec, {}, &error).isValid());
    QVERIFY2(DatabaseConnector::needsPassword(error), qPrintable(error.text()));
    if (german)
        QVERIFY2(error.databaseText().contains(QLatin1String("Passwort-Authentifizierung")), qPrintable(error.text()));
    else
        QVERIFY2(error.databaseText().contains(QLatin1String("password authentication failed")), qPrintable(error.text()));

    // An unreachable port is no password problem, whatever the words.
    ConnectionSpec closed = ConnectionSpec::postgres(
        QStringLiteral("host=127.0.0.1 port=1 dbname=%1 user=%2").arg(tdb.spec().database(), role));
    closed.setPassword(QStringLiteral("wrong"));
    QVERIFY(!DatabaseConnector::open(closed, {}, &error).isValid());
    QVERIFY2(!DatabaseConnector::needsPassword(error), qPrintable(error.text()));

    // The right one opens.
    spec.setPassword(QString::fromLatin1(password));
    QSqlDatabase ok = DatabaseConnector::open(spec, {}, &error);
    QVERIFY2(ok.isOpen(), qPrintable(error.text()));
    const QString name = ok.connectionName();
    ok = QSqlDatabase();
    DatabaseConnector::close(name);
}

// ---------------------------------------------------------------------------------------------
// Part C: names and values that look like SQL

void tst_BadInput::hostileNamesAndValuesChangeOnlyTheIntendedRow()
{
    CONCORD_OPEN_TEST_DB(tdb);
    // (A ' in a table name: see tableNameWithAQuoteCannotRunStatements.)
    const QString table = QStringLiteral("x\"); DROP TABLE victim; -- /*");
    const QSqlDriver *drv = tdb.db().driver();
    auto id = [&](const QString &name) { return drv->escapeIdentifier(name, QSqlDriver::FieldName); };
    const QString t = drv->escapeIdentifier(table, QSqlDriver::TableName);
    const QString k = QStringLiteral("k\"; DELETE FROM victim; --");
    const QString c1 = QStringLiteral("a'b;c");
    const QString c2 = QStringLiteral("d /* e */ -- f");
    QCOMPARE(tdb.execAll({
        QStringLiteral("CREATE TABLE victim (id INTEGER PRIMARY KEY, name VARCHAR(40))"),
        QStringLiteral("INSERT INTO victim VALUES (1, 'keep me')"),
        QStringLiteral("CREATE TABLE %1 (%2 VARCHAR(60) PRIMARY KEY, %3 VARCHAR(60), %4 VARCHAR(60), "
                       "version INTEGER NOT NULL DEFAULT 1)").arg(t, id(k), id(c1), id(c2))}),
             QString());
    const QStringList keys = {QStringLiteral("'); DROP TABLE victim; --"), QStringLiteral("1' OR '1'='1"),
                              QStringLiteral("/* x */ --"), QStringLiteral("plain")};
    {
        QSqlQuery ins(tdb.db());
        ins.prepare(QStringLiteral("INSERT INTO %1 (%2, %3, %4) VALUES (?, ?, ?)").arg(t, id(k), id(c1), id(c2)));
        for (const QString &key : keys) {
            ins.addBindValue(key);
            ins.addBindValue(QStringLiteral("v-") + key);
            ins.addBindValue(QStringLiteral("w; DELETE FROM victim"));
            QVERIFY2(ins.exec(), qPrintable(ins.lastError().text()));
        }
    }
    QSqlDatabase other = tdb.open();
    const QString victimBefore = dump(other, QStringLiteral("victim"));
    const QString order = id(k);
    const QString before = dump(other, table, order);

    auto m = openModel(tdb.db(), table);
    QVERIFY2(!m->isReadOnly(), qPrintable(m->readOnlyReason() + m->lastError().text()));
    QCOMPARE(m->rowCount(), keys.size());
    // The bound text filter takes hostile text as text.
    m->setTextFilter(QStringLiteral("' OR 1=1; --"));
    QVERIFY(m->select());
    QCOMPARE(m->rowCount(), 0);
    m->setTextFilter(QStringLiteral("'); DROP"));
    QVERIFY(m->select());
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(get(*m, 0, k).toString(), keys.at(0));
    // Update the row whose key is itself an injection attempt, with a hostile value.
    const QString value = QStringLiteral("'); DELETE FROM victim; -- /*");
    QVERIFY(set(*m, 0, c2, value));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QString expected = before;
    const QString oldLine = keys.at(0) + QLatin1Char('|') + QStringLiteral("v-") + keys.at(0)
                            + QStringLiteral("|w; DELETE FROM victim|1");
    const QString newLine = keys.at(0) + QLatin1Char('|') + QStringLiteral("v-") + keys.at(0) + QLatin1Char('|')
                            + value + QStringLiteral("|2");
    QVERIFY(expected.contains(oldLine));
    expected.replace(oldLine, newLine);
    QCOMPARE(dump(other, table, order), expected);
    QCOMPARE(dump(other, QStringLiteral("victim")), victimBefore);
    // Insert a hostile key, then delete it again: only that row comes and goes.
    m->setTextFilter(QString());
    QVERIFY(m->select());
    const int row = m->rowCount();
    QVERIFY(m->insertRow(row));
    QVERIFY(set(*m, row, k, QStringLiteral("\"; DROP TABLE victim; --")));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    {
        // Finished before the next read: an open SELECT would pin SQLite's snapshot.
        QSqlQuery count(other);
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)) && count.next());
        QCOMPARE(count.value(0).toInt(), keys.size() + 1);
    }
    QVERIFY(m->select());
    int hostile = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (get(*m, r, k).toString() == QLatin1String("\"; DROP TABLE victim; --"))
            hostile = r;
    QVERIFY(hostile >= 0);
    QVERIFY(m->removeRow(hostile));
    QVERIFY2(m->submitAll(), qPrintable(m->lastError().text()));
    QCOMPARE(dump(other, table, order), expected);
    QCOMPARE(dump(other, QStringLiteral("victim")), victimBefore);
}

void tst_BadInput::tableNameWithAQuoteCannotRunStatements()
{
    // Qt 6.4's QPSQL puts the table name unescaped into the SQL of record() and primaryIndex():
    // opening this table through a plain QSqlTableModel on PostgreSQL drops "victim". SQLite's
    // driver escapes the name, and the table opens there.
    CONCORD_OPEN_TEST_DB(tdb);
    const QString table = QStringLiteral("x'; DROP TABLE victim; --");
    const QString t = tdb.db().driver()->escapeIdentifier(table, QSqlDriver::TableName);
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE victim (id INTEGER PRIMARY KEY, name VARCHAR(40))"),
                          QStringLiteral("INSERT INTO victim VALUES (1, 'keep me')"),
                          QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(20), "
                                         "version INTEGER NOT NULL DEFAULT 1)").arg(t),
                          QStringLiteral("INSERT INTO %1 (id, name) VALUES (1, 'a')").arg(t)}),
             QString());
    QSqlDatabase other = tdb.open();
    VersionedTableModel m(nullptr, tdb.db());
    m.setTable(table);
    QCOMPARE(dump(other, QStringLiteral("victim")), QStringLiteral("1|keep me"));
    if (tdb.isSqlite()) {
        QVERIFY2(m.select(), qPrintable(m.lastError().text()));
        QVERIFY(m.setData(m.index(0, m.fieldIndex(QStringLiteral("name"))), QStringLiteral("b")));
        QVERIFY2(m.submitAll(), qPrintable(m.lastError().text()));
    } else {
        QVERIFY(!m.select());
        QCOMPARE(m.lastFailure(), Failure::TableRefused);
        QVERIFY2(m.lastError().text().contains(QLatin1String("single quote")), qPrintable(m.lastError().text()));
    }
    QCOMPARE(dump(other, QStringLiteral("victim")), QStringLiteral("1|keep me"));
    QCOMPARE(dump(other, table), tdb.isSqlite() ? QStringLiteral("1|b|2") : QStringLiteral("1|a|1"));
}

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
