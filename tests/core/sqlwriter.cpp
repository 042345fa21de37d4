// concord_sqlwriter: "another program" for the change-feed tests and the latency benchmark.
//
//   concord_sqlwriter sqlite|psql DATABASE SQL...
//       Opens DATABASE (a SQLite file, or a PostgreSQL database name; the server, user and
//       password come from the PG* variables), runs each SQL statement in autocommit, exits 0.
//       On a failure it prints the error to stderr and exits 1.
//   concord_sqlwriter --serve sqlite|psql DATABASE...
//       Opens every DATABASE, prints "ready", then reads lines "<index> <sql>" from stdin. Each
//       statement runs on connection <index> in autocommit, and the answer is one line,
//       "ok <index> <ns>" or "error <index> <text>", where <ns> is the system clock
//       (nanoseconds since the epoch) read just before the statement was sent. Ends at EOF.
#include <concord/connectionspec.h>
#include <concord/databaseconnector.h>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

using concord::ConnectionSpec;
using concord::DatabaseConnector;

namespace {

QSqlDatabase openDatabase(const QString &backend, const QString &database)
{
    const ConnectionSpec spec = backend == QLatin1String("sqlite")
                                    ? ConnectionSpec::sqlite(database)
                                    : ConnectionSpec::postgres(QStringLiteral("dbname=") + database);
    QSqlError error;
    QSqlDatabase db = DatabaseConnector::open(spec, {}, &error);
    if (!db.isValid())
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(database), qPrintable(error.text()));
    return db;
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int serve(const QString &backend, const QStringList &databases)
{
    std::vector<QSqlDatabase> dbs;
    for (const QString &name : databases) {
        dbs.push_back(openDatabase(backend, name));
        if (!dbs.back().isValid())
            return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString text = QString::fromStdString(line);
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        bool ok = false;
        const int index = text.left(space).toInt(&ok);
        if (space < 0 || !ok || index < 0 || index >= int(dbs.size())) {
            std::printf("error -1 bad command\n");
            std::fflush(stdout);
            continue;
        }
        QSqlQuery query(dbs[index]);
        const qint64 sent = nowNs();
        if (query.exec(text.mid(space + 1)))
            std::printf("ok %d %lld\n", index, static_cast<long long>(sent));
        else
            std::printf("error %d %s\n", index, qPrintable(query.lastError().text().simplified()));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool serving = !args.isEmpty() && args.first() == QLatin1String("--serve");
    if (serving)
        args.removeFirst();
    if (args.size() < 2 || (args[0] != QLatin1String("sqlite") && args[0] != QLatin1String("psql"))) {
        std::fprintf(stderr, "usage: concord_sqlwriter [--serve] sqlite|psql DATABASE [SQL...]\n");
        return 2;
    }
    if (serving)
        return serve(args[0], args.mid(1));

    QSqlDatabase db = openDatabase(args[0], args[1]);
    if (!db.isValid())
        return 1;
    for (const QString &sql : args.mid(2)) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            std::fprintf(stderr, "%s in: %s\n", qPrintable(query.lastError().text()), qPrintable(sql));
            return 1;
        }
    }
    return 0;
}
