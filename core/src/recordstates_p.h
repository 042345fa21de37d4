// RecordStates: what a VersionedTableModel knows about a record beyond its row, by record key (not installed).
//
// A record's conflict, the base a resolution writes against ("theirs") and the user's own edits
// while a resolution is tried all belong to the record, so they are kept by its key
// (recordkey_p.h): QSqlTableModel renumbers rows on insertRows/removeRows/revertRow, and a
// record keeps its key through all of them. The row a record is shown at is worked out when
// asked for.
#pragma once

#include <concord/conflictsnapshot.h>

#include <QHash>
#include <QSet>
#include <QSqlRecord>
#include <QString>

namespace concord::detail {

class RecordStates
{
public:
    bool isEmpty() const { return m_conflicts.isEmpty() && m_bases.isEmpty(); }
    void clear();
    void clearConflicts() { m_conflicts.clear(); }
    // The record was saved, reverted or read again: its conflict and merge base are over.
    void settle(const QString &key);
    // The record was renumbered: what is known about it is known under its new key.
    void rekey(const QString &from, const QString &to);

    const ConflictSnapshot *conflict(const QString &key) const;
    void setConflict(const QString &key, const ConflictSnapshot &snapshot);
    // The conflict was found by the change feed, before any save: "changed elsewhere".
    void setChangedElsewhere(const QString &key, const ConflictSnapshot &snapshot)
    {
        setConflict(key, snapshot);
        m_elsewhere.insert(key);
    }
    bool isElsewhere(const QString &key) const { return !key.isEmpty() && m_elsewhere.contains(key); }
    // The version another window of this process last saved the record at (deleted: null), so
    // that a conflict with it can say "in your other window".
    void setOwnSave(const QString &key, const QVariant &version) { m_ownSaves.insert(key, version); }
    // The record was seen at `version` (deleted: null), saved by this model or changed by
    // someone else: an own save it moved on from is forgotten, so that the record coming back
    // to that state later (replaced, or its version set back) is not taken for the other window's.
    void sawVersion(const QString &key, const QVariant &version)
    {
        if (!isOwnSave(key, version))
            m_ownSaves.remove(key);
    }
    // This model saved the record: it is past any other window's save.
    void dropOwnSave(const QString &key) { m_ownSaves.remove(key); }
    bool hasOwnSaves() const { return !m_ownSaves.isEmpty(); }
    bool isOwnSave(const QString &key, const QVariant &version) const
    {
        const auto it = m_ownSaves.constFind(key);
        return it != m_ownSaves.constEnd() && it->isNull() == version.isNull()
               && (version.isNull() || it->toLongLong() == version.toLongLong());
    }

    bool hasBases() const { return !m_bases.isEmpty(); }
    QSqlRecord base(const QString &key, const QSqlRecord &fallback) const;
    void setBase(const QString &key, const QSqlRecord &theirs) { m_bases.insert(key, theirs); }
    void dropBase(const QString &key) { m_bases.remove(key); }

    QSqlRecord mine(const QString &key, const QSqlRecord &fallback) const;
    void setMine(const QString &key, const QSqlRecord &edits) { m_mine.insert(key, edits); }
    void dropMine(const QString &key) { m_mine.remove(key); }

private:
    QHash<QString, ConflictSnapshot> m_conflicts;
    QHash<QString, QSqlRecord> m_bases; // what a resolution writes against (theirs)
    QHash<QString, QSqlRecord> m_mine;  // the user's edits while a resolution is tried
    QSet<QString> m_elsewhere;          // conflicts the change feed found before a save
    // Kept through settle(): a later save may still meet it. Pruned by sawVersion().
    QHash<QString, QVariant> m_ownSaves;
};

} // namespace concord::detail
