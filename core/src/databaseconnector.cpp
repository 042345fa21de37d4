// DatabaseConnector: opening, cloning and closing named QSqlDatabase connections set up for shared editing.
#include <concord/databaseconnector.h>

#include "connectfailure_p.h"
#include "reopennotice_p.h"
#include "localecollation_p.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace concord {

namespace {

Q_LOGGING_CATEGORY(lcConnector, "concord.connector")

// What a connection is made of, whether it comes from a ConnectionSpec or from an open connection.
struct ConnectionParameters
{
    QString driver;
    QString database;
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString options;
};

bool isSqlite(const QString &driver)
{
    return driver == QLatin1String("QSQLITE");
}

bool isInMemory(const QString &database)
{
    return database == QLatin1String(":memory:")
           || database.contains(QLatin1String("mode=memory"));
}

void setError(QSqlError *error, const QSqlError &value)
{
    if (error)
        *error = value;
}

QSqlError connectionError(const QString &text, const QString &databaseText = {})
{
    return QSqlError(text, databaseText, QSqlError::ConnectionError);
}

void discard(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    // Our local handle must be gone before removeDatabase, or Qt warns that it is still in use.
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

// Runs one statement and hands back its first value, or the error.
QVariant pragma(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

// SQLite needs three things for several editors at once: proof that the file is a database
// (SQLite only reads it on first use), WAL so readers never block writers, and foreign keys,
// which SQLite leaves off per connection.
bool configureSqlite(const QSqlDatabase &db, QSqlError *error)
{
    QSqlError queryError;
    pragma(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &queryError);
    if (queryError.isValid()) {
        const QString file = QDir::toNativeSeparators(db.databaseName());
        const QFileInfo folder(QFileInfo(db.databaseName()).absolutePath());
        // SQLITE_NOTADB (26; an extended code keeps it in the low byte).
        QString text = (queryError.nativeErrorCode().toInt() & 0xff) == 26
                           ? DatabaseConnector::tr("The file \"%1\" is not a SQLite database.").arg(file)
                           : DatabaseConnector::tr("Cannot read \"%1\": %2").arg(file, queryError.text());
        // SQLITE_CANTOPEN (14) in a folder that takes no new files: a WAL database needs its
        // -wal and -shm files beside it, even to be read. access() says so even to root.
        if ((queryError.nativeErrorCode().toInt() & 0xff) == 14 && !isInMemory(db.databaseName())
            && folder.exists() && !folder.isWritable()) {
            text = DatabaseConnector::tr("The folder \"%1\" that holds the database is read-only: SQLite "
                                         "needs to create its -wal and -shm files there. Make the folder "
                                         "writable, then open the database again.")
                       .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
        }
        *error = connectionError(text);
        return false;
    }

    const QString mode =
        pragma(db, QStringLiteral("PRAGMA journal_mode=WAL"), &queryError).toString().toLower();
    if (queryError.isValid()) {
        *error = connectionError(DatabaseConnector::tr("Cannot set up \"%1\": %2")
                                     .arg(QDir::toNativeSeparators(db.databaseName()),
                                          queryError.text()));
        return false;
    }
    if (mode != QLatin1String("wal") && !isInMemory(db.databaseName())) {
        // A read-only location cannot hold the WAL files. Viewing still works; concurrent
        // editing may then meet "database is locked" after the busy timeout.
        qCWarning(lcConnector, "%s: journal mode stays \"%s\", not WAL",
                  qPrintable(db.databaseName()), qPrintable(mode));
    }

    pragma(db, QStringLiteral("PRAGMA foreign_keys=ON"), &queryError);
    if (queryError.isValid()) {
        *error = connectionError(DatabaseConnector::tr("Cannot enable foreign keys: %1").arg(queryError.text()));
        return false;
    }
    // Sorting in the user's language; without it (a Qt with its own SQLite) text sorts by bytes.
    if (!detail::ensureLocaleCollation(db))
        qCWarning(lcConnector, "%s: no locale-aware collation, text sorts by its bytes",
                  qPrintable(db.databaseName()));
    return true;
}

// libpq's defaults wait for an unreachable server as long as the operating system does (minutes).
// These make a lost network fail within seconds; whatever the caller's options set stays.
QString postgresOptions(const QString &given)
{
    const QStringList defaults{
        QStringLiteral("connect_timeout=%1").arg(DatabaseConnector::connectTimeoutS),
        QStringLiteral("keepalives=1"),
        QStringLiteral("keepalives_idle=5"),
        QStringLiteral("keepalives_interval=2"),
        QStringLiteral("keepalives_count=2"),
        QStringLiteral("tcp_user_timeout=%1").arg(DatabaseConnector::unansweredTimeoutMs),
    };
    // QPSQL turns ';' into ' ' before handing the options to libpq: both separate keys.
    const QStringList parts = given.split(QRegularExpression(QStringLiteral("[; ]+")), Qt::SkipEmptyParts);
    QStringList options;
    if (!given.trimmed().isEmpty())
        options << given.trimmed();
    for (const QString &option : defaults) {
        const QString key = option.section(QLatin1Char('='), 0, 0);
        const bool set = std::any_of(parts.cbegin(), parts.cend(), [&](const QString &part) {
            return part.section(QLatin1Char('='), 0, 0).trimmed() == key;
        });
        if (!set)
            options << option;
    }
    return options.join(QLatin1Char(';'));
}

// The session runs in the client's time zone, as Qt 6.4's QPSQL assumes when it reads a
// TIMESTAMP as local time (it sets no zone itself). Then whatever the server computes as a wall
// clock (the audit trigger's now() into a TIMESTAMP, now()::timestamp in any statement) is the
// user's own, and a TIMESTAMPTZ reads as text in the user's zone. The model writes TIMESTAMP
// values as wall-clock text (wallclock_p.h), so its saves are exact on any session; this is for
// what the server writes. A zone the server does not know leaves the session as it was.
void useClientTimeZone(const QSqlDatabase &db)
{
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    if (zone.isEmpty())
        return;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT set_config('TimeZone', ?, false)"));
    query.addBindValue(QString::fromUtf8(zone));
    if (!query.exec())
        qCWarning(lcConnector, "the server does not know the time zone \"%s\": %s",
                  zone.constData(), qPrintable(query.lastError().text()));
}

// libpq's connect_timeout among `options` (postgresOptions() always puts one there).
int connectTimeoutOf(const QString &options)
{
    static const QRegularExpression timeout(QStringLiteral("(?:^|[; ])connect_timeout=(\\d+)"));
    const QRegularExpressionMatch match = timeout.match(options);
    return match.hasMatch() ? match.captured(1).toInt() : DatabaseConnector::connectTimeoutS;
}

// What every connection gets once open; again after a reopen.
bool setUp(const QSqlDatabase &db, QSqlError *error)
{
    if (isSqlite(db.driverName()))
        return configureSqlite(db, error);
    // A save that meets a row or table lock gives up after the same time SQLite waits,
    // instead of freezing the window until the other transaction ends.
    QSqlQuery timeout(db);
    timeout.exec(QStringLiteral("SET lock_timeout = %1").arg(DatabaseConnector::busyTimeoutMs));
    useClientTimeZone(db);
    return true;
}

QSqlDatabase openWith(const ConnectionParameters &params, const QString &requestedName,
                      QSqlError *error)
{
    if (!QSqlDatabase::isDriverAvailable(params.driver)) {
        const bool sqlite = isSqlite(params.driver);
        const QString text =
            DatabaseConnector::tr("The %1 database driver (%2) is not installed. On Debian or Ubuntu, install "
                      "the package %3.")
                .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"), params.driver,
                     sqlite ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql"));
        setError(error, connectionError(text));
        return {};
    }

    const QString name = requestedName.isEmpty() ? DatabaseConnector::uniqueName() : requestedName;
    if (QSqlDatabase::contains(name)) {
        // Qt would silently replace it, pulling the rug from whoever still uses it.
        setError(error, connectionError(
                            DatabaseConnector::tr("A connection named \"%1\" is already open.").arg(name)));
        return {};
    }

    if (isSqlite(params.driver)) {
        if (params.database.isEmpty()) {
            setError(error, connectionError(DatabaseConnector::tr("No SQLite database file was given.")));
            return {};
        }
        if (!isInMemory(params.database) && !params.database.startsWith(QLatin1String("file:"))) {
            // SQLite itself only says "unable to open database file" for a folder.
            if (QFileInfo(params.database).isDir()) {
                setError(error, connectionError(
                                    DatabaseConnector::tr("\"%1\" is a folder, not a database file.")
                                        .arg(QDir::toNativeSeparators(params.database))));
                return {};
            }
            const QString dir = QFileInfo(params.database).absolutePath();
            if (!QDir().mkpath(dir)) {
                setError(error, connectionError(DatabaseConnector::tr("Cannot create the folder \"%1\".")
                                                    .arg(QDir::toNativeSeparators(dir))));
                return {};
            }
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(params.driver, name);
    db.setDatabaseName(params.database);
    if (isSqlite(params.driver)) {
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1")
                                 .arg(DatabaseConnector::busyTimeoutMs));
    } else {
        db.setHostName(params.host);
        db.setPort(params.port);
        db.setUserName(params.user);
        db.setPassword(params.password);
        db.setConnectOptions(postgresOptions(params.options));
    }

    QElapsedTimer opening;
    opening.start();
    if (!db.open()) {
        QSqlError openError = db.lastError();
        const qint64 took = opening.elapsed();
        const QString options = db.connectOptions();
        discard(db);
        if (!isSqlite(params.driver)) {
            // QPSQL says only "Unable to connect", with libpq's text in the user's language and
            // no code: ask libpq again, for a reason in plain words and a code (28P01 when a
            // password is what is missing or wrong, 3D000 for no such database...).
            detail::PgConnectParameters probe;
            probe.host = params.host;
            probe.database = params.database;
            probe.user = params.user;
            probe.password = params.password;
            probe.options = options;
            probe.port = params.port;
            openError = detail::pgConnectError(probe, openError, took, connectTimeoutOf(options));
        }
        setError(error, openError);
        return {};
    }
    QSqlError setupError;
    if (!setUp(db, &setupError)) {
        discard(db);
        setError(error, setupError);
        return {};
    }
    setError(error, QSqlError());
    return db;
}

} // namespace

QSqlDatabase DatabaseConnector::open(const ConnectionSpec &spec, const QString &name,
                                     QSqlError *error)
{
    ConnectionParameters params;
    params.driver = spec.driverName();
    if (spec.backend() == ConnectionSpec::Backend::SQLite) {
        params.database = spec.path();
    } else {
        params.database = spec.database();
        params.host = spec.host();
        params.port = spec.port();
        params.user = spec.user();
        params.password = spec.password();
        params.options = spec.options();
    }
    return openWith(params, name, error);
}

QSqlDatabase DatabaseConnector::clone(const QSqlDatabase &db, const QString &name,
                                      QSqlError *error)
{
    if (!db.isValid()) {
        setError(error, connectionError(DatabaseConnector::tr("There is no connection to copy.")));
        return {};
    }
    ConnectionParameters params;
    params.driver = db.driverName();
    params.database = db.databaseName();
    params.host = db.hostName();
    params.port = db.port();
    params.user = db.userName();
    params.password = db.password();
    params.options = db.connectOptions();
    return openWith(params, name, error);
}

bool DatabaseConnector::reopen(QSqlDatabase db, QSqlError *error)
{
    if (!db.isValid()) {
        setError(error, connectionError(DatabaseConnector::tr("There is no connection to open again.")));
        return false;
    }
    db.close();
    if (!db.open()) {
        setError(error, db.lastError());
        return false;
    }
    QSqlError setupError;
    if (!setUp(db, &setupError)) {
        db.close();
        setError(error, setupError);
        return false;
    }
    setError(error, QSqlError());
    detail::announceReopen(db);
    return true;
}

QString DatabaseConnector::uniqueName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    QString name;
    do {
        name = QStringLiteral("%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1) + 1);
    } while (QSqlDatabase::contains(name)); // somebody may have picked such a name by hand
    return name;
}

void DatabaseConnector::close(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool DatabaseConnector::needsPassword(const QSqlError &error)
{
    // By code, never by libpq's words: open() and clone() stamp 28P01 on a connect the server
    // refused for want of the right password (see connectfailure.cpp).
    return error.nativeErrorCode() == QLatin1String("28P01");
}

DatabaseConnector::Failure DatabaseConnector::failure(const QSqlError &error)
{
    if (!error.isValid())
        return Failure::None;
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("28P01"))
        return Failure::Password;
    if (code == QLatin1String("28000"))
        return Failure::LoginRefused;
    if (code == QLatin1String("3D000"))
        return Failure::NoSuchDatabase;
    if (code == QLatin1String(detail::hostNotFoundCode))
        return Failure::HostNotFound;
    if (code == QLatin1String(detail::noAnswerCode))
        return Failure::NoAnswer;
    if (code == QLatin1String(detail::refusedCode))
        return Failure::Refused;
    return Failure::Other;
}

QString DatabaseConnector::loginName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // getpwuid_r: another thread may be reading the password database too.
    struct passwd entry;
    struct passwd *found = nullptr;
    char buffer[4096];
    if (getpwuid_r(geteuid(), &entry, buffer, sizeof buffer, &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    return {};
}

QString DatabaseConnector::operatorName(const QSqlDatabase &db)
{
    if (db.isOpen() && db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT session_user")) && query.next()
            && !query.value(0).toString().isEmpty())
            return query.value(0).toString();
        if (!db.userName().isEmpty())
            return db.userName();
    }
    return loginName();
}

} // namespace concord
