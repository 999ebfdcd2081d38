// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/OAuthTypes.h"
#include "core/auth/TokenEndpoint.h"
#include "core/model/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace earshot {

class ApiTransport;
class SecretStore;

// Keeps one account's expiring access token usable: hands out the current token, renews
// it with the refresh grant when it is about to expire or the platform refused it, and
// stores the renewed token (and grant) back in the SecretStore so the next connector
// starts with it. Refreshes asked for while one is running wait for it: one request, one
// new token.
//
// Threading: the transport's thread. Callbacks run after the call returned, exactly once
// each, unless this object is destroyed first.
class TokenRefresher : public QObject {
    Q_OBJECT

public:
    using TokenCallback = std::function<void(const Result<QString> &token)>;
    using Clock = TokenEndpoint::Clock;

    // Renewed this long before the stated expiry, so a request does not leave with a token
    // that dies on the way.
    static constexpr qint64 kMarginMs = 60'000;

    // `transport` carries only the refresh requests: a connector cancelling its own calls
    // must not cancel a refresh others wait for.
    TokenRefresher(ApiTransport &transport, SecretStore &secrets, QString tokenKey,
                   QString accessToken, RefreshGrant grant, QByteArray userAgent = {},
                   Clock clock = {}, QObject *parent = nullptr);

    // The token to send now, renewed first when it has expired.
    void token(TokenCallback done);
    // After the platform refused `rejected` (HTTP 401): a renewed token, or the current
    // one when another request renewed it meanwhile.
    void renew(const QString &rejected, TokenCallback done);

    const QString &current() const { return m_token; }

private:
    void refresh(TokenCallback done);
    void refreshed(const Result<TokenGrant> &grant);
    void answer(const Result<QString> &result);

    ApiTransport &m_transport;
    SecretStore &m_secrets;
    QString m_tokenKey;
    QString m_token;
    RefreshGrant m_grant;
    QByteArray m_userAgent;
    Clock m_clock;
    std::vector<TokenCallback> m_waiting;  // non-empty while a refresh runs
};

}  // namespace earshot
