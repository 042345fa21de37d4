// The editor's command line (--pg, a file, --lang, --screenshots, --prepare, --help, --version)
// and the translators it selects.
#pragma once

#include <concord/connectionspec.h>
#include <concord/versionstrategy.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace concord {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(concord::CommandLine)
public:
    // What to open at start.
    enum class Target { Demo, SQLiteFile, PostgreSQL };

    CommandLine();

    // `arguments` as QCoreApplication::arguments() gives them, the program first. False on a
    // usage error, which errorText() then explains.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_error; }

    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }
    QString helpText() const;
    QString versionText() const;

    Target target() const { return m_target; }
    // The connection for SQLiteFile and PostgreSQL targets.
    ConnectionSpec connection() const { return m_connection; }
    QString language() const { return m_language; }
    QString screenshotDirectory() const { return m_screenshotDirectory; }
    // --demo-data: create the demo tables and data in the database opened (PostgreSQL, say).
    bool demoDataRequested() const { return m_demoData; }
    // --operator NAME: who the editor's saves are written as; empty when not given (then the
    // connection's own: DatabaseConnector::operatorName()).
    QString operatorName() const { return m_operatorName; }
    // --prepare TABLE [--strategy trigger|client] [--audit]: make the table ready for conflict
    // detection in the database opened, print what was done, and exit without a window.
    bool prepareRequested() const { return !m_prepareTable.isEmpty(); }
    QString prepareTable() const { return m_prepareTable; }
    VersionStrategy prepareStrategy() const { return m_prepareStrategy; } // Trigger unless given
    bool auditRequested() const { return m_audit; }

    // --lang read straight from the raw arguments: translators must be in place before the
    // parser's own texts are translated. Empty when not given.
    static QString requestedLanguage(const QStringList &arguments);
    // True when the arguments ask for something that needs no window (--help, --version,
    // --prepare and its options).
    static bool wantsTextOnly(const QStringList &arguments);
    // True when the arguments ask for screenshots (rendered offscreen, without a display).
    static bool wantsScreenshots(const QStringList &arguments);
    // The language code to translate into: `requested` if given, else the locale's
    // ("es_AR" -> "es"). "en" for the C locale.
    static QString uiLanguage(const QString &requested, const QLocale &locale = QLocale::system());
    // Where Concord's own translation for `language` lives in the resources.
    static QString translationFile(const QString &language);
    // Installs Concord's translation (:/i18n/concord_<lang>.qm) and Qt's own (qtbase_<lang>.qm)
    // on `app`, each if it exists. Returns true when Concord's own was loaded.
    static bool installTranslators(QCoreApplication *app, const QString &language);

private:
    // --prepare and the options that go with it; false on a usage error.
    bool parsePrepare();

    QCommandLineParser m_parser;
    QCommandLineOption m_pgOption;
    QCommandLineOption m_langOption;
    QCommandLineOption m_screenshotsOption;
    QCommandLineOption m_demoDataOption;
    QCommandLineOption m_prepareOption;
    QCommandLineOption m_strategyOption;
    QCommandLineOption m_auditOption;
    QCommandLineOption m_operatorOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QString m_error;
    bool m_help = false;
    bool m_version = false;
    bool m_demoData = false;
    bool m_audit = false;
    QString m_prepareTable;
    VersionStrategy m_prepareStrategy = VersionStrategy::Trigger;
    Target m_target = Target::Demo;
    ConnectionSpec m_connection;
    QString m_language;
    QString m_screenshotDirectory;
    QString m_operatorName;
};

} // namespace concord
