// FieldUndoHistory: each record's field edits, newest last, so that Ctrl+Z takes them back one by one.
#include "fieldundohistory.h"

#include <concord/threewaymerge.h>
#include <concord/versionedtablemodel.h>

#include <QSqlRecord>

#include <algorithm>

namespace concord {

FieldUndoHistory::FieldUndoHistory(QObject *parent) : QObject(parent) {}

void FieldUndoHistory::setModel(VersionedTableModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_records.clear();
    m_model = model;
    if (!model)
        return;
    auto check = [this] { prune(); };
    m_connections = {
        connect(model, &VersionedTableModel::fieldEdited, this, &FieldUndoHistory::onFieldEdited),
        // Saves, reverts, reloads and changes from elsewhere all end in one of these.
        connect(model, &QAbstractItemModel::dataChanged, this, check),
        connect(model, &QAbstractItemModel::headerDataChanged, this, check),
        connect(model, &QAbstractItemModel::rowsRemoved, this, check),
        connect(model, &QAbstractItemModel::modelReset, this, check),
        connect(model, &QAbstractItemModel::layoutChanged, this, check),
        connect(model, &VersionedTableModel::rowSaved, this, check),
    };
    Q_EMIT changed();
}

void FieldUndoHistory::closeGroup()
{
    for (Record &record : m_records)
        record.open = false;
}

int FieldUndoHistory::recordIndex(int row) const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).row.isValid() && m_records.at(i).row.row() == row)
            return int(i);
    }
    return -1;
}

bool FieldUndoHistory::hasEdits(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return false;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_model->isDirty(m_model->index(row, column)))
            return true;
    }
    return false;
}

bool FieldUndoHistory::canUndo(int row) const
{
    return undoCount(row) > 0;
}

int FieldUndoHistory::undoCount(int row) const
{
    const int i = recordIndex(row);
    // A record saved or reverted without a signal we heard has nothing left to undo either.
    return i < 0 || !hasEdits(row) ? 0 : int(m_records.at(i).steps.size());
}

int FieldUndoHistory::nextUndoColumn(int row) const
{
    const int i = recordIndex(row);
    return canUndo(row) ? m_records.at(i).steps.last().column : -1;
}

bool FieldUndoHistory::isFieldChanged(int row, int column) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount() || column < 0
        || column >= m_model->columnCount())
        return false;
    const QModelIndex index = m_model->index(row, column);
    if (!m_model->isDirty(index))
        return false;
    if (m_model->rowState(row) == VersionedTableModel::RowState::Inserted)
        return true;
    const QSqlRecord original = m_model->originalRecord(row);
    const QString name = m_model->record().fieldName(column);
    return !original.contains(name)
        || !ThreeWayMerge::sameValue(index.data(Qt::EditRole), original.value(name));
}

void FieldUndoHistory::onFieldEdited(const QModelIndex &index, const QVariant &previous)
{
    if (m_writing || !m_model || (m_group == 0 && m_recording && !m_recording()))
        return;
    const int row = index.row();
    const int column = index.column();
    // Saved at once (OnFieldChange): there is no edit left to take back.
    if (!hasEdits(row))
        return;
    const QVariant now = index.data(Qt::EditRole);
    int i = recordIndex(row);
    if (m_merge && i >= 0) {
        Record &record = m_records[i];
        if (record.open && !record.steps.isEmpty() && record.steps.last().column == column) {
            // Typed back to what it held before: that step took nothing away any more.
            if (ThreeWayMerge::sameValue(record.steps.last().previous, now)) {
                record.steps.removeLast();
                record.open = false;
                settleLater(row);
                Q_EMIT changed();
            }
            return;
        }
    }
    if (ThreeWayMerge::sameValue(previous, now))
        return;
    if (i < 0) {
        m_records.append(Record{QPersistentModelIndex(m_model->index(row, 0)), {}, {}, false});
        i = int(m_records.size() - 1);
    }
    m_records[i].steps.append(Step{column, previous, m_group});
    // A new edit starts a new line of history: what was undone before cannot come back.
    m_records[i].redo.clear();
    m_records[i].open = m_merge && m_group == 0;
    Q_EMIT changed();
}

int FieldUndoHistory::undo(int row)
{
    if (!canUndo(row)) {
        prune();
        return -1;
    }
    return moveGroup(row, false);
}

bool FieldUndoHistory::canRedo(int row) const
{
    const int i = recordIndex(row);
    return i >= 0 && !m_records.at(i).redo.isEmpty();
}

int FieldUndoHistory::nextUndoSize(int row) const
{
    return canUndo(row) ? groupSize(row, false) : 0;
}

int FieldUndoHistory::nextRedoSize(int row) const
{
    return canRedo(row) ? groupSize(row, true) : 0;
}

int FieldUndoHistory::groupSize(int row, bool redo) const
{
    const Record &first = m_records.at(recordIndex(row));
    const int group = (redo ? first.redo : first.steps).last().group;
    if (group == 0)
        return 1;
    // A group's steps are the newest of each record it wrote, as moveGroup() takes them.
    int size = 0;
    for (const Record &record : m_records) {
        if (!record.row.isValid())
            continue;
        const QList<Step> &steps = redo ? record.redo : record.steps;
        size += int(std::count_if(steps.cbegin(), steps.cend(),
                                  [group](const Step &step) { return step.group == group; }));
    }
    return size;
}

int FieldUndoHistory::redo(int row)
{
    return canRedo(row) ? moveGroup(row, true) : -1;
}

void FieldUndoHistory::beginGroup()
{
    m_group = ++m_lastGroup;
}

void FieldUndoHistory::endGroup()
{
    m_group = 0;
}

int FieldUndoHistory::moveStep(int row, bool redo)
{
    const int i = recordIndex(row);
    if (i < 0)
        return -1;
    Record &record = m_records[i];
    QList<Step> &from = redo ? record.redo : record.steps;
    if (from.isEmpty())
        return -1;
    const Step step = from.takeLast();
    record.open = false;
    const QModelIndex index = m_model->index(row, step.column);
    // Onto the other list before writing: the write's signals prune records with neither.
    (redo ? record.steps : record.redo).append(Step{step.column, index.data(Qt::EditRole), step.group});
    m_writing = true;
    m_model->setData(index, step.previous, Qt::EditRole);
    m_writing = false;
    return step.column;
}

int FieldUndoHistory::moveGroup(int row, bool redo)
{
    const int first = recordIndex(row);
    const QList<Step> &from = redo ? m_records.at(first).redo : m_records.at(first).steps;
    const int group = from.last().group;
    // A group may span rows: each of them must take the write, not only the first (OnRowChange).
    const bool multiRow = m_model->isMultiRowEditing();
    if (group != 0)
        m_model->setMultiRowEditing(true);
    const int column = moveStep(row, redo);
    QList<QPersistentModelIndex> touched{QPersistentModelIndex(m_model->index(row, 0))};
    // The rest of the group: the newest steps of this record and of others with its number.
    for (bool found = group != 0; found;) {
        found = false;
        for (const Record &record : std::as_const(m_records)) {
            const QList<Step> &steps = redo ? record.redo : record.steps;
            if (record.row.isValid() && !steps.isEmpty() && steps.last().group == group) {
                touched << record.row;
                moveStep(record.row.row(), redo);
                found = true;
                break;
            }
        }
    }
    m_model->setMultiRowEditing(multiRow);
    if (!redo) {
        for (const QPersistentModelIndex &where : std::as_const(touched)) {
            if (where.isValid())
                settle(where.row());
        }
    }
    prune();
    Q_EMIT changed();
    return column;
}

bool FieldUndoHistory::revertField(int row, int column)
{
    if (!isFieldChanged(row, column))
        return false;
    const QString name = m_model->record().fieldName(column);
    const QSqlRecord original = m_model->originalRecord(row);
    m_writing = true;
    const bool ok = m_model->setData(m_model->index(row, column), original.value(name), Qt::EditRole);
    m_writing = false;
    const int i = recordIndex(row);
    if (i >= 0) {
        QList<Step> &steps = m_records[i].steps;
        steps.removeIf([column](const Step &step) { return step.column == column; });
        m_records[i].open = false;
    }
    settle(row);
    prune();
    Q_EMIT changed();
    return ok;
}

void FieldUndoHistory::settle(int row)
{
    if (!m_model || m_model->rowState(row) != VersionedTableModel::RowState::Edited)
        return;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (isFieldChanged(row, column))
            return;
    }
    m_model->revertRow(row);
}

void FieldUndoHistory::settleLater(int row)
{
    // Not from inside the model's setData(): reverting there would reload the editor that is
    // sending the edit, in the middle of its own signal.
    const QPersistentModelIndex where(m_model->index(row, 0));
    QMetaObject::invokeMethod(
        this,
        [this, where] {
            if (where.isValid() && m_model && where.model() == m_model.data()) {
                const int row = where.row();
                if (undoCount(row) == 0) {
                    settle(row);
                    prune();
                }
            }
        },
        Qt::QueuedConnection);
}

void FieldUndoHistory::prune()
{
    const qsizetype before = m_records.size();
    bool stepsDropped = false;
    for (Record &record : m_records) {
        // Saved or reverted: nothing is left to undo, but what was undone may still be redone.
        if (record.row.isValid() && record.row.model() == m_model.data() && !record.steps.isEmpty()
            && !hasEdits(record.row.row())) {
            record.steps.clear();
            stepsDropped = true;
        }
    }
    m_records.removeIf([this](const Record &record) {
        return !record.row.isValid() || record.row.model() != m_model.data()
            || (record.steps.isEmpty() && record.redo.isEmpty());
    });
    if (stepsDropped && m_records.size() == before)
        Q_EMIT changed();
    if (m_records.size() != before)
        Q_EMIT changed();
}

void FieldUndoHistory::clear()
{
    if (m_records.isEmpty())
        return;
    m_records.clear();
    Q_EMIT changed();
}

} // namespace concord
