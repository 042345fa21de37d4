// TableCsvTransfer: File ▸ Export CSV… and Import CSV… for the table open in the browser.
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace concord {

class TableBrowser;

// Export writes what the grid holds (GridCsvExport); Import reads a file into the open table
// through CsvImportDialog. Both ask for the file name themselves and report in the browser's
// status line; both wait for the grid's edited row to be saved first.
class TableCsvTransfer : public QObject
{
    Q_OBJECT
public:
    TableCsvTransfer(TableBrowser *browser, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

public Q_SLOTS:
    // With an empty `fileName`, a file dialog asks for one. True when the file was written.
    bool exportCsv(const QString &fileName = QString());
    // With an empty `fileName`, a file dialog asks for one. True when rows were inserted.
    bool importCsv(const QString &fileName = QString());
    void updateActions();

private:
    TableBrowser *m_browser;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_import;
};

} // namespace concord
