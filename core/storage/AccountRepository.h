// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace earshot {

class Database;

// A platform account: where Earshot connects and as whom, with its health. The token is
// not here: `secretKey` names it in the SecretStore.
struct AccountRecord {
    qint64 id = 0;
    QString platform;  // Platform id
    QString baseUrl;   // normalized instance address, e.g. "https://mastodon.social"
    QString user;      // the account's name on the platform; may be empty
    QString secretKey;
    QString displayName;
    bool enabled = true;
    qint64 createdMs = 0;
    qint64 lastAttemptMs = 0;
    qint64 lastSuccessMs = 0;
    QString lastError;
    int consecutiveFailures = 0;
    qint64 retryAfterMs = 0;  // the platform asked not to be called before this

    QString title() const;  // "user@host" or the base URL
    // Where the addresses of the account's timeline sources begin ("BASE#user/"): each
    // timeline is stored as a source of kind "account" at this prefix plus its key.
    QString sourceAddressPrefix() const;
};

// Accounts table. Lives on one connection/thread; throws StorageError.
class AccountRepository {
public:
    explicit AccountRepository(Database &db) : m_db(db) {}

    // Inserts the account and returns its id; 0 when (platform, baseUrl, user) exists.
    qint64 add(const AccountRecord &account);
    std::vector<AccountRecord> list();
    std::optional<AccountRecord> find(qint64 id);
    qint64 findId(const QString &platform, const QString &baseUrl, const QString &user);
    // Returns false when there was no such account.
    bool remove(qint64 id);

    void recordSuccess(qint64 id, qint64 atMs);
    // `message` in plain words; failures are counted up.
    void recordFailure(qint64 id, qint64 atMs, const QString &message, qint64 retryAfterMs = 0);

private:
    Database &m_db;
};

}  // namespace earshot
