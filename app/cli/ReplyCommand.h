// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli reply ITEM --text-file F [--account ID] — writes a reply to the outbox, the
// step that always comes before any send. Sending is done by Outbox through the platform's
// connector; while the registry has no way to build one for the platform (no factory yet),
// the reply stays queued and shows in `earshot-cli outbox`.
class ReplyCommand : public Command {
public:
    QString name() const override { return QStringLiteral("reply"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
