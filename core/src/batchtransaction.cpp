// BatchTransaction: a transaction of our own, or a savepoint inside the caller's.
#include "batchtransaction_p.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace concord::detail {

namespace {
const QString savepoint = QStringLiteral("concord_submit");
} // namespace

bool BatchTransaction::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = query.lastError();
    return false;
}

bool BatchTransaction::callerHasTransaction()
{
    // now() is the time the transaction began: inside an explicit transaction that is earlier
    // than this statement, outside one (autocommit) it is this statement's own start.
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT now() <> statement_timestamp()")) && query.next()
           && query.value(0).toBool();
}

bool BatchTransaction::begin()
{
    m_mode = Mode::None;
    switch (m_db.driver()->dbmsType()) {
    case QSqlDriver::SQLite:
        // Outside a transaction SQLite's SAVEPOINT opens one (RELEASE commits it); inside the
        // caller's it nests.
        if (exec(QStringLiteral("SAVEPOINT ") + savepoint))
            m_mode = Mode::Savepoint;
        break;
    case QSqlDriver::PostgreSQL:
        if (callerHasTransaction()) {
            if (exec(QStringLiteral("SAVEPOINT ") + savepoint))
                m_mode = Mode::Savepoint;
        } else if (m_db.transaction()) {
            m_mode = Mode::Own;
        }
        break;
    default:
        if (m_db.transaction())
            m_mode = Mode::Own;
        break;
    }
    return isOpen();
}

bool BatchTransaction::commit()
{
    const Mode mode = std::exchange(m_mode, Mode::None);
    switch (mode) {
    case Mode::None:
        return true;
    case Mode::Own:
        if (m_db.commit())
            return true;
        m_error = m_db.lastError();
        m_db.rollback();
        return false;
    case Mode::Savepoint:
        if (exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint))
            return true;
        m_mode = Mode::Savepoint;
        const QSqlError error = m_error;
        rollback();
        m_error = error;
        return false;
    }
    return false;
}

void BatchTransaction::rollback()
{
    const Mode mode = std::exchange(m_mode, Mode::None);
    if (mode == Mode::Own) {
        m_db.rollback();
    } else if (mode == Mode::Savepoint) {
        exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
        exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
    }
}

} // namespace concord::detail
