// DraftJournal: unsaved record edits kept on disk per database, so that a crash does not lose them.
#pragma once

#include <concord/concord_core_export.h>
#include <concord/recorddraft.h>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace concord {

// One file per record and editor, named by the database's identity, the table and the primary key
// (never a row number) and the draft's source (each window and grid writes its own, so that two
// windows on one record keep both their edits), written atomically (QSaveFile) into a folder of
// the user's own. A draft holds
// the edits, what the edited fields held before and the version they were made on, so that a
// restored draft is saved conditionally on that version and conflicts if the record changed.
// A password is never written: the identity names server, port, database and user only.
class CONCORD_CORE_EXPORT DraftJournal
{
    Q_DECLARE_TR_FUNCTIONS(concord::DraftJournal)
public:
    // `directory` empty: defaultDirectory().
    explicit DraftJournal(const QString &databaseIdentity, const QString &directory = {});

    // "drafts" in the user's data folder (QStandardPaths::AppLocalDataLocation).
    static QString defaultDirectory();
    // Names the database `db` is connected to, the same for every connection to it and in every
    // session: SQLite's absolute file path, or PostgreSQL's user, host, port and database (with
    // libpq's PG* variables for what the connection leaves empty). Never its password.
    static QString databaseIdentity(const QSqlDatabase &db);

    QString databaseIdentity() const { return m_identity; }
    // This database's folder inside the journal's directory.
    QString folder() const;
    // The file the draft of a record by `source` (RecordDraft::source()) goes to.
    QString fileFor(const QString &table, const QSqlRecord &key, const QString &source = {}) const;

    // Replaces the draft of the record by the draft's source. False (errorString() says why) if
    // it could not be written.
    bool write(const RecordDraft &draft);
    // Removes the record's draft by `source`, if there is one; a record's others stay.
    bool remove(const QString &table, const QSqlRecord &key, const QString &source = {});
    bool remove(const RecordDraft &draft);
    // Every readable draft of this database, oldest first. Unreadable files are left alone.
    QList<RecordDraft> drafts() const;
    // drafts(), those of one record together (by the record's key, whatever its values' types),
    // the records in the order of their oldest draft.
    QList<QList<RecordDraft>> draftsByRecord() const;
    bool hasDrafts() const;
    // Removes every draft of this database.
    bool clear();
    QString errorString() const { return m_error; }

private:
    QString m_identity;
    QString m_directory;
    QString m_error;
};

} // namespace concord
