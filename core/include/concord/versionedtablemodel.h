// A QSqlTableModel that never loses an update: every save and delete is conditional on the row's version.
#pragma once

#include <concord/concord_core_export.h>
#include <concord/conflictsnapshot.h>
#include <concord/recordchange.h>
#include <concord/versionstrategy.h>

#include <QDateTime>
#include <QSqlTableModel>
#include <QVariantMap>

#include <memory>

namespace concord {

class CONCORD_CORE_EXPORT VersionedTableModel : public QSqlTableModel
{
    Q_OBJECT
public:
    // What went wrong with the last save, beyond lastError()'s text. That text names a column
    // by its horizontal header: give columns labels with setHeaderData() (after setTable()) and
    // the messages use them; lastFailedField() always gives the column's name.
    enum class FailureKind {
        None,
        ChangedByOthers,     // conflict: the row was saved by someone else since it was loaded
        DeletedByOthers,     // conflict: the row was deleted by someone else
        ConstraintViolation, // UNIQUE, NOT NULL, FOREIGN KEY or CHECK: fix the input
        TableRefused,        // setTable/select refused the table (no key, no version column...)
        Locked,              // another program holds a lock past the busy/lock timeout: try again
        Database             // anything else: lost connection, syntax...
    };
    Q_ENUM(FailureKind)

    // Under OnManualSubmit, what submitAll() does when some rows conflict.
    enum class SubmitPolicy { AbortAll, SaveTheRest };
    Q_ENUM(SubmitPolicy)

    explicit VersionedTableModel(QObject *parent = nullptr, const QSqlDatabase &db = QSqlDatabase());
    ~VersionedTableModel() override;

    // The integer column that holds each row's version; "version" by default. Set before setTable().
    void setVersionColumn(const QString &name);
    QString versionColumn() const;
    // The version column's index in record(); it lies past columnCount(), so views never see it.
    int versionColumnIndex() const;
    // The version this model holds for a row: the one its next save will be conditional on.
    QVariant rowVersion(int row) const;

    // How rows are versioned; set before setTable(). Automatic (the default) detects it there:
    // - a version column with Concord's version trigger: Trigger; without one: Client;
    // - no version column but a primary key: Xmin on PostgreSQL, Versionless elsewhere;
    // - no primary key: the table opens read-only (isReadOnly() says why).
    // A strategy set explicitly that the table cannot serve makes setTable() refuse the table.
    void setVersionStrategy(VersionStrategy strategy);
    // The strategy in use since setTable() (never Automatic once a table is set).
    VersionStrategy versionStrategy() const;
    // A table without a primary key is shown but cannot be saved to: nothing tells its rows apart.
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // The table's who/when columns (modified_by, modified_at...), empty if it has none.
    QString modifiedByColumn() const;
    QString modifiedAtColumn() const;
    // Who and when saved "theirs" of a conflict or a change elsewhere, from the who/when columns,
    // and only where that save wrote them (they moved from the snapshot's original): a program
    // that leaves them alone leaves the previous writer's name there. Empty (null) when unknown:
    // say "another program", never a stale name.
    QString changedBy(const ConflictSnapshot &snapshot) const;
    QVariant changedAt(const ConflictSnapshot &snapshot) const;

    // Live awareness: the model listens to its database's ChangeFeed (on by default).
    // When another writer changes or deletes a record this model shows, the row is marked
    // changed (or deleted) elsewhere, with a snapshot ready for the conflict dialog, and
    // recordChangedElsewhere() is emitted. Its values and version stay as they were read: the
    // model's values change only at select(), its own saves and resolutions, or a refresh the
    // application asks for, so a save is always checked against the version of the values its
    // maker could have seen. An edit of such a row saved later meets the change as a conflict.
    void setLiveUpdates(bool enabled);
    bool liveUpdates() const;
    // Opt-in: a row without edits takes the other writer's values and version in place
    // (dataChanged for that row) instead of being marked. For views whose user sees the rows,
    // which should then show which cells changed. A row with edits is marked, as above. Off by
    // default, as in QSqlTableModel a row's values change only when the application asks.
    void setRefreshCleanRows(bool enabled);
    bool refreshesCleanRows() const;
    // Under OnRowChange, QSqlTableModel lets only the row that has edits take more (flags()).
    // While this is on, every row takes edits, so that one action of the user (a paste over
    // several rows) edits them together; the next submit() saves them all in one transaction,
    // as it saves any dirty rows. Turn it off again right after that action.
    void setMultiRowEditing(bool enabled);
    bool isMultiRowEditing() const;
    // Whether changes made elsewhere reach this model now:
    // - Off: live updates are off, or the table is not followed (none set, refused, read-only);
    // - Active: other windows' saves and other programs' commits are heard;
    // - Unavailable: only this process's saves are heard, and liveNoticeReason() says why
    //   (PostgreSQL: LISTEN refused, e.g. behind a transaction pooler, or the session lost and
    //   not reopened yet; SQLite: no open connection to watch). Once it is Active again, the
    //   rows held are re-read, since what changed in between was never announced.
    enum class LiveNotice { Off, Active, Unavailable };
    Q_ENUM(LiveNotice)
    LiveNotice liveNotice() const;
    QString liveNoticeReason() const; // plain words, empty unless Unavailable
    bool isChangedElsewhere(int row) const; // its record changed since the row was read or saved
    bool isDeletedElsewhere(int row) const; // its record was deleted by someone else
    // The pending change of a row as a conflict: original, mine and theirs. Resolving it
    // (reloadRow, mergeRow, overwriteRow, recreateRow, discardRow) works as after a save.
    ConflictSnapshot changeElsewhere(int row) const;

    // The row as the database held it at the last read or save, without the edits: what its
    // next save is conditional on.
    QSqlRecord originalRecord(int row) const;
    // Puts back edits made earlier on `row`'s record (a draft kept across a crash): the row is
    // taken as loaded at `baseVersion`, its edited fields as holding `originals` then, and
    // `edits` go on top. The next save is conditional on that state, so if the record changed
    // since, the save conflicts as usual (original: the draft's, theirs: the row now) and
    // overwrites nothing. False when the row has edits already, is not a read row, or a field
    // is unknown or the version column.
    bool restoreEdits(int row, const QVariant &baseVersion, const QVariantMap &originals,
                      const QVariantMap &edits);

    // What a row's header says about its record: its edits, and what others did to it. Asked of
    // the record, not the row number, so it follows the record when rows move.
    enum class RowState {
        Clean,            // as loaded or last saved
        Edited,           // has unsaved edits
        Inserted,         // new, not saved yet
        Deleted,          // marked for deletion, not saved yet (OnManualSubmit)
        Conflict,         // its last save met someone else's change or delete
        ChangedElsewhere, // has edits, and someone else saved the record since
        DeletedElsewhere  // someone else deleted the record
    };
    Q_ENUM(RowState)
    RowState rowState(int row) const;

    // How many rows the model shows once every page is read, known since select() without
    // reading them (rowCount() grows page by page, as in QSqlTableModel): "Record 3 of 1,200".
    int recordCount() const;

    // Narrows select() to rows where any column contains `text` as text (bound, case-insensitive),
    // or whose foreign key refers to a row whose name (TableSchema::displayColumn) contains it:
    // "Ana" finds the orders of Ana Jesus, as an editor showing names lets the user expect.
    void setTextFilter(const QString &text);
    QString textFilter() const;
    // Sorting on a foreign key column orders by the name of the row it refers to
    // (TableSchema::displayColumn; on SQLite in the user's language), as a view that shows names
    // needs. Off by default: QSqlTableModel sorts by the key. Takes effect at the next select().
    void setSortReferencesByName(bool enabled);
    bool sortsReferencesByName() const;

    // Written, with the time, into the table's who/when columns (modified_by, modified_at) if it
    // has them. Defaults to the login name.
    void setOperatorName(const QString &name);
    QString operatorName() const;
    // The time written into modified_at; an invalid one (the default) means "now". A fixed time
    // makes screenshots and tests come out the same on every run.
    void setAuditTime(const QDateTime &time);

    void setSubmitPolicy(SubmitPolicy policy);
    SubmitPolicy submitPolicy() const;

    FailureKind lastFailure() const;
    // The column a ConstraintViolation concerns, when the database names it; else empty.
    QString lastFailedField() const;
    // Conflicts from the last submit that are not resolved yet.
    QList<ConflictSnapshot> conflicts() const;
    ConflictSnapshot conflict(int row) const;
    bool hasConflict(int row) const;

    // Resolutions of a conflict on `row`. Each save is still conditional, on their version now,
    // so a third writer who saved in between is caught again (and the conflict is refreshed).
    bool reloadRow(int row);                           // take theirs, drop mine
    bool overwriteRow(int row);                        // keep mine, knowingly, over theirs
    bool mergeRow(int row, const QVariantMap &values); // save the chosen value of each field
    bool recreateRow(int row);                         // deleted by others: insert mine again
    bool discardRow(int row);                          // deleted by others: drop mine
    // A renumbered record (its key changed by another window of this process, or by another
    // program that the PostgreSQL notify trigger names) stays on its row, which shows what it
    // showed; the model knows it by its new key from then on, marks it changed elsewhere, and
    // its next save is a conflict about a changed record. A key the user did not edit follows
    // the record in any save or resolution of it. A renumbering that cannot be told from a
    // delete (SQLite; PostgreSQL without the notify trigger; a row this model inserted) reads
    // as deleted: recreateRow() then refuses (ChangedByOthers) rather than insert a second
    // copy, when a record holding every other value of the row as read has another key.

    // QSqlTableModel
    void setTable(const QString &tableName) override;
    bool select() override;
    bool selectRow(int row) override;
    void setSort(int column, Qt::SortOrder order) override;
    void clear() override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    void revertRow(int row) override;
    bool submit() override;
    void setEditStrategy(EditStrategy strategy) override;
    // Hides QSqlTableModel::submitAll (not virtual): adds the transaction and the SubmitPolicy.
    // Called through a QSqlTableModel pointer, every save is still conditional.
    bool submitAll();

Q_SIGNALS:
    void conflictDetected(const concord::ConflictSnapshot &snapshot);
    void rowSaved(int row);
    // Emitted before a change made elsewhere is applied to `row`. A view that holds edits of
    // its own outside the model (a QDataWidgetMapper under ManualSubmit) must hand them to the
    // model now: a row with edits keeps them and is marked; a clean row is marked too, or takes
    // the other writer's values under setRefreshCleanRows(true).
    void recordAboutToChangeElsewhere(int row);
    // A record shown at `row` was changed or deleted elsewhere, and the model has marked the row
    // (or, under setRefreshCleanRows(true), refreshed a row without edits in place).
    void recordChangedElsewhere(int row, const concord::RecordChange &change);
    // setData() changed the edit value of `index`, which held `previous` before: what an undo
    // of that edit writes back. Not emitted for an edit that left the value as it was.
    void fieldEdited(const QModelIndex &index, const QVariant &previous);
    // liveNotice() changed; `reason` is liveNoticeReason().
    void liveNoticeChanged(concord::VersionedTableModel::LiveNotice notice, const QString &reason);

protected:
    bool updateRowInTable(int row, const QSqlRecord &values) override;
    bool insertRowIntoTable(const QSqlRecord &values) override;
    bool deleteRowFromTable(int row) override;
    QString selectStatement() const override;
    QModelIndex indexInQuery(const QModelIndex &item) const override;

private:
    // setData() without the fieldEdited signal.
    bool setEditValue(const QModelIndex &index, const QVariant &value, int role);

    class Private;
    std::unique_ptr<Private> m;
};

} // namespace concord
