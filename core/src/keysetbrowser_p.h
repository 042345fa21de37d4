// KeysetBrowser: fixes the order of a table's records when select() runs, then reads their rows by key (not installed).
//
// Design note. QSqlTableModel keeps one SELECT open and steps its cursor as the view scrolls.
// That cursor is the root of a family of bugs: on SQLite it pins a read snapshot (the WAL can
// never be checkpointed, and a write from the same connection must first reset it, after which
// the rows come back from the start, twice); on PostgreSQL the driver reads the whole result at
// once, so a big table has to be read in LIMITed re-runs whose rows shift under the ones shown.
//
// Here, as in LibreOffice Base's KeySet, select() first reads the primary keys of every record
// that matches, in the order asked for (the key breaks ties, so the order is total), with one
// statement that is finished before it returns. Rows are then read by key, a page at a time,
// as the view scrolls: each page is again one short, finished statement. So:
// - no statement stays open between pages: no snapshot is held while a grid sits half-fetched,
//   and the caller's own connection (its ATTACHed databases and TEMP tables) serves it all;
// - the order is fixed when select() runs, so whatever others insert, delete or update between
//   pages, a record keeps its place: none is shown twice, and none is skipped because its sort
//   value moved. A record deleted before its page is read is left out (the view never saw it);
//   records inserted by others appear at the next select().
// The price is one key per matching record in memory (a million integer keys: tens of MB) and
// one key-only read at select().
//
// NULLs sort first when ascending and last when descending, on both backends (SQLite's own
// default).
#pragma once

#include <QList>

#include <algorithm>
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
        QString collation;      // SQLite: "COLLATE <name>" for this term (see localecollation_p.h)
        QString expression;     // what to order by instead of the column (a referenced name)
    };

    // `columns` are quoted and in the layout's order, as WHERE and ORDER BY name them;
    // `selected` is what the SELECT lists for each (a key read exactly, as text, say).
    // `where` may use `?` for `bindings`.
    // Without `bound`, the filter text holds a literal `?` (PostgreSQL's jsonb operator, say),
    // so the key statement is run without binding and `where` carries its values written in.
    KeysetBrowser(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                  const QStringList &selected, const QList<int> &keyColumns, const QString &where,
                  const QVariantList &bindings, bool bound, const QList<SortTerm> &order);

    // Reads the keys of every matching record, in order. False on a database error.
    bool readKeys();
    // Appends the rows of at least `wanted` more records to `store` (fewer at the end).
    bool fetchPage(RowStore &store, int wanted);
    bool atEnd() const { return m_keysRead && m_next >= keyCount(); }
    int keyCount() const { return int(m_keys.size() / std::max<qsizetype>(1, m_keyColumns.size())); }
    QSqlError lastError() const { return m_error; }
    // The statement that fixes the order, for QSqlQuery::lastQuery().
    QString keyStatement() const;

private:
    bool readRows(RowStore &store, qsizetype from, qsizetype to);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_selected;
    QList<int> m_keyColumns;
    QString m_where;
    QVariantList m_bindings;
    bool m_bound = true;
    QList<SortTerm> m_order;
    // Every matching record's key, in display order, flat: key k is at [k * n, k * n + n) for
    // n key columns (one list, not a list per key: a million keys cost tens of MB, not hundreds).
    QVariantList m_keys;
    QVariant keyValue(qsizetype key, qsizetype part) const { return m_keys.at(key * m_keyColumns.size() + part); }
    qsizetype m_next = 0;       // the first key whose row is not read yet
    bool m_keysRead = false;
    QSqlError m_error;
};

} // namespace concord::detail
