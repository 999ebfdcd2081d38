// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli rules [add NAME --action A=V... [--query Q] [--regex R] [--stop] | enable ID |
// disable ID | remove ID]
class RulesCommand : public Command {
public:
    QString name() const override { return QStringLiteral("rules"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
