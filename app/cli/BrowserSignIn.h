// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/OAuthTypes.h"
#include "core/model/Result.h"

#include <QCommandLineOption>
#include <QUrl>

#include <functional>

namespace earshot::cli {

class CommandParser;
class Context;

// What `account add PLATFORM --sign-in` needs to sign in through the browser.
struct BrowserSignInOptions {
    QString platform;  // mastodon or reddit
    QUrl baseUrl;      // Mastodon: the instance; Reddit: the API address
    QString clientId;  // Reddit: the installed app's client id
    QUrl authBase;     // Reddit: where the browser signs in and tokens are issued
    int timeoutMs = 5 * 60 * 1000;
    int redirectPort = -1;  // of the loopback listener; -1: the platform's default
};

// The options of `account add` that belong to --sign-in, declared and checked in one place.
class SignInArguments {
public:
    static constexpr int kDefaultTimeoutSeconds = 5 * 60;

    SignInArguments();
    void declare(CommandParser &parser) const;
    bool requested(const CommandParser &parser) const;
    // Checks the options against `platform` and fills `options` (all but baseUrl). Returns
    // -1 to go on, or the exit code after printing why not.
    int read(const CommandParser &parser, const QString &platform, Context &context,
             BrowserSignInOptions *options) const;

private:
    QCommandLineOption m_signIn;
    QCommandLineOption m_clientId;
    QCommandLineOption m_timeout;
    QCommandLineOption m_authUrl;
    QCommandLineOption m_port;
};

// Runs the sign-in to the end, blocking: prints the address to open on standard output,
// hands it to `openBrowser` too when set (tests play the browser there), and waits for the
// browser's answer and the token. Nothing is stored here.
Result<SignedIn> signInWithBrowser(const BrowserSignInOptions &options, Context &context,
                                   const std::function<void(const QUrl &)> &openBrowser);

}  // namespace earshot::cli
