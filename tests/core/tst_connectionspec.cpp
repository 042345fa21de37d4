// Tests for ConnectionSpec: libpq conninfo and URL parsing, display names and the password-free storage form.
#include <concord/connectionspec.h>

#include <QDir>
#include <QTest>

using concord::ConnectionSpec;

class tst_ConnectionSpec : public QObject
{
    Q_OBJECT

private slots:
    void sqliteKeepsThePath();
    void conninfoFillsKnownKeys_data();
    void conninfoFillsKnownKeys();
    void conninfoUnquotesAndUnescapesValues();
    void conninfoKeepsUnknownKeysAsOptions();
    void conninfoHostaddrStandsInForMissingHost();
    void conninfoHostaddrWithHostGoesToOptions();
    void emptyTextLeavesEverythingToLibpq();
    void urlDecodesEveryPart();
    void urlQueryBecomesOptionsOrKnownKeys();
    void urlWithIpv6Host();
    void optionsWithSpacesAreQuotedForLibpq();
    void displayNameOfSqliteShowsFileAndFolder();
    void displayNameOfPostgresNeverShowsPassword();
    void storageRoundTripDropsOnlyThePassword_data();
    void storageRoundTripDropsOnlyThePassword();
    void storageStringOfSqlite();
    void storageStringOfPostgresHasNoPassword();
    void copiesAreIndependent();
};

void tst_ConnectionSpec::sqliteKeepsThePath()
{
    const ConnectionSpec spec = ConnectionSpec::sqlite(QStringLiteral("/tmp/a b/demo.sqlite"));
    QCOMPARE(spec.backend(), ConnectionSpec::Backend::SQLite);
    QCOMPARE(spec.driverName(), QStringLiteral("QSQLITE"));
    QCOMPARE(spec.path(), QStringLiteral("/tmp/a b/demo.sqlite"));
    QVERIFY(spec.host().isEmpty());
}

void tst_ConnectionSpec::conninfoFillsKnownKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("host=db.example port=5433 dbname=shop user=ann password=s3cret");
    QTest::newRow("spaces around =") << QStringLiteral("  host = db.example   port= 5433 dbname =shop user=ann password = s3cret ");
    QTest::newRow("quoted") << QStringLiteral("host='db.example' port='5433' dbname='shop' user='ann' password='s3cret'");
    QTest::newRow("url") << QStringLiteral("postgresql://ann:s3cret@db.example:5433/shop");
    QTest::newRow("short url") << QStringLiteral("postgres://ann:s3cret@db.example:5433/shop");
}

void tst_ConnectionSpec::conninfoFillsKnownKeys()
{
    QFETCH(QString, text);
    const ConnectionSpec spec = ConnectionSpec::postgres(text);
    QCOMPARE(spec.backend(), ConnectionSpec::Backend::PostgreSQL);
    QCOMPARE(spec.driverName(), QStringLiteral("QPSQL"));
    QCOMPARE(spec.host(), QStringLiteral("db.example"));
    QCOMPARE(spec.port(), 5433);
    QCOMPARE(spec.database(), QStringLiteral("shop"));
    QCOMPARE(spec.user(), QStringLiteral("ann"));
    QCOMPARE(spec.password(), QStringLiteral("s3cret"));
    QCOMPARE(spec.options(), QString());
}

void tst_ConnectionSpec::conninfoUnquotesAndUnescapesValues()
{
    const ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral(R"(user='o\'brien' password='a b\\c\'d' dbname=my\ db)"));
    QCOMPARE(spec.user(), QStringLiteral("o'brien"));
    QCOMPARE(spec.password(), QStringLiteral(R"(a b\c'd)"));
    QCOMPARE(spec.database(), QStringLiteral("my db"));
}

void tst_ConnectionSpec::conninfoKeepsUnknownKeysAsOptions()
{
    const ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral("host=db sslmode=require dbname=shop connect_timeout=10"));
    QCOMPARE(spec.host(), QStringLiteral("db"));
    QCOMPARE(spec.database(), QStringLiteral("shop"));
    QCOMPARE(spec.port(), -1);
    QCOMPARE(spec.options(), QStringLiteral("sslmode=require;connect_timeout=10"));
}

void tst_ConnectionSpec::conninfoHostaddrStandsInForMissingHost()
{
    const ConnectionSpec spec = ConnectionSpec::postgres(QStringLiteral("hostaddr=10.0.0.7 dbname=x"));
    QCOMPARE(spec.host(), QStringLiteral("10.0.0.7"));
    QCOMPARE(spec.options(), QString());
}

void tst_ConnectionSpec::conninfoHostaddrWithHostGoesToOptions()
{
    const ConnectionSpec spec =
        ConnectionSpec::postgres(QStringLiteral("host=db.example hostaddr=10.0.0.7 sslmode=verify-full"));
    QCOMPARE(spec.host(), QStringLiteral("db.example"));
    QCOMPARE(spec.options(), QStringLiteral("hostaddr=10.0.0.7;sslmode=verify-full"));
}

void tst_ConnectionSpec::emptyTextLeavesEverythingToLibpq()
{
    for (const QString &text : {QString(), QStringLiteral("postgresql://")}) {
        const ConnectionSpec spec = ConnectionSpec::postgres(text);
        QCOMPARE(spec.backend(), ConnectionSpec::Backend::PostgreSQL);
        QVERIFY(spec.host().isEmpty());
        QCOMPARE(spec.port(), -1);
        QVERIFY(spec.database().isEmpty());
        QVERIFY(spec.user().isEmpty());
        QVERIFY(spec.password().isEmpty());
        QVERIFY(spec.options().isEmpty());
    }
}

void tst_ConnectionSpec::urlDecodesEveryPart()
{
    const ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral("postgresql://j%C3%BCrgen%40corp:p%40ss%3Aw%2Fd@%2Fvar%2Frun%2Fpostgresql:6543/my%20db"));
    QCOMPARE(spec.user(), QStringLiteral("jürgen@corp"));
    QCOMPARE(spec.password(), QStringLiteral("p@ss:w/d"));
    QCOMPARE(spec.host(), QStringLiteral("/var/run/postgresql"));
    QCOMPARE(spec.port(), 6543);
    QCOMPARE(spec.database(), QStringLiteral("my db"));
}

void tst_ConnectionSpec::urlQueryBecomesOptionsOrKnownKeys()
{
    const ConnectionSpec spec = ConnectionSpec::postgres(QStringLiteral(
        "postgresql:///shop?host=%2Ftmp&sslmode=disable&application_name=concord&port=5444"));
    QCOMPARE(spec.host(), QStringLiteral("/tmp"));
    QCOMPARE(spec.port(), 5444);
    QCOMPARE(spec.database(), QStringLiteral("shop"));
    QCOMPARE(spec.options(), QStringLiteral("sslmode=disable;application_name=concord"));
}

void tst_ConnectionSpec::urlWithIpv6Host()
{
    const ConnectionSpec spec = ConnectionSpec::postgres(QStringLiteral("postgresql://ann@[::1]:5432/shop"));
    QCOMPARE(spec.host(), QStringLiteral("::1"));
    QCOMPARE(spec.port(), 5432);
    QCOMPARE(spec.user(), QStringLiteral("ann"));
    const ConnectionSpec back = ConnectionSpec::fromStorageString(spec.toStorageString());
    QCOMPARE(back.host(), QStringLiteral("::1"));
    QCOMPARE(back.port(), 5432);
}

void tst_ConnectionSpec::optionsWithSpacesAreQuotedForLibpq()
{
    // QPSQL hands the options to libpq as conninfo text, so a space must be quoted there.
    const ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral("postgresql://h/db?options=-c%20search_path%3Dsales&application_name=it%27s"));
    QCOMPARE(spec.options(),
             QStringLiteral(R"(options='-c search_path=sales';application_name='it\'s')"));
}

void tst_ConnectionSpec::displayNameOfSqliteShowsFileAndFolder()
{
    const QString dir = QDir::tempPath() + QStringLiteral("/concord-x");
    const QString name = ConnectionSpec::sqlite(dir + QStringLiteral("/demo.sqlite")).displayName();
    QVERIFY2(name.startsWith(QStringLiteral("demo.sqlite")), qPrintable(name));
    QVERIFY2(name.contains(QDir::toNativeSeparators(dir)), qPrintable(name));
}

void tst_ConnectionSpec::displayNameOfPostgresNeverShowsPassword()
{
    const ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral("host=db.example port=5433 dbname=shop user=ann password=s3cret"));
    QCOMPARE(spec.displayName(), QStringLiteral("ann@db.example:5433/shop"));
    QVERIFY(!spec.displayName().contains(QStringLiteral("s3cret")));
}

void tst_ConnectionSpec::storageRoundTripDropsOnlyThePassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("full") << QStringLiteral("host=db.example port=5433 dbname=shop user=ann password=pw");
    QTest::newRow("options") << QStringLiteral(
        "host=db dbname=shop sslmode=require options='-c search_path=a,b' application_name='x y'");
    QTest::newRow("socket dir") << QStringLiteral("host=/var/run/postgresql dbname='my db' user='o\\'b'");
    QTest::newRow("hostaddr") << QStringLiteral("host=db hostaddr=10.1.2.3 user=ann");
    QTest::newRow("empty") << QString();
    QTest::newRow("url") << QStringLiteral("postgresql://%C3%A4nn:pw@db:1234/sh%2Fop?connect_timeout=3");
}

void tst_ConnectionSpec::storageRoundTripDropsOnlyThePassword()
{
    QFETCH(QString, text);
    const ConnectionSpec spec = ConnectionSpec::postgres(text);
    const QString stored = spec.toStorageString();
    const ConnectionSpec back = ConnectionSpec::fromStorageString(stored);
    QCOMPARE(back.backend(), ConnectionSpec::Backend::PostgreSQL);
    QCOMPARE(back.host(), spec.host());
    QCOMPARE(back.port(), spec.port());
    QCOMPARE(back.database(), spec.database());
    QCOMPARE(back.user(), spec.user());
    QCOMPARE(back.options(), spec.options());
    QCOMPARE(back.password(), QString());
    QCOMPARE(back.toStorageString(), stored);
}

void tst_ConnectionSpec::storageStringOfSqlite()
{
    const QString path = QStringLiteral("/home/ann/data dir/demo.sqlite");
    const ConnectionSpec spec = ConnectionSpec::sqlite(path);
    QCOMPARE(spec.toStorageString(), QStringLiteral("sqlite:") + path);
    const ConnectionSpec back = ConnectionSpec::fromStorageString(spec.toStorageString());
    QCOMPARE(back.backend(), ConnectionSpec::Backend::SQLite);
    QCOMPARE(back.path(), path);
}

void tst_ConnectionSpec::storageStringOfPostgresHasNoPassword()
{
    ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral("host=db port=5433 dbname=shop user=ann sslmode=require"));
    spec.setPassword(QStringLiteral("s3cret"));
    QCOMPARE(spec.toStorageString(), QStringLiteral("postgresql://ann@db:5433/shop?sslmode=require"));
}

void tst_ConnectionSpec::copiesAreIndependent()
{
    // A value type: the data is shared between copies only until one of them changes.
    const ConnectionSpec original = ConnectionSpec::postgres(QStringLiteral("host=db user=ann"));
    ConnectionSpec copy = original;
    copy.setPassword(QStringLiteral("secret"));
    QCOMPARE(copy.password(), QStringLiteral("secret"));
    QVERIFY(original.password().isEmpty());
    QCOMPARE(copy.host(), QStringLiteral("db"));

    ConnectionSpec assigned;
    QCOMPARE(assigned.backend(), ConnectionSpec::Backend::SQLite);
    QCOMPARE(assigned.port(), -1);
    assigned = copy;
    QCOMPARE(assigned.user(), QStringLiteral("ann"));
    QCOMPARE(assigned.password(), QStringLiteral("secret"));
}

QTEST_GUILESS_MAIN(tst_ConnectionSpec)
#include "tst_connectionspec.moc"
