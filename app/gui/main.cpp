// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of the desktop application: builds the object graph and hands each
// part its dependencies.
#include "core/services/AsyncWorkspace.h"
#include "core/services/Workspace.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/UiSettings.h"
#include "ui/dialogs/DialogPrompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>
#include <cstring>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

bool asksForHelp(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
            std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

}  // namespace

int main(int argc, char *argv[])
{
    using namespace earshot;

    if (!hasDisplay()) {
        if (!asksForHelp(argc, argv)) {
            // Said before QApplication, which would otherwise abort with a cryptic message.
            std::fputs(
                "earshot: no graphical display found (DISPLAY/WAYLAND_DISPLAY unset). "
                "Run it in a desktop session, or use earshot-cli; for a virtual display: "
                "xvfb-run earshot\n",
                stderr);
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");  // enough to print the help text
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("earshot"));
    QApplication::setOrganizationName(QStringLiteral("earshot"));
    QApplication::setApplicationVersion(QStringLiteral(EARSHOT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.earshot.Earshot"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/earshot.svg")));

    QSettings settings;
    UiSettings uiSettings(settings);
    Translations::install(app, Translations::resolve(uiSettings.language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Earshot: every mention in one inbox."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Use the workspace database FILE."),
        QCoreApplication::translate("main", "FILE"), Workspace::defaultDatabasePath());
    parser.addOption(dbOption);
    parser.process(app);
    const QString path = parser.value(dbOption);

    {
        // Create or migrate the database before any thread opens it; then close this
        // connection: the workspace's threads open their own.
        auto opened = Workspace::open(path);
        if (!opened) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Earshot"),
                                  opened.error().message);
            return 1;
        }
    }

    AsyncWorkspace workspace(path);
    QNetworkAccessManager network;
    DialogPrompter prompter;
    MainWindow window(workspace, settings, prompter, &network);
    window.show();
    window.startBackgroundSync();
    return QApplication::exec();
}
