// The command line and the translator loading; both kept apart from main() so tests can run them.
#include "commandline.h"

#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

namespace concord {

namespace {

bool isPostgresUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// "es_AR", "es-AR.UTF-8", "ES" -> "es".
QString languagePart(const QString &code)
{
    QString lang = code.trimmed();
    const qsizetype cut = lang.indexOf(QRegularExpression(QStringLiteral("[_.@-]")));
    if (cut >= 0)
        lang.truncate(cut);
    return lang.toLower();
}

} // namespace

CommandLine::CommandLine()
    : m_pgOption(QStringList{QStringLiteral("pg"), QStringLiteral("postgres")},
                 tr("Open a PostgreSQL database, given as libpq key=value pairs "
                    "(\"host=db dbname=shop user=ann\") or as a postgresql:// URL."),
                 tr("connection"))
    , m_langOption(QStringLiteral("lang"),
                   tr("Use this language (\"es\", \"de\", \"en\") instead of the system's."),
                   tr("code"))
    , m_screenshotsOption(QStringLiteral("screenshots"),
                          tr("Render the documentation screenshots into this folder and exit."),
                          tr("folder"))
    , m_demoDataOption(QStringLiteral("demo-data"),
                       tr("Create the demo tables and sample data in the database opened "
                          "(a PostgreSQL one, say), unless they are there already."))
    , m_prepareOption(QStringLiteral("prepare"),
                      tr("Prepare this table for conflict detection (add the version column and, "
                         "on PostgreSQL, the change notification trigger), print what was done "
                         "and exit. Running it again changes nothing."),
                      tr("table"))
    , m_strategyOption(QStringLiteral("strategy"),
                       tr("With --prepare: \"trigger\" (the default) adds a trigger that "
                          "counts the version up on every UPDATE, whoever writes; \"client\" "
                          "lets Concord count it up on each save, and misses programs that write "
                          "without counting it up."),
                       tr("trigger|client"), QStringLiteral("trigger"))
    , m_auditOption(QStringLiteral("audit"),
                    tr("With --prepare: add the modified_by and modified_at columns (on "
                       "PostgreSQL filled by a trigger from the session user and the server's "
                       "clock)."))
    , m_operatorOption(QStringLiteral("operator"),
                       tr("Save under this name in the tables' modified_by columns (by default "
                          "the PostgreSQL session user, or your login name)."),
                       tr("name"))
    , m_helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                   tr("Show this help and exit."))
    , m_versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                      tr("Show the version and exit."))
{
    m_parser.setApplicationDescription(
        tr("Concord: edit SQL tables in forms without ever losing an update.\n"
           "With no database given, the demo database is opened (and created on the first run)."));
    m_parser.addOption(m_pgOption);
    m_parser.addOption(m_langOption);
    m_parser.addOption(m_screenshotsOption);
    m_parser.addOption(m_demoDataOption);
    m_parser.addOption(m_prepareOption);
    m_parser.addOption(m_strategyOption);
    m_parser.addOption(m_auditOption);
    m_parser.addOption(m_operatorOption);
    // Our own --help/--version, so their descriptions are translated with the rest.
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    m_parser.addPositionalArgument(tr("database"),
                                   tr("A SQLite file, or a postgresql:// URL, to open."),
                                   tr("[database]"));
}

bool CommandLine::parse(const QStringList &arguments)
{
    m_error.clear();
    m_target = Target::Demo;
    m_connection = ConnectionSpec();
    m_prepareTable.clear();
    m_prepareStrategy = VersionStrategy::Trigger;
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    m_help = m_parser.isSet(m_helpOption);
    m_version = m_parser.isSet(m_versionOption);
    m_demoData = m_parser.isSet(m_demoDataOption);
    m_audit = m_parser.isSet(m_auditOption);
    m_language = m_parser.value(m_langOption).trimmed();
    m_screenshotDirectory = m_parser.value(m_screenshotsOption);
    m_operatorName = m_parser.value(m_operatorOption).trimmed();
    if (m_parser.isSet(m_operatorOption) && m_operatorName.isEmpty()) {
        m_error = tr("--operator needs a name.");
        return false;
    }
    if (m_parser.isSet(m_screenshotsOption) && m_screenshotDirectory.trimmed().isEmpty()) {
        m_error = tr("--screenshots needs a folder.");
        return false;
    }

    if (!parsePrepare())
        return false;

    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 1) {
        m_error = tr("Give at most one database to open; got %1.").arg(positional.size());
        return false;
    }
    if (m_parser.isSet(m_pgOption)) {
        if (!positional.isEmpty()) {
            m_error = tr("Give either --pg or a database file, not both.");
            return false;
        }
        m_target = Target::PostgreSQL;
        m_connection = ConnectionSpec::postgres(m_parser.value(m_pgOption));
    } else if (!positional.isEmpty()) {
        const QString database = positional.first();
        if (isPostgresUrl(database)) {
            m_target = Target::PostgreSQL;
            m_connection = ConnectionSpec::postgres(database);
        } else {
            m_target = Target::SQLiteFile;
            m_connection = ConnectionSpec::sqlite(QFileInfo(database).absoluteFilePath());
        }
    }
    return true;
}

bool CommandLine::parsePrepare()
{
    const bool prepare = m_parser.isSet(m_prepareOption);
    if (!prepare) {
        if (m_parser.isSet(m_strategyOption) || m_audit) {
            m_error = tr("--strategy and --audit go with --prepare.");
            return false;
        }
        return true;
    }
    const QString table = m_parser.value(m_prepareOption);
    if (table.trimmed().isEmpty()) {
        m_error = tr("--prepare needs a table.");
        return false;
    }
    const QString strategy = m_parser.value(m_strategyOption).trimmed().toLower();
    if (strategy == QLatin1String("client")) {
        m_prepareStrategy = VersionStrategy::Client;
    } else if (strategy != QLatin1String("trigger")) {
        m_error = tr("--strategy is \"trigger\" or \"client\", not \"%1\".")
                      .arg(m_parser.value(m_strategyOption));
        return false;
    }
    // Both would open a window or write other things first: one job per run.
    if (m_parser.isSet(m_screenshotsOption) || m_demoData) {
        m_error = tr("--prepare goes without --screenshots and --demo-data.");
        return false;
    }
    m_prepareTable = table;
    return true;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::versionText() const
{
    return QCoreApplication::applicationName() + QLatin1Char(' ')
           + QCoreApplication::applicationVersion() + QLatin1Char('\n');
}

QString CommandLine::requestedLanguage(const QStringList &arguments)
{
    // The first argument is the program; "--" ends the options.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1).trimmed();
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7).trimmed();
    }
    return {};
}

bool CommandLine::wantsTextOnly(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")
            || arg == QLatin1String("-v") || arg == QLatin1String("--version")
            || arg == QLatin1String("--audit"))
            return true;
        // --strategy too: without --prepare it is a usage error, told as text.
        for (const char *option : {"--prepare", "--strategy"})
            if (arg == QLatin1String(option) || arg.startsWith(QLatin1String(option) + u'='))
                return true;
    }
    return false;
}

bool CommandLine::wantsScreenshots(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--screenshots") || arg.startsWith(QLatin1String("--screenshots=")))
            return true;
    }
    return false;
}

QString CommandLine::uiLanguage(const QString &requested, const QLocale &locale)
{
    if (!requested.trimmed().isEmpty())
        return languagePart(requested);
    if (locale.language() == QLocale::C)
        return QStringLiteral("en");
    return languagePart(locale.name());
}

QString CommandLine::translationFile(const QString &language)
{
    return QStringLiteral(":/i18n/concord_%1.qm").arg(language);
}

bool CommandLine::installTranslators(QCoreApplication *app, const QString &language)
{
    // English is the source language: there is nothing to load.
    if (language.isEmpty() || language == QLatin1String("en") || !app)
        return false;

    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    if (!own->load(translationFile(language))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace concord
