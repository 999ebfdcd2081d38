// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/Connector.h"
#include "core/model/Error.h"
#include "core/storage/AccountRepository.h"

#include <QObject>

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
// latest topics; any platform: those of Home, Mentions and Latest its connector supports)
// and stores what comes back: one source per account and timeline, items with their
// authors, threads and parents, never touching the user's state of an item. Each timeline
// remembers the connector's "newer" cursor, so the next pass asks only for newer items
// (platforms without one, like Discourse lists, read their newest page again). The
// account's health is updated after its pass: last success, or the error in plain words,
// consecutive failures and the platform's retry-after. One failing account never stops
// the others; accounts waiting out a retry-after are skipped.
//
// Threading: lives on the thread that owns `db` and `connectors`; both must outlive it.
// Accounts are synced one after another.
class AccountSync : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;
    using Done = std::function<void(const AccountSyncSummary &)>;

    AccountSync(Database &db, AccountConnectors &connectors, Clock clock = {},
                QObject *parent = nullptr);
    ~AccountSync() override;

    // Never more than this many pages of one timeline per pass.
    static constexpr int kMaxPages = 5;

    void syncAll(Done done);

    // The timelines synced for an account on a platform, with the key they are stored by.
    static std::vector<std::pair<QString, Timeline>> timelinesFor(const Connector &connector);

private:
    struct Pass;
    void next();
    void syncTimeline(std::size_t index);
    void fetchPage(std::size_t index, const PageRequest &page, int pagesLeft);
    void finishAccount();
    std::optional<Error> store(const AccountRecord &account, const QString &timelineKey,
                               const std::vector<Item> &items);

    Database &m_db;
    AccountConnectors &m_connectors;
    Clock m_clock;
    std::unique_ptr<Pass> m_pass;
};

}  // namespace earshot
