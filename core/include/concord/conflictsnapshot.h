// What a failed conditional save saw: the row as loaded, my edits and the row as it is now (or deleted).
#pragma once

#include <concord/concord_core_export.h>
#include <concord/mergeresult.h>

#include <QMetaType>
#include <QSqlRecord>
#include <QStringList>

namespace concord {

class CONCORD_CORE_EXPORT ConflictSnapshot
{
public:
    enum class Kind { None, ChangedByOthers, DeletedByOthers };
    enum class Operation { Update, Delete };

    ConflictSnapshot() = default;
    ConflictSnapshot(Kind kind, Operation operation, int row, const QString &table,
                     const QSqlRecord &original, const QSqlRecord &mine, const QSqlRecord &theirs,
                     const QString &versionColumn, const QStringList &primaryKey);

    bool isValid() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    bool isDeletedByOthers() const { return m_kind == Kind::DeletedByOthers; }
    Operation operation() const { return m_operation; }
    int row() const { return m_row; }
    QString table() const { return m_table; }

    QSqlRecord original() const { return m_original; }
    QSqlRecord mine() const { return m_mine; }
    QSqlRecord theirs() const { return m_theirs; } // empty when deleted by others

    QString versionColumn() const { return m_versionColumn; }
    QStringList primaryKey() const { return m_primaryKey; }
    QVariant originalVersion() const;
    QVariant theirVersion() const;

    // Every field but the version column, in table order.
    QStringList fieldNames() const;
    // Fields I changed against the original.
    QStringList myChangedFields() const;
    // The three-way merge of the data fields (the version column is left out).
    MergeResult merge() const;

private:
    Kind m_kind = Kind::None;
    Operation m_operation = Operation::Update;
    int m_row = -1;
    QString m_table;
    QSqlRecord m_original;
    QSqlRecord m_mine;
    QSqlRecord m_theirs;
    QString m_versionColumn;
    QStringList m_primaryKey;
};

} // namespace concord

Q_DECLARE_METATYPE(concord::ConflictSnapshot)
