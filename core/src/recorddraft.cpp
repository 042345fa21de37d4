// RecordDraft: an implicitly shared value of one record's unsaved edits.
#include <concord/recorddraft.h>

#include <concord/threewaymerge.h>

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
    QString source;
    QString recordName;
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
QString RecordDraft::source() const { return d->source; }
void RecordDraft::setSource(const QString &source) { d->source = source; }
QString RecordDraft::recordName() const { return d->recordName; }
void RecordDraft::setRecordName(const QString &name) { d->recordName = name; }

QStringList RecordDraft::clashes(const QList<RecordDraft> &drafts)
{
    QStringList fields;
    QVariantMap first; // field -> the first draft's value for it
    for (const RecordDraft &draft : drafts) {
        const QVariantMap edits = draft.edits();
        for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
            const auto seen = first.constFind(it.key());
            if (seen == first.cend())
                first.insert(it.key(), it.value());
            else if (!ThreeWayMerge::sameValue(*seen, it.value()) && !fields.contains(it.key()))
                fields << it.key();
        }
    }
    return fields;
}

RecordDraft RecordDraft::merged(const QList<RecordDraft> &drafts)
{
    if (drafts.isEmpty())
        return {};
    RecordDraft result = drafts.first();
    if (drafts.size() == 1)
        return result;
    // Edits made on different versions had different originals: one draft could not say which
    // the save must be checked against.
    for (const RecordDraft &draft : drafts) {
        if (draft.table() != result.table()
            || !ThreeWayMerge::sameValue(draft.version(), result.version()))
            return {};
    }
    if (!clashes(drafts).isEmpty())
        return {};
    QVariantMap originals;
    QVariantMap edits;
    for (const RecordDraft &draft : drafts) {
        originals.insert(draft.originals());
        edits.insert(draft.edits());
        // The newest one's time and name: what the operator saw last.
        if (draft.writtenAt() >= result.writtenAt()) {
            result.setWrittenAt(draft.writtenAt());
            if (!draft.recordName().isEmpty())
                result.setRecordName(draft.recordName());
        }
    }
    result.setOriginals(originals);
    result.setEdits(edits);
    result.setSource(QString());
    return result;
}

} // namespace concord
