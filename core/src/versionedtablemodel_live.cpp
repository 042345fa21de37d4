// How VersionedTableModel hears of changes made elsewhere and applies them in place: publishing
// its own saves on the database's ChangeFeed, and taking others' (see changefeed.h).
//
// A change never resets the model and never moves a row, and by default never changes a row's
// values or version either: the row gets a conflict snapshot marked "elsewhere" (its edits, if
// it has any, stay) and a deleted record stays shown, marked, until the next select(). Only a
// model told to (setRefreshCleanRows) lets a row without edits take the new values in place.
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
    change.setSchema(schemaName());
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
        return changeOf(QSqlRecord(), keyValuesOf(databaseKey(saved.row)));
    const QSqlRecord now = saved.record(q->record());
    RecordChange change = changeOf(now, keyValuesOf(now));
    // A renumbering: the others know the record by the key it had (empty for an insert).
    const QSqlRecord before = databaseKey(saved.row);
    if (!before.isEmpty() && !recordKey(before).isEmpty()
        && recordKey(before) != recordKey(now.keyValues(q->primaryKey())))
        change.setPreviousKey(keyValuesOf(before));
    return change;
}

void VersionedTableModel::Private::publish(const QList<RecordChange> &changes)
{
    if (changes.isEmpty())
        return;
    // Inside the application's transaction nothing is final yet (and anything held goes first,
    // in order): versionedtablemodel_commit.cpp.
    if (const bool open = callerTransactionOpen(); open || !held.isEmpty()) {
        holdUntilCommit(changes, open);
        return;
    }
    if (!feed)
        return;
    for (const RecordChange &c : changes)
        feed->publish(c, q->database());
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

bool VersionedTableModel::Private::coversColumns(const QSqlRecord &values) const
{
    if (values.isEmpty())
        return false;
    const QSqlRecord layout = q->record();
    for (int i = 0; i < layout.count(); ++i)
        if (values.indexOf(layout.fieldName(i)) < 0)
            return false;
    return true;
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
    if (!detail::sameTable(change.schema(), change.table(), schemaName(), tableOnly()))
        return;
    if (change.key().isEmpty()) {
        recheckLoaded(); // a key too big for a notification: which record is unknown, so look
        return;
    }
    const QVariantList keyValues = change.key();
    // Spelled as this model spells its keys: a notification's JSON writes 12.50 as a number and
    // a timestamp with a 'T', in the writer's time zone.
    const QString key = detail::recordKey(keyValues, keyKinds);
    const QVariantList previous = change.previousKey();
    const QString before = previous.isEmpty() ? QString() : detail::recordKey(previous, keyKinds);
    bool renumbered = false;
    if (!before.isEmpty() && before != key) {
        // Renumbered: the record shown under its old key is known by the new one from now on.
        const int shown = rowOfRecord(before);
        if (shown < 0)
            return; // not shown here: a page read later brings it under its new key
        if (const ConflictSnapshot *gone = records.conflict(before); gone && gone->isDeletedByOthers())
            return; // this row's record was deleted: the one renumbered came after it, another record
        renumbered = rekeyRow(shown, before, keyValues);
        if (!renumbered) {
            // Only a row this model inserted, or a key held by another row shown here: the
            // record at the old key is gone, which is all this model can say.
            applyChange(shown, before, QSqlRecord(), change);
            return;
        }
    }
    const int row = rowOfRecord(key);
    if (row < 0)
        return; // not shown here (yet): a page read later brings it as it is then
    QSqlRecord theirs;
    bool deleted = change.isDeleted();
    if (!deleted && coversColumns(change.values())) {
        theirs = q->record();
        const QSqlRecord values = change.values();
        for (int i = 0; i < theirs.count(); ++i)
            theirs.setValue(i, values.value(theirs.fieldName(i)));
    } else if (!deleted) {
        // No values, or not all this model shows (the saving model shows fewer columns): the
        // database has the rest. A column it did not publish is unknown, never NULL.
        const QSqlRecord held = original(row);
        if (!renumbered && change.version().isValid() && !versionName.isEmpty()
            && held.value(versionName).toLongLong() == change.version().toLongLong())
            return; // we hold that version already (our own save, heard from the server)
        const RowState state = readRow(databaseKey(row), &theirs);
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
    auto sameRecord = [](const QSqlRecord &a, const QSqlRecord &b) {
        if (a.isEmpty() != b.isEmpty() || a.count() != b.count())
            return false;
        for (int i = 0; i < a.count(); ++i)
            if (!ThreeWayMerge::sameValue(a.value(i), b.value(i)))
                return false;
        return true;
    };
    const ConflictSnapshot *known = records.conflict(key);
    const bool toldDeleted = known && known->isDeletedByOthers();
    if (!deleted && !held.isEmpty() && sameRecord(theirs, held) && !toldDeleted) {
        // The record is back at what this model holds (or never left it): a save of it would
        // succeed, so an earlier mark is over. Not for a record this model was told is deleted:
        // a record inserted again under its key, even with the same values and version (Client
        // and Versionless start it again as it was), is another record, and a save of this row
        // must not go over it (issue 19, 1).
        if (records.isElsewhere(key)) {
            records.settle(key);
            emit q->headerDataChanged(Qt::Vertical, row, row);
        }
        return;
    }
    if (known && sameRecord(known->theirs(), theirs))
        return; // told already: the same change, heard again (a poll, the server's echo)
    // A form may hold edits in its editors that are not in the model yet: it hands them over
    // now, or they would be overwritten along with the clean row.
    const quint64 epoch = rowsEpoch;
    emit q->recordAboutToChangeElsewhere(row);
    if (rowsEpoch != epoch || busy > 0)
        return; // a slot saved or reloaded: what it read is newer than this change
    known = records.conflict(key); // a slot may have changed what the record holds
    auto &rows = cache()->cache;
    const auto entry = rows.find(row);
    const bool dirty = entry != rows.end() && !entry->submitted() && entry->op() != CacheOp::None;
    describeWriter(&change, held, theirs);

    // Another window of this process, of the same operator: "your other window". Two models
    // of one program may serve two operators, and then the other one is someone else.
    const bool own = change.source() != nullptr
        && change.changedBy() == (operatorName.isEmpty() ? defaultOperatorName() : operatorName);
    const QVariant version = deleted || versionName.isEmpty() ? QVariant() : theirs.value(versionName);
    if (own)
        records.setOwnSave(key, version);
    else
        records.sawVersion(key, version);
    if (dirty && known && (!records.isElsewhere(key) || known->isDeletedByOthers())) {
        // A row with edits whose save met a conflict: that snapshot is what the application was
        // told (conflictDetected) and what its user resolves against, so its base stays. A
        // resolution saved on it meets this newer change, and the conflict is then refreshed; a
        // base moved here would overwrite a change nobody was shown. And edits of a record
        // deleted elsewhere stay with that deletion: a record inserted later under its key is
        // another record, which they must never be saved over.
        emit q->headerDataChanged(Qt::Vertical, row, row);
        emit q->recordChangedElsewhere(row, change);
        return;
    }
    // A clean row takes the change in place only where the application asked for it: otherwise
    // its values and version stay those its user (or code) could have seen, and a save made on
    // them meets the change as a conflict.
    const bool refresh = !dirty && !deleted && refreshClean;
    if (!refresh) {
        // The edits stay; the conflict is ready for the dialog before anyone presses Save.
        const auto op = dirty && entry->op() == CacheOp::Delete ? ConflictSnapshot::Operation::Delete
                                                               : ConflictSnapshot::Operation::Update;
        const QSqlRecord mine = dirty ? entry->rec() : held;
        // Edits of a record known deleted stay edits of a deleted record when a new one comes
        // under its key (DELETE + INSERT, an import): under Client it may hold the very version
        // this row holds, and the edits must never be saved over it.
        const ConflictSnapshot *known = records.conflict(key);
        const bool gone = deleted || (known && known->isDeletedByOthers());
        ConflictSnapshot snapshot(
            gone ? ConflictSnapshot::Kind::DeletedByOthers : ConflictSnapshot::Kind::ChangedByOthers,
            op, row, q->tableName(), held, mine, gone ? QSqlRecord() : theirs, versionName,
            primaryKey);
        snapshot.setFromOwnWindow(own);
        records.setChangedElsewhere(key, snapshot);
    } else {
        // The clean row takes their values where it keeps them: the saved-row cache entry, and
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
    // Only a refreshed row shows other values. A row with edits shows what it showed: a
    // dataChanged would make a mapper reload its editors (and lose the one being typed in).
    if (refresh)
        emit q->dataChanged(q->index(row, 0), q->index(row, q->columnCount() - 1));
    emit q->recordChangedElsewhere(row, change);
}

void VersionedTableModel::Private::describeWriter(RecordChange *change, const QSqlRecord &held,
                                                  const QSqlRecord &theirs) const
{
    if (change->origin() == RecordChange::Origin::ThisProcess)
        return; // the model that saved it said who and when
    if (modifiedByColumn.isEmpty() && modifiedAtColumn.isEmpty())
        return;
    // Another program's change: the row's who/when columns name it only if this change wrote
    // them. A writer that leaves them alone leaves the previous writer's name and time there,
    // and a deleted row's columns say who saved it last, not who deleted it. A stale name is
    // worse than none (the window then says "another program"). A notification's who/when were
    // read from the same columns, so they go by the same rule.
    const bool written = !theirs.isEmpty() && !held.isEmpty() && auditMoved(held, theirs);
    if (!written) {
        if (!modifiedByColumn.isEmpty() && change->changedBy() == held.value(modifiedByColumn).toString())
            change->setChangedBy(QString());
        if (!modifiedAtColumn.isEmpty() && change->changedAt().isValid()
            && change->changedAt() == held.value(modifiedAtColumn).toDateTime())
            change->setChangedAt(QDateTime());
        return;
    }
    if (change->changedBy().isEmpty() && !modifiedByColumn.isEmpty())
        change->setChangedBy(theirs.value(modifiedByColumn).toString());
    if (!change->changedAt().isValid() && !modifiedAtColumn.isEmpty())
        change->setChangedAt(theirs.value(modifiedAtColumn).toDateTime());
}

void VersionedTableModel::Private::recheckRow(int row)
{
    // After a resolution: a change heard while the conflict was open left its snapshot as the
    // user was shown it, so the row now holds that record, or what the resolution wrote over
    // it. One read tells whether the record has moved on since, and marks the row if it has.
    if (!feed || busy > 0 || row < 0 || row >= q->rowCount())
        return;
    QSqlRecord now;
    // Quietly: the resolution succeeded, and a failed look leaves no error behind it.
    const RowState state = readQuietly(keyValuesOf(databaseKey(row)), &now);
    if (state != RowState::Unreadable)
        applyRead(row, keyOf(row), state == RowState::Gone ? QSqlRecord() : now);
}

void VersionedTableModel::Private::applyRead(int row, const QString &key, const QSqlRecord &read)
{
    // `read` holds the model's columns in its own order (empty: the record is gone), as this
    // model's re-reads select them; what differs from the row is a change by someone else.
    RecordChange change(tableOnly(), {});
    change.setSchema(schemaName());
    change.setOrigin(RecordChange::Origin::OtherProcess);
    change.setDeleted(read.isEmpty());
    QSqlRecord theirs;
    if (!read.isEmpty()) {
        theirs = q->record();
        for (int i = 0; i < theirs.count(); ++i)
            theirs.setValue(i, read.value(i));
        change.setVersion(versionName.isEmpty() ? QVariant() : theirs.value(versionName));
    }
    applyChange(row, key, theirs, change);
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
    // A row renumbered elsewhere is read by its new key, which its values do not hold yet.
    struct Held { QString key; QVariantList values; QVariantList keyValues; bool moved = false; };
    QList<Held> held;
    held.reserve(s->count());
    for (int r = 0; r < s->count(); ++r)
        held << Held{s->keyAt(r), s->values(r), s->keyValuesAt(r), s->isMoved(r)};
    const auto &cached = cache()->cache;
    for (auto it = cached.constBegin(); it != cached.constEnd(); ++it) {
        // Saved once, QSqlTableModel turns an insert's entry into an update of the new record;
        // marked for deletion since, it is still held (a revert brings it back, and a change
        // heard meanwhile would otherwise never be marked: SQLite seed 1031312569361661179).
        if (!it->insert() || (it->op() != CacheOp::Update && it->op() != CacheOp::Delete))
            continue;
        const QSqlRecord saved = original(it.key());
        QVariantList values;
        for (int i = 0; i < saved.count(); ++i)
            values << saved.value(i);
        QVariantList keyValues;
        for (int c : std::as_const(keyColumns))
            keyValues << values.value(c);
        held << Held{recordKey(saved.keyValues(q->primaryKey())), values, keyValues, false};
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
            const QVariantList &key = held.at(r).keyValues;
            for (qsizetype k = 0; k < keyColumns.size(); ++k) {
                parts << field(layout.fieldName(keyColumns.at(k))) + QStringLiteral(" = ?");
                binds << key.value(k);
            }
            terms << QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        }
        QSqlQuery query = newQuery();
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
            QVariantList key;
            for (int c : std::as_const(keyColumns))
                key << rec.value(c);
            now.insert(recordKey(key, keyKinds), rec);
        }
        query.finish();
        for (int r = from; r < to; ++r) {
            const QString &key = held.at(r).key;
            // A record already marked changed elsewhere keeps what it was loaded with: what it
            // was last told is the snapshot's, and only a change from that is news.
            const ConflictSnapshot *told = records.isElsewhere(key) ? records.conflict(key) : nullptr;
            const auto it = now.constFind(key);
            if (it == now.constEnd()) {
                if (!told || !told->isDeletedByOthers())
                    changed << Found{key, QSqlRecord()};
                continue;
            }
            const QSqlRecord seen = told ? told->theirs() : QSqlRecord();
            const QVariantList &values = held.at(r).values;
            bool same = !told || !seen.isEmpty(); // told it was deleted: it is back
            for (int i = 0; i < layout.count() && same; ++i)
                same = (held.at(r).moved && keyColumns.contains(i))
                    || ThreeWayMerge::sameValue(it->value(i), told ? seen.value(i) : values.value(i));
            if (!same)
                changed << Found{key, *it};
        }
    }
    for (const Found &f : std::as_const(changed)) {
        if (const int row = rowOfRecord(f.key); row >= 0)
            applyRead(row, f.key, f.theirs);
    }
}

} // namespace concord
