// ConflictSnapshot: the three versions of a record behind a failed conditional save, and their merge.
#include <concord/conflictsnapshot.h>

#include <concord/threewaymerge.h>

namespace concord {

class ConflictSnapshot::Private : public QSharedData
{
public:
    Kind kind = Kind::None;
    Operation operation = Operation::Update;
    int row = -1;
    QString table;
    QSqlRecord original;
    QSqlRecord mine;
    QSqlRecord theirs;
    QString versionColumn;
    QStringList primaryKey;
    bool ownWindow = false;
};

ConflictSnapshot::ConflictSnapshot() : d(new Private) { }

ConflictSnapshot::ConflictSnapshot(Kind kind, Operation operation, int row, const QString &table,
                                   const QSqlRecord &original, const QSqlRecord &mine,
                                   const QSqlRecord &theirs, const QString &versionColumn,
                                   const QStringList &primaryKey)
    : d(new Private)
{
    d->kind = kind;
    d->operation = operation;
    d->row = row;
    d->table = table;
    d->original = original;
    d->mine = mine;
    d->theirs = theirs;
    d->versionColumn = versionColumn;
    d->primaryKey = primaryKey;
}

ConflictSnapshot::ConflictSnapshot(const ConflictSnapshot &other) = default;
ConflictSnapshot::ConflictSnapshot(ConflictSnapshot &&other) noexcept = default;
ConflictSnapshot &ConflictSnapshot::operator=(const ConflictSnapshot &other) = default;
ConflictSnapshot &ConflictSnapshot::operator=(ConflictSnapshot &&other) noexcept = default;
ConflictSnapshot::~ConflictSnapshot() = default;

bool ConflictSnapshot::isValid() const { return d->kind != Kind::None; }
ConflictSnapshot::Kind ConflictSnapshot::kind() const { return d->kind; }
bool ConflictSnapshot::isDeletedByOthers() const { return d->kind == Kind::DeletedByOthers; }
ConflictSnapshot::Operation ConflictSnapshot::operation() const { return d->operation; }
int ConflictSnapshot::row() const { return d->row; }
QString ConflictSnapshot::table() const { return d->table; }
QSqlRecord ConflictSnapshot::original() const { return d->original; }
QSqlRecord ConflictSnapshot::mine() const { return d->mine; }
QSqlRecord ConflictSnapshot::theirs() const { return d->theirs; }
bool ConflictSnapshot::isFromOwnWindow() const { return d->ownWindow; }
void ConflictSnapshot::setFromOwnWindow(bool own) { d->ownWindow = own; }
QString ConflictSnapshot::versionColumn() const { return d->versionColumn; }
QStringList ConflictSnapshot::primaryKey() const { return d->primaryKey; }

QVariant ConflictSnapshot::originalVersion() const
{
    const int i = d->original.indexOf(d->versionColumn);
    return i < 0 ? QVariant() : d->original.value(i);
}

QVariant ConflictSnapshot::theirVersion() const
{
    const int i = d->theirs.indexOf(d->versionColumn);
    return i < 0 ? QVariant() : d->theirs.value(i);
}

QStringList ConflictSnapshot::fieldNames() const
{
    const QSqlRecord &layout = d->original.isEmpty() ? d->mine : d->original;
    QStringList names;
    for (int i = 0; i < layout.count(); ++i) {
        const QString name = layout.fieldName(i);
        if (name.compare(d->versionColumn, Qt::CaseInsensitive) != 0)
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
        switch (f.status()) {
        case FieldMerge::Status::TakenFromMine:
        case FieldMerge::Status::SameChange:
        case FieldMerge::Status::Conflict:
            names << f.name();
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
        d->versionColumn.isEmpty() ? QStringList() : QStringList{d->versionColumn};
    return ThreeWayMerge::merge(d->original, d->mine, d->theirs, ignored);
}

} // namespace concord
