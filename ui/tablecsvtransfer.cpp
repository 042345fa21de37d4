// TableCsvTransfer: the File menu's CSV actions, wired to GridCsvExport and CsvImportDialog.
#include "tablecsvtransfer.h"

#include "csvimportdialog.h"
#include "filedialog.h"
#include "gridcelldelegate.h"
#include "gridcsvexport.h"
#include "tablebrowser.h"

#include <concord/versionedtablemodel.h>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>

namespace concord {

TableCsvTransfer::TableCsvTransfer(TableBrowser *browser, QWidget *window)
    : QObject(window), m_browser(browser), m_window(window)
{
    m_export = new QAction(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportCsvAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Write the rows the grid shows (filter and sort applied) to a CSV file"));
    connect(m_export, &QAction::triggered, this, [this] { exportCsv(); });
    m_import = new QAction(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importCsvAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setToolTip(tr("Insert the rows of a CSV file into the open table"));
    connect(m_import, &QAction::triggered, this, [this] { importCsv(); });
    connect(browser, &TableBrowser::conflictDetectionChanged, this, &TableCsvTransfer::updateActions);
    updateActions();
}

void TableCsvTransfer::updateActions()
{
    const VersionedTableModel *model = m_browser->model();
    const bool grid = model && m_browser->message().isEmpty();
    m_export->setEnabled(grid);
    m_import->setEnabled(grid && !model->isReadOnly());
}

bool TableCsvTransfer::exportCsv(const QString &fileName)
{
    VersionedTableModel *model = m_browser->model();
    auto *cells = qobject_cast<GridCellDelegate *>(m_browser->view()->itemDelegate());
    if (!model || !cells)
        return false;
    if (!m_browser->commitPendingRow())
        return false;
    QString path = fileName;
    if (path.isEmpty()) {
        path = FileDialog::saveFileName(m_window, tr("Export CSV"),
                                            QDir::home().filePath(m_browser->table() + QLatin1String(".csv")),
                                            tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    GridCsvExport exporter(m_browser->view(), cells);
    switch (exporter.write(path, m_window)) {
    case GridCsvExport::Outcome::Written:
        emit m_browser->statusMessage(tr("Exported %1 rows to %2")
                                          .arg(QLocale().toString(exporter.rowsWritten()),
                                               QFileInfo(path).fileName()));
        return true;
    case GridCsvExport::Outcome::Cancelled:
        emit m_browser->statusMessage(tr("Export cancelled: no file was written"));
        return false;
    case GridCsvExport::Outcome::Failed:
        QMessageBox::warning(m_window, tr("Export CSV"),
                             tr("The file %1 could not be written:\n%2")
                                 .arg(QDir::toNativeSeparators(path), exporter.errorString()));
        return false;
    }
    return false;
}

bool TableCsvTransfer::importCsv(const QString &fileName)
{
    VersionedTableModel *model = m_browser->model();
    if (!model || model->isReadOnly())
        return false;
    if (!m_browser->commitPendingRow())
        return false;
    QString path = fileName;
    if (path.isEmpty()) {
        path = FileDialog::openFileName(m_window, tr("Import CSV"), QDir::homePath(),
                                            tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    CsvImportDialog dialog(m_browser->database(), m_browser->table(), m_window);
    // The grid's operator, as its own inserts carry.
    dialog.setOperatorName(model->operatorName());
    if (!dialog.loadFile(path)) {
        QMessageBox::warning(m_window, tr("Import CSV"), dialog.errorString());
        return false;
    }
    if (dialog.exec() != QDialog::Accepted || dialog.insertedRows() == 0)
        return false;
    // The new rows show in the grid, in its order.
    m_browser->reload();
    emit m_browser->statusMessage(tr("Imported %1 rows into %2")
                                      .arg(QLocale().toString(dialog.insertedRows()), m_browser->table()));
    return true;
}

} // namespace concord
