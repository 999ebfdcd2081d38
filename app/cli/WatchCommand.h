// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli watch add URL --every 1d [--platform P] [--title T] | list [--json] [--due]
//   | done ID | remove ID
class WatchCommand : public Command {
public:
    QString name() const override { return QStringLiteral("watch"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
