// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli accounts [--json] — lists platform accounts with their health. Never prints
// a token (the database has none).
class AccountsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("accounts"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
