// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli stats [--json] — counts by platform, source and tag.
class StatsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
