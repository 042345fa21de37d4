// Fuzz target: the SQL error classifier, fed QSqlErrors built from bytes (code, both texts, type).
// It must be total and deterministic, and its plain wording must keep what callers rely on.
#include "fuzzinput.h"

#include "sqlerrorkind_p.h"

#include <QSqlError>

using concord::fuzz::FuzzInput;
using concord::fuzz::text;
using namespace concord::detail;

namespace {

// Codes the drivers really report, so that the interesting branches are reached often.
QString code(FuzzInput &in)
{
    static const char *const known[] = {"23505", "23503", "23502", "23514", "23000", "55P03", "40001",
                                        "40P01", "08006", "57P01", "19",    "787",   "2067",  "1555",
                                        "5",     "6",     "261",   "517",   "1",     "-1",    ""};
    const uint8_t how = in.byte();
    if (how < 128)
        return QLatin1String(known[how % (sizeof(known) / sizeof(*known))]);
    if (how < 192)
        return QString::number(in.integer<int32_t>());
    return in.text(8);
}

// The same: real phrases, sometimes with bytes around them.
QString message(FuzzInput &in)
{
    static const char *const known[] = {
        "UNIQUE constraint failed: customers.email", "NOT NULL constraint failed: t.name",
        "FOREIGN KEY constraint failed", "CHECK constraint failed: qty",
        "duplicate key value violates unique constraint \"t_pkey\"",
        "Key (email)=(a@b) already exists.", "null value in column \"name\" violates not-null constraint",
        "database is locked", "database table is locked", "server closed the connection unexpectedly",
        "no connection to the server", "terminating connection due to administrator command",
        "canceling statement due to lock timeout", "", "QPSQL: Unable to create query"};
    const uint8_t how = in.byte();
    QString text;
    if (how & 1)
        text += in.text(24);
    if (how & 2)
        text += QLatin1String(known[in.byte() % (sizeof(known) / sizeof(*known))]);
    if (how & 4)
        text += in.text(24);
    return text;
}

bool isKind(SqlErrorKind kind)
{
    switch (kind) {
    case SqlErrorKind::None:
    case SqlErrorKind::ConstraintViolation:
    case SqlErrorKind::Locked:
    case SqlErrorKind::InvalidValue:
    case SqlErrorKind::ConnectionLost:
    case SqlErrorKind::AuthenticationFailed:
    case SqlErrorKind::ReadOnly:
    case SqlErrorKind::DiskFull:
    case SqlErrorKind::Other:
        return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const auto type = QSqlError::ErrorType(in.byte() % 5); // NoError .. UnknownError
    const QString nativeCode = code(in);
    const QString driverText = message(in);
    const QString databaseText = message(in);
    const QString table = in.text(16);
    const QSqlError error(driverText, databaseText, type, nativeCode);

    const SqlErrorKind kind = classify(error);
    CONCORD_FUZZ_CHECK(isKind(kind), "kind %d", int(kind));
    CONCORD_FUZZ_CHECK(classify(error) == kind);
    CONCORD_FUZZ_CHECK(classify(QSqlError(error)) == kind); // a copy is classified the same
    CONCORD_FUZZ_CHECK((kind == SqlErrorKind::None) == !error.isValid(), "type %d, kind %d", int(type),
                       int(kind));
    const bool foreignKey = isForeignKeyViolation(error);
    CONCORD_FUZZ_CHECK(isForeignKeyViolation(error) == foreignKey);
    CONCORD_FUZZ_CHECK(!foreignKey || kind == SqlErrorKind::ConstraintViolation,
                       "code [%s] driver [%s] db [%s]: foreign key but kind %d", text(nativeCode),
                       text(driverText), text(databaseText), int(kind));

    // The column comes from violatedColumns() (the diagnostic fields, or SQLite's own words).
    const QString column = in.text(12);
    const QSqlError plain = plainError(error, table, column);
    CONCORD_FUZZ_CHECK(plainError(error, table, column).text() == plain.text()); // deterministic
    if (kind == SqlErrorKind::None) {
        CONCORD_FUZZ_CHECK(plain.type() == error.type() && plain.driverText() == error.driverText()
                           && plain.databaseText() == error.databaseText()
                           && plain.nativeErrorCode() == error.nativeErrorCode());
        return 0;
    }
    // The native code and type survive: callers and later classifications still read them.
    CONCORD_FUZZ_CHECK(plain.type() == error.type());
    CONCORD_FUZZ_CHECK(plain.nativeErrorCode() == error.nativeErrorCode());
    CONCORD_FUZZ_CHECK(!plain.text().trimmed().isEmpty());
    CONCORD_FUZZ_CHECK(kind != SqlErrorKind::ConstraintViolation
                           || constraintKind(error) != ConstraintKind::None);
    return 0;
}
