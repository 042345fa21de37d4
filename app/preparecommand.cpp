// PrepareCommand: the database chosen as for the editor (the demo database by default), one
// call to TablePreparer::prepare(), its report as text.
#include "preparecommand.h"

#include "commandline.h"

#include <concord/databaseconnector.h>
#include <concord/demodatabase.h>
#include <concord/tablepreparer.h>

#include <QDir>
#include <QFileInfo>

namespace concord {

namespace {

void printLine(std::FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
}

} // namespace

int PrepareCommand::run(const CommandLine &commandLine, std::FILE *out, std::FILE *err)
{
    ConnectionSpec spec = commandLine.connection();
    switch (commandLine.target()) {
    case CommandLine::Target::Demo:
        spec = ConnectionSpec::sqlite(DemoDatabase::defaultPath());
        break;
    case CommandLine::Target::SQLiteFile:
        // Opening would create an empty file, and a mistyped path deserves better.
        if (!QFileInfo::exists(spec.path())) {
            printLine(err, tr("There is no SQLite database %1.")
                               .arg(QDir::toNativeSeparators(spec.path())));
            return 1;
        }
        break;
    case CommandLine::Target::PostgreSQL:
        break;
    }

    const QString table = commandLine.prepareTable();
    const QString name = DatabaseConnector::uniqueName(QStringLiteral("concord-prepare"));
    int code = 1;
    {
        QSqlError openError;
        QSqlDatabase db = DatabaseConnector::open(spec, name, &openError);
        QString installError;
        if (!db.isValid()) {
            // There is no window to ask in; libpq's own ways work without one.
            const QString why = DatabaseConnector::needsPassword(openError)
                                    ? tr("The server asks for a password. Give it in "
                                         "PGPASSWORD or ~/.pgpass: --prepare does not ask.")
                                    : openError.text();
            printLine(err, tr("Cannot open %1: %2").arg(spec.displayName(), why));
        } else if (commandLine.target() == CommandLine::Target::Demo
                   && !DemoDatabase::install(db, &installError)) {
            // As when the editor starts: the demo database is created on first use.
            printLine(err, tr("The demo database %1 could not be created: %2")
                               .arg(QDir::toNativeSeparators(spec.path()), installError));
        } else {
            TablePreparer::Options options;
            options.strategy = commandLine.prepareStrategy();
            options.audit = commandLine.auditRequested();
            const TablePreparer::Report report = TablePreparer::prepare(db, table, options);
            if (!report.ok) {
                printLine(err, tr("Cannot prepare %1 in %2: %3")
                                   .arg(table, spec.displayName(), report.error));
            } else if (report.done.isEmpty()) {
                printLine(out, tr("Nothing to do: %1 in %2 is prepared already.")
                                   .arg(table, spec.displayName()));
                code = 0;
            } else {
                printLine(out, tr("Prepared %1 in %2:").arg(table, spec.displayName()));
                for (const QString &line : report.done)
                    printLine(out, QStringLiteral("  ") + line);
                code = 0;
            }
        }
    }
    DatabaseConnector::close(name);
    return code;
}

} // namespace concord
