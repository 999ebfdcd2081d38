// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli follows [ACCOUNT] [--json] | follows add ACCOUNT KIND ARGUMENT
//   | follows remove ACCOUNT KIND ARGUMENT
// What platform accounts read beyond their own timelines (hashtags, subreddits, VK walls,
// forum categories, other accounts, search words).
class FollowsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("follows"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
