// Tests for the editor's command line (app/commandline.cpp, linked in), the translator loading
// (with the app's translations embedded here as in the app), and the built `concord` binary:
// --version, a translated --help, --screenshots and --prepare.
#include "commandline.h"
#include "testdatabase.h"

#include <concord/tablepreparer.h>

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace concord;
using concord::test::TestDatabase;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noArgumentsOpensTheDemoDatabase();
    void fileArgumentOpensThatSqliteFile();
    void pgOptionTakesConninfo();
    void pgOptionTakesUrl();
    void postgresUrlAsArgumentOpensPostgres();
    void langOptionIsRead();
    void requestedLanguageIsFoundBeforeParsing_data();
    void requestedLanguageIsFoundBeforeParsing();
    void screenshotsOptionTakesFolder();
    void demoDataOptionIsRead();
    void operatorOptionIsRead();
    void prepareOptionsAreRead();
    void helpAndVersionAreRecognised();
    void usageErrorsAreReported_data();
    void usageErrorsAreReported();
    void uiLanguageComesFromLocaleUnlessRequested_data();
    void uiLanguageComesFromLocaleUnlessRequested();
    void spanishTranslationIsFoundAndInstalled();
    void missingTranslationIsNotInstalled();
    void appPrintsItsVersion();
    void appHelpFollowsLangOption();
    void appWritesTheScreenshots();
    void appPreparesATable_data() { TestDatabase::addBackendRows(); }
    void appPreparesATable();
    void appPrepareDefaultsToTheTrigger_data() { TestDatabase::addBackendRows(); }
    void appPrepareDefaultsToTheTrigger();
    void appPrepareFailureGoesToStandardError_data() { TestDatabase::addBackendRows(); }
    void appPrepareFailureGoesToStandardError();
    void appPrepareOnAViewSaysItIsAView_data() { TestDatabase::addBackendRows(); }
    void appPrepareOnAViewSaysItIsAView();
    void appPreparesTheDemoDatabaseByDefault();

private:
    static QStringList args(const QStringList &rest) { return QStringList{QStringLiteral("concord")} + rest; }
    // The built binary's standard output; its standard error goes to `standardError` if given,
    // else to the test log.
    QByteArray runApp(const QStringList &arguments, int *exitCode, int timeoutMs = 30000,
                      QByteArray *standardError = nullptr,
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // The arguments that name the test database, as a user would give them.
    static QStringList databaseArguments(const TestDatabase &tdb);
};

void tst_CommandLine::noArgumentsOpensTheDemoDatabase()
{
    CommandLine cl;
    QVERIFY2(cl.parse(args({})), qPrintable(cl.errorText()));
    QCOMPARE(cl.target(), CommandLine::Target::Demo);
    QVERIFY(cl.language().isEmpty());
    QVERIFY(cl.screenshotDirectory().isEmpty());
    QVERIFY(!cl.helpRequested());
    QVERIFY(!cl.versionRequested());
}

void tst_CommandLine::fileArgumentOpensThatSqliteFile()
{
    CommandLine cl;
    QVERIFY2(cl.parse(args({QStringLiteral("shop.sqlite")})), qPrintable(cl.errorText()));
    QCOMPARE(cl.target(), CommandLine::Target::SQLiteFile);
    QCOMPARE(cl.connection().backend(), ConnectionSpec::Backend::SQLite);
    // Relative to where the user started the program, made absolute at once.
    QCOMPARE(cl.connection().path(), QDir::current().absoluteFilePath(QStringLiteral("shop.sqlite")));
}

void tst_CommandLine::pgOptionTakesConninfo()
{
    CommandLine cl;
    QVERIFY2(cl.parse(args({QStringLiteral("--pg"),
                            QStringLiteral("host=db.example port=5433 dbname=shop user=ann")})),
             qPrintable(cl.errorText()));
    QCOMPARE(cl.target(), CommandLine::Target::PostgreSQL);
    const ConnectionSpec spec = cl.connection();
    QCOMPARE(spec.backend(), ConnectionSpec::Backend::PostgreSQL);
    QCOMPARE(spec.host(), QStringLiteral("db.example"));
    QCOMPARE(spec.port(), 5433);
    QCOMPARE(spec.database(), QStringLiteral("shop"));
    QCOMPARE(spec.user(), QStringLiteral("ann"));
}

void tst_CommandLine::pgOptionTakesUrl()
{
    CommandLine cl;
    QVERIFY2(cl.parse(args({QStringLiteral("--pg=postgresql://bob@db.example:5434/stock")})),
             qPrintable(cl.errorText()));
    QCOMPARE(cl.target(), CommandLine::Target::PostgreSQL);
    QCOMPARE(cl.connection().host(), QStringLiteral("db.example"));
    QCOMPARE(cl.connection().port(), 5434);
    QCOMPARE(cl.connection().database(), QStringLiteral("stock"));
    QCOMPARE(cl.connection().user(), QStringLiteral("bob"));
}

void tst_CommandLine::postgresUrlAsArgumentOpensPostgres()
{
    CommandLine cl;
    QVERIFY2(cl.parse(args({QStringLiteral("postgresql://ann@localhost/shop")})),
             qPrintable(cl.errorText()));
    QCOMPARE(cl.target(), CommandLine::Target::PostgreSQL);
    QCOMPARE(cl.connection().database(), QStringLiteral("shop"));
    QCOMPARE(cl.connection().user(), QStringLiteral("ann"));
}

void tst_CommandLine::langOptionIsRead()
{
    CommandLine cl;
    QVERIFY2(cl.parse(args({QStringLiteral("--lang"), QStringLiteral("es"),
                            QStringLiteral("shop.sqlite")})),
             qPrintable(cl.errorText()));
    QCOMPARE(cl.language(), QStringLiteral("es"));
    QCOMPARE(cl.target(), CommandLine::Target::SQLiteFile);
}

void tst_CommandLine::requestedLanguageIsFoundBeforeParsing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << args({QStringLiteral("x.sqlite")}) << QString();
    QTest::newRow("separate") << args({QStringLiteral("--lang"), QStringLiteral("de")})
                              << QStringLiteral("de");
    QTest::newRow("equals") << args({QStringLiteral("--lang=es_AR")}) << QStringLiteral("es_AR");
    QTest::newRow("after a file") << args({QStringLiteral("x.sqlite"), QStringLiteral("--lang=es")})
                                  << QStringLiteral("es");
    QTest::newRow("after --") << args({QStringLiteral("--"), QStringLiteral("--lang=es")})
                              << QString();
    QTest::newRow("program name only") << QStringList{QStringLiteral("--lang=es")} << QString();
}

void tst_CommandLine::requestedLanguageIsFoundBeforeParsing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QCOMPARE(CommandLine::requestedLanguage(arguments), language);
}

void tst_CommandLine::screenshotsOptionTakesFolder()
{
    CommandLine cl;
    QVERIFY2(cl.parse(args({QStringLiteral("--screenshots"), QStringLiteral("/tmp/shots")})),
             qPrintable(cl.errorText()));
    QCOMPARE(cl.screenshotDirectory(), QStringLiteral("/tmp/shots"));
    QVERIFY(CommandLine::wantsScreenshots(args({QStringLiteral("--screenshots"), QStringLiteral("d")})));
    QVERIFY(CommandLine::wantsScreenshots(args({QStringLiteral("--screenshots=d")})));
    QVERIFY(!CommandLine::wantsScreenshots(args({QStringLiteral("d.sqlite")})));
}

void tst_CommandLine::demoDataOptionIsRead()
{
    CommandLine plain;
    QVERIFY(plain.parse(args({QStringLiteral("--pg"), QStringLiteral("dbname=shop")})));
    QVERIFY(!plain.demoDataRequested());
    CommandLine cl;
    QVERIFY2(cl.parse(args({QStringLiteral("--pg"), QStringLiteral("dbname=shop"),
                            QStringLiteral("--demo-data")})),
             qPrintable(cl.errorText()));
    QVERIFY(cl.demoDataRequested());
    QCOMPARE(cl.target(), CommandLine::Target::PostgreSQL);
}

void tst_CommandLine::operatorOptionIsRead()
{
    // Who the editor's saves are written as, when the login name is not the right one.
    CommandLine plain;
    QVERIFY(plain.parse(args({QStringLiteral("shop.sqlite")})));
    QVERIFY(plain.operatorName().isEmpty());
    CommandLine cl;
    QVERIFY2(cl.parse(args({QStringLiteral("--operator"), QStringLiteral("Lena Hofmann"),
                            QStringLiteral("shop.sqlite")})),
             qPrintable(cl.errorText()));
    QCOMPARE(cl.operatorName(), QStringLiteral("Lena Hofmann"));
    QCOMPARE(cl.target(), CommandLine::Target::SQLiteFile);
    QVERIFY(cl.helpText().contains(QLatin1String("--operator")));
}

void tst_CommandLine::prepareOptionsAreRead()
{
    CommandLine plain;
    QVERIFY(plain.parse(args({QStringLiteral("shop.sqlite")})));
    QVERIFY(!plain.prepareRequested());

    CommandLine cl;
    QVERIFY2(cl.parse(args({QStringLiteral("--prepare"), QStringLiteral("sales.orders"),
                            QStringLiteral("shop.sqlite")})),
             qPrintable(cl.errorText()));
    QVERIFY(cl.prepareRequested());
    QCOMPARE(cl.prepareTable(), QStringLiteral("sales.orders"));
    // The trigger by default: it catches every writer; the client way is asked for by name.
    QCOMPARE(cl.prepareStrategy(), VersionStrategy::Trigger);
    QVERIFY(!cl.auditRequested());
    CommandLine client;
    QVERIFY2(client.parse(args({QStringLiteral("--prepare=items"), QStringLiteral("--strategy=client"),
                                QStringLiteral("shop.sqlite")})),
             qPrintable(client.errorText()));
    QCOMPARE(client.prepareStrategy(), VersionStrategy::Client);
    QCOMPARE(cl.target(), CommandLine::Target::SQLiteFile);

    CommandLine full;
    QVERIFY2(full.parse(args({QStringLiteral("--pg"), QStringLiteral("dbname=shop"),
                              QStringLiteral("--prepare=Order Lines"),
                              QStringLiteral("--strategy"), QStringLiteral("trigger"),
                              QStringLiteral("--audit")})),
             qPrintable(full.errorText()));
    QCOMPARE(full.prepareTable(), QStringLiteral("Order Lines"));
    QCOMPARE(full.prepareStrategy(), VersionStrategy::Trigger);
    QVERIFY(full.auditRequested());
    QCOMPARE(full.target(), CommandLine::Target::PostgreSQL);

    // No window: it runs where there is no display, like --help.
    QVERIFY(CommandLine::wantsTextOnly(args({QStringLiteral("--prepare"), QStringLiteral("t")})));
    QVERIFY(CommandLine::wantsTextOnly(args({QStringLiteral("--prepare=t")})));
    QVERIFY(CommandLine::wantsTextOnly(args({QStringLiteral("--audit")})));
    QVERIFY(!CommandLine::wantsTextOnly(args({QStringLiteral("--"), QStringLiteral("--prepare")})));
}

void tst_CommandLine::helpAndVersionAreRecognised()
{
    CommandLine help;
    QVERIFY(help.parse(args({QStringLiteral("--help")})));
    QVERIFY(help.helpRequested());
    QVERIFY(help.helpText().contains(QLatin1String("--pg")));
    QVERIFY(help.helpText().contains(QLatin1String("--screenshots")));
    QVERIFY(help.helpText().contains(QLatin1String("--lang")));

    CommandLine version;
    QVERIFY(version.parse(args({QStringLiteral("-v")})));
    QVERIFY(version.versionRequested());

    QVERIFY(CommandLine::wantsTextOnly(args({QStringLiteral("--help")})));
    QVERIFY(CommandLine::wantsTextOnly(args({QStringLiteral("--lang"), QStringLiteral("es"),
                                             QStringLiteral("--version")})));
    QVERIFY(!CommandLine::wantsTextOnly(args({QStringLiteral("x.sqlite")})));
}

void tst_CommandLine::usageErrorsAreReported_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << args({QStringLiteral("--frobnicate")});
    QTest::newRow("two files") << args({QStringLiteral("a.sqlite"), QStringLiteral("b.sqlite")});
    QTest::newRow("pg and a file") << args({QStringLiteral("--pg"), QStringLiteral("dbname=x"),
                                            QStringLiteral("a.sqlite")});
    QTest::newRow("pg without value") << args({QStringLiteral("--pg")});
    QTest::newRow("empty screenshot folder") << args({QStringLiteral("--screenshots=")});
    QTest::newRow("prepare without table") << args({QStringLiteral("--prepare")});
    QTest::newRow("prepare with empty table") << args({QStringLiteral("--prepare=")});
    QTest::newRow("unknown strategy") << args({QStringLiteral("--prepare"), QStringLiteral("t"),
                                               QStringLiteral("--strategy"), QStringLiteral("xmin")});
    QTest::newRow("strategy without prepare") << args({QStringLiteral("--strategy=trigger")});
    QTest::newRow("audit without prepare") << args({QStringLiteral("--audit")});
    QTest::newRow("empty operator") << args({QStringLiteral("--operator= ")});
    QTest::newRow("prepare with screenshots") << args({QStringLiteral("--prepare=t"),
                                                       QStringLiteral("--screenshots=d")});
    QTest::newRow("prepare with demo data") << args({QStringLiteral("--prepare=t"),
                                                     QStringLiteral("--demo-data")});
}

void tst_CommandLine::usageErrorsAreReported()
{
    QFETCH(QStringList, arguments);
    CommandLine cl;
    QVERIFY(!cl.parse(arguments));
    QVERIFY(!cl.errorText().isEmpty());
}

void tst_CommandLine::uiLanguageComesFromLocaleUnlessRequested_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("LANG=es_AR") << QString() << QStringLiteral("es_AR") << QStringLiteral("es");
    QTest::newRow("LANG=de_DE") << QString() << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::newRow("C locale") << QString() << QStringLiteral("C") << QStringLiteral("en");
    QTest::newRow("--lang es over de") << QStringLiteral("es") << QStringLiteral("de_DE")
                                       << QStringLiteral("es");
    QTest::newRow("--lang es_AR.UTF-8") << QStringLiteral("es_AR.UTF-8") << QStringLiteral("C")
                                        << QStringLiteral("es");
    QTest::newRow("--lang DE") << QStringLiteral("DE") << QStringLiteral("es_ES")
                               << QStringLiteral("de");
}

void tst_CommandLine::uiLanguageComesFromLocaleUnlessRequested()
{
    QFETCH(QString, requested);
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(CommandLine::uiLanguage(requested, QLocale(locale)), language);
}

void tst_CommandLine::spanishTranslationIsFoundAndInstalled()
{
    const QString file = CommandLine::translationFile(QStringLiteral("es"));
    QCOMPARE(file, QStringLiteral(":/i18n/concord_es.qm"));
    QVERIFY2(QFileInfo::exists(file), "the Spanish .qm is not embedded");

    auto *app = QCoreApplication::instance();
    const int before = app->findChildren<QTranslator *>().size();
    QVERIFY(CommandLine::installTranslators(app, QStringLiteral("es")));
    const QList<QTranslator *> installed = app->findChildren<QTranslator *>();
    QVERIFY(installed.size() > before);
    bool ours = false;
    for (QTranslator *t : installed)
        ours = ours || t->filePath() == file;
    QVERIFY2(ours, "the translator for concord_es.qm is not among those installed");
    // Back to English for the rest of the tests.
    for (QTranslator *t : installed) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void tst_CommandLine::missingTranslationIsNotInstalled()
{
    auto *app = QCoreApplication::instance();
    const int before = app->findChildren<QTranslator *>().size();
    QVERIFY(!CommandLine::installTranslators(app, QStringLiteral("xx")));
    QVERIFY(!CommandLine::installTranslators(app, QStringLiteral("en")));
    QCOMPARE(app->findChildren<QTranslator *>().size(), before);
}

QByteArray tst_CommandLine::runApp(const QStringList &arguments, int *exitCode, int timeoutMs,
                                   QByteArray *standardError,
                                   const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(CONCORD_APP_PATH));
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray err = process.readAllStandardError();
    if (standardError)
        *standardError = err;
    else if (!err.isEmpty())
        qDebug("concord stderr: %s", err.constData());
    return process.readAllStandardOutput();
}

void tst_CommandLine::appPrintsItsVersion()
{
    int code = 0;
    const QByteArray out = runApp({QStringLiteral("--version")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(QString::fromUtf8(out).trimmed(), QStringLiteral("Concord " CONCORD_VERSION));
}

void tst_CommandLine::appHelpFollowsLangOption()
{
    // What the Spanish help must say for --pg: the translation once there is one, else the
    // English source. Either way the text comes through the translator the app installed.
    const QString source = QStringLiteral(
        "Open a PostgreSQL database, given as libpq key=value pairs "
        "(\"host=db dbname=shop user=ann\") or as a postgresql:// URL.");
    QTranslator spanish;
    QVERIFY(spanish.load(CommandLine::translationFile(QStringLiteral("es"))));
    const QString translated = spanish.translate("concord::CommandLine", source.toUtf8().constData());

    int code = 0;
    const QString english = QString::fromUtf8(runApp({QStringLiteral("--help")}, &code));
    QCOMPARE(code, 0);
    QVERIFY(english.contains(QLatin1String("--pg")));
    QVERIFY(english.simplified().contains(source.simplified().left(40)));

    const QString help = QString::fromUtf8(
        runApp({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--help")}, &code));
    QCOMPARE(code, 0);
    QVERIFY(help.contains(QLatin1String("--pg")));
    const QString expected = translated.isEmpty() ? source : translated;
    QVERIFY2(help.simplified().contains(expected.simplified().left(40)), qPrintable(help));
}

void tst_CommandLine::appWritesTheScreenshots()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int code = 0;
    runApp({QStringLiteral("--screenshots"), dir.path()}, &code, 120000);
    QCOMPARE(code, 0);
    const QStringList names{QStringLiteral("main-window.png"), QStringLiteral("two-forms.png"),
                            QStringLiteral("change-banner.png"),
                            QStringLiteral("conflict-changed.png"),
                            QStringLiteral("conflict-deleted.png")};
    for (const QString &name : names) {
        const QImage image(dir.filePath(name));
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY2(image.width() >= 600 && image.height() >= 300, qPrintable(name));
    }
    QCOMPARE(QImage(dir.filePath(QStringLiteral("main-window.png"))).size(), QSize(1100, 700));
}

QStringList tst_CommandLine::databaseArguments(const TestDatabase &tdb)
{
    if (tdb.isSqlite())
        return {tdb.spec().path()};
    // The server itself comes from the PG* variables the child inherits, as for the tests.
    return {QStringLiteral("--pg"), QStringLiteral("dbname=") + tdb.spec().database()};
}

void tst_CommandLine::appPreparesATable()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")),
             QString());
    const QStringList prepare = databaseArguments(tdb)
                                + QStringList{QStringLiteral("--prepare"), QStringLiteral("items"),
                                              QStringLiteral("--strategy"),
                                              QStringLiteral("trigger"), QStringLiteral("--audit")};
    int code = -1;
    QByteArray err;
    const QString out = QString::fromUtf8(runApp(prepare, &code, 30000, &err));
    QVERIFY2(code == 0, err.constData());
    QVERIFY2(err.isEmpty(), err.constData());
    QVERIFY2(out.startsWith(QLatin1String("Prepared items in ")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Added version column \"version\"")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Installed the version trigger")), qPrintable(out));
    QVERIFY(TablePreparer::hasVersionTrigger(tdb.db(), QStringLiteral("items")));
    QCOMPARE(TablePreparer::hasNotifyTrigger(tdb.db(), QStringLiteral("items")), !tdb.isSqlite());

    const QString again = QString::fromUtf8(runApp(prepare, &code, 30000, &err));
    QVERIFY2(code == 0, err.constData());
    QVERIFY2(again.startsWith(QLatin1String("Nothing to do: items in ")), qPrintable(again));
}

void tst_CommandLine::appPrepareDefaultsToTheTrigger()
{
    // Without --strategy, --prepare installs the version trigger, which catches every writer.
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")),
             QString());
    int code = -1;
    QByteArray err;
    const QString out = QString::fromUtf8(
        runApp(databaseArguments(tdb) + QStringList{QStringLiteral("--prepare=items")}, &code,
               30000, &err));
    QVERIFY2(code == 0, err.constData());
    QVERIFY2(out.contains(QLatin1String("Installed the version trigger")), qPrintable(out));
    QVERIFY(TablePreparer::hasVersionTrigger(tdb.db(), QStringLiteral("items")));
}

void tst_CommandLine::appPrepareFailureGoesToStandardError()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.exec(QStringLiteral("CREATE TABLE loose (a INTEGER, b TEXT)")), QString());
    int code = -1;
    QByteArray err;
    const QByteArray out = runApp(databaseArguments(tdb)
                                      + QStringList{QStringLiteral("--prepare=loose")},
                                  &code, 30000, &err);
    QCOMPARE(code, 1);
    QVERIFY2(out.isEmpty(), out.constData());
    QVERIFY2(err.startsWith("Cannot prepare loose in "), err.constData());
    QVERIFY2(err.contains("no primary key"), err.constData());
}

void tst_CommandLine::appPrepareOnAViewSaysItIsAView()
{
    CONCORD_OPEN_TEST_DB(tdb);
    QCOMPARE(tdb.execAll({QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)"),
                          QStringLiteral("CREATE VIEW item_names AS SELECT id, name FROM items")}),
             QString());
    int code = -1;
    QByteArray err;
    const QByteArray out = runApp(databaseArguments(tdb)
                                      + QStringList{QStringLiteral("--prepare=item_names")},
                                  &code, 30000, &err);
    QCOMPARE(code, 1);
    QVERIFY2(out.isEmpty(), out.constData());
    QVERIFY2(err.contains("\"item_names\" is a view, not a table"), err.constData());
}

void tst_CommandLine::appPreparesTheDemoDatabaseByDefault()
{
    // The demo database lives in the data directory: a fresh one here, never the user's.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    int code = -1;
    QByteArray err;
    const QStringList prepare{QStringLiteral("--prepare"), QStringLiteral("customers"),
                              QStringLiteral("--strategy=trigger")};
    const QString out = QString::fromUtf8(runApp(prepare, &code, 60000, &err, environment));
    QVERIFY2(code == 0, err.constData());
    QVERIFY2(out.contains(QLatin1String("Installed the version trigger \"concord_version_customers\"")),
             qPrintable(out));
    // The demo tables come with their version column: the trigger was all that was missing.
    QVERIFY2(!out.contains(QLatin1String("Added")), qPrintable(out));
    QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("Concord/Concord/demo.sqlite"))));

    // A table the demo database does not have: a message and exit code 1, still no window.
    runApp({QStringLiteral("--prepare"), QStringLiteral("nothere")}, &code, 30000, &err,
           environment);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("There is no table named nothere."), err.constData());
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
