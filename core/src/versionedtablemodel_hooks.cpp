// VersionedTableModel's write hooks: QSqlTableModel calls them for every row it saves, and each
// runs one conditional statement (see versionedtablemodel.cpp for the overview).
#include "columnvalues_p.h"
#include "connectionrecovery_p.h"
#include "sqlerrorkind_p.h"
#include "valuefit_p.h"
#include "versionedtablemodel_p.h"

#include <QSqlField>
#include <QVarLengthArray>

#include <limits>

namespace concord {

using detail::sameInColumn;

bool VersionedTableModel::updateRowInTable(int row, const QSqlRecord &values)
{
    if (!m->refusal.isEmpty())
        return m->failRefused();
    if (!m->readOnly.isEmpty())
        return m->failReadOnly();
    QSqlRecord rec(values);
    const quint64 epoch = m->rowsEpoch;
    ++m->busy;
    emit beforeUpdate(row, rec);
    m->leaveBusy();
    if (m->rowsEpoch != epoch)
        return m->fail(FailureKind::Database, QSqlError(tr("The rows were reloaded during the save."),
                                                        QString(), QSqlError::StatementError));

    // A record renumbered elsewhere: a key this user did not edit follows the record, so that
    // the save neither writes the old key back nor shows it afterwards.
    QVariantList moved;
    if (const int s = m->storeRow(row); s >= 0 && m->store()->isMoved(s)) {
        moved = m->store()->values(s);
        const QVariantList key = m->store()->keyValuesAt(s);
        for (qsizetype k = 0; k < m->keyColumns.size(); ++k) {
            const int c = m->keyColumns.at(k);
            if (sameInColumn(m->columnTypes.value(c), rec.value(c), moved.at(c)))
                rec.setValue(c, key.value(k));
            moved[c] = key.value(k);
        }
    }
    // Only fields whose value really differs are written: a field set back to what it was,
    // or a mapper writing every editor back, must not bump the version or conflict.
    // The base is what the database held at our last read or write: the stored row (with the
    // key it was renumbered to), or for a resolution their version of it.
    const int stored = m->records.hasBases() ? -1 : m->storeRow(row);
    const QSqlRecord base = stored >= 0 ? QSqlRecord()
        : m->records.base(m->keyOf(row), m->original(row));
    const QVariantList &storedValues =
        stored < 0 || !moved.isEmpty() ? std::as_const(moved) : m->store()->values(stored);
    auto baseValue = [&](int i) {
        return stored >= 0 ? storedValues.at(i) : base.value(rec.fieldName(i));
    };
    const int vi = m->versionIndex();
    QList<int> written;
    for (int i = 0; i < rec.count(); ++i) {
        if (i == vi)
            continue;
        const QSqlField f = rec.field(i); // QSqlRecord hands out copies: take one, once
        if (!f.isGenerated())
            continue;
        if (stored >= 0) {
            if (!sameInColumn(m->columnTypes.value(i), f.value(), storedValues.at(i)))
                written << i;
            continue;
        }
        if (!base.contains(f.name()) || !sameInColumn(m->columnTypes.value(i), f.value(), base.value(f.name())))
            written << i;
    }
    // A record this model knows was deleted is never saved as an update: a record inserted
    // since under the same key (DELETE + INSERT, an import) may hold the very version this row
    // holds, and would be overwritten. Re-create or discard it instead.
    const QString key = m->keyOf(row);
    if (const ConflictSnapshot *known = m->records.conflict(key); known && known->isDeletedByOthers()) {
        const bool ok = m->reportConflict(row, ConflictSnapshot::Operation::Update, values, true);
        m->emitDeferred();
        return ok;
    }
    // Under Client a record replaced elsewhere (DELETE + INSERT, an import) starts again at
    // version 1, and a writer that does not count the version up leaves it as it was: the
    // conditional UPDATE cannot tell either from the record this row was read from. When this
    // model has been told the record changed (marked elsewhere, or a conflict its last save
    // met), a save of edits is a conflict until it is resolved, never a write: at another
    // version the UPDATE would fail anyway, and at this row's version again (replaced since
    // the conflict) it would go over a record nobody here has seen. A resolution is made on
    // their record.
    if (const ConflictSnapshot *told = m->records.conflict(key);
        told && !written.isEmpty() && m->strategy == VersionStrategy::Client && vi >= 0
        && !told->theirs().isEmpty() && m->records.base(key, QSqlRecord()).isEmpty()) {
        const bool ok = m->reportConflict(row, ConflictSnapshot::Operation::Update, values);
        m->emitDeferred();
        return ok;
    }
    if (written.isEmpty()) {
        // Nothing to send. A record changed elsewhere meanwhile is taken as it is now, as
        // reloadRow() does: there are no edits of this row to keep, and its old values at the
        // old version would make the next save conflict with a change already shown.
        const ConflictSnapshot *elsewhere = m->records.isElsewhere(key) ? m->records.conflict(key)
                                                                         : nullptr;
        if (elsewhere && !elsewhere->theirs().isEmpty())
            m->savedInHook({row, m->layoutRecord(elsewhere->theirs()), {}, {}, false});
        else
            m->savedInHook({row, rec, {}, {}, false}); // the row stays at its version
        return true;
    }
    if (!m->refuseUnfitValues(rec, written))
        return false;
    QVariant version = vi < 0 ? QVariant() : values.value(vi);
    bool integral = false;
    qlonglong current = version.toLongLong(&integral);
    if (m->countsVersion() && (!integral || current == std::numeric_limits<qlonglong>::max()))
        return m->fail(FailureKind::Database,
                       QSqlError(tr("This row's version (%1) cannot be counted up any further, so "
                                    "it cannot be saved safely. Nothing was saved; your edits are "
                                    "kept.").arg(version.toString()),
                                 QString(), QSqlError::StatementError));
    // Versionless: the save is conditional on the changed columns still holding what we read.
    // Who/when are left out of that comparison, or two edits of different fields would clash.
    QList<int> compared;
    QVariantList originals;
    if (m->strategy == VersionStrategy::Versionless) {
        for (int i : std::as_const(written)) {
            compared << i;
            originals << m->bindable(rec.fieldName(i), baseValue(i));
        }
    }
    // Who/when go along with a real change, never alone.
    m->stampAudit(rec, false);
    for (const QString &audit : {m->modifiedByColumn, m->modifiedAtColumn}) {
        const int i = audit.isEmpty() || m->auditByServer ? -1 : rec.indexOf(audit);
        if (i >= 0 && rec.isGenerated(i) && !written.contains(i))
            written << i;
    }
    // With a counted version the new one is computed, not read back: the WHERE clause pins the
    // old one, so one affected row means the database now holds exactly version + 1 (a version
    // trigger sets old + 1 too). A RETURNING clause would make every save fetch a result set,
    // which costs PostgreSQL about as much as the UPDATE; only xmin and server-filled who/when
    // need one.
    QSqlQuery *query = m->strategy == VersionStrategy::Versionless
        ? m->versionlessUpdate(written, compared, originals)
        : m->updateStatement(written);
    if (!query)
        return false;
    QVarLengthArray<QVariant, 8> sent; // each read out of the record once: that copies it
    m->sending.clear();
    for (int i : std::as_const(written)) {
        sent.append(rec.value(i));
        m->sending.append({rec.fieldName(i), sent.back()});
    }
    for (qsizetype k = 0; k < sent.size(); ++k)
        query->addBindValue(m->bindable(rec.fieldName(written.at(k)), sent.at(k)));
    m->bindKeyAndVersion(query, row, version);
    for (const QVariant &v : std::as_const(originals))
        if (!v.isNull())
            query->addBindValue(v);
    QVariantList returned;
    int affected = 0;
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        // In autocommit a statement whose answer never came may have been applied: the row,
        // read on a new session, tells. In a batch the transaction died with the session.
        if (m->inBatch || !detail::connectionLost(database(), error))
            return m->failWithSqlError(error, query);
        query = nullptr; // the reopen dropped the prepared statements
        const QVariantList sentValues(sent.cbegin(), sent.cend());
        switch (m->settleLostUpdate(row, written, sentValues, version, &returned)) {
        case Private::LostWrite::Applied:
            affected = 1;
            break;
        case Private::LostWrite::Changed:
            break; // someone else's row now: a conflict, as below
        case Private::LostWrite::NotApplied:
        case Private::LostWrite::Unknown:
            return false;
        }
    } else if (m->returnsOnUpdate()) {
        if (query->next()) {
            affected = 1;
            for (int k = 0; k < query->record().count(); ++k)
                returned << query->value(k);
        }
    } else {
        affected = query->numRowsAffected();
    }
    if (query)
        query->finish();
    if (affected != 1 && !m->unsettled.isEmpty() && m->wasOwnLostUpdate(row, current)) {
        // My earlier save, whose answer was lost, had arrived: the row is mine at the next
        // version. What is sent now goes on top of it, conditional on that one.
        version = ++current;
        query = m->updateStatement(written);
        if (!query)
            return false;
        for (qsizetype k = 0; k < sent.size(); ++k)
            query->addBindValue(m->bindable(rec.fieldName(written.at(k)), sent.at(k)));
        m->bindKeyAndVersion(query, row, version);
        if (!query->exec())
            return m->failWithSqlError(query->lastError(), query);
        if (m->returnsOnUpdate()) {
            returned.clear();
            if (query->next()) {
                affected = 1;
                for (int k = 0; k < query->record().count(); ++k)
                    returned << query->value(k);
            }
        } else {
            affected = query->numRowsAffected();
        }
        query->finish();
    }
    if (affected == 1 && !m->unsettled.isEmpty())
        m->unsettled.remove(m->keyOf(row));
    if (affected != 1) {
        const bool ok = m->reportConflict(row, ConflictSnapshot::Operation::Update, values);
        m->emitDeferred();
        return ok;
    }
    const QVariant next = m->countsVersion() ? QVariant(current + 1)
        : m->strategy == VersionStrategy::Xmin ? returned.value(0) : QVariant();
    // What the database filled in itself (xmin, who/when), in the order RETURNING lists them.
    QList<int> filled = m->returnedColumns();
    if (stored >= 0) {
        // The stored row with what was written: cheaper than copying the record field by field.
        QVariantList now = storedValues;
        for (qsizetype k = 0; k < written.size(); ++k)
            now[written.at(k)] = sent.at(k);
        for (qsizetype k = 0; k < filled.size(); ++k)
            now[filled.at(k)] = returned.value(k);
        if (vi >= 0)
            now[vi] = next;
        m->savedInHook({row, {}, {}, std::move(now)});
    } else {
        for (qsizetype k = 0; k < filled.size(); ++k)
            rec.setValue(filled.at(k), returned.value(k));
        m->savedInHook({row, rec, next, {}});
    }
    return true;
}

bool VersionedTableModel::Private::refuseUnfitValues(const QSqlRecord &rec, const QList<int> &columns)
{
    // Refused before anything is sent, so both backends answer alike: SQLite would store
    // "abc" in an INTEGER column or 11 digits in a NUMERIC(12,2), and PostgreSQL's own refusal
    // (22P02, 22001, 22003) names no column.
    const QSqlRecord layout = q->record();
    for (int i : columns) {
        const QSqlField field = layout.field(i);
        const QVariant value = rec.value(i);
        const ColumnBounds declared = bounds.value(field.name());
        const detail::ValueFit fit = detail::valueFit(field, value, declared);
        if (fit == detail::ValueFit::Fits)
            continue;
        failedField = field.name();
        const QString title = columnTitle(field.name());
        QString text;
        switch (fit) {
        case detail::ValueFit::Fits:
            break;
        case detail::ValueFit::NotANumber:
            text = tr("%1 of %2 must be a number; \"%3\" is not one. Nothing was saved; "
                      "your edits are kept.")
                       .arg(title, q->tableName(), value.toString().left(40));
            break;
        case detail::ValueFit::TooLong:
            text = tr("%1 of %2 holds at most %n character(s). Nothing was saved; "
                      "your edits are kept.", nullptr, field.length())
                       .arg(title, q->tableName());
            break;
        case detail::ValueFit::TooManyDigits:
        case detail::ValueFit::TooLarge:
        case detail::ValueFit::TooSmall:
            text = detail::numberTooBigText(title, q->tableName(), declared,
                                            fit == detail::ValueFit::TooSmall);
            break;
        }
        return fail(FailureKind::ConstraintViolation,
                    QSqlError(text, QString(), QSqlError::StatementError));
    }
    return true;
}

bool VersionedTableModel::insertRowIntoTable(const QSqlRecord &values)
{
    if (!m->refusal.isEmpty())
        return m->failRefused();
    if (!m->readOnly.isEmpty())
        return m->failReadOnly();
    const int row = m->ownLoop ? m->insertRow : m->cacheRowOf(values);
    QSqlRecord rec(values);
    const quint64 epoch = m->rowsEpoch;
    ++m->busy;
    emit beforeInsert(rec);
    m->leaveBusy();
    if (m->rowsEpoch != epoch)
        return m->fail(FailureKind::Database, QSqlError(tr("The rows were reloaded during the save."),
                                                        QString(), QSqlError::StatementError));
    QList<int> sent;
    for (int i = 0; i < rec.count(); ++i)
        if (rec.isGenerated(i) && i != m->versionIndex())
            sent << i;
    if (!m->refuseUnfitValues(rec, sent))
        return false;
    QSqlRecord stored;
    if (!m->insertValues(rec, &stored))
        return false;
    if (row >= 0)
        m->savedInHook({row, stored, {}, {}});
    return true;
}

bool VersionedTableModel::deleteRowFromTable(int row)
{
    if (!m->refusal.isEmpty())
        return m->failRefused();
    if (!m->readOnly.isEmpty())
        return m->failReadOnly();
    const quint64 epoch = m->rowsEpoch;
    ++m->busy;
    emit beforeDelete(row);
    m->leaveBusy();
    if (m->rowsEpoch != epoch)
        return m->fail(FailureKind::Database, QSqlError(tr("The rows were reloaded during the save."),
                                                        QString(), QSqlError::StatementError));
    // A record this model knows was deleted is gone already, which is what a delete wants: a
    // record inserted since under the same key is someone else's, and stays.
    if (const ConflictSnapshot *known = m->records.conflict(m->keyOf(row));
        known && known->isDeletedByOthers()) {
        m->savedInHook({row, {}, {}, {}, false});
        return true;
    }
    // Under Client, as for an update above: a record this model was told changed may be at
    // this row's version again (replaced by DELETE + INSERT or an import, renumbered, or
    // written by a program that leaves the version alone) and pass "WHERE version = ?".
    // Deleting it would delete a record nobody here has seen: a conflict, until a resolution
    // settles it.
    if (const ConflictSnapshot *told = m->records.conflict(m->keyOf(row));
        told && m->strategy == VersionStrategy::Client && !m->versionName.isEmpty()
        && !told->theirs().isEmpty() && m->records.base(m->keyOf(row), QSqlRecord()).isEmpty()) {
        const bool ok = m->reportConflict(row, ConflictSnapshot::Operation::Delete, m->original(row));
        m->emitDeferred();
        return ok;
    }
    // A resolution ("delete anyway") deletes against their version; otherwise against ours.
    const QSqlRecord loaded = m->records.hasBases()
        ? m->records.base(m->keyOf(row), m->original(row)) : m->original(row);
    // Versionless, a delete is conditional on the whole row still being what we read.
    QVariantList originals;
    QList<int> compared;
    if (m->strategy == VersionStrategy::Versionless) {
        for (int i = 0; i < loaded.count(); ++i) {
            if (!m->isAuditColumn(loaded.fieldName(i))) {
                compared << i;
                originals << m->bindable(loaded.fieldName(i), loaded.value(i));
            }
        }
    }
    QSqlQuery *query = m->strategy == VersionStrategy::Versionless
        ? m->versionlessDelete(compared, originals)
        : m->prepare(QStringLiteral("DELETE FROM %1 WHERE %2")
                         .arg(m->table(), m->keyAndVersionCondition()));
    if (!query)
        return false;
    m->bindKeyAndVersion(query, row, loaded.value(m->versionName));
    for (const QVariant &v : std::as_const(originals))
        if (!v.isNull())
            query->addBindValue(v);
    int affected = 0;
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        query->finish();
        if (m->inBatch || !detail::connectionLost(database(), error))
            return m->failDelete(row, error);
        // Applied or not, the answer was lost: on a new session the row, gone or not, tells.
        detail::markBroken(database());
        if (!m->ensureConnection())
            return false;
    } else {
        affected = query->numRowsAffected();
        query->finish();
    }
    if (affected == 1) {
        m->savedInHook({row, {}, {}, {}});
        return true;
    }
    QSqlRecord now;
    const Private::RowState state = m->readRow(m->databaseKey(row), &now);
    if (state == Private::RowState::Unreadable)
        return false;
    if (state == Private::RowState::Gone) {
        // Deleted by someone else too: what I wanted has happened, and no one's work is lost.
        // The others hear of it from whoever deleted it.
        m->savedInHook({row, {}, {}, {}, false});
        return true;
    }
    const bool ok = m->reportConflict(row, ConflictSnapshot::Operation::Delete, loaded);
    m->emitDeferred();
    return ok;
}

} // namespace concord
