// A throwaway database for one test: a temporary SQLite file, or a fresh PostgreSQL database
// created on the server named by the PG* variables (pg_virtualenv sets them). Dropped at the end.
#pragma once

#include <concord/connectionspec.h>

#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>

namespace concord::test {

class TestDatabase
{
public:
    // The backend matrix, as in Qt's own SQL tests: one data row per backend.
    static QStringList backends() { return {QStringLiteral("sqlite"), QStringLiteral("psql")}; }
    // Adds a "backend" column and one row per backend to the current _data() function.
    static void addBackendRows();

    explicit TestDatabase(const QString &backend);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == QLatin1String("sqlite"); }
    ConnectionSpec spec() const { return m_spec; }

    // The first connection; open() gives further, independent ones ("another operator").
    QSqlDatabase db() const { return m_main; }
    QSqlDatabase open();

    // Runs statements on the main connection; returns the error text, or empty on success.
    QString exec(const QString &sql);
    QString execAll(const QStringList &statements);
    // Creates `name` (id primary key, version, the given column definitions), portable SQL.
    // columns e.g. {"name VARCHAR(100) NOT NULL", "qty INTEGER"}.
    QString createVersionedTable(const QString &name, const QStringList &columns);
    QVariant scalar(const QString &sql);
    // Inserts `rows` rows at once: `values` are SQL expressions of x = 1..rows, one per column,
    // e.g. insertSeries("items", {"name", "qty"}, {"'n' || x", "x % 5"}, 3000).
    QString insertSeries(const QString &table, const QStringList &columns, const QStringList &values,
                         int rows);
    // The same on another connection, opened for example without TestDatabase's set-up.
    static QString insertSeries(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                                const QStringList &values, int rows);

private:
    QString m_backend;
    QString m_error;
    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    QString m_pgDatabase;
    QSqlDatabase m_main;
    QStringList m_names;
};

} // namespace concord::test

// Opens the backend's database for the current data row, or fails the test with the reason.
#define CONCORD_OPEN_TEST_DB(var)                                              \
    QFETCH(QString, backend);                                                  \
    concord::test::TestDatabase var(backend);                                  \
    QVERIFY2(var.isValid(), qPrintable(var.error()))
