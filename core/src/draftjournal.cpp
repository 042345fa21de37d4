// DraftJournal: one QDataStream file per record's unsaved edits, under a folder per database.
#include <concord/draftjournal.h>

#include "recordkey_p.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSqlField>
#include <QStandardPaths>

namespace concord {

namespace {

constexpr quint32 fileMagic = 0x43434446; // "CCDF": Concord draft file
// 1: one draft per record. 2: adds the source (one draft per record and editor) and the name.
constexpr quint16 fileFormatPerRecord = 1;
constexpr quint16 fileFormat = 2;
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;
const QLatin1String fileSuffix(".draft");

QString hashed(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString orEnvironment(const QString &value, const char *variable, const QString &fallback = {})
{
    if (!value.isEmpty())
        return value;
    const QString env = qEnvironmentVariable(variable);
    return env.isEmpty() ? fallback : env;
}

// Drivers hand keys back as int, qlonglong or text: the name must not depend on which. Each
// value is spelled as record keys are (recordkey_p.h), by its own type, which the file keeps:
// a key read back from a draft names the same file as the model's key it was written from.
QString keyText(const QString &table, const QSqlRecord &key)
{
    QStringList parts{table};
    for (int i = 0; i < key.count(); ++i) {
        const QVariant value = key.value(i);
        parts << key.fieldName(i) << detail::keyPart(value, detail::keyKindOfValue(value));
    }
    return parts.join(QChar(0x1f));
}

} // namespace

DraftJournal::DraftJournal(const QString &databaseIdentity, const QString &directory)
    : m_identity(databaseIdentity), m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

QString DraftJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/drafts");
}

QString DraftJournal::databaseIdentity(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QSQLITE")) {
        const QString name = db.databaseName();
        if (name.startsWith(QLatin1String("file:")) || name == QLatin1String(":memory:"))
            return QStringLiteral("sqlite:") + name;
        const QFileInfo info(name);
        const QString canonical = info.canonicalFilePath();
        return QStringLiteral("sqlite:") + (canonical.isEmpty() ? info.absoluteFilePath() : canonical);
    }
    // libpq's own defaults, so that "dbname=shop" and "host=… port=5432 dbname=shop" agree.
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString user = orEnvironment(db.userName(), "PGUSER", login);
    const QString host = orEnvironment(db.hostName(), "PGHOST", QStringLiteral("localhost"));
    const QString port = orEnvironment(db.port() > 0 ? QString::number(db.port()) : QString(),
                                       "PGPORT", QStringLiteral("5432"));
    const QString database = orEnvironment(db.databaseName(), "PGDATABASE", user);
    // db.password() and the connect options are left out on purpose: this text goes to disk.
    return QStringLiteral("%1:%2@%3:%4/%5")
        .arg(db.driverName().toLower(), user, host, port, database);
}

QString DraftJournal::folder() const
{
    return m_directory + u'/' + hashed(m_identity);
}

QString DraftJournal::fileFor(const QString &table, const QSqlRecord &key, const QString &source) const
{
    // The record's part first: a record's drafts sit next to each other in a listing. No source
    // gives the name a format 1 journal used.
    QString name = hashed(keyText(table, key));
    if (!source.isEmpty())
        name += u'.' + hashed(source).left(16);
    return folder() + u'/' + name + fileSuffix;
}

bool DraftJournal::write(const RecordDraft &draft)
{
    m_error.clear();
    if (!draft.isValid()) {
        m_error = tr("A draft needs a table, a key and an edit.");
        return false;
    }
    // The folders this call creates, from the innermost up: only they are ours to make
    // private. A directory the caller named, or any other that was there, keeps its mode (it
    // may be shared with other users on purpose).
    QStringList created;
    for (QString path = QDir::cleanPath(folder()); !path.isEmpty() && !QFileInfo::exists(path);) {
        created << path;
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            break;
        path = parent;
    }
    if (!QDir().mkpath(folder())) {
        m_error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder()));
        return false;
    }
    // Drafts hold the operator's data: only they may read them.
    for (const QString &path : std::as_const(created))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                        | QFileDevice::ExeOwner);

    const QSqlRecord key = draft.key();
    QStringList keyNames;
    QVariantList keyValues;
    for (int i = 0; i < key.count(); ++i) {
        keyNames << key.fieldName(i);
        keyValues << key.value(i);
    }
    QSaveFile file(fileFor(draft.table(), key, draft.source()));
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    QDataStream out(&file);
    out.setVersion(streamVersion);
    out << fileMagic << fileFormat << m_identity << draft.table() << keyNames << keyValues
        << draft.version() << draft.originals() << draft.edits()
        << (draft.writtenAt().isValid() ? draft.writtenAt() : QDateTime::currentDateTime())
        << draft.source() << draft.recordName();
    if (out.status() != QDataStream::Ok || !file.commit()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

bool DraftJournal::remove(const RecordDraft &draft)
{
    return remove(draft.table(), draft.key(), draft.source());
}

bool DraftJournal::remove(const QString &table, const QSqlRecord &key, const QString &source)
{
    m_error.clear();
    QFile file(fileFor(table, key, source));
    if (!file.exists() || file.remove())
        return true;
    m_error = file.errorString();
    return false;
}

QList<RecordDraft> DraftJournal::drafts() const
{
    QList<RecordDraft> result;
    const QDir dir(folder());
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*") + fileSuffix}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &info : files) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QDataStream in(&file);
        in.setVersion(streamVersion);
        quint32 magic = 0;
        quint16 format = 0;
        QString identity, table;
        QStringList keyNames;
        QVariantList keyValues;
        QVariant version;
        QVariantMap originals, edits;
        QDateTime writtenAt;
        QString source, recordName;
        in >> magic >> format;
        if (magic != fileMagic || (format != fileFormat && format != fileFormatPerRecord))
            continue;
        in >> identity >> table >> keyNames >> keyValues >> version >> originals >> edits >> writtenAt;
        if (format >= fileFormat)
            in >> source >> recordName;
        // A folder name is a hash: the identity inside tells a collision apart.
        if (in.status() != QDataStream::Ok || identity != m_identity
            || keyNames.size() != keyValues.size())
            continue;
        QSqlRecord key;
        for (qsizetype i = 0; i < keyNames.size(); ++i) {
            key.append(QSqlField(keyNames.at(i), keyValues.at(i).metaType()));
            key.setValue(int(i), keyValues.at(i));
        }
        RecordDraft draft;
        draft.setTable(table);
        draft.setKey(key);
        draft.setVersion(version);
        draft.setOriginals(originals);
        draft.setEdits(edits);
        draft.setWrittenAt(writtenAt);
        draft.setSource(source);
        draft.setRecordName(recordName);
        if (draft.isValid())
            result << draft;
    }
    return result;
}

QList<QList<RecordDraft>> DraftJournal::draftsByRecord() const
{
    QList<QList<RecordDraft>> result;
    QHash<QString, qsizetype> indexOf; // the record's key text -> its place in result
    for (const RecordDraft &draft : drafts()) {
        const QString record = keyText(draft.table(), draft.key());
        const auto it = indexOf.constFind(record);
        if (it == indexOf.cend()) {
            indexOf.insert(record, result.size());
            result.append({draft});
        } else {
            result[*it].append(draft);
        }
    }
    return result;
}

bool DraftJournal::hasDrafts() const
{
    return !drafts().isEmpty();
}

bool DraftJournal::clear()
{
    m_error.clear();
    bool ok = true;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({QStringLiteral("*") + fileSuffix}, QDir::Files)) {
        if (!QFile::remove(dir.filePath(name))) {
            ok = false;
            m_error = tr("Cannot remove %1.").arg(QDir::toNativeSeparators(dir.filePath(name)));
        }
    }
    return ok;
}

} // namespace concord
