// SPDX-License-Identifier: GPL-3.0-or-later
// earshot-cli: everything the GUI can do to data, headless. Composition root only.
#include "app/cli/CommandLine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("earshot-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("earshot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EARSHOT_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("earshot"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    earshot::cli::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments(), out, err);
}
