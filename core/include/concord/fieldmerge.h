// One field's outcome in a three-way merge: the three sides, the result, and how it was reached.
#pragma once

#include <concord/concord_core_export.h>

#include <QString>
#include <QVariant>

namespace concord {

struct CONCORD_CORE_EXPORT FieldMerge
{
    enum class Status {
        Unchanged,     // nobody changed it
        TakenFromMine, // only I changed it
        TakenFromTheirs, // only they changed it
        SameChange,    // both changed it to the same value: not a conflict
        Conflict       // both changed it differently: somebody must choose
    };
    enum class Choice { None, Mine, Theirs, Custom };

    QString name;
    QVariant original;
    QVariant mine;
    QVariant theirs;
    QVariant result;   // the value that will be saved; null until a conflict is resolved
    Status status = Status::Unchanged;
    Choice choice = Choice::None; // how a conflict was resolved

    bool isConflict() const { return status == Status::Conflict; }
    bool needsChoice() const { return status == Status::Conflict && choice == Choice::None; }
};

} // namespace concord
