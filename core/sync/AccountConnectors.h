// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/Connector.h"
#include "core/connectors/ConnectorRegistry.h"
#include "core/model/Error.h"
#include "core/storage/AccountRepository.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace earshot {

class HttpClient;
class SecretStore;

// Builds the live connector of a stored account: its token from the SecretStore (kept in
// memory only, never logged), its connector from the ConnectorRegistry over the shared
// HttpClient.
//
// Threading and ownership: lives on the HttpClient's thread; `http` and `secrets` must
// outlive it and the connectors it makes. Callbacks run after make() returned and are
// dropped once this object is destroyed.
class AccountConnectors : public QObject {
    Q_OBJECT

public:
    using Callback =
        std::function<void(std::unique_ptr<Connector> connector, std::optional<Error> error)>;

    AccountConnectors(HttpClient &http, SecretStore &secrets, QObject *parent = nullptr);

    void make(const AccountRecord &account, Callback done);

    // The account as authors appear on its platform ("@name@host"): how Outbox tells our
    // own posts from others'.
    static QString ownHandle(const AccountRecord &account);

private:
    using ConnectorFactory =
        std::function<std::unique_ptr<Connector>(HttpClient &, const ConnectorAccount &)>;
    // A Reddit account's connector: one that renews its token when a refresh grant is
    // stored with it (core/auth), the plain one otherwise.
    void makeRenewable(const AccountRecord &account, const ConnectorAccount &live,
                       const ConnectorFactory &create, const Callback &done);

    HttpClient &m_http;
    SecretStore &m_secrets;
};

}  // namespace earshot
