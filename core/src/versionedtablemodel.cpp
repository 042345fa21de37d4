// VersionedTableModel: QSqlTableModel's write hooks made conditional on each row's version.
//
// How it fits into QSqlTableModel: every write still goes through the protected hooks
// (updateRowInTable, insertRowIntoTable, deleteRowFromTable), so QSqlTableModel's own
// submitAll(), the edit strategies and the views keep working. Each hook runs one conditional
// statement and keeps what the database answered (the new version, generated keys); once the
// row counts as saved, that goes into QSqlTableModel's cache, so no SELECT is re-run.
//
// Where things live: rows are read by KeysetBrowser into a RowStore (keysetbrowser_p.h,
// rowstore_p.h), which QSqlQueryModel reads as its query; per-record state is in RecordStates
// (recordstates_p.h), keyed by record key (recordkey_p.h); how a row finds its record is in
// versionedtablemodel_p.cpp; the write hooks are in versionedtablemodel_hooks.cpp, how saves are
// decided and applied in versionedtablemodel_save.cpp, what each version strategy changes in
// versionedtablemodel_strategy.cpp, and how changes made elsewhere arrive in
// versionedtablemodel_live.cpp.
#include <concord/versionedtablemodel.h>

#include "columnvalues_p.h"
#include "connectionrecovery_p.h"
#include "recordkey_p.h"
#include "sqlerrorkind_p.h"
#include "wallclock_p.h"
#include "versionedtablemodel_p.h"

#include <concord/tablepreparer.h>
#include <concord/tableschema.h>
#include <concord/threewaymerge.h>

#include <QSqlField>
#include <QSqlIndex>

#include <optional>

namespace concord {


// ---------------------------------------------------------------------------------------------
// Public API

VersionedTableModel::VersionedTableModel(QObject *parent, const QSqlDatabase &db)
    : QSqlTableModel(parent, db), m(std::make_unique<Private>(this))
{
    detail::checkQtRuntime();
    qRegisterMetaType<ConflictSnapshot>();
    qRegisterMetaType<RecordChange>();
    // Connected before any view, so that the inserted-row count and the epochs are right by
    // the time anyone else hears of the change.
    auto rows = [this] { m->structureChanged(false); };
    auto reset = [this] { m->structureChanged(true); };
    // Inserted or removed columns move the version column's index (it stays last).
    auto columns = [this] { m->locateVersion(); };
    connect(this, &QAbstractItemModel::columnsInserted, this, columns);
    connect(this, &QAbstractItemModel::columnsRemoved, this, columns);
    connect(this, &QAbstractItemModel::rowsAboutToBeInserted, this, rows);
    connect(this, &QAbstractItemModel::rowsInserted, this, rows);
    connect(this, &QAbstractItemModel::rowsAboutToBeRemoved, this, rows);
    connect(this, &QAbstractItemModel::rowsRemoved, this, rows);
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, reset);
    connect(this, &QAbstractItemModel::modelReset, this, reset);
}

VersionedTableModel::~VersionedTableModel()
{
    QSqlQueryModel::clear(); // the row store goes before our private state does
}

void VersionedTableModel::setVersionColumn(const QString &name)
{
    m->versionColumn = name;
}

QString VersionedTableModel::versionColumn() const
{
    return m->versionColumn;
}

int VersionedTableModel::versionColumnIndex() const
{
    return m->versionIndex();
}

QVariant VersionedTableModel::rowVersion(int row) const
{
    const int vi = m->versionIndex();
    return vi < 0 ? QVariant() : record(row).value(vi);
}

void VersionedTableModel::setTextFilter(const QString &text)
{
    m->textFilter = text;
}

QString VersionedTableModel::textFilter() const
{
    return m->textFilter;
}

void VersionedTableModel::setSortReferencesByName(bool enabled)
{
    m->sortByNames = enabled;
}

bool VersionedTableModel::sortsReferencesByName() const
{
    return m->sortByNames;
}

void VersionedTableModel::setOperatorName(const QString &name)
{
    m->operatorName = name;
}

QString VersionedTableModel::operatorName() const
{
    return m->operatorName;
}

void VersionedTableModel::setAuditTime(const QDateTime &time)
{
    m->auditTime = time;
}

void VersionedTableModel::setSubmitPolicy(SubmitPolicy policy)
{
    m->policy = policy;
}

VersionedTableModel::SubmitPolicy VersionedTableModel::submitPolicy() const
{
    return m->policy;
}

VersionedTableModel::FailureKind VersionedTableModel::lastFailure() const
{
    return m->failure;
}

QString VersionedTableModel::lastFailedField() const
{
    return m->failedField;
}

QList<ConflictSnapshot> VersionedTableModel::conflicts() const
{
    // Each with the row its record is shown at now.
    QList<ConflictSnapshot> list;
    const auto &rows = m->cache()->cache;
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        if (it->op() == CacheOp::None)
            continue;
        const ConflictSnapshot s = conflict(it.key());
        if (s.isValid())
            list << s;
    }
    return list;
}

ConflictSnapshot VersionedTableModel::conflict(int row) const
{
    const ConflictSnapshot *it = m->records.conflict(m->keyOf(row));
    if (!it)
        return {};
    if (it->row() == row)
        return *it;
    ConflictSnapshot moved(it->kind(), it->operation(), row, it->table(), it->original(),
                           it->mine(), it->theirs(), it->versionColumn(), it->primaryKey());
    moved.setFromOwnWindow(it->isFromOwnWindow());
    return moved;
}

bool VersionedTableModel::hasConflict(int row) const
{
    return m->records.conflict(m->keyOf(row)) != nullptr;
}

void VersionedTableModel::setTable(const QString &tableName)
{
    if (m->refuseWhileBusy())
        return;
    // Qt 6.4's QPSQL pastes the table name, unescaped, between quotes into the SQL of its
    // record() and primaryIndex(), which it runs as a simple query: a name with a ' in it would
    // break out of the string and could run statements of its own ("x'; DROP TABLE y; --").
    // Such a table is refused before the driver ever sees the name.
    const bool unsafeForDriver = m->isPostgres() && tableName.contains(QLatin1Char('\''));
    m->resolveTable(unsafeForDriver ? QString() : tableName);
    // The driver reads the columns and key of a SQLite table named "table.dot" only by its
    // bracketed name; tableName() stays the name the application gave.
    const QString forDriver = unsafeForDriver ? QString() : detail::driverTableName(database(), tableName);
    QSqlTableModel::setTable(forDriver);
    if (forDriver != tableName && !unsafeForDriver)
        m->cache()->tableName = tableName;
    m->refusal.clear();
    m->clearRecordState();
    m->statements.clear();
    m->updates.clear();
    m->quoted.clear();
    m->quotedTable.clear();
    m->references.reset();
    m->rows = nullptr;
    m->failure = FailureKind::None;
    m->primaryKey.clear();
    m->keyColumns.clear();
    m->refusal = unsafeForDriver
        ? tr("The table name %1 contains a single quote ('), which Qt's PostgreSQL driver cannot "
             "handle safely. Rename the table to open it.").arg(tableName)
        : m->checkTable();
    m->locateVersion();
    const QSqlIndex pk = primaryKey();
    for (int i = 0; i < pk.count(); ++i)
        m->primaryKey << pk.fieldName(i);
    if (!m->refusal.isEmpty()) {
        m->failRefused();
        return;
    }
    m->moveVersionLast();
    m->locateVersion();
    for (const QString &key : std::as_const(m->primaryKey))
        m->keyColumns << record().indexOf(key);
    m->keyKinds = detail::keyKinds(record(), m->keyColumns);
    m->keysAsText.clear();
    if (m->isPostgres()) {
        for (int c : std::as_const(m->keyColumns)) {
            const int type = record().field(c).metaType().id();
            if (type == QMetaType::QDateTime || type == QMetaType::QTime)
                m->keysAsText.insert(record().fieldName(c));
        }
    }
    m->wallClock = detail::wallClockColumns(database(), m->table());
    m->bounds = ColumnBounds::ofTable(database(), tableName);
    m->columnTypes.clear();
    for (int i = 0; i < record().count(); ++i)
        m->columnTypes << record().field(i).metaType();
    m->modifiedByColumn = TableSchema::modifiedByColumn(database(), tableName);
    m->modifiedAtColumn = TableSchema::modifiedAtColumn(database(), tableName);
    m->auditByServer = m->isPostgres()
        && !(m->modifiedByColumn.isEmpty() && m->modifiedAtColumn.isEmpty())
        && TablePreparer::hasAuditTrigger(database(), tableName);
    m->readColumnTypes();
    m->subscribe();
}

void VersionedTableModel::setSort(int column, Qt::SortOrder order)
{
    QSqlTableModel::setSort(column, order);
    m->sortColumn = column;
    m->sortOrder = order;
}

void VersionedTableModel::clear()
{
    QSqlTableModel::clear();
    m->clearRecordState();
    m->rows = nullptr;
    m->sortColumn = -1;
    m->versionAt = -1;
    m->refusal.clear();
    m->subscribe(); // no table: unsubscribes
}

bool VersionedTableModel::select()
{
    if (!m->refusal.isEmpty())
        return m->failRefused();
    if (m->refuseWhileBusy())
        return false;
    // Without a key rows cannot be read by key: a read-only table is read as QSqlQueryModel does.
    if (tableName().isEmpty() || !m->readOnly.isEmpty())
        return QSqlTableModel::select();

    m->locateVersion(); // removeColumns() re-selects
    const QString unusable = m->checkRows();
    if (!unusable.isEmpty())
        return m->fail(FailureKind::TableRefused,
                       QSqlError(unusable, QString(), QSqlError::StatementError));

    // The first page is read before anything is dropped: if it fails, the model keeps the rows
    // it shows, and their edits.
    if (!m->ensureConnection())
        return false;
    std::unique_ptr<detail::RowStore> store = m->makeStore();
    if (!store->loadUntil(256)) {
        // A read is safe to repeat: once, on a new session, if the old one was lost.
        const QSqlError error = store->pageError();
        if (!detail::connectionLost(database(), error))
            return m->fail(FailureKind::Database, m->readError(error));
        detail::markBroken(database());
        if (!m->ensureConnection())
            return false;
        store = m->makeStore();
        if (!store->loadUntil(256))
            return m->fail(FailureKind::Database, m->readError(store->pageError()));
    }
    store->setErrorHandler([this](const QSqlError &error) {
        m->fail(FailureKind::Database, m->readError(error));
    });
    beginResetModel();
    m->cache()->cache.clear();
    m->clearRecordState();
    m->failure = FailureKind::None;
    m->rows = store.get();
    QSqlQueryModel::setQuery(QSqlQuery(store.release()));
    endResetModel();
    return !lastError().isValid();
}

QString VersionedTableModel::selectStatement() const
{
    // The statement that fixes the order of the records; their rows are then read by key.
    if (tableName().isEmpty() || !m->refusal.isEmpty())
        return QSqlTableModel::selectStatement();
    if (!m->readOnly.isEmpty()) {
        QVariantList none;
        const QString where = m->whereClause(&none, false);
        QStringList cols;
        for (int i = 0; i < record().count(); ++i)
            cols << m->field(record().fieldName(i));
        QString sql = QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QStringLiteral(", ")), m->table());
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        // As QSqlTableModel::orderByClause(), whose names go through the driver's quoting, with
        // the same collation as the keyed tables' order.
        if (m->sortColumn < 0 || m->sortColumn >= record().count())
            return sql;
        QString term = m->table() + QLatin1Char('.') + m->field(record().fieldName(m->sortColumn));
        if (const QString collation = m->sortCollation(); !collation.isEmpty())
            term += QStringLiteral(" COLLATE ") + collation;
        return sql + QStringLiteral(" ORDER BY ") + term
               + (m->sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    }
    return m->makeStore()->statementText();
}

bool VersionedTableModel::selectRow(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    if (m->appliedInHook.remove(row))
        return true; // saved through QSqlTableModel's own loop: the cache holds it already
    if (m->refuseWhileBusy())
        return false;
    const QSqlRecord keys = m->databaseKey(row);
    if (keys.isEmpty() || detail::recordKey(keys).isEmpty())
        return false; // not in the database yet: nothing to read
    QSqlRecord now;
    const Private::RowState state = m->readRow(keys, &now);
    if (state == Private::RowState::Unreadable)
        return false;
    auto &cached = m->cache()->cache;
    const auto it = cached.constFind(row);
    if (state == Private::RowState::Present && (it == cached.constEnd() || it->op() == CacheOp::None)) {
        // Unchanged, and never edited here: as in QSqlTableModel, nothing to tell anyone.
        const QSqlRecord shown = record(row);
        bool same = true;
        for (int i = 0; i < now.count() && same; ++i)
            same = ThreeWayMerge::sameValue(now.value(i), shown.value(now.fieldName(i)));
        if (same)
            return true;
    }
    const QString key = m->keyOf(row);
    cached[row].refresh(state == Private::RowState::Present, now);
    if (state == Private::RowState::Present)
        m->rememberStored(row, now);
    m->records.settle(key);
    emit headerDataChanged(Qt::Vertical, row, row);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

int VersionedTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return QSqlQueryModel::rowCount(parent) + m->insertedRows();
}

int VersionedTableModel::recordCount() const
{
    const detail::RowStore *s = m->store();
    return s ? s->totalCount() + m->insertedRows() : rowCount();
}

int VersionedTableModel::columnCount(const QModelIndex &parent) const
{
    const int n = QSqlTableModel::columnCount(parent);
    if (parent.isValid() || !m->refusal.isEmpty() || n == 0)
        return n;
    return m->versionIndex() == n - 1 ? n - 1 : n;
}

bool VersionedTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // The version belongs to the database: it is only ever advanced by a successful save.
    if (index.isValid() && index.column() == m->versionIndex())
        return false;
    const bool edit = role == Qt::EditRole && index.isValid() && index.row() < rowCount();
    const QVariant previous = edit ? QSqlTableModel::data(index, role) : QVariant();
    const QPersistentModelIndex where(index); // an OnFieldChange save may move the row
    if (!setEditValue(index, value, role))
        return false;
    if (edit && where.isValid()) {
        const QVariant now = QSqlTableModel::data(where, role);
        if (now != previous || now.isNull() != previous.isNull()
            || now.metaType() != previous.metaType())
            emit fieldEdited(where, previous);
    }
    return true;
}

bool VersionedTableModel::setEditValue(const QModelIndex &index, const QVariant &value, int role)
{
    if (role == Qt::EditRole && index.isValid() && index.row() < rowCount()
        && !m->cache()->busyInsertingRows && (flags(index) & Qt::ItemIsEditable)) {
        // QSqlTableModel drops an edit that QVariant calls equal to the value shown, and
        // QVariant calls 7 equal to '007'. In a text column the database would store
        // something else, so such an edit is kept here, as QSqlTableModel keeps any other.
        const QVariant old = QSqlTableModel::data(index, role);
        if (value == old && value.isNull() == old.isNull()
            && !detail::sameInColumn(m->columnTypes.value(index.column()), value, old)) {
            CachedRow &row = m->cache()->cache[index.row()];
            if (row.op() == CacheOp::None)
                row = CachedRow(CacheOp::Update, record(index.row()));
            row.setValue(index.column(), value);
            emit dataChanged(index, index);
            if (editStrategy() == OnFieldChange && row.op() != CacheOp::Insert)
                return submit();
            return true;
        }
    }
    return QSqlTableModel::setData(index, value, role);
}

Qt::ItemFlags VersionedTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QSqlTableModel::flags(index);
    // OnRowChange's rule, and only that one, is lifted: a read-only column or a deleted row
    // stays closed.
    if (m->multiRowEditing && !(f & Qt::ItemIsEditable) && index.isValid()
        && editStrategy() == OnRowChange && index.column() < record().count()
        && !record().field(index.column()).isReadOnly()
        && m->cache()->cache.value(index.row()).op() != CacheOp::Delete)
        f |= Qt::ItemIsEditable;
    return m->readOnly.isEmpty() ? f : f & ~Qt::ItemIsEditable;
}

bool VersionedTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (m->refuseWhileBusy())
        return false;
    if (!m->readOnly.isEmpty())
        return m->failReadOnly();
    return QSqlTableModel::insertRows(row, count, parent);
}

bool VersionedTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (m->refuseWhileBusy())
        return false;
    if (!m->readOnly.isEmpty())
        return m->failReadOnly();
    return QSqlTableModel::removeRows(row, count, parent);
}

void VersionedTableModel::revertRow(int row)
{
    if (m->busy > 0)
        return;
    const QString key = m->keyOf(row);
    // Dropping the edits of a record changed elsewhere takes the record as it is now, as
    // reloadRow() does: the old values marked clean would be checked against a version this
    // model already knows is gone. A row that had no edits keeps its mark instead (a revert()
    // of the whole model reaches rows nobody touched), unless the application asked clean rows
    // to be refreshed. A record known deleted (marked, or found by a save) stays shown, and
    // marked: it must never be saved as an update (see updateRowInTable()).
    const ConflictSnapshot *known = m->records.conflict(key);
    const bool deleted = known && known->isDeletedByOthers();
    const bool elsewhere = m->records.isElsewhere(key);
    const auto &cached = m->cache()->cache;
    const auto entry = cached.constFind(row);
    const bool edited = entry != cached.constEnd() && entry->op() != CacheOp::None && !entry->submitted();
    const bool take = known && !deleted && elsewhere && (edited || m->refreshClean);
    // A conflict its save found is read again: its snapshot keeps the record as the user was
    // shown it, and a change heard since is not in it (see applyChange()).
    const bool reread = known && !deleted && !elsewhere && edited;
    const QSqlRecord theirs = take ? m->layoutRecord(known->theirs()) : QSqlRecord();
    std::optional<ConflictSnapshot> kept;
    if (known && (deleted || (elsewhere && !take)))
        kept = *known;
    QSqlTableModel::revertRow(row);
    m->records.settle(key);
    if (kept) {
        // Its "mine" is what the row shows now: the edits are gone.
        const QSqlRecord held = m->original(row);
        ConflictSnapshot snapshot(kept->kind(), ConflictSnapshot::Operation::Update, row,
                                  tableName(), deleted ? kept->original() : held,
                                  deleted ? kept->original() : held, deleted ? QSqlRecord() : kept->theirs(),
                                  m->versionName, m->primaryKey);
        snapshot.setFromOwnWindow(kept->isFromOwnWindow());
        m->records.setChangedElsewhere(key, snapshot);
        emit headerDataChanged(Qt::Vertical, row, row);
    } else if (!theirs.isEmpty()) {
        m->takeTheirs(row, theirs);
    } else if (reread) {
        QSqlRecord now;
        const Private::RowState state = m->readRow(m->databaseKey(row), &now);
        if (state == Private::RowState::Present) {
            m->takeTheirs(row, m->layoutRecord(now));
        } else if (state == Private::RowState::Gone) {
            const QSqlRecord held = m->original(row);
            m->records.setChangedElsewhere(
                key, ConflictSnapshot(ConflictSnapshot::Kind::DeletedByOthers, ConflictSnapshot::Operation::Update,
                                      row, tableName(), held, held, QSqlRecord(), m->versionName, m->primaryKey));
            emit headerDataChanged(Qt::Vertical, row, row);
        } // unreadable (a lost connection): the row stays as read; its next save tells
    }
}

bool VersionedTableModel::submit()
{
    if (editStrategy() == OnManualSubmit)
        return true;
    return submitAll();
}

void VersionedTableModel::setMultiRowEditing(bool enabled)
{
    m->multiRowEditing = enabled;
}

bool VersionedTableModel::isMultiRowEditing() const
{
    return m->multiRowEditing;
}

void VersionedTableModel::setEditStrategy(EditStrategy strategy)
{
    QSqlTableModel::setEditStrategy(strategy);
    m->records.clearConflicts();
}

bool VersionedTableModel::submitAll()
{
    if (m->refuseWhileBusy())
        return false;
    return m->submitRows(m->dirtyRows(), editStrategy() == OnManualSubmit);
}

bool VersionedTableModel::reloadRow(int row)
{
    if (row < 0 || row >= rowCount() || m->refuseWhileBusy())
        return false;
    m->dropEdits(row);
    if (!selectRow(row))
        return false;
    // Deleted by someone else meanwhile: there is nothing of theirs to take.
    if (m->cache()->cache.value(row).op() == CacheOp::Delete)
        return discardRow(row);
    return true;
}

bool VersionedTableModel::overwriteRow(int row)
{
    const ConflictSnapshot snapshot = conflict(row);
    if (!snapshot.isValid() || snapshot.isDeletedByOthers() || m->refuseWhileBusy())
        return false;
    auto &cached = m->cache()->cache;
    // Only edits are kept over theirs: a row without any (a row this model inserted and saved
    // lies in the cache too) has nothing of its own to write, and rebasing it onto their version
    // would make its next save overwrite a change its user was never shown.
    if (const auto it = cached.constFind(row);
        it == cached.constEnd() || it->submitted() || it->op() == CacheOp::None)
        return false;
    const CachedRow before = cached[row];
    QSqlRecord &rec = cached[row].recRef();
    // Rebase onto their version; every field where mine differs from theirs gets written.
    rec.setValue(m->versionIndex(), snapshot.theirVersion());
    if (snapshot.operation() == ConflictSnapshot::Operation::Update) {
        for (int i = 0; i < rec.count(); ++i)
            if (i != m->versionIndex())
                rec.setGenerated(i, true);
    }
    return m->saveResolution(row, snapshot.theirs(), before);
}

bool VersionedTableModel::mergeRow(int row, const QVariantMap &values)
{
    const ConflictSnapshot snapshot = conflict(row);
    if (!snapshot.isValid() || snapshot.isDeletedByOthers() || m->refuseWhileBusy())
        return false;
    auto &cached = m->cache()->cache;
    // Only edits are kept over theirs: a row without any (a row this model inserted and saved
    // lies in the cache too) has nothing of its own to write, and rebasing it onto their version
    // would make its next save overwrite a change its user was never shown.
    if (const auto it = cached.constFind(row);
        it == cached.constEnd() || it->submitted() || it->op() == CacheOp::None)
        return false;
    CachedRow &cachedRow = cached[row];
    if (cachedRow.op() == CacheOp::Delete)
        return false;
    const CachedRow before = cachedRow;
    QSqlRecord &rec = cachedRow.recRef();
    rec.setValue(m->versionIndex(), snapshot.theirVersion());
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const int i = rec.indexOf(it.key());
        if (i < 0 || i == m->versionIndex())
            continue;
        cachedRow.setValue(i, it.value());
    }
    // No signal before the save: a slot that reloaded the model now would leave this row's
    // number pointing at another record.
    return m->saveResolution(row, snapshot.theirs(), before);
}

bool VersionedTableModel::recreateRow(int row)
{
    const ConflictSnapshot snapshot = conflict(row);
    if (!snapshot.isValid() || !snapshot.isDeletedByOthers() || m->refuseWhileBusy())
        return false;
    // The record may be there still, under another key: renumbered by a program whose change
    // this model could not tell from a delete (SQLite; PostgreSQL without the notify trigger).
    // Inserting it again would make two of it.
    if (const QString key = m->keyElsewhere(snapshot.original()); !key.isEmpty())
        return m->fail(FailureKind::ChangedByOthers,
                       QSqlError(tr("This record is still in %1, under another key (%2): someone "
                                    "renumbered it. Nothing was inserted; reload to see it.")
                                     .arg(tableName(), key),
                                 QString(), QSqlError::TransactionError));
    // The snapshot holds the edits as they were when the delete was noticed; the operator may
    // have typed on since (the form passes each edit to this row). What goes in is what the
    // row holds now.
    QSqlRecord mine = snapshot.mine();
    for (int c = 0; c < columnCount(); ++c) {
        const QModelIndex cell = index(row, c);
        const int i = mine.indexOf(record().fieldName(c));
        if (i >= 0 && QSqlTableModel::isDirty(cell))
            mine.setValue(i, QSqlTableModel::data(cell, Qt::EditRole));
    }
    for (int i = 0; i < mine.count(); ++i)
        mine.setGenerated(i, m->versionName.isEmpty() || i != mine.indexOf(m->versionName));
    QSqlRecord stored;
    m->failure = FailureKind::None;
    if (!m->insertValues(mine, &stored))
        return false;
    const Private::Saved saved{row, stored, {}, {}};
    const RecordChange change = m->changeOfSaved(saved);
    m->applySaved(saved);
    setLastError(QSqlError());
    m->announceSaved(row);
    m->publish({change});
    return true;
}

bool VersionedTableModel::discardRow(int row)
{
    if (row < 0 || row >= rowCount() || m->refuseWhileBusy())
        return false;
    m->dropEdits(row);
    m->failure = FailureKind::None;
    setLastError(QSqlError());
    if (m->dirtyRows().isEmpty())
        return select();
    // Other rows hold edits that a new SELECT would drop: show this one as gone instead.
    m->cache()->cache[row].refresh(false, QSqlRecord());
    emit headerDataChanged(Qt::Vertical, row, row);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

QModelIndex VersionedTableModel::indexInQuery(const QModelIndex &item) const
{
    // QSqlTableModel's own counts the inserted rows above `item` by walking the whole edit
    // cache, on every data() call; with none inserted, rows map one to one.
    if (m->insertedRows() == 0)
        return QSqlQueryModel::indexInQuery(item);
    return QSqlTableModel::indexInQuery(item);
}

// ---------------------------------------------------------------------------------------------
// Strategies and live updates

void VersionedTableModel::setVersionStrategy(VersionStrategy strategy) { m->wantedStrategy = strategy; }
VersionStrategy VersionedTableModel::versionStrategy() const { return m->strategy; }
bool VersionedTableModel::isReadOnly() const { return !m->readOnly.isEmpty(); }
QString VersionedTableModel::readOnlyReason() const { return m->readOnly; }
QString VersionedTableModel::modifiedByColumn() const { return m->modifiedByColumn; }
QString VersionedTableModel::modifiedAtColumn() const { return m->modifiedAtColumn; }

bool VersionedTableModel::Private::auditWritten(const ConflictSnapshot &snapshot) const
{
    const QSqlRecord theirs = snapshot.theirs();
    const QSqlRecord original = snapshot.original();
    if (theirs.isEmpty())
        return false;
    if (original.isEmpty())
        return true; // nothing to compare with: the row as it is
    return auditMoved(original, theirs);
}

bool VersionedTableModel::Private::auditMoved(const QSqlRecord &before, const QSqlRecord &after) const
{
    auto moved = [&](const QString &column) {
        return !column.isEmpty() && after.contains(column)
               && !ThreeWayMerge::sameValue(after.value(column), before.value(column));
    };
    return moved(modifiedByColumn) || moved(modifiedAtColumn);
}

QString VersionedTableModel::changedBy(const ConflictSnapshot &snapshot) const
{
    if (m->modifiedByColumn.isEmpty() || !m->auditWritten(snapshot))
        return {};
    return snapshot.theirs().value(m->modifiedByColumn).toString();
}

QVariant VersionedTableModel::changedAt(const ConflictSnapshot &snapshot) const
{
    if (m->modifiedAtColumn.isEmpty() || !m->auditWritten(snapshot))
        return {};
    return snapshot.theirs().value(m->modifiedAtColumn);
}
void VersionedTableModel::setLiveUpdates(bool enabled)
{
    m->live = enabled;
    m->subscribe();
}

bool VersionedTableModel::liveUpdates() const { return m->live; }
void VersionedTableModel::setRefreshCleanRows(bool enabled) { m->refreshClean = enabled; }
bool VersionedTableModel::refreshesCleanRows() const { return m->refreshClean; }

VersionedTableModel::LiveNotice VersionedTableModel::liveNotice() const
{
    if (!m->feed)
        return LiveNotice::Off;
    return m->feed->isLive() ? LiveNotice::Active : LiveNotice::Unavailable;
}

QString VersionedTableModel::liveNoticeReason() const
{
    return m->feed ? m->feed->unavailableReason() : QString();
}

bool VersionedTableModel::isChangedElsewhere(int row) const
{
    const QString key = m->keyOf(row);
    const ConflictSnapshot *c = m->records.conflict(key);
    return c && m->records.isElsewhere(key) && !c->isDeletedByOthers();
}

bool VersionedTableModel::isDeletedElsewhere(int row) const
{
    const QString key = m->keyOf(row);
    const ConflictSnapshot *c = m->records.conflict(key);
    return c && m->records.isElsewhere(key) && c->isDeletedByOthers();
}

ConflictSnapshot VersionedTableModel::changeElsewhere(int row) const
{
    return m->records.isElsewhere(m->keyOf(row)) ? conflict(row) : ConflictSnapshot();
}

} // namespace concord
