// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/AccountConnectors.h"

#include "core/auth/RefreshGrant.h"
#include "core/auth/RefreshingConnectors.h"
#include "core/connectors/ConnectorRegistry.h"
#include "core/model/Platform.h"
#include "core/secrets/SecretStore.h"

#include <QPointer>
#include <QUrl>

namespace earshot {

AccountConnectors::AccountConnectors(HttpClient &http, SecretStore &secrets, QObject *parent)
    : QObject(parent), m_http(http), m_secrets(secrets)
{
}

QString AccountConnectors::ownHandle(const AccountRecord &account)
{
    if (account.user.isEmpty())
        return {};
    QString user = account.user;
    if (user.startsWith(QLatin1Char('@')))
        user.remove(0, 1);
    return QLatin1Char('@') + user + QLatin1Char('@') + QUrl(account.baseUrl).host();
}

void AccountConnectors::make(const AccountRecord &account, Callback done)
{
    const ConnectorInfo *info = ConnectorRegistry::find(account.platform);
    if (!info || !info->create) {
        const Error error{ErrorKind::InvalidInput,
                          tr("Earshot cannot connect to %1 accounts in this version.")
                              .arg(Platform::displayName(account.platform))};
        QMetaObject::invokeMethod(
            this, [done, error] { done(nullptr, error); }, Qt::QueuedConnection);
        return;
    }
    if (account.secretKey.isEmpty()) {
        const Error error{
            ErrorKind::Unauthorized,
            tr("The account %1 has no token. Remove it and add it again.").arg(account.title())};
        QMetaObject::invokeMethod(
            this, [done, error] { done(nullptr, error); }, Qt::QueuedConnection);
        return;
    }
    QPointer<AccountConnectors> self(this);
    const auto create = info->create;
    m_secrets.read(account.secretKey, [self, create, account, done](const SecretReply &reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            Error error = reply.error->toError();
            error.message = tr("The token of %1 could not be read: %2")
                                .arg(account.title(), reply.error->message);
            done(nullptr, error);
            return;
        }
        const ConnectorAccount live{QUrl(account.baseUrl), account.user, reply.secret};
        if (account.platform != Platform::Reddit) {
            done(create(self->m_http, live), std::nullopt);
            return;
        }
        self->makeRenewable(account, live, create, done);
    });
}

void AccountConnectors::makeRenewable(const AccountRecord &account, const ConnectorAccount &live,
                                      const ConnectorFactory &create, const Callback &done)
{
    // Signed in through the browser, a Reddit token lasts an hour and comes with a refresh
    // grant; a pasted token has none and is used as it is.
    QPointer<AccountConnectors> self(this);
    m_secrets.read(oauth::refreshKey(account.secretKey),
                   [self, account, live, create, done](const SecretReply &reply) {
                       if (!self)
                           return;
                       const std::optional<RefreshGrant> grant =
                           reply.ok() ? oauth::decodeGrant(reply.secret) : std::nullopt;
                       if (!grant) {
                           done(create(self->m_http, live), std::nullopt);
                           return;
                       }
                       done(oauth::makeRefreshingRedditConnector(self->m_http, self->m_secrets,
                                                                 live, account.secretKey, *grant),
                            std::nullopt);
                   });
}

}  // namespace earshot
