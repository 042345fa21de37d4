// Sorting in the user's language (issue 10, item 7): on SQLite through the collation Concord
// registers on each connection, on PostgreSQL by the column's own collation; and keyset paging
// through a table sorted that way shows every record exactly once.
#include "testdatabase.h"

#include <concord/versionedtablemodel.h>

#include <QCollator>
#include <QLocale>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using concord::VersionedTableModel;
using concord::test::TestDatabase;

namespace {

// SQLite knows no collations of its own; on PostgreSQL the column names one (pg_virtualenv's
// database sorts "C.UTF-8", by code point): ICU's root collation, which German uses unchanged.
QString createPeople(TestDatabase &tdb)
{
    const QString collate = tdb.isSqlite() ? QString() : QStringLiteral(" COLLATE \"und-x-icu\"");
    return tdb.exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name VARCHAR(60)%1, "
                                   "version INTEGER NOT NULL DEFAULT 1)").arg(collate));
}

QString insertNames(const QSqlDatabase &db, const QStringList &names)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO people (id, name) VALUES (?, ?)"));
    for (int i = 0; i < names.size(); ++i) {
        q.addBindValue(i + 1);
        q.addBindValue(names.at(i));
        if (!q.exec())
            return q.lastError().text();
    }
    return {};
}

QStringList namesIn(VersionedTableModel &m)
{
    while (m.canFetchMore())
        m.fetchMore();
    QStringList names;
    for (int row = 0; row < m.rowCount(); ++row)
        names << m.data(m.index(row, m.fieldIndex(QStringLiteral("name")))).toString();
    return names;
}

std::unique_ptr<VersionedTableModel> sortedModel(const QSqlDatabase &db, Qt::SortOrder order)
{
    auto m = std::make_unique<VersionedTableModel>(nullptr, db);
    m->setEditStrategy(QSqlTableModel::OnManualSubmit);
    m->setLiveUpdates(false);
    m->setTable(QStringLiteral("people"));
    m->setSort(m->fieldIndex(QStringLiteral("name")), order);
    if (!m->select())
        qWarning() << "select failed:" << m->lastError().text();
    return m;
}

// 1000 distinct names over accented and plain initials, in a scrambled order.
QStringList accentedNames()
{
    const QStringList stems{QStringLiteral("Álvaro"), QStringLiteral("Ana"), QStringLiteral("ana"),
                            QStringLiteral("Émile"), QStringLiteral("eve"), QStringLiteral("Eva"),
                            QStringLiteral("Öztürk"), QStringLiteral("Oskar"), QStringLiteral("Zoe"),
                            QStringLiteral("Çelik")};
    QStringList names;
    for (int i = 0; i < 1000; ++i)
        names << QStringLiteral("%1 %2").arg(stems.at((i * 7) % stems.size())).arg((i * 389) % 1000, 3, 10, QLatin1Char('0'));
    return names;
}

} // namespace

class tst_LocaleSorting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }
    void accentsSortWithTheirLetters_data() { TestDatabase::addBackendRows(); }
    void accentsSortWithTheirLetters();
    void pagingInLocaleOrderShowsEveryRowOnce_data() { TestDatabase::addBackendRows(); }
    void pagingInLocaleOrderShowsEveryRowOnce();
    void connectionOpenedElsewhereGetsTheCollation();
    void collationIsATotalOrderAcrossThreads();
};

void tst_LocaleSorting::accentsSortWithTheirLetters()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createPeople(tdb), QString());
    QCOMPARE(insertNames(tdb.db(), {QStringLiteral("Zoe"), QStringLiteral("Émile"), QStringLiteral("Ana"),
                                    QStringLiteral("Álvaro"), QStringLiteral("eve")}),
             QString());
    const QStringList ascending{QStringLiteral("Álvaro"), QStringLiteral("Ana"), QStringLiteral("Émile"),
                                QStringLiteral("eve"), QStringLiteral("Zoe")};
    QCOMPARE(namesIn(*sortedModel(tdb.db(), Qt::AscendingOrder)), ascending);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(namesIn(*sortedModel(tdb.db(), Qt::DescendingOrder)), descending);
}

void tst_LocaleSorting::pagingInLocaleOrderShowsEveryRowOnce()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(createPeople(tdb), QString());
    const QStringList names = accentedNames();
    QCOMPARE(insertNames(tdb.db(), names), QString());
    auto m = sortedModel(tdb.db(), Qt::AscendingOrder);
    QVERIFY(m->canFetchMore()); // more than one page
    const QStringList shown = namesIn(*m);
    QCOMPARE(shown.size(), names.size());
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), names.size());
    QStringList expected = names;
    QCollator collator{QLocale()};
    std::sort(expected.begin(), expected.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QCOMPARE(shown, expected);
    // Not by bytes: Á first, É between Ç and Eva, Ö with the O's, and Zoe last.
    auto firstWith = [&](const QString &stem) {
        return std::find_if(shown.cbegin(), shown.cend(), [&](const QString &n) { return n.startsWith(stem); })
            - shown.cbegin();
    };
    QVERIFY(shown.first().startsWith(QStringLiteral("Álvaro ")));
    QVERIFY(shown.last().startsWith(QStringLiteral("Zoe ")));
    QVERIFY(firstWith(QStringLiteral("Çelik")) < firstWith(QStringLiteral("Émile")));
    QVERIFY(firstWith(QStringLiteral("Émile")) < firstWith(QStringLiteral("Eva")));
    QVERIFY(firstWith(QStringLiteral("Öztürk")) < firstWith(QStringLiteral("Zoe")));
}

void tst_LocaleSorting::connectionOpenedElsewhereGetsTheCollation()
{
    // A connection the model is handed, not opened by DatabaseConnector: registered lazily.
    QTemporaryDir dir;
    const QString name = QStringLiteral("plain-sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("plain.db")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, "
                                      "version INTEGER NOT NULL DEFAULT 1)")));
        QCOMPARE(insertNames(db, {QStringLiteral("Zoe"), QStringLiteral("Émile"), QStringLiteral("eve")}),
                 QString());
        QCOMPARE(namesIn(*sortedModel(db, Qt::AscendingOrder)),
                 QStringList({QStringLiteral("Émile"), QStringLiteral("eve"), QStringLiteral("Zoe")}));
        // Reopened behind the model's back: a new SQLite handle, registered again.
        db.close();
        QVERIFY(db.open());
        QCOMPARE(namesIn(*sortedModel(db, Qt::AscendingOrder)),
                 QStringList({QStringLiteral("Émile"), QStringLiteral("eve"), QStringLiteral("Zoe")}));
    }
    QSqlDatabase::removeDatabase(name);
}

void tst_LocaleSorting::collationIsATotalOrderAcrossThreads()
{
    // Each thread sorts on its own connection with the same collation; texts that collate
    // alike ("e\u0301" and "é", two spellings of é) still come in one fixed order.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("threads.db"));
    const QStringList names = accentedNames() + QStringList{QStringLiteral("e\u0301"), QStringLiteral("\u00e9")};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("threads-setup"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, "
                                      "version INTEGER NOT NULL DEFAULT 1)")));
        QCOMPARE(insertNames(db, names), QString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("threads-setup"));
    QList<QStringList> results(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            const QString name = QStringLiteral("thread-%1").arg(t);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(file);
                if (db.open()) {
                    for (int round = 0; round < 5; ++round)
                        results[t] = namesIn(*sortedModel(db, Qt::AscendingOrder));
                }
            }
            QSqlDatabase::removeDatabase(name);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int t = 0; t < 4; ++t) {
        QCOMPARE(results.at(t).size(), names.size());
        QCOMPARE(results.at(t), results.at(0));
    }
    // The two spellings of é are equal to QCollator, different to the binary tie-break.
    const QStringList &sorted = results.at(0);
    QCOMPARE(std::abs(sorted.indexOf(QStringLiteral("e\u0301")) - sorted.indexOf(QStringLiteral("\u00e9"))), 1);
}

QTEST_GUILESS_MAIN(tst_LocaleSorting)
#include "tst_localesorting.moc"
