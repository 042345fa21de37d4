// ConflictSnapshot: the three versions of a record behind a failed conditional save, and their merge.
#include <concord/conflictsnapshot.h>

#include <concord/threewaymerge.h>

namespace concord {

ConflictSnapshot::ConflictSnapshot(Kind kind, Operation operation, int row, const QString &table,
                                   const QSqlRecord &original, const QSqlRecord &mine,
                                   const QSqlRecord &theirs, const QString &versionColumn,
                                   const QStringList &primaryKey)
    : m_kind(kind),
      m_operation(operation),
      m_row(row),
      m_table(table),
      m_original(original),
      m_mine(mine),
      m_theirs(theirs),
      m_versionColumn(versionColumn),
      m_primaryKey(primaryKey)
{
}

QVariant ConflictSnapshot::originalVersion() const
{
    const int i = m_original.indexOf(m_versionColumn);
    return i < 0 ? QVariant() : m_original.value(i);
}

QVariant ConflictSnapshot::theirVersion() const
{
    const int i = m_theirs.indexOf(m_versionColumn);
    return i < 0 ? QVariant() : m_theirs.value(i);
}

QStringList ConflictSnapshot::fieldNames() const
{
    const QSqlRecord &layout = m_original.isEmpty() ? m_mine : m_original;
    QStringList names;
    for (int i = 0; i < layout.count(); ++i) {
        const QString name = layout.fieldName(i);
        if (name.compare(m_versionColumn, Qt::CaseInsensitive) != 0)
            names << name;
    }
    return names;
}

QStringList ConflictSnapshot::myChangedFields() const
{
    // Read off the merge, so that "changed" means here exactly what the merge view shows:
    // the statuses that exist only because my value differs from the original.
    const MergeResult merged = merge();
    QStringList names;
    for (const FieldMerge &f : merged.fields()) {
        switch (f.status) {
        case FieldMerge::Status::TakenFromMine:
        case FieldMerge::Status::SameChange:
        case FieldMerge::Status::Conflict:
            names << f.name;
            break;
        case FieldMerge::Status::Unchanged:
        case FieldMerge::Status::TakenFromTheirs:
            break;
        }
    }
    return names;
}

MergeResult ConflictSnapshot::merge() const
{
    const QStringList ignored =
        m_versionColumn.isEmpty() ? QStringList() : QStringList{m_versionColumn};
    return ThreeWayMerge::merge(m_original, m_mine, m_theirs, ignored);
}

} // namespace concord
