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

// Database values come back with different QVariant types per driver (qlonglong vs int vs
// QString for numerics), so equality is by meaning: null equals only null, numbers by value.
CONCORD_CORE_EXPORT bool sameValue(const QVariant &a, const QVariant &b);

} // namespace ThreeWayMerge

} // namespace concord
