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
    // erases a name or follower count learnt earlier.
    Statement &upsert = m_db.cached(
        "INSERT INTO authors(platform, handle, name, url, followers) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(platform, handle) DO UPDATE SET "
        "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END, "
        "url = CASE WHEN excluded.url <> '' THEN excluded.url ELSE url END, "
        "followers = ifnull(excluded.followers, followers) "
        "RETURNING id");
    upsert.bind(1, platform).bind(2, handle).bind(3, author.name).bind(4, author.url);
    if (author.followers >= 0)
        upsert.bind(5, author.followers);
    else
        upsert.bindNull(5);
    const qint64 id = upsert.step() ? upsert.int64(0) : 0;
    upsert.reset();
    if (m_known.size() > 100000)  // bounded: a million distinct authors must not all stay here
        m_known.clear();
    m_known.insert(key, {id, details});
    return id;
}

}  // namespace earshot
