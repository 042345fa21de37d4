// GridClipboard: Copy and Paste in the table browser's grid, as a spreadsheet's tab-separated text.
#pragma once

#include "emptyvaluerule.h"

#include <concord/columnbounds.h>

#include <QList>
#include <QModelIndex>
#include <QObject>
#include <QString>

class QAction;
class QSqlDatabase;
class QTableView;

namespace concord {

class GridCellDelegate;
class GridUndo;
class VersionedTableModel;

// Copy: the selection's bounding rectangle (cells outside the selection empty), one line per
// row, cells separated by tabs, each as the grid shows it (GridCellText::shown): names for
// foreign keys, the column's decimals, the locale's numbers and dates.
// Paste: tab-separated text (quoted cells as spreadsheets write them) goes into the grid from
// the current cell rightwards and downwards; one value pasted over a larger selection fills it.
// Every value is checked first, as typing would check it (CellInputParser); one refusal refuses
// the whole paste, with a message naming the cell, and nothing changes. An accepted paste is
// edits like typed ones, kept unsaved until Save (Ctrl+S) so that one undo takes it back.
class GridClipboard : public QObject
{
    Q_OBJECT
public:
    GridClipboard(QTableView *view, GridCellDelegate *cells, GridUndo *undo, QObject *parent = nullptr);

    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }

    // The open table (reads its declaration once); an invalid `db` when none is open.
    void setTable(const QSqlDatabase &db, const QString &table);

    // What Copy puts on the clipboard; empty when nothing is selected.
    QString selectionText() const;
    // Pastes `text` at the current cell. False, with the reason in `error`, when nothing changed.
    bool pasteText(const QString &text, QString *error);

public Q_SLOTS:
    void copy();
    void paste();
    void updateActions();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    struct Target
    {
        QModelIndex index;
        QString text;
    };
    VersionedTableModel *model() const;
    QList<Target> targets(const QList<QStringList> &rows, QString *error) const;
    QString cellName(const QModelIndex &index) const;

    QTableView *m_view;
    GridCellDelegate *m_cells;
    GridUndo *m_undo;
    QAction *m_copy;
    QAction *m_paste;
    QList<EmptyValueRule> m_rules;
    QList<ColumnBounds> m_bounds;
};

} // namespace concord
