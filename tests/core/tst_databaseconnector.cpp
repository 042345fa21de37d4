// Tests for DatabaseConnector on SQLite and PostgreSQL: independent connections, SQLite's WAL/busy
// timeout/foreign keys, refusal of non-database files, password errors, clone() and close().
#include "testdatabase.h"

#include <concord/databaseconnector.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using concord::ConnectionSpec;
using concord::DatabaseConnector;
using concord::test::TestDatabase;

namespace {

// Sets or unsets environment variables for one scope and puts the old values back after.
class EnvironmentOverride
{
public:
    ~EnvironmentOverride()
    {
        for (const auto &[name, value] : m_saved) {
            if (value)
                qputenv(name.constData(), *value);
            else
                qunsetenv(name.constData());
        }
    }
    void set(const char *name, const QByteArray &value)
    {
        save(name);
        qputenv(name, value);
    }
    void unset(const char *name)
    {
        save(name);
        qunsetenv(name);
    }

private:
    void save(const char *name)
    {
        std::optional<QByteArray> old;
        if (qEnvironmentVariableIsSet(name))
            old = qgetenv(name);
        m_saved.emplace_back(QByteArray(name), old);
    }
    std::vector<std::pair<QByteArray, std::optional<QByteArray>>> m_saved;
};

QVariant firstValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// The PostgreSQL server of the test run, reached over TCP where pg_virtualenv asks for a password.
ConnectionSpec tcpSpec(const TestDatabase &tdb)
{
    const QString host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    return ConnectionSpec::postgres(QStringLiteral("host=%1 dbname=%2")
                                        .arg(host.startsWith(u'/') ? QStringLiteral("localhost") : host,
                                             tdb.spec().database()));
}

// None of libpq's or QPSQL's own words (they follow the client's locale, and mean little to a user).
bool hasDriverText(const QString &text)
{
    for (const char *words : {"QPSQL", "connection to server", "FATAL", "failed:", "Is the server",
                              "Unable to connect", "could not translate", "Connection refused",
                              "timeout expired"})
        if (text.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    return false;
}

// A local TCP port that nothing listens on: bound once to learn a free number, then let go.
int closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return -1;
    const int port = probe.serverPort();
    probe.close();
    return port;
}
} // namespace

class tst_DatabaseConnector : public QObject
{
    Q_OBJECT

private slots:
    void operatorNameIsTheSessionUserOrTheLoginName_data() { TestDatabase::addBackendRows(); }
    void operatorNameIsTheSessionUserOrTheLoginName();
    void twoConnectionsAreIndependent_data() { TestDatabase::addBackendRows(); }
    void twoConnectionsAreIndependent();
    void sqliteUsesWalAndBusyTimeout();
    void writeSucceedsWhileAnotherConnectionReads_data() { TestDatabase::addBackendRows(); }
    void writeSucceedsWhileAnotherConnectionReads();
    void foreignKeysAreEnforced_data() { TestDatabase::addBackendRows(); }
    void foreignKeysAreEnforced();
    void textFileIsRefusedAndItsConnectionRemoved();
    void missingFolderIsCreated();
    void folderIsRefusedAsAFolder();
    void inMemorySqliteOpens();
    void wrongPasswordAsksForPassword();
    void unknownUserIsRefused();
    void missingPasswordAsksForPassword();
    void needsPasswordReadsTheCodeNotTheText();
    void missingDatabaseIsNotAPasswordProblem();
    void closedPortIsRefusedInPlainWords();
    void unknownHostIsNotFoundInPlainWords();
    void silentServerDidNotAnswer();
    void cloneIsAnIndependentWorkingConnection_data() { TestDatabase::addBackendRows(); }
    void cloneIsAnIndependentWorkingConnection();
    void explicitNameIsUsedAndATakenNameRefused();
    void closeRemovesTheConnectionAndIgnoresUnknownNames();
    void uniqueNamesStayUniqueAcrossThreads();
};

void tst_DatabaseConnector::twoConnectionsAreIndependent()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QVERIFY2(tdb.createVersionedTable(QStringLiteral("item"), {QStringLiteral("name VARCHAR(50)")}).isEmpty(),
             "create table");
    QSqlDatabase a = tdb.db();
    QSqlDatabase b = tdb.open();
    QVERIFY(b.isOpen());
    QVERIFY(a.connectionName() != b.connectionName());

    QVERIFY(a.transaction());
    {
        QSqlQuery q(a);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO item (name) VALUES ('pending')")),
                 qPrintable(q.lastError().text()));
    }
    // B has its own session: A's uncommitted row is invisible to it.
    QCOMPARE(firstValue(b, QStringLiteral("SELECT count(*) FROM item")).toInt(), 0);
    QCOMPARE(firstValue(a, QStringLiteral("SELECT count(*) FROM item")).toInt(), 1);
    QVERIFY(a.commit());
    QCOMPARE(firstValue(b, QStringLiteral("SELECT count(*) FROM item")).toInt(), 1);

    const QString bName = b.connectionName();
    b = QSqlDatabase();
    DatabaseConnector::close(bName);
    QVERIFY(!QSqlDatabase::contains(bName));
    QCOMPARE(firstValue(a, QStringLiteral("SELECT count(*) FROM item")).toInt(), 1);
}

void tst_DatabaseConnector::sqliteUsesWalAndBusyTimeout()
{
    TestDatabase tdb(QStringLiteral("sqlite"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QCOMPARE(firstValue(tdb.db(), QStringLiteral("PRAGMA journal_mode")).toString().toLower(),
             QStringLiteral("wal"));
    QCOMPARE(firstValue(tdb.db(), QStringLiteral("PRAGMA busy_timeout")).toInt(),
             DatabaseConnector::busyTimeoutMs);
    QVERIFY(tdb.db().connectOptions().contains(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")));
}

void tst_DatabaseConnector::writeSucceedsWhileAnotherConnectionReads()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QVERIFY(tdb.createVersionedTable(QStringLiteral("item"), {QStringLiteral("qty INTEGER")}).isEmpty());
    QSqlDatabase a = tdb.db();
    QVERIFY(a.transaction());
    {
        QSqlQuery insert(a);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO item (qty) VALUES (?)")));
        for (int i = 0; i < 300; ++i) {
            insert.addBindValue(i);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
    }
    QVERIFY(a.commit());

    QSqlDatabase b = tdb.open();
    QVERIFY(b.isOpen());
    QSqlQuery reading(a);
    reading.setForwardOnly(true);
    QVERIFY(reading.exec(QStringLiteral("SELECT id, qty FROM item ORDER BY id")));
    for (int i = 0; i < 10; ++i)
        QVERIFY(reading.next());
    // A's SELECT is unfinished and holds SQLite's shared lock; without WAL this write would
    // wait out the busy timeout and fail with "database is locked".
    QSqlQuery writing(b);
    QVERIFY2(writing.exec(QStringLiteral("UPDATE item SET qty = qty + 1000, version = version + 1 "
                                         "WHERE qty = 299")),
             qPrintable(writing.lastError().text()));
    QCOMPARE(writing.numRowsAffected(), 1);
    int rows = 10;
    while (reading.next())
        ++rows;
    QCOMPARE(rows, 300);
    reading.finish();
    QCOMPARE(firstValue(a, QStringLiteral("SELECT max(qty) FROM item")).toInt(), 1299);
}

void tst_DatabaseConnector::foreignKeysAreEnforced()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QVERIFY(tdb.createVersionedTable(QStringLiteral("parent"), {QStringLiteral("name VARCHAR(20)")}).isEmpty());
    QVERIFY(tdb.createVersionedTable(QStringLiteral("child"),
                                     {QStringLiteral("parent_id INTEGER REFERENCES parent(id)")})
                .isEmpty());
    if (tdb.isSqlite())
        QCOMPARE(firstValue(tdb.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    // Every connection gets it, not just the first one.
    QSqlDatabase other = tdb.open();
    QSqlQuery q(other);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO child (parent_id) VALUES (4711)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO parent (name) VALUES ('p')")));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO child (parent_id) SELECT max(id) FROM parent")),
             qPrintable(q.lastError().text()));
}

void tst_DatabaseConnector::textFileIsRefusedAndItsConnectionRemoved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Shopping list:\n- milk\n- bread\n").repeated(40));
    }
    const QString name = DatabaseConnector::uniqueName(QStringLiteral("textfile"));
    QSqlError error;
    const QSqlDatabase db = DatabaseConnector::open(ConnectionSpec::sqlite(path), name, &error);
    QVERIFY(!db.isValid());
    QVERIFY(error.isValid());
    QVERIFY2(error.text().contains(QStringLiteral("is not a SQLite database")), qPrintable(error.text()));
    QVERIFY2(error.text().contains(QStringLiteral("notes.sqlite")), qPrintable(error.text()));
    QVERIFY(!QSqlDatabase::contains(name));
    QVERIFY(QFile::exists(path));
}

void tst_DatabaseConnector::missingFolderIsCreated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a/b/new.sqlite"));
    QSqlError error;
    QSqlDatabase db = DatabaseConnector::open(ConnectionSpec::sqlite(path), {}, &error);
    QVERIFY2(db.isOpen(), qPrintable(error.text()));
    QVERIFY(!error.isValid());
    QVERIFY(QFile::exists(path));
    const QString name = db.connectionName();
    db = QSqlDatabase();
    DatabaseConnector::close(name);
}

void tst_DatabaseConnector::folderIsRefusedAsAFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = DatabaseConnector::uniqueName(QStringLiteral("folder"));
    QSqlError error;
    const QSqlDatabase db = DatabaseConnector::open(ConnectionSpec::sqlite(dir.path()), name, &error);
    QVERIFY(!db.isValid());
    QVERIFY2(error.text().contains(QStringLiteral("is a folder, not a database file")),
             qPrintable(error.text()));
    QVERIFY2(error.text().contains(QDir::toNativeSeparators(dir.path())), qPrintable(error.text()));
    QVERIFY(!QSqlDatabase::contains(name));
    QVERIFY(QFileInfo(dir.path()).isDir());
}

void tst_DatabaseConnector::inMemorySqliteOpens()
{
    // ":memory:" cannot use WAL; that must not stop it from opening.
    QSqlError error;
    QSqlDatabase db = DatabaseConnector::open(ConnectionSpec::sqlite(QStringLiteral(":memory:")), {}, &error);
    QVERIFY2(db.isOpen(), qPrintable(error.text()));
    QCOMPARE(firstValue(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    const QString name = db.connectionName();
    db = QSqlDatabase();
    DatabaseConnector::close(name);
}

void tst_DatabaseConnector::wrongPasswordAsksForPassword()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    ConnectionSpec spec = tcpSpec(tdb);
    spec.setPassword(QStringLiteral("certainly-not-the-password"));
    const QString name = DatabaseConnector::uniqueName(QStringLiteral("wrongpw"));
    QSqlError error;
    QVERIFY(!DatabaseConnector::open(spec, name, &error).isValid());
    QVERIFY(error.isValid());
    QVERIFY2(DatabaseConnector::needsPassword(error), qPrintable(error.text()));
    QCOMPARE(DatabaseConnector::failure(error), DatabaseConnector::Failure::Password);
    QVERIFY2(!hasDriverText(error.text()), qPrintable(error.text()));
    QVERIFY(!QSqlDatabase::contains(name));

    // The right password through the same path works, so the failure above was the password.
    spec.setPassword(qEnvironmentVariable("PGPASSWORD"));
    QSqlDatabase ok = DatabaseConnector::open(spec, name, &error);
    QVERIFY2(ok.isOpen(), qPrintable(error.text()));
    ok = QSqlDatabase();
    DatabaseConnector::close(name);
}

void tst_DatabaseConnector::unknownUserIsRefused()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const ConnectionSpec spec = ConnectionSpec::postgres(
        tcpSpec(tdb).toStorageString().replace(QStringLiteral("postgresql://"),
                                               QStringLiteral("postgresql://nosuchuser_concord@")));
    QCOMPARE(spec.user(), QStringLiteral("nosuchuser_concord"));
    QSqlError error;
    QVERIFY(!DatabaseConnector::open(spec, {}, &error).isValid());
    QVERIFY(error.isValid());
    QVERIFY2(error.text().contains(QStringLiteral("nosuchuser_concord")), qPrintable(error.text()));
}

void tst_DatabaseConnector::missingPasswordAsksForPassword()
{
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSqlError error;
    {
        // libpq reads its environment at every connect: take away every source of a password.
        EnvironmentOverride env;
        env.unset("PGPASSWORD");
        env.set("PGPASSFILE", dir.filePath(QStringLiteral("none")).toLocal8Bit());
        QVERIFY(!DatabaseConnector::open(tcpSpec(tdb), {}, &error).isValid());
    }
    QVERIFY(error.isValid());
    QVERIFY2(DatabaseConnector::needsPassword(error), qPrintable(error.text()));
    QCOMPARE(error.nativeErrorCode(), QStringLiteral("28P01"));
}

void tst_DatabaseConnector::needsPasswordReadsTheCodeNotTheText()
{
    // libpq's and the server's words follow the locale: only the code counts.
    const auto pgError = [](const char *text, const QString &code = {}) {
        return QSqlError(QStringLiteral("Unable to connect"), QString::fromLatin1(text),
                         QSqlError::ConnectionError, code);
    };
    QVERIFY(DatabaseConnector::needsPassword(pgError("fe_sendauth: keine Passwort angegeben\n",
                                                     QStringLiteral("28P01"))));
    QVERIFY(!DatabaseConnector::needsPassword(pgError("fe_sendauth: no password supplied\n")));
    QVERIFY(!DatabaseConnector::needsPassword(pgError(
        "connection to server at \"localhost\" (::1), port 5432 failed: FATAL:  password "
        "authentication failed for user \"ann\"\n")));
    QVERIFY(!DatabaseConnector::needsPassword(pgError("FATAL:  database \"x\" does not exist")));
    QVERIFY(!DatabaseConnector::needsPassword(QSqlError()));
}

void tst_DatabaseConnector::missingDatabaseIsNotAPasswordProblem()
{
    // Issue 20 C.9: the right password and a database that does not exist must not ask for the
    // password again ("That password was not accepted", endlessly).
    TestDatabase tdb(QStringLiteral("psql"));
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const QString host = tcpSpec(tdb).host();
    ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral("host=%1 dbname=nosuchdb_concord").arg(host));
    spec.setPassword(qEnvironmentVariable("PGPASSWORD"));
    QSqlError error;
    QVERIFY(!DatabaseConnector::open(spec, {}, &error).isValid());
    QVERIFY(error.isValid());
    QVERIFY2(!DatabaseConnector::needsPassword(error), qPrintable(error.text()));
    QVERIFY2(error.text().contains(QLatin1String("\"nosuchdb_concord\"")), qPrintable(error.text()));
    QVERIFY2(error.text().contains(QLatin1String("no database")), qPrintable(error.text()));
    QCOMPARE(DatabaseConnector::failure(error), DatabaseConnector::Failure::NoSuchDatabase);
    QVERIFY2(!hasDriverText(error.text()), qPrintable(error.text()));

    // Without a password as well: the server asks for one first, so that is what is missing.
    spec.setPassword(QStringLiteral("certainly-not-the-password"));
    QVERIFY(!DatabaseConnector::open(spec, {}, &error).isValid());
    QVERIFY2(DatabaseConnector::needsPassword(error), qPrintable(error.text()));
    QVERIFY2(!hasDriverText(error.text()), qPrintable(error.text()));
}

void tst_DatabaseConnector::closedPortIsRefusedInPlainWords()
{
    const int port = closedPort();
    QVERIFY(port > 0);
    const ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral("host=127.0.0.1 port=%1 dbname=shop").arg(port));
    QSqlError error;
    QVERIFY(!DatabaseConnector::open(spec, {}, &error).isValid());
    QVERIFY(error.isValid());
    QVERIFY2(!DatabaseConnector::needsPassword(error), qPrintable(error.text()));
    QVERIFY2(error.text().contains(QString::number(port)), qPrintable(error.text()));
    QVERIFY2(error.text().contains(QLatin1String("not running")), qPrintable(error.text()));
    QCOMPARE(DatabaseConnector::failure(error), DatabaseConnector::Failure::Refused);
    QVERIFY2(!hasDriverText(error.text()), qPrintable(error.text()));
}

void tst_DatabaseConnector::unknownHostIsNotFoundInPlainWords()
{
    // .invalid is reserved (RFC 2606): no resolver ever finds it.
    const ConnectionSpec spec =
        ConnectionSpec::postgres(QStringLiteral("host=nonexistent.invalid dbname=shop"));
    QSqlError error;
    QVERIFY(!DatabaseConnector::open(spec, {}, &error).isValid());
    QVERIFY(error.isValid());
    QVERIFY2(!DatabaseConnector::needsPassword(error), qPrintable(error.text()));
    QVERIFY2(error.text().contains(QLatin1String("\"nonexistent.invalid\" was not found")),
             qPrintable(error.text()));
    QVERIFY2(!hasDriverText(error.text()), qPrintable(error.text()));
    QCOMPARE(DatabaseConnector::failure(error), DatabaseConnector::Failure::HostNotFound);
}

void tst_DatabaseConnector::silentServerDidNotAnswer()
{
    // A port whose listener never reads: the kernel completes the handshake, and the server's
    // greeting never comes, as with a server that hangs or a firewall that swallows the line.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral("host=127.0.0.1 port=%1 dbname=shop").arg(silent.serverPort()));
    QSqlError error;
    QElapsedTimer took;
    took.start();
    QVERIFY(!DatabaseConnector::open(spec, {}, &error).isValid());
    QVERIFY2(took.elapsed() < 10000, "a silent server must not freeze the window");
    QVERIFY2(!DatabaseConnector::needsPassword(error), qPrintable(error.text()));
    QVERIFY2(error.text().contains(QLatin1String("did not answer")), qPrintable(error.text()));
    QCOMPARE(DatabaseConnector::failure(error), DatabaseConnector::Failure::NoAnswer);
    QVERIFY2(!hasDriverText(error.text()), qPrintable(error.text()));
}

void tst_DatabaseConnector::cloneIsAnIndependentWorkingConnection()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QVERIFY(tdb.createVersionedTable(QStringLiteral("item"), {QStringLiteral("qty INTEGER")}).isEmpty());
    QVERIFY(tdb.exec(QStringLiteral("INSERT INTO item (qty) VALUES (7)")).isEmpty());

    QSqlError error;
    QSqlDatabase copy = DatabaseConnector::clone(tdb.db(), {}, &error);
    QVERIFY2(copy.isOpen(), qPrintable(error.text()));
    const QString copyName = copy.connectionName();
    QVERIFY(copyName != tdb.db().connectionName());
    QCOMPARE(copy.driverName(), tdb.db().driverName());
    QCOMPARE(copy.databaseName(), tdb.db().databaseName());
    QCOMPARE(firstValue(copy, QStringLiteral("SELECT qty FROM item")).toInt(), 7);
    if (tdb.isSqlite()) {
        QCOMPARE(firstValue(copy, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(firstValue(copy, QStringLiteral("PRAGMA busy_timeout")).toInt(),
                 DatabaseConnector::busyTimeoutMs);
    }

    // Its own session: an open transaction on the clone is invisible to the original.
    QVERIFY(copy.transaction());
    {
        QSqlQuery q(copy);
        QVERIFY(q.exec(QStringLiteral("UPDATE item SET qty = 8")));
    }
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT qty FROM item")).toInt(), 7);
    QVERIFY(copy.rollback());

    copy = QSqlDatabase();
    DatabaseConnector::close(copyName);
    QVERIFY(!QSqlDatabase::contains(copyName));
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT qty FROM item")).toInt(), 7);
}

void tst_DatabaseConnector::explicitNameIsUsedAndATakenNameRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ConnectionSpec spec = ConnectionSpec::sqlite(dir.filePath(QStringLiteral("x.sqlite")));
    const QString name = QStringLiteral("tst-explicit-name");
    {
        QSqlDatabase db = DatabaseConnector::open(spec, name);
        QVERIFY(db.isOpen());
        QCOMPARE(db.connectionName(), name);
        QSqlError error;
        QVERIFY(!DatabaseConnector::open(spec, name, &error).isValid());
        QVERIFY2(error.text().contains(name), qPrintable(error.text()));
        // The first connection was not disturbed.
        QVERIFY(db.isOpen());
        QCOMPARE(firstValue(db, QStringLiteral("SELECT 1")).toInt(), 1);
    }
    DatabaseConnector::close(name);
    QVERIFY(!QSqlDatabase::contains(name));
}

void tst_DatabaseConnector::closeRemovesTheConnectionAndIgnoresUnknownNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString name;
    {
        const QSqlDatabase db =
            DatabaseConnector::open(ConnectionSpec::sqlite(dir.filePath(QStringLiteral("c.sqlite"))));
        QVERIFY(db.isOpen());
        name = db.connectionName();
    }
    QVERIFY(QSqlDatabase::contains(name));
    DatabaseConnector::close(name);
    QVERIFY(!QSqlDatabase::contains(name));
    DatabaseConnector::close(name);
    DatabaseConnector::close(QStringLiteral("never-opened"));
}

void tst_DatabaseConnector::uniqueNamesStayUniqueAcrossThreads()
{
    constexpr int threads = 4;
    constexpr int perThread = 500;
    QSet<QString> names;
    std::mutex mutex;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            QStringList mine;
            for (int i = 0; i < perThread; ++i)
                mine << DatabaseConnector::uniqueName(QStringLiteral("thr"));
            const std::lock_guard lock(mutex);
            for (const QString &n : std::as_const(mine))
                names.insert(n);
        });
    }
    for (std::thread &w : workers)
        w.join();
    QCOMPARE(names.size(), threads * perThread);
    for (const QString &n : std::as_const(names))
        QVERIFY(n.startsWith(QStringLiteral("thr")));
}

void tst_DatabaseConnector::operatorNameIsTheSessionUserOrTheLoginName()
{
    // Who the editor's saves are written as (issue 20): never empty, also without $USER.
    QFETCH(QString, backend);
    TestDatabase tdb(backend);
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    const QByteArray user = qgetenv("USER");
    const bool hadUser = qEnvironmentVariableIsSet("USER");
    const QByteArray logname = qgetenv("LOGNAME");
    const bool hadLogname = qEnvironmentVariableIsSet("LOGNAME");
    const auto restore = qScopeGuard([&] {
        hadUser ? qputenv("USER", user) : qunsetenv("USER");
        hadLogname ? qputenv("LOGNAME", logname) : qunsetenv("LOGNAME");
    });
    qunsetenv("USER");
    qunsetenv("LOGNAME");
    qunsetenv("USERNAME");
    QVERIFY(!DatabaseConnector::loginName().isEmpty()); // the account's own name
    qputenv("USER", "lena");
    QCOMPARE(DatabaseConnector::loginName(), QStringLiteral("lena"));
    if (tdb.isSqlite()) {
        QCOMPARE(DatabaseConnector::operatorName(tdb.db()), QStringLiteral("lena"));
    } else {
        QSqlQuery query(tdb.db());
        QVERIFY(query.exec(QStringLiteral("SELECT session_user")) && query.next());
        QCOMPARE(DatabaseConnector::operatorName(tdb.db()), query.value(0).toString());
    }
}

QTEST_GUILESS_MAIN(tst_DatabaseConnector)
#include "tst_databaseconnector.moc"
