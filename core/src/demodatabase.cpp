// DemoDatabase: installs the bundled demo schema and data (resources/demo/*.sql) on SQLite or PostgreSQL.
#include <concord/demodatabase.h>
#include <concord/tablepreparer.h>

#include "sqlidentifier_p.h"

#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QVariantList>

#include <algorithm>

namespace concord {

namespace {

// The demo tables in dependency order; also the tables whose identity sequences need moving on.
const QStringList &demoTables()
{
    static const QStringList tables{QStringLiteral("customers"), QStringLiteral("products"),
                                    QStringLiteral("orders"), QStringLiteral("order_lines")};
    return tables;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

bool readResource(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        setError(error, QStringLiteral("cannot read the demo script %1: %2").arg(path, file.errorString()));
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

bool hasTable(const QSqlDatabase &db, const QString &name)
{
    const QStringList tables = db.tables(QSql::Tables);
    return std::any_of(tables.cbegin(), tables.cend(), [&](const QString &t) {
        return t.compare(name, Qt::CaseInsensitive) == 0;
    });
}

struct Statement
{
    QString sql;
    QVariantList values;
};

// data.sql inserts explicit ids, which PostgreSQL's identity sequences do not see: without this
// the first INSERT from the editor would collide with customer 1.
QList<Statement> resetSequenceStatements(const QSqlDatabase &db)
{
    QList<Statement> statements;
    for (const QString &table : demoTables()) {
        const QString quoted = detail::quoteTableName(db, table);
        statements.append({QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                          "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                               .arg(quoted),
                           {quoted}});
    }
    return statements;
}

// Splits a script at ';' that ends a line; whole-line "--" comments are dropped.
QList<Statement> splitStatements(const QString &script)
{
    QList<Statement> statements;
    QStringList current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        if (trimmed.endsWith(QLatin1Char(';'))) {
            current << trimmed.chopped(1);
            statements.append({current.join(QLatin1Char('\n')), {}});
            current.clear();
        } else {
            current << trimmed;
        }
    }
    // A last statement without its ';' still runs: forgetting it is a common slip.
    const QString rest = current.join(QLatin1Char('\n')).trimmed();
    if (!rest.isEmpty())
        statements.append({rest, {}});
    return statements;
}

// Runs all statements in one transaction; on the first failure rolls everything back.
bool runStatements(QSqlDatabase db, const QList<Statement> &statements, QString *error)
{
    if (!db.transaction()) {
        setError(error, QStringLiteral("cannot start a transaction: ") + db.lastError().text());
        return false;
    }
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const Statement &statement = statements.at(i);
        QSqlQuery query(db);
        // QPSQL prepares through SQL PREPARE, which refuses DDL: only statements with values are prepared.
        bool ok = false;
        if (statement.values.isEmpty()) {
            ok = query.exec(statement.sql);
        } else if (query.prepare(statement.sql)) {
            for (const QVariant &value : statement.values)
                query.addBindValue(value);
            ok = query.exec();
        }
        if (!ok) {
            // Keep the error before the rollback: the rollback may replace lastError().
            const QString text = query.lastError().text();
            const QString firstLine = statement.sql.section(QLatin1Char('\n'), 0, 0);
            query = QSqlQuery();
            db.rollback();
            setError(error, QStringLiteral("statement %1 failed: %2 (in: %3)")
                                .arg(i + 1)
                                .arg(text, firstLine.left(120)));
            return false;
        }
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        setError(error, QStringLiteral("cannot commit: ") + text);
        return false;
    }
    return true;
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

} // namespace

QString DemoDatabase::defaultPath()
{
    // The directory may not exist yet: whoever creates the file there (the app) makes it first.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

bool DemoDatabase::install(QSqlDatabase db, QString *error)
{
    if (!db.isOpen()) {
        setError(error, QStringLiteral("cannot install the demo database: the connection is not open"));
        return false;
    }
    if (hasTable(db, QStringLiteral("customers")))
        return true;

    const bool postgres = isPostgres(db);
    if (!postgres && db.driver()->dbmsType() != QSqlDriver::SQLite) {
        setError(error, QStringLiteral("the demo database needs SQLite or PostgreSQL, not %1")
                            .arg(db.driverName()));
        return false;
    }
    QString schema;
    QString data;
    const QString schemaPath = postgres ? QStringLiteral(":/concord/demo/schema-postgres.sql")
                                        : QStringLiteral(":/concord/demo/schema-sqlite.sql");
    if (!readResource(schemaPath, &schema, error)
        || !readResource(QStringLiteral(":/concord/demo/data.sql"), &data, error))
        return false;

    QList<Statement> statements = splitStatements(schema + QLatin1Char('\n') + data);
    if (postgres)
        statements += resetSequenceStatements(db);
    QString scriptError;
    if (!runStatements(db, statements, &scriptError)) {
        setError(error, QStringLiteral("cannot install the demo database: ") + scriptError);
        return false;
    }
    if (postgres) {
        // Operators sharing the demo on a server should see each other's saves as they happen:
        // each table gets the trigger --prepare installs, which announces every write
        // (pg_notify). SQLite needs none: other programs' commits are noticed by polling.
        for (const QString &table : demoTables()) {
            const TablePreparer::Report report = TablePreparer::prepare(db, table);
            if (!report.ok) {
                setError(error, QStringLiteral("the demo tables are loaded, but changes to %1 "
                                               "will not reach other programs: %2")
                                    .arg(table, report.error));
                return false;
            }
        }
    }
    return true;
}

bool DemoDatabase::runScript(QSqlDatabase db, const QString &script, QString *error)
{
    return runStatements(db, splitStatements(script), error);
}

} // namespace concord
