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
    // After one call with a title the stored title is set (it never goes back to empty),
    // so later titles change nothing: skip the statements, two per imported item.
    // Only the import path may skip: any other kind may have to promote an imported source.
    if (kind == source_kind::Import && cached != m_idCache.constEnd() &&
        (title.isEmpty() || m_titled.contains(key)))
        return cached.value();

    // A plain insert first, and an UPDATE only for a source stored before: an upsert with
    // DO UPDATE runs under a statement savepoint, and FTS5 writes out its pending terms at
    // every savepoint (one small index segment per new source in an import).
    Statement &insert = m_db.cached(
        "INSERT INTO sources(platform, kind, address, title, created_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(platform, address) DO NOTHING");
    insert.bind(1, platform)
        .bind(2, kind)
        .bind(3, address)
        .bind(4, title)
        .bind(5, QDateTime::currentMSecsSinceEpoch());
    insert.run();
    qint64 id = 0;
    if (m_db.changes() > 0) {
        id = m_db.lastInsertId();
    } else {
        // A title fills an empty one; a followed kind promotes an imported source.
        Statement &update = m_db.cached(
            "UPDATE sources SET "
            "title = CASE WHEN title = '' THEN ?3 ELSE title END, "
            "kind = CASE WHEN kind = 'import' THEN ?4 ELSE kind END "
            "WHERE platform = ?1 AND address = ?2 AND ((title = '' AND ?3 <> '') "
            "OR (kind = 'import' AND ?4 <> 'import'))");
        update.bind(1, platform).bind(2, address).bind(3, title).bind(4, kind);
        update.run();
        id = findId(platform, address);
    }
    m_idCache.insert(key, id);
    if (!title.isEmpty())
        m_titled.insert(key);
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

namespace {

// Columns read by readRecord(), in order; counts are appended by list().
const std::string kColumns =
    "SELECT s.id, s.platform, s.kind, s.address, s.title, s.group_name, s.interval_s, "
    "s.enabled, ifnull(s.last_attempt_ms, 0), ifnull(s.last_success_ms, 0), s.last_error, "
    "s.consecutive_failures, s.etag, s.last_modified, s.moved_to, s.next_due_ms, "
    "s.retry_after_ms";

SourceRecord readRecord(const Statement &query)
{
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
    r.etag = query.text(12);
    r.lastModified = query.text(13);
    r.movedTo = query.text(14);
    r.nextDueMs = query.int64(15);
    r.retryAfterMs = query.int64(16);
    return r;
}

}  // namespace

std::vector<SourceRecord> SourceRepository::list()
{
    Statement &query =
        m_db.cached(kColumns +
                    ", (SELECT count(*) FROM items i WHERE i.source_id = s.id), "
                    "(SELECT count(*) FROM items i WHERE i.source_id = s.id AND i.is_read = 0) "
                    "FROM sources s ORDER BY s.platform, lower(s.title), s.address");
    std::vector<SourceRecord> out;
    while (query.step()) {
        SourceRecord r = readRecord(query);
        r.itemCount = query.int64(17);
        r.unreadCount = query.int64(18);
        out.push_back(std::move(r));
    }
    query.reset();
    return out;
}

std::optional<SourceRecord> SourceRepository::find(qint64 id)
{
    Statement &query = m_db.cached(kColumns + " FROM sources s WHERE s.id = ?1");
    query.bind(1, id);
    std::optional<SourceRecord> out;
    if (query.step())
        out = readRecord(query);
    query.reset();
    return out;
}

qint64 SourceRepository::findByAddressOrMove(const QString &platform, const QString &address)
{
    if (const qint64 id = findId(platform, address))
        return id;
    Statement &find =
        m_db.cached("SELECT id FROM sources WHERE platform = ?1 AND moved_to = ?2 LIMIT 1");
    find.bind(1, platform).bind(2, address);
    const qint64 id = find.step() ? find.int64(0) : 0;
    find.reset();
    return id;
}

void SourceRepository::setGroup(qint64 id, const QString &group)
{
    m_db.cached("UPDATE sources SET group_name = ?1 WHERE id = ?2")
        .bind(1, group)
        .bind(2, id)
        .run();
}

SourceRepository::Followed SourceRepository::followFeed(const QString &address,
                                                        const QString &title, const QString &group)
{
    const QString platform = QStringLiteral("feed");
    Followed followed;
    followed.id = findByAddressOrMove(platform, address);
    if (followed.id > 0) {
        Statement &promote =
            m_db.cached("UPDATE sources SET kind = 'feed' WHERE id = ?1 AND kind = 'import'");
        promote.bind(1, followed.id).run();
        if (m_db.changes() == 0)
            return followed;  // already followed
    }
    followed.added = true;
    followed.id = ensure(platform, address, title.trimmed());
    if (!group.trimmed().isEmpty())
        setGroup(followed.id, group.trimmed());
    return followed;
}

bool SourceRepository::edit(qint64 id, const SourceEdit &edit)
{
    // NULL keeps a column: one statement serves every combination of edited fields.
    Statement &update = m_db.cached(
        "UPDATE sources SET title = ifnull(?2, title), group_name = ifnull(?3, group_name), "
        "interval_s = ifnull(?4, interval_s), enabled = ifnull(?5, enabled) WHERE id = ?1");
    update.bind(1, id);
    if (edit.title)
        update.bind(2, edit.title->trimmed());
    else
        update.bindNull(2);
    if (edit.group)
        update.bind(3, edit.group->trimmed());
    else
        update.bindNull(3);
    if (edit.intervalSeconds)
        update.bind(4, static_cast<qint64>(*edit.intervalSeconds));
    else
        update.bindNull(4);
    if (edit.enabled)
        update.bind(5, static_cast<qint64>(*edit.enabled ? 1 : 0));
    else
        update.bindNull(5);
    update.run();
    if (m_db.changes() == 0)
        return false;
    m_titled.clear();  // a cleared title must be filled in again by the next fetch
    return true;
}

bool SourceRepository::remove(qint64 id)
{
    // Items go by the foreign key's cascade (with their tags, notes and activity); copies
    // that pointed at them as their original become originals themselves (SET NULL).
    m_db.cached("DELETE FROM sources WHERE id = ?1").bind(1, id).run();
    if (m_db.changes() == 0)
        return false;
    for (auto it = m_idCache.begin(); it != m_idCache.end();) {
        if (it.value() == id) {
            m_titled.remove(it.key());
            it = m_idCache.erase(it);
        } else {
            ++it;
        }
    }
    return true;
}

qint64 SourceRepository::ensureManual(const QString &platform, const QString &address,
                                      const QString &title)
{
    Statement &upsert = m_db.cached(
        "INSERT INTO sources(platform, kind, address, title, enabled, created_ms) "
        "VALUES (?1, 'manual', ?2, ?3, 0, ?4) "
        "ON CONFLICT(platform, address) DO UPDATE SET kind = 'manual', enabled = 0 "
        "RETURNING id");
    upsert.bind(1, platform)
        .bind(2, address)
        .bind(3, title)
        .bind(4, QDateTime::currentMSecsSinceEpoch());
    const qint64 id = upsert.step() ? upsert.int64(0) : 0;
    upsert.reset();
    m_idCache.insert(platform + QLatin1Char('\n') + address, id);
    return id;
}

std::vector<SourceRecord> SourceRepository::forSync(const QString &platform, Selection selection,
                                                    qint64 nowMs)
{
    std::string sql = kColumns +
                      " FROM sources s WHERE s.enabled = 1 AND s.platform = ?1 "
                      "AND s.kind <> 'import' AND s.retry_after_ms <= ?2";
    if (selection == Selection::Due)
        sql += " AND s.next_due_ms <= ?2";
    else if (selection == Selection::Failed)
        sql += " AND s.consecutive_failures > 0";
    sql += " ORDER BY s.next_due_ms, s.id";
    Statement &query = m_db.cached(sql);
    query.bind(1, platform).bind(2, nowMs);
    std::vector<SourceRecord> out;
    while (query.step())
        out.push_back(readRecord(query));
    query.reset();
    return out;
}

std::vector<SourceRecord> SourceRepository::forSync(const QString &platform,
                                                    const QList<qint64> &ids, qint64 nowMs)
{
    Statement &query = m_db.cached(kColumns +
                                   " FROM sources s WHERE s.id = ?3 AND s.platform = ?1 "
                                   "AND s.kind NOT IN ('import', 'manual') "
                                   "AND s.retry_after_ms <= ?2");
    std::vector<SourceRecord> out;
    for (const qint64 id : ids) {
        query.bind(1, platform).bind(2, nowMs).bind(3, id);
        if (query.step())
            out.push_back(readRecord(query));
        query.reset();
    }
    return out;
}

void SourceRepository::recordSuccess(qint64 id, qint64 atMs, qint64 nextDueMs, const QString &etag,
                                     const QString &lastModified, const QString &movedTo)
{
    m_db.cached(
            "UPDATE sources SET last_attempt_ms = ?2, last_success_ms = ?2, last_error = '', "
            "consecutive_failures = 0, next_due_ms = ?3, retry_after_ms = 0, "
            "etag = CASE WHEN ?4 <> '' THEN ?4 ELSE etag END, "
            "last_modified = CASE WHEN ?5 <> '' THEN ?5 ELSE last_modified END, "
            "moved_to = CASE WHEN ?6 <> '' THEN ?6 ELSE moved_to END WHERE id = ?1")
        .bind(1, id)
        .bind(2, atMs)
        .bind(3, nextDueMs)
        .bind(4, etag)
        .bind(5, lastModified)
        .bind(6, movedTo)
        .run();
}

void SourceRepository::recordFailure(qint64 id, qint64 atMs, const QString &message,
                                     qint64 nextDueMs, qint64 retryAfterMs)
{
    m_db.cached(
            "UPDATE sources SET last_attempt_ms = ?2, last_error = ?3, "
            "consecutive_failures = consecutive_failures + 1, next_due_ms = ?4, "
            "retry_after_ms = ?5 WHERE id = ?1")
        .bind(1, id)
        .bind(2, atMs)
        .bind(3, message)
        .bind(4, nextDueMs)
        .bind(5, retryAfterMs)
        .run();
}

}  // namespace earshot
