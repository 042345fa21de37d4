// PostgreSQL TLS: sslmode, sslrootcert, sslcert and sslkey given in a conninfo string or a URL reach
// libpq unchanged. The throwaway server is switched to TLS with certificates made here by openssl,
// and pg_stat_ssl tells what the connection really negotiated. PostgreSQL only: SQLite has no wire.
#include "testdatabase.h"

#include <concord/connectionspec.h>
#include <concord/databaseconnector.h>

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using concord::ConnectionSpec;
using concord::DatabaseConnector;

class tst_TlsConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rootCertificateIsVerified_data();
    void rootCertificateIsVerified();
    void clientCertificateIsPresented_data();
    void clientCertificateIsPresented();
    void sslModeDisableIsHonoured();
    void storedFormKeepsTlsButNeverTheKeyPassword();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &arguments);
    QString admin(const QString &sql);
    // host=localhost: TCP (TLS needs it) and the name the server certificate is made out to.
    QString server() const
    {
        return QStringLiteral("host=localhost port=%1 dbname=%2")
            .arg(qEnvironmentVariable("PGPORT"), qEnvironmentVariable("PGDATABASE"));
    }
    QString serverUrl() const
    {
        return QStringLiteral("postgresql://localhost:%1/%2")
            .arg(qEnvironmentVariable("PGPORT"), qEnvironmentVariable("PGDATABASE"));
    }
    // Opens the spec; on success returns pg_stat_ssl's "ssl|client_dn" for the connection.
    QString negotiated(const ConnectionSpec &spec, QString *error);

    QTemporaryDir m_dir;
    bool m_serverOnTls = false;
};

bool tst_TlsConnection::openssl(const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << arguments.join(u' ') << p.readAll();
        return false;
    }
    return true;
}

QString tst_TlsConnection::admin(const QString &sql)
{
    // Over the default (PG*) connection, which needs no TLS whatever the server's setting.
    const QString name = DatabaseConnector::uniqueName(QStringLiteral("tls-admin"));
    QString result;
    {
        QSqlError error;
        QSqlDatabase db = DatabaseConnector::open(ConnectionSpec::postgres(QString()), name, &error);
        if (!db.isOpen())
            return error.text();
        QSqlQuery q(db);
        if (!q.exec(sql))
            result = q.lastError().text();
    }
    DatabaseConnector::close(name);
    return result;
}

QString tst_TlsConnection::negotiated(const ConnectionSpec &spec, QString *error)
{
    const QString name = DatabaseConnector::uniqueName(QStringLiteral("tls"));
    QString result;
    {
        QSqlError openError;
        QSqlDatabase db = DatabaseConnector::open(spec, name, &openError);
        if (!db.isOpen()) {
            *error = openError.text();
            return {};
        }
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT ssl, coalesce(client_dn, '') FROM pg_stat_ssl "
                                  "WHERE pid = pg_backend_pid()"))
            && q.next())
            result = QStringLiteral("%1|%2").arg(q.value(0).toBool() ? "tls" : "plain", q.value(1).toString());
        else
            *error = q.lastError().text();
    }
    DatabaseConnector::close(name);
    return result;
}

void tst_TlsConnection::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("PGPORT"),
             "PostgreSQL is not configured: run under pg_virtualenv (the README's test command does)");
    QVERIFY(m_dir.isValid());
    const auto req = [&](const QString &key, const QString &csr, const QString &cn) {
        return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-nodes"),
                        QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-keyout"),
                        path(key), QStringLiteral("-out"), path(csr), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + cn});
    };
    const auto sign = [&](const QString &csr, const QString &crt, const QString &ca) {
        return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path(csr),
                        QStringLiteral("-CA"), path(ca + QStringLiteral(".crt")), QStringLiteral("-CAkey"),
                        path(ca + QStringLiteral(".key")), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"), path(crt)});
    };
    const auto makeCa = [&](const QString &name) {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
                        QStringLiteral("-nodes"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-keyout"), path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                        path(name + QStringLiteral(".crt")), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + name});
    };
    QVERIFY(makeCa(QStringLiteral("ca")));
    QVERIFY(makeCa(QStringLiteral("otherca")));
    QVERIFY(req(QStringLiteral("server.key"), QStringLiteral("server.csr"), QStringLiteral("localhost")));
    QVERIFY(sign(QStringLiteral("server.csr"), QStringLiteral("server.crt"), QStringLiteral("ca")));
    QVERIFY(req(QStringLiteral("client.key"), QStringLiteral("client.csr"), QStringLiteral("concord-client")));
    QVERIFY(sign(QStringLiteral("client.csr"), QStringLiteral("client.crt"), QStringLiteral("ca")));
    QFile::setPermissions(path(QStringLiteral("client.key")), QFile::ReadOwner | QFile::WriteOwner);

    // The server reads its key as its own user and refuses one others may read.
    if (const passwd *pw = getpwnam("postgres"); pw && geteuid() == 0) {
        QVERIFY(::chown(qPrintable(m_dir.path()), pw->pw_uid, pw->pw_gid) == 0);
        for (const char *file : {"server.key", "server.crt", "ca.crt"})
            QVERIFY(::chown(qPrintable(path(QLatin1String(file))), pw->pw_uid, pw->pw_gid) == 0);
    }
    QFile::setPermissions(path(QStringLiteral("server.key")), QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                            | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                            | QFile::ExeOther);

    const auto quoted = [](const QString &s) { return u'\'' + s + u'\''; };
    for (const QString &sql :
         {QStringLiteral("ALTER SYSTEM SET ssl_cert_file = ") + quoted(path(QStringLiteral("server.crt"))),
          QStringLiteral("ALTER SYSTEM SET ssl_key_file = ") + quoted(path(QStringLiteral("server.key"))),
          // With a CA file the server asks for a client certificate (optional by pg_hba's rules).
          QStringLiteral("ALTER SYSTEM SET ssl_ca_file = ") + quoted(path(QStringLiteral("ca.crt"))),
          QStringLiteral("ALTER SYSTEM SET ssl = on"), QStringLiteral("SELECT pg_reload_conf()")})
        QCOMPARE(admin(sql), QString());
    m_serverOnTls = true;
    // The reload is asynchronous: wait until a TLS connection is accepted.
    QString error;
    QTRY_COMPARE_WITH_TIMEOUT(
        negotiated(ConnectionSpec::postgres(server() + QStringLiteral(" sslmode=require")), &error)
            .section(u'|', 0, 0),
        QStringLiteral("tls"), 10000);
}

void tst_TlsConnection::cleanupTestCase()
{
    // Other suites share this server; put it back as it was.
    if (m_serverOnTls) {
        for (const char *sql : {"ALTER SYSTEM RESET ssl", "ALTER SYSTEM RESET ssl_cert_file",
                                "ALTER SYSTEM RESET ssl_key_file", "ALTER SYSTEM RESET ssl_ca_file",
                                "SELECT pg_reload_conf()"})
            admin(QLatin1String(sql));
    }
}

void tst_TlsConnection::rootCertificateIsVerified_data()
{
    QTest::addColumn<bool>("url");
    QTest::addColumn<QString>("rootCert");
    QTest::addColumn<bool>("accepted");
    for (const bool url : {false, true}) {
        const char *form = url ? "url" : "conninfo";
        QTest::addRow("%s, the server's CA", form) << url << QStringLiteral("ca.crt") << true;
        QTest::addRow("%s, another CA", form) << url << QStringLiteral("otherca.crt") << false;
    }
}

void tst_TlsConnection::rootCertificateIsVerified()
{
    QFETCH(bool, url);
    QFETCH(QString, rootCert);
    QFETCH(bool, accepted);
    const QString file = path(rootCert);
    const ConnectionSpec spec = url
        ? ConnectionSpec::postgres(serverUrl() + QStringLiteral("?sslmode=verify-full&sslrootcert=")
                                   + QString::fromLatin1(QUrl::toPercentEncoding(file)))
        : ConnectionSpec::postgres(server() + QStringLiteral(" sslmode=verify-full sslrootcert='%1'").arg(file));
    QString error;
    const QString result = negotiated(spec, &error);
    if (accepted) {
        QVERIFY2(result.startsWith(QLatin1String("tls|")), qPrintable(error));
    } else {
        QVERIFY2(result.isEmpty(), qPrintable(result));
        QVERIFY2(error.contains(QLatin1String("certificate"), Qt::CaseInsensitive), qPrintable(error));
    }
}

void tst_TlsConnection::clientCertificateIsPresented_data()
{
    QTest::addColumn<bool>("url");
    QTest::newRow("conninfo") << false;
    QTest::newRow("url") << true;
}

void tst_TlsConnection::clientCertificateIsPresented()
{
    QFETCH(bool, url);
    const QString cert = path(QStringLiteral("client.crt"));
    const QString key = path(QStringLiteral("client.key"));
    const auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    const ConnectionSpec spec = url
        ? ConnectionSpec::postgres(serverUrl() + QStringLiteral("?sslmode=require&sslcert=%1&sslkey=%2")
                                                     .arg(enc(cert), enc(key)))
        : ConnectionSpec::postgres(server()
                                   + QStringLiteral(" sslmode=require sslcert='%1' sslkey='%2'").arg(cert, key));
    QString error;
    QCOMPARE(negotiated(spec, &error), QStringLiteral("tls|/CN=concord-client"));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Without its key the certificate cannot be used, and libpq says so: the key path got through.
    const ConnectionSpec noKey = ConnectionSpec::postgres(
        server() + QStringLiteral(" sslmode=require sslcert='%1' sslkey='%2'")
                       .arg(cert, path(QStringLiteral("missing.key"))));
    QCOMPARE(negotiated(noKey, &error), QString());
    QVERIFY2(error.contains(QLatin1String("missing.key")), qPrintable(error));
}

void tst_TlsConnection::sslModeDisableIsHonoured()
{
    QString error;
    QCOMPARE(negotiated(ConnectionSpec::postgres(server() + QStringLiteral(" sslmode=disable")), &error)
                 .section(u'|', 0, 0),
             QStringLiteral("plain"));
    QCOMPARE(negotiated(ConnectionSpec::postgres(serverUrl() + QStringLiteral("?sslmode=require")), &error)
                 .section(u'|', 0, 0),
             QStringLiteral("tls"));
}

void tst_TlsConnection::storedFormKeepsTlsButNeverTheKeyPassword()
{
    // sslpassword unlocks an encrypted client key: a secret, like the password.
    const ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral("host=db dbname=shop sslmode=verify-full sslrootcert=/etc/ca.crt sslcert=/c.crt "
                       "sslkey=/c.key sslpassword=s3cret password=pw"));
    const QString stored = spec.toStorageString();
    QVERIFY2(!stored.contains(QLatin1String("s3cret")), qPrintable(stored));
    QVERIFY2(!stored.contains(QLatin1String("pw")), qPrintable(stored));
    QVERIFY2(!spec.displayName().contains(QLatin1String("s3cret")), qPrintable(spec.displayName()));
    const ConnectionSpec back = ConnectionSpec::fromStorageString(stored);
    QCOMPARE(back.options(),
             QStringLiteral("sslmode=verify-full;sslrootcert=/etc/ca.crt;sslcert=/c.crt;sslkey=/c.key"));
    // The live spec still carries it to libpq.
    QVERIFY(spec.options().contains(QLatin1String("sslpassword=s3cret")));
}

QTEST_GUILESS_MAIN(tst_TlsConnection)
#include "tst_tlsconnection.moc"
