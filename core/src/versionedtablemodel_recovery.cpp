// VersionedTableModel after a lost connection: reopening it, and settling the saves whose
// answer never came by reading the rows again on the new session (see connectionrecovery_p.h).
#include "versionedtablemodel_p.h"

#include "columnvalues_p.h"
#include "connectionrecovery_p.h"

namespace concord {

using detail::sameInColumn;

void VersionedTableModel::Private::dropStaleStatements()
{
    // Another model on the same connection may have reopened it: what was prepared here
    // belongs to the closed session.
    if (const quint64 now = detail::generation(q->database()); now != statementsGeneration) {
        statementsGeneration = now;
        statements.clear();
        updates.clear();
    }
}

bool VersionedTableModel::Private::ensureConnection()
{
    const QSqlDatabase db = q->database();
    QSqlError error;
    const bool ok = detail::reopenIfBroken(db, &error);
    dropStaleStatements();
    if (ok)
        return true;
    const QString why = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return fail(FailureKind::Database,
                QSqlError(tr("The database cannot be reached: %1 Your edits are kept; try again once it "
                             "can be reached.").arg(why.trimmed()),
                          QString(), QSqlError::ConnectionError, error.nativeErrorCode()));
}

VersionedTableModel::Private::LostWrite
VersionedTableModel::Private::settleLostUpdate(int row, const QList<int> &written,
                                               const QVariantList &sent, const QVariant &version,
                                               QVariantList *returned)
{
    detail::markBroken(q->database());
    const bool open = ensureConnection();
    QSqlRecord now;
    const RowState state = open ? readRow(databaseKey(row), &now) : RowState::Unreadable;
    if (state == RowState::Unreadable) {
        if (countsVersion())
            unsettled.insert(keyOf(row), {version.toLongLong(), written, sent});
        fail(FailureKind::Database,
             QSqlError(tr("The connection to the database was lost during the save and cannot be "
                          "opened again, so whether the change was saved is not known. Your edits "
                          "are kept; save again once the database can be reached."),
                       QString(), QSqlError::ConnectionError));
        return LostWrite::Unknown;
    }
    if (state == RowState::Gone)
        return LostWrite::Changed;
    bool mine = true;
    for (qsizetype k = 0; k < written.size() && mine; ++k) {
        const int i = written.at(k);
        mine = sameInColumn(columnTypes.value(i), sent.at(k), now.value(i));
    }
    const int vi = versionIndex();
    const QVariant held = vi < 0 ? QVariant() : now.value(vi);
    if (mine && (!countsVersion() || held.toLongLong() == version.toLongLong() + 1)) {
        returned->clear();
        for (int i : returnedColumns())
            returned->append(now.value(i));
        return LostWrite::Applied;
    }
    // Still at the version the save was conditional on (versionless: no version to tell by, so
    // anything but my values counts as someone else's): the statement never ran.
    if (vi >= 0 && held.toLongLong() == version.toLongLong()) {
        fail(FailureKind::Database,
             QSqlError(tr("The connection to the database was lost during the save; it is open "
                          "again. Nothing was saved; your edits are kept: save again."),
                       QString(), QSqlError::ConnectionError));
        return LostWrite::NotApplied;
    }
    return LostWrite::Changed;
}

bool VersionedTableModel::Private::wasOwnLostUpdate(int row, qlonglong version)
{
    const auto it = unsettled.constFind(keyOf(row));
    if (it == unsettled.constEnd())
        return false;
    const UnsettledUpdate lost = *it;
    unsettled.erase(it);
    if (!countsVersion() || lost.version != version)
        return false;
    QSqlRecord now;
    if (readRow(databaseKey(row), &now) != RowState::Present
        || now.value(versionIndex()).toLongLong() != version + 1)
        return false;
    for (qsizetype k = 0; k < lost.written.size(); ++k) {
        const int i = lost.written.at(k);
        if (!sameInColumn(columnTypes.value(i), lost.sent.at(k), now.value(i)))
            return false;
    }
    return true;
}

bool VersionedTableModel::Private::holdsSaved(const Saved &saved)
{
    const QSqlRecord layout = q->record();
    QSqlRecord now;
    if (saved.deleted()) {
        return readRow(databaseKey(saved.row), &now) == RowState::Gone;
    }
    const QSqlRecord expected = saved.record(layout);
    if (readRow(expected.keyValues(q->primaryKey()), &now) != RowState::Present)
        return false;
    for (int i = 0; i < expected.count(); ++i) {
        if (isAuditColumn(expected.fieldName(i)))
            continue; // the server may have filled them in: they tell nothing about whose row it is
        if (!sameInColumn(columnTypes.value(i), expected.value(i), now.value(i)))
            return false;
    }
    return true;
}

VersionedTableModel::Private::LostWrite VersionedTableModel::Private::settleLostCommit(QSqlError *error)
{
    detail::markBroken(q->database());
    if (!ensureConnection()) {
        *error = QSqlError(tr("The connection to the database was lost while the changes were being "
                              "committed and cannot be opened again, so whether they were saved is "
                              "not known. Your edits are kept; save again once the database can be "
                              "reached."),
                           QString(), QSqlError::ConnectionError);
        return LostWrite::Unknown;
    }
    int held = 0;
    for (const Saved &saved : std::as_const(pending))
        held += holdsSaved(saved) ? 1 : 0;
    if (!pending.isEmpty() && held == pending.size())
        return LostWrite::Applied;
    *error = held == 0
        ? QSqlError(tr("The connection to the database was lost while the changes were being "
                       "committed; it is open again. Nothing was saved; your edits are kept: save "
                       "again."),
                    QString(), QSqlError::ConnectionError)
        : QSqlError(tr("The connection to the database was lost while the changes were being "
                       "committed, and the rows do not show them all. Your edits are kept; reload "
                       "to see what the database holds."),
                    QString(), QSqlError::ConnectionError);
    return held == 0 ? LostWrite::NotApplied : LostWrite::Unknown;
}

} // namespace concord
