// Error classification by SQLSTATE (PostgreSQL) or result code and message (SQLite): drivers report
// constraint failures only as text and codes, and the model must tell them from conflicts.
#include "sqlerrorkind_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace concord::detail {

namespace {

bool isPostgresConstraint(const QString &code)
{
    // Class 23: integrity constraint violation (23502 not null, 23503 FK, 23505 unique, 23514 check).
    return code.size() == 5 && code.startsWith(QLatin1String("23"));
}

bool isSqliteConstraint(const QString &code, const QString &text)
{
    bool ok = false;
    const int n = code.toInt(&ok);
    // SQLITE_CONSTRAINT is 19; extended codes keep it in the low byte.
    if (ok && (n & 0xff) == 19)
        return true;
    return text.contains(QLatin1String("constraint failed"), Qt::CaseInsensitive);
}

QString constraintColumn(const QString &text)
{
    // SQLite: "UNIQUE constraint failed: customers.email"; PostgreSQL: "Key (email)=..." or
    // "null value in column \"name\"".
    static const QRegularExpression sqlite(QStringLiteral("failed: \\w+\\.(\\w+)"));
    static const QRegularExpression pgKey(QStringLiteral("Key \\((\\w+)\\)"));
    static const QRegularExpression pgColumn(QStringLiteral("column \"(\\w+)\""));
    for (const QRegularExpression *re : {&sqlite, &pgKey, &pgColumn}) {
        const auto m = re->match(text);
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

} // namespace

SqlErrorKind classify(const QSqlError &error)
{
    if (!error.isValid())
        return SqlErrorKind::None;
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (isPostgresConstraint(code) || isSqliteConstraint(code, text))
        return SqlErrorKind::ConstraintViolation;
    // 55P03: PostgreSQL's lock_timeout ran out (DatabaseConnector sets one).
    if (code == QLatin1String("55P03")
        || text.contains(QLatin1String("database is locked"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("database table is locked"), Qt::CaseInsensitive))
        return SqlErrorKind::Locked;
    if (error.type() == QSqlError::ConnectionError
        || text.contains(QLatin1String("server closed the connection"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("no connection to the server"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("terminating connection"), Qt::CaseInsensitive))
        return SqlErrorKind::ConnectionLost;
    return SqlErrorKind::Other;
}

bool isForeignKeyViolation(const QSqlError &error)
{
    if (!error.isValid()) // no error at all, whatever code a driver left in it
        return false;
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("23503") || code == QLatin1String("787")) // 787: 19 | (3 << 8)
        return true;
    // QSQLITE reports the primary result code (19); SQLite's own message is never translated.
    return classify(error) == SqlErrorKind::ConstraintViolation
           && error.databaseText().contains(QLatin1String("FOREIGN KEY constraint failed"));
}

QSqlError plainError(const QSqlError &error, const QString &table, QString *column)
{
    // Written out in full at each call: lupdate files a message only under a literal context,
    // and the model's users look these up as concord::VersionedTableModel.
    const QString db = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    QString text;
    switch (classify(error)) {
    case SqlErrorKind::None:
        return error;
    case SqlErrorKind::ConstraintViolation: {
        const QString all = db + QLatin1Char(' ') + error.driverText();
        const QString field = constraintColumn(all);
        if (column)
            *column = field;
        const QString upper = all.toUpper();
        if (upper.contains(QLatin1String("UNIQUE")) || upper.contains(QLatin1String("DUPLICATE KEY"))) {
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "Another row of %1 already has this %2: it must be unique.")
                       .arg(table, field);
        } else if (upper.contains(QLatin1String("NOT NULL")) || upper.contains(QLatin1String("NULL VALUE"))) {
            text = QCoreApplication::translate("concord::VersionedTableModel", "%1 of %2 cannot be empty.")
                       .arg(field, table);
        } else if (upper.contains(QLatin1String("FOREIGN KEY"))) {
            const QString what = field.isEmpty()
                ? QCoreApplication::translate("concord::VersionedTableModel", "value") : field;
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "The %1 refers to a row that does not exist.")
                       .arg(what);
        } else {
            text = QCoreApplication::translate("concord::VersionedTableModel",
                                               "The change breaks a rule of table %1.")
                       .arg(table);
        }
        text += QLatin1Char(' ')
                + QCoreApplication::translate("concord::VersionedTableModel",
                                              "Nothing was saved; your edits are kept.");
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
    case SqlErrorKind::Other:
        text = QCoreApplication::translate("concord::VersionedTableModel",
                                           "The database refused the change: %1")
                   .arg(db.trimmed());
        break;
    }
    // The plain words go in driverText alone, so text() reads as one message.
    return QSqlError(text, QString(), error.type(), error.nativeErrorCode());
}

} // namespace concord::detail
