// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/Connector.h"
#include "core/model/Error.h"
#include "core/storage/AccountFollowRepository.h"
#include "core/storage/AccountRepository.h"
#include "core/sync/DatabaseWriter.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace earshot {

class AccountConnectors;
class Database;

// How one account's pass went.
struct AccountOutcome {
    qint64 accountId = 0;
    QString title;
    std::optional<Error> error;  // the first failure, in plain words
    qint64 newItems = 0;
    qint64 updatedItems = 0;
    bool skipped = false;  // the platform asked to wait (retry-after) or it has no connector
};

struct AccountSyncSummary {
    std::vector<AccountOutcome> accounts;

    int failed() const;
    qint64 newItems() const;
};

// Fetches the timelines of every enabled account (Mastodon: home and mentions; Discourse:
// latest topics; any platform: those of Home, Mentions and Latest its connector supports),
// plus, where the platform can search, one search per term of the enabled monitoring
// profiles, and stores what comes back: one source per account and timeline, items with their
// authors, threads and parents, never touching the user's state of an item. Each timeline
// remembers the connector's "newer" cursor, so the next pass asks only for newer items
// (platforms without one, like Discourse lists, read their newest page again). The
// account's health is updated after its pass: last success, or the error in plain words,
// consecutive failures and the platform's retry-after. One failing account never stops
// the others; accounts waiting out a retry-after are skipped.
//
// Threading: lives on the thread of `connectors`, which must outlive it; nothing here
// blocks. Every database access, reads included, is a job posted to `writer` (on the
// window's writer thread, or at once on the command line's connection); its result comes
// back queued to this object's thread, and a job never touches the object itself, so
// queued jobs may outlive it. Accounts are synced one after another, and a timeline's
// next request waits for the page before it to be stored.
class AccountSync : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;
    using Done = std::function<void(const AccountSyncSummary &)>;
    // Called in the write job right after a page is stored, on the writer's connection,
    // with the ids of the items it inserted (monitoring profiles and rules, as for feeds
    // and imports).
    using StoredHook = std::function<void(Database &, const std::vector<qint64> &newIds)>;

    AccountSync(Writer writer, AccountConnectors &connectors, Clock clock = {},
                QObject *parent = nullptr);
    ~AccountSync() override;

    // Never more than this many pages of one timeline per pass.
    static constexpr int kMaxPages = 5;
    // Never more than this many profile searches per account and pass: each is a request
    // against the platform's rate limit, and a profile with dozens of spellings should not
    // starve the account's own timelines.
    static constexpr int kMaxSearches = 20;

    void setItemsStoredHook(StoredHook hook) { m_storedHook = std::move(hook); }
    void syncAll(Done done);

    // The timelines synced for an account on a platform, with the key they are stored by:
    // its own timelines, what it follows (AccountFollowRepository) that the platform can
    // read, then a search for each distinct term of `searchTerms` when the platform can
    // search.
    static std::vector<std::pair<QString, Timeline>> timelinesFor(
        const Connector &connector, const std::vector<AccountFollow> &follows = {},
        const QStringList &searchTerms = {});
    // The terms of the enabled profiles, each once (case-insensitively), in profile order.
    static QStringList profileSearchTerms(Database &db);

private:
    struct Pass;
    struct Stored;
    void start(std::vector<AccountRecord> accounts, QStringList searchTerms,
               std::vector<AccountFollow> follows, std::optional<Error> error);
    void next();
    void syncTimeline(std::size_t index);
    void fetchPage(std::size_t index, const PageRequest &page, int pagesLeft);
    void finishAccount();
    // Stores a page of a timeline, runs the hook, then moves the timeline's cursor; runs in
    // a write job.
    static Stored store(Database &db, const AccountRecord &account, const QString &timelineKey,
                        const FetchResult &page, qint64 nowMs, const StoredHook &hook);

    Writer m_writer;
    AccountConnectors &m_connectors;
    Clock m_clock;
    StoredHook m_storedHook;
    std::unique_ptr<Pass> m_pass;
};

}  // namespace earshot
