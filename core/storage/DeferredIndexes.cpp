// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DeferredIndexes.h"

#include "core/storage/Database.h"

#include <algorithm>
#include <thread>

namespace earshot {

namespace {

// SQL identifiers from sqlite_master are quoted anyway: names are not ours to trust.
std::string quoted(const std::string &identifier)
{
    std::string out = "\"";
    for (const char c : identifier) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + '"';
}

}  // namespace

DeferredIndexes::DeferredIndexes(Database &db, std::string table, std::vector<std::string> keep)
    : m_db(db), m_table(std::move(table)), m_keep(std::move(keep))
{
}

void DeferredIndexes::defer()
{
    if (deferred())
        return;
    // Indexes behind UNIQUE and PRIMARY KEY constraints have no SQL and cannot be dropped.
    Statement list = m_db.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 "
        "AND sql IS NOT NULL ORDER BY name");
    list.bind(1, m_table.c_str());
    std::vector<std::pair<std::string, std::string>> indexes;
    while (list.step()) {
        const QByteArray name = list.utf8(0);
        const QByteArray sql = list.utf8(1);
        indexes.emplace_back(name.toStdString(), sql.toStdString());
    }
    for (const auto &[name, sql] : indexes) {
        if (std::find(m_keep.begin(), m_keep.end(), name) != m_keep.end())
            continue;
        m_db.exec(("DROP INDEX " + quoted(name)).c_str());
        m_dropped.emplace_back(name, sql);
    }
}

void DeferredIndexes::rebuild()
{
    // CREATE INDEX sorts the table's keys in runs as large as the page cache. A bulk load's
    // large cache made that one run sorted on this thread alone; runs of 2 MB are sorted by
    // SQLite's worker threads while this thread reads on, which built the eight indexes of
    // a million items about a fifth faster.
    const ScopedCacheSize sortInRuns(m_db, 2 * 1024);
    const ScopedPragma sortWorkers(m_db, "threads",
                                   std::max(1U, std::thread::hardware_concurrency()));
    for (const auto &[name, sql] : m_dropped)
        m_db.exec(sql.c_str());
    m_dropped.clear();
}

}  // namespace earshot
