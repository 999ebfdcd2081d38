// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ItemSet.h"

#include "core/storage/Database.h"

namespace earshot {

ItemSet::ItemSet(Database &db, const char *name) : m_db(db), m_table(std::string("temp.") + name)
{
    // The table outlives the set (dropping it would invalidate every cached statement
    // that uses it); only its rows are discarded.
    m_db.exec(("CREATE TEMP TABLE IF NOT EXISTS " + std::string(name) + "(id INTEGER PRIMARY KEY)")
                  .c_str());
    clear();
}

ItemSet::~ItemSet()
{
    // A failed cleanup only leaves rows behind, which the next set of this name deletes
    // first; a destructor must not throw.
    try {
        clear();
    } catch (...) {
    }
}

void ItemSet::insert(const std::vector<qint64> &ids)
{
    if (ids.empty())
        return;
    Statement &insert = m_db.cached("INSERT OR IGNORE INTO " + m_table + "(id) VALUES (?1)");
    for (const qint64 id : ids)
        insert.bind(1, id).run();
}

void ItemSet::insertAll(const ItemSet &other)
{
    m_db.cached("INSERT OR IGNORE INTO " + m_table + "(id) SELECT id FROM " + other.m_table).run();
}

void ItemSet::remove(const std::vector<qint64> &ids)
{
    Statement &remove = m_db.cached("DELETE FROM " + m_table + " WHERE id = ?1");
    for (const qint64 id : ids)
        remove.bind(1, id).run();
}

void ItemSet::clear()
{
    m_db.cached("DELETE FROM " + m_table).run();
}

qint64 ItemSet::size() const
{
    Statement &count = m_db.cached("SELECT count(*) FROM " + m_table);
    const qint64 n = count.step() ? count.int64(0) : 0;
    count.reset();
    return n;
}

std::vector<qint64> ItemSet::ids() const
{
    Statement &select = m_db.cached("SELECT id FROM " + m_table + " ORDER BY id");
    std::vector<qint64> out;
    while (select.step())
        out.push_back(select.int64(0));
    select.reset();
    return out;
}

bool ItemSet::empty() const
{
    Statement &any = m_db.cached("SELECT EXISTS (SELECT 1 FROM " + m_table + ")");
    const bool found = any.step() && any.int64(0) != 0;
    any.reset();
    return !found;
}

std::pair<qint64, qint64> ItemSet::range() const
{
    // Two subqueries: each of min() and max() alone is one lookup at an end of the table.
    Statement &ends = m_db.cached("SELECT ifnull((SELECT min(id) FROM " + m_table +
                                  "), 0), ifnull((SELECT max(id) FROM " + m_table + "), 0)");
    std::pair<qint64, qint64> out{0, 0};
    if (ends.step())
        out = {ends.int64(0), ends.int64(1)};
    ends.reset();
    return out;
}

}  // namespace earshot
