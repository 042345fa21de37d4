#include "testdatabase.h"

#include <concord/databaseconnector.h>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>

namespace concord::test {

void TestDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : backends())
        QTest::newRow(qPrintable(b)) << b;
}

TestDatabase::TestDatabase(const QString &backend) : m_backend(backend)
{
    if (isSqlite()) {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("cannot create a temporary directory");
            return;
        }
        m_spec = ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("test.sqlite")));
    } else {
        // A missing server fails, never skips: PostgreSQL is a promised part of the product.
        if (qEnvironmentVariableIsEmpty("PGHOST") && qEnvironmentVariableIsEmpty("PGPORT")) {
            m_error = QStringLiteral("PostgreSQL is not configured (no PGHOST/PGPORT): "
                                     "run the tests through the README's test command");
            return;
        }
        static QAtomicInt counter;
        m_pgDatabase = QStringLiteral("concord_t%1_%2")
                           .arg(QCoreApplication::applicationPid())
                           .arg(counter.fetchAndAddRelaxed(1));
        QSqlError err;
        QSqlDatabase admin = DatabaseConnector::open(ConnectionSpec::postgres(QString()), {}, &err);
        if (!admin.isValid()) {
            m_error = QStringLiteral("cannot reach PostgreSQL: ") + err.text();
            return;
        }
        const QString adminName = admin.connectionName();
        {
            QSqlQuery q(admin);
            if (!q.exec(QStringLiteral("CREATE DATABASE ") + m_pgDatabase))
                m_error = q.lastError().text();
        }
        admin = QSqlDatabase();
        DatabaseConnector::close(adminName);
        if (!m_error.isEmpty())
            return;
        m_spec = ConnectionSpec::postgres(QStringLiteral("dbname=") + m_pgDatabase);
    }
    m_main = open();
}

TestDatabase::~TestDatabase()
{
    m_main = QSqlDatabase();
    for (const QString &name : std::as_const(m_names))
        DatabaseConnector::close(name);
    if (!m_pgDatabase.isEmpty()) {
        QSqlDatabase admin = DatabaseConnector::open(ConnectionSpec::postgres(QString()));
        if (admin.isValid()) {
            const QString adminName = admin.connectionName();
            {
                QSqlQuery q(admin);
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgDatabase
                       + QStringLiteral(" WITH (FORCE)"));
            }
            admin = QSqlDatabase();
            DatabaseConnector::close(adminName);
        }
    }
}

QSqlDatabase TestDatabase::open()
{
    QSqlError err;
    QSqlDatabase db = DatabaseConnector::open(m_spec, {}, &err);
    if (!db.isValid()) {
        if (m_error.isEmpty())
            m_error = err.text();
        return db;
    }
    m_names << db.connectionName();
    return db;
}

QString TestDatabase::exec(const QString &sql)
{
    QSqlQuery q(m_main);
    return q.exec(sql) ? QString() : q.lastError().text() + QStringLiteral(" in: ") + sql;
}

QString TestDatabase::insertSeries(const QString &table, const QStringList &columns,
                                   const QStringList &values, int rows)
{
    return insertSeries(m_main, table, columns, values, rows);
}

QString TestDatabase::insertSeries(const QSqlDatabase &db, const QString &table,
                                   const QStringList &columns, const QStringList &values, int rows)
{
    // One statement either way: a recursive count on SQLite, generate_series on PostgreSQL.
    const QString cols = columns.join(QStringLiteral(", "));
    const QString exprs = values.join(QStringLiteral(", "));
    const QString sql = db.driver()->dbmsType() == QSqlDriver::SQLite
        ? QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %1) "
                         "INSERT INTO %2 (%3) SELECT %4 FROM c").arg(rows).arg(table, cols, exprs)
        : QStringLiteral("INSERT INTO %2 (%3) SELECT %4 FROM generate_series(1, %1) AS x")
              .arg(rows).arg(table, cols, exprs);
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : q.lastError().text() + QStringLiteral(" in: ") + sql;
}

QString TestDatabase::execAll(const QStringList &statements)
{
    for (const QString &s : statements) {
        const QString e = exec(s);
        if (!e.isEmpty())
            return e;
    }
    return {};
}

QString TestDatabase::createVersionedTable(const QString &name, const QStringList &columns)
{
    const QString id = isSqlite() ? QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT")
                                  : QStringLiteral("id SERIAL PRIMARY KEY");
    QStringList defs{id};
    defs << columns << QStringLiteral("version INTEGER NOT NULL DEFAULT 1");
    return execAll({QStringLiteral("DROP TABLE IF EXISTS ") + name,
                    QStringLiteral("CREATE TABLE %1 (%2)").arg(name, defs.join(QStringLiteral(", ")))});
}

QVariant TestDatabase::scalar(const QString &sql)
{
    QSqlQuery q(m_main);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace concord::test
