// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli profiles [add NAME --terms "a,b" [--exclude "x,y"] | remove NAME | rematch]
class ProfilesCommand : public Command {
public:
    QString name() const override { return QStringLiteral("profiles"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
