// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AccountTimelineRepository.h"

#include "core/storage/Database.h"

namespace earshot {

QString AccountTimelineRepository::newerCursor(qint64 accountId, const QString &timeline)
{
    Statement &query = m_db.cached(
        "SELECT newer_cursor FROM account_timelines WHERE account_id = ?1 AND timeline = ?2");
    query.bind(1, accountId).bind(2, timeline);
    const QString cursor = query.step() ? query.text(0) : QString();
    query.reset();
    return cursor;
}

void AccountTimelineRepository::record(qint64 accountId, const QString &timeline,
                                       const QString &newerCursor, qint64 atMs)
{
    Statement &upsert = m_db.cached(
        "INSERT INTO account_timelines(account_id, timeline, newer_cursor, last_fetch_ms) "
        "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(account_id, timeline) DO UPDATE SET "
        "newer_cursor = CASE WHEN excluded.newer_cursor <> '' THEN excluded.newer_cursor "
        "ELSE newer_cursor END, last_fetch_ms = excluded.last_fetch_ms");
    upsert.bind(1, accountId).bind(2, timeline).bind(3, newerCursor).bind(4, atMs).run();
}

}  // namespace earshot
