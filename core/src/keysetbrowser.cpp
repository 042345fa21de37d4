// KeysetBrowser: one short statement per page, each continuing after the last row read.
#include "keysetbrowser_p.h"

#include "rowstore_p.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

namespace concord::detail {

namespace {
// Pages grow, so that reaching the end of a big table takes a few dozen statements, not thousands.
constexpr int maxPageSize = 65536;
} // namespace

KeysetBrowser::KeysetBrowser(const QSqlDatabase &db, const QSqlRecord &layout, const QString &table,
                             const QStringList &columns, const QString &where,
                             const QVariantList &bindings, bool bound, const QList<SortTerm> &order)
    : m_db(db), m_layout(layout), m_table(table), m_columns(columns), m_where(where),
      m_bindings(bindings), m_bound(bound), m_order(order)
{
}

QString KeysetBrowser::value(int column, const QVariant &v, QVariantList *binds) const
{
    if (m_bound) {
        *binds << v;
        return QStringLiteral("?");
    }
    QSqlField field = m_layout.field(column);
    field.setValue(v);
    return m_db.driver()->formatValue(field);
}

QString KeysetBrowser::statement(int limit, QVariantList *binds) const
{
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(m_columns.join(QStringLiteral(", ")), m_table);
    QStringList where;
    if (!m_where.isEmpty()) {
        where << QLatin1Char('(') + m_where + QLatin1Char(')');
        if (m_bound) {
            *binds << m_bindings;
        }
    }
    if (!m_last.isEmpty()) {
        // after(i) OR (equal(i) AND after(i+1) ...), built from the last term outwards.
        QString tail;
        QVariantList tailBinds;
        for (qsizetype t = m_order.size() - 1; t >= 0; --t) {
            const SortTerm &term = m_order.at(t);
            const QString c = m_columns.at(term.column);
            const QVariant &v = m_last.at(term.column);
            QVariantList termBinds;
            QString after;
            QString equal;
            if (v.isNull()) {
                after = term.descending ? QString() : c + QStringLiteral(" IS NOT NULL");
                equal = c + QStringLiteral(" IS NULL");
            } else {
                const QString op = term.descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
                after = c + op + value(term.column, v, &termBinds);
                if (term.descending && term.nullable)
                    after = QLatin1Char('(') + after + QStringLiteral(" OR ") + c + QStringLiteral(" IS NULL)");
                equal = c + QStringLiteral(" = ") + value(term.column, v, &termBinds);
            }
            // termBinds holds after's value then equal's, in text order below.
            QVariantList afterBinds;
            QVariantList equalBinds;
            if (!v.isNull() && m_bound) {
                afterBinds << termBinds.at(0);
                equalBinds << termBinds.at(1);
            }
            QString combined;
            QVariantList combinedBinds;
            if (tail.isEmpty()) {
                combined = after.isEmpty() ? QStringLiteral("1 = 0") : after;
                combinedBinds = afterBinds;
            } else {
                const QString rest = QLatin1Char('(') + equal + QStringLiteral(" AND ") + tail + QLatin1Char(')');
                combined = after.isEmpty() ? rest
                                           : QLatin1Char('(') + after + QStringLiteral(" OR ") + rest + QLatin1Char(')');
                combinedBinds = afterBinds + equalBinds + tailBinds;
            }
            tail = combined;
            tailBinds = combinedBinds;
        }
        where << tail;
        *binds << tailBinds;
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QStringList order;
    for (const SortTerm &term : m_order) {
        QString o = m_columns.at(term.column) + (term.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
        if (term.nullable)
            o += term.descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
        order << o;
    }
    sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    sql += QStringLiteral(" LIMIT ") + QString::number(limit);
    return sql;
}

QString KeysetBrowser::firstStatement() const
{
    QVariantList ignored;
    KeysetBrowser first = *this;
    first.m_last.clear();
    return first.statement(m_pageSize, &ignored);
}

bool KeysetBrowser::fetchPage(RowStore &store, int wanted)
{
    if (m_atEnd)
        return true;
    const int limit = std::max(wanted, m_pageSize);
    QVariantList binds;
    const QString sql = statement(limit, &binds);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = false;
    if (m_bound) {
        ok = query.prepare(sql);
        for (const QVariant &v : std::as_const(binds))
            query.addBindValue(v);
        ok = ok && query.exec();
    } else {
        ok = query.exec(sql);
    }
    if (!ok) {
        m_error = query.lastError();
        return false;
    }
    m_error = QSqlError();
    const int columns = int(m_columns.size());
    int read = 0;
    QVariantList row;
    while (query.next()) {
        row.clear();
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        store.append(row);
        m_last = row;
        ++read;
    }
    // Finished at once: no statement, and so no read snapshot, outlives the page.
    query.finish();
    if (read < limit)
        m_atEnd = true;
    m_pageSize = std::min(m_pageSize * 4, maxPageSize);
    return true;
}

} // namespace concord::detail
