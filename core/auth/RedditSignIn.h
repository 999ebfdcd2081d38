// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/BrowserAuthorization.h"
#include "core/auth/OAuthTypes.h"
#include "core/model/Result.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace earshot {

class HttpApiTransport;
class HttpClient;
class TokenEndpoint;
struct ApiResponse;

// Signs in to a Reddit account with the OAuth2 flow of an "installed app" (one the user
// registered at reddit.com/prefs/apps with the loopback redirect; it has a client id and
// no secret): the browser authorizes at AUTH/api/v1/authorize with duration=permanent, the
// code is traded at AUTH/api/v1/access_token with HTTP Basic "client_id:" (Reddit's rule
// for apps without a secret), and API/api/v1/me names the account.
//
// Reddit's access tokens last an hour; the result carries the refresh token and the
// endpoint that renews it (see TokenRefresher).
//
// Threading: the HttpClient's thread. `done` runs once, after start() returned, unless
// this object is destroyed first.
class RedditSignIn : public QObject {
    Q_OBJECT

public:
    static constexpr quint16 kDefaultRedirectPort = 65010;

    struct Options {
        QString clientId;
        QUrl authBase = QUrl(QStringLiteral("https://www.reddit.com"));
        QUrl apiBase = QUrl(QStringLiteral("https://oauth.reddit.com"));
        QString scopes = QStringLiteral("identity read submit privatemessages");
        int timeoutMs = 5 * 60 * 1000;  // for the browser; 0 or less: no limit
        // Reddit wants the redirect address exactly as registered with the app, so the
        // listener's port is fixed: the app is registered with
        // http://127.0.0.1:65010/ (0: any free port, for tests).
        quint16 redirectPort = kDefaultRedirectPort;
    };
    using Callback = std::function<void(const Result<SignedIn> &)>;

    // Reddit refuses generic agents; the same one as the connector's.
    static constexpr const char *kUserAgent = "desktop:earshot:1.0";

    explicit RedditSignIn(HttpClient &http, QObject *parent = nullptr);
    ~RedditSignIn() override;

    void start(const Options &options, Callback done);

    static QUrl tokenUrl(const QUrl &authBase);
    static QUrl authorizeUrl(const QUrl &authBase);

Q_SIGNALS:
    void openInBrowser(const QUrl &url);

private:
    void exchange(const QString &code);
    void identify(const TokenGrant &grant);
    void finish(const Result<SignedIn> &result);

    std::unique_ptr<HttpApiTransport> m_transport;
    BrowserAuthorization m_browser;
    std::unique_ptr<TokenEndpoint> m_tokens;
    Options m_options;
    Callback m_done;
};

}  // namespace earshot
