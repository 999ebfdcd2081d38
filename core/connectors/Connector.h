// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"
#include "core/model/Item.h"

#include <QFlags>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

namespace earshot {

// What a platform lets an account do.
enum class Capability { Read = 0x1, Reply = 0x2, Post = 0x4 };
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// Platform limits a caller must respect before asking.
struct ConnectorLimits {
    int defaultPageSize = 20;
    int maxPageSize = 40;
    int maxReplyLength = 500;  // characters; 0 when the platform sets none
};

// Which stream of items to read. `argument` is the hashtag, search words, account id or
// thread root id, as the kind needs.
struct Timeline {
    enum class Kind { Home, Hashtag, Mentions, Search, AccountPosts, Thread, Latest, Category };
    Kind kind = Kind::Home;
    QString argument;
};

// Where to continue. Cursors are opaque strings the connector gave out; empty means the
// newest page.
struct PageRequest {
    QString cursor;
    int limit = 0;  // 0: the connector's default
};

// One page of a timeline. Items are model values ready for ItemRepository::upsert (the
// caller fills in `source`). `olderCursor` is empty at the end of the timeline.
struct FetchResult {
    std::optional<Error> error;
    std::vector<Item> items;
    QString olderCursor;
    QString newerCursor;
    qint64 retryAtMs = 0;  // with RateLimited: when the platform said to come back

    bool ok() const { return !error.has_value(); }
};

struct ReplyRequest {
    QString inReplyTo;  // the platform's id of the item answered
    QString text;
    QString idempotencyKey;  // the same key for every attempt of the same reply
};

struct ReplyResult {
    std::optional<Error> error;
    QString externalId;  // the platform's id of the posted reply
    QUrl url;
    // The request may have reached the platform (connection lost after sending): retry
    // with the same idempotency key, never with a new one.
    bool maybeSent = false;

    bool ok() const { return !error.has_value(); }
};

// One platform account, seen through its API. Small on purpose: reading pages, answering
// and what the platform allows. Connectors never write to the database; the caller stores
// what they return.
//
// Threading: lives on the thread of the HttpClient it was given; callbacks run there,
// after the call returned, exactly once unless cancelAll() drops them.
class Connector {
public:
    using FetchCallback = std::function<void(const FetchResult &)>;
    using ReplyCallback = std::function<void(const ReplyResult &)>;

    virtual ~Connector() = default;
    virtual QString platform() const = 0;
    virtual Capabilities capabilities() const = 0;
    virtual ConnectorLimits limits() const = 0;
    virtual bool supports(Timeline::Kind kind) const = 0;
    // Whether a supported kind reads something useful with no argument (the account's
    // home, its mentions, the forum's latest topics); kinds that need a wall or a hashtag
    // are read only for what the account follows.
    virtual bool readsWithoutArgument(Timeline::Kind kind) const
    {
        return kind == Timeline::Kind::Home || kind == Timeline::Kind::Mentions ||
               kind == Timeline::Kind::Latest;
    }

    virtual void fetch(const Timeline &timeline, const PageRequest &page, FetchCallback done) = 0;
    // Only with Capability::Reply.
    virtual void reply(const ReplyRequest &request, ReplyCallback done) = 0;
    // Before a reply that may already have reached the platform is sent again: looks for
    // it there (posted by this account since `sinceMs`) and calls back with its externalId
    // when found, an empty result when not, or an error when it could not be checked.
    // Platforms that honour ReplyRequest::idempotencyKey need not look: the default says
    // "not found" and the retry with the same key returns the first post.
    virtual void findSentReply(const ReplyRequest &request, qint64 sinceMs, ReplyCallback done)
    {
        Q_UNUSED(request);
        Q_UNUSED(sinceMs);
        QTimer::singleShot(0, [done] { done(ReplyResult{}); });
    }
    virtual void cancelAll() = 0;
};

}  // namespace earshot
