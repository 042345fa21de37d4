// transactionState(): libpq or SQLite asked directly, a statement as the fallback.
#include "transactionprobe_p.h"

#include "libpqaccess_p.h"

#include <QSqlDriver>
#include <QSqlQuery>

#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

namespace concord::detail {

namespace {

struct sqlite3;
using GetAutocommit = int (*)(sqlite3 *);
using LibVersion = const char *(*)();

// sqlite3_get_autocommit of the SQLite library the driver uses. Only a library already loaded
// is asked (a Qt built with its own copy of SQLite inside the plugin has none loaded), and only
// when it is the version the connection runs: a handle must never reach another build's code.
GetAutocommit sqliteAutocommit(const QSqlDatabase &db)
{
#if defined(Q_OS_UNIX)
    // Every QSQLITE connection runs the one library the plugin uses: checked once.
    static const GetAutocommit resolved = [&db]() -> GetAutocommit {
        void *lib = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
        if (!lib)
            return nullptr;
        auto get = reinterpret_cast<GetAutocommit>(dlsym(lib, "sqlite3_get_autocommit"));
        auto version = reinterpret_cast<LibVersion>(dlsym(lib, "sqlite3_libversion"));
        dlclose(lib); // only the reference NOLOAD took: the driver keeps the library loaded
        QSqlQuery query(db);
        if (!get || !version || !query.exec(QStringLiteral("SELECT sqlite_version()"))
            || !query.next() || query.value(0).toString() != QString::fromLatin1(version()))
            return nullptr;
        return get;
    }();
    return resolved;
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

TransactionState sqliteState(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    const char *type = handle.typeName();
    if (handle.isValid() && type && qstrcmp(type, "sqlite3*") == 0) {
        if (sqlite3 *conn = *static_cast<sqlite3 *const *>(handle.constData())) {
            if (const GetAutocommit autocommit = sqliteAutocommit(db))
                return autocommit(conn) ? TransactionState::Closed : TransactionState::Open;
        }
    }
    // BEGIN fails inside a transaction; outside one it opens an empty deferred transaction,
    // which takes no lock and is committed at once (COMMIT, unlike ROLLBACK, leaves a pending
    // read statement of the connection alone).
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN")))
        return TransactionState::Open;
    // Never leave our probe open: the application's next writes would go into it.
    if (!query.exec(QStringLiteral("COMMIT")))
        query.exec(QStringLiteral("ROLLBACK"));
    return TransactionState::Closed;
}

TransactionState postgresState(const QSqlDatabase &db)
{
    switch (pgTransactionStatus(db.driver())) {
    case 0: // PQTRANS_IDLE
        return TransactionState::Closed;
    case 2: // PQTRANS_INTRANS
    case 3: // PQTRANS_INERROR
        return TransactionState::Open;
    case -1:
        break; // libpq not reachable: ask the server
    default:
        return TransactionState::Unknown; // a command under way, or the connection is bad
    }
    // now() is the time the transaction began: inside an explicit transaction that is earlier
    // than this statement, outside one (autocommit) it is this statement's own start.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT now() <> statement_timestamp()")) || !query.next())
        return TransactionState::Unknown;
    return query.value(0).toBool() ? TransactionState::Open : TransactionState::Closed;
}

} // namespace

TransactionState transactionState(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return TransactionState::Unknown;
    switch (db.driver()->dbmsType()) {
    case QSqlDriver::SQLite:
        return sqliteState(db);
    case QSqlDriver::PostgreSQL:
        return postgresState(db);
    default:
        return TransactionState::Unknown;
    }
}

} // namespace concord::detail
