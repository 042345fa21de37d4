// FieldMerge's shared state, for the library's own code only (MergeResult::choose() writes it).
#pragma once

#include <concord/fieldmerge.h>

#include <QSharedData>

namespace concord {

class FieldMerge::Private : public QSharedData
{
public:
    QString name;
    QVariant original;
    QVariant mine;
    QVariant theirs;
    QVariant result;
    Status status = Status::Unchanged;
    Choice choice = Choice::None;
};

} // namespace concord
