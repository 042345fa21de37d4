// Where a connection goes: a SQLite file, or a PostgreSQL server given libpq-style or as a URL.
#pragma once

#include <concord/concord_core_export.h>

#include <QString>

namespace concord {

class CONCORD_CORE_EXPORT ConnectionSpec
{
public:
    enum class Backend { SQLite, PostgreSQL };

    static ConnectionSpec sqlite(const QString &path);
    // "host=db dbname=shop user=ann port=5432" or "postgresql://ann@db:5432/shop".
    // Empty parts fall back to libpq's PG* environment variables.
    static ConnectionSpec postgres(const QString &conninfoOrUrl);

    Backend backend() const { return m_backend; }
    QString driverName() const;
    QString path() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    QString options() const { return m_options; }

    // Human-readable, never with the password.
    QString displayName() const;
    // A stable form for recent-connection lists; never holds the password.
    QString toStorageString() const;
    static ConnectionSpec fromStorageString(const QString &text);

private:
    Backend m_backend = Backend::SQLite;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_options;
};

} // namespace concord
