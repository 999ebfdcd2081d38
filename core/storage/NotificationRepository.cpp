// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/NotificationRepository.h"

#include "core/storage/Database.h"

namespace earshot {

namespace {
constexpr int kTitleChars = 120;  // enough to recognise the item in a notification
}

std::vector<RuleNotification> NotificationRepository::list(bool unseenOnly, int limit)
{
    Statement &query = m_db.cached(
        "SELECT n.id, n.item_id, ifnull(r.name, ''), n.message, "
        "CASE WHEN i.title <> '' THEN i.title ELSE substr(i.text, 1, ?3) END, n.at_ms, n.seen "
        "FROM notifications n JOIN items i ON i.id = n.item_id "
        "LEFT JOIN rules r ON r.id = n.rule_id WHERE ?1 = 0 OR n.seen = 0 "
        "ORDER BY n.at_ms, n.id LIMIT ?2");
    query.bind(1, qint64(unseenOnly ? 1 : 0)).bind(2, qint64(limit)).bind(3, qint64(kTitleChars));
    std::vector<RuleNotification> out;
    while (query.step()) {
        out.push_back({query.int64(0), query.int64(1), query.text(2), query.text(3),
                       query.text(4).simplified(), query.int64(5), query.int64(6) != 0});
    }
    query.reset();
    return out;
}

int NotificationRepository::markSeen(const std::vector<qint64> &ids)
{
    Statement &update = m_db.cached("UPDATE notifications SET seen = 1 WHERE id = ?1 AND seen = 0");
    int changed = 0;
    for (const qint64 id : ids) {
        update.bind(1, id).run();
        changed += m_db.changes();
    }
    return changed;
}

}  // namespace earshot
