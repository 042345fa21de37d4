// KeysetBrowser: reads a table's rows in pages that each start after the last row read (not installed).
//
// Design note. QSqlTableModel keeps one SELECT open and steps its cursor as the view scrolls.
// That cursor is the root of a family of bugs: on SQLite it pins a read snapshot (the WAL can
// never be checkpointed, and a write from the same connection must first reset it, after which
// the rows come back from the start, twice); on PostgreSQL the driver reads the whole result at
// once, so a big table has to be read in LIMITed re-runs whose rows shift under the ones shown.
//
// Here every page is a complete, short statement, finished before it returns:
//     SELECT cols FROM t WHERE (filter) AND (after the last row read) ORDER BY sort, key LIMIT n
// The order always ends with the primary key, so it is total and a page boundary is exact even
// when the sort column repeats values. No statement stays open between pages, so no snapshot
// is held while the grid sits half-fetched, on either backend, and nothing needs a second
// connection: the caller's own connection (its ATTACHed databases and TEMP tables) is used.
//
// What others do between pages: rows they insert or update that sort after the last row read
// show up in a later page; rows they delete before it was read never show. A row that moves
// (its sort value changed) past the last row read comes back in a later page: RowStore keeps
// the first copy and drops the repeat, so no record is shown twice.
//
// NULLs sort first when ascending and last when descending, on both backends (SQLite's own
// default), and the "after" condition is written out so that NULL sort values page correctly.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

namespace concord::detail {

class RowStore;

class KeysetBrowser
{
public:
    struct SortTerm
    {
        int column = -1;        // index in the layout record
        bool descending = false;
        bool nullable = true;   // key columns are never NULL
    };

    // `columns` are quoted and in the layout's order; `where` may use `?` for `bindings`.
    // Without `bound`, the filter text holds a literal `?` (PostgreSQL's jsonb operator, say),
    // so every value is written into the statement by the driver instead of being bound.
    KeysetBrowser(const QSqlDatabase &db, const QSqlRecord &layout, const QString &table,
                  const QStringList &columns, const QString &where, const QVariantList &bindings,
                  bool bound, const QList<SortTerm> &order);

    // Appends at least `wanted` rows to `store` (fewer at the end). False on a database error.
    bool fetchPage(RowStore &store, int wanted);
    bool atEnd() const { return m_atEnd; }
    QSqlError lastError() const { return m_error; }
    // The statement of the first page, for QSqlQuery::lastQuery().
    QString firstStatement() const;

private:
    QString statement(int limit, QVariantList *binds) const;
    QString value(int column, const QVariant &v, QVariantList *binds) const;

    QSqlDatabase m_db;
    QSqlRecord m_layout;
    QString m_table;
    QStringList m_columns;
    QString m_where;
    QVariantList m_bindings;
    bool m_bound = true;
    QList<SortTerm> m_order;
    QVariantList m_last; // the last row read; empty before the first page
    int m_pageSize = 256;
    bool m_atEnd = false;
    QSqlError m_error;
};

} // namespace concord::detail
