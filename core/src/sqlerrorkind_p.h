// Tells constraint violations, bad values and locked/lost databases apart from other SQL errors,
// by SQLSTATE (PostgreSQL) and result code (SQLite), never by a message's words; and words them plainly.
#pragma once

#include <concord/columnbounds.h>

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

class QSqlDriver;
class QSqlQuery;

namespace concord::detail {

enum class SqlErrorKind {
    None,
    ConstraintViolation,  // PostgreSQL class 23, SQLITE_CONSTRAINT (19)
    InvalidValue,         // 22001 too long, 22003 out of range, 22P02/22007/22008 bad form; SQLITE_MISMATCH
    Locked,               // 55P03, 40001, 40P01; SQLITE_BUSY, SQLITE_LOCKED: nothing written, try again
    ConnectionLost,       // 08xxx, 57P01-57P03, or a connection libpq has marked broken
    AuthenticationFailed, // 28P01, 28000
    ReadOnly,             // the file, its folder or the server refuses writes (SQLITE_READONLY, 25006)
    DiskFull,             // SQLITE_FULL (also PRAGMA max_page_count), PostgreSQL 53100
    Other
};
enum class ConstraintKind { None, Unique, NotNull, ForeignKey, Check, Other };

// `driver`, when given, lets an error without a code (libpq's own, after the server went away)
// be told by the connection's state instead of by its text.
SqlErrorKind classify(const QSqlError &error, const QSqlDriver *driver = nullptr);
ConstraintKind constraintKind(const QSqlError &error);
// A foreign-key violation (PostgreSQL 23503, SQLite's SQLITE_CONSTRAINT_FOREIGNKEY): which
// direction it is, a missing parent or a row others refer to, only the statement can tell.
bool isForeignKeyViolation(const QSqlError &error);
// The column(s) a constraint violation is about, comma-separated, or empty when unknown.
// SQLite: from its message, which SQLite never translates. PostgreSQL: from the failed query's
// diagnostic fields and the catalogue (see the .cpp). `table` is the table written to.
QString violatedColumns(const QSqlError &error, const QSqlQuery *failed, const QSqlDatabase &db,
                        const QString &table);
// The column whose value PostgreSQL refused as too long (22001) or out of range (22003), or
// empty. The server names none, so each value `sent` is cast to its column's declared type
// (bounds[column].type) on its own: the one whose cast fails the same way is it. Failing that
// (a trigger made the value), the only value sent of the refused kind, if there is one.
QString unfitColumn(const QSqlError &error, const QSqlDatabase &db,
                    const QList<QPair<QString, QVariant>> &sent,
                    const QHash<QString, ColumnBounds> &bounds);
// "qty of items is too large: it takes at most 32,767. Nothing was saved; ..." for a number
// outside `bounds` (its integer range, or its NUMERIC(p,s) digits before the point).
QString numberTooBigText(const QString &column, const QString &table, const ColumnBounds &bounds,
                         bool tooSmall);
// The message for a refused DELETE that is not a foreign key: what happened, and that nothing was
// deleted (a delete has no edits to keep).
QString deleteFailureText(const QSqlError &error, const QSqlDriver *driver, bool connectionLost);
// The same error with a message a person can act on (the native code is kept). `column` names
// the field the message speaks of, when known.
QSqlError plainError(const QSqlError &error, const QString &table, const QString &column = {},
                     const QSqlDriver *driver = nullptr);

} // namespace concord::detail
