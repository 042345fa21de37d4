// VersionedTableModel::rowState: what a row's header shows of its record's state.
//
// Every answer is asked of the record (its key, through the conflict and "elsewhere" records) or
// of the row's own entry in QSqlTableModel's edit cache, which QSqlTableModel renumbers with the
// rows: so the state follows the record when rows are inserted, removed or re-read.
#include <concord/versionedtablemodel.h>

#include "versionedtablemodel_p.h"

namespace concord {

VersionedTableModel::RowState VersionedTableModel::rowState(int row) const
{
    if (row < 0 || row >= rowCount())
        return RowState::Clean;
    // What someone else did comes first: it is what the user must act on before saving.
    if (isDeletedElsewhere(row))
        return RowState::DeletedElsewhere;
    if (isChangedElsewhere(row))
        return RowState::ChangedElsewhere;
    if (hasConflict(row))
        return RowState::Conflict;
    const auto &cached = m->cache()->cache;
    const auto it = cached.constFind(row);
    if (it == cached.constEnd())
        return RowState::Clean;
    // A deleted row stays shown, emptied, until the next select(): saved or not, it is deleted.
    if (it->op() == CacheOp::Delete)
        return RowState::Deleted;
    if (it->submitted())
        return RowState::Clean;
    switch (it->op()) {
    case CacheOp::Insert:
        return RowState::Inserted;
    case CacheOp::Update:
        // As isDirty(): an update entry counts once one of its fields is to be written.
        for (int column = 0; column < columnCount(); ++column) {
            if (it->rec().isGenerated(column))
                return RowState::Edited;
        }
        return RowState::Clean;
    case CacheOp::None:
    case CacheOp::Delete: // answered above, submitted or not
        break;
    }
    return RowState::Clean;
}

} // namespace concord
