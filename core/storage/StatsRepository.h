// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AccountRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/TagRepository.h"

#include <QString>

#include <vector>

namespace earshot {

class Database;

struct PlatformCount {
    QString platform;
    qint64 total = 0;
    qint64 unread = 0;
};

// Counts for the sidebar and `earshot-cli stats`.
struct WorkspaceStats {
    qint64 total = 0;
    qint64 unread = 0;
    qint64 saved = 0;
    std::vector<PlatformCount> platforms;
    std::vector<SourceRecord> sources;
    std::vector<TagRecord> tags;
    std::vector<AccountRecord> accounts;  // with their health
};

// Aggregate counts over the whole cache. Lives on one connection/thread; throws StorageError.
class StatsRepository {
public:
    explicit StatsRepository(Database &db) : m_db(db) {}
    WorkspaceStats collect();

private:
    Database &m_db;
};

}  // namespace earshot
