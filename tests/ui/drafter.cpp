// "An editor that crashes": opens one record in a RecordFormWindow, types edits, prints "drafted"
// once the draft journal holds them, and waits to be killed (tst_drafts kills it with SIGKILL).
//   concord_drafter --drafts DIR (--sqlite FILE | --pg CONNINFO) --table T --id N field=value...
// A value "<null>" empties the field (NULL where the column allows it).
#include "recordformwindow.h"

#include <concord/databaseconnector.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlField>

#include <cstdio>

using namespace concord;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("drafts"), QStringLiteral("Draft folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("sqlite"), QStringLiteral("SQLite file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("pg"), QStringLiteral("PostgreSQL conninfo."), QStringLiteral("conninfo")});
    parser.addOption({QStringLiteral("table"), QStringLiteral("Table."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("id"), QStringLiteral("The record's id."), QStringLiteral("id")});
    parser.process(app);

    const ConnectionSpec spec = parser.isSet(QStringLiteral("sqlite"))
        ? ConnectionSpec::sqlite(parser.value(QStringLiteral("sqlite")))
        : ConnectionSpec::postgres(parser.value(QStringLiteral("pg")));
    QSqlError error;
    const QSqlDatabase db = DatabaseConnector::open(spec, {}, &error);
    if (!db.isValid()) {
        std::fprintf(stderr, "cannot connect: %s\n", qPrintable(error.text()));
        return 2;
    }
    QSqlRecord key;
    key.append(QSqlField(QStringLiteral("id"), QMetaType::fromType<int>()));
    key.setValue(0, parser.value(QStringLiteral("id")).toInt());

    RecordFormWindow::setDraftDelay(100);
    auto *window = new RecordFormWindow(db, parser.value(QStringLiteral("table")), key);
    if (!window->isValid()) {
        std::fprintf(stderr, "cannot open the record: %s\n", qPrintable(window->errorString()));
        return 3;
    }
    window->setDraftDirectory(parser.value(QStringLiteral("drafts")));
    QObject::connect(window, &RecordFormWindow::draftWritten, [] {
        std::printf("drafted\n");
        std::fflush(stdout);
    });
    window->show();
    for (const QString &edit : parser.positionalArguments()) {
        const QString field = edit.section(u'=', 0, 0);
        const QString value = edit.section(u'=', 1);
        auto *editor = qobject_cast<QLineEdit *>(window->editorFor(field));
        if (!editor) {
            std::fprintf(stderr, "no text editor for %s\n", qPrintable(field));
            return 4;
        }
        editor->setText(value == QLatin1String("<null>") ? QString() : value);
    }
    return app.exec();
}
