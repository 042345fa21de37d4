// VersionedTableModel's private state and the steps every write shares (not installed).
#pragma once

#include <concord/versionedtablemodel.h>

#include "tablemodelcache_p.h"

#include <QHash>
#include <QSqlDriver>
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
    QDateTime auditTime;        // invalid: now
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
    // PostgreSQL hands a whole result to the client at once, so select() reads it in pages:
    // LIMIT pageLimit, the limit growing fourfold each time the view wants more rows.
    static constexpr int firstPage = 1024;
    int pageLimit = 0;

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
    bool execSelect(QSqlQuery *query, int limit);
    bool hasMorePages() const;
    bool loadNextPage();
    void dropReader();
    void detachReader();
    bool fail(FailureKind kind, const QSqlError &error);
    bool failWithSqlError(const QSqlError &error);
    // The row as the database holds it now, read by its key on the writing connection.
    enum class RowState { Present, Gone, Unreadable };
    RowState readRow(const QSqlRecord &keyValues, QSqlRecord *now);
    bool reportConflict(int row, ConflictSnapshot::Operation op, const QSqlRecord &mine);
    void stampAudit(QSqlRecord &values, bool forInsert) const;
    bool insertValues(const QSqlRecord &values, QSqlRecord *stored);
    void applyPending(int row);
    int cacheRowOf(const QSqlRecord &values) const;
    QList<int> dirtyRows() const;
    bool submitRows(const QList<int> &rows, bool transactional);
    void dropEdits(int row);
    bool saveResolution(int row, const QSqlRecord &base, const CachedRow &before);
    void emitDeferred();
};

} // namespace concord
