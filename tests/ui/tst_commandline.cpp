// Tests for the editor's command line (app/commandline.cpp, linked in), the translator loading
// (with the app's translations embedded here as in the app), and the built `concord` binary:
// --version, a translated --help, and --screenshots.
#include "commandline.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace concord;

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

private:
    static QStringList args(const QStringList &rest) { return QStringList{QStringLiteral("concord")} + rest; }
    QByteArray runApp(const QStringList &arguments, int *exitCode, int timeoutMs = 30000);
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

QByteArray tst_CommandLine::runApp(const QStringList &arguments, int *exitCode, int timeoutMs)
{
    QProcess process;
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
    if (!err.isEmpty())
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

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
