// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandParser.h"

#include <optional>
#include <vector>

namespace earshot::cli {

// The items a triage command acts on: ids given as arguments, or every item matching
// `--query Q` (the inbox query language), never both.
class ItemSelection {
public:
    ItemSelection();
    void addTo(CommandParser &parser);
    bool isSet(const CommandParser &parser) const { return parser.isSet(m_query); }
    // Prints a message and returns nullopt on a usage error or a bad query.
    std::optional<std::vector<qint64>> resolve(const CommandParser &parser, const QStringList &ids,
                                               Context &context) const;

private:
    QCommandLineOption m_query;
};

// The name recorded in the activity log for actions taken on the command line.
QString cliActor();

}  // namespace earshot::cli
