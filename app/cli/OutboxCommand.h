// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot::cli {

// earshot-cli outbox [--json] — replies on their way out: queued, sending, sent (with the
// platform's id and link), failed (with the reason) or in collision.
class OutboxCommand : public Command {
public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

}  // namespace earshot::cli
