// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"

#include <QString>

#include <functional>
#include <optional>

namespace earshot {

class Database;

// A mention copied by hand from a page Earshot does not fetch.
struct CaptureRequest {
    QString url;       // required, http(s); the item's identity (capturing it twice is a no-op)
    QString platform;  // required; a platform id (see Platform.h)
    QString author;    // required: the author's name or handle as shown on the page
    QString text;      // required unless `title` is set
    QString title;
    std::optional<qint64> publishedMs;  // when it was written; the capture time if unknown
    QString lang;
};

struct CaptureResult {
    qint64 itemId = 0;
    bool created = false;    // false when an item with that URL was already stored
    qint64 ruleChanges = 0;  // item changes the rules made on the new item
};

// Quick capture: stores a hand-copied mention like any other item, in a "manual" source
// per platform, and applies monitoring profiles and rules to it as import and sync do.
// Synchronous on the given (writer) connection.
class CaptureService {
public:
    using Clock = std::function<qint64()>;  // ms since the epoch
    explicit CaptureService(Database &db, Clock clock = {});

    Result<CaptureResult> capture(const CaptureRequest &request);

    // The address of the manual source of a platform ("manual:vk").
    static QString manualSourceAddress(const QString &platform);

private:
    Database &m_db;
    Clock m_clock;
};

}  // namespace earshot
