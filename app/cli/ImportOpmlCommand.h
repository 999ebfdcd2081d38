// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli import-opml FILE — adds the feeds of an OPML list, folders as groups.
class ImportOpmlCommand : public Command {
public:
    QString name() const override { return QStringLiteral("import-opml"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
