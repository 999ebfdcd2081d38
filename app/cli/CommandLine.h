// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace earshot::cli {

// Splits `earshot-cli [--db FILE] COMMAND ...` and dispatches to the command. Kept apart
// from main() so tests can run the whole CLI in-process with their own streams.
class CommandLine {
public:
    CommandLine();
    ~CommandLine();

    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    void printUsage(QTextStream &stream) const;
    std::vector<std::unique_ptr<Command>> m_commands;
};

}  // namespace earshot::cli
