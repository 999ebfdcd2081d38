// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/InboxFilter.h"
#include "core/model/Item.h"
#include "core/model/Result.h"
#include "core/storage/StatsRepository.h"

#include <optional>
#include <utility>
#include <vector>

namespace earshot {

class Database;

// An item with the conversation around it, as far as it is cached.
struct ItemDetails {
    StoredItem item;
    std::vector<StoredItem> ancestors;  // root first, direct parent last
    std::vector<StoredItem> replies;    // direct replies, oldest first
};

// The inbox use cases shared by the GUI and the CLI: browse, search, read, mark.
// Synchronous and bound to the connection it is given; the GUI runs it on its database
// threads (AsyncWorkspace), the CLI on its main thread.
class InboxService {
public:
    explicit InboxService(Database &db) : m_db(db) {}

    Result<std::vector<InboxRow>> page(const InboxFilter &filter,
                                       const std::optional<PageCursor> &after, int limit);
    Result<qint64> count(const InboxFilter &filter);
    Result<ItemDetails> details(qint64 id);
    Result<WorkspaceStats> stats();
    // Id of the tag called `name`, 0 when there is none.
    Result<qint64> tagId(const QString &name);
    Result<qint64> sourceId(const QString &platform, const QString &address);
    // Current user state of the given items (ids not in the cache are left out); lets a
    // list refresh the rows it shows after itemsChanged without reloading a page.
    Result<std::vector<std::pair<qint64, ItemState>>> states(const std::vector<qint64> &ids);

    Status setRead(const std::vector<qint64> &ids, bool read);
    Status setSaved(const std::vector<qint64> &ids, bool saved);

private:
    Database &m_db;
};

}  // namespace earshot
