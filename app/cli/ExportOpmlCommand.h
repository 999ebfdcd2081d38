// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli export-opml [FILE] — writes the feed sources as OPML, groups as folders.
class ExportOpmlCommand : public Command {
public:
    QString name() const override { return QStringLiteral("export-opml"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
