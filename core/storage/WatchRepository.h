// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace earshot {

class Database;

// A site nobody can fetch automatically (a closed forum, a marketplace page) that a
// person opens every `intervalS` seconds and copies mentions from by hand.
struct WatchedSite {
    qint64 id = 0;
    QString url;
    QString title;
    QString platform;
    qint64 intervalS = 86400;
    std::optional<qint64> lastCheckedMs;  // never checked when empty
    qint64 createdMs = 0;

    // When the next check is due (the moment it was added for a site never checked).
    qint64 dueMs() const { return lastCheckedMs ? *lastCheckedMs + intervalS * 1000 : createdMs; }
};

// The watch list. Lives on one connection/thread; throws StorageError.
class WatchRepository {
public:
    explicit WatchRepository(Database &db) : m_db(db) {}

    // Adds the site, or updates interval, title and platform of the one with that URL;
    // returns its id.
    qint64 add(const WatchedSite &site);
    std::vector<WatchedSite> list();             // by URL
    std::vector<WatchedSite> due(qint64 nowMs);  // most overdue first
    std::optional<WatchedSite> find(qint64 id);
    bool markChecked(qint64 id, qint64 atMs);
    bool remove(qint64 id);

private:
    Database &m_db;
};

}  // namespace earshot
