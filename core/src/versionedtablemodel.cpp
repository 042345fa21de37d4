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
#include "tablemodelcache_p.h"

#include <concord/tableschema.h>
#include <concord/threewaymerge.h>

#include <QDateTime>
#include <QHash>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

namespace concord {

using detail::CachedRow;
using detail::CacheOp;

class VersionedTableModel::Private
{
public:
    explicit Private(VersionedTableModel *q) : q(q) {}

    VersionedTableModel *q;
    QString versionColumn = QStringLiteral("version");
    QString textFilter;
    QString operatorName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    SubmitPolicy policy = SubmitPolicy::AbortAll;
    FailureKind failure = FailureKind::None;
    QString failedField;
    QString refusal;            // why setTable() refused the table, if it did
    QString modifiedByColumn;
    QString modifiedAtColumn;
    QStringList primaryKey;     // column names
    mutable QVariantList selectBindings; // values for the placeholders of selectStatement()

    QHash<int, ConflictSnapshot> conflicts;
    QHash<int, QSqlRecord> pending;    // row -> what the database holds after our write
    QHash<int, QSqlRecord> compareBase; // row -> values a resolution writes against (theirs)
    QHash<int, QSqlRecord> resolutionMine; // row -> the user's edits while a resolution is tried
    bool deferSignals = false;
    QList<ConflictSnapshot> deferredConflicts;
    QHash<QString, QSqlQuery> statements; // prepared once per statement text
    QString readerName;         // SQLite in WAL mode: the connection that runs select()

    QSqlTableModelPrivate *cache() const { return detail::tableModelPrivate(q->d_ptr.data()); }
    QSqlDriver *driver() const { return q->database().driver(); }
    // Quoted identifiers are asked of the driver once per table: a save builds its statement
    // from them, and the driver allocates anew on every call.
    mutable QHash<QString, QString> quoted;
    mutable QString quotedTable;
    QString field(const QString &name) const
    {
        auto it = quoted.constFind(name);
        if (it == quoted.constEnd())
            it = quoted.insert(name, driver()->escapeIdentifier(name, QSqlDriver::FieldName));
        return *it;
    }
    QString table() const
    {
        if (quotedTable.isEmpty())
            quotedTable = driver()->escapeIdentifier(q->tableName(), QSqlDriver::TableName);
        return quotedTable;
    }
    bool isPostgres() const { return driver()->dbmsType() == QSqlDriver::PostgreSQL; }
    int versionIndex() const { return q->record().indexOf(versionColumn); }

    void moveVersionLast();
    QSqlRecord original(int row) const;
    QString whereKeyAndVersion(QVariantList *binds, int row, const QVariant &version) const;
    QSqlQuery *prepare(const QString &sql);
    QSqlDatabase readerDatabase();
    void dropReader();
    void detachReader();
    bool fail(FailureKind kind, const QSqlError &error);
    bool failWithSqlError(const QSqlError &error);
    QSqlRecord readRow(const QSqlRecord &keyValues, bool *exists);
    bool reportConflict(int row, ConflictSnapshot::Operation op, const QSqlRecord &mine);
    void stampAudit(QSqlRecord &values, bool forInsert) const;
    bool insertValues(const QSqlRecord &values, QSqlRecord *stored);
    void applyPending(int row);
    int cacheRowOf(const QSqlRecord &values) const;
    QList<int> dirtyRows() const;
    bool submitRows(const QList<int> &rows, bool transactional);
    bool saveResolution(int row, const QSqlRecord &base, const CachedRow &before);
    void emitDeferred();
};

// ---------------------------------------------------------------------------------------------
// Private helpers

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
    const bool constraint = detail::classify(error) == detail::SqlErrorKind::ConstraintViolation;
    return fail(constraint ? FailureKind::ConstraintViolation : FailureKind::Database, plain);
}

QSqlRecord VersionedTableModel::Private::readRow(const QSqlRecord &keyValues, bool *exists)
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
    *exists = query.exec() && query.next();
    if (!query.isActive())
        failWithSqlError(query.lastError());
    return *exists ? query.record() : QSqlRecord();
}

bool VersionedTableModel::Private::reportConflict(int row, ConflictSnapshot::Operation op,
                                                  const QSqlRecord &mine)
{
    bool exists = false;
    const QSqlRecord theirs = readRow(q->primaryValues(row), &exists);
    if (!exists && failure == FailureKind::Database)
        return false; // the re-read itself failed: report that, not a conflict
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
        QDateTime now = QDateTime::currentDateTime();
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
    detachReader();
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
    if (abort && inTransaction) {
        db.rollback();
        for (int row : std::as_const(saved))
            pending.remove(row);
        saved.clear();
    } else if (inTransaction && !db.commit()) {
        const QSqlError commitError = db.lastError();
        db.rollback();
        for (int row : std::as_const(saved))
            pending.remove(row);
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

    const QString sql = selectStatement();
    QSqlQuery query(m->readerDatabase());
    if (!query.prepare(sql)) {
        m->failWithSqlError(query.lastError());
        return false;
    }
    for (const QVariant &v : std::as_const(m->selectBindings))
        query.addBindValue(v);
    if (!query.exec()) {
        m->failWithSqlError(query.lastError());
        return false;
    }
    beginResetModel();
    m->cache()->cache.clear();
    m->conflicts.clear();
    m->pending.clear();
    m->compareBase.clear();
    m->failure = FailureKind::None;
    QSqlQueryModel::setQuery(std::move(query));
    endResetModel();
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
    const QString order = orderByClause();
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
    bool exists = false;
    const QSqlRecord keys = primaryValues(row);
    if (keys.isEmpty())
        return QSqlTableModel::selectRow(row);
    const QSqlRecord now = m->readRow(keys, &exists);
    if (!exists && m->failure == FailureKind::Database)
        return false;
    m->cache()->cache[row].refresh(exists, now);
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
    revertRow(row);
    m->conflicts.remove(row);
    m->compareBase.remove(row);
    m->pending.remove(row);
    bool exists = false;
    m->readRow(primaryValues(row), &exists);
    if (!exists)
        return discardRow(row);
    return selectRow(row);
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
    revertRow(row);
    m->conflicts.remove(row);
    m->compareBase.remove(row);
    m->pending.remove(row);
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
    QStringList sets;
    QVariantList binds;
    bool changed = false;
    for (int i = 0; i < rec.count(); ++i) {
        if (i == vi || !rec.isGenerated(i))
            continue;
        const QString name = rec.fieldName(i);
        if (base.contains(name) && ThreeWayMerge::sameValue(rec.value(i), base.value(name)))
            continue;
        changed = true;
    }
    if (!changed) {
        m->pending.insert(row, rec); // nothing to send: the row stays at its version
        return true;
    }
    m->stampAudit(rec, false);
    for (int i = 0; i < rec.count(); ++i) {
        if (i == vi || !rec.isGenerated(i))
            continue;
        const QString name = rec.fieldName(i);
        const bool audit = name == m->modifiedByColumn || name == m->modifiedAtColumn;
        if (!audit && base.contains(name) && ThreeWayMerge::sameValue(rec.value(i), base.value(name)))
            continue;
        sets << m->field(name) + QStringLiteral(" = ?");
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
    bool exists = false;
    m->readRow(primaryValues(row), &exists);
    if (!exists && m->failure != FailureKind::Database) {
        // Deleted by someone else too: what I wanted has happened, and no one's work is lost.
        m->pending.insert(row, QSqlRecord());
        return true;
    }
    return m->reportConflict(row, ConflictSnapshot::Operation::Delete, loaded);
}

} // namespace concord
