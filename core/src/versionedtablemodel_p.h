// VersionedTableModel's private state and the steps every write shares (not installed).
#pragma once

#include <optional>

#include <concord/changefeed.h>
#include <concord/columnbounds.h>
#include <concord/databaseconnector.h>
#include <concord/versionedtablemodel.h>

#include "recordkey_p.h"
#include "recordstates_p.h"
#include "rowstore_p.h"
#include "sqlidentifier_p.h"
#include "tablemodelcache_p.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>

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
    QString operatorName = DatabaseConnector::loginName();
    SubmitPolicy policy = SubmitPolicy::AbortAll;
    VersionStrategy wantedStrategy = VersionStrategy::Automatic;
    VersionStrategy strategy = VersionStrategy::Client; // in use, decided by setTable()
    QString readOnly;           // why the table cannot be saved to, if it cannot
    QString versionName;        // the version in use: the column, "xmin", or empty (versionless)
    bool auditByServer = false; // a PostgreSQL trigger fills who/when: the client never does
    bool live = true;
    bool refreshClean = false;  // opt-in: clean rows take others' changes in place
    bool multiRowEditing = false; // setMultiRowEditing(): OnRowChange's one-row rule is off
    QPointer<ChangeFeed> feed;
    QList<QMetaObject::Connection> feedConnections;
    LiveNotice notice = LiveNotice::Off; // as last announced by liveNoticeChanged()
    QString noticeReason;
    // Changes heard while a save of ours ran (a slot of it processed events): taken once it ends.
    QList<RecordChange> deferredChanges;
    bool recheckDeferred = false;
    bool deferredQueued = false;
    FailureKind failure = FailureKind::None;
    QString failedField;
    QHash<QString, ColumnBounds> bounds; // by column name, as declared (see ColumnBounds)
    // The columns and values of the statement being sent: a value the server refuses as too
    // long or too large (22001, 22003) names no column, so failWithSqlError() finds it here.
    QList<QPair<QString, QVariant>> sending;
    QString refusal;            // why setTable() refused the table, if it did
    QString modifiedByColumn;
    QString modifiedAtColumn;
    QStringList primaryKey;     // column names
    QList<int> keyColumns;      // their indexes in record()
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    detail::RecordStates records; // per record, by key, never by row
    // Within one save only (rows cannot move then, see `busy`): what the database holds now.
    // What a write left in the database, until the batch it belongs to stands.
    struct Saved
    {
        int row = -1;
        QSqlRecord values;   // the row now; empty (and no `stored`): deleted
        QVariant version;    // the new version, when `values` still holds the old one
        QVariantList stored; // or, for a row of the row store, its new values in column order
        // False when nothing was sent (a save without changes, a delete of a record gone
        // already): there is nothing to publish, and a publication no notification of ours will
        // ever echo would stay in the feed and be taken for the next writer's change of the key.
        bool wrote = true;
        bool deleted() const { return values.isEmpty() && stored.isEmpty(); }
        QSqlRecord record(const QSqlRecord &layout) const;
    };
    QList<Saved> pending; // in the order the rows were written
    QSet<int> appliedInHook;    // saved through QSqlTableModel's own loop: no re-read needed
    bool ownLoop = false;       // submitRows() is running the write hooks
    int insertRow = -1;         // the row submitRows() is inserting
    // While a write is under way, calls from slots that would renumber or reload rows are refused:
    // the write holds row numbers and cache entries that must stay valid until it ends.
    int busy = 0;
    int deferDepth = 0;         // conflictDetected is emitted once the outermost write ends
    QList<ConflictSnapshot> deferredConflicts;
    quint64 rowsEpoch = 0;      // moves whenever rows are inserted, removed or reset
    quint64 resetEpoch = 0;     // moves on every model reset
    mutable int insertedMemo = -1; // inserted rows in QSqlTableModel's cache; -1: count again
    detail::RowStore *rows = nullptr; // owned by the query model's QSqlQuery
    QHash<QString, QSqlQuery> statements; // prepared once per statement text
    QHash<QList<int>, QSqlQuery> updates; // UPDATEs, by the columns they write
    quint64 statementsGeneration = 0; // the connection's reopen count they were prepared under
    bool inBatch = false;       // submitRows() has a transaction open: a lost session rolled it back

    QSqlTableModelPrivate *cache() const { return detail::tableModelPrivate(q->d_ptr.data()); }
    // A statement of the model's own. NUMERIC comes as the text the server sends (QPSQL's
    // HighPrecision), never as a double: a value beyond 15 digits must round-trip exactly, or
    // an edit of its last digit would look like no change and a key would find no row.
    QSqlQuery newQuery() const
    {
        QSqlQuery query(q->database());
        query.setNumericalPrecisionPolicy(QSql::HighPrecision);
        return query;
    }
    QSqlDriver *driver() const { return q->database().driver(); }
    // Quoted identifiers are worked out once per table: a save builds its statement from them,
    // and the driver allocates anew on every call. All quoting goes through sqlidentifier_p.h.
    mutable QHash<QString, QString> quoted;
    mutable QString quotedTable;
    QString field(const QString &name) const
    {
        auto it = quoted.constFind(name);
        if (it == quoted.constEnd())
            it = quoted.insert(name, detail::quoteIdentifier(q->database(), name));
        return *it;
    }
    // The table as the catalog names it, schema included (setTable() resolves it): what every
    // statement names, and what change records are matched against, so that a table of the
    // same name in another schema or attached database is never taken for this one.
    detail::TableName resolved;
    QString table() const
    {
        if (quotedTable.isEmpty())
            quotedTable = resolved.name.isEmpty() ? detail::quoteTableName(q->database(), q->tableName())
                                                  : detail::quoteTable(q->database(), resolved);
        return quotedTable;
    }
    QString tableOnly() const { return resolved.name; }
    QString schemaName() const { return resolved.schema; }
    void resolveTable(const QString &tableName)
    {
        const std::optional<detail::TableName> found = detail::resolveTable(q->database(), tableName);
        resolved = found ? *found : detail::TableName{};
    }
    bool isPostgres() const { return driver()->dbmsType() == QSqlDriver::PostgreSQL; }
    bool isSqlite() const { return driver()->dbmsType() == QSqlDriver::SQLite; }
    bool countsVersion() const
    {
        return strategy == VersionStrategy::Client || strategy == VersionStrategy::Trigger;
    }
    // What a statement reads and compares as the version: xmin is read as a bigint (it is an xid).
    QString versionExpr() const
    {
        return strategy == VersionStrategy::Xmin ? QStringLiteral("CAST(CAST(xmin AS text) AS bigint)")
                                                 : field(versionName);
    }
    // What a statement reads for a column: xmin as a number, and a PostgreSQL date-time key as
    // its text, which is exact (QPSQL's QDateTime keeps milliseconds, the column microseconds:
    // rows would merge and no save would find its row). NUMERIC is exact through newQuery().
    QString valueExpr(const QString &name) const
    {
        if (strategy == VersionStrategy::Xmin && name == versionName)
            return versionExpr();
        if (keysAsText.contains(name))
            return QStringLiteral("CAST(%1 AS text)").arg(field(name));
        return field(name);
    }
    QSet<QString> keysAsText; // key columns read as text (see valueExpr)
    // PostgreSQL TIMESTAMP (without time zone) columns: written as wall-clock text (wallclock_p.h).
    QSet<QString> wallClock;
    // A value as a statement binds it into column `name`.
    QVariant bindable(const QString &name, const QVariant &value) const;
    // A column as a SELECT or RETURNING list names it (xmin under its own name).
    QString columnExpr(const QString &name) const
    {
        const QString value = valueExpr(name);
        const QString plain = field(name);
        return value == plain ? plain : value + QStringLiteral(" AS ") + plain;
    }
    // The column in a WHERE or ORDER BY term.
    QString columnRef(const QString &name) const
    {
        return strategy == VersionStrategy::Xmin && name == versionName ? versionExpr() : field(name);
    }
    QList<detail::KeyKind> keyKinds; // how each key part is spelled in a record key
    int versionAt = -1;           // the version column's index in record(), set by setTable()
    int versionIndex() const { return versionAt; }
    void locateVersion() { versionAt = versionName.isEmpty() ? -1 : q->record().indexOf(versionName); }
    QList<QMetaType> columnTypes; // of record(), read once at setTable()

    // Rows and records
    detail::RowStore *store() const;
    int insertedRows() const;
    int storeRow(int row) const;
    QString keyOf(int row) const;
    int rowOfKey(const QString &key) const;
    // The key the row's record has in the database, as far as this model knows: the one shown
    // before any edit, or the one another writer renumbered it to (rekeyRow). What a statement
    // finds the record by.
    QSqlRecord databaseKey(int row) const;
    // Another writer renumbered the record at `row` from key `from` to `to` (values in key
    // order): the row and what is known about it follow. False when the row cannot be re-keyed.
    bool rekeyRow(int row, const QString &from, const QVariantList &to);
    QSqlRecord storedRecord(int storeRow) const;
    QSqlRecord original(int row) const;
    void structureChanged(bool reset);
    void clearRecordState();
    bool refuseWhileBusy();

    // Reading
    QString checkTable();
    QString checkRows();
    QString whereClause(QVariantList *binds, bool bound) const;
    // The foreign keys whose referenced rows have a name to show, read from the catalog the
    // first time the text filter or a sort by names needs them, then kept (setTable() forgets).
    struct Reference
    {
        QString column;      // in this table, unquoted
        QString table;       // the referenced table, quoted
        QString key;         // its referenced column, quoted
        QString name;        // its display column, quoted
    };
    const QList<Reference> &referenceNames() const;
    mutable std::optional<QList<Reference>> references;
    bool sortByNames = false;
    // For the text filter: "fk IN (SELECT key FROM referenced WHERE CAST(name AS TEXT)
    // <comparison>)" per reference, `comparison` being the filter's ("GLOB ?").
    QStringList referenceFilterTerms(const QString &comparison) const;
    // The name a foreign key column's row refers to, as an ORDER BY term; empty for another column.
    QString referenceSortTerm(const QString &column) const;
    std::unique_ptr<detail::RowStore> makeStore() const;
    // The collation the sort column's ORDER BY term names, or empty for the backend's own.
    QString sortCollation() const;
    QSqlError readError(const QSqlError &error) const;
    // What messages call a column: its horizontal header, which is the column's name unless the
    // application gave it a label (setHeaderData), so messages read as the grid and form do.
    QString columnTitle(const QString &field) const;

    // Writing
    void moveVersionLast();
    QString keyAndVersionCondition() const;
    void bindKeyAndVersion(QSqlQuery *query, int row, const QVariant &version) const;
    QSqlQuery *updateStatement(const QList<int> &written);
    QSqlQuery *prepare(const QString &sql);
    bool fail(FailureKind kind, const QSqlError &error);
    // `failed`, the statement that failed, lets a PostgreSQL constraint error name its column.
    bool failWithSqlError(const QSqlError &error, const QSqlQuery *failed = nullptr);
    bool failRefused();
    bool failReadOnly();
    // Fails (ConstraintViolation, failedField set) when a value of `columns` cannot go into its
    // column: a text that is no number in a number column, a text over VARCHAR(n)'s length.
    bool refuseUnfitValues(const QSqlRecord &rec, const QList<int> &columns);
    // A delete the database refused: a foreign key there means other rows refer to this one.
    bool failDelete(int row, const QSqlError &error);
    QStringList referrers(int row, int *total) const;
    // The who/when columns of a snapshot's "theirs" were written by that save (see changedBy()).
    bool auditWritten(const ConflictSnapshot &snapshot) const;
    // The who/when columns differ between two states of a row: the later save wrote them.
    bool auditMoved(const QSqlRecord &before, const QSqlRecord &after) const;
    bool isAuditColumn(const QString &name) const
    {
        return (!modifiedByColumn.isEmpty() && name == modifiedByColumn)
               || (!modifiedAtColumn.isEmpty() && name == modifiedAtColumn);
    }
    // Versionless saves
    QHash<QString, QString> sqlTypes; // PostgreSQL: each column's type, as format_type() gives it
    QSet<QString> collatable;         // PostgreSQL: the columns that have a collation
    void readColumnTypes();
    QString compareTerm(int column, const QVariant &original) const;
    QSqlQuery *versionlessUpdate(const QList<int> &written, const QList<int> &compared,
                                 const QVariantList &originals);
    QSqlQuery *versionlessDelete(const QList<int> &compared, const QVariantList &originals);
    // xmin and server-filled who/when are read back with RETURNING, in this column order.
    bool returnsOnUpdate() const { return strategy == VersionStrategy::Xmin || auditByServer; }
    QList<int> returnedColumns() const;
    QString returningClause() const;
    // The row as the database holds it now, read by its key.
    enum class RowState { Present, Gone, Unreadable };
    RowState readRow(const QSqlRecord &keyValues, QSqlRecord *now);
    // knownDeleted: the record is known to be gone (a DeletedByOthers conflict or mark), and
    // the row now at its key, if any, is another record: no re-read.
    bool reportConflict(int row, ConflictSnapshot::Operation op, const QSqlRecord &mine,
                        bool knownDeleted = false);
    // `values` (a snapshot's record) in the model's column order, as the store keeps rows.
    QSqlRecord layoutRecord(const QSqlRecord &values) const;
    // A row without edits takes `theirs` (in layout order) as its stored values and version,
    // its record's marks are settled, and views are told.
    void takeTheirs(int row, const QSqlRecord &theirs);
    // The key of a record other than `original`'s own that holds every other value of it as
    // read (the version and who/when aside), shown as "id = 10"; empty when there is none, or
    // when that cannot be read. What a renumbering that looked like a delete leaves behind.
    QString keyElsewhere(const QSqlRecord &original);
    void stampAudit(QSqlRecord &values, bool forInsert) const;
    // Who a save is written as when no operator name is known (no login name either).
    static QString defaultOperatorName() { return QStringLiteral("unknown"); }
    bool insertValues(const QSqlRecord &values, QSqlRecord *stored);
    void savedInHook(Saved saved);
    void applySaved(const Saved &saved);
    void rememberStored(int row, const QSqlRecord &values, const QVariant &version = {});
    void announceSaved(int row);
    int cacheRowOf(const QSqlRecord &values) const;
    QList<int> dirtyRows() const;
    bool submitRows(const QList<int> &rows, bool transactional);
    void dropEdits(int row);
    bool saveResolution(int row, const QSqlRecord &base, const CachedRow &before);
    void emitDeferred();

    // Lost connections (versionedtablemodel_recovery.cpp)
    // Reopens the connection if a failure marked it broken; drops statements of a closed session.
    bool ensureConnection();
    void dropStaleStatements();
    // What a write whose answer never came did: the row, read again on a new session, tells.
    enum class LostWrite { Applied, NotApplied, Changed, Unknown };
    LostWrite settleLostUpdate(int row, const QList<int> &written, const QVariantList &sent,
                               const QVariant &version, QVariantList *returned);
    // The same for a batch whose COMMIT went unanswered: all of `pending` stands, or none of it.
    LostWrite settleLostCommit(QSqlError *error);
    bool holdsSaved(const Saved &saved);
    // An update whose answer was lost while the database stayed out of reach, by record key:
    // if it did arrive, the next save meets the row at version + 1 holding what it sent.
    struct UnsettledUpdate
    {
        qlonglong version = 0;
        QList<int> written;
        QVariantList sent;
    };
    QHash<QString, UnsettledUpdate> unsettled;
    bool wasOwnLostUpdate(int row, qlonglong version);

    // Live awareness (versionedtablemodel_live.cpp)
    void subscribe();
    QVariantList keyValuesOf(const QSqlRecord &rec) const;
    RecordChange changeOf(const QSqlRecord &now, const QVariantList &key) const;
    void publish(const QList<RecordChange> &changes);
    int rowOfRecord(const QString &key) const;
    // True when a published change carries a value for every column this model shows.
    bool coversColumns(const QSqlRecord &values) const;
    void takeChange(const RecordChange &change);
    void applyChange(int row, const QString &key, const QSqlRecord &theirs, RecordChange change);
    void recheckLoaded();
    void recheckRow(int row);
    void applyRead(int row, const QString &key, const QSqlRecord &read);
    // Ends one level of `busy`; the outermost takes what was heard meanwhile, once back in the
    // event loop.
    void leaveBusy();
    void takeDeferred();
    void announceNotice();
    RecordChange changeOfSaved(const Saved &saved) const;
    // Who and when of another program's change, from the row's who/when columns where the change
    // wrote them; else unknown (empty), never the previous writer's.
    void describeWriter(RecordChange *change, const QSqlRecord &held, const QSqlRecord &theirs) const;

    // Publishing on commit (versionedtablemodel_commit.cpp)
    bool callerTransactionOpen() const;
    QList<RecordChange> held;         // saves inside the application's open transaction
    // Per held change: made inside that transaction (false: held only to keep the order, made
    // in autocommit after it, and so committed whatever the database holds by now).
    QList<bool> heldInTransaction;
    std::unique_ptr<QTimer> commitWatch;
    void holdUntilCommit(const QList<RecordChange> &changes, bool inTransaction);
    void settleHeld();
    RowState readQuietly(const QVariantList &key, QSqlRecord *now) const;
    bool isAsSaved(const RecordChange &change, const QSqlRecord &now) const;
    void undoRolledBack(const RecordChange &change, const QSqlRecord &now);
};

} // namespace concord
