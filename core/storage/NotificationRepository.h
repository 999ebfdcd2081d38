// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace earshot {

class Database;

// A desktop notification a rule raised for an item ("notify" action), waiting to be shown.
struct RuleNotification {
    qint64 id = 0;
    qint64 itemId = 0;
    QString ruleName;   // empty when the rule was removed since
    QString message;    // the rule's text; may be empty
    QString itemTitle;  // the item's title, or the start of its text
    qint64 atMs = 0;
    bool seen = false;
};

// Notifications rules raised (schema: notifications). Lives on one connection/thread;
// throws StorageError.
class NotificationRepository {
public:
    explicit NotificationRepository(Database &db) : m_db(db) {}

    // Oldest first, at most `limit`; with `unseenOnly` only those not yet shown.
    std::vector<RuleNotification> list(bool unseenOnly, int limit = 100);
    // Marks these as shown; returns how many changed.
    int markSeen(const std::vector<qint64> &ids);

private:
    Database &m_db;
};

}  // namespace earshot
