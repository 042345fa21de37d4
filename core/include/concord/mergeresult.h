// The outcome of a three-way merge of one record: one FieldMerge per field, in the table's column order.
#pragma once

#include <concord/concord_core_export.h>
#include <concord/fieldmerge.h>

#include <QList>
#include <QSharedDataPointer>
#include <QVariantMap>

namespace concord {

class CONCORD_CORE_EXPORT MergeResult
{
public:
    MergeResult();
    explicit MergeResult(QList<FieldMerge> fields);
    MergeResult(const MergeResult &other);
    MergeResult(MergeResult &&other) noexcept;
    MergeResult &operator=(const MergeResult &other);
    MergeResult &operator=(MergeResult &&other) noexcept;
    ~MergeResult();

    const QList<FieldMerge> &fields() const;
    int indexOf(const QString &name) const;
    const FieldMerge *field(const QString &name) const;

    int conflictCount() const;
    // True while at least one conflicting field has no choice yet.
    bool needsChoices() const;
    // Resolve a conflicting (or any) field: take mine, theirs, or a hand-edited value.
    bool choose(const QString &name, FieldMerge::Choice choice, const QVariant &custom = {});

    // Field name -> value to save, for every field; valid once needsChoices() is false.
    QVariantMap values() const;
    // Only the fields whose result differs from theirs: what saving the merge changes.
    QVariantMap changesAgainstTheirs() const;

private:
    class Private;
    QSharedDataPointer<Private> d;
};

} // namespace concord
