// What a failed conditional save saw: the row as loaded, my edits and the row as it is now (or deleted).
#pragma once

#include <concord/concord_core_export.h>
#include <concord/mergeresult.h>

#include <QMetaType>
#include <QSharedDataPointer>
#include <QSqlRecord>
#include <QStringList>

namespace concord {

class CONCORD_CORE_EXPORT ConflictSnapshot
{
public:
    enum class Kind { None, ChangedByOthers, DeletedByOthers };
    enum class Operation { Update, Delete };

    ConflictSnapshot();
    ConflictSnapshot(Kind kind, Operation operation, int row, const QString &table,
                     const QSqlRecord &original, const QSqlRecord &mine, const QSqlRecord &theirs,
                     const QString &versionColumn, const QStringList &primaryKey);
    ConflictSnapshot(const ConflictSnapshot &other);
    ConflictSnapshot(ConflictSnapshot &&other) noexcept;
    ConflictSnapshot &operator=(const ConflictSnapshot &other);
    ConflictSnapshot &operator=(ConflictSnapshot &&other) noexcept;
    ~ConflictSnapshot();

    bool isValid() const;
    Kind kind() const;
    bool isDeletedByOthers() const;
    Operation operation() const;
    int row() const;
    QString table() const;

    QSqlRecord original() const;
    QSqlRecord mine() const;
    QSqlRecord theirs() const; // empty when deleted by others
    // Theirs was saved (or deleted) by another window of this process: the same operator's.
    bool isFromOwnWindow() const;
    void setFromOwnWindow(bool own);

    QString versionColumn() const;
    QStringList primaryKey() const;
    QVariant originalVersion() const;
    QVariant theirVersion() const;

    // Every field but the version column, in table order.
    QStringList fieldNames() const;
    // Fields I changed against the original.
    QStringList myChangedFields() const;
    // The three-way merge of the data fields (the version column is left out).
    MergeResult merge() const;

private:
    class Private;
    QSharedDataPointer<Private> d;
};

} // namespace concord

Q_DECLARE_METATYPE(concord::ConflictSnapshot)
