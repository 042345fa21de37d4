// GridClipboard: the selection as tab-separated text, and pasted text checked cell by cell before any is written.
#include "gridclipboard.h"

#include "cellinputparser.h"
#include "fieldundohistory.h"
#include "gridcelldelegate.h"
#include "gridcelltext.h"
#include "gridundo.h"
#include "icons.h"

#include <concord/csvreader.h>
#include <concord/csvwriter.h>
#include <concord/threewaymerge.h>
#include <concord/versionedtablemodel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlError>
#include <QSqlRecord>
#include <QTableView>

#include <algorithm>

namespace concord {

GridClipboard::GridClipboard(QTableView *view, GridCellDelegate *cells, GridUndo *undo,
                             QObject *parent)
    : QObject(parent), m_view(view), m_cells(cells), m_undo(undo)
{
    m_copy = new QAction(Icons::get(QStringLiteral("copy")), tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("gridCopyAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    // Only in the grid: Ctrl+C in the filter box copies its text.
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected cells as the grid shows them, for a spreadsheet"));
    connect(m_copy, &QAction::triggered, this, &GridClipboard::copy);
    m_paste = new QAction(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("&Paste"), this);
    m_paste->setObjectName(QStringLiteral("gridPasteAction"));
    m_paste->setShortcut(QKeySequence::Paste);
    m_paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_paste->setToolTip(tr("Paste cells copied from a spreadsheet, starting at the current cell"));
    connect(m_paste, &QAction::triggered, this, &GridClipboard::paste);
    view->addActions({m_copy, m_paste});
    updateActions();
}

VersionedTableModel *GridClipboard::model() const
{
    return qobject_cast<VersionedTableModel *>(m_view->model());
}

void GridClipboard::setTable(const QSqlDatabase &db, const QString &table)
{
    m_rules.clear();
    m_bounds.clear();
    VersionedTableModel *m = model();
    if (db.isValid() && m && !table.isEmpty()) {
        QStringList names;
        for (int c = 0; c < m->record().count(); ++c)
            names << m->record().fieldName(c);
        m_rules = CellInputParser::rulesOf(db, table, names);
        m_bounds = CellInputParser::boundsOf(db, table, names);
    }
    if (m_view->selectionModel()) {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &GridClipboard::updateActions, Qt::UniqueConnection);
    }
    updateActions();
}

void GridClipboard::updateActions()
{
    const VersionedTableModel *m = model();
    const bool current = m && m_view->currentIndex().isValid();
    m_copy->setEnabled(current);
    m_paste->setEnabled(current && !m->isReadOnly());
}

QString GridClipboard::selectionText() const
{
    QItemSelectionModel *selection = m_view->selectionModel();
    QModelIndexList indexes = selection ? selection->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes << m_view->currentIndex();
    if (indexes.isEmpty())
        return {};
    int top = indexes.first().row(), bottom = top;
    int left = indexes.first().column(), right = left;
    for (const QModelIndex &index : std::as_const(indexes)) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    const GridCellText cellText(m_cells, m_bounds);
    QList<QStringList> rows;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column) {
            if (m_view->isColumnHidden(column))
                continue;
            const QModelIndex index = m_view->model()->index(row, column);
            cells << (indexes.contains(index) ? cellText.shown(index) : QString());
        }
        rows << cells;
    }
    // No line break after the last row: pasted into one spreadsheet cell, it adds no empty row.
    return CsvWriter::format(rows, u'\t', QStringLiteral("\n"), false);
}

void GridClipboard::copy()
{
    const QString text = selectionText();
    if (text.isNull())
        return;
    QApplication::clipboard()->setText(text);
}

QString GridClipboard::cellName(const QModelIndex &index) const
{
    return tr("row %1, %2")
        .arg(index.row() + 1)
        .arg(m_view->model()->headerData(index.column(), Qt::Horizontal).toString());
}

QList<GridClipboard::Target> GridClipboard::targets(const QList<QStringList> &rows,
                                                    QString *error) const
{
    QList<Target> out;
    VersionedTableModel *m = model();
    const QModelIndex start = m_view->currentIndex();
    const QModelIndexList selected =
        m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QModelIndexList();
    // One value over a selection of several cells fills each of them, as spreadsheets do.
    if (rows.size() == 1 && rows.first().size() == 1 && selected.size() > 1) {
        for (const QModelIndex &index : selected)
            out << Target{index, rows.first().first()};
        return out;
    }
    // The columns from the current one rightwards, as the grid shows them (hidden ones skipped).
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = header->visualIndex(start.column()); visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    int width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, int(row.size()));
    if (width > columns.size()) {
        *error = tr("The pasted text has %1 columns, but only %2 columns start at the current cell.")
                     .arg(width).arg(columns.size());
        return {};
    }
    const int lastRow = start.row() + int(rows.size()) - 1;
    while (lastRow >= m->rowCount() && m->canFetchMore())
        m->fetchMore();
    if (lastRow >= m->rowCount()) {
        *error = tr("The pasted text has %1 rows, but only %2 rows start at the current one.")
                     .arg(rows.size()).arg(m->rowCount() - start.row());
        return {};
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows.at(r).size(); ++c)
            out << Target{m->index(start.row() + int(r), columns.at(c)), rows.at(r).at(c)};
    }
    return out;
}

bool GridClipboard::pasteText(const QString &text, QString *error)
{
    VersionedTableModel *m = model();
    const QModelIndex start = m_view->currentIndex();
    if (!m || !start.isValid()) {
        *error = tr("Choose the cell the paste starts at.");
        return false;
    }
    if (m->isReadOnly()) {
        *error = tr("This table is read-only: %1").arg(m->readOnlyReason());
        return false;
    }
    QString parseError;
    const QList<QStringList> rows = CsvReader::parse(text, u'\t', &parseError);
    if (rows.isEmpty()) {
        *error = tr("The clipboard holds no text to paste.");
        return false;
    }
    const QList<Target> cells = targets(rows, error);
    if (cells.isEmpty())
        return false;

    // Several rows take edits at once (Qt's OnRowChange allows one, so a row next to an edited
    // one would read as not editable); Save saves them together. Only for this paste.
    struct MultiRow
    {
        VersionedTableModel *model;
        explicit MultiRow(VersionedTableModel *m) : model(m) { model->setMultiRowEditing(true); }
        ~MultiRow() { model->setMultiRowEditing(false); }
    } multiRow(m);

    // Every value is checked before any is written: one refusal leaves the grid as it was.
    const CellInputParser parser(m_cells, m_rules, m_bounds);
    const GridCellText shown(m_cells, m_bounds);
    QList<QPair<QModelIndex, QVariant>> writes;
    for (const Target &target : cells) {
        const QModelIndex &index = target.index;
        const bool editable = (m->flags(index) & Qt::ItemIsEditable)
            && index.column() != m->versionColumnIndex();
        if (!editable) {
            // A copied rectangle may span a column nobody edits (the version): the same text
            // is no edit of it.
            if (target.text == shown.shown(index) || target.text == shown.portable(index))
                continue;
            *error = tr("Nothing was pasted: %1 cannot be edited.").arg(cellName(index));
            return false;
        }
        const CellInputParser::Outcome outcome = parser.parse(index, target.text);
        if (!outcome.ok) {
            *error = tr("Nothing was pasted: %1: %2.").arg(cellName(index), outcome.error);
            return false;
        }
        const QVariant current = index.data(Qt::EditRole);
        if (current.isNull() == outcome.value.isNull()
            && (current.isNull() || ThreeWayMerge::sameValue(current, outcome.value)
                || current.toString() == outcome.value.toString()))
            continue;
        writes.append({index, outcome.value});
    }
    if (writes.isEmpty()) {
        emit statusMessage(tr("Pasted: every cell held that value already"));
        return true;
    }

    // One undo step, whatever the number of cells and rows.
    FieldUndoHistory *history = m_undo->history();
    history->beginGroup();
    qsizetype written = 0;
    for (const auto &[index, value] : std::as_const(writes)) {
        if (!m->setData(index, value, Qt::EditRole))
            break;
        ++written;
    }
    history->endGroup();
    if (written < writes.size()) {
        // The model refused one (its own checks): take back what was written before it, which
        // is the newest step of the first row written.
        if (written > 0)
            history->undo(writes.first().first.row());
        *error = tr("Nothing was pasted: %1").arg(m->lastError().text());
        return false;
    }
    QModelIndex topLeft = writes.first().first, bottomRight = topLeft;
    for (const auto &write : std::as_const(writes)) {
        topLeft = m->index(std::min(topLeft.row(), write.first.row()),
                           std::min(topLeft.column(), write.first.column()));
        bottomRight = m->index(std::max(bottomRight.row(), write.first.row()),
                               std::max(bottomRight.column(), write.first.column()));
    }
    m_view->selectionModel()->select(QItemSelection(topLeft, bottomRight),
                                     QItemSelectionModel::ClearAndSelect);
    m_undo->updateAction();
    // Not saved yet, so that Ctrl+Z can still take the whole paste back.
    emit statusMessage(tr("Pasted %n cell(s), not saved yet: Ctrl+S saves them, Ctrl+Z takes the "
                          "paste back", nullptr, int(writes.size())));
    return true;
}

void GridClipboard::paste()
{
    // Edit ▸ Paste while a cell is being typed in: the text goes into that editor, as Ctrl+V
    // there does (the editor takes the key itself).
    if (auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        edit && m_view->viewport()->isAncestorOf(edit)) {
        edit->paste();
        return;
    }
    QString error;
    if (pasteText(QApplication::clipboard()->text(), &error) || error.isEmpty())
        return;
    // A message that names the cell is read whole, not cut off in the status bar.
    QMessageBox::warning(m_view->window(), tr("Paste"), error);
}

} // namespace concord
