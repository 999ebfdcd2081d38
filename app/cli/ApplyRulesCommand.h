// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli apply-rules [--dry-run]
class ApplyRulesCommand : public Command {
public:
    QString name() const override { return QStringLiteral("apply-rules"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
