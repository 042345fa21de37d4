// GridUndo: Ctrl+Z in the table browser's grid, taking back the current record's cell edits one by one.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QTableView;

namespace concord {

class FieldUndoHistory;
class VersionedTableModel;

// The keys, as in the record form and MS Access:
// - while a cell's editor is open, Ctrl+Z and Esc are the editor's own (Qt's: Esc cancels the
//   cell's edit);
// - with no editor open, Ctrl+Z puts back the value the current record's last cell edit
//   replaced, one edit per press, and the record is clean again once every edit is taken back;
// - Ctrl+Shift+Z or Ctrl+Y puts back what Ctrl+Z took back, until the record is edited anew;
// - a paste is one step (FieldUndoHistory's groups), over every row it wrote;
// - Esc then reverts the whole record (the browser's Revert Record action carries the key).
// Each record keeps its own edits (FieldUndoHistory), found by record, not by row number.
// Only edits committed from a cell editor count: a dialog writing values is no user edit.
class GridUndo : public QObject
{
    Q_OBJECT
public:
    explicit GridUndo(QTableView *view, QObject *parent = nullptr);

    // The grid's model, once a table is open (nullptr when closed).
    void setModel(VersionedTableModel *model);
    QAction *undoAction() const { return m_undo; }
    // Ctrl+Shift+Z and Ctrl+Y: puts back what the last undo of the current record took back.
    QAction *redoAction() const { return m_redo; }
    FieldUndoHistory *history() const { return m_history; }
    // A cell editor is open in the grid (it may not have the focus any more: it commits on
    // losing it).
    bool isEditing() const;

public Q_SLOTS:
    void undo();
    void redo();
    void updateAction();

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    // Kept apart from m_view: while the view is destroyed its viewport() is no longer callable,
    // and the viewport still sends events to this filter.
    QWidget *m_viewport;
    FieldUndoHistory *m_history;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace concord
