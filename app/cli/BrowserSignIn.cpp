// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/BrowserSignIn.h"

#include "app/cli/Command.h"
#include "app/cli/CommandParser.h"
#include "core/auth/MastodonSignIn.h"
#include "core/auth/RedditSignIn.h"
#include "core/connectors/ConnectorRegistry.h"
#include "core/model/Platform.h"
#include "core/net/HttpClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <algorithm>

#include <optional>

namespace earshot::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cli", text, nullptr, n);
}

// Runs one sign-in object (MastodonSignIn or RedditSignIn) until it answers.
template <class SignIn>
Result<SignedIn> run(SignIn &signIn, const typename SignIn::Options &options, Context &context,
                     const std::function<void(const QUrl &)> &openBrowser, const QString &where,
                     int timeoutMs)
{
    QObject::connect(&signIn, &SignIn::openInBrowser, &signIn, [&](const QUrl &url) {
        context.out() << tr("Open this address in your browser to sign in to %1:").arg(where)
                      << "\n\n    " << url.toString(QUrl::FullyEncoded) << "\n\n";
        if (timeoutMs > 0) {
            const int minutes = std::max(1, timeoutMs / 60'000);
            context.out() << tr(
                "Waiting up to %n minute(s) for the browser to come back "
                "(Ctrl+C to give up)...",
                minutes);
        } else {
            context.out() << tr("Waiting for the browser to come back (Ctrl+C to give up)...");
        }
        context.out() << Qt::endl;
        if (openBrowser)
            openBrowser(url);
    });
    std::optional<Result<SignedIn>> answer;
    QEventLoop loop;
    signIn.start(options, [&](const Result<SignedIn> &result) {
        answer = result;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

}  // namespace

SignInArguments::SignInArguments()
    : m_signIn(QStringLiteral("sign-in"),
               tr("Sign in through the browser instead of pasting a token (mastodon, reddit).")),
      m_clientId(QStringLiteral("client-id"),
                 tr("Reddit: the client id of your installed app (it has no secret)."),
                 QStringLiteral("ID")),
      m_timeout(QStringLiteral("timeout"),
                tr("How long to wait for the browser, in seconds (default %1).")
                    .arg(kDefaultTimeoutSeconds),
                QStringLiteral("SECONDS")),
      m_authUrl(QStringLiteral("auth-url"),
                tr("Reddit: where the browser signs in and tokens are issued (default "
                   "https://www.reddit.com)."),
                QStringLiteral("BASE")),
      m_port(QStringLiteral("redirect-port"),
             tr("The port on 127.0.0.1 the browser comes back to (Reddit: 65010 unless the app "
                "was registered with another; Mastodon: any free one)."),
             QStringLiteral("PORT"))
{
}

void SignInArguments::declare(CommandParser &parser) const
{
    for (const QCommandLineOption &option : {m_signIn, m_clientId, m_timeout, m_authUrl, m_port})
        parser.addOption(option);
}

bool SignInArguments::requested(const CommandParser &parser) const
{
    return parser.isSet(m_signIn);
}

int SignInArguments::read(const CommandParser &parser, const QString &platform, Context &context,
                          BrowserSignInOptions *options) const
{
    const auto usage = [&context](const QString &message) {
        context.err() << "earshot-cli: " << message << Qt::endl;
        return int(UsageError);
    };
    const bool reddit = platform == Platform::Reddit;
    if (!requested(parser)) {
        for (const QCommandLineOption *option : {&m_clientId, &m_timeout, &m_authUrl, &m_port}) {
            if (parser.isSet(*option))
                return usage(tr("--%1 goes with --sign-in").arg(option->names().constFirst()));
        }
        return -1;
    }
    if (platform != Platform::Mastodon && !reddit)
        return usage(tr("--sign-in works for mastodon and reddit; for %1 paste a token on "
                        "standard input")
                         .arg(platform));
    options->platform = platform;
    if (reddit) {
        options->clientId = parser.value(m_clientId).trimmed();
        if (options->clientId.isEmpty())
            return usage(
                tr("--client-id is required to sign in to Reddit; create an installed "
                   "app at https://www.reddit.com/prefs/apps"));
    } else if (parser.isSet(m_clientId) || parser.isSet(m_authUrl)) {
        return usage(tr("--client-id and --auth-url are for Reddit"));
    }
    int seconds = kDefaultTimeoutSeconds;
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        seconds = parser.value(m_timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600)
            return usage(tr("--timeout takes a number of seconds between 1 and 86400"));
    }
    options->timeoutMs = seconds * 1000;
    if (parser.isSet(m_port)) {
        bool ok = false;
        options->redirectPort = parser.value(m_port).toInt(&ok);
        if (!ok || options->redirectPort < 0 || options->redirectPort > 65535)
            return usage(tr("--redirect-port takes a port number"));
    }
    options->authBase = QUrl(QStringLiteral("https://www.reddit.com"));
    if (parser.isSet(m_authUrl)) {
        bool insecure = false;
        Result<QUrl> typed =
            ConnectorRegistry::normalizeBaseUrl(parser.value(m_authUrl), &insecure);
        if (!typed)
            return context.fail(typed.error().message);
        options->authBase = *typed;
        if (insecure) {
            context.err() << "earshot-cli: "
                          << tr("warning: %1 uses plain http; the sign-in will cross the network "
                                "unencrypted.")
                                 .arg(options->authBase.toString())
                          << Qt::endl;
        }
    }
    return -1;
}

Result<SignedIn> signInWithBrowser(const BrowserSignInOptions &options, Context &context,
                                   const std::function<void(const QUrl &)> &openBrowser)
{
    QNetworkAccessManager network;
    HttpClient::Options httpOptions;
    httpOptions.userAgent = "Earshot/0.1";
    HttpClient http(network, httpOptions);
    if (options.platform == Platform::Reddit) {
        RedditSignIn signIn(http);
        RedditSignIn::Options o;
        o.clientId = options.clientId;
        o.authBase = options.authBase;
        o.apiBase = options.baseUrl;
        o.timeoutMs = options.timeoutMs;
        if (options.redirectPort >= 0)
            o.redirectPort = quint16(options.redirectPort);
        return run(signIn, o, context, openBrowser, QStringLiteral("Reddit"), options.timeoutMs);
    }
    MastodonSignIn signIn(http);
    MastodonSignIn::Options o;
    o.instance = options.baseUrl;
    o.timeoutMs = options.timeoutMs;
    return run(signIn, o, context, openBrowser, options.baseUrl.host(), options.timeoutMs);
}

}  // namespace earshot::cli
