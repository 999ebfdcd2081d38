// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace earshot {

class Database;

// A query in the inbox query language the user named and kept.
struct SavedSearch {
    qint64 id = 0;
    QString name;
    QString query;
    qint64 createdMs = 0;
};

// Saved searches table. Lives on one connection/thread; throws StorageError.
class SavedSearchRepository {
public:
    explicit SavedSearchRepository(Database &db) : m_db(db) {}

    // Stores the search, replacing the query of one with the same name; returns its id.
    qint64 save(const QString &name, const QString &query, qint64 nowMs);
    // Ordered by name.
    std::vector<SavedSearch> list();
    bool remove(qint64 id);

private:
    Database &m_db;
};

}  // namespace earshot
