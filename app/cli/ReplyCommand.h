// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot {
class SecretStore;
}

namespace earshot::cli {

// earshot-cli reply ITEM --text-file F [--account ID] [--queue-only] — writes a reply to
// the outbox, the step that always comes before any send, then sends it through the
// account's connector (Outbox: idempotency, collision check). A reply that cannot be sent
// stays queued or failed with the reason; so does every reply of a platform the registry
// cannot connect to yet.
class ReplyCommand : public Command {
public:
    // `store` null: the system keychain. Tests inject one; it must outlive the command.
    explicit ReplyCommand(SecretStore *store = nullptr);
    QString name() const override { return QStringLiteral("reply"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;

private:
    SecretStore *m_store;
};

}  // namespace earshot::cli
