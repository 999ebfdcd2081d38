// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot {
class SecretStore;
}

namespace earshot::cli {

// earshot-cli outbox [--json] [--send] — replies on their way out: queued, sending, sent
// (with the platform's id and link), failed (with the reason) or in collision. --send
// sends the queued and failed ones through their accounts.
class OutboxCommand : public Command {
public:
    // `store` null: the system keychain. Tests inject one; it must outlive the command.
    explicit OutboxCommand(SecretStore *store = nullptr);
    QString name() const override { return QStringLiteral("outbox"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;

private:
    SecretStore *m_store;
};

}  // namespace earshot::cli
