// The one place that reaches into QSqlTableModel's private row cache.
//
// QSqlTableModel keeps each edited row in a private cache (original values, edited values, flags)
// and offers no public way to say "this row is saved now, at version N" or "these are the
// values the database holds". Without that, a save would have to re-run a SELECT to learn the
// new version. QSqlTableModelPrivate::ModifiedRow is all inline and has not changed since Qt 5.0;
// we use only those inline members, so nothing here needs a private symbol at link time.
// A private layout is only promised within one Qt release, though: checkQtRuntime() refuses to
// run on a Qt other than the one Concord was built against, rather than corrupt memory quietly.
#pragma once

#include <QtSql/private/qsqltablemodel_p.h>

namespace concord::detail {

using CachedRow = QSqlTableModelPrivate::ModifiedRow;
using CacheOp = QSqlTableModelPrivate::Op;

inline QSqlTableModelPrivate *tableModelPrivate(QObjectData *d)
{
    return static_cast<QSqlTableModelPrivate *>(d);
}

// Aborts, with a message saying what to rebuild, when the Qt loaded is not the Qt built against.
inline void checkQtRuntime()
{
    static const bool same = qstrcmp(qVersion(), QT_VERSION_STR) == 0;
    if (!same)
        qFatal("Concord::Core was built against Qt %s but runs on Qt %s; rebuild Concord for this Qt.",
               QT_VERSION_STR, qVersion());
}

} // namespace concord::detail
