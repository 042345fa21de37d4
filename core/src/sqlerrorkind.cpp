// Error classification by SQLSTATE (PostgreSQL) or result code (SQLite). Message text is read
// only where it cannot vary: SQLite's own messages, which SQLite never translates. PostgreSQL's
// server and libpq messages follow lc_messages and the client's locale, so nothing is read from
// them; their column and constraint come from the result's diagnostic fields instead.
#include "sqlerrorkind_p.h"

#include "libpqaccess_p.h"

#include <concord/databaseconnector.h>

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>

namespace concord::detail {

namespace {

// A PostgreSQL SQLSTATE has five characters; QSQLITE's codes are decimal numbers below 10000
// (extended codes keep the primary code in the low byte).
bool isSqlState(const QString &code)
{
    return code.size() == 5;
}

int sqliteCode(const QString &code, bool *ok)
{
    if (isSqlState(code)) {
        *ok = false;
        return 0;
    }
    return code.toInt(ok);
}

constexpr int sqliteBusy = 5, sqliteLocked = 6, sqliteReadOnly = 8, sqliteIoErr = 10,
              sqliteCorrupt = 11, sqliteFull = 13, sqliteCantOpen = 14, sqliteConstraint = 19,
              sqliteMismatch = 20, sqliteNotADb = 26;
// Extended SQLITE_CONSTRAINT_* codes (Qt 6.4's QSQLITE does not ask for them and reports 19;
// later Qt versions do, so both are understood).
constexpr int sqliteCheck = 275, sqliteForeignKey = 787, sqliteNotNull = 1299,
              sqlitePrimaryKey = 1555, sqliteUnique = 2067, sqliteDatatype = 3091;

// QSQLITE puts sqlite3_errmsg() in databaseText: fixed English text, never translated.
QString sqliteMessage(const QSqlError &error)
{
    return error.databaseText();
}

} // namespace

SqlErrorKind classify(const QSqlError &error, const QSqlDriver *driver)
{
    if (!error.isValid())
        return SqlErrorKind::None;
    const QString code = error.nativeErrorCode();
    bool ok = false;
    if (const int n = sqliteCode(code, &ok); ok) {
        if (n == sqliteDatatype)
            return SqlErrorKind::InvalidValue; // a STRICT table refusing a value of another type
        switch (n & 0xff) {
        case sqliteConstraint:
            return SqlErrorKind::ConstraintViolation;
        case sqliteMismatch:
            return SqlErrorKind::InvalidValue;
        case sqliteBusy:
        case sqliteLocked:
            return SqlErrorKind::Locked;
        case sqliteReadOnly:
            return SqlErrorKind::ReadOnly;
        case sqliteFull: // also PRAGMA max_page_count, which stands in for a small disk
            return SqlErrorKind::DiskFull;
        default:
            return SqlErrorKind::Other;
        }
    }
    if (isSqlState(code)) {
        if (code.startsWith(QLatin1String("23")))
            return SqlErrorKind::ConstraintViolation;
        if (code == QLatin1String("22001") || code == QLatin1String("22003")
            || code == QLatin1String("22P02") || code == QLatin1String("22007")
            || code == QLatin1String("22008"))
            return SqlErrorKind::InvalidValue;
        // 55P03: lock_timeout ran out (DatabaseConnector sets one); 40001/40P01: serialization
        // failure and deadlock, where the server undid the statement and a retry may pass.
        if (code == QLatin1String("55P03") || code == QLatin1String("40001")
            || code == QLatin1String("40P01"))
            return SqlErrorKind::Locked;
        if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
            || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
            return SqlErrorKind::ConnectionLost;
        if (code == QLatin1String("25006")) // read_only_sql_transaction
            return SqlErrorKind::ReadOnly;
        if (code == QLatin1String("53100")) // disk_full
            return SqlErrorKind::DiskFull;
        if (code.startsWith(QLatin1String("28")))
            return SqlErrorKind::AuthenticationFailed;
        return SqlErrorKind::Other;
    }
    // No code: QPSQL passes on libpq's own errors (the server went away) without one.
    if (error.type() == QSqlError::ConnectionError || pgConnectionBroken(driver))
        return SqlErrorKind::ConnectionLost;
    return SqlErrorKind::Other;
}

ConstraintKind constraintKind(const QSqlError &error)
{
    if (classify(error) != SqlErrorKind::ConstraintViolation)
        return ConstraintKind::None;
    const QString code = error.nativeErrorCode();
    if (isSqlState(code)) {
        if (code == QLatin1String("23505"))
            return ConstraintKind::Unique;
        if (code == QLatin1String("23502"))
            return ConstraintKind::NotNull;
        if (code == QLatin1String("23503"))
            return ConstraintKind::ForeignKey;
        if (code == QLatin1String("23514"))
            return ConstraintKind::Check;
        return ConstraintKind::Other;
    }
    bool ok = false;
    switch (sqliteCode(code, &ok)) {
    case sqliteUnique:
    case sqlitePrimaryKey:
        return ConstraintKind::Unique;
    case sqliteNotNull:
        return ConstraintKind::NotNull;
    case sqliteForeignKey:
        return ConstraintKind::ForeignKey;
    case sqliteCheck:
        return ConstraintKind::Check;
    default:
        break;
    }
    // The primary code alone: SQLite's message, fixed English text that is never translated,
    // starts with the kind ("UNIQUE constraint failed: items.email").
    const QString text = sqliteMessage(error);
    if (text.startsWith(QLatin1String("UNIQUE constraint failed")))
        return ConstraintKind::Unique;
    if (text.startsWith(QLatin1String("NOT NULL constraint failed")))
        return ConstraintKind::NotNull;
    if (text.startsWith(QLatin1String("FOREIGN KEY constraint failed")))
        return ConstraintKind::ForeignKey;
    if (text.startsWith(QLatin1String("CHECK constraint failed")))
        return ConstraintKind::Check;
    return ConstraintKind::Other;
}

bool isForeignKeyViolation(const QSqlError &error)
{
    return constraintKind(error) == ConstraintKind::ForeignKey;
}

namespace {

QString sqliteColumns(const QSqlError &error, const QString &table)
{
    // "UNIQUE constraint failed: items.a, items.b"; a CHECK names its constraint or expression
    // and a FOREIGN KEY nothing, so only UNIQUE and NOT NULL name columns.
    const ConstraintKind kind = constraintKind(error);
    if (kind != ConstraintKind::Unique && kind != ConstraintKind::NotNull)
        return {};
    const QString text = sqliteMessage(error);
    const qsizetype at = text.indexOf(QLatin1String("failed: "));
    if (at < 0)
        return {};
    const QString bare = table.section(QLatin1Char('.'), -1);
    QStringList columns;
    for (QString part : text.mid(at + 8).split(QLatin1String(", "))) {
        part = part.trimmed();
        if (part.startsWith(bare + QLatin1Char('.')))
            columns << part.mid(bare.size() + 1);
        else
            columns << part.section(QLatin1Char('.'), -1);
    }
    return columns.join(QLatin1String(", "));
}

// The columns of constraint (or unique index) `name` of schema.table, from the catalogue.
QString catalogueColumns(const QSqlDatabase &db, const QString &schema, const QString &table,
                         const QString &name, bool *ran)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.attname FROM pg_constraint c"
        " JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
        " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)"
        " WHERE c.conname = ? AND t.relname = ? AND n.nspname = ?"
        " UNION "
        "SELECT a.attname FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid"
        " JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
        " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
        " WHERE x.relname = ? AND t.relname = ? AND n.nspname = ?"));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(name);
        q.addBindValue(table);
        q.addBindValue(schema);
    }
    *ran = q.exec();
    QStringList columns;
    while (q.next())
        columns << q.value(0).toString();
    columns.sort();
    return columns.join(QLatin1String(", "));
}

} // namespace

QString violatedColumns(const QSqlError &error, const QSqlQuery *failed, const QSqlDatabase &db,
                        const QString &table)
{
    if (classify(error) != SqlErrorKind::ConstraintViolation)
        return {};
    if (!isSqlState(error.nativeErrorCode()))
        return sqliteColumns(error, table);
    if (!failed)
        return {};
    // PostgreSQL: the result's diagnostic fields, which no locale changes. A NOT NULL
    // violation names its column; the others name their constraint, whose columns the
    // catalogue holds. (Parsing "Key (email)=..." out of the DETAIL line would depend on the
    // server's language, and the model's own schema knows no constraint names.)
    const QString column = pgErrorField(*failed, PgDiagField::Column);
    if (!column.isEmpty())
        return column;
    const QString constraint = pgErrorField(*failed, PgDiagField::Constraint);
    const QString schema = pgErrorField(*failed, PgDiagField::Schema);
    const QString owner = pgErrorField(*failed, PgDiagField::Table);
    if (constraint.isEmpty() || owner.isEmpty())
        return {};
    bool ran = false;
    QString columns = catalogueColumns(db, schema, owner, constraint, &ran);
    if (!ran) {
        // Inside a batch the failed statement has aborted the transaction (25P02), which
        // refuses every query until the rollback: a short-lived second connection reads it.
        const QString name = DatabaseConnector::uniqueName(QStringLiteral("concord-catalogue"));
        {
            QSqlDatabase other = DatabaseConnector::clone(db, name);
            if (other.isOpen())
                columns = catalogueColumns(other, schema, owner, constraint, &ran);
        }
        DatabaseConnector::close(name);
    }
    return columns;
}

namespace {

// The first value of `sent` whose cast to its column's type fails with `code`, on `db`.
QString castFailure(const QSqlDatabase &db, const QString &code,
                    const QList<QPair<QString, QVariant>> &sent,
                    const QHash<QString, ColumnBounds> &bounds, bool *ran)
{
    *ran = true;
    for (const auto &[column, value] : sent) {
        const QString type = bounds.value(column).type;
        if (value.isNull() || type.isEmpty())
            continue;
        // The type is format_type()'s own spelling, quoted where it must be.
        QSqlQuery cast(db);
        cast.setForwardOnly(true);
        const bool prepared = cast.prepare(QStringLiteral("SELECT CAST(CAST(? AS text) AS %1)").arg(type));
        if (prepared) {
            cast.addBindValue(value);
            if (cast.exec())
                continue;
        }
        const QString failed = cast.lastError().nativeErrorCode();
        if (failed == code)
            return column;
        if (failed == QLatin1String("25P02")) { // the failed statement aborted the transaction
            *ran = false;
            return {};
        }
    }
    return {};
}

} // namespace

QString unfitColumn(const QSqlError &error, const QSqlDatabase &db,
                    const QList<QPair<QString, QVariant>> &sent,
                    const QHash<QString, ColumnBounds> &bounds)
{
    const QString code = error.nativeErrorCode();
    if (code != QLatin1String("22001") && code != QLatin1String("22003"))
        return {};
    bool ran = false;
    QString column = castFailure(db, code, sent, bounds, &ran);
    if (!ran) {
        // Inside a batch: a short-lived second connection asks instead (see violatedColumns).
        const QString name = DatabaseConnector::uniqueName(QStringLiteral("concord-cast"));
        {
            QSqlDatabase other = DatabaseConnector::clone(db, name);
            if (other.isOpen())
                column = castFailure(other, code, sent, bounds, &ran);
        }
        DatabaseConnector::close(name);
    }
    if (!column.isEmpty())
        return column;
    // A value the cast lets through (a trigger changed it, or a text was cut to size by the
    // cast): the one value sent that could be too long or too large is it, when there is one.
    QStringList candidates;
    for (const auto &[name, value] : sent) {
        if (value.isNull())
            continue;
        bool number = false;
        value.toString().trimmed().toDouble(&number);
        const bool text = value.metaType().id() == QMetaType::QString;
        if (code == QLatin1String("22003") ? number : (text && !number))
            candidates << name;
    }
    return candidates.size() == 1 ? candidates.first() : QString();
}

QString numberTooBigText(const QString &column, const QString &table, const ColumnBounds &bounds,
                         bool tooSmall)
{
    const QString kept = QCoreApplication::translate("concord::VersionedTableModel",
                                                     "Nothing was saved; your edits are kept.");
    QString text;
    if (!bounds.integral && bounds.integerDigits >= 0)
        text = QCoreApplication::translate("concord::VersionedTableModel",
                                           "%1 of %2 is too large: it takes at most %n digit(s) "
                                           "before the decimal point.", nullptr, bounds.integerDigits)
                   .arg(column, table);
    else if (tooSmall)
        text = QCoreApplication::translate("concord::VersionedTableModel",
                                           "%1 of %2 is too small: it takes at least %3.")
                   .arg(column, table, QLocale().toString(bounds.minimum));
    else
        text = QCoreApplication::translate("concord::VersionedTableModel",
                                           "%1 of %2 is too large: it takes at most %3.")
                   .arg(column, table, QLocale().toString(bounds.maximum));
    return text + QLatin1Char(' ') + kept;
}

QString deleteFailureText(const QSqlError &error, const QSqlDriver *driver, bool connectionLost)
{
    // As plainError, for a delete: it has no edits to keep, so none of "your edits are kept".
    const SqlErrorKind kind = classify(error, driver);
    if (connectionLost || kind == SqlErrorKind::ConnectionLost)
        return QCoreApplication::translate("concord::VersionedTableModel",
                                           "The connection to the database was lost. Nothing was "
                                           "deleted.");
    switch (kind) {
    case SqlErrorKind::Locked:
        return QCoreApplication::translate("concord::VersionedTableModel",
                                           "The database is busy or locked by another program. "
                                           "Nothing was deleted. Try again in a moment.");
    case SqlErrorKind::ReadOnly:
        return QCoreApplication::translate("concord::VersionedTableModel",
                                           "The database accepts no changes (it is read-only). "
                                           "Nothing was deleted.");
    case SqlErrorKind::DiskFull:
        return QCoreApplication::translate("concord::VersionedTableModel",
                                           "The disk that holds the database is full. Nothing was "
                                           "deleted.");
    default: {
        const QString db = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
        return QCoreApplication::translate("concord::VersionedTableModel",
                                           "The database refused the delete: %1 Nothing was "
                                           "deleted.")
            .arg(db.trimmed());
    }
    }
}

QSqlError plainError(const QSqlError &error, const QString &table, const QString &column,
                     const QSqlDriver *driver)
{
    // Written out in full at each call: lupdate files a message only under a literal context,
    // and the model's users look these up as concord::VersionedTableModel.
    const QString db = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    QString text;
    const QString kept = QCoreApplication::translate("concord::VersionedTableModel",
                                                     "Nothing was saved; your edits are kept.");
    switch (classify(error, driver)) {
    case SqlErrorKind::None:
        return error;
    case SqlErrorKind::ConstraintViolation:
        switch (constraintKind(error)) {
        case ConstraintKind::Unique:
            text = column.isEmpty()
                ? QCoreApplication::translate("concord::VersionedTableModel",
                                              "Another row of %1 already has these values: they must be unique.")
                      .arg(table)
                : QCoreApplication::translate("concord::VersionedTableModel",
                                              "Another row of %1 already has this %2: it must be unique.")
                      .arg(table, column);
            break;
        case ConstraintKind::NotNull:
            text = QCoreApplication::translate("concord::VersionedTableModel", "%1 of %2 cannot be empty.")
                       .arg(column.isEmpty() ? QCoreApplication::translate("concord::VersionedTableModel", "A field")
                                             : column,
                            table);
            break;
        case ConstraintKind::ForeignKey:
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "The %1 refers to a row that does not exist.")
                       .arg(column.isEmpty()
                                ? QCoreApplication::translate("concord::VersionedTableModel", "value")
                                : column);
            break;
        case ConstraintKind::Check:
            text = column.isEmpty()
                ? QCoreApplication::translate("concord::VersionedTableModel",
                                              "A value is not allowed by a rule (CHECK) of table %1.")
                      .arg(table)
                : QCoreApplication::translate("concord::VersionedTableModel",
                                              "This %1 is not allowed by a rule (CHECK) of table %2.")
                      .arg(column, table);
            break;
        case ConstraintKind::Other:
        case ConstraintKind::None:
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "The change breaks a rule of table %1.")
                       .arg(table);
            break;
        }
        text += QLatin1Char(' ') + kept;
        break;
    case SqlErrorKind::InvalidValue: {
        const QString code = error.nativeErrorCode();
        if (code == QLatin1String("22001") && !column.isEmpty())
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "%1 of %2 is too long for its column.").arg(column, table);
        else if (code == QLatin1String("22003") && !column.isEmpty())
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "%1 of %2 is too large or too small for its column.")
                       .arg(column, table);
        else if (code == QLatin1String("22001"))
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "A text is longer than its column of %1 allows.").arg(table);
        else if (code == QLatin1String("22003"))
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "A number is too large or too small for its column of %1.").arg(table);
        else
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "A value does not fit its column of %1 (for example, "
                                               "text where a number or a date belongs).").arg(table);
        text += QLatin1Char(' ') + kept;
        break;
    }
    case SqlErrorKind::Locked:
        text = QCoreApplication::translate("concord::VersionedTableModel",
                                           "The database is busy or locked by another program. "
                                           "Nothing was saved; your edits are kept. Try again in a moment.");
        break;
    case SqlErrorKind::ConnectionLost:
        text = QCoreApplication::translate("concord::VersionedTableModel",
                                           "The connection to the database was lost. Nothing was saved; "
                                           "your edits are kept.");
        break;
    case SqlErrorKind::ReadOnly:
        text = error.nativeErrorCode() == QLatin1String("25006")
            ? QCoreApplication::translate("concord::VersionedTableModel",
                                          "The database server accepts no changes (it is read-only). "
                                          "Nothing was saved; your edits are kept.")
            : QCoreApplication::translate("concord::VersionedTableModel",
                                          "The database file is read-only: the file or its folder "
                                          "does not allow changes. Nothing was saved; your edits are kept.");
        break;
    case SqlErrorKind::DiskFull:
        text = QCoreApplication::translate("concord::VersionedTableModel",
                                           "The disk that holds the database is full. Nothing was saved; "
                                           "your edits are kept. Free some space, then save again.");
        break;
    case SqlErrorKind::AuthenticationFailed:
        text = QCoreApplication::translate("concord::VersionedTableModel",
                                           "The server refused the user name or password.");
        break;
    case SqlErrorKind::Other: {
        bool ok = false;
        const int n = sqliteCode(error.nativeErrorCode(), &ok) & 0xff;
        if (ok && (n == sqliteNotADb || n == sqliteCorrupt))
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "The file is not a SQLite database, or it is damaged.");
        else if (ok && (n == sqliteCantOpen || n == sqliteIoErr))
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "The database file cannot be read or written. Nothing was "
                                               "saved; your edits are kept.");
        else
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "The database refused the change: %1")
                       .arg(db.trimmed());
        break;
    }
    }
    // The plain words go in driverText alone, so text() reads as one message.
    return QSqlError(text, QString(), error.type(), error.nativeErrorCode());
}

} // namespace concord::detail
