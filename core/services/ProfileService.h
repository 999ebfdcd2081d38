// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"
#include "core/storage/ProfileRepository.h"

#include <vector>

namespace earshot {

class Database;

// Monitoring profiles: a brand, its spellings in Russian and English and exclusions.
// Items are matched when stored (RuleEngine::apply) and here over the whole cache;
// `profile:NAME` in a query selects them. Synchronous on the given (writer) connection.
class ProfileService {
public:
    explicit ProfileService(Database &db) : m_db(db) {}

    Result<std::vector<Profile>> list();
    // Creates or replaces a profile and matches it over the whole cache; returns the
    // number of items it matches.
    Result<qint64> save(const Profile &profile);
    Status remove(const QString &name);
    // Matches every profile over the whole cache again; returns the items matched.
    Result<qint64> rematchAll();

private:
    Database &m_db;
};

}  // namespace earshot
