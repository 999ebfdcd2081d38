// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TagRepository.h"

#include "core/storage/Database.h"

namespace earshot {

qint64 TagRepository::ensure(const QString &name)
{
    const QString key = name.toLower();
    const auto cached = m_idCache.constFind(key);
    if (cached != m_idCache.constEnd())
        return cached.value();
    Statement &insert =
        m_db.cached("INSERT INTO tags(name) VALUES (?1) ON CONFLICT(name) DO NOTHING");
    insert.bind(1, name).run();
    const qint64 id = findId(name);
    m_idCache.insert(key, id);
    return id;
}

qint64 TagRepository::findId(const QString &name)
{
    Statement &find = m_db.cached("SELECT id FROM tags WHERE name = ?1");
    find.bind(1, name);
    const qint64 id = find.step() ? find.int64(0) : 0;
    find.reset();
    return id;
}

void TagRepository::addToItem(qint64 itemId, qint64 tagId)
{
    m_db.cached("INSERT OR IGNORE INTO item_tags(item_id, tag_id) VALUES (?1, ?2)")
        .bind(1, itemId)
        .bind(2, tagId)
        .run();
}

void TagRepository::removeFromItem(qint64 itemId, qint64 tagId)
{
    m_db.cached("DELETE FROM item_tags WHERE item_id = ?1 AND tag_id = ?2")
        .bind(1, itemId)
        .bind(2, tagId)
        .run();
}

void TagRepository::setColor(const QString &name, const QString &color)
{
    const qint64 id = ensure(name);
    m_db.cached("UPDATE tags SET color = ?2 WHERE id = ?1").bind(1, id).bind(2, color).run();
}

std::vector<TagRecord> TagRepository::list()
{
    Statement &query = m_db.cached(
        "SELECT t.id, t.name, t.color, count(it.item_id), "
        "count(CASE WHEN i.is_read = 0 THEN 1 END) "
        "FROM tags t LEFT JOIN item_tags it ON it.tag_id = t.id "
        "LEFT JOIN items i ON i.id = it.item_id "
        "GROUP BY t.id ORDER BY t.name COLLATE NOCASE");
    std::vector<TagRecord> out;
    while (query.step())
        out.push_back(
            {query.int64(0), query.text(1), query.text(2), query.int64(3), query.int64(4)});
    query.reset();
    return out;
}

}  // namespace earshot
