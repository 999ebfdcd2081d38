// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ItemRepository.h"

#include "core/model/SearchText.h"
#include "core/storage/Database.h"
#include "core/storage/ItemSet.h"
#include "core/storage/QueryCompiler.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

#include <variant>

namespace earshot {

namespace {

using Param = SqlParam;

void bindAll(Statement &stmt, const std::vector<Param> &params, int first = 1)
{
    int index = first;
    for (const Param &param : params) {
        if (const auto *number = std::get_if<qint64>(&param))
            stmt.bind(index++, *number);
        else
            stmt.bind(index++, std::get<QString>(param));
    }
}

constexpr char kTagSeparator = '\x1f';

const std::string kFullColumns =
    "SELECT i.id, i.source_id, i.platform, s.address, s.title, i.external_id, i.thread_id, "
    "i.parent_id, ifnull(a.handle, ''), ifnull(a.name, ''), ifnull(a.url, ''), "
    "ifnull(a.followers, -1), i.url, i.title, i.text, i.html, i.published_ms, i.fetched_ms, "
    "i.lang, i.extra, i.is_read, i.is_saved, i.status, i.note, "
    "(SELECT group_concat(t.name, char(31)) FROM item_tags it JOIN tags t ON t.id = it.tag_id "
    "WHERE it.item_id = i.id) "
    "FROM items i JOIN sources s ON s.id = i.source_id LEFT JOIN authors a ON a.id = i.author_id ";

StoredItem readFullRow(const Statement &q)
{
    StoredItem out;
    out.id = q.int64(0);
    out.sourceId = q.int64(1);
    Item &item = out.item;
    item.platform = q.text(2);
    item.source = q.text(3);
    item.sourceTitle = q.text(4);
    item.externalId = q.text(5);
    item.threadId = q.text(6);
    item.parentId = q.text(7);
    item.author.handle = q.text(8);
    item.author.name = q.text(9);
    item.author.url = q.text(10);
    item.author.followers = q.int64(11);
    item.url = q.text(12);
    item.title = q.text(13);
    item.text = q.text(14);
    item.html = q.text(15);
    item.publishedMs = q.int64(16);
    item.fetchedMs = q.int64(17);
    item.lang = q.text(18);
    const QByteArray extra = q.utf8(19);
    if (!extra.isEmpty())
        item.extra = QJsonDocument::fromJson(extra).object();
    out.state.read = q.int64(20) != 0;
    out.state.saved = q.int64(21) != 0;
    out.state.status = static_cast<ItemStatus>(q.int32(22));
    out.state.note = q.text(23);
    const QString tags = q.text(24);
    if (!tags.isEmpty())
        out.state.tags = tags.split(QChar(char16_t(kTagSeparator)));
    item.tags = out.state.tags;
    return out;
}

}  // namespace

struct ItemRepository::FilterSql {
    QString rankMatch;   // FTS5 expression from the query language, for relevance order
    QString driveMatch;  // with CompileOptions::separateWords, see CompiledQuery
    std::string where;
    std::vector<Param> params;
};

ItemRepository::ItemRepository(Database &db) : m_db(db), m_sources(db), m_authors(db), m_tags(db) {}

std::vector<std::string> ItemRepository::sparseIndexes()
{
    return {"items_saved", "items_by_assignee", "items_by_hash", "items_duplicates"};
}

ItemRepository::Stored ItemRepository::upsert(const Item &item, const ItemState *initialState,
                                              const PreparedText *prepared)
{
    if (prepared && !prepared->isPrepared())
        prepared = nullptr;
    // A source first seen here (an import) is not followed: only ones added as feeds or
    // accounts are ever fetched.
    const qint64 sourceId =
        m_sources.ensure(item.platform, item.source, item.sourceTitle, source_kind::Import);
    const qint64 authorId = m_authors.ensure(item.platform, item.author);
    const QByteArray extra = item.extra.isEmpty()
                                 ? QByteArray()
                                 : QJsonDocument(item.extra).toJson(QJsonDocument::Compact);

    // New items take the single INSERT (the import fast path). On conflict the UPDATE
    // refreshes content only: user-state columns appear in the INSERT alone, so a re-fetch
    // can never reset them. Its WHERE clause skips rows whose content did not change, so
    // an unchanged re-fetch neither rewrites the row nor re-indexes its text.
    Statement &insert = m_db.cached(
        "INSERT INTO items(source_id, platform, external_id, thread_id, parent_id, author_id, url, "
        "title, text, html, published_ms, fetched_ms, lang, extra, is_read, is_saved, status, "
        "note) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) "
        "ON CONFLICT(source_id, external_id) DO NOTHING");
    const auto bindContent = [&](Statement &stmt) {
        stmt.bind(1, sourceId)
            .bind(2, item.platform)
            .bind(3, item.externalId)
            .bind(4, item.threadId)
            .bind(5, item.parentId);
        if (authorId > 0)
            stmt.bind(6, authorId);
        else
            stmt.bindNull(6);
        stmt.bind(7, item.url);
        if (prepared)
            stmt.bind(8, prepared->title().utf8).bind(9, prepared->text().utf8);
        else
            stmt.bind(8, item.title).bind(9, item.text);
        stmt.bind(10, item.html)
            .bind(11, item.publishedMs)
            .bind(12, item.fetchedMs)
            .bind(13, item.lang)
            .bind(14, extra);
    };
    bindContent(insert);
    const ItemState fresh;
    const ItemState &state = initialState ? *initialState : fresh;
    insert.bind(15, state.read)
        .bind(16, state.saved)
        .bind(17, static_cast<int>(state.status))
        .bind(18, state.note);
    insert.run();

    Stored stored;
    if (m_db.changes() > 0) {
        stored.id = m_db.lastInsertId();
        stored.outcome = Outcome::Inserted;
        // New rows are indexed here rather than by a trigger (see schema step 3): a plain
        // insert lets FTS5 buffer a whole import's terms and write them once.
        Statement &index =
            m_db.cached("INSERT INTO items_fts(rowid, title, text) VALUES (?1, ?2, ?3)");
        index.bind(1, stored.id);
        if (prepared)
            index.bind(2, prepared->title().utf8).bind(3, prepared->text().utf8);
        else
            index.bind(2, item.title).bind(3, item.text);
        const IndexTermSupply::Offer offer(m_db.indexTerms(), prepared);
        index.run();
    } else {
        Statement &update = m_db.cached(
            "UPDATE items SET thread_id = ?4, parent_id = ?5, author_id = ifnull(?6, author_id), "
            "url = ?7, title = ?8, text = ?9, html = ?10, published_ms = ?11, fetched_ms = ?12, "
            "lang = CASE WHEN ?13 <> '' THEN ?13 ELSE lang END, extra = ?14 "
            "WHERE source_id = ?1 AND external_id = ?3 AND platform = ?2 AND ("
            "title IS NOT ?8 OR text IS NOT ?9 OR html IS NOT ?10 OR url IS NOT ?7 "
            "OR published_ms IS NOT ?11 OR thread_id IS NOT ?4 OR parent_id IS NOT ?5 "
            "OR extra IS NOT ?14 OR (?13 <> '' AND lang IS NOT ?13) "
            "OR (?6 IS NOT NULL AND author_id IS NOT ?6))");
        bindContent(update);
        update.run();
        stored.outcome = m_db.changes() > 0 ? Outcome::Updated : Outcome::Unchanged;
        Statement &find =
            m_db.cached("SELECT id FROM items WHERE source_id = ?1 AND external_id = ?2");
        find.bind(1, sourceId).bind(2, item.externalId);
        stored.id = find.step() ? find.int64(0) : 0;
        find.reset();
    }

    QStringList tags = item.tags;
    if (initialState && stored.outcome == Outcome::Inserted)
        tags += initialState->tags;
    for (const QString &tag : std::as_const(tags)) {
        const QString name = tag.trimmed();
        if (!name.isEmpty())
            m_tags.addToItem(stored.id, m_tags.ensure(name));
    }
    return stored;
}

QString ItemRepository::contentHash(const Item &item)
{
    // Letters and digits only, case-folded: whitespace, punctuation and markup differences
    // between two copies of one post do not matter.
    QString normalized;
    const QString joined = item.title + QLatin1Char(' ') + item.text;
    normalized.reserve(joined.size());
    qsizetype letters = 0;
    for (const QChar c : joined) {
        if (c.isLetterOrNumber()) {
            normalized += c.toCaseFolded();
            ++letters;
        }
    }
    constexpr qsizetype kMinLetters = 40;
    if (letters < kMinLetters)
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha1).toHex());
}

qint64 ItemRepository::collapseCrossPost(qint64 id, const Item &item)
{
    const QString hash = contentHash(item);
    qint64 canonical = 0;
    const auto firstMatch = [&](Statement &query) {
        if (query.step())
            canonical = query.int64(0);
        query.reset();
    };
    // An id is only trusted across sources when it is globally unique by construction
    // (a URL, tag: or urn: id); plain guids like "42" are unique within one feed only.
    const bool globalId = item.externalId.contains(QLatin1String("://")) ||
                          item.externalId.startsWith(QLatin1String("tag:")) ||
                          item.externalId.startsWith(QLatin1String("urn:"));
    const qint64 sourceId = m_sources.findId(item.platform, item.source);
    if (globalId) {
        Statement &byId = m_db.cached(
            "SELECT ifnull(duplicate_of, id) FROM items WHERE platform = ?1 AND external_id = ?2 "
            "AND id <> ?3 AND source_id <> ?4 ORDER BY id LIMIT 1");
        byId.bind(1, item.platform).bind(2, item.externalId).bind(3, id).bind(4, sourceId);
        firstMatch(byId);
    }
    if (canonical == 0 && !item.url.isEmpty()) {
        Statement &byLink = m_db.cached(
            "SELECT ifnull(duplicate_of, id) FROM items WHERE url = ?1 AND url <> '' "
            "AND id <> ?2 AND source_id <> ?3 ORDER BY id LIMIT 1");
        byLink.bind(1, item.url).bind(2, id).bind(3, sourceId);
        firstMatch(byLink);
    }
    if (canonical == 0 && !hash.isEmpty()) {
        Statement &byHash = m_db.cached(
            "SELECT ifnull(duplicate_of, id) FROM items WHERE content_hash = ?1 "
            "AND content_hash <> '' AND id <> ?2 AND source_id <> ?3 ORDER BY id LIMIT 1");
        byHash.bind(1, hash).bind(2, id).bind(3, sourceId);
        firstMatch(byHash);
    }
    if (canonical == id)
        canonical = 0;
    Statement &update = m_db.cached(
        "UPDATE items SET content_hash = ?2, duplicate_of = CASE WHEN ?3 > 0 THEN ?3 ELSE "
        "duplicate_of END WHERE id = ?1 AND (content_hash IS NOT ?2 OR (?3 > 0 AND "
        "duplicate_of IS NOT ?3))");
    update.bind(1, id).bind(2, hash).bind(3, canonical).run();
    return canonical;
}

ItemRepository::FilterSql ItemRepository::filterSql(const InboxFilter &filter, bool joinFts,
                                                    const CompileOptions *options) const
{
    FilterSql out;
    if (filter.view == InboxFilter::View::Unread)
        out.where += " AND i.is_read = 0";
    else if (filter.view == InboxFilter::View::Saved)
        out.where += " AND i.is_saved = 1";
    if (!filter.platform.isEmpty()) {
        out.where += " AND i.platform = ?";
        out.params.emplace_back(filter.platform);
    }
    if (filter.sourceId > 0) {
        out.where += " AND i.source_id = ?";
        out.params.emplace_back(filter.sourceId);
    }
    if (filter.tagId > 0) {
        out.where += " AND i.id IN (SELECT item_id FROM item_tags WHERE tag_id = ?)";
        out.params.emplace_back(filter.tagId);
    }
    const QString match = toFtsExpression(filter.text, filter.prefixLastWord);
    // A caller that drives the search from the full-text index (see CompileOptions) gets
    // the typed words as part of driveMatch, so a search box query is planned like the
    // same words in the query language.
    const bool separateWords = !joinFts && options && options->separateWords;
    if (!match.isEmpty() && separateWords) {
        out.driveMatch = match;
    } else if (!match.isEmpty()) {
        out.where += joinFts ? " AND items_fts MATCH ?"
                             : " AND i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)";
        out.params.emplace_back(match);
    } else if (!filter.text.trimmed().isEmpty()) {
        out.where += " AND 0";  // only punctuation or exclusions: nothing can match
    }
    if (!filter.query.trimmed().isEmpty()) {
        const qint64 now = filter.nowMs > 0 ? filter.nowMs : QDateTime::currentMSecsSinceEpoch();
        const ParsedQuery parsed = parseQuery(filter.query, now);
        if (!parsed.ok) {
            throw StorageError(
                {ErrorKind::InvalidInput,
                 QCoreApplication::translate("ItemRepository", "The query is not valid at %1.")
                     .arg(parsed.error.toString())});
        }
        CompiledQuery compiled = compileQuery(parsed, options ? *options : CompileOptions());
        out.where += " AND " + compiled.where;
        for (SqlParam &param : compiled.params)
            out.params.push_back(std::move(param));
        out.rankMatch = compiled.rankMatch;
        if (out.driveMatch.isEmpty() || compiled.driveMatch.isEmpty())
            out.driveMatch += compiled.driveMatch;
        else
            out.driveMatch =
                QStringLiteral("(%1) AND (%2)").arg(out.driveMatch, compiled.driveMatch);
    }
    return out;
}

bool ItemRepository::fewerMatches(const QString &match, qint64 limit)
{
    Statement &count = m_db.cached(
        "SELECT count(*) FROM (SELECT 1 FROM items_fts WHERE items_fts MATCH ?1 LIMIT ?2)");
    count.bind(1, match).bind(2, limit);
    const qint64 n = count.step() ? count.int64(0) : 0;
    count.reset();
    return n < limit;
}

std::vector<InboxRow> ItemRepository::page(const InboxFilter &filter,
                                           const std::optional<PageCursor> &after, int limit)
{
    const QString textMatch = toFtsExpression(filter.text, filter.prefixLastWord);
    CompileOptions options;
    options.separateWords = filter.order == InboxFilter::Order::Newest;
    FilterSql f = filterSql(filter, false, &options);
    // Newest first with words the query requires: when few items contain them, read the
    // index first and look up only those items (a rare pair of words among a million
    // items is a few dozen rows); when many do, walk the items newest first and check each
    // against the set of matches, which stops after one page. Either plan alone is slow on
    // the other case: reading and sorting 100,000 matches, or walking most of the cache
    // for 30 matches. The count that decides stops at the limit, so it costs little.
    bool ftsFirst = false;
    if (!f.driveMatch.isEmpty()) {
        constexpr qint64 kFtsFirstLimit = 2000;
        ftsFirst = fewerMatches(f.driveMatch, kFtsFirstLimit);
        // "+" keeps the planner from reading the match set first in the walk.
        f.where =
            (ftsFirst ? " AND items_fts MATCH ?"
                      : " AND +i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)") +
            f.where;
        f.params.insert(f.params.begin(), f.driveMatch);
    }
    // Relevance needs the FTS table in the FROM clause. With `text` it is matched there;
    // with only a query, the words every result must contain are matched in the join (so
    // no result is lost) and the query's own conditions stay in WHERE.
    const bool byRelevance = filter.order == InboxFilter::Order::Relevance &&
                             (!textMatch.isEmpty() || !f.rankMatch.isEmpty());
    if (byRelevance && !textMatch.isEmpty()) {
        f = filterSql(filter, true);
    } else if (byRelevance) {
        f.where = " AND items_fts MATCH ?" + f.where;
        f.params.insert(f.params.begin(), f.rankMatch);
    }
    // The page is chosen on narrow rows (id and sort key) and only its own rows get the
    // display columns. Computing the tags, copy count and joins for every match before the
    // sort cost tens of microseconds per match: 200 ms for a common word at 50,000 items.
    // A plain text search by relevance (the commonest search) ranks inside the full-text
    // index alone: the few cross-post copies are excluded through their small partial
    // index instead of reading the item row of every match, which was most of the time of
    // a search matching tens of thousands of items.
    const bool textOnly = byRelevance && f.where == " AND items_fts MATCH ?";
    std::string inner =
        textOnly ? "SELECT items_fts.rowid AS pid, earshot_rank(items_fts, ?, 3.0, 1.0) AS score "
                   "FROM items_fts WHERE items_fts MATCH ? AND items_fts.rowid NOT IN "
                   "(SELECT id FROM items WHERE duplicate_of IS NOT NULL)"
        : byRelevance ? "SELECT i.id AS pid, earshot_rank(items_fts, ?, 3.0, 1.0) AS score "
                        "FROM items_fts JOIN items i ON i.id = items_fts.rowid WHERE 1"
        : ftsFirst    ? "SELECT i.id AS pid FROM items_fts CROSS JOIN items i "
                        "ON i.id = items_fts.rowid WHERE 1"
                      : "SELECT i.id AS pid FROM items i WHERE 1";
    if (!textOnly) {
        inner += f.where;
        if (filter.sourceId <= 0)
            inner += " AND i.duplicate_of IS NULL";
    }
    if (byRelevance) {
        // earshot_rank() is bm25() that skips the work for rows that cannot be on the page.
        const qint64 offset = after ? after->offset : 0;
        f.params.insert(f.params.begin(), static_cast<qint64>(limit) + offset);
    }
    if (textOnly) {
        inner += " ORDER BY score, pid DESC LIMIT ? OFFSET ?";
        f.params.emplace_back(static_cast<qint64>(limit));
        f.params.emplace_back(static_cast<qint64>(after ? after->offset : 0));
    } else if (byRelevance) {
        inner += " ORDER BY score, i.id DESC LIMIT ? OFFSET ?";
        f.params.emplace_back(static_cast<qint64>(limit));
        f.params.emplace_back(static_cast<qint64>(after ? after->offset : 0));
    } else {
        if (after) {
            inner += " AND (i.published_ms, i.id) < (?, ?)";
            f.params.emplace_back(after->publishedMs);
            f.params.emplace_back(after->id);
        }
        inner += " ORDER BY i.published_ms DESC, i.id DESC LIMIT ?";
        f.params.emplace_back(static_cast<qint64>(limit));
    }
    std::string sql =
        "SELECT i.id, i.platform, s.title, s.address, ifnull(a.name, ''), ifnull(a.handle, ''), "
        "i.published_ms, i.title, substr(i.text, 1, 280), i.is_read, i.is_saved, i.status, "
        "(SELECT group_concat(t.name, char(31)) FROM item_tags it JOIN tags t ON t.id = it.tag_id "
        "WHERE it.item_id = i.id), "
        "1 + (SELECT count(DISTINCT d.source_id) FROM items d "
        "WHERE d.duplicate_of = i.id AND d.source_id <> i.source_id) FROM (";
    sql += inner;
    sql +=
        ") p JOIN items i ON i.id = p.pid JOIN sources s ON s.id = i.source_id "
        "LEFT JOIN authors a ON a.id = i.author_id ORDER BY ";
    sql += byRelevance ? "p.score, i.id DESC" : "i.published_ms DESC, i.id DESC";

    Statement &query = m_db.cached(sql);
    bindAll(query, f.params);
    std::vector<InboxRow> rows;
    rows.reserve(static_cast<std::size_t>(limit));
    while (query.step()) {
        InboxRow row;
        row.id = query.int64(0);
        row.platform = query.text(1);
        row.sourceTitle = query.text(2);
        if (row.sourceTitle.isEmpty())
            row.sourceTitle = query.text(3);
        row.authorName = query.text(4);
        if (row.authorName.isEmpty())
            row.authorName = query.text(5);
        row.publishedMs = query.int64(6);
        row.title = query.text(7);
        row.snippet = query.text(8);
        row.read = query.int64(9) != 0;
        row.saved = query.int64(10) != 0;
        row.status = static_cast<ItemStatus>(query.int32(11));
        const QString tags = query.text(12);
        if (!tags.isEmpty())
            row.tags = tags.split(QChar(char16_t(kTagSeparator)));
        row.seenInSources = query.int32(13);
        rows.push_back(std::move(row));
    }
    query.reset();
    return rows;
}

qint64 ItemRepository::approximateCount()
{
    Statement &query = m_db.cached("SELECT ifnull(max(id), 0) FROM items");
    const qint64 n = query.step() ? query.int64(0) : 0;
    query.reset();
    return n;
}

qint64 ItemRepository::count(const InboxFilter &filter)
{
    const FilterSql f = filterSql(filter, false);
    Statement &query = m_db.cached("SELECT count(*) FROM items i WHERE 1" + f.where +
                                   (filter.sourceId > 0 ? "" : " AND i.duplicate_of IS NULL"));
    bindAll(query, f.params);
    const qint64 n = query.step() ? query.int64(0) : 0;
    query.reset();
    return n;
}

std::vector<StoredItem> ItemRepository::readFull(const std::string &where,
                                                 const std::function<void(Statement &)> &bind)
{
    Statement &query = m_db.cached(kFullColumns + where);
    bind(query);
    std::vector<StoredItem> out;
    while (query.step())
        out.push_back(readFullRow(query));
    query.reset();
    return out;
}

std::optional<qint64> ItemRepository::findIdByUrl(const QString &url)
{
    if (url.isEmpty())
        return std::nullopt;
    Statement &q = m_db.cached("SELECT min(id) FROM items WHERE url = ?1 AND url <> ''");
    q.bind(1, url);
    std::optional<qint64> id;
    if (q.step() && !q.isNull(0))
        id = q.int64(0);
    q.reset();
    return id;
}

std::optional<StoredItem> ItemRepository::find(qint64 id)
{
    auto found = readFull("WHERE i.id = ?1", [id](Statement &q) { q.bind(1, id); });
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::optional<StoredItem> ItemRepository::findByExternal(const QString &platform,
                                                         const QString &externalId,
                                                         qint64 preferredSource)
{
    auto found = readFull(
        "WHERE i.platform = ?1 AND i.external_id = ?2 ORDER BY i.source_id = ?3 DESC LIMIT 1",
        [&](Statement &q) { q.bind(1, platform).bind(2, externalId).bind(3, preferredSource); });
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<StoredItem> ItemRepository::ancestors(qint64 id, int maxDepth)
{
    std::vector<StoredItem> chain;
    std::optional<StoredItem> current = find(id);
    QList<qint64> seen{id};
    while (current && !current->item.parentId.isEmpty() &&
           static_cast<int>(chain.size()) < maxDepth) {
        current = findByExternal(current->item.platform, current->item.parentId, current->sourceId);
        if (!current || seen.contains(current->id))  // a cycle in hostile data ends the walk
            break;
        seen.append(current->id);
        chain.insert(chain.begin(), *current);
    }
    return chain;
}

std::vector<StoredItem> ItemRepository::replies(qint64 id, int limit)
{
    const std::optional<StoredItem> item = find(id);
    if (!item)
        return {};
    return readFull(
        "WHERE i.platform = ?1 AND i.parent_id = ?2 AND i.parent_id <> '' "
        "ORDER BY i.published_ms, i.id LIMIT ?3",
        [&](Statement &q) {
            q.bind(1, item->item.platform).bind(2, item->item.externalId).bind(3, limit);
        });
}

void ItemRepository::forEach(const InboxFilter &filter,
                             const std::function<void(const StoredItem &)> &visit)
{
    const FilterSql f = filterSql(filter, false);
    // A dedicated statement: the visitor may use this repository's cached ones.
    Statement query = m_db.prepare(kFullColumns + "WHERE 1" + f.where + " ORDER BY i.id");
    bindAll(query, f.params);
    while (query.step())
        visit(readFullRow(query));
}

std::vector<qint64> ItemRepository::matchingIds(const InboxFilter &filter,
                                                const std::vector<qint64> *within)
{
    FilterSql f = filterSql(filter, false);
    std::string sql = "SELECT i.id FROM items i WHERE 1" + f.where;
    if (within) {
        // One bound JSON array rather than a statement per id or a built IN list.
        QStringList ids;
        ids.reserve(static_cast<qsizetype>(within->size()));
        for (const qint64 id : *within)
            ids.append(QString::number(id));
        sql += " AND i.id IN (SELECT value FROM json_each(?))";
        f.params.emplace_back(
            QString(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']')));
    }
    sql += " ORDER BY i.id";
    Statement query = m_db.prepare(sql);
    bindAll(query, f.params);
    std::vector<qint64> out;
    while (query.step())
        out.push_back(query.int64(0));
    return out;
}

qint64 ItemRepository::selectInto(const InboxFilter &filter, const ItemSet *scope,
                                  const ItemSet *exclude, ItemSet &out)
{
    const auto [first, last] = scope ? scope->range() : std::pair<qint64, qint64>{0, 0};
    if (scope && last == 0)
        return 0;  // an empty scope
    CompileOptions options;
    options.separateWords = true;
    // Every full-text lookup only reads the part of the index for the scope's ids.
    options.minRowid = first;
    options.maxRowid = last;
    FilterSql f = filterSql(filter, false, &options);
    std::string sql = "INSERT OR IGNORE INTO " + out.table() + "(id) SELECT i.id FROM ";
    std::vector<Param> params;
    if (!f.driveMatch.isEmpty()) {
        // CROSS JOIN fixes the order: the index's matches first, then their items. The
        // scope check uses "+" so it filters the matches rather than becoming a rowid
        // lookup, which would run the whole MATCH once per id of the scope.
        sql += "items_fts CROSS JOIN items i ON i.id = items_fts.rowid WHERE items_fts MATCH ?";
        params.emplace_back(f.driveMatch);
        if (scope) {
            sql += " AND items_fts.rowid BETWEEN ? AND ? AND +items_fts.rowid IN (SELECT id FROM " +
                   scope->table() + ")";
            params.emplace_back(first);
            params.emplace_back(last);
        }
    } else if (scope) {
        // "IN", not a join from the set: see TriageRepository::apply() on Bloom filters.
        sql += "items i WHERE i.id IN (SELECT id FROM " + scope->table() + ")";
    } else {
        sql += "items i WHERE 1";
    }
    if (exclude)
        sql += " AND +i.id NOT IN (SELECT id FROM " + exclude->table() + ")";
    sql += f.where;
    for (Param &param : f.params)
        params.push_back(std::move(param));
    Statement &insert = m_db.cached(sql);
    bindAll(insert, params);
    insert.run();
    return m_db.changes();
}

void ItemRepository::forEachText(
    const ItemSet &items,
    const std::function<void(qint64, const QString &, const QString &)> &visit)
{
    // A dedicated statement: the visitor may use this repository's cached ones.
    Statement query = m_db.prepare(
        "SELECT i.id, i.title, i.text FROM items i WHERE i.id IN "
        "(SELECT id FROM " +
        items.table() + ") ORDER BY i.id");
    while (query.step())
        visit(query.int64(0), query.text(1), query.text(2));
}

void ItemRepository::setRead(const std::vector<qint64> &ids, bool read)
{
    Statement &update = m_db.cached("UPDATE items SET is_read = ?1 WHERE id = ?2");
    for (const qint64 id : ids)
        update.bind(1, read).bind(2, id).run();
}

void ItemRepository::setSaved(const std::vector<qint64> &ids, bool saved)
{
    Statement &update = m_db.cached("UPDATE items SET is_saved = ?1 WHERE id = ?2");
    for (const qint64 id : ids)
        update.bind(1, saved).bind(2, id).run();
}

void ItemRepository::setStatus(const std::vector<qint64> &ids, ItemStatus status)
{
    Statement &update = m_db.cached("UPDATE items SET status = ?1 WHERE id = ?2");
    for (const qint64 id : ids)
        update.bind(1, static_cast<int>(status)).bind(2, id).run();
}

void ItemRepository::setNote(qint64 id, const QString &note)
{
    m_db.cached("UPDATE items SET note = ?1 WHERE id = ?2").bind(1, note).bind(2, id).run();
}

void ItemRepository::addTag(const std::vector<qint64> &ids, const QString &tag)
{
    const qint64 tagId = m_tags.ensure(tag.trimmed());
    for (const qint64 id : ids)
        m_tags.addToItem(id, tagId);
}

}  // namespace earshot
