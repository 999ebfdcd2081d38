// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

#include <QUrl>

#include <functional>
#include <memory>

class QIODevice;

namespace earshot {
class SecretStore;
}

namespace earshot::cli {

struct BrowserSignInOptions;

// earshot-cli account add PLATFORM --url BASE [--user NAME] — adds a platform account. The
// token is read from standard input (never from the arguments, which other users can see
// in the process list) and stored in the keychain; the database keeps only its key.
//
// With --sign-in (Mastodon, Reddit) the user signs in through the browser instead: the
// address to open is printed, the browser's answer comes back to a loopback listener, and
// the token (with Reddit's refresh grant) goes to the keychain.
class AccountCommand : public Command {
public:
    // Defaults (null): the system keychain and the process's standard input. Tests inject
    // both; they must outlive the command.
    explicit AccountCommand(SecretStore *store = nullptr, QIODevice *input = nullptr);
    ~AccountCommand() override;

    // Where a sign-in address goes besides standard output; tests play the browser here.
    void setBrowser(std::function<void(const QUrl &)> open) { m_browser = std::move(open); }

    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;

private:
    int add(const QStringList &arguments, Context &context);
    int signIn(const BrowserSignInOptions &options, Context &context);
    QString readToken(Context &context);
    SecretStore &store();

    SecretStore *m_store;
    QIODevice *m_input;
    std::unique_ptr<SecretStore> m_keychain;
    std::function<void(const QUrl &)> m_browser;
};

}  // namespace earshot::cli
