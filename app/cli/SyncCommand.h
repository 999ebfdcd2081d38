// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli sync [--once] [--failed-only] — fetches feed sources; exit code 1 when any failed.
class SyncCommand : public Command {
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
