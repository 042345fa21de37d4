// One record changed by someone: what the change feed delivers to every model showing it.
#pragma once

#include <concord/concord_core_export.h>

#include <QDateTime>
#include <QSharedDataPointer>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

namespace concord {

class RecordChangeData;

class CONCORD_CORE_EXPORT RecordChange
{
public:
    enum class Origin {
        ThisProcess,   // another model in this process saved it (values are included)
        OtherProcess   // another program or process: values must be read from the database
    };

    RecordChange();
    RecordChange(const QString &table, const QVariantList &key);
    RecordChange(const RecordChange &other);
    RecordChange &operator=(const RecordChange &other);
    ~RecordChange();

    // The table's own name, unqualified, as the catalog spells it; compared case-insensitively.
    QString table() const;
    // The schema it is in, as the catalog spells it: PostgreSQL's (the notify trigger's
    // TG_TABLE_SCHEMA), SQLite's "main", "temp" or an attached database's name. A model hears
    // only changes of its own table in its own schema; an empty schema (a change published
    // without one) is taken for any schema.
    QString schema() const;
    void setSchema(const QString &schema);
    // The primary key values, in primary-key order. From a notification, a number that is no
    // 64-bit integer comes as its digits in a string (exact; a double would name another record).
    QVariantList key() const;
    // A renumbering (an UPDATE of a key column): the key the record had before, in the same
    // order; key() is the one it has now. Empty when the key stayed the same, or is unknown.
    QVariantList previousKey() const;
    void setPreviousKey(const QVariantList &key);

    // The version the record is at now; null when the strategy has none or it is unknown.
    QVariant version() const;
    void setVersion(const QVariant &version);
    bool isDeleted() const;
    void setDeleted(bool deleted);
    // Who and when, when known (the table's who/when columns, or the trigger's session user).
    QString changedBy() const;
    void setChangedBy(const QString &who);
    QDateTime changedAt() const;
    void setChangedAt(const QDateTime &when);

    Origin origin() const;
    void setOrigin(Origin origin);
    // Same process only: the writing model (to skip itself and to say "in your other window"),
    // and the whole row as saved, so that no database round trip is needed.
    const void *source() const;
    void setSource(const void *model);
    QSqlRecord values() const;
    void setValues(const QSqlRecord &values);

private:
    QSharedDataPointer<RecordChangeData> d;
};

} // namespace concord

Q_DECLARE_METATYPE(concord::RecordChange)
