// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SourceRepository.h"

#include "core/storage/Database.h"

#include <QDateTime>

namespace earshot {

qint64 SourceRepository::ensure(const QString &platform, const QString &address,
                                const QString &title, const QString &kind)
{
    const QString key = platform + QLatin1Char('\n') + address;
    const auto cached = m_idCache.constFind(key);
    if (cached != m_idCache.constEnd() && title.isEmpty())
        return cached.value();

    Statement &upsert = m_db.cached(
        "INSERT INTO sources(platform, kind, address, title, created_ms) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(platform, address) DO UPDATE SET title = excluded.title "
        "WHERE sources.title = '' AND excluded.title <> '' "
        "RETURNING id");
    upsert.bind(1, platform).bind(2, kind).bind(3, address).bind(4, title).bind(
        5, QDateTime::currentMSecsSinceEpoch());
    qint64 id = 0;
    if (upsert.step()) {
        id = upsert.int64(0);
        upsert.reset();
    } else {
        upsert.reset();  // conflict without update: RETURNING yields nothing
        id = findId(platform, address);
    }
    m_idCache.insert(key, id);
    return id;
}

qint64 SourceRepository::findId(const QString &platform, const QString &address)
{
    Statement &find = m_db.cached("SELECT id FROM sources WHERE platform = ?1 AND address = ?2");
    find.bind(1, platform).bind(2, address);
    const qint64 id = find.step() ? find.int64(0) : 0;
    find.reset();
    return id;
}

std::vector<SourceRecord> SourceRepository::list()
{
    Statement &query = m_db.cached(
        "SELECT s.id, s.platform, s.kind, s.address, s.title, s.group_name, s.interval_s, "
        "s.enabled, ifnull(s.last_attempt_ms, 0), ifnull(s.last_success_ms, 0), s.last_error, "
        "s.consecutive_failures, "
        "(SELECT count(*) FROM items i WHERE i.source_id = s.id), "
        "(SELECT count(*) FROM items i WHERE i.source_id = s.id AND i.is_read = 0) "
        "FROM sources s ORDER BY s.platform, lower(s.title), s.address");
    std::vector<SourceRecord> out;
    while (query.step()) {
        SourceRecord r;
        r.id = query.int64(0);
        r.platform = query.text(1);
        r.kind = query.text(2);
        r.address = query.text(3);
        r.title = query.text(4);
        r.group = query.text(5);
        r.intervalSeconds = query.int32(6);
        r.enabled = query.int64(7) != 0;
        r.lastAttemptMs = query.int64(8);
        r.lastSuccessMs = query.int64(9);
        r.lastError = query.text(10);
        r.consecutiveFailures = query.int32(11);
        r.itemCount = query.int64(12);
        r.unreadCount = query.int64(13);
        out.push_back(std::move(r));
    }
    query.reset();
    return out;
}

}  // namespace earshot
