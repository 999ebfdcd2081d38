// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli tag NAME (ID...|--query Q) [--remove]; tag NAME --color #rrggbb
class TagCommand : public Command {
public:
    QString name() const override { return QStringLiteral("tag"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
