// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace earshot {

class Database;

// Lets a bulk load inside one transaction skip a table's secondary indexes and build
// them once at the end: a sorted build per index costs a fraction of hundreds of
// thousands of inserts at random places in nine B-trees, which was most of an import's
// time. Unique constraints stay (they are not dropped), so lookups by key and conflict
// detection keep working during the load. Everything happens inside the caller's
// transaction, so a failure or a cancel rolls the indexes back with the rows; readers on
// other connections keep seeing the indexed snapshot they started with.
class DeferredIndexes {
public:
    // `keep` names indexes that stay in place: partial indexes the loaded rows hardly ever
    // enter cost a check per row when kept, but a scan of the whole table to rebuild.
    DeferredIndexes(Database &db, std::string table, std::vector<std::string> keep = {});
    DeferredIndexes(const DeferredIndexes &) = delete;
    DeferredIndexes &operator=(const DeferredIndexes &) = delete;

    // Drops the table's own indexes (not those of UNIQUE/PRIMARY KEY, nor the ones to
    // keep); later calls do nothing. Requires an open write transaction.
    void defer();
    // Creates the dropped indexes again; call before the commit.
    void rebuild();
    bool deferred() const { return !m_dropped.empty(); }

private:
    Database &m_db;
    std::string m_table;
    std::vector<std::string> m_keep;
    std::vector<std::pair<std::string, std::string>> m_dropped;  // name, CREATE statement
};

}  // namespace earshot
