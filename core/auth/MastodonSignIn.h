// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/BrowserAuthorization.h"
#include "core/auth/OAuthTypes.h"
#include "core/connectors/ApiRequest.h"
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

// Signs in to a Mastodon account on any instance: registers Earshot as an app with the
// loopback redirect (POST /api/v1/apps; the port changes every time, so the app is made
// per sign-in), sends the user to INSTANCE/oauth/authorize, trades the code at
// INSTANCE/oauth/token and asks verify_credentials whose token it is. Mastodon tokens do
// not expire: there is nothing to refresh.
//
// Every address comes from `instance`, as the user typed it (plain http only then);
// HttpClient refuses TLS errors and https-to-http redirects.
//
// Threading: the HttpClient's thread. `done` runs once, after start() returned, unless
// this object is destroyed first.
class MastodonSignIn : public QObject {
    Q_OBJECT

public:
    struct Options {
        QUrl instance;  // normalized, as ConnectorRegistry::normalizeBaseUrl gives it
        QString clientName = QStringLiteral("Earshot");
        QString website;  // shown by the instance next to the app's name; may be empty
        QString scopes = QStringLiteral("read write");
        int timeoutMs = 5 * 60 * 1000;  // for the browser; 0 or less: no limit
    };
    using Callback = std::function<void(const Result<SignedIn> &)>;

    explicit MastodonSignIn(HttpClient &http, QObject *parent = nullptr);
    ~MastodonSignIn() override;

    void start(const Options &options, Callback done);

    // Pure steps, for tests.
    static ApiRequest registrationRequest(const Options &options, const QString &redirectUri);
    static Result<ClientCredentials> parseRegistration(const ApiResponse &response,
                                                       const QUrl &instance);
    static Result<QString> parseAccount(const ApiResponse &response, const QUrl &instance);

Q_SIGNALS:
    // The address the user must open; the sign-in waits for the browser after it.
    void openInBrowser(const QUrl &url);

private:
    void authorize();
    void exchange(const QString &code);
    void verify(const QString &token);
    void finish(const Result<SignedIn> &result);

    std::unique_ptr<HttpApiTransport> m_transport;
    BrowserAuthorization m_browser;
    std::unique_ptr<TokenEndpoint> m_tokens;
    Options m_options;
    ClientCredentials m_client;
    Callback m_done;
};

}  // namespace earshot
