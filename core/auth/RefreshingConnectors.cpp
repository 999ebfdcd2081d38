// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/RefreshingConnectors.h"

#include "core/auth/RedditSignIn.h"
#include "core/auth/RefreshingApiTransport.h"
#include "core/auth/TokenRefresher.h"
#include "core/connectors/HttpApiTransport.h"
#include "core/connectors/reddit/RedditConnector.h"

namespace earshot::oauth {

namespace {

// Made before the connector and destroyed after it, like WithHttpTransport's transport.
struct RefreshingParts {
    RefreshingParts(HttpClient &http, SecretStore &secrets, const QString &tokenKey,
                    const QString &token, const RefreshGrant &grant)
        : api(std::make_unique<HttpApiTransport>(http)),
          refreshes(std::make_unique<HttpApiTransport>(http)),
          refresher(std::make_unique<TokenRefresher>(*refreshes, secrets, tokenKey, token, grant,
                                                     QByteArray(RedditSignIn::kUserAgent))),
          transport(std::make_unique<RefreshingApiTransport>(*api, *refresher))
    {
    }

    std::unique_ptr<HttpApiTransport> api;
    std::unique_ptr<HttpApiTransport> refreshes;
    std::unique_ptr<TokenRefresher> refresher;
    std::unique_ptr<RefreshingApiTransport> transport;
};

class RefreshingRedditConnector : private RefreshingParts, public RedditConnector {
public:
    RefreshingRedditConnector(HttpClient &http, SecretStore &secrets,
                              const ConnectorAccount &account, const QString &tokenKey,
                              const RefreshGrant &grant)
        : RefreshingParts(http, secrets, tokenKey, account.token, grant),
          RedditConnector(*transport, account.baseUrl, account.token, account.user)
    {
    }
};

}  // namespace

std::unique_ptr<Connector> makeRefreshingRedditConnector(HttpClient &http, SecretStore &secrets,
                                                         const ConnectorAccount &account,
                                                         const QString &tokenKey,
                                                         const RefreshGrant &grant)
{
    return std::make_unique<RefreshingRedditConnector>(http, secrets, account, tokenKey, grant);
}

}  // namespace earshot::oauth
