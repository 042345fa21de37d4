// main(): the application object, translators, the command line, then the main window, the
// screenshots or --prepare.
#include "commandline.h"
#include "icons.h"
#include "mainwindow.h"
#include "preparecommand.h"
#include "screenshots.h"

#include <QApplication>
#include <QStyleFactory>

#include <cstdio>

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Concord"));
    QCoreApplication::setApplicationName(QStringLiteral("Concord"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));
}

// Parses the command line once the translators are in; prints help, version or usage errors.
// Returns the exit code when the program should stop there, -1 to go on.
int handleTextRequests(concord::CommandLine &commandLine, const QStringList &arguments)
{
    if (!commandLine.parse(arguments)) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(commandLine.errorText()),
                     qPrintable(concord::CommandLine::tr("Try “%1 --help”.")
                                    .arg(QCoreApplication::applicationName().toLower())));
        return 2;
    }
    if (commandLine.helpRequested()) {
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    }
    if (commandLine.versionRequested()) {
        std::fputs(qPrintable(commandLine.versionText()), stdout);
        return 0;
    }
    return -1;
}

void installTranslators(QCoreApplication *app, const QStringList &arguments)
{
    const QString requested = concord::CommandLine::requestedLanguage(arguments);
    const QString language = concord::CommandLine::uiLanguage(requested);
    if (!requested.isEmpty())
        QLocale::setDefault(QLocale(language));
    concord::CommandLine::installTranslators(app, language);
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = rawArguments(argc, argv);

    // --help, --version and --prepare print text: they must work without a display.
    if (concord::CommandLine::wantsTextOnly(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(&app, arguments);
        concord::CommandLine commandLine;
        if (const int code = handleTextRequests(commandLine, app.arguments()); code >= 0)
            return code;
        return commandLine.prepareRequested() ? concord::PrepareCommand::run(commandLine) : 0;
    }

    // Screenshots render offscreen, so they come out the same with or without a display.
    const bool screenshots = concord::CommandLine::wantsScreenshots(arguments);
    if (screenshots && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(concord::Icons::appIcon());
    installTranslators(&app, arguments);

    concord::CommandLine commandLine;
    if (const int code = handleTextRequests(commandLine, app.arguments()); code >= 0)
        return code;

    if (screenshots) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QString error;
        if (!concord::Screenshots::render(commandLine.screenshotDirectory(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    concord::MainWindow window;
    if (!commandLine.operatorName().isEmpty())
        window.setOperatorName(commandLine.operatorName());
    window.show();
    // Failures are explained in message boxes and leave the window open to try something else.
    switch (commandLine.target()) {
    case concord::CommandLine::Target::Demo:
        window.openDemoDatabase();
        break;
    case concord::CommandLine::Target::SQLiteFile:
    case concord::CommandLine::Target::PostgreSQL:
        if (window.openConnection(commandLine.connection()) && commandLine.demoDataRequested())
            window.loadDemoData(false);
        break;
    }
    return app.exec();
}
