// How VersionedTableModel hears of changes made elsewhere and applies them in place: publishing
// its own saves on the database's ChangeFeed, and taking others' (see changefeed.h).
//
// A change never resets the model and never moves a row: a clean row takes the new values
// (dataChanged for that row only), a row with edits keeps them and gets a conflict snapshot
// marked "elsewhere", and a deleted record stays shown, marked, until the next select().
#include "versionedtablemodel_p.h"

#include "recordkey_p.h"

#include <concord/changefeed.h>
#include <concord/threewaymerge.h>

#include <QSqlField>

namespace concord {

using detail::recordKey;

void VersionedTableModel::Private::subscribe()
{
    for (const QMetaObject::Connection &c : std::as_const(feedConnections))
        QObject::disconnect(c);
    feedConnections.clear();
    feed = nullptr;
    if (!live || !refusal.isEmpty() || !readOnly.isEmpty() || q->tableName().isEmpty()) {
        announceNotice();
        return;
    }
    feed = ChangeFeed::forDatabase(q->database());
    if (!feed) {
        announceNotice();
        return;
    }
    feedConnections << QObject::connect(feed, &ChangeFeed::recordChanged, q,
                                        [this](const RecordChange &c) { takeChange(c); });
    // SQLite: another connection committed; PostgreSQL: notice is back after a gap.
    feedConnections << QObject::connect(feed, &ChangeFeed::databaseChanged, q,
                                        [this] { recheckLoaded(); });
    feedConnections << QObject::connect(feed, &ChangeFeed::liveChanged, q,
                                        [this] { announceNotice(); });
    announceNotice();
}

void VersionedTableModel::Private::announceNotice()
{
    const LiveNotice now = q->liveNotice();
    const QString why = q->liveNoticeReason();
    if (now == notice && why == noticeReason)
        return;
    notice = now;
    noticeReason = why;
    emit q->liveNoticeChanged(now, why);
}

void VersionedTableModel::Private::leaveBusy()
{
    if (--busy > 0 || (deferredChanges.isEmpty() && !recheckDeferred) || deferredQueued)
        return;
    deferredQueued = true;
    QMetaObject::invokeMethod(q, [this] {
        deferredQueued = false;
        takeDeferred();
    }, Qt::QueuedConnection);
}

void VersionedTableModel::Private::takeDeferred()
{
    if (busy > 0)
        return; // leaveBusy() queues this again
    if (std::exchange(recheckDeferred, false))
        recheckLoaded();
    for (RecordChange change : std::exchange(deferredChanges, {})) {
        // The values it carried may be older than what our save wrote since: the record is
        // read as it is now instead.
        change.setValues(QSqlRecord());
        takeChange(change);
    }
}

QVariantList VersionedTableModel::Private::keyValuesOf(const QSqlRecord &rec) const
{
    QVariantList key;
    for (const QString &name : primaryKey)
        key << rec.value(name);
    return key;
}

RecordChange VersionedTableModel::Private::changeOf(const QSqlRecord &now,
                                                    const QVariantList &key) const
{
    RecordChange change(tableOnly(), key);
    change.setOrigin(RecordChange::Origin::ThisProcess);
    change.setSource(q);
    change.setDeleted(now.isEmpty());
    change.setValues(now);
    if (!now.isEmpty()) {
        if (!versionName.isEmpty())
            change.setVersion(now.value(versionName));
        if (!modifiedByColumn.isEmpty())
            change.setChangedBy(now.value(modifiedByColumn).toString());
        if (!modifiedAtColumn.isEmpty())
            change.setChangedAt(now.value(modifiedAtColumn).toDateTime());
    }
    if (change.changedBy().isEmpty())
        change.setChangedBy(operatorName.isEmpty() ? defaultOperatorName() : operatorName);
    if (!change.changedAt().isValid())
        change.setChangedAt(QDateTime::currentDateTime());
    return change;
}

RecordChange VersionedTableModel::Private::changeOfSaved(const Saved &saved) const
{
    // Called before the saved row is applied: a deleted row still shows its key then.
    if (saved.deleted())
        return changeOf(QSqlRecord(), keyValuesOf(q->primaryValues(saved.row)));
    const QSqlRecord now = saved.record(q->record());
    return changeOf(now, keyValuesOf(now));
}

void VersionedTableModel::Private::publish(const QList<RecordChange> &changes)
{
    if (!feed)
        return;
    for (const RecordChange &c : changes)
        feed->publish(c);
}

int VersionedTableModel::Private::rowOfRecord(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    if (const int r = rowOfKey(key); r >= 0)
        return r;
    const detail::RowStore *s = store();
    const int stored = s ? s->rowOfKey(key) : -1;
    if (stored < 0)
        return -1;
    // The store row's place among the rows shown: rows this model inserted sit in between.
    int row = stored;
    if (insertedRows() > 0) {
        const auto &rows = cache()->cache;
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
            if (it->insert() && it.key() <= row)
                ++row;
    }
    return row;
}

void VersionedTableModel::Private::takeChange(const RecordChange &change)
{
    if (change.source() == q || !store())
        return; // our own save
    if (busy > 0) {
        // A slot of our save processed events: the rows must not change under the save, and the
        // change must not be lost either. It is taken when the save ends.
        deferredChanges << change;
        return;
    }
    if (change.table().compare(tableOnly(), Qt::CaseInsensitive) != 0)
        return;
    if (change.key().isEmpty()) {
        recheckLoaded(); // a key too big for a notification: which record is unknown, so look
        return;
    }
    const QVariantList keyValues = change.key();
    const QString key = detail::recordKeyOf([&](int i) { return keyValues.value(i); }, keyValues.size());
    const int row = rowOfRecord(key);
    if (row < 0)
        return; // not shown here (yet): a page read later brings it as it is then
    QSqlRecord theirs;
    bool deleted = change.isDeleted();
    if (!deleted && !change.values().isEmpty()) {
        theirs = q->record();
        const QSqlRecord values = change.values();
        for (int i = 0; i < theirs.count(); ++i)
            theirs.setValue(i, values.value(theirs.fieldName(i)));
    } else if (!deleted) {
        const QSqlRecord held = original(row);
        if (change.version().isValid() && !versionName.isEmpty()
            && held.value(versionName).toLongLong() == change.version().toLongLong())
            return; // we hold that version already (our own save, heard from the server)
        const QSqlRecord keys = held.isEmpty() ? q->primaryValues(row) : held.keyValues(q->primaryKey());
        const RowState state = readRow(keys, &theirs);
        if (state == RowState::Unreadable)
            return;
        deleted = state == RowState::Gone;
    }
    applyChange(row, key, deleted ? QSqlRecord() : theirs, change);
}

void VersionedTableModel::Private::applyChange(int row, const QString &key, const QSqlRecord &theirs,
                                               RecordChange change)
{
    const bool deleted = theirs.isEmpty();
    const QSqlRecord held = original(row);
    if (!deleted && !held.isEmpty()) {
        bool same = true;
        for (int i = 0; i < theirs.count() && same; ++i)
            same = ThreeWayMerge::sameValue(theirs.value(i), held.value(i));
        if (same)
            return; // nothing new for this model
    }
    // A form may hold edits in its editors that are not in the model yet: it hands them over
    // now, or they would be overwritten along with the clean row.
    const quint64 epoch = rowsEpoch;
    emit q->recordAboutToChangeElsewhere(row);
    if (rowsEpoch != epoch || busy > 0)
        return; // a slot saved or reloaded: what it read is newer than this change
    auto &rows = cache()->cache;
    const auto entry = rows.find(row);
    const bool dirty = entry != rows.end() && !entry->submitted() && entry->op() != CacheOp::None;
    if (change.changedBy().isEmpty() && !deleted && !modifiedByColumn.isEmpty())
        change.setChangedBy(theirs.value(modifiedByColumn).toString());
    if (!change.changedAt().isValid() && !deleted && !modifiedAtColumn.isEmpty())
        change.setChangedAt(theirs.value(modifiedAtColumn).toDateTime());

    const bool own = change.source() != nullptr; // another window of this process
    if (own)
        records.setOwnSave(key, deleted || versionName.isEmpty() ? QVariant() : theirs.value(versionName));
    if (dirty || deleted) {
        // The edits stay; the conflict is ready for the dialog before anyone presses Save.
        const auto op = dirty && entry->op() == CacheOp::Delete ? ConflictSnapshot::Operation::Delete
                                                               : ConflictSnapshot::Operation::Update;
        const QSqlRecord mine = dirty ? entry->rec() : held;
        ConflictSnapshot snapshot(
            deleted ? ConflictSnapshot::Kind::DeletedByOthers : ConflictSnapshot::Kind::ChangedByOthers,
            op, row, q->tableName(), held, mine, theirs, versionName, primaryKey);
        snapshot.setFromOwnWindow(own);
        records.setChangedElsewhere(key, snapshot);
    } else {
        // A clean row takes their values where it keeps them: the saved-row cache entry, and
        // the stored row (the base of the next save).
        if (entry != rows.end())
            entry->refresh(true, theirs);
        if (const int s = storeRow(row); s >= 0) {
            QVariantList list;
            list.reserve(theirs.count());
            for (int i = 0; i < theirs.count(); ++i)
                list << theirs.value(i);
            store()->setValues(s, list);
        }
        records.settle(key);
    }
    emit q->headerDataChanged(Qt::Vertical, row, row);
    // A row with edits shows what it showed: no dataChanged, or a mapper would reload its
    // editors (and lose the one being typed in).
    if (!dirty)
        emit q->dataChanged(q->index(row, 0), q->index(row, q->columnCount() - 1));
    emit q->recordChangedElsewhere(row, change);
}

void VersionedTableModel::Private::recheckLoaded()
{
    // SQLite told us only that someone committed. Re-read what this model holds, a chunk of
    // records per statement, and apply what differs.
    detail::RowStore *s = store();
    if (!s)
        return;
    if (busy > 0) {
        recheckDeferred = true; // taken when our save ends (see leaveBusy())
        return;
    }
    // What this model holds: the rows read, and the rows it inserted and saved itself (those
    // live in the edit cache only, never in the store).
    struct Held { QString key; QVariantList values; };
    QList<Held> held;
    held.reserve(s->count());
    for (int r = 0; r < s->count(); ++r)
        held << Held{s->keyAt(r), s->values(r)};
    const auto &cached = cache()->cache;
    for (auto it = cached.constBegin(); it != cached.constEnd(); ++it) {
        // Saved once, QSqlTableModel turns an insert's entry into an update of the new record.
        if (!it->insert() || it->op() != CacheOp::Update)
            continue;
        const QSqlRecord saved = original(it.key());
        QVariantList values;
        for (int i = 0; i < saved.count(); ++i)
            values << saved.value(i);
        held << Held{recordKey(saved.keyValues(q->primaryKey())), values};
    }
    if (held.isEmpty())
        return;
    const QSqlRecord layout = q->record();
    QStringList cols;
    for (int i = 0; i < layout.count(); ++i)
        cols << columnExpr(layout.fieldName(i));
    constexpr int chunk = 500;
    struct Found { QString key; QSqlRecord theirs; };
    QList<Found> changed;
    for (int from = 0; from < held.size(); from += chunk) {
        const int to = std::min(int(held.size()), from + chunk);
        QStringList terms;
        QVariantList binds;
        for (int r = from; r < to; ++r) {
            QStringList parts;
            for (int c : std::as_const(keyColumns)) {
                parts << field(layout.fieldName(c)) + QStringLiteral(" = ?");
                binds << held.at(r).values.value(c);
            }
            terms << QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        }
        QSqlQuery query(q->database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                          .arg(cols.join(QStringLiteral(", ")), table(), terms.join(QStringLiteral(" OR "))));
        for (const QVariant &v : std::as_const(binds))
            query.addBindValue(v);
        if (!query.exec())
            return; // the next change tries again; a failed re-read is no reason to disturb anyone
        QHash<QString, QSqlRecord> now;
        while (query.next()) {
            QSqlRecord rec = query.record();
            now.insert(recordKey(rec.keyValues(q->primaryKey())), rec);
        }
        query.finish();
        for (int r = from; r < to; ++r) {
            const QString &key = held.at(r).key;
            const auto it = now.constFind(key);
            if (it == now.constEnd()) {
                changed << Found{key, QSqlRecord()};
                continue;
            }
            const QVariantList &values = held.at(r).values;
            bool same = true;
            for (int i = 0; i < layout.count() && same; ++i)
                same = ThreeWayMerge::sameValue(it->value(i), values.value(i));
            if (!same)
                changed << Found{key, *it};
        }
    }
    for (const Found &f : std::as_const(changed)) {
        const int row = rowOfRecord(f.key);
        if (row < 0 || (f.theirs.isEmpty() && records.isElsewhere(f.key)))
            continue; // deletion already told
        RecordChange change(tableOnly(), {});
        change.setOrigin(RecordChange::Origin::OtherProcess);
        change.setDeleted(f.theirs.isEmpty());
        QSqlRecord theirs;
        if (!f.theirs.isEmpty()) {
            theirs = layout;
            for (int i = 0; i < theirs.count(); ++i)
                theirs.setValue(i, f.theirs.value(i));
            change.setVersion(versionName.isEmpty() ? QVariant() : theirs.value(versionName));
        }
        applyChange(row, f.key, theirs, change);
    }
}

} // namespace concord
