// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/OAuthTypes.h"
#include "core/connectors/ApiRequest.h"
#include "core/model/Result.h"

#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>

namespace earshot {

class ApiTransport;
struct ApiResponse;

// One OAuth2 token endpoint: trades an authorization code or a refresh token for an access
// token (RFC 6749 4.1.3 and 6). Done here rather than by Qt NetworkAuth because Qt 6.4
// cannot put the client in a Basic header (Reddit needs it) and reports a refused or
// malformed answer only as a log line; through an ApiTransport every failure comes back as
// an Error in plain words.
//
// Messages never contain a token or the answer's body, only the server's error code and
// description.
//
// Threading: the transport's; callbacks hold no pointer to this object, so it may be
// destroyed with requests in flight (their answers still arrive unless the transport drops
// them).
class TokenEndpoint {
public:
    using Callback = std::function<void(const Result<TokenGrant> &)>;
    using Clock = std::function<qint64()>;  // ms since the epoch, for expires_in

    TokenEndpoint(ApiTransport &transport, QUrl url, ClientCredentials client,
                  QByteArray userAgent = {}, Clock clock = {});

    // grant_type=authorization_code; `extra` fields go along (Mastodon's scope).
    void exchangeCode(const QString &code, const QString &redirectUri, Callback done,
                      const QList<QPair<QString, QString>> &extra = {});
    // grant_type=refresh_token.
    void refresh(const QString &refreshToken, Callback done);

    // The requests as data; pure, for tests.
    ApiRequest codeRequest(const QString &code, const QString &redirectUri,
                           const QList<QPair<QString, QString>> &extra = {}) const;
    ApiRequest refreshRequest(const QString &refreshToken) const;

    // Reads an answer of the endpoint at `url`. Pure; exposed for tests.
    static Result<TokenGrant> parse(const ApiResponse &response, const QUrl &url, qint64 nowMs);

private:
    ApiRequest request(QList<QPair<QString, QString>> fields) const;
    void send(const ApiRequest &request, Callback done);

    ApiTransport &m_transport;
    QUrl m_url;
    ClientCredentials m_client;
    QByteArray m_userAgent;
    Clock m_clock;
};

}  // namespace earshot
