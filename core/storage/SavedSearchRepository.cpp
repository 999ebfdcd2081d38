// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SavedSearchRepository.h"

#include "core/storage/Database.h"

namespace earshot {

qint64 SavedSearchRepository::save(const QString &name, const QString &query, qint64 nowMs)
{
    Statement &q = m_db.cached(
        "INSERT INTO saved_searches(name, query, created_ms) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(name) DO UPDATE SET query = excluded.query RETURNING id");
    q.bind(1, name).bind(2, query).bind(3, nowMs);
    const qint64 id = q.step() ? q.int64(0) : 0;
    q.reset();
    return id;
}

std::vector<SavedSearch> SavedSearchRepository::list()
{
    Statement &q = m_db.cached(
        "SELECT id, name, query, created_ms FROM saved_searches ORDER BY name COLLATE NOCASE, id");
    std::vector<SavedSearch> out;
    while (q.step())
        out.push_back({q.int64(0), q.text(1), q.text(2), q.int64(3)});
    q.reset();
    return out;
}

bool SavedSearchRepository::remove(qint64 id)
{
    Statement &q = m_db.cached("DELETE FROM saved_searches WHERE id = ?1");
    q.bind(1, id).run();
    return m_db.changes() > 0;
}

}  // namespace earshot
