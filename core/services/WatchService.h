// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"
#include "core/storage/WatchRepository.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace earshot {

class Database;

// Sites watched by hand: what to look at and when. Synchronous on the given (writer)
// connection.
class WatchService {
public:
    using Clock = std::function<qint64()>;  // ms since the epoch
    explicit WatchService(Database &db, Clock clock = {});

    // Adds (or updates, for a known URL) a site. InvalidInput for a URL that is not
    // http(s) or an interval below one minute.
    Result<qint64> add(const QString &url, qint64 intervalS, const QString &platform = {},
                       const QString &title = {});
    Result<std::vector<WatchedSite>> list();
    Result<std::vector<WatchedSite>> due();
    // Records that the site was looked at now; NotFound for an unknown id.
    Status markChecked(qint64 id);
    Status remove(qint64 id);

    // Parses "90s", "30m", "12h", "1d", "2w" (a bare number is seconds); nullopt when it
    // is not one of these or is not positive.
    static std::optional<qint64> parseInterval(const QString &text);

private:
    Database &m_db;
    Clock m_clock;
};

}  // namespace earshot
