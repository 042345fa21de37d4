// "An editor that crashes": opens one record in a RecordFormWindow (or two, or the table's grid),
// types edits, prints "drafted" once the draft journal holds every editor's edits, and waits to
// be killed (tst_drafts kills it with SIGKILL).
//   concord_drafter --drafts DIR (--sqlite FILE | --pg CONNINFO) --table T --id N
//                   [--window2 field=value]... [--grid] field=value...
// A value "<null>" empties the field (NULL where the column allows it). --window2 types its
// edits into a second window on the same record. --grid types the edits into the grid of a
// TableBrowser instead of a window: each but the last is committed to the row (edited, not
// saved), the last stays typed in the open cell editor.
#include "griddraftwriter.h"
#include "recordformwindow.h"
#include "tablebrowser.h"

#include <concord/databaseconnector.h>
#include <concord/versionedtablemodel.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QTableView>

#include <cstdio>

using namespace concord;

namespace {

QSet<QObject *> s_waiting; // the editors whose draft is not written yet

void wait(QObject *editor)
{
    s_waiting.insert(editor);
}

void drafted(QObject *editor)
{
    if (!s_waiting.remove(editor) || !s_waiting.isEmpty())
        return;
    std::printf("drafted\n");
    std::fflush(stdout);
}

QString valueOf(const QString &edit)
{
    const QString value = edit.section(u'=', 1);
    return value == QLatin1String("<null>") ? QString() : value;
}

int typeIntoWindow(RecordFormWindow *window, const QStringList &edits)
{
    for (const QString &edit : edits) {
        const QString field = edit.section(u'=', 0, 0);
        auto *editor = qobject_cast<QLineEdit *>(window->editorFor(field));
        if (!editor) {
            std::fprintf(stderr, "no text editor for %s\n", qPrintable(field));
            return 4;
        }
        editor->setText(valueOf(edit));
    }
    return 0;
}

int typeIntoGrid(TableBrowser *browser, int id, const QStringList &edits)
{
    VersionedTableModel *model = browser->model();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->record(r).value(QStringLiteral("id")).toInt() == id)
            row = r;
    }
    if (row < 0 || edits.isEmpty()) {
        std::fprintf(stderr, "no row %d\n", id);
        return 3;
    }
    // The row is the current one first: leaving a row saves it.
    browser->view()->setCurrentIndex(model->index(row, 0));
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const int column = model->fieldIndex(edits.at(i).section(u'=', 0, 0));
        const QModelIndex index = model->index(row, column);
        if (column < 0)
            return 4;
        if (i + 1 < edits.size()) {
            // As a committed cell: in the row, not saved (the row is still the current one).
            model->setData(index, valueOf(edits.at(i)));
            continue;
        }
        browser->view()->setCurrentIndex(index);
        browser->view()->edit(index);
        QLineEdit *editor = browser->view()->viewport()->findChild<QLineEdit *>();
        if (!editor) {
            std::fprintf(stderr, "no cell editor\n");
            return 4;
        }
        // As typed (insert() is what keys do): the editor knows the user changed it.
        editor->selectAll();
        editor->insert(valueOf(edits.at(i)));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("drafts"), QStringLiteral("Draft folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("sqlite"), QStringLiteral("SQLite file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("pg"), QStringLiteral("PostgreSQL conninfo."), QStringLiteral("conninfo")});
    parser.addOption({QStringLiteral("table"), QStringLiteral("Table."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("id"), QStringLiteral("The record's id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("window2"), QStringLiteral("An edit in a second window."),
                      QStringLiteral("field=value")});
    parser.addOption({QStringLiteral("grid"), QStringLiteral("Type into the grid.")});
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
    const QString table = parser.value(QStringLiteral("table"));
    const QString drafts = parser.value(QStringLiteral("drafts"));
    const int id = parser.value(QStringLiteral("id")).toInt();
    RecordFormWindow::setDraftDelay(100);

    if (parser.isSet(QStringLiteral("grid"))) {
        auto *browser = new TableBrowser;
        browser->setDatabase(db);
        browser->setDraftDirectory(drafts);
        if (!browser->openTable(table)) {
            std::fprintf(stderr, "cannot open the table: %s\n", qPrintable(browser->message()));
            return 3;
        }
        browser->show();
        wait(browser->gridDrafts());
        QObject::connect(browser->gridDrafts(), &GridDraftWriter::written, [browser] {
            drafted(browser->gridDrafts());
        });
        if (const int failed = typeIntoGrid(browser, id, parser.positionalArguments()))
            return failed;
        return app.exec();
    }

    QSqlRecord key;
    key.append(QSqlField(QStringLiteral("id"), QMetaType::fromType<int>()));
    key.setValue(0, id);
    QList<QStringList> windows{parser.positionalArguments()};
    if (parser.isSet(QStringLiteral("window2")))
        windows << parser.values(QStringLiteral("window2"));
    for (const QStringList &edits : std::as_const(windows)) {
        // Each window on its own connection, as the editor opens them.
        const QSqlDatabase own = DatabaseConnector::clone(db, {}, &error);
        auto *window = new RecordFormWindow(own.isValid() ? own : db, table, key);
        if (!window->isValid()) {
            std::fprintf(stderr, "cannot open the record: %s\n", qPrintable(window->errorString()));
            return 3;
        }
        window->setDraftDirectory(drafts);
        wait(window);
        QObject::connect(window, &RecordFormWindow::draftWritten, [window] { drafted(window); });
        window->show();
        if (const int failed = typeIntoWindow(window, edits))
            return failed;
    }
    return app.exec();
}
