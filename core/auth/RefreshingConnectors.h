// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/OAuthTypes.h"
#include "core/connectors/ConnectorRegistry.h"

#include <memory>

namespace earshot {

class Connector;
class HttpClient;
class SecretStore;

namespace oauth {

// A Reddit connector whose token is renewed with `grant` when it expires or is refused;
// renewed tokens are stored back under `tokenKey` (see TokenRefresher). The connector
// owns everything it talks through.
std::unique_ptr<Connector> makeRefreshingRedditConnector(HttpClient &http, SecretStore &secrets,
                                                         const ConnectorAccount &account,
                                                         const QString &tokenKey,
                                                         const RefreshGrant &grant);

}  // namespace oauth
}  // namespace earshot
