// A record's identity: its primary-key values as one hashable string (not installed).
//
// Per-record state (conflicts, merge bases, the rows already read) is keyed by this, never by a
// row number: QSqlTableModel renumbers its rows on every insertRows/removeRows/revertRow, while a
// record keeps its key.
#pragma once

#include "metatypes_p.h"

#include <QSqlRecord>
#include <QString>
#include <QVariant>

namespace concord::detail {

// One key value as text that is the same whatever type the driver handed back (an int from a
// SELECT, a qlonglong from INSERT ... RETURNING). Null gives a null string.
inline QString keyPart(const QVariant &v)
{
    if (v.isNull())
        return {};
    const int id = v.metaType().id();
    if (isIntegerType(id))
        return QString::number(v.toLongLong());
    if (id == QMetaType::Double || id == QMetaType::Float)
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

// The key of the values at `columns` of a row (all of them when `columns` is empty). Empty when
// there is no key, or when any part of it is NULL (a row not inserted yet).
template <typename Values>
QString recordKeyOf(const Values &values, qsizetype count, const QList<int> *columns = nullptr)
{
    if (count == 0)
        return {};
    QString key;
    for (qsizetype i = 0; i < count; ++i) {
        const QString part = keyPart(values(columns ? columns->at(i) : int(i)));
        if (part.isNull())
            return {};
        // Length-prefixed, so that no two composite keys can run together into the same text.
        key += QString::number(part.size()) + QLatin1Char(':') + part;
    }
    return key;
}

inline QString recordKey(const QSqlRecord &keyValues)
{
    return recordKeyOf([&](int i) { return keyValues.value(i); }, keyValues.count());
}

inline QString recordKey(const QVariantList &row, const QList<int> &columns)
{
    return recordKeyOf([&](int i) { return row.value(i); }, columns.size(), &columns);
}

} // namespace concord::detail
