// Where a connection goes: a SQLite file, or a PostgreSQL server given libpq-style or as a URL.
#pragma once

#include <concord/concord_core_export.h>

#include <QSharedDataPointer>
#include <QString>

namespace concord {

class CONCORD_CORE_EXPORT ConnectionSpec
{
public:
    enum class Backend { SQLite, PostgreSQL };

    ConnectionSpec();
    ConnectionSpec(const ConnectionSpec &other);
    ConnectionSpec(ConnectionSpec &&other) noexcept;
    ConnectionSpec &operator=(const ConnectionSpec &other);
    ConnectionSpec &operator=(ConnectionSpec &&other) noexcept;
    ~ConnectionSpec();

    static ConnectionSpec sqlite(const QString &path);
    // "host=db dbname=shop user=ann port=5432" or "postgresql://ann@db:5432/shop".
    // Empty parts fall back to libpq's PG* environment variables.
    static ConnectionSpec postgres(const QString &conninfoOrUrl);

    Backend backend() const;
    QString driverName() const;
    QString path() const;
    QString host() const;
    int port() const;
    QString database() const;
    QString user() const;
    QString password() const;
    void setPassword(const QString &password);
    QString options() const;

    // Human-readable, never with the password.
    QString displayName() const;
    // A stable form for recent-connection lists; never holds the password.
    QString toStorageString() const;
    static ConnectionSpec fromStorageString(const QString &text);

private:
    class Private;
    QSharedDataPointer<Private> d;
};

} // namespace concord
