// RecordStates: conflicts and merge bases, by record key.
#include "recordstates_p.h"

namespace concord::detail {

void RecordStates::clear()
{
    m_conflicts.clear();
    m_bases.clear();
    m_mine.clear();
    m_elsewhere.clear();
    m_ownSaves.clear();
}

void RecordStates::settle(const QString &key)
{
    m_conflicts.remove(key);
    m_bases.remove(key);
    m_elsewhere.remove(key);
}

namespace {

template <typename Hash>
void moveEntry(Hash &hash, const QString &from, const QString &to)
{
    const auto it = hash.find(from);
    if (it == hash.end())
        return;
    auto value = std::move(*it);
    hash.erase(it);
    hash.insert(to, std::move(value));
}

} // namespace

void RecordStates::rekey(const QString &from, const QString &to)
{
    if (from == to || from.isEmpty() || to.isEmpty())
        return;
    moveEntry(m_conflicts, from, to);
    moveEntry(m_bases, from, to);
    moveEntry(m_mine, from, to);
    moveEntry(m_ownSaves, from, to);
    if (m_elsewhere.remove(from))
        m_elsewhere.insert(to);
}

const ConflictSnapshot *RecordStates::conflict(const QString &key) const
{
    if (key.isEmpty())
        return nullptr; // a row not inserted yet has no record to conflict
    const auto it = m_conflicts.constFind(key);
    return it == m_conflicts.constEnd() ? nullptr : &*it;
}

void RecordStates::setConflict(const QString &key, const ConflictSnapshot &snapshot)
{
    if (key.isEmpty())
        return;
    m_conflicts.insert(key, snapshot);
    m_elsewhere.remove(key); // a save found it: an ordinary conflict now
}

QSqlRecord RecordStates::base(const QString &key, const QSqlRecord &fallback) const
{
    return m_bases.value(key, fallback);
}

QSqlRecord RecordStates::mine(const QString &key, const QSqlRecord &fallback) const
{
    return m_mine.value(key, fallback);
}

} // namespace concord::detail
