// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/InboxFilter.h"
#include "core/model/Item.h"
#include "core/storage/AuthorRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/TagRepository.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace earshot {

class Database;
class ItemSet;
struct CompileOptions;

// Items and their user state. Lives on one connection/thread; throws StorageError.
// Writes expect the caller to hold a Transaction so a batch commits once.
class PreparedText;

class ItemRepository {
public:
    explicit ItemRepository(Database &db);

    enum class Outcome { Inserted, Updated, Unchanged };
    struct Stored {
        qint64 id = 0;
        Outcome outcome = Outcome::Unchanged;
    };

    // Stores an item, merging with the stored copy of the same (source, external id):
    // content is refreshed, user state (read, saved, status, note, tags) is never touched
    // by a re-fetch. `initialState` only applies when the item is new. Tags listed on the
    // item are added, never removed. `prepared`, when given, holds the item's title and
    // text already encoded and tokenized (PreparedText, made from this item).
    // Partial indexes of items that new items hardly ever enter (state set later by
    // triage and sync: saved, assigned, cross-post hash and copy): a bulk load keeps them
    // rather than drop and rebuild them (DeferredIndexes).
    static std::vector<std::string> sparseIndexes();

    Stored upsert(const Item &item, const ItemState *initialState = nullptr,
                  const PreparedText *prepared = nullptr);

    // Cross-post detection for an item just stored by upsert(): records its content hash
    // and, when another source already has the same post (same globally unique id, else
    // same link, else same content hash), marks this row as a copy of that one. The inbox
    // then shows the post once, "seen in N sources"; each source keeps its own row.
    // Returns the id of the row it copies, or 0.
    qint64 collapseCrossPost(qint64 id, const Item &item);

    // Hash of an item's normalized title and text; empty when the text is too short to
    // tell posts apart (a "+1" in two places is not a cross-post).
    static QString contentHash(const Item &item);

    // One page of the inbox, newest first (keyset on published time and id) or by
    // relevance when filtering by text. Copies of a cross-posted item are folded into its
    // first row (InboxRow::seenInSources) unless the filter names one source; count()
    // counts the same way.
    std::vector<InboxRow> page(const InboxFilter &filter, const std::optional<PageCursor> &after,
                               int limit);
    qint64 count(const InboxFilter &filter);
    // An upper bound of the number of stored items, read in constant time (the largest id).
    qint64 approximateCount();

    std::optional<StoredItem> find(qint64 id);
    // The oldest item with exactly this link (quick capture deduplicates by URL).
    std::optional<qint64> findIdByUrl(const QString &url);
    // Items this one answers, nearest parent last (root first), as far as they are cached.
    std::vector<StoredItem> ancestors(qint64 id, int maxDepth = 20);
    // Cached direct replies to this item, oldest first.
    std::vector<StoredItem> replies(qint64 id, int limit = 50);

    // Calls `visit` for every item matching the filter, oldest first, without holding
    // them all in memory.
    void forEach(const InboxFilter &filter, const std::function<void(const StoredItem &)> &visit);

    // Ids of every item (copies of cross-posts included) matching the filter, ascending;
    // only among `within` when it is given. For rules and bulk actions.
    std::vector<qint64> matchingIds(const InboxFilter &filter,
                                    const std::vector<qint64> *within = nullptr);
    // matchingIds() for bulk work in SQL: adds to `out` the items of `scope` (every item
    // when null) that match the filter and are not in `exclude`; returns how many it added.
    // Reads the full-text index first when the query requires words, so only the items
    // containing them are looked up.
    qint64 selectInto(const InboxFilter &filter, const ItemSet *scope, const ItemSet *exclude,
                      ItemSet &out);
    // Calls `visit` with the id, title and text of every item of `items`, ascending.
    void forEachText(const ItemSet &items,
                     const std::function<void(qint64, const QString &, const QString &)> &visit);

    void setRead(const std::vector<qint64> &ids, bool read);
    void setSaved(const std::vector<qint64> &ids, bool saved);
    void setStatus(const std::vector<qint64> &ids, ItemStatus status);
    void setNote(qint64 id, const QString &note);
    void addTag(const std::vector<qint64> &ids, const QString &tag);

    SourceRepository &sources() { return m_sources; }
    TagRepository &tags() { return m_tags; }

private:
    struct FilterSql;
    FilterSql filterSql(const InboxFilter &filter, bool joinFts,
                        const CompileOptions *options = nullptr) const;
    // Whether fewer than `limit` items contain the words of `match`.
    bool fewerMatches(const QString &match, qint64 limit);
    std::optional<StoredItem> findByExternal(const QString &platform, const QString &externalId,
                                             qint64 preferredSource);
    std::vector<StoredItem> readFull(const std::string &where,
                                     const std::function<void(class Statement &)> &bind);

    Database &m_db;
    SourceRepository m_sources;
    AuthorRepository m_authors;
    TagRepository m_tags;
};

}  // namespace earshot
