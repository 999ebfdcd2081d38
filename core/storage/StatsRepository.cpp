// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StatsRepository.h"

#include "core/storage/Database.h"

namespace earshot {

WorkspaceStats StatsRepository::collect()
{
    WorkspaceStats stats;
    Statement &totals = m_db.cached(
        "SELECT count(*), (SELECT count(*) FROM items WHERE is_read = 0), "
        "(SELECT count(*) FROM items WHERE is_saved = 1) FROM items");
    if (totals.step()) {
        stats.total = totals.int64(0);
        stats.unread = totals.int64(1);
        stats.saved = totals.int64(2);
    }
    totals.reset();

    Statement &platforms = m_db.cached(
        "SELECT platform, count(*), count(CASE WHEN is_read = 0 THEN 1 END) FROM items "
        "GROUP BY platform ORDER BY platform");
    while (platforms.step())
        stats.platforms.push_back({platforms.text(0), platforms.int64(1), platforms.int64(2)});
    platforms.reset();

    stats.sources = SourceRepository(m_db).list();
    stats.tags = TagRepository(m_db).list();
    stats.accounts = AccountRepository(m_db).list();
    return stats;
}

}  // namespace earshot
