// The steps behind VersionedTableModel's writes: statements, conflict snapshots, the batch loop,
// and the SQLite reader connection.
#include "versionedtablemodel_p.h"

#include "sqlerrorkind_p.h"

#include <concord/threewaymerge.h>

#include <QDateTime>
#include <QSqlField>
#include <QSqlIndex>

namespace concord {

void VersionedTableModel::Private::moveVersionLast()
{
    // Views see columnCount() columns; with the version column last, columnCount() - 1 hides it
    // and no index needs remapping anywhere in QSqlTableModel.
    QSqlRecord &rec = cache()->rec;
    const int idx = rec.indexOf(versionColumn);
    if (idx < 0 || idx == rec.count() - 1)
        return;
    const QSqlField version = rec.field(idx);
    rec.remove(idx);
    rec.append(version);
}

QSqlRecord VersionedTableModel::Private::original(int row) const
{
    // The row as the database held it when we last read or wrote it: a reverted copy of the
    // cached row, or the query's row when the row was never touched.
    const auto &rows = cache()->cache;
    const auto it = rows.constFind(row);
    if (it == rows.constEnd() || it->op() == CacheOp::None)
        return q->QSqlQueryModel::record(row);
    CachedRow copy = *it;
    if (copy.op() == CacheOp::Insert)
        return {};
    copy.revert();
    return copy.rec();
}

QString VersionedTableModel::Private::whereKeyAndVersion(QVariantList *binds, int row,
                                                         const QVariant &version) const
{
    const QSqlRecord keys = q->primaryValues(row);
    QStringList terms;
    for (int i = 0; i < keys.count(); ++i) {
        terms << field(keys.fieldName(i)) + QStringLiteral(" = ?");
        *binds << keys.value(i);
    }
    terms << field(versionColumn) + QStringLiteral(" = ?");
    *binds << version;
    return terms.join(QStringLiteral(" AND "));
}

QSqlQuery *VersionedTableModel::Private::prepare(const QString &sql)
{
    auto it = statements.find(sql);
    if (it == statements.end()) {
        if (statements.size() > 32)
            statements.clear();
        QSqlQuery query(q->database());
        if (!query.prepare(sql)) {
            failWithSqlError(query.lastError());
            return nullptr;
        }
        it = statements.insert(sql, query);
    }
    return &it.value();
}

QSqlDatabase VersionedTableModel::Private::readerDatabase()
{
    // SQLite: an unfinished SELECT (the lazy fetch of a table over 256 rows) holds a read
    // snapshot on its connection, and a write on that connection from an outdated snapshot
    // fails at once with "database is locked". QSqlTableModel resets the SELECT before each
    // write, but then the rows not fetched yet come back from the start, twice. In WAL mode a
    // second connection reads without blocking anyone, so select() runs there instead.
    QSqlDatabase db = q->database();
    if (driver()->dbmsType() != QSqlDriver::SQLite)
        return db;
    if (!readerName.isEmpty())
        return QSqlDatabase::database(readerName, false);
    const QString file = db.databaseName();
    if (file.isEmpty() || file == QLatin1String(":memory:") || file.startsWith(QLatin1String("file::memory:")))
        return db;
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next()
        || mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return db;
    static QAtomicInt counter;
    const QString name = db.connectionName() + QStringLiteral("/reader-")
                         + QString::number(counter.fetchAndAddRelaxed(1));
    QSqlDatabase reader = QSqlDatabase::cloneDatabase(db, name);
    if (!reader.open()) {
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return db;
    }
    readerName = name;
    return reader;
}

bool VersionedTableModel::Private::execSelect(QSqlQuery *query, int limit)
{
    QString sql = q->selectStatement();
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ?");
    if (!query->prepare(sql))
        return failWithSqlError(query->lastError());
    for (const QVariant &v : std::as_const(selectBindings))
        query->addBindValue(v);
    if (limit > 0)
        query->addBindValue(limit);
    // The previous SELECT may still be half-fetched on the reader connection; its read snapshot
    // would be shared by the new one, which would then miss every save made since. The rows
    // fetched so far stay readable until the model is reset.
    detail::detachFromResultSet(cache()->query.result());
    if (!query->exec())
        return failWithSqlError(query->lastError());
    return true;
}

bool VersionedTableModel::Private::hasMorePages() const
{
    // A full last page means there may be more; the query model itself is at its end.
    return pageLimit > 0 && cache()->atEnd && q->QSqlQueryModel::rowCount() >= pageLimit;
}

bool VersionedTableModel::Private::loadNextPage()
{
    // Re-run the SELECT with a larger LIMIT and hand it to the query model in place of the old
    // one: the rows shown keep their places, and fetchMore() then appends the new ones.
    const int limit = pageLimit * 4;
    QSqlQuery query(readerDatabase());
    if (!execSelect(&query, limit))
        return false;
    cache()->query = std::move(query);
    cache()->atEnd = false;
    pageLimit = limit;
    return true;
}

void VersionedTableModel::Private::dropReader()
{
    if (readerName.isEmpty())
        return;
    q->QSqlQueryModel::clear(); // no query may outlive its connection
    QSqlDatabase::database(readerName, false).close();
    QSqlDatabase::removeDatabase(std::exchange(readerName, {}));
}

void VersionedTableModel::Private::detachReader()
{
    // Without a separate reader (not WAL, or in memory) do what QSqlTableModel does.
    if (readerName.isEmpty() && driver()->hasFeature(QSqlDriver::SimpleLocking))
        detail::detachFromResultSet(cache()->query.result());
}

bool VersionedTableModel::Private::fail(FailureKind kind, const QSqlError &error)
{
    failure = kind;
    q->setLastError(error);
    return false;
}

bool VersionedTableModel::Private::failWithSqlError(const QSqlError &error)
{
    failedField.clear();
    const QSqlError plain = detail::plainError(error, q->tableName(), &failedField);
    switch (detail::classify(error)) {
    case detail::SqlErrorKind::ConstraintViolation:
        return fail(FailureKind::ConstraintViolation, plain);
    case detail::SqlErrorKind::Locked:
        return fail(FailureKind::Locked, plain);
    default:
        return fail(FailureKind::Database, plain);
    }
}

VersionedTableModel::Private::RowState
VersionedTableModel::Private::readRow(const QSqlRecord &keyValues, QSqlRecord *now)
{
    QStringList cols;
    const QSqlRecord rec = q->record();
    for (int i = 0; i < rec.count(); ++i)
        cols << field(rec.fieldName(i));
    QStringList terms;
    for (int i = 0; i < keyValues.count(); ++i)
        terms << field(keyValues.fieldName(i)) + QStringLiteral(" = ?");
    QSqlQuery query(q->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                      .arg(cols.join(QStringLiteral(", ")), table(),
                           terms.join(QStringLiteral(" AND "))));
    for (int i = 0; i < keyValues.count(); ++i)
        query.addBindValue(keyValues.value(i));
    *now = QSqlRecord();
    if (!query.exec()) {
        failWithSqlError(query.lastError());
        return RowState::Unreadable;
    }
    if (!query.next())
        return RowState::Gone;
    *now = query.record();
    return RowState::Present;
}

bool VersionedTableModel::Private::reportConflict(int row, ConflictSnapshot::Operation op,
                                                  const QSqlRecord &mine)
{
    QSqlRecord theirs;
    const RowState state = readRow(q->primaryValues(row), &theirs);
    if (state == RowState::Unreadable)
        return false; // the re-read itself failed: report that, not a conflict
    const bool exists = state == RowState::Present;
    const auto kind = exists ? ConflictSnapshot::Kind::ChangedByOthers
                             : ConflictSnapshot::Kind::DeletedByOthers;
    const ConflictSnapshot snapshot(kind, op, row, q->tableName(), original(row),
                                    resolutionMine.value(row, mine), theirs,
                                    versionColumn, primaryKey);
    conflicts.insert(row, snapshot);
    QString text;
    if (exists) {
        const QString who = modifiedByColumn.isEmpty() ? QString()
                                                       : theirs.value(modifiedByColumn).toString();
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
    if (deferSignals)
        deferredConflicts << snapshot;
    else
        emit q->conflictDetected(snapshot);
    return false;
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
    if (!modifiedByColumn.isEmpty() && !operatorName.isEmpty())
        stamp(modifiedByColumn, operatorName);
    if (!modifiedAtColumn.isEmpty()) {
        // Whole seconds: both backends then hand back exactly what was written.
        QDateTime now = auditTime.isValid() ? auditTime : QDateTime::currentDateTime();
        now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
        stamp(modifiedAtColumn, now);
    }
}

bool VersionedTableModel::Private::insertValues(const QSqlRecord &values, QSqlRecord *stored)
{
    QSqlRecord rec = values;
    stampAudit(rec, true);
    QStringList cols;
    QVariantList binds;
    const int vi = rec.indexOf(versionColumn);
    for (int i = 0; i < rec.count(); ++i) {
        if (i == vi || !rec.isGenerated(i))
            continue;
        // A NULL primary key means "let the database generate it".
        if (primaryKey.contains(rec.fieldName(i)) && rec.isNull(i))
            continue;
        cols << field(rec.fieldName(i));
        binds << rec.value(i);
    }
    // A new row starts at the column's default, or at 1 when the column has none.
    if (vi >= 0 && !q->record().field(vi).defaultValue().isValid()) {
        cols << field(versionColumn);
        binds << 1;
    }
    QStringList all;
    const QSqlRecord model = q->record();
    for (int i = 0; i < model.count(); ++i)
        all << field(model.fieldName(i));
    const QString sql = cols.isEmpty()
        ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES RETURNING %2").arg(table(), all.join(QLatin1String(", ")))
        : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
              .arg(table(), cols.join(QLatin1String(", ")),
                   QStringList(cols.size(), QStringLiteral("?")).join(QLatin1String(", ")),
                   all.join(QLatin1String(", ")));
    detachReader();
    QSqlQuery *query = prepare(sql);
    if (!query)
        return false;
    for (const QVariant &v : std::as_const(binds))
        query->addBindValue(v);
    if (!query->exec())
        return failWithSqlError(query->lastError());
    const bool ok = query->next();
    if (ok)
        *stored = query->record();
    query->finish();
    if (!ok)
        return fail(FailureKind::Database, QSqlError(tr("The new row could not be read back."),
                                                     QString(), QSqlError::StatementError));
    return true;
}

int VersionedTableModel::Private::cacheRowOf(const QSqlRecord &values) const
{
    // insertRowIntoTable() is handed the cached record itself but not its row.
    const auto &rows = cache()->cache;
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
        if (&it->rec() == &values)
            return it.key();
    return -1;
}

void VersionedTableModel::Private::applyPending(int row)
{
    const auto it = pending.constFind(row);
    if (it == pending.constEnd())
        return;
    auto &rows = cache()->cache;
    if (it->isEmpty())
        rows[row].refresh(false, QSqlRecord()); // deleted: shown as removed until the next select()
    else
        rows[row].refresh(true, *it);
    pending.erase(it);
    conflicts.remove(row);
    compareBase.remove(row);
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
    QSqlDatabase db = q->database();
    const bool inTransaction = transactional && rows.size() > 1 && db.transaction();
    QList<int> saved;
    QList<int> conflicted;
    bool error = false;
    bool removed = false;
    deferSignals = true;
    for (int row : rows) {
        auto &cached = cache()->cache;
        const auto it = cached.find(row);
        if (it == cached.end() || it->submitted())
            continue;
        bool ok = false;
        switch (it->op()) {
        case CacheOp::Insert:
            ok = q->insertRowIntoTable(it->rec());
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
    deferSignals = false;

    const QSqlError lastError = q->lastError();
    const FailureKind lastFailure = failure;
    const bool abort = error || (!conflicted.isEmpty() && policy == SubmitPolicy::AbortAll);
    QSqlError commitError;
    if (inTransaction && !abort && !db.commit())
        commitError = db.lastError();
    if (inTransaction && (abort || commitError.isValid())) {
        db.rollback();
        for (int row : std::as_const(saved))
            pending.remove(row);
        saved.clear();
    }
    if (commitError.isValid()) {
        emitDeferred();
        return failWithSqlError(commitError);
    }
    // Without a transaction (one row, or BEGIN refused) what was written stays written.
    for (int row : std::as_const(saved))
        applyPending(row);
    if (removed && !abort && conflicted.isEmpty() && dirtyRows().isEmpty()) {
        // Deleted rows leave the view only through a new SELECT, as in QSqlTableModel.
        q->select();
    }
    failure = lastFailure;
    q->setLastError(lastError);
    emitDeferred();
    return !error && conflicted.isEmpty();
}

void VersionedTableModel::Private::emitDeferred()
{
    const QList<ConflictSnapshot> list = std::exchange(deferredConflicts, {});
    for (const ConflictSnapshot &s : list)
        emit q->conflictDetected(s);
}

void VersionedTableModel::Private::dropEdits(int row)
{
    q->revertRow(row);
    conflicts.remove(row);
    compareBase.remove(row);
    pending.remove(row);
}

bool VersionedTableModel::Private::saveResolution(int row, const QSqlRecord &base,
                                                  const CachedRow &before)
{
    // A resolution that fails (a third writer, a constraint) leaves the row as the user had
    // it: their own edits at their own version, and a refreshed conflict whose "mine" is still
    // those edits, not the attempted merge.
    compareBase.insert(row, base);
    resolutionMine.insert(row, before.rec());
    const bool ok = submitRows({row}, false);
    resolutionMine.remove(row);
    if (!ok) {
        compareBase.remove(row);
        cache()->cache[row] = before;
        emit q->dataChanged(q->index(row, 0), q->index(row, q->columnCount() - 1));
    }
    return ok;
}

} // namespace concord
