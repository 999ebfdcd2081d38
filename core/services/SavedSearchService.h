// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"
#include "core/storage/SavedSearchRepository.h"

#include <vector>

namespace earshot {

class Database;

// A saved search with how many of its items are unread, for the sidebar.
struct SavedSearchCount {
    SavedSearch search;
    qint64 unread = 0;
};

// Named queries: saving checks the query parses, so the sidebar never holds a search
// that cannot run. Synchronous on the given connection.
class SavedSearchService {
public:
    explicit SavedSearchService(Database &db) : m_db(db) {}

    // InvalidInput (with the position) when the query does not parse or the name is empty.
    Result<qint64> save(const QString &name, const QString &query, qint64 nowMs = 0);
    Status remove(qint64 id);
    Result<std::vector<SavedSearchCount>> listWithCounts();

private:
    Database &m_db;
};

}  // namespace earshot
