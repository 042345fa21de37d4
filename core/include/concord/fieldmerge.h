// One field's outcome in a three-way merge: the three sides, the result, and how it was reached.
#pragma once

#include <concord/concord_core_export.h>

#include <QSharedDataPointer>
#include <QString>
#include <QVariant>

namespace concord {

class CONCORD_CORE_EXPORT FieldMerge
{
public:
    enum class Status {
        Unchanged,     // nobody changed it
        TakenFromMine, // only I changed it
        TakenFromTheirs, // only they changed it
        SameChange,    // both changed it to the same value: not a conflict
        Conflict       // both changed it differently: somebody must choose
    };
    enum class Choice { None, Mine, Theirs, Custom };

    FieldMerge();
    FieldMerge(const QString &name, const QVariant &original, const QVariant &mine,
               const QVariant &theirs, const QVariant &result = {},
               Status status = Status::Unchanged, Choice choice = Choice::None);
    FieldMerge(const FieldMerge &other);
    FieldMerge(FieldMerge &&other) noexcept;
    FieldMerge &operator=(const FieldMerge &other);
    FieldMerge &operator=(FieldMerge &&other) noexcept;
    ~FieldMerge();

    QString name() const;
    QVariant original() const;
    QVariant mine() const;
    QVariant theirs() const;
    QVariant result() const; // the value that will be saved; null until a conflict is resolved
    Status status() const;
    Choice choice() const;   // how a conflict was resolved

    bool isConflict() const;
    bool needsChoice() const;

private:
    friend class MergeResult; // MergeResult::choose() sets the choice and the result
    class Private;
    QSharedDataPointer<Private> d;
};

} // namespace concord
