// The table both benchmarks time their saves on: id, version, name, qty, filled in one statement.
#pragma once

#include "testdatabase.h"

#include <cstdio>

namespace concord::test {

// `qty` is an SQL expression of the row number x.
inline bool fillBenchTable(TestDatabase &tdb, const QString &table, int rows, const QString &qty)
{
    QString e = tdb.createVersionedTable(table, {QStringLiteral("name VARCHAR(60) NOT NULL"),
                                                 QStringLiteral("qty INTEGER")});
    if (e.isEmpty())
        e = tdb.insertSeries(table,
                             {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("qty"),
                              QStringLiteral("version")},
                             {QStringLiteral("x"), QStringLiteral("'name ' || x"), qty, QStringLiteral("1")},
                             rows);
    if (!e.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return false;
    }
    // Fresh statistics, so that PostgreSQL plans the key lookups as it would on a live table.
    if (!tdb.isSqlite())
        tdb.exec(QStringLiteral("ANALYZE ") + table);
    return true;
}

} // namespace concord::test
