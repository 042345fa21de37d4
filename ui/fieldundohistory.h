// FieldUndoHistory: each record's field edits, newest last, so that Ctrl+Z takes them back one by one.
#pragma once

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QVariant>

#include <functional>

namespace concord {

class VersionedTableModel;

// It listens to VersionedTableModel::fieldEdited, which carries the value an edit replaced.
// The steps of a record are kept under a QPersistentModelIndex of its row: Qt moves that with
// the record when rows are inserted or removed above it, and drops it on a model reset (a
// select(), which drops the edits too). A record's history ends once the record has no edits
// left: saved, reverted, reloaded. Undo writes the old value back with setData(); when that
// leaves every field as loaded, the row is reverted, so it counts as clean again (setData()
// with the loaded value would still count as an edit to save).
// Redo: an undone step is kept on the record's redo list until the record gets a new edit (or a
// reload drops the record). Edits made between beginGroup() and endGroup() (a paste over several
// cells and rows) are one step: one undo or redo takes back or puts back all of them.
class FieldUndoHistory : public QObject
{
    Q_OBJECT
public:
    explicit FieldUndoHistory(QObject *parent = nullptr);

    void setModel(VersionedTableModel *model);
    VersionedTableModel *model() const { return m_model; }

    // Only edits made while `recording` says true are kept: the user's, not a dialog putting
    // values back. Without one, every edit is.
    void setRecordingFilter(std::function<bool()> recording) { m_recording = std::move(recording); }
    // When on, consecutive edits of one field are one step until closeGroup(): a form passes
    // each keystroke to the model, and one undo takes back the whole field edit.
    void setMergeEdits(bool merge) { m_merge = merge; }
    // The field edit under way is over (the focus left the field): the next edit is a new step.
    void closeGroup();

    bool canUndo(int row) const;
    int undoCount(int row) const;
    // The column the next undo of `row` puts back, or -1.
    int nextUndoColumn(int row) const;
    // Takes back the last field edit of the record at `row` (with every edit of its group, in
    // this record and others). Returns its column, or -1.
    int undo(int row);
    // How many field edits the next undo (redo) of `row` takes back (puts back): the size of its
    // group (a paste), 1 for an edit of its own, 0 when there is none.
    int nextUndoSize(int row) const;
    int nextRedoSize(int row) const;
    bool canRedo(int row) const;
    // Puts back the last edit undone in the record at `row` (and the rest of its group).
    // Returns its column, or -1.
    int redo(int row);
    // Edits from here to endGroup() are one step, recorded whatever the recording filter says.
    void beginGroup();
    void endGroup();
    // Puts `column` of `row` back to its loaded value and forgets that field's steps (Esc).
    bool revertField(int row, int column);
    // True when the field of `row` holds something else than at the last load or save.
    bool isFieldChanged(int row, int column) const;
    void clear();

Q_SIGNALS:
    // Something to undo appeared or went.
    void changed();

private:
    struct Step
    {
        int column = -1;
        QVariant previous; // on the redo list: the value the redo writes
        int group = 0;     // 0: a step of its own
    };
    struct Record
    {
        QPersistentModelIndex row;
        QList<Step> steps;
        QList<Step> redo;
        bool open = false; // the last step's field is still being edited
    };

    void onFieldEdited(const QModelIndex &index, const QVariant &previous);
    void prune();
    int recordIndex(int row) const;
    bool hasEdits(int row) const;
    // Reverts the row when each field holds its loaded value again, so it is clean.
    void settle(int row);
    void settleLater(int row);
    // Moves the last step of the record at `row` from its undo list to its redo list (or back),
    // writing the step's value. Returns the step's column, or -1.
    int moveStep(int row, bool redo);
    // undo() and redo(): the step at `row` and the rest of its group.
    int moveGroup(int row, bool redo);
    int groupSize(int row, bool redo) const;

    QPointer<VersionedTableModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    QList<Record> m_records;
    std::function<bool()> m_recording;
    bool m_merge = false;
    bool m_writing = false; // our own setData(): not an edit to keep
    int m_group = 0;        // the group being recorded, 0 when none
    int m_lastGroup = 0;
};

} // namespace concord
