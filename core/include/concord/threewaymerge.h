// The pure three-way merge of a record: original (as loaded), mine (edited) and theirs (as saved by someone else).
#pragma once

#include <concord/concord_core_export.h>
#include <concord/mergeresult.h>

#include <QSqlRecord>
#include <QStringList>

namespace concord {

namespace ThreeWayMerge {

// Fields listed in `ignored` (the version column, say) are left out of the result.
CONCORD_CORE_EXPORT MergeResult merge(const QSqlRecord &original, const QSqlRecord &mine,
                                      const QSqlRecord &theirs, const QStringList &ignored = {});
CONCORD_CORE_EXPORT MergeResult merge(const QVariantMap &original, const QVariantMap &mine,
                                      const QVariantMap &theirs, const QStringList &order);
// The merge against a record someone else deleted: there is no "theirs" to weigh, so each field
// is mine (TakenFromMine) or unchanged, its result is my value (what re-creating the record
// saves), its theirs value is null, and nothing conflicts. merge() above does the same when
// `theirs` is empty.
CONCORD_CORE_EXPORT MergeResult mergeAgainstDeletion(const QSqlRecord &original,
                                                     const QSqlRecord &mine,
                                                     const QStringList &ignored = {});

// Database values come back with different QVariant types per driver (qlonglong vs int vs
// QString for numerics), so equality is by meaning: null equals only null, numbers by value.
CONCORD_CORE_EXPORT bool sameValue(const QVariant &a, const QVariant &b);

} // namespace ThreeWayMerge

} // namespace concord
