// Tells constraint violations and locked/lost databases apart from other SQL errors, and words them plainly.
#pragma once

#include <QSqlError>

namespace concord::detail {

enum class SqlErrorKind {
    None,
    ConstraintViolation,
    Locked,
    ConnectionLost,
    Other,
    ReadOnly, // the file, its folder or the server refuses writes (SQLITE_READONLY, 25006)
    DiskFull  // SQLITE_FULL (also PRAGMA max_page_count), PostgreSQL 53100
};

SqlErrorKind classify(const QSqlError &error);
// A foreign-key violation (PostgreSQL 23503, SQLite's SQLITE_CONSTRAINT_FOREIGNKEY): which
// direction it is, a missing parent or a row others refer to, only the statement can tell.
bool isForeignKeyViolation(const QSqlError &error);
// The same error with a message a person can act on (the native code is kept). `column` gets
// the column a constraint violation names, when the driver's text tells it.
QSqlError plainError(const QSqlError &error, const QString &table, QString *column = nullptr);

} // namespace concord::detail
