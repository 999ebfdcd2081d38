// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace earshot {

class Database;

// One thing an account reads beyond its platform's own timelines. `kind` names the kind
// of timeline ("hashtag", "latest", "category", "account", "search"); `argument` is the
// hashtag, subreddit, VK wall, category, account id or search words.
struct AccountFollow {
    qint64 accountId = 0;
    QString kind;
    QString argument;
};

// What accounts follow (schema: account_follows). Lives on one connection/thread; throws
// StorageError.
class AccountFollowRepository {
public:
    explicit AccountFollowRepository(Database &db) : m_db(db) {}

    // Every follow of the account (every account's when 0), in the order they were added.
    std::vector<AccountFollow> list(qint64 accountId = 0);
    // False when the account already follows it.
    bool add(const AccountFollow &follow);
    // False when the account did not follow it.
    bool remove(const AccountFollow &follow);

private:
    Database &m_db;
};

}  // namespace earshot
