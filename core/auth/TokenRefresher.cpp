// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/TokenRefresher.h"

#include "core/auth/RefreshGrant.h"
#include "core/model/Logging.h"
#include "core/secrets/SecretStore.h"

#include <QDateTime>
#include <QPointer>

#include <memory>

namespace earshot {

TokenRefresher::TokenRefresher(ApiTransport &transport, SecretStore &secrets, QString tokenKey,
                               QString accessToken, RefreshGrant grant, QByteArray userAgent,
                               Clock clock, QObject *parent)
    : QObject(parent),
      m_transport(transport),
      m_secrets(secrets),
      m_tokenKey(std::move(tokenKey)),
      m_token(std::move(accessToken)),
      m_grant(std::move(grant)),
      m_userAgent(std::move(userAgent)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

void TokenRefresher::token(TokenCallback done)
{
    const bool expired = m_grant.expiresAtMs > 0 && m_clock() + kMarginMs >= m_grant.expiresAtMs;
    if (expired || m_token.isEmpty() || !m_waiting.empty()) {
        refresh(std::move(done));
        return;
    }
    const QString token = m_token;
    QMetaObject::invokeMethod(
        this, [done, token] { done(token); }, Qt::QueuedConnection);
}

void TokenRefresher::renew(const QString &rejected, TokenCallback done)
{
    if (rejected != m_token && m_waiting.empty()) {
        const QString token = m_token;
        QMetaObject::invokeMethod(
            this, [done, token] { done(token); }, Qt::QueuedConnection);
        return;
    }
    refresh(std::move(done));
}

void TokenRefresher::refresh(TokenCallback done)
{
    m_waiting.push_back(std::move(done));
    if (m_waiting.size() > 1)
        return;  // joins the refresh already running
    TokenEndpoint endpoint(m_transport, m_grant.tokenUrl, {m_grant.clientId, {}, true}, m_userAgent,
                           m_clock);
    QPointer<TokenRefresher> self(this);
    endpoint.refresh(m_grant.refreshToken, [self](const Result<TokenGrant> &grant) {
        if (self)
            self->refreshed(grant);
    });
}

void TokenRefresher::refreshed(const Result<TokenGrant> &grant)
{
    if (!grant) {
        Error error = grant.error();
        if (error.kind == ErrorKind::Unauthorized) {
            error.message += QLatin1Char(' ') +
                             tr("The account's sign-in is no longer valid; sign in to it again.");
        }
        answer(error);
        return;
    }
    m_token = grant->accessToken;
    m_grant.expiresAtMs = grant->expiresAtMs;
    if (!grant->refreshToken.isEmpty())
        m_grant.refreshToken = grant->refreshToken;  // a server may rotate it

    // Stored before anyone gets the token, so a connector made later starts with it. A
    // keychain that refuses costs a refresh next time, not this request.
    QPointer<TokenRefresher> self(this);
    const QString token = m_token;
    const auto logged = [](const SecretReply &reply) {
        if (!reply.ok())
            qCWarning(lcNet) << "a renewed token could not be stored:" << reply.error->message;
    };
    m_secrets.write(m_tokenKey, token, [self, token, logged](const SecretReply &reply) {
        logged(reply);
        if (!self)
            return;
        self->m_secrets.write(oauth::refreshKey(self->m_tokenKey),
                              oauth::encodeGrant(self->m_grant),
                              [self, token, logged](const SecretReply &second) {
                                  logged(second);
                                  if (self)
                                      self->answer(token);
                              });
    });
}

void TokenRefresher::answer(const Result<QString> &result)
{
    std::vector<TokenCallback> waiting;
    waiting.swap(m_waiting);
    for (const TokenCallback &done : waiting)
        done(result);
}

}  // namespace earshot
