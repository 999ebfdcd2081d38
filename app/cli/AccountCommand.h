// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

class QIODevice;

namespace earshot {
class SecretStore;
}

namespace earshot::cli {

// earshot-cli account add PLATFORM --url BASE [--user NAME] — adds a platform account. The
// token is read from standard input (never from the arguments, which other users can see
// in the process list) and stored in the keychain; the database keeps only its key.
class AccountCommand : public Command {
public:
    // Defaults (null): the system keychain and the process's standard input. Tests inject
    // both; they must outlive the command.
    explicit AccountCommand(SecretStore *store = nullptr, QIODevice *input = nullptr);
    ~AccountCommand() override;

    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;

private:
    int add(const QStringList &arguments, Context &context);
    QString readToken(Context &context);

    SecretStore *m_store;
    QIODevice *m_input;
};

}  // namespace earshot::cli
