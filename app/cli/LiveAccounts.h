// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/AccountSync.h"
#include "core/sync/OutboxSender.h"

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace earshot {
class AccountConnectors;
class Database;
class HttpClient;
class SecretStore;
}  // namespace earshot

namespace earshot::cli {

// What commands that talk to platform accounts share: the network stack, the keychain
// (or an injected store) and the account connectors, with blocking calls for a command
// line that has nothing else to do while it waits. The database work runs on the
// command's own connection (directWriter), between the network's callbacks.
class LiveAccounts {
public:
    // `store` null: the system keychain. An injected store must outlive this object.
    explicit LiveAccounts(SecretStore *store);
    ~LiveAccounts();
    LiveAccounts(const LiveAccounts &) = delete;
    LiveAccounts &operator=(const LiveAccounts &) = delete;

    // `ids` empty: every queued or failed entry.
    std::vector<OutboxSender::Outcome> send(Database &db, const std::vector<qint64> &ids);
    AccountSyncSummary sync(Database &db);
    AccountConnectors &connectors() { return *m_connectors; }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<AccountConnectors> m_connectors;
};

// Prints what happened to each sent entry; returns the exit code (Failure when any reply
// was not sent).
int reportSent(const std::vector<OutboxSender::Outcome> &outcomes, class Context &context);
// Prints one line per account (new items, or why it failed); returns the exit code
// (Failure when any account failed).
int reportSynced(const AccountSyncSummary &summary, class Context &context);

}  // namespace earshot::cli
