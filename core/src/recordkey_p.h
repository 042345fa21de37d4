// A record's identity: its primary-key values as one hashable string (not installed).
//
// Per-record state (conflicts, merge bases, the rows already read) is keyed by this, never by a
// row number: QSqlTableModel renumbers its rows on every insertRows/removeRows/revertRow, while a
// record keeps its key.
//
// This is the one key encoding: the rows read, the saves, the records a change names (in this
// process or in a notification's JSON) and the drafts on disk all spell a key through keyPart().
// A part is spelled by its column's kind, so that the same value reads the same whoever wrote
// it: a NUMERIC key is 12.5 whether it came as "12.50" or as a JSON number, a timestamptz key is
// one instant whatever the writer's time zone. Key values themselves must be exact: the model
// reads PostgreSQL NUMERIC and date-time keys as text (a double or a QDateTime would merge
// records that differ beyond 2^53 or below the millisecond).
#pragma once

#include "metatypes_p.h"

#include <QList>
#include <QMetaType>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

namespace concord::detail {

enum class KeyKind {
    Plain,    // text, bytes, booleans, uuids: as they are
    Number,   // integers, NUMERIC, REAL: the canonical decimal
    DateTime, // dates, times, timestamps: canonicalDateTime() (UTC where a zone is given)
    Guessed   // a column's type is unknown (a notification against a publication): by the value's form
};

// The kind of a key column, from its type in the model's layout.
KeyKind keyKindOf(QMetaType column);
// The kind by a value's own type, for keys kept apart from any layout (drafts on disk).
KeyKind keyKindOfValue(const QVariant &value);
// One key value as text. Null gives a null string.
QString keyPart(const QVariant &value, KeyKind kind);

// The kinds of `columns` of `layout` (all of them when `columns` is empty).
QList<KeyKind> keyKinds(const QSqlRecord &layout, const QList<int> &columns = {});

// The key of the values at `columns` of a row (all of them when `columns` is empty). Empty when
// there is no key, or when any part of it is NULL (a row not inserted yet).
template <typename Values>
QString recordKeyOf(const Values &values, const QList<KeyKind> &kinds, const QList<int> *columns = nullptr)
{
    const qsizetype count = kinds.size();
    if (count == 0)
        return {};
    QString key;
    for (qsizetype i = 0; i < count; ++i) {
        const QString part = keyPart(values(columns ? columns->at(i) : int(i)), kinds.at(i));
        if (part.isNull())
            return {};
        // Length-prefixed, so that no two composite keys can run together into the same text.
        key += QString::number(part.size()) + QLatin1Char(':') + part;
    }
    return key;
}

// A key record (primaryValues(), keyValues()): its fields' types say each part's kind.
inline QString recordKey(const QSqlRecord &keyValues)
{
    return recordKeyOf([&](int i) { return keyValues.value(i); }, keyKinds(keyValues));
}

inline QString recordKey(const QVariantList &parts, const QList<KeyKind> &kinds)
{
    if (parts.size() != kinds.size())
        return {};
    return recordKeyOf([&](int i) { return parts.value(i); }, kinds);
}

inline QString recordKey(const QVariantList &row, const QList<int> &columns, const QList<KeyKind> &kinds)
{
    return recordKeyOf([&](int i) { return row.value(i); }, kinds, &columns);
}

} // namespace concord::detail
