// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string>
#include <utility>
#include <vector>

namespace earshot {

class Database;

// A set of item ids held in a temporary table of the connection, so that bulk work (rules
// and profiles over the items an import just stored) can join it in SQL instead of passing
// a long id list to every statement. Each name is one table: two live sets must not share
// a name. The table is emptied when the set is created and again when it goes; it lives
// in the connection's temporary store, never in the database file. Throws StorageError.
class ItemSet {
public:
    // `name` is a fixed identifier chosen by the code (it becomes the table's name).
    ItemSet(Database &db, const char *name);
    ~ItemSet();
    ItemSet(const ItemSet &) = delete;
    ItemSet &operator=(const ItemSet &) = delete;

    void insert(const std::vector<qint64> &ids);
    // Adds every id of `other`.
    void insertAll(const ItemSet &other);
    void remove(const std::vector<qint64> &ids);
    void clear();

    qint64 size() const;
    bool empty() const;
    // The ids, ascending.
    std::vector<qint64> ids() const;

    // The smallest and largest id held, {0, 0} when empty: a rowid range full-text
    // lookups can be restricted to.
    std::pair<qint64, qint64> range() const;

    // The qualified table name, for SQL: "temp.NAME" with one column `id`.
    const std::string &table() const { return m_table; }

private:
    Database &m_db;
    std::string m_table;
};

}  // namespace earshot
