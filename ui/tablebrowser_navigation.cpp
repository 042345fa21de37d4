// TableBrowser, which rows the grid shows and where: the row filter, sorting, reloading and
// refreshing while keeping the position, and reading to the table's end (Ctrl+End, the scroll bar).
#include "tablebrowser.h"

#include "recordformwindow.h"

#include <concord/versionedtablemodel.h>

#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlRecord>
#include <QTableView>

#include <algorithm>

namespace concord {

namespace {
// Past this many fetched rows a refresh re-reads only the visible rows: re-fetching everything
// the user scrolled through would stall a million-row table.
constexpr int fullRefreshRowLimit = 5000;
}

void TableBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TableBrowser::applyFilter()
{
    m_filterTimer.stop();
    if (!m_model || m_model->textFilter() == m_filter->text()) {
        m_filterWaits = false;
        return;
    }
    // select() would drop an edited row: save it first, or keep the old filter for now and
    // apply it once the row is saved or reverted (applyWaitingFilter).
    if (!commitPendingRow()) {
        m_filterWaits = true;
        emit statusMessage(tr("The filter is applied once the edited record is saved or "
                              "reverted. Not saved: %1")
                               .arg(m_model->lastError().text()));
        return;
    }
    m_filterWaits = false;
    m_model->setTextFilter(m_filter->text());
    if (!m_model->select()) {
        reportProblem(m_model->lastError().text());
        return;
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, std::max(0, m_view->currentIndex().column())));
    if (m_filter->text().isEmpty()) {
        emit statusMessage(tr("Showing all rows"));
    } else if (m_model->rowCount() == 0) {
        emit statusMessage(tr("No rows contain “%1”").arg(m_filter->text()));
    } else {
        // The count comes from the server (COUNT(*)): rowCount() only knows the rows read so far.
        // English has no plural forms file, so both source forms are written out.
        const int matches = m_model->recordCount();
        emit statusMessage((matches == 1 ? tr("%n row contains “%1”", nullptr, matches)
                                         : tr("%n rows contain “%1”", nullptr, matches))
                               .arg(m_filter->text()));
    }
}

void TableBrowser::applyWaitingFilter()
{
    if (!m_filterWaits || !m_model || m_model->isDirty())
        return;
    m_filterWaits = false;
    applyFilter();
}

void TableBrowser::reload()
{
    if (!m_model)
        return;
    if (!commitPendingRow())
        return;
    if (selectKeepingPosition())
        emit statusMessage(tr("Reloaded"));
}

void TableBrowser::goToLastRow()
{
    if (!readToEnd())
        return;
    const int column = std::max(0, m_view->currentIndex().column());
    m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, column));
    m_view->scrollToBottom();
    emit statusMessage(tr("Row %1 of %2").arg(QLocale().toString(m_model->rowCount()),
                                               QLocale().toString(m_model->rowCount())));
}

void TableBrowser::scrollToEnd()
{
    if (!m_model || !m_model->canFetchMore())
        return;
    // The current cell stays where the user left it: a scroll bar moves the view, not the cursor.
    if (!readToEnd())
        return;
    m_view->scrollToBottom();
    emit statusMessage(tr("End of the table: %Ln rows", nullptr, m_model->rowCount()));
}

bool TableBrowser::readToEnd()
{
    if (!m_model)
        return false;
    // Pages are read by key, 500 records a statement; the status bar counts them in, and the
    // event loop runs between pages, so a big table shows progress instead of freezing.
    const int total = m_model->recordCount();
    const QPointer<VersionedTableModel> model = m_model;
    int pages = 0;
    while (model && model->canFetchMore()) {
        model->fetchMore();
        if (++pages % 8 == 0) {
            emit statusMessage(tr("Reading rows: %1 of %2")
                                   .arg(QLocale().toString(model->rowCount()), QLocale().toString(total)));
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        }
    }
    return model && model == m_model && model->rowCount() > 0;
}

bool TableBrowser::selectKeepingPosition()
{
    const QModelIndex current = m_view->currentIndex();
    // The cursor names a record, not a row number: a save elsewhere can move the record (its
    // sort value changed), and a delete moves every row below it up by one.
    const QSqlRecord key = RecordFormWindow::keyOf(m_model, current.row());
    const int rowsRead = m_model->rowCount();
    const int scroll = m_view->verticalScrollBar()->value();
    if (!m_model->select()) {
        reportProblem(m_model->lastError().text());
        return false;
    }
    // Fetch only as far as the user had scrolled: the rest stays lazy.
    const int needed = std::max(current.row(), scroll + m_view->height() / 16);
    while (m_model->rowCount() <= needed && m_model->canFetchMore())
        m_model->fetchMore();
    int row = current.row();
    if (!key.isEmpty()) {
        const auto holdsKey = [this, &key](int r) {
            const QSqlRecord values = m_model->record(r);
            for (int i = 0; i < key.count(); ++i) {
                // Drivers return keys as int, qlonglong or text: compare what they say.
                if (values.value(key.fieldName(i)).toString() != key.value(i).toString())
                    return false;
            }
            return true;
        };
        // As far as the grid had read before: the record is among those rows, or gone.
        int found = -1;
        for (int r = 0; found < 0; ++r) {
            while (r >= m_model->rowCount() && r <= rowsRead && m_model->canFetchMore())
                m_model->fetchMore();
            if (r >= m_model->rowCount() || r > rowsRead)
                break;
            if (holdsKey(r))
                found = r;
        }
        // Gone (deleted): the record that took its place, or the one before it at the end.
        row = found >= 0 ? found : std::min(current.row(), m_model->rowCount() - 1);
    }
    if (current.isValid() && row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, current.column()));
    m_view->verticalScrollBar()->setValue(scroll);
    return true;
}

void TableBrowser::sortBy(int column, Qt::SortOrder order)
{
    if (!m_model)
        return;
    if (!commitPendingRow()) {
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_model->setSort(column, order);
    selectKeepingPosition();
}

void TableBrowser::refreshAfterFormSave(const QString &table)
{
    if (!m_model || table != m_table)
        return;
    if (!m_model->isDirty() && m_model->rowCount() <= fullRefreshRowLimit) {
        selectKeepingPosition();
        return;
    }
    // Re-read the visible rows one by one, skipping any the user is editing here.
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        if (!m_model->isDirty(m_model->index(row, 0)))
            m_model->selectRow(row);
    }
}

} // namespace concord
