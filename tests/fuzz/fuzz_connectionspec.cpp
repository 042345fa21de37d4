// Fuzz target: ConnectionSpec's conninfo and URL parser. The stored form must read back as the same
// connection, and no display or stored form may carry the password.
#include "fuzzinput.h"

#include <concord/connectionspec.h>

using concord::ConnectionSpec;
using concord::fuzz::FuzzInput;
using concord::fuzz::text;

namespace {

// Everything a connection is made of, the password aside (the stored form leaves it out on purpose).
bool sameConnection(const ConnectionSpec &x, const ConnectionSpec &y)
{
    return x.backend() == y.backend() && x.path() == y.path() && x.host() == y.host()
           && x.port() == y.port() && x.database() == y.database() && x.user() == y.user()
           && x.options() == y.options();
}

QString describe(const ConnectionSpec &s)
{
    return QStringLiteral("backend=%1 path=[%2] host=[%3] port=%4 db=[%5] user=[%6] options=[%7]")
        .arg(int(s.backend()))
        .arg(s.path(), s.host())
        .arg(s.port())
        .arg(s.database(), s.user(), s.options());
}

void checkSpec(const ConnectionSpec &spec, const QString &input)
{
    const QString stored = spec.toStorageString();
    const ConnectionSpec back = ConnectionSpec::fromStorageString(stored);
    CONCORD_FUZZ_CHECK(sameConnection(spec, back), "input [%s]\nstored [%s]\nparsed   %s\nreparsed %s",
                       text(input), text(stored), text(describe(spec)), text(describe(back)));
    CONCORD_FUZZ_CHECK(back.password().isEmpty(), "stored [%s] kept a password", text(stored));
    // Stored again, the same text: the stored form is a fixed point.
    CONCORD_FUZZ_CHECK(back.toStorageString() == stored, "[%s] then [%s]", text(stored),
                       text(back.toStorageString()));

    // The password leaves no trace: the forms are exactly those of the same spec without one.
    ConnectionSpec withoutPassword = spec;
    withoutPassword.setPassword(QString());
    CONCORD_FUZZ_CHECK(spec.displayName() == withoutPassword.displayName(), "display [%s]",
                       text(spec.displayName()));
    CONCORD_FUZZ_CHECK(stored == withoutPassword.toStorageString());
    if (!spec.password().isEmpty()) {
        ConnectionSpec other = spec;
        other.setPassword(spec.password() + QLatin1String("x"));
        CONCORD_FUZZ_CHECK(other.displayName() == spec.displayName());
        CONCORD_FUZZ_CHECK(other.toStorageString() == stored);
    }
    CONCORD_FUZZ_CHECK(spec.port() == -1 || (spec.port() > 0 && spec.port() < 65536));
    CONCORD_FUZZ_CHECK(spec.driverName() == (spec.backend() == ConnectionSpec::Backend::SQLite
                                                 ? QLatin1String("QSQLITE") : QLatin1String("QPSQL")));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // displayName() fills empty parts from libpq's variables; the test suite runs under
    // pg_virtualenv, which sets them. Without them the target is deterministic.
    static const bool environmentCleared = [] {
        for (const char *name : {"PGUSER", "PGHOST", "PGPORT", "PGDATABASE", "PGPASSWORD"})
            qunsetenv(name);
        return true;
    }();
    Q_UNUSED(environmentCleared);

    FuzzInput in(data, size);
    const uint8_t mode = in.byte();
    QString input = QString::fromUtf8(in.rest());
    // Mode picks how the text is read, and whether it gets a URL scheme in front, which random
    // bytes would rarely spell.
    switch (mode % 4) {
    case 0: break;
    case 1: input.prepend(QLatin1String("postgresql://")); break;
    case 2: {
        const ConnectionSpec spec = ConnectionSpec::sqlite(input);
        CONCORD_FUZZ_CHECK(ConnectionSpec::fromStorageString(spec.toStorageString()).path() == input);
        checkSpec(spec, input);
        return 0;
    }
    default: {
        // Anything stored by hand: whatever it reads as must survive being stored again.
        checkSpec(ConnectionSpec::fromStorageString(input), input);
        return 0;
    }
    }
    const ConnectionSpec spec = ConnectionSpec::postgres(input);
    CONCORD_FUZZ_CHECK(spec.backend() == ConnectionSpec::Backend::PostgreSQL);
    checkSpec(spec, input);
    // A password set by hand is just as invisible.
    ConnectionSpec withPassword = spec;
    withPassword.setPassword(QStringLiteral("s3cr3t-pw"));
    CONCORD_FUZZ_CHECK(!withPassword.displayName().contains(QLatin1String("s3cr3t-pw"))
                       || spec.displayName().contains(QLatin1String("s3cr3t-pw")));
    CONCORD_FUZZ_CHECK(withPassword.toStorageString() == spec.toStorageString());
    return 0;
}
