// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Item.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace earshot {

// One page of a Listing: its things and where it continues.
struct RedditListing {
    std::vector<Item> items;
    QString after;   // fullname of the last thing: older items; empty at the end
    QString before;  // fullname Reddit gave for newer items (often empty on the first page)
};

// A comment tree: the post (when the answer has it) and its comments in tree order, plus the
// ids of comments Reddit collapsed into "more" stubs, to fetch through /api/morechildren.
struct RedditThread {
    std::vector<Item> items;
    QString linkFullname;  // t3_ of the post
    QStringList more;      // id36 of collapsed comments
};

// The outcome of POST /api/comment, which answers HTTP 200 even when it refused.
struct RedditPosted {
    std::optional<Item> comment;   // the created comment
    QString errorCode;             // "RATELIMIT", "THREAD_LOCKED"... when refused
    QString errorText;             // Reddit's words for it
    qint64 retryAfterSeconds = 0;  // with RATELIMIT
};

// Turns Reddit API answers into model values. Pure and thread-safe: no I/O, no state. Every
// parse function returns BadPayload (naming what was parsed) for anything that is not the
// documented JSON shape: truncated bodies, HTML error pages, wrong top-level type. Things
// that are not t1/t3 or lack a name are skipped.
//
// Items: externalId is the fullname ("t3_abc" for a post, "t1_def" for a comment), url the
// permalink on www.reddit.com, author.handle "u/<name>". A post is a thread root (no thread,
// no parent); a comment's threadId is its post's fullname and parentId the fullname it answers.
// Text is the Markdown source as written (raw_json=1), so nothing needs HTML sanitizing.
namespace RedditParser {

// A Listing (/r/<sub>/new, /search, /user/<name>/comments, /api/info).
Result<RedditListing> listing(const QByteArray &body);
// /comments/<id>: [Listing(t3), Listing(t1 tree)]; nested replies are flattened, "more" stubs
// collected.
Result<RedditThread> thread(const QByteArray &body);
// /api/morechildren with api_type=json: {"json":{"errors":[],"data":{"things":[...]}}}.
Result<RedditThread> moreChildren(const QByteArray &body, const QString &linkFullname);
// /api/comment with api_type=json.
Result<RedditPosted> posted(const QByteArray &body);
// /api/v1/me: the account name.
QString accountName(const QByteArray &body);

// {"message": "Forbidden", "error": 403, "reason": "private"} or {"json":{"errors":[[...]]}}
// as one readable sentence; empty when the body says nothing.
QString errorMessage(const QByteArray &body);

// When calls may resume (ms since the epoch) from X-Ratelimit-Remaining (calls left, a
// decimal like "598.0") and X-Ratelimit-Reset (seconds until the window resets): the reset
// time when less than one call remains, else 0. Unreadable values give 0.
qint64 rateLimitResetMs(const QByteArray &remaining, const QByteArray &reset, qint64 nowMs);

// One thing ({"kind": "t1"|"t3", "data": {...}}) as an Item; empty externalId otherwise.
Item thing(const QJsonObject &thing);

}  // namespace RedditParser
}  // namespace earshot
