// Connection recovery: telling a dropped session from a failed statement, and reopening it.
#include "connectionrecovery_p.h"

#include "sqlerrorkind_p.h"

#include <concord/databaseconnector.h>

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace concord::detail {

namespace {
constexpr char brokenProperty[] = "concord_connectionBroken";
constexpr char generationProperty[] = "concord_connectionGeneration";
} // namespace

bool connectionLost(const QSqlDatabase &db, const QSqlError &error)
{
    if (!error.isValid() || !db.isValid())
        return false;
    const SqlErrorKind kind = classify(error, db.driver());
    if (kind == SqlErrorKind::ConnectionLost)
        return true;
    if (!db.isOpen())
        return true;
    if (db.driver()->dbmsType() != QSqlDriver::PostgreSQL || !error.nativeErrorCode().isEmpty())
        return false;
    // On a session libpq knows is closed this fails at once, without a round trip.
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("SELECT 1")))
        return false;
    // 25P02: a transaction that an earlier error aborted; the session itself is fine.
    return probe.lastError().nativeErrorCode() != QLatin1String("25P02");
}

void markBroken(const QSqlDatabase &db)
{
    if (QSqlDriver *driver = db.driver())
        driver->setProperty(brokenProperty, true);
}

bool isBroken(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    return driver && driver->property(brokenProperty).toBool();
}

bool reopenIfBroken(const QSqlDatabase &db, QSqlError *error)
{
    // QPSQL's isOpen() is libpq's CONNECTION_OK: false once libpq has seen the session end.
    if (!isBroken(db) && db.isOpen())
        return true;
    QSqlDriver *driver = db.driver();
    const bool ok = DatabaseConnector::reopen(db, error);
    // Even a failed attempt closed the old session: what was prepared on it is gone.
    driver->setProperty(generationProperty, generation(db) + 1);
    if (ok)
        driver->setProperty(brokenProperty, false);
    return ok;
}

quint64 generation(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    return driver ? driver->property(generationProperty).toULongLong() : 0;
}

} // namespace concord::detail
