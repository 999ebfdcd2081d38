// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli add-source URL [--title T] [--group G] — finds the feed behind a page and adds it.
class AddSourceCommand : public Command {
public:
    QString name() const override { return QStringLiteral("add-source"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
