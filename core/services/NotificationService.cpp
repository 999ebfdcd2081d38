// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/NotificationService.h"

#include "core/services/Guarded.h"
#include "core/storage/Database.h"

namespace earshot {

Result<std::vector<RuleNotification>> NotificationService::takeUnseen(int limit)
{
    return guarded([&] {
        Transaction transaction(m_db);
        NotificationRepository notifications(m_db);
        std::vector<RuleNotification> unseen = notifications.list(true, limit);
        std::vector<qint64> ids;
        ids.reserve(unseen.size());
        for (const RuleNotification &n : unseen)
            ids.push_back(n.id);
        notifications.markSeen(ids);
        transaction.commit();
        return unseen;
    });
}

Result<std::vector<RuleNotification>> NotificationService::all(int limit)
{
    return guarded([&] { return NotificationRepository(m_db).list(false, limit); });
}

}  // namespace earshot
