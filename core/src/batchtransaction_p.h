// BatchTransaction: one submitAll()'s writes as a unit, inside the caller's transaction if it has one.
//
// Concord never commits or rolls back a transaction it did not open. PostgreSQL accepts a BEGIN
// inside an open transaction with only a warning, so its COMMIT would end the caller's work;
// SQLite refuses the BEGIN, so the rows would be written outside any transaction. A SAVEPOINT
// nests in both: rolling back to it undoes only our own writes.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace concord::detail {

class BatchTransaction
{
public:
    explicit BatchTransaction(QSqlDatabase db) : m_db(std::move(db)) {}
    // False when no unit could be opened: the writes then stand one by one.
    bool begin();
    bool commit();
    void rollback();
    bool isOpen() const { return m_mode != Mode::None; }
    QSqlError lastError() const { return m_error; }

private:
    enum class Mode { None, Own, Savepoint };
    bool exec(const QString &sql);
    bool callerHasTransaction();

    QSqlDatabase m_db;
    Mode m_mode = Mode::None;
    QSqlError m_error;
};

} // namespace concord::detail
