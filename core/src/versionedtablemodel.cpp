// VersionedTableModel: QSqlTableModel's write hooks made conditional on each row's version.
//
// How it fits into QSqlTableModel: every write still goes through the protected hooks
// (updateRowInTable, insertRowIntoTable, deleteRowFromTable), so QSqlTableModel's own
// submitAll(), the edit strategies and the views keep working. Each hook runs one conditional
// statement and keeps what the database answered (the new version, generated keys) as "pending".
// Once the row counts as saved, the pending record goes into QSqlTableModel's cache
// (selectRow() for QSqlTableModel's own loop, applyPending() for ours), so no SELECT is re-run.
#include <concord/versionedtablemodel.h>

#include "sqlerrorkind_p.h"
#include "versionedtablemodel_p.h"

#include <concord/tableschema.h>
#include <concord/threewaymerge.h>

#include <QSqlField>
#include <QSqlIndex>

namespace concord {

// ---------------------------------------------------------------------------------------------
// Public API

VersionedTableModel::VersionedTableModel(QObject *parent, const QSqlDatabase &db)
    : QSqlTableModel(parent, db), m(std::make_unique<Private>(this))
{
    qRegisterMetaType<ConflictSnapshot>();
}

VersionedTableModel::~VersionedTableModel()
{
    m->dropReader();
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
    return m->conflicts.values();
}

ConflictSnapshot VersionedTableModel::conflict(int row) const
{
    return m->conflicts.value(row);
}

bool VersionedTableModel::hasConflict(int row) const
{
    return m->conflicts.contains(row);
}

void VersionedTableModel::setTable(const QString &tableName)
{
    QSqlTableModel::setTable(tableName);
    m->refusal.clear();
    m->conflicts.clear();
    m->pending.clear();
    m->compareBase.clear();
    m->statements.clear();
    m->quoted.clear();
    m->quotedTable.clear();
    m->failure = FailureKind::None;
    const QSqlRecord rec = record();
    if (rec.isEmpty()) {
        m->refusal = tr("There is no table named %1.").arg(tableName);
    } else if (primaryKey().isEmpty()) {
        m->refusal = tr("Table %1 has no primary key, so a row cannot be told apart from its "
                        "copies and saving it safely is impossible. Add a primary key to edit it.")
                         .arg(tableName);
    } else if (rec.indexOf(m->versionColumn) < 0) {
        m->refusal = tr("Table %1 has no version column \"%2\". Add one to edit it safely: "
                        "ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 1")
                         .arg(tableName, m->versionColumn);
    }
    m->primaryKey.clear();
    const QSqlIndex pk = primaryKey();
    for (int i = 0; i < pk.count(); ++i)
        m->primaryKey << pk.fieldName(i);
    if (!m->refusal.isEmpty()) {
        m->fail(FailureKind::TableRefused,
                QSqlError(m->refusal, QString(), QSqlError::StatementError));
        return;
    }
    m->moveVersionLast();
    m->modifiedByColumn = TableSchema::modifiedByColumn(database(), tableName);
    m->modifiedAtColumn = TableSchema::modifiedAtColumn(database(), tableName);
}

bool VersionedTableModel::select()
{
    if (!m->refusal.isEmpty())
        return m->fail(FailureKind::TableRefused,
                       QSqlError(m->refusal, QString(), QSqlError::StatementError));
    if (tableName().isEmpty())
        return QSqlTableModel::select();

    const int vi = m->versionIndex();
    if (record().field(vi).requiredStatus() != QSqlField::Required) {
        // The column may hold NULLs: such a row could never be saved conditionally. Refuse,
        // and say how to fix it, rather than skip rows silently.
        QSqlQuery check(database());
        check.setForwardOnly(true);
        if (check.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NULL")
                           .arg(m->table(), m->field(m->versionColumn)))
            && check.next() && check.value(0).toLongLong() > 0) {
            return m->fail(FailureKind::TableRefused,
                           QSqlError(tr("%n row(s) of %1 have no version. Initialise them first: "
                                        "UPDATE %1 SET %2 = 1 WHERE %2 IS NULL", nullptr,
                                        check.value(0).toInt())
                                         .arg(tableName(), m->versionColumn),
                                     QString(), QSqlError::StatementError));
        }
    }

    QSqlQuery query(m->readerDatabase());
    const int limit = m->isPostgres() ? Private::firstPage : 0;
    if (!m->execSelect(&query, limit))
        return false;
    m->pageLimit = 0; // setQuery() prefetches through fetchMore(): no second page yet
    beginResetModel();
    m->cache()->cache.clear();
    m->conflicts.clear();
    m->pending.clear();
    m->compareBase.clear();
    m->failure = FailureKind::None;
    QSqlQueryModel::setQuery(std::move(query));
    endResetModel();
    m->pageLimit = limit;
    return !lastError().isValid();
}

QString VersionedTableModel::selectStatement() const
{
    if (tableName().isEmpty() || !m->refusal.isEmpty())
        return QSqlTableModel::selectStatement();
    const QSqlRecord rec = record();
    QStringList cols;
    for (int i = 0; i < rec.count(); ++i)
        cols << m->field(rec.fieldName(i));
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QStringLiteral(", ")), m->table());

    QStringList where;
    if (!filter().isEmpty())
        where << QLatin1Char('(') + filter() + QLatin1Char(')');
    m->selectBindings.clear();
    if (!m->textFilter.isEmpty()) {
        // Bound LIKE patterns, never the text itself in the SQL.
        QString pattern = m->textFilter;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        const QString like = m->isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
        QStringList any;
        for (int i = 0; i < rec.count(); ++i) {
            if (rec.fieldName(i) == m->versionColumn)
                continue;
            any << QStringLiteral("CAST(%1 AS TEXT) %2 ? ESCAPE '\\'").arg(m->field(rec.fieldName(i)), like);
            m->selectBindings << pattern;
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QString order = orderByClause();
    if (order.isEmpty() && m->isPostgres()) {
        // Pages must come in one stable order; PostgreSQL moves an updated row to the end.
        QStringList keys;
        for (const QString &key : std::as_const(m->primaryKey))
            keys << m->field(key);
        order = QStringLiteral("ORDER BY ") + keys.join(QStringLiteral(", "));
    }
    if (!order.isEmpty())
        sql += QLatin1Char(' ') + order;
    return sql;
}

bool VersionedTableModel::selectRow(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    if (m->pending.contains(row)) {
        // Our own save just ran: the cache gets what the database answered, no SELECT needed.
        m->applyPending(row);
        return true;
    }
    const QSqlRecord keys = primaryValues(row);
    if (keys.isEmpty())
        return QSqlTableModel::selectRow(row);
    QSqlRecord now;
    const Private::RowState state = m->readRow(keys, &now);
    if (state == Private::RowState::Unreadable)
        return false;
    m->cache()->cache[row].refresh(state == Private::RowState::Present, now);
    m->conflicts.remove(row);
    emit headerDataChanged(Qt::Vertical, row, row);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

int VersionedTableModel::columnCount(const QModelIndex &parent) const
{
    const int n = QSqlTableModel::columnCount(parent);
    if (parent.isValid() || !m->refusal.isEmpty() || n == 0)
        return n;
    return m->versionIndex() == n - 1 ? n - 1 : n;
}

bool VersionedTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    return m->hasMorePages() || QSqlTableModel::canFetchMore(parent);
}

void VersionedTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    if (m->hasMorePages() && !m->loadNextPage())
        return;
    QSqlTableModel::fetchMore(parent);
}

bool VersionedTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // The version belongs to the database: it is only ever advanced by a successful save.
    if (index.isValid() && index.column() == m->versionIndex())
        return false;
    return QSqlTableModel::setData(index, value, role);
}

bool VersionedTableModel::submit()
{
    if (editStrategy() == OnManualSubmit)
        return true;
    return submitAll();
}

void VersionedTableModel::setEditStrategy(EditStrategy strategy)
{
    QSqlTableModel::setEditStrategy(strategy);
    m->conflicts.clear();
}

bool VersionedTableModel::submitAll()
{
    return m->submitRows(m->dirtyRows(), editStrategy() == OnManualSubmit);
}

bool VersionedTableModel::reloadRow(int row)
{
    if (row < 0 || row >= rowCount())
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
    if (!snapshot.isValid() || snapshot.isDeletedByOthers())
        return false;
    auto &cached = m->cache()->cache;
    if (!cached.contains(row))
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
    if (!snapshot.isValid() || snapshot.isDeletedByOthers())
        return false;
    auto &cached = m->cache()->cache;
    if (!cached.contains(row))
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
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return m->saveResolution(row, snapshot.theirs(), before);
}

bool VersionedTableModel::recreateRow(int row)
{
    const ConflictSnapshot snapshot = conflict(row);
    if (!snapshot.isValid() || !snapshot.isDeletedByOthers())
        return false;
    QSqlRecord mine = snapshot.mine();
    for (int i = 0; i < mine.count(); ++i)
        mine.setGenerated(i, i != mine.indexOf(m->versionColumn));
    QSqlRecord stored;
    m->failure = FailureKind::None;
    if (!m->insertValues(mine, &stored))
        return false;
    m->pending.insert(row, stored);
    m->applyPending(row);
    setLastError(QSqlError());
    return true;
}

bool VersionedTableModel::discardRow(int row)
{
    if (row < 0 || row >= rowCount())
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

// ---------------------------------------------------------------------------------------------
// The write hooks

bool VersionedTableModel::updateRowInTable(int row, const QSqlRecord &values)
{
    QSqlRecord rec(values);
    emit beforeUpdate(row, rec);

    // Only fields whose value really differs are written: a field set back to what it was,
    // or a mapper writing every editor back, must not bump the version or conflict.
    const QSqlRecord base = m->compareBase.value(row, m->original(row));
    const int vi = m->versionIndex();
    QList<int> written;
    for (int i = 0; i < rec.count(); ++i) {
        if (i == vi || !rec.isGenerated(i))
            continue;
        const QString name = rec.fieldName(i);
        if (!base.contains(name) || !ThreeWayMerge::sameValue(rec.value(i), base.value(name)))
            written << i;
    }
    if (written.isEmpty()) {
        m->pending.insert(row, rec); // nothing to send: the row stays at its version
        return true;
    }
    // Who/when go along with a real change, never alone.
    m->stampAudit(rec, false);
    for (const QString &audit : {m->modifiedByColumn, m->modifiedAtColumn}) {
        const int i = audit.isEmpty() ? -1 : rec.indexOf(audit);
        if (i >= 0 && rec.isGenerated(i) && !written.contains(i))
            written << i;
    }
    QStringList sets;
    QVariantList binds;
    for (int i : std::as_const(written)) {
        sets << m->field(rec.fieldName(i)) + QStringLiteral(" = ?");
        binds << rec.value(i);
    }
    const QString versionField = m->field(m->versionColumn);
    sets << versionField + QStringLiteral(" = ") + versionField + QStringLiteral(" + 1");
    const QVariant version = values.value(vi);
    const QString where = m->whereKeyAndVersion(&binds, row, version);
    // The new version is computed, not read back: the WHERE clause pins the old one, so one
    // affected row means the database now holds exactly version + 1. A RETURNING clause would
    // make every save fetch a result set, which costs PostgreSQL about as much as the UPDATE.
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                            .arg(m->table(), sets.join(QStringLiteral(", ")), where);
    m->detachReader();
    QSqlQuery *query = m->prepare(sql);
    if (!query)
        return false;
    for (const QVariant &v : std::as_const(binds))
        query->addBindValue(v);
    if (!query->exec())
        return m->failWithSqlError(query->lastError());
    const int affected = query->numRowsAffected();
    query->finish();
    if (affected != 1)
        return m->reportConflict(row, ConflictSnapshot::Operation::Update, values);
    const QVariant newVersion = version.toLongLong() + 1;
    rec.setValue(vi, newVersion);
    m->pending.insert(row, rec);
    return true;
}

bool VersionedTableModel::insertRowIntoTable(const QSqlRecord &values)
{
    QSqlRecord rec(values);
    emit beforeInsert(rec);
    const int row = m->cacheRowOf(values);
    QSqlRecord stored;
    if (!m->insertValues(rec, &stored))
        return false;
    if (row >= 0)
        m->pending.insert(row, stored);
    return true;
}

bool VersionedTableModel::deleteRowFromTable(int row)
{
    emit beforeDelete(row);
    // A resolution ("delete anyway") deletes against their version; otherwise against ours.
    const QSqlRecord loaded = m->compareBase.value(row, m->original(row));
    QVariantList binds;
    const QString where = m->whereKeyAndVersion(&binds, row, loaded.value(m->versionColumn));
    m->detachReader();
    QSqlQuery *query = m->prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(m->table(), where));
    if (!query)
        return false;
    for (const QVariant &v : std::as_const(binds))
        query->addBindValue(v);
    if (!query->exec())
        return m->failWithSqlError(query->lastError());
    const int affected = query->numRowsAffected();
    query->finish();
    if (affected == 1) {
        m->pending.insert(row, QSqlRecord());
        return true;
    }
    QSqlRecord now;
    const Private::RowState state = m->readRow(primaryValues(row), &now);
    if (state == Private::RowState::Unreadable)
        return false;
    if (state == Private::RowState::Gone) {
        // Deleted by someone else too: what I wanted has happened, and no one's work is lost.
        m->pending.insert(row, QSqlRecord());
        return true;
    }
    return m->reportConflict(row, ConflictSnapshot::Operation::Delete, loaded);
}

} // namespace concord
