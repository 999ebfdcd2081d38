// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/WatchRepository.h"

#include "core/storage/Database.h"

namespace earshot {

namespace {

constexpr const char *kSelect =
    "SELECT id, url, title, platform, interval_s, last_checked_ms, created_ms FROM watched_sites ";

WatchedSite readSite(Statement &q)
{
    WatchedSite s;
    s.id = q.int64(0);
    s.url = q.text(1);
    s.title = q.text(2);
    s.platform = q.text(3);
    s.intervalS = q.int64(4);
    if (!q.isNull(5))
        s.lastCheckedMs = q.int64(5);
    s.createdMs = q.int64(6);
    return s;
}

std::vector<WatchedSite> readAll(Statement &q)
{
    std::vector<WatchedSite> out;
    while (q.step())
        out.push_back(readSite(q));
    q.reset();
    return out;
}

}  // namespace

qint64 WatchRepository::add(const WatchedSite &site)
{
    m_db.cached(
            "INSERT INTO watched_sites(url, title, platform, interval_s, created_ms) "
            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(url) DO UPDATE SET "
            "title = excluded.title, platform = excluded.platform, "
            "interval_s = excluded.interval_s")
        .bind(1, site.url)
        .bind(2, site.title)
        .bind(3, site.platform)
        .bind(4, site.intervalS)
        .bind(5, site.createdMs)
        .run();
    Statement &q = m_db.cached("SELECT id FROM watched_sites WHERE url = ?1");
    q.bind(1, site.url);
    const qint64 id = q.step() ? q.int64(0) : 0;
    q.reset();
    return id;
}

std::vector<WatchedSite> WatchRepository::list()
{
    return readAll(m_db.cached(std::string(kSelect) + "ORDER BY url"));
}

std::vector<WatchedSite> WatchRepository::due(qint64 nowMs)
{
    Statement &q =
        m_db.cached(std::string(kSelect) +
                    "WHERE ifnull(last_checked_ms + interval_s * 1000, created_ms) <= ?1 "
                    "ORDER BY ifnull(last_checked_ms + interval_s * 1000, created_ms), id");
    q.bind(1, nowMs);
    return readAll(q);
}

std::optional<WatchedSite> WatchRepository::find(qint64 id)
{
    Statement &q = m_db.cached(std::string(kSelect) + "WHERE id = ?1");
    q.bind(1, id);
    std::optional<WatchedSite> out;
    if (q.step())
        out = readSite(q);
    q.reset();
    return out;
}

bool WatchRepository::markChecked(qint64 id, qint64 atMs)
{
    m_db.cached("UPDATE watched_sites SET last_checked_ms = ?2 WHERE id = ?1")
        .bind(1, id)
        .bind(2, atMs)
        .run();
    return m_db.changes() > 0;
}

bool WatchRepository::remove(qint64 id)
{
    m_db.cached("DELETE FROM watched_sites WHERE id = ?1").bind(1, id).run();
    return m_db.changes() > 0;
}

}  // namespace earshot
