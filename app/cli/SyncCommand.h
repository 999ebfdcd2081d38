// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace earshot {
class SecretStore;
}

namespace earshot::cli {

// earshot-cli sync [--once] [--failed-only] — fetches feed sources; exit code 1 when any failed.
// earshot-cli sync --accounts — fetches the platform accounts' timelines once instead.
// Without --once it keeps running: feeds when due, accounts every --account-interval minutes.
class SyncCommand : public Command {
public:
    // `store` null: the system keychain (for --accounts). Tests inject one; it must outlive
    // the command.
    explicit SyncCommand(SecretStore *store = nullptr);
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;

private:
    SecretStore *m_store;
};

}  // namespace earshot::cli
