// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli status STATUS (ID...|--query Q)
class StatusCommand : public Command {
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
