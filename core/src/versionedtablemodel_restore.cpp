// VersionedTableModel, putting back edits made on an older state of a record (a draft kept
// across a crash): the row is taken as loaded at that state, so the ordinary conditional save
// conflicts if the record changed since.
#include "versionedtablemodel_p.h"

namespace concord {

QSqlRecord VersionedTableModel::originalRecord(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m->original(row);
}

bool VersionedTableModel::restoreEdits(int row, const QVariant &baseVersion,
                                       const QVariantMap &originals, const QVariantMap &edits)
{
    if (m->refuseWhileBusy())
        return false;
    const int s = m->storeRow(row);
    if (s < 0 || row >= rowCount() || edits.isEmpty())
        return false;
    auto &cache = m->cache()->cache;
    const auto entry = cache.find(row);
    const bool cached = entry != cache.end() && entry->op() != CacheOp::None;
    if (cached && (entry->op() != CacheOp::Update || !entry->submitted()))
        return false; // edits of its own already: they are not ours to replace
    QSqlRecord base = m->original(row);
    const int vi = m->versionIndex();
    for (const QVariantMap *values : {&originals, &edits}) {
        for (auto it = values->cbegin(); it != values->cend(); ++it) {
            const int column = base.indexOf(it.key());
            if (column < 0 || column == vi || column >= columnCount())
                return false;
        }
    }
    for (auto it = originals.cbegin(); it != originals.cend(); ++it)
        base.setValue(it.key(), it.value());
    if (vi >= 0)
        base.setValue(vi, baseVersion);

    // What the next save compares against: the stored row, and a saved row's cache entry.
    QVariantList stored;
    stored.reserve(base.count());
    for (int i = 0; i < base.count(); ++i)
        stored << base.value(i);
    m->store()->setValues(s, stored);
    if (cached)
        entry->refresh(true, base);
    m->records.settle(m->keyOf(row));
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));

    bool ok = true;
    for (auto it = edits.cbegin(); it != edits.cend(); ++it)
        ok = setData(index(row, fieldIndex(it.key())), it.value()) && ok;
    return ok;
}

} // namespace concord
