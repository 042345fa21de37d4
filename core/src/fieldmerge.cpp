// FieldMerge: one field's three sides, the merged result and how it was reached, implicitly shared.
#include <concord/fieldmerge.h>

#include "fieldmerge_p.h"

namespace concord {

FieldMerge::FieldMerge() : d(new Private) { }

FieldMerge::FieldMerge(const QString &name, const QVariant &original, const QVariant &mine,
                       const QVariant &theirs, const QVariant &result, Status status,
                       Choice choice)
    : d(new Private)
{
    d->name = name;
    d->original = original;
    d->mine = mine;
    d->theirs = theirs;
    d->result = result;
    d->status = status;
    d->choice = choice;
}

FieldMerge::FieldMerge(const FieldMerge &other) = default;
FieldMerge::FieldMerge(FieldMerge &&other) noexcept = default;
FieldMerge &FieldMerge::operator=(const FieldMerge &other) = default;
FieldMerge &FieldMerge::operator=(FieldMerge &&other) noexcept = default;
FieldMerge::~FieldMerge() = default;

QString FieldMerge::name() const { return d->name; }
QVariant FieldMerge::original() const { return d->original; }
QVariant FieldMerge::mine() const { return d->mine; }
QVariant FieldMerge::theirs() const { return d->theirs; }
QVariant FieldMerge::result() const { return d->result; }
FieldMerge::Status FieldMerge::status() const { return d->status; }
FieldMerge::Choice FieldMerge::choice() const { return d->choice; }

bool FieldMerge::isConflict() const
{
    return d->status == Status::Conflict;
}

bool FieldMerge::needsChoice() const
{
    return d->status == Status::Conflict && d->choice == Choice::None;
}

} // namespace concord
