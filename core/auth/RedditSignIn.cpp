// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/RedditSignIn.h"

#include "core/auth/TokenEndpoint.h"
#include "core/connectors/HttpApiTransport.h"
#include "core/connectors/reddit/RedditApi.h"
#include "core/connectors/reddit/RedditParser.h"

#include <QPointer>

namespace earshot {

namespace {

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    while (url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path().chopped(1));
    url.setPath(url.path() + path);
    return url;
}

}  // namespace

RedditSignIn::RedditSignIn(HttpClient &http, QObject *parent)
    : QObject(parent), m_transport(std::make_unique<HttpApiTransport>(http))
{
    connect(&m_browser, &BrowserAuthorization::openInBrowser, this, &RedditSignIn::openInBrowser);
}

RedditSignIn::~RedditSignIn() = default;

QUrl RedditSignIn::tokenUrl(const QUrl &authBase)
{
    return endpoint(authBase, QStringLiteral("/api/v1/access_token"));
}

QUrl RedditSignIn::authorizeUrl(const QUrl &authBase)
{
    return endpoint(authBase, QStringLiteral("/api/v1/authorize"));
}

void RedditSignIn::start(const Options &options, Callback done)
{
    m_options = options;
    m_done = std::move(done);
    BrowserAuthorization::Request request;
    request.authorizeUrl = authorizeUrl(options.authBase);
    request.clientId = options.clientId;
    request.scope = options.scopes;
    // Without it the token lasts an hour and there is no refresh token.
    request.extra = {{QStringLiteral("duration"), QStringLiteral("permanent")}};
    request.timeoutMs = options.timeoutMs;
    request.port = options.redirectPort;
    QPointer<RedditSignIn> self(this);
    m_browser.start(request, [self](const Result<QString> &code) {
        if (!self)
            return;
        if (!code) {
            self->finish(code.error());
            return;
        }
        self->exchange(*code);
    });
}

void RedditSignIn::exchange(const QString &code)
{
    m_tokens = std::make_unique<TokenEndpoint>(*m_transport, tokenUrl(m_options.authBase),
                                               ClientCredentials{m_options.clientId, {}, true},
                                               QByteArray(kUserAgent));
    QPointer<RedditSignIn> self(this);
    m_tokens->exchangeCode(code, m_browser.redirectUri(), [self](const Result<TokenGrant> &grant) {
        if (!self)
            return;
        if (!grant) {
            self->finish(grant.error());
            return;
        }
        self->identify(*grant);
    });
}

void RedditSignIn::identify(const TokenGrant &grant)
{
    QPointer<RedditSignIn> self(this);
    m_transport->send(
        RedditApi(m_options.apiBase, grant.accessToken, {}).me(),
        [self, grant](const ApiResponse &response) {
            if (!self)
                return;
            const QString name =
                response.ok() ? RedditParser::accountName(response.body) : QString();
            if (name.isEmpty()) {
                Error error = response.ok() ? Error{ErrorKind::BadPayload,
                                                    tr("Reddit did not say which account the token "
                                                       "belongs to. Nothing was stored.")}
                                            : *response.error;
                if (!response.ok())
                    error.message = tr("Reddit gave a token but could not say whose it is: %1 "
                                       "Nothing was stored.")
                                        .arg(error.message);
                self->finish(error);
                return;
            }
            SignedIn signedIn;
            signedIn.accessToken = grant.accessToken;
            signedIn.user = name;
            signedIn.handle = QStringLiteral("u/") + name;
            if (!grant.refreshToken.isEmpty()) {
                signedIn.refresh =
                    RefreshGrant{self->m_options.clientId, grant.refreshToken,
                                 tokenUrl(self->m_options.authBase), grant.expiresAtMs};
            }
            self->finish(signedIn);
        });
}

void RedditSignIn::finish(const Result<SignedIn> &result)
{
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}

}  // namespace earshot
