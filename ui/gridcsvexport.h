// GridCsvExport: writes the grid's rows (its filter and sort applied) to a CSV file, with progress and Cancel.
#pragma once

#include <QCoreApplication>
#include <QString>

class QTableView;
class QWidget;

namespace concord {

class GridCellDelegate;

// What a spreadsheet user wants back: a header of the column labels the grid shows, then each
// row the grid holds, in its order, the columns in their on-screen order (hidden ones left
// out). Values are GridCellText::portable(): names for foreign keys, '.' numbers with the
// column's decimals, ISO dates. RFC 4180 quoting, UTF-8, CRLF.
// Rows are read from the model a page at a time (fetchMore) while a progress dialog shows the
// count and keeps the window alive; Cancel stops it. The file is written to a temporary one and
// only replaces `fileName` when every row is written (QSaveFile): a cancelled or failed export
// leaves no half file behind.
class GridCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(concord::GridCsvExport)
public:
    enum class Outcome { Written, Cancelled, Failed };

    GridCsvExport(QTableView *view, GridCellDelegate *cells);

    // How long an export runs before its progress dialog shows (QProgressDialog's
    // minimumDuration); 400 ms unless set.
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }
    // `progressParent`: the window the progress dialog is modal to (none: no dialog).
    Outcome write(const QString &fileName, QWidget *progressParent);
    int rowsWritten() const { return m_rows; }
    QString errorString() const { return m_error; }

private:
    QTableView *m_view;
    GridCellDelegate *m_cells;
    int m_rows = 0;
    int m_progressDelay = 400;
    QString m_error;
};

} // namespace concord
