// RecordDraft: one record's unsaved edits, as a DraftJournal keeps them on disk across a crash.
#pragma once

#include <concord/concord_core_export.h>

#include <QDateTime>
#include <QList>
#include <QSharedDataPointer>
#include <QStringList>
#include <QSqlRecord>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace concord {

// Which record (table and primary key, never a row number), the version the edits were made on,
// what the edited fields held then (`originals`) and what the operator typed (`edits`). Values
// keep their types, and NULL stays apart from an empty text. Each editor (a record window, the
// grid) keeps a draft of its own, told apart by `source`: two windows on one record never
// overwrite each other's edits.
class CONCORD_CORE_EXPORT RecordDraft
{
public:
    RecordDraft();
    RecordDraft(const RecordDraft &other);
    RecordDraft(RecordDraft &&other) noexcept;
    RecordDraft &operator=(const RecordDraft &other);
    RecordDraft &operator=(RecordDraft &&other) noexcept;
    ~RecordDraft();

    // A draft needs a table, a key and at least one edit.
    bool isValid() const;

    QString table() const;
    void setTable(const QString &table);
    // The primary-key fields with the record's values, in key order.
    QSqlRecord key() const;
    void setKey(const QSqlRecord &key);
    // The version the edits were based on (null for a table without one).
    QVariant version() const;
    void setVersion(const QVariant &version);
    // Field -> value it held when the edits began, for every edited field.
    QVariantMap originals() const;
    void setOriginals(const QVariantMap &values);
    // Field -> edited value.
    QVariantMap edits() const;
    void setEdits(const QVariantMap &values);
    // When it was written: local time, for the operator's information only.
    QDateTime writtenAt() const;
    void setWrittenAt(const QDateTime &time);
    // Which editor wrote it: an id unique to one window or grid of one session, empty for a
    // draft of a journal that kept one draft per record.
    QString source() const;
    void setSource(const QString &source);
    // What the record was called on screen when the draft was written (the value of its name
    // column, as the window title shows it), empty if nothing: for the operator only.
    QString recordName() const;
    void setRecordName(const QString &name);

    // The fields that `drafts` (of one record) edit to different values. Values are compared as
    // ThreeWayMerge::sameValue() does.
    static QStringList clashes(const QList<RecordDraft> &drafts);
    // `drafts` of one record as one draft holding every edit, when they can be one: all were
    // made on the same version and no field clashes. Otherwise an invalid draft.
    static RecordDraft merged(const QList<RecordDraft> &drafts);

private:
    class Private;
    QSharedDataPointer<Private> d;
};

} // namespace concord
