// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Item.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <vector>

namespace earshot {

// Pages of a Mastodon list endpoint, from its Link header (RFC 8288).
struct MastodonLinks {
    QUrl next;      // rel="next": older items (max_id=...)
    QUrl prev;      // rel="prev": newer items (min_id= or since_id=)
    QString maxId;  // the cursor parameters of those links, as opaque strings
    QString minId;
};

// Turns Mastodon API answers into model values. Pure and thread-safe: no I/O, no state.
// Every parse function returns BadPayload (naming `what` was parsed) for anything that is
// not the documented JSON shape: truncated bodies, HTML error pages, wrong top-level type.
// Entries that lack an id are skipped; they never invalidate the page.
//
// Items: externalId is the status id (ids are opaque strings, never numbers); for a boost
// the boosted status is the item and the booster is kept in extra["boosted_by"]. parentId
// is in_reply_to_id. threadId is the root of the thread when known (from a context), else
// the parent for a reply (the best guess until the thread is fetched) and empty for a root.
namespace MastodonParser {

// A JSON array of Status (timelines, an account's statuses).
Result<std::vector<Item>> statuses(const QByteArray &body, const QUrl &instance);
// One Status (GET /statuses/:id, POST /statuses).
Result<Item> status(const QByteArray &body, const QUrl &instance);
// A JSON array of Notification; with `mentionsOnly` only type "mention" is kept. The item
// is the notification's status.
Result<std::vector<Item>> notifications(const QByteArray &body, const QUrl &instance,
                                        bool mentionsOnly = true);
// A Search (v2) answer: its statuses.
Result<std::vector<Item>> search(const QByteArray &body, const QUrl &instance);
// A Context: ancestors, then `root` itself if given, then descendants; every item gets the
// thread root (first ancestor, else `rootId`) as threadId.
Result<std::vector<Item>> context(const QByteArray &body, const QUrl &instance,
                                  const QString &rootId);

// The {"error": "..."} message of an error answer, or an empty string.
QString errorMessage(const QByteArray &body);

// Reads a Link header; unknown relations, stray separators and missing rel are tolerated.
MastodonLinks links(const QByteArray &linkHeader);

// When a rate-limited client may call again (ms since the epoch), from Mastodon's
// X-RateLimit-Remaining / X-RateLimit-Reset headers: the reset time when no calls remain,
// else 0. Reset is an ISO 8601 time; unreadable values give 0.
qint64 rateLimitResetMs(const QByteArray &remaining, const QByteArray &reset);

}  // namespace MastodonParser
}  // namespace earshot
