// RecordDraft: an implicitly shared value of one record's unsaved edits.
#include <concord/recorddraft.h>

namespace concord {

class RecordDraft::Private : public QSharedData
{
public:
    QString table;
    QSqlRecord key;
    QVariant version;
    QVariantMap originals;
    QVariantMap edits;
    QDateTime writtenAt;
};

RecordDraft::RecordDraft() : d(new Private) { }
RecordDraft::RecordDraft(const RecordDraft &other) = default;
RecordDraft::RecordDraft(RecordDraft &&other) noexcept = default;
RecordDraft &RecordDraft::operator=(const RecordDraft &other) = default;
RecordDraft &RecordDraft::operator=(RecordDraft &&other) noexcept = default;
RecordDraft::~RecordDraft() = default;

bool RecordDraft::isValid() const
{
    return !d->table.isEmpty() && !d->key.isEmpty() && !d->edits.isEmpty();
}

QString RecordDraft::table() const { return d->table; }
void RecordDraft::setTable(const QString &table) { d->table = table; }
QSqlRecord RecordDraft::key() const { return d->key; }
void RecordDraft::setKey(const QSqlRecord &key) { d->key = key; }
QVariant RecordDraft::version() const { return d->version; }
void RecordDraft::setVersion(const QVariant &version) { d->version = version; }
QVariantMap RecordDraft::originals() const { return d->originals; }
void RecordDraft::setOriginals(const QVariantMap &values) { d->originals = values; }
QVariantMap RecordDraft::edits() const { return d->edits; }
void RecordDraft::setEdits(const QVariantMap &values) { d->edits = values; }
QDateTime RecordDraft::writtenAt() const { return d->writtenAt; }
void RecordDraft::setWrittenAt(const QDateTime &time) { d->writtenAt = time; }

} // namespace concord
