// GridCsvExport: the model's rows in pages, into a QSaveFile, while a QProgressDialog counts them.
#include "gridcsvexport.h"

#include "cellinputparser.h"
#include "gridcelltext.h"

#include <concord/csvwriter.h>
#include <concord/versionedtablemodel.h>

#include <QHeaderView>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSqlRecord>
#include <QTableView>

#include <memory>

namespace concord {

namespace {
constexpr int rowsPerStep = 200; // rows written between two looks at the event loop
}

GridCsvExport::GridCsvExport(QTableView *view, GridCellDelegate *cells) : m_view(view), m_cells(cells)
{
}

GridCsvExport::Outcome GridCsvExport::write(const QString &fileName, QWidget *progressParent)
{
    m_rows = 0;
    m_error.clear();
    auto *model = qobject_cast<VersionedTableModel *>(m_view->model());
    if (!model) {
        m_error = tr("No table is open.");
        return Outcome::Failed;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return Outcome::Failed;
    }
    QStringList names;
    for (int c = 0; c < model->record().count(); ++c)
        names << model->record().fieldName(c);
    const GridCellText text(m_cells, CellInputParser::boundsOf(model->database(), model->tableName(), names));

    QList<int> columns;
    QStringList header;
    const QHeaderView *sections = m_view->horizontalHeader();
    for (int visual = 0; visual < sections->count(); ++visual) {
        const int logical = sections->logicalIndex(visual);
        if (sections->isSectionHidden(logical))
            continue;
        columns << logical;
        header << model->headerData(logical, Qt::Horizontal).toString();
    }
    CsvWriter writer(&file);
    if (!writer.writeRow(header)) {
        m_error = writer.errorString();
        return Outcome::Failed;
    }

    std::unique_ptr<QProgressDialog> progress;
    if (progressParent) {
        progress = std::make_unique<QProgressDialog>(tr("Exporting rows…"), tr("Cancel"), 0, 0,
                                                     progressParent);
        progress->setWindowTitle(tr("Export CSV"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(m_progressDelay);
        progress->setAutoReset(false);
        progress->setAutoClose(false);
    }
    const QLocale locale;
    for (int row = 0;; ++row) {
        if (row >= model->rowCount()) {
            if (!model->canFetchMore())
                break;
            model->fetchMore();
            if (row >= model->rowCount())
                break;
        }
        QStringList fields;
        fields.reserve(columns.size());
        for (const int column : std::as_const(columns))
            fields << text.portable(model->index(row, column));
        if (!writer.writeRow(fields)) {
            m_error = writer.errorString();
            file.cancelWriting();
            return Outcome::Failed;
        }
        ++m_rows;
        if (progress && m_rows % rowsPerStep == 0) {
            // The total is known once every page is read; until then the bar only moves.
            const int known = model->rowCount();
            progress->setMaximum(model->canFetchMore() ? 0 : known);
            progress->setLabelText(model->canFetchMore()
                                       ? tr("Exported %1 rows…").arg(locale.toString(m_rows))
                                       : tr("Exported %1 of %2 rows…")
                                             .arg(locale.toString(m_rows), locale.toString(known)));
            progress->setValue(m_rows); // processes events: Cancel is seen, the window repaints
            if (progress->wasCanceled()) {
                file.cancelWriting();
                return Outcome::Cancelled;
            }
        }
    }
    if (!file.commit()) {
        m_error = file.errorString();
        return Outcome::Failed;
    }
    return Outcome::Written;
}

} // namespace concord
