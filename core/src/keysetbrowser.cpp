// KeysetBrowser: one key-only statement at select(), then one short statement per page of rows.
#include "keysetbrowser_p.h"

#include "recordkey_p.h"
#include "rowstore_p.h"

#include <QHash>
#include <QSqlQuery>

namespace concord::detail {

namespace {
// Keys per row statement: well under SQLite's and PostgreSQL's limits on bound values, and
// large enough that reaching the end of a big table takes few round trips.
constexpr qsizetype rowsPerStatement = 500;
} // namespace

KeysetBrowser::KeysetBrowser(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                             const QStringList &selected, const QList<int> &keyColumns,
                             const QString &where, const QVariantList &bindings, bool bound,
                             const QList<SortTerm> &order)
    : m_db(db), m_table(table), m_columns(columns), m_selected(selected),
      m_keyColumns(keyColumns), m_where(where), m_bindings(bindings), m_bound(bound), m_order(order)
{
}

QString KeysetBrowser::keyStatement() const
{
    QStringList keys;
    for (int c : m_keyColumns)
        keys << m_selected.at(c);
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(keys.join(QStringLiteral(", ")), m_table);
    if (!m_where.isEmpty())
        sql += QStringLiteral(" WHERE ") + m_where;
    QStringList order;
    for (const SortTerm &term : m_order) {
        QString o = term.expression.isEmpty() ? m_columns.at(term.column) : term.expression;
        if (!term.collation.isEmpty())
            o += QStringLiteral(" COLLATE ") + term.collation;
        o += (term.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
        if (term.nullable)
            o += term.descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
        order << o;
    }
    return sql + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
}

bool KeysetBrowser::readKeys()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.setNumericalPrecisionPolicy(QSql::HighPrecision); // NUMERIC exactly, as text
    bool ok = false;
    if (m_bound) {
        ok = query.prepare(keyStatement());
        for (const QVariant &v : std::as_const(m_bindings))
            query.addBindValue(v);
        ok = ok && query.exec();
    } else {
        ok = query.exec(keyStatement());
    }
    if (!ok) {
        m_error = query.lastError();
        return false;
    }
    m_keys.clear();
    const int n = int(m_keyColumns.size());
    while (query.next()) {
        for (int i = 0; i < n; ++i)
            m_keys << query.value(i);
    }
    // Finished at once: the order is fixed, and no snapshot outlives this statement.
    query.finish();
    m_next = 0;
    m_keysRead = true;
    m_error = QSqlError();
    return true;
}

bool KeysetBrowser::readRows(RowStore &store, qsizetype from, qsizetype to)
{
    QStringList match;
    QVariantList binds;
    const bool single = m_keyColumns.size() == 1;
    for (qsizetype k = from; k < to; ++k) {
        if (single) {
            match << QStringLiteral("?");
        } else {
            QStringList terms;
            for (qsizetype i = 0; i < m_keyColumns.size(); ++i)
                terms << m_columns.at(m_keyColumns.at(i)) + QStringLiteral(" = ?");
            match << QLatin1Char('(') + terms.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        }
        for (qsizetype i = 0; i < m_keyColumns.size(); ++i)
            binds << keyValue(k, i);
    }
    const QString where = single
        ? m_columns.at(m_keyColumns.first()) + QStringLiteral(" IN (") + match.join(QStringLiteral(", ")) + QLatin1Char(')')
        : match.join(QStringLiteral(" OR "));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.setNumericalPrecisionPolicy(QSql::HighPrecision); // NUMERIC exactly, as text
    bool ok = query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                .arg(m_selected.join(QStringLiteral(", ")), m_table, where));
    for (const QVariant &v : std::as_const(binds))
        query.addBindValue(v);
    ok = ok && query.exec();
    if (!ok) {
        m_error = query.lastError();
        return false;
    }
    // The rows come in any order: put them back in the order fixed at select().
    QHash<QString, QVariantList> byKey;
    const int columns = int(m_columns.size());
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        byKey.insert(store.keyOf(row), row);
    }
    query.finish();
    for (qsizetype k = from; k < to; ++k) {
        const auto it = byKey.constFind(
            recordKeyOf([&](int i) { return keyValue(k, i); }, store.keyKinds()));
        if (it != byKey.constEnd())
            store.append(*it); // a record deleted since select() is left out
    }
    return true;
}

bool KeysetBrowser::fetchPage(RowStore &store, int wanted)
{
    if (!m_keysRead && !readKeys())
        return false;
    const int target = store.count() + std::max(wanted, 1);
    while (store.count() < target && m_next < keyCount()) {
        const qsizetype to = std::min<qsizetype>(keyCount(), m_next + rowsPerStatement);
        if (!readRows(store, m_next, to))
            return false;
        m_next = to;
    }
    m_error = QSqlError();
    return true;
}

} // namespace concord::detail
