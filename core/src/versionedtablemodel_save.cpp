// The steps behind VersionedTableModel's writes: statements, conflict snapshots, the batch loop
// and how a saved row takes its new values.
#include "versionedtablemodel_p.h"

#include "batchtransaction_p.h"
#include "connectionrecovery_p.h"
#include "recordkey_p.h"
#include "sqlerrorkind_p.h"

#include <concord/tableschema.h>

#include <QDateTime>
#include <QSqlField>
#include <QSqlIndex>

#include <algorithm>

namespace concord {

using detail::recordKey;

// ---------------------------------------------------------------------------------------------
// Writing

void VersionedTableModel::Private::moveVersionLast()
{
    // Views see columnCount() columns; with the version column last, columnCount() - 1 hides it
    // and no index needs remapping anywhere in QSqlTableModel.
    QSqlRecord &rec = cache()->rec;
    if (strategy == VersionStrategy::Xmin && rec.indexOf(versionName) < 0) {
        // No column of the table: the system column, read as a number and never written (the
        // write hooks skip the version). Neither "not generated" nor read-only: QSqlQueryModel
        // would not show it, and QSqlField::setValue() ignores a read-only field.
        QSqlField xmin(versionName, QMetaType::fromType<qlonglong>(), q->tableName());
        rec.append(xmin);
        return;
    }
    if (versionName.isEmpty())
        return;
    const int idx = rec.indexOf(versionName);
    if (idx < 0 || idx == rec.count() - 1)
        return;
    const QSqlField version = rec.field(idx);
    rec.remove(idx);
    rec.append(version);
}

QString VersionedTableModel::Private::keyAndVersionCondition() const
{
    QStringList terms;
    for (const QString &key : primaryKey)
        terms << field(key) + QStringLiteral(" = ?");
    if (!versionName.isEmpty())
        terms << versionExpr() + QStringLiteral(" = ?");
    return terms.join(QStringLiteral(" AND "));
}

void VersionedTableModel::Private::bindKeyAndVersion(QSqlQuery *query, int row,
                                                     const QVariant &version) const
{
    // The key as loaded (the user may have edited a key column): the stored row has it, or,
    // for a record renumbered elsewhere, the key it was renumbered to.
    if (const int s = storeRow(row); s >= 0) {
        if (store()->isMoved(s)) {
            for (const QVariant &v : store()->keyValuesAt(s))
                query->addBindValue(v);
        } else {
            const QVariantList &values = store()->values(s);
            for (int c : keyColumns)
                query->addBindValue(values.at(c));
        }
    } else {
        const QSqlRecord keys = q->primaryValues(row);
        for (int i = 0; i < keys.count(); ++i)
            query->addBindValue(bindable(keys.fieldName(i), keys.value(i)));
    }
    if (!versionName.isEmpty())
        query->addBindValue(version);
}

QSqlQuery *VersionedTableModel::Private::updateStatement(const QList<int> &written)
{
    dropStaleStatements();
    // Kept by the columns written, so that a bulk save builds each statement's text once.
    auto it = updates.find(written);
    if (it != updates.end())
        return &it.value();
    const QSqlRecord rec = q->record();
    QStringList sets;
    for (int i : written)
        sets << field(rec.fieldName(i)) + QStringLiteral(" = ?");
    // Under the trigger strategy the trigger counts it up too, exactly once: it sets old + 1.
    if (countsVersion()) {
        const QString versionField = field(versionName);
        sets << versionField + QStringLiteral(" = ") + versionField + QStringLiteral(" + 1");
    }
    QSqlQuery query = newQuery();
    if (!query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3%4")
                           .arg(table(), sets.join(QStringLiteral(", ")), keyAndVersionCondition(),
                                returningClause()))) {
        failWithSqlError(query.lastError());
        return nullptr;
    }
    if (updates.size() > 32)
        updates.clear();
    return &updates.insert(written, query).value();
}

QSqlQuery *VersionedTableModel::Private::prepare(const QString &sql)
{
    dropStaleStatements();
    auto it = statements.find(sql);
    if (it == statements.end()) {
        if (statements.size() > 32)
            statements.clear();
        QSqlQuery query = newQuery();
        if (!query.prepare(sql)) {
            failWithSqlError(query.lastError());
            return nullptr;
        }
        it = statements.insert(sql, query);
    }
    return &it.value();
}

bool VersionedTableModel::Private::fail(FailureKind kind, const QSqlError &error)
{
    failure = kind;
    q->setLastError(error);
    return false;
}

bool VersionedTableModel::Private::failRefused()
{
    return fail(FailureKind::TableRefused, QSqlError(refusal, QString(), QSqlError::StatementError));
}

bool VersionedTableModel::Private::failWithSqlError(const QSqlError &error, const QSqlQuery *failed)
{
    failedField.clear();
    const QSqlDatabase db = q->database();
    if (detail::connectionLost(db, error)) {
        // Outside a transaction the caller settles what happened first (settleLostUpdate); here
        // the statement never ran, or its transaction died with the session.
        detail::markBroken(db);
        return fail(FailureKind::Database,
                    QSqlError(tr("The connection to the database was lost. Nothing was saved; your "
                                 "edits are kept. Save again once the database can be reached."),
                              QString(), QSqlError::ConnectionError, error.nativeErrorCode()));
    }
    const detail::SqlErrorKind kind = detail::classify(error, db.driver());
    if (kind == detail::SqlErrorKind::ReadOnly && isSqlite())
        detail::markBroken(db); // SQLite opened the file read-only: only a reopen sees it writable
    failedField = kind == detail::SqlErrorKind::InvalidValue
        ? detail::unfitColumn(error, db, sending, bounds)
        : detail::violatedColumns(error, failed, db, q->tableName());
    const QSqlError plain = detail::plainError(error, q->tableName(), columnTitle(failedField),
                                                 db.driver());
    switch (kind) {
    case detail::SqlErrorKind::ConstraintViolation:
    case detail::SqlErrorKind::InvalidValue:
        return fail(FailureKind::ConstraintViolation, plain);
    case detail::SqlErrorKind::Locked:
        return fail(FailureKind::Locked, plain);
    default:
        return fail(FailureKind::Database, plain);
    }
}

bool VersionedTableModel::Private::failDelete(int row, const QSqlError &error)
{
    // The same foreign-key error means "the parent is missing" for an INSERT and "others refer
    // to it" for a DELETE; only the latter can happen here, and there are no edits to keep.
    if (!detail::isForeignKeyViolation(error)) {
        // The kind, and marking a lost or read-only connection, as for any statement; the words
        // are the delete's.
        const bool lost = detail::connectionLost(q->database(), error);
        failWithSqlError(error);
        failedField.clear();
        return fail(failure, QSqlError(detail::deleteFailureText(error, driver(), lost), QString(),
                                       q->lastError().type(), error.nativeErrorCode()));
    }
    failedField.clear();
    int referring = 0;
    const QStringList refs = referrers(row, &referring);
    const QString list = refs.join(QStringLiteral(", "));
    // The verb agrees with the one row, or the many, that refer to the record.
    const QString text = refs.isEmpty()
        ? tr("Other rows refer to this record of %1, so it cannot be deleted. Delete or change "
             "them first. Nothing was deleted.").arg(q->tableName())
        : referring == 1
        ? tr("%1 refers to this record of %2, so it cannot be deleted. Delete or change it "
             "first. Nothing was deleted.").arg(list, q->tableName())
        : tr("%1 refer to this record of %2, so it cannot be deleted. Delete or change them "
             "first. Nothing was deleted.").arg(list, q->tableName());
    return fail(FailureKind::ConstraintViolation,
                QSqlError(text, QString(), QSqlError::StatementError, error.nativeErrorCode()));
}

QStringList VersionedTableModel::Private::referrers(int row, int *total) const
{
    // Which tables point at this record, and with how many rows: a few counts, run only after
    // a refused delete. Inside a batch on PostgreSQL the failed statement has aborted the
    // transaction; the counts then fail too, and the message goes without them.
    const QSqlDatabase db = q->database();
    const QSqlRecord held = original(row);
    QStringList parts;
    for (const QString &other : TableSchema::tables(db)) {
        for (const ForeignKey &fk : TableSchema::foreignKeys(db, other)) {
            // By the table it resolves to: the same name in another schema is another table.
            const std::optional<detail::TableName> referenced = detail::resolveTable(db, fk.referencedTable);
            if (!referenced || !detail::sameTable(referenced->schema, referenced->name, schemaName(), tableOnly()))
                continue;
            const QVariant value = held.value(fk.referencedColumn.isEmpty() ? primaryKey.value(0)
                                                                           : fk.referencedColumn);
            if (value.isNull())
                continue;
            QSqlQuery count(db);
            count.setForwardOnly(true);
            count.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
                              .arg(detail::quoteTableName(db, other), detail::quoteIdentifier(db, fk.column)));
            count.addBindValue(value);
            if (count.exec() && count.next()) {
                if (const int n = count.value(0).toInt(); n > 0) {
                    parts << (n == 1 ? tr("1 row of %1").arg(other)
                                     : tr("%n rows of %1", nullptr, n).arg(other));
                    *total += n;
                }
            }
        }
    }
    return parts;
}

VersionedTableModel::Private::RowState
VersionedTableModel::Private::readRow(const QSqlRecord &keyValues, QSqlRecord *now)
{
    QStringList cols;
    const QSqlRecord rec = q->record();
    for (int i = 0; i < rec.count(); ++i)
        cols << columnExpr(rec.fieldName(i));
    QStringList terms;
    for (int i = 0; i < keyValues.count(); ++i)
        terms << field(keyValues.fieldName(i)) + QStringLiteral(" = ?");
    QSqlQuery query = newQuery();
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                      .arg(cols.join(QStringLiteral(", ")), table(),
                           terms.join(QStringLiteral(" AND "))));
    for (int i = 0; i < keyValues.count(); ++i)
        query.addBindValue(keyValues.value(i));
    *now = QSqlRecord();
    bool ok = query.exec();
    // A read is safe to repeat: once, on a new session, unless a transaction died with the old one.
    if (!ok && !inBatch && detail::connectionLost(q->database(), query.lastError())) {
        detail::markBroken(q->database());
        if (!ensureConnection())
            return RowState::Unreadable;
        const QString sql = query.lastQuery();
        query = newQuery();
        query.setForwardOnly(true);
        query.prepare(sql);
        for (int i = 0; i < keyValues.count(); ++i)
            query.addBindValue(keyValues.value(i));
        ok = query.exec();
    }
    if (!ok) {
        failWithSqlError(query.lastError());
        return RowState::Unreadable;
    }
    if (!query.next())
        return RowState::Gone;
    *now = query.record();
    return RowState::Present;
}

bool VersionedTableModel::Private::reportConflict(int row, ConflictSnapshot::Operation op,
                                                  const QSqlRecord &mine, bool knownDeleted)
{
    QSqlRecord theirs;
    const RowState state = knownDeleted ? RowState::Gone : readRow(databaseKey(row), &theirs);
    if (state == RowState::Unreadable)
        return false; // the re-read itself failed: report that, not a conflict
    const bool exists = state == RowState::Present;
    const auto kind = exists ? ConflictSnapshot::Kind::ChangedByOthers
                             : ConflictSnapshot::Kind::DeletedByOthers;
    const QString key = keyOf(row);
    ConflictSnapshot snapshot(kind, op, row, q->tableName(), original(row),
                              records.mine(key, mine), theirs, versionName, primaryKey);
    // Versionless rows carry no version to match: "in your other window" needs one.
    const bool own = (!exists || !versionName.isEmpty())
        && records.isOwnSave(key, exists ? theirs.value(versionName) : QVariant());
    snapshot.setFromOwnWindow(own);
    records.setConflict(key, snapshot);
    QString text;
    if (own) {
        text = exists ? tr("You saved this row in your other window after this one loaded it. "
                           "Your edits here are kept; review both versions before saving.")
                      : tr("You deleted this row in your other window. Your edits here are kept.");
    } else if (exists) {
        const QString who = q->changedBy(snapshot);
        text = who.isEmpty()
                   ? tr("Someone else saved this row after you loaded it. Your edits are kept; "
                        "review both versions before saving.")
                   : tr("%1 saved this row after you loaded it. Your edits are kept; review both "
                        "versions before saving.").arg(who);
    } else {
        text = tr("Someone else deleted this row after you loaded it. Your edits are kept.");
    }
    fail(exists ? FailureKind::ChangedByOthers : FailureKind::DeletedByOthers,
         QSqlError(text, QString(), QSqlError::TransactionError));
    deferredConflicts << snapshot;
    return false;
}

QString VersionedTableModel::Private::keyElsewhere(const QSqlRecord &original)
{
    if (original.isEmpty() || primaryKey.isEmpty())
        return {};
    const QSqlRecord layout = q->record();
    QStringList terms;
    QVariantList binds;
    for (int i = 0; i < layout.count(); ++i) {
        const QString name = layout.fieldName(i);
        if (primaryKey.contains(name) || name == versionName || isAuditColumn(name))
            continue;
        const QVariant v = original.value(name);
        terms << compareTerm(i, v);
        if (!v.isNull())
            binds << v;
    }
    if (terms.isEmpty())
        return {}; // a table of keys alone: any record would match
    QStringList keys;
    for (const QString &name : primaryKey)
        keys << field(name);
    QSqlQuery query(q->database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                           .arg(keys.join(QStringLiteral(", ")), table(),
                                terms.join(QStringLiteral(" AND ")))))
        return {};
    for (const QVariant &v : std::as_const(binds))
        query.addBindValue(v);
    if (!query.exec())
        return {}; // the insert itself then meets the table's own constraints
    const QString own = recordKey(original.keyValues(q->primaryKey()));
    while (query.next()) {
        const QSqlRecord found = query.record();
        if (recordKey(found) == own)
            continue;
        QStringList parts;
        for (int i = 0; i < found.count(); ++i)
            parts << QStringLiteral("%1 = %2").arg(columnTitle(found.fieldName(i)),
                                                   found.value(i).toString());
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

void VersionedTableModel::Private::stampAudit(QSqlRecord &values, bool forInsert) const
{
    // Who/when columns record the last writer, so a conflict can say "changed by Ann at 10:02".
    auto stamp = [&](const QString &name, const QVariant &value) {
        const int i = values.indexOf(name);
        if (i < 0 || (forInsert && values.isGenerated(i) && !values.isNull(i)))
            return;
        values.setValue(i, value);
        values.setGenerated(i, true);
    };
    if (auditByServer)
        return; // a trigger fills them from the session user and the server clock
    // Never left blank, or the previous editor's name would stay on a row they did not save.
    if (!modifiedByColumn.isEmpty())
        stamp(modifiedByColumn, operatorName.isEmpty() ? defaultOperatorName() : operatorName);
    if (!modifiedAtColumn.isEmpty()) {
        // Whole seconds: both backends then hand back exactly what was written.
        QDateTime now = auditTime.isValid() ? auditTime : QDateTime::currentDateTime();
        now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
        // SQLite has no timestamp type: QSQLITE would bind "2026-12-01T18:56:30.000", while
        // existing data and SQLite's own datetime() use "2026-12-01 18:56:30", which also sorts
        // and compares with them as text.
        if (isSqlite())
            stamp(modifiedAtColumn, now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        else
            stamp(modifiedAtColumn, now);
    }
}

bool VersionedTableModel::Private::insertValues(const QSqlRecord &values, QSqlRecord *stored)
{
    QSqlRecord rec = values;
    stampAudit(rec, true);
    QStringList cols;
    QVariantList binds;
    sending.clear();
    const int vi = versionName.isEmpty() ? -1 : rec.indexOf(versionName);
    for (int i = 0; i < rec.count(); ++i) {
        if (i == vi || !rec.isGenerated(i))
            continue;
        // A NULL primary key means "let the database generate it".
        if (primaryKey.contains(rec.fieldName(i)) && rec.isNull(i))
            continue;
        cols << field(rec.fieldName(i));
        sending.append({rec.fieldName(i), rec.value(i)});
        binds << bindable(rec.fieldName(i), rec.value(i));
    }
    // A new row starts at the column's default, or at 1 when the column has none.
    if (countsVersion() && vi >= 0 && !q->record().field(vi).defaultValue().isValid()) {
        cols << field(versionName);
        binds << 1;
    }
    QStringList all;
    const QSqlRecord model = q->record();
    for (int i = 0; i < model.count(); ++i)
        all << columnExpr(model.fieldName(i));
    const QString sql = cols.isEmpty()
        ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES RETURNING %2").arg(table(), all.join(QLatin1String(", ")))
        : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
              .arg(table(), cols.join(QLatin1String(", ")),
                   QStringList(cols.size(), QStringLiteral("?")).join(QLatin1String(", ")),
                   all.join(QLatin1String(", ")));
    QSqlQuery *query = prepare(sql);
    if (!query)
        return false;
    for (const QVariant &v : std::as_const(binds))
        query->addBindValue(v);
    // SQLite's version trigger gives the new row its number after the INSERT, which RETURNING
    // does not see: the row is read again, inside a savepoint with the INSERT, so that no other
    // writer's version can come in between.
    const bool readBack = strategy == VersionStrategy::Trigger && isSqlite();
    QSqlQuery savepoint(q->database());
    if (readBack && !savepoint.exec(QStringLiteral("SAVEPOINT concord_insert")))
        return failWithSqlError(savepoint.lastError());
    auto endSavepoint = [&](bool keep) {
        if (!readBack)
            return;
        if (!keep)
            savepoint.exec(QStringLiteral("ROLLBACK TO concord_insert"));
        savepoint.exec(QStringLiteral("RELEASE concord_insert"));
    };
    if (!query->exec()) {
        endSavepoint(false);
        const QSqlError error = query->lastError();
        if (inBatch || !detail::connectionLost(q->database(), error))
            return failWithSqlError(error, query);
        // No key to look the row up by: the database made it, and its answer is what was lost.
        detail::markBroken(q->database());
        return fail(FailureKind::Database,
                    QSqlError(tr("The connection to the database was lost while the new row was "
                                 "being saved, so it may have been saved. Your edits are kept; "
                                 "reload to check before saving it again."),
                              QString(), QSqlError::ConnectionError, error.nativeErrorCode()));
    }
    bool ok = query->next();
    if (ok)
        *stored = query->record();
    query->finish();
    if (ok && readBack) {
        QSqlRecord now;
        ok = readRow(stored->keyValues(q->primaryKey()), &now) == RowState::Present;
        if (ok)
            *stored = now;
    }
    endSavepoint(ok);
    if (!ok)
        return fail(FailureKind::Database, QSqlError(tr("The new row could not be read back."),
                                                     QString(), QSqlError::StatementError));
    return true;
}

int VersionedTableModel::Private::cacheRowOf(const QSqlRecord &values) const
{
    // QSqlTableModel's own loop hands insertRowIntoTable() the cached record itself, not its row.
    const auto &rows = cache()->cache;
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
        if (&it->rec() == &values)
            return it.key();
    return -1;
}

QSqlRecord VersionedTableModel::Private::Saved::record(const QSqlRecord &layout) const
{
    if (!stored.isEmpty()) {
        QSqlRecord rec = layout;
        for (int i = 0; i < rec.count(); ++i)
            rec.setValue(i, stored.value(i));
        return rec;
    }
    QSqlRecord rec = values;
    if (version.isValid() && !rec.isEmpty())
        rec.setValue(rec.count() - 1, version); // the version column is always last
    return rec;
}

void VersionedTableModel::Private::savedInHook(Saved saved)
{
    const int row = saved.row;
    pending.append(std::move(saved));
    if (ownLoop)
        return; // submitRows() applies it once the whole batch stands
    // QSqlTableModel's own submitAll(), through a base pointer: it would keep the version the
    // row was loaded at, and the next save would conflict with itself. Apply the saved row now;
    // QSqlTableModel then marks the entry submitted and calls selectRow(), which needs no re-read.
    const Saved done = pending.takeLast();
    const QList<RecordChange> changes = done.wrote ? QList<RecordChange>{changeOfSaved(done)}
                                                   : QList<RecordChange>{};
    applySaved(done);
    appliedInHook.insert(row);
    announceSaved(row);
    publish(changes);
}

void VersionedTableModel::Private::applySaved(const Saved &saved)
{
    const int row = saved.row;
    auto &rows = cache()->cache;
    if (!records.isEmpty())
        records.settle(keyOf(row));
    if (records.hasOwnSaves())
        records.dropOwnSave(keyOf(row));
    const auto entry = rows.find(row);
    if (entry == rows.end()) {
        // A clean row saved without an edit of its own (recreateRow of a row deleted
        // elsewhere): the stored row is its base, and must hold the version saved.
        if (saved.deleted())
            return;
        if (saved.stored.isEmpty())
            rememberStored(row, saved.values, saved.version);
        else if (const int s = storeRow(row); s >= 0)
            store()->setValues(s, saved.stored);
        return;
    }
    const bool inserted = entry->insert();
    if (saved.deleted()) {
        entry->refresh(false, QSqlRecord()); // deleted: shown as removed until the next select()
    } else if (const int s = storeRow(row); s >= 0) {
        // The stored row becomes what the database holds now (the base of the next save), and
        // the cache entry is marked saved with those values, as QSqlTableModel marks it.
        if (!saved.stored.isEmpty())
            store()->setValues(s, saved.stored);
        else
            rememberStored(row, saved.values, saved.version);
        entry->refresh(true, saved.record(q->record()));
    } else {
        const QSqlRecord values = saved.record(q->record());
        entry->refresh(true, values);
        // A row read later must not show a record this model inserted a second time.
        if (detail::RowStore *st = store(); st && inserted)
            st->reserveKey(recordKey(values.keyValues(q->primaryKey())));
    }
}

void VersionedTableModel::Private::rememberStored(int row, const QSqlRecord &values,
                                                  const QVariant &version)
{
    const int s = storeRow(row);
    if (s < 0)
        return;
    // Saved and re-read records both come in the layout's column order.
    QVariantList list;
    list.reserve(values.count());
    for (int i = 0; i < values.count(); ++i)
        list << values.value(i);
    if (version.isValid() && !list.isEmpty())
        list.last() = version; // the version column is always last
    store()->setValues(s, list);
}

void VersionedTableModel::Private::announceSaved(int row)
{
    emit q->headerDataChanged(Qt::Vertical, row, row);
    emit q->dataChanged(q->index(row, 0), q->index(row, q->columnCount() - 1));
    emit q->rowSaved(row);
}

QList<int> VersionedTableModel::Private::dirtyRows() const
{
    QList<int> rows;
    const auto &cached = cache()->cache;
    for (auto it = cached.constBegin(); it != cached.constEnd(); ++it)
        if (!it->submitted() && it->op() != CacheOp::None)
            rows << it.key();
    return rows;
}

bool VersionedTableModel::Private::submitRows(const QList<int> &rows, bool transactional)
{
    // Our own loop, not QSqlTableModel::submitAll(): that one stops at the first failure with
    // the earlier rows already marked saved, which cannot be undone after a rollback.
    failure = FailureKind::None;
    failedField.clear();
    q->setLastError(QSqlError());
    if (rows.isEmpty())
        return true;
    if (!ensureConnection())
        return false;
    ++deferDepth;
    detail::BatchTransaction batch(q->database());
    if (transactional && rows.size() > 1 && !batch.begin()) {
        // The session ended while the model sat idle (a server restart): nothing was sent yet,
        // so a new session may take the whole batch.
        const QSqlDatabase db = q->database();
        if (!db.isOpen() || detail::connectionLost(db, batch.lastError())) {
            detail::markBroken(db);
            if (!ensureConnection()) {
                --deferDepth;
                return false;
            }
            batch.begin();
        }
    }
    inBatch = batch.isOpen();
    QList<int> saved;
    QList<int> conflicted;
    bool error = false;
    bool removed = false;
    ++busy;
    ownLoop = true;
    for (int row : rows) {
        auto &cached = cache()->cache;
        const auto it = cached.find(row);
        if (it == cached.end() || it->submitted())
            continue;
        bool ok = false;
        switch (it->op()) {
        case CacheOp::Insert:
            insertRow = row;
            ok = q->insertRowIntoTable(it->rec());
            insertRow = -1;
            break;
        case CacheOp::Update:
            ok = q->updateRowInTable(row, it->rec());
            break;
        case CacheOp::Delete:
            ok = q->deleteRowFromTable(row);
            removed = removed || ok;
            break;
        case CacheOp::None:
            continue;
        }
        if (ok) {
            saved << row;
        } else if (failure == FailureKind::ChangedByOthers || failure == FailureKind::DeletedByOthers) {
            conflicted << row;
        } else {
            error = true; // a constraint or database error: nothing of this batch may stay
            break;
        }
    }
    ownLoop = false;
    inBatch = false;

    const QSqlError lastError = q->lastError();
    const FailureKind lastFailure = failure;
    const bool abort = error || (!conflicted.isEmpty() && policy == SubmitPolicy::AbortAll);
    QSqlError commitError;
    bool commitSettled = false; // commitError is already in plain words
    if (batch.isOpen()) {
        if (abort) {
            batch.rollback();
        } else if (!batch.commit()) {
            commitError = batch.lastError();
            if (detail::connectionLost(q->database(), commitError)) {
                // The COMMIT went out and no answer came back: the batch stands or not, and only
                // the rows can tell. Success only when every one of them is seen as written.
                commitSettled = true;
                if (settleLostCommit(&commitError) == LostWrite::Applied)
                    commitError = QSqlError();
            }
        }
        if (abort || commitError.isValid()) {
            pending.clear();
            saved.clear();
        }
    }
    // Without a batch (one row, or none could be opened) what was written stays written.
    // Every saved row goes into the cache before any signal, so a slot sees a whole model.
    QList<RecordChange> changes;
    // Anyone besides this model; or the application's transaction, whose end this model
    // watches to undo its own rows if it rolls back.
    const bool heard = (feed && feed->subscriberCount() > 1) || callerTransactionOpen();
    for (const Saved &done : std::exchange(pending, {})) {
        if (heard && done.wrote)
            changes << changeOfSaved(done);
        applySaved(done);
    }
    leaveBusy();
    // Other models hear of the saves once this one holds them, and before its own signals:
    // a slot that reads another window then sees the new values there too.
    publish(changes);

    if (commitError.isValid()) {
        if (commitSettled)
            fail(FailureKind::Database, commitError);
        else
            failWithSqlError(commitError);
    } else {
        const quint64 epoch = rowsEpoch;
        if (removed && !abort && conflicted.isEmpty() && q->editStrategy() == OnManualSubmit
            && dirtyRows().isEmpty()) {
            // Deleted rows leave the view only through a new SELECT, as in QSqlTableModel.
            q->select();
        } else {
            // One dataChanged over the saved rows, not one per row: a bulk save of thousands
            // of rows would otherwise cost more in signals than in statements.
            if (saved.size() > 1) {
                const auto [lo, hi] = std::minmax_element(saved.cbegin(), saved.cend());
                emit q->headerDataChanged(Qt::Vertical, *lo, *hi);
                emit q->dataChanged(q->index(*lo, 0), q->index(*hi, q->columnCount() - 1));
            }
            for (int row : std::as_const(saved)) {
                if (rowsEpoch != epoch)
                    break; // a slot reloaded or moved the rows: these numbers are stale now
                if (saved.size() == 1)
                    announceSaved(row);
                else
                    emit q->rowSaved(row);
            }
        }
        failure = lastFailure;
        q->setLastError(lastError);
    }
    --deferDepth;
    emitDeferred();
    return !error && conflicted.isEmpty() && !commitError.isValid();
}

void VersionedTableModel::Private::emitDeferred()
{
    if (deferDepth > 0)
        return;
    const QList<ConflictSnapshot> list = std::exchange(deferredConflicts, {});
    for (const ConflictSnapshot &s : list)
        emit q->conflictDetected(s);
}

void VersionedTableModel::Private::dropEdits(int row)
{
    const QString key = keyOf(row);
    q->revertRow(row);
    records.settle(key);
}

bool VersionedTableModel::Private::saveResolution(int row, const QSqlRecord &base,
                                                  const CachedRow &before)
{
    // A resolution that fails (a third writer, a constraint) leaves the row as the user had
    // it: their own edits at their own version, and a refreshed conflict whose "mine" is still
    // those edits, not the attempted merge.
    const QString key = keyOf(row);
    records.setBase(key, base);
    records.setMine(key, before.rec());
    ++deferDepth;
    const quint64 epoch = rowsEpoch;
    const bool ok = submitRows({row}, false);
    records.dropMine(key);
    if (!ok) {
        records.dropBase(key);
        if (rowsEpoch == epoch) {
            cache()->cache[row] = before;
            emit q->dataChanged(q->index(row, 0), q->index(row, q->columnCount() - 1));
        }
    }
    --deferDepth;
    emitDeferred();
    if (ok && rowsEpoch == epoch)
        recheckRow(row);
    return ok;
}

} // namespace concord
