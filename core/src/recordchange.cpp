#include <concord/recordchange.h>

namespace concord {

class RecordChangeData : public QSharedData
{
public:
    QString table;
    QString schema;
    QVariantList key;
    QVariantList previousKey;
    QVariant version;
    bool deleted = false;
    QString changedBy;
    QDateTime changedAt;
    RecordChange::Origin origin = RecordChange::Origin::ThisProcess;
    const void *source = nullptr;
    QSqlRecord values;
};

RecordChange::RecordChange() : d(new RecordChangeData) {}

RecordChange::RecordChange(const QString &table, const QVariantList &key) : d(new RecordChangeData)
{
    d->table = table;
    d->key = key;
}

RecordChange::RecordChange(const RecordChange &other) = default;
RecordChange &RecordChange::operator=(const RecordChange &other) = default;
RecordChange::~RecordChange() = default;

QString RecordChange::table() const { return d->table; }
QString RecordChange::schema() const { return d->schema; }
void RecordChange::setSchema(const QString &schema) { d->schema = schema; }
QVariantList RecordChange::key() const { return d->key; }
QVariantList RecordChange::previousKey() const { return d->previousKey; }
void RecordChange::setPreviousKey(const QVariantList &key) { d->previousKey = key; }
QVariant RecordChange::version() const { return d->version; }
void RecordChange::setVersion(const QVariant &version) { d->version = version; }
bool RecordChange::isDeleted() const { return d->deleted; }
void RecordChange::setDeleted(bool deleted) { d->deleted = deleted; }
QString RecordChange::changedBy() const { return d->changedBy; }
void RecordChange::setChangedBy(const QString &who) { d->changedBy = who; }
QDateTime RecordChange::changedAt() const { return d->changedAt; }
void RecordChange::setChangedAt(const QDateTime &when) { d->changedAt = when; }
RecordChange::Origin RecordChange::origin() const { return d->origin; }
void RecordChange::setOrigin(Origin origin) { d->origin = origin; }
const void *RecordChange::source() const { return d->source; }
void RecordChange::setSource(const void *model) { d->source = model; }
QSqlRecord RecordChange::values() const { return d->values; }
void RecordChange::setValues(const QSqlRecord &values) { d->values = values; }

} // namespace concord
