// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"
#include "core/storage/NotificationRepository.h"

#include <vector>

namespace earshot {

class Database;

// The desktop notifications rules raise ("notify" action): the window and
// `earshot-cli notifications` take the new ones, which are then marked as shown, so each
// is shown once wherever it is seen first. Synchronous on the given connection; takeUnseen
// writes, so it belongs on the writer.
class NotificationService {
public:
    explicit NotificationService(Database &db) : m_db(db) {}

    // The unseen notifications, oldest first (at most `limit`), marked seen in the same
    // transaction.
    Result<std::vector<RuleNotification>> takeUnseen(int limit = 100);
    // Every notification, oldest first, seen or not (at most `limit`).
    Result<std::vector<RuleNotification>> all(int limit = 1000);

private:
    Database &m_db;
};

}  // namespace earshot
