// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace earshot {

class Database;

// The full-text index of items through a bulk load inside one transaction. From begin()
// the index gathers 32 MB of terms, instead of 1 MB, before it writes a segment, and
// merges no segments while the load goes on: a million items were stored about a tenth
// faster. finish() restores the settings and merges the index into one segment, which a
// search then reads instead of one per flush of the load (a relevance search over a
// million items took a fifth less time). The settings live in the database, inside the
// load's transaction: call finish() before the commit; a rollback restores them anyway.
class SearchIndexBulkLoad {
public:
    explicit SearchIndexBulkLoad(Database &db) : m_db(db) {}
    SearchIndexBulkLoad(const SearchIndexBulkLoad &) = delete;
    SearchIndexBulkLoad &operator=(const SearchIndexBulkLoad &) = delete;

    // Later calls do nothing. Requires an open write transaction.
    void begin();
    bool begun() const { return m_previous.has_value(); }
    // Restores the settings and merges the index; does nothing unless begun.
    void finish();

private:
    struct Settings {
        qint64 hashBytes = 0;
        qint64 autoMerge = 0;
    };
    Settings current();
    void apply(const Settings &settings);

    Database &m_db;
    std::optional<Settings> m_previous;
};

}  // namespace earshot
