// The one place that reaches into QSqlTableModel's private row cache.
//
// QSqlTableModel keeps each edited row in a private cache (original values, edited values, flags)
// and offers no public way to say "this row is saved now, at version N" or "these are the
// values the database holds". Without that, a save would have to re-run a SELECT to learn the
// new version. QSqlTableModelPrivate::ModifiedRow is all inline and has not changed since Qt 5.0;
// we use only those inline members, so nothing here needs a private symbol at link time.
#pragma once

#include <QtSql/private/qsqltablemodel_p.h>
#include <QtSql/qsqlresult.h>

namespace concord::detail {

using CachedRow = QSqlTableModelPrivate::ModifiedRow;
using CacheOp = QSqlTableModelPrivate::Op;

inline QSqlTableModelPrivate *tableModelPrivate(QObjectData *d)
{
    return static_cast<QSqlTableModelPrivate *>(d);
}

// QSqlResult::detachFromResultSet() is protected; QSqlTableModel itself calls it (as a friend)
// before every write on SQLite, so that the model's unfinished SELECT does not hold a read
// snapshot that makes our own write fail. A member pointer taken through a subclass reaches it.
struct ResultAccess : QSqlResult
{
    using QSqlResult::detachFromResultSet;
};

inline void detachFromResultSet(const QSqlResult *result)
{
    if (result)
        (const_cast<QSqlResult *>(result)->*(&ResultAccess::detachFromResultSet))();
}

} // namespace concord::detail
