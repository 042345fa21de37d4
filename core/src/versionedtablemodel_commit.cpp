// Publishing on commit: a save made inside the application's own transaction is told to the
// other models only once that transaction has committed, and never if it rolled back.
//
// Qt's drivers signal neither COMMIT nor ROLLBACK, and the application may end its transaction
// at any time. So the model holds the changes and looks again at each turn of the event loop
// (transactionprobe_p.h: no statement where the client library can be asked). Once the
// transaction is over, one read per held record tells which way it ended: the record as this
// model saved it means committed (published, with its values); anything else means rolled back
// (dropped, and this model's own row, left clean at the version it saved, takes what the
// database holds again). A PostgreSQL NOTIFY is sent only on COMMIT too, but waiting for it
// would never end after a ROLLBACK, and a table without the notify trigger sends none.
#include "versionedtablemodel_p.h"

#include "recordkey_p.h"
#include "transactionprobe_p.h"

#include <concord/threewaymerge.h>

#include <QTimer>

namespace concord {

using detail::TransactionState;

namespace {
constexpr int watchIntervalMs = 20; // after the first turn: a transaction left open a while
} // namespace

bool VersionedTableModel::Private::callerTransactionOpen() const
{
    return detail::transactionState(q->database()) == TransactionState::Open;
}

void VersionedTableModel::Private::holdUntilCommit(const QList<RecordChange> &changes, bool inTransaction)
{
    held << changes;
    for (qsizetype i = 0; i < changes.size(); ++i)
        heldInTransaction << inTransaction;
    if (!commitWatch) {
        commitWatch = std::make_unique<QTimer>();
        QObject::connect(commitWatch.get(), &QTimer::timeout, q, [this] { settleHeld(); });
    }
    if (!commitWatch->isActive())
        commitWatch->start(0); // the usual case commits before the event loop turns again
}

void VersionedTableModel::Private::settleHeld()
{
    // A slot of this model's save runs the event loop: look again once the save is over.
    if (busy > 0 || callerTransactionOpen()) {
        commitWatch->setInterval(watchIntervalMs);
        return;
    }
    commitWatch->stop();
    QList<RecordChange> committed;
    const QList<bool> inTransaction = std::exchange(heldInTransaction, {});
    const QList<RecordChange> changes = std::exchange(held, {});
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const RecordChange &change = changes.at(i);
        if (!inTransaction.value(i, true)) {
            // Saved in autocommit, held only behind a change of the transaction: committed,
            // even if another writer has changed the record since (that is news for the
            // others to hear from the database, never a reason to undo this save here). Its
            // values are then older than the record: without them, the others read the record
            // as it is now, and a window that refreshes clean rows never goes back to them.
            RecordChange late = change;
            late.setValues(QSqlRecord());
            committed << late;
            continue;
        }
        QSqlRecord now;
        const RowState state = readQuietly(change.key(), &now);
        if (state == RowState::Unreadable) {
            // Which way it went is unknown: tell the others to read the record themselves.
            RecordChange unknown(change.table(), change.key());
            unknown.setOrigin(change.origin());
            unknown.setSource(change.source());
            committed << unknown;
        } else if (isAsSaved(change, now)) {
            committed << change;
        } else {
            undoRolledBack(change, now);
        }
    }
    if (feed)
        for (const RecordChange &change : std::as_const(committed))
            feed->publish(change, q->database());
}

VersionedTableModel::Private::RowState
VersionedTableModel::Private::readQuietly(const QVariantList &key, QSqlRecord *now) const
{
    // readRow() without its side effects: no reconnect, no error left on the model, which is
    // between saves and owes the application no message for this read.
    *now = QSqlRecord();
    if (key.size() != primaryKey.size() || !q->database().isOpen())
        return RowState::Unreadable;
    const QSqlRecord layout = q->record();
    QStringList cols;
    for (int i = 0; i < layout.count(); ++i)
        cols << columnExpr(layout.fieldName(i));
    QStringList terms;
    for (const QString &name : primaryKey)
        terms << field(name) + QStringLiteral(" = ?");
    QSqlQuery query(q->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                      .arg(cols.join(QStringLiteral(", ")), table(), terms.join(QStringLiteral(" AND "))));
    for (const QVariant &part : key)
        query.addBindValue(part);
    if (!query.exec())
        return RowState::Unreadable;
    if (!query.next())
        return RowState::Gone;
    *now = query.record();
    return RowState::Present;
}

bool VersionedTableModel::Private::isAsSaved(const RecordChange &change, const QSqlRecord &now) const
{
    if (change.isDeleted() || now.isEmpty())
        return change.isDeleted() && now.isEmpty();
    // The version alone is not enough: after a rollback another writer's UPDATE counts the
    // version up to the very number the rolled-back save had. The values written must be there.
    if (!versionName.isEmpty() && !ThreeWayMerge::sameValue(now.value(versionName), change.version()))
        return false;
    const QSqlRecord values = change.values();
    for (int i = 0; i < values.count(); ++i) {
        const int at = now.indexOf(values.fieldName(i));
        if (at >= 0 && !ThreeWayMerge::sameValue(now.value(at), values.value(i)))
            return false;
    }
    return true;
}

void VersionedTableModel::Private::undoRolledBack(const RecordChange &change, const QSqlRecord &now)
{
    // Only a row still as this save left it, clean, and a record still there: a rolled-back
    // insert or delete stays as shown until the next select() (its save then reports it).
    if (change.isDeleted() || now.isEmpty() || !store())
        return;
    const QVariantList keyValues = change.key();
    const QString key = detail::recordKey(keyValues, keyKinds);
    const int row = rowOfRecord(key);
    if (row < 0 || !isAsSaved(change, original(row)))
        return;
    auto &rows = cache()->cache;
    const auto entry = rows.find(row);
    if (entry != rows.end() && !entry->submitted() && entry->op() != CacheOp::None)
        return; // edited since: its save meets the database as it is and says so
    QSqlRecord theirs = q->record();
    for (int i = 0; i < theirs.count(); ++i)
        theirs.setValue(i, now.value(i));
    if (entry != rows.end())
        entry->refresh(true, theirs);
    if (const int s = storeRow(row); s >= 0) {
        QVariantList list;
        list.reserve(theirs.count());
        for (int i = 0; i < theirs.count(); ++i)
            list << theirs.value(i);
        store()->setValues(s, list);
    }
    emit q->headerDataChanged(Qt::Vertical, row, row);
    emit q->dataChanged(q->index(row, 0), q->index(row, q->columnCount() - 1));
}

} // namespace concord
