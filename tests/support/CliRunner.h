// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandLine.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace earshot::test {

// What one earshot-cli run gave back.
struct CliOutcome {
    int code = -1;
    QString out;
    QString err;
};

// Runs earshot-cli in-process, as `earshot-cli [--db database] args...`, and captures its
// exit code and both output streams. Tests using it link earshot_cli.
inline CliOutcome runCli(QStringList args, const QString &database = {})
{
    if (!database.isEmpty())
        args = QStringList{QStringLiteral("--db"), database} + args;
    args.prepend(QStringLiteral("earshot-cli"));
    CliOutcome result;
    QTextStream outStream(&result.out);
    QTextStream errStream(&result.err);
    cli::CommandLine commandLine;
    result.code = commandLine.run(args, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return result;
}

}  // namespace earshot::test
