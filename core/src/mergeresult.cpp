// MergeResult: the per-field outcome of a three-way merge, and the choices that resolve its conflicts.
#include <concord/mergeresult.h>

#include <concord/threewaymerge.h>

#include "fieldmerge_p.h"

#include <algorithm>

namespace concord {

class MergeResult::Private : public QSharedData
{
public:
    QList<FieldMerge> fields;
};

MergeResult::MergeResult() : d(new Private) { }

MergeResult::MergeResult(QList<FieldMerge> fields) : d(new Private)
{
    d->fields = std::move(fields);
}

MergeResult::MergeResult(const MergeResult &other) = default;
MergeResult::MergeResult(MergeResult &&other) noexcept = default;
MergeResult &MergeResult::operator=(const MergeResult &other) = default;
MergeResult &MergeResult::operator=(MergeResult &&other) noexcept = default;
MergeResult::~MergeResult() = default;

const QList<FieldMerge> &MergeResult::fields() const
{
    return d->fields;
}

int MergeResult::indexOf(const QString &name) const
{
    for (int i = 0; i < d->fields.size(); ++i) {
        if (d->fields.at(i).name() == name)
            return i;
    }
    // Unquoted SQL identifiers are case-insensitive; PostgreSQL reports them in lower case.
    for (int i = 0; i < d->fields.size(); ++i) {
        if (d->fields.at(i).name().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

const FieldMerge *MergeResult::field(const QString &name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &d->fields.at(i);
}

int MergeResult::conflictCount() const
{
    return int(std::count_if(d->fields.cbegin(), d->fields.cend(),
                             [](const FieldMerge &f) { return f.isConflict(); }));
}

bool MergeResult::needsChoices() const
{
    return std::any_of(d->fields.cbegin(), d->fields.cend(),
                       [](const FieldMerge &f) { return f.needsChoice(); });
}

bool MergeResult::choose(const QString &name, FieldMerge::Choice choice, const QVariant &custom)
{
    const int i = indexOf(name);
    if (i < 0)
        return false;
    FieldMerge::Private &f = *d->fields[i].d;
    f.choice = choice;
    switch (choice) {
    case FieldMerge::Choice::Mine:
        f.result = f.mine;
        break;
    case FieldMerge::Choice::Theirs:
        f.result = f.theirs;
        break;
    case FieldMerge::Choice::Custom:
        f.result = custom;
        break;
    case FieldMerge::Choice::None:
        // Back to what the merge decided by itself; a conflict is open again.
        switch (f.status) {
        case FieldMerge::Status::TakenFromTheirs:
            f.result = f.theirs;
            break;
        case FieldMerge::Status::Conflict:
            f.result = QVariant();
            break;
        default:
            f.result = f.mine;
            break;
        }
        break;
    }
    return true;
}

QVariantMap MergeResult::values() const
{
    QVariantMap map;
    for (const FieldMerge &f : d->fields)
        map.insert(f.name(), f.result());
    return map;
}

QVariantMap MergeResult::changesAgainstTheirs() const
{
    QVariantMap map;
    for (const FieldMerge &f : d->fields) {
        // An open conflict has no result yet; writing its placeholder null would lose data.
        if (f.needsChoice())
            continue;
        if (!ThreeWayMerge::sameValue(f.result(), f.theirs()))
            map.insert(f.name(), f.result());
    }
    return map;
}

} // namespace concord
