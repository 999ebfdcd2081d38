// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuthorRepository.h"

#include "core/model/Item.h"
#include "core/storage/Database.h"

#include <QHashFunctions>

namespace earshot {

qint64 AuthorRepository::ensure(const QString &platform, const Author &author)
{
    if (author.isEmpty())
        return 0;
    const QString handle = author.handle.isEmpty() ? author.name : author.handle;
    const QString key = platform + QLatin1Char('\n') + handle;
    const size_t details = qHashMulti(0, author.name, author.url, author.followers);
    const auto known = m_known.constFind(key);
    if (known != m_known.constEnd() && known->details == details)
        return known->id;

    // Update only with what the source actually told us, so a sparse payload never
    // erases a name or follower count learnt earlier. A plain insert first, and an UPDATE
    // only when something differs: an upsert or update statement runs under a statement
    // savepoint, which makes FTS5 flush its pending terms inside an import.
    Statement &insert = m_db.cached(
        "INSERT INTO authors(platform, handle, name, url, followers) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(platform, handle) DO NOTHING");
    insert.bind(1, platform).bind(2, handle).bind(3, author.name).bind(4, author.url);
    if (author.followers >= 0)
        insert.bind(5, author.followers);
    else
        insert.bindNull(5);
    insert.run();
    qint64 id = 0;
    if (m_db.changes() > 0) {
        id = m_db.lastInsertId();
    } else {
        Statement &find = m_db.cached(
            "SELECT id, name, url, ifnull(followers, -1) FROM authors "
            "WHERE platform = ?1 AND handle = ?2");
        find.bind(1, platform).bind(2, handle);
        bool stale = false;
        if (find.step()) {
            id = find.int64(0);
            stale = (!author.name.isEmpty() && find.text(1) != author.name) ||
                    (!author.url.isEmpty() && find.text(2) != author.url) ||
                    (author.followers >= 0 && find.int64(3) != author.followers);
        }
        find.reset();
        if (stale) {
            Statement &update = m_db.cached(
                "UPDATE authors SET "
                "name = CASE WHEN ?2 <> '' THEN ?2 ELSE name END, "
                "url = CASE WHEN ?3 <> '' THEN ?3 ELSE url END, "
                "followers = ifnull(?4, followers) WHERE id = ?1");
            update.bind(1, id).bind(2, author.name).bind(3, author.url);
            if (author.followers >= 0)
                update.bind(4, author.followers);
            else
                update.bindNull(4);
            update.run();
        }
    }
    // Bounded (a few dozen MB at most): a million distinct authors must not all stay here,
    // but the authors of a large import should fit: each item after a clear costs two
    // statements instead of none.
    if (m_known.size() > 250000)
        m_known.clear();
    m_known.insert(key, {id, details});
    return id;
}

}  // namespace earshot
