// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/AccountSync.h"

#include "core/model/Logging.h"
#include "core/model/Platform.h"
#include "core/storage/AccountTimelineRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/ProfileRepository.h"
#include "core/storage/StorageError.h"
#include "core/sync/AccountConnectors.h"
#include "core/sync/AccountFollows.h"

#include <QDateTime>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <deque>

namespace earshot {

int AccountSyncSummary::failed() const
{
    int n = 0;
    for (const AccountOutcome &a : accounts)
        n += a.error.has_value() && !a.skipped ? 1 : 0;
    return n;
}

qint64 AccountSyncSummary::newItems() const
{
    qint64 n = 0;
    for (const AccountOutcome &a : accounts)
        n += a.newItems;
    return n;
}

struct AccountSync::Pass {
    Done done;
    AccountSyncSummary summary;
    std::deque<AccountRecord> queue;
    // The account being synced.
    AccountRecord account;
    AccountOutcome outcome;
    std::unique_ptr<Connector> connector;
    std::vector<std::pair<QString, Timeline>> timelines;
    QStringList searchTerms;             // of the profiles, read once per pass
    std::vector<AccountFollow> follows;  // of every account, read once per pass
    qint64 retryAtMs = 0;
};

// What storing a page did.
struct AccountSync::Stored {
    std::optional<Error> error;
    qint64 newItems = 0;
    qint64 updatedItems = 0;
};

AccountSync::AccountSync(Writer writer, AccountConnectors &connectors, Clock clock, QObject *parent)
    : QObject(parent),
      m_writer(std::move(writer)),
      m_connectors(connectors),
      m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

AccountSync::~AccountSync() = default;

std::vector<std::pair<QString, Timeline>> AccountSync::timelinesFor(
    const Connector &connector, const std::vector<AccountFollow> &follows,
    const QStringList &searchTerms)
{
    std::vector<std::pair<QString, Timeline>> list;
    const auto own = [&](Timeline::Kind kind, const char *key) {
        if (connector.supports(kind) && connector.readsWithoutArgument(kind))
            list.push_back({QString::fromLatin1(key), {kind, {}}});
    };
    own(Timeline::Kind::Home, "home");
    own(Timeline::Kind::Mentions, "mentions");
    own(Timeline::Kind::Latest, "latest");
    for (const AccountFollow &follow : follows) {
        const std::optional<Timeline> timeline =
            AccountFollows::timelineOf(follow.kind, follow.argument);
        if (timeline && connector.supports(timeline->kind))
            list.push_back({follow.kind + QLatin1Char(':') + follow.argument, *timeline});
    }
    if (connector.supports(Timeline::Kind::Search)) {
        // One search per term, not one query joining them: not every platform's search
        // knows OR (Mastodon and VK do not), and a term's own cursor lets the next pass ask
        // only for what is newer. Exclusions are not sent: profile matching applies them
        // to what arrives, as it does for feeds.
        for (const QString &term : searchTerms.mid(0, kMaxSearches)) {
            const QString key = QStringLiteral("search:") + term;
            // The account may follow the same words already.
            const bool followed = std::any_of(list.cbegin(), list.cend(),
                                              [&key](const auto &t) { return t.first == key; });
            if (!followed)
                list.push_back({key, {Timeline::Kind::Search, term}});
        }
    }
    return list;
}

QStringList AccountSync::profileSearchTerms(Database &db)
{
    QStringList terms;
    QSet<QString> seen;
    for (const Profile &profile : ProfileRepository(db).list()) {
        if (!profile.enabled)
            continue;
        for (const QString &term : profile.terms) {
            const QString trimmed = term.simplified();
            if (!trimmed.isEmpty() && !seen.contains(trimmed.toCaseFolded())) {
                seen.insert(trimmed.toCaseFolded());
                terms.append(trimmed);
            }
        }
    }
    return terms;
}

void AccountSync::syncAll(Done done)
{
    m_pass = std::make_unique<Pass>();
    m_pass->done = std::move(done);
    struct Loaded {
        std::vector<AccountRecord> accounts;
        QStringList searchTerms;
        std::vector<AccountFollow> follows;
        std::optional<Error> error;
    };
    runOnWriter(
        m_writer, this,
        [](Database &db) {
            Loaded loaded;
            try {
                for (AccountRecord &a : AccountRepository(db).list()) {
                    if (a.enabled)
                        loaded.accounts.push_back(std::move(a));
                }
                if (!loaded.accounts.empty()) {
                    loaded.searchTerms = profileSearchTerms(db);
                    loaded.follows = AccountFollowRepository(db).list();
                }
            } catch (const StorageError &e) {
                loaded.error = e.error();
            }
            return loaded;
        },
        [this](Loaded loaded) {
            start(std::move(loaded.accounts), std::move(loaded.searchTerms),
                  std::move(loaded.follows), std::move(loaded.error));
        });
}

void AccountSync::start(std::vector<AccountRecord> accounts, QStringList searchTerms,
                        std::vector<AccountFollow> follows, std::optional<Error> error)
{
    if (!m_pass)
        return;
    Pass &pass = *m_pass;
    for (AccountRecord &a : accounts)
        pass.queue.push_back(std::move(a));
    pass.searchTerms = std::move(searchTerms);
    pass.follows = std::move(follows);
    if (error) {
        AccountOutcome failure;
        failure.error = std::move(error);
        pass.summary.accounts.push_back(failure);
    }
    next();
}

void AccountSync::next()
{
    Pass &pass = *m_pass;
    pass.connector.reset();
    if (pass.queue.empty()) {
        std::unique_ptr<Pass> finished = std::move(m_pass);
        finished->done(finished->summary);
        return;
    }
    pass.account = std::move(pass.queue.front());
    pass.queue.pop_front();
    pass.outcome = AccountOutcome{};
    pass.outcome.accountId = pass.account.id;
    pass.outcome.title =
        Platform::displayName(pass.account.platform) + QLatin1Char(' ') + pass.account.title();
    pass.retryAtMs = 0;
    if (pass.account.retryAfterMs > m_clock()) {
        // The platform asked to be left alone until then; asking now would only extend it.
        pass.outcome.skipped = true;
        pass.summary.accounts.push_back(pass.outcome);
        QMetaObject::invokeMethod(this, &AccountSync::next, Qt::QueuedConnection);
        return;
    }
    QPointer<AccountSync> self(this);
    m_connectors.make(pass.account,
                      [self](std::unique_ptr<Connector> connector, std::optional<Error> error) {
                          if (!self || !self->m_pass)
                              return;
                          Pass &p = *self->m_pass;
                          if (!connector) {
                              p.outcome.error = error;
                              self->finishAccount();
                              return;
                          }
                          p.connector = std::move(connector);
                          std::vector<AccountFollow> follows;
                          for (const AccountFollow &f : p.follows) {
                              if (f.accountId == p.account.id)
                                  follows.push_back(f);
                          }
                          p.timelines = timelinesFor(*p.connector, follows, p.searchTerms);
                          self->syncTimeline(0);
                      });
}

void AccountSync::syncTimeline(std::size_t index)
{
    Pass &pass = *m_pass;
    if (index >= pass.timelines.size()) {
        finishAccount();
        return;
    }
    struct Cursor {
        QString newer;
        std::optional<Error> error;
    };
    runOnWriter(
        m_writer, this,
        [accountId = pass.account.id, key = pass.timelines[index].first](Database &db) {
            Cursor cursor;
            try {
                cursor.newer = AccountTimelineRepository(db).newerCursor(accountId, key);
            } catch (const StorageError &e) {
                cursor.error = e.error();
            }
            return cursor;
        },
        [this, index](Cursor cursor) {
            if (!m_pass)
                return;
            if (cursor.error) {
                m_pass->outcome.error = cursor.error;
                finishAccount();
                return;
            }
            fetchPage(index, {cursor.newer, 0}, kMaxPages);
        });
}

void AccountSync::fetchPage(std::size_t index, const PageRequest &page, int pagesLeft)
{
    Pass &pass = *m_pass;
    const auto &[key, timeline] = pass.timelines[index];
    QPointer<AccountSync> self(this);
    const QString timelineKey = key;
    const bool firstRun = page.cursor.isEmpty();
    pass.connector->fetch(
        timeline, page,
        [self, index, timelineKey, pagesLeft, firstRun, page](const FetchResult &result) {
            if (!self || !self->m_pass)
                return;
            Pass &p = *self->m_pass;
            if (!result.ok()) {
                // One timeline failing fails the account's pass; the others wait for the next.
                p.outcome.error = result.error;
                p.retryAtMs = std::max(p.retryAtMs, result.retryAtMs);
                self->finishAccount();
                return;
            }
            // Going forward from a stored cursor: keep going while pages come back full of
            // newer items. A first run takes the newest page only; older history is not
            // fetched in the background.
            const bool more = !firstRun && !result.items.empty() && !result.newerCursor.isEmpty() &&
                              result.newerCursor != page.cursor && pagesLeft > 1;
            const QString newerCursor = result.newerCursor;
            runOnWriter(
                self->m_writer, self.data(),
                [account = p.account, timelineKey, result, now = self->m_clock(),
                 hook = self->m_storedHook](Database &db) {
                    return store(db, account, timelineKey, result, now, hook);
                },
                [self, index, pagesLeft, more, newerCursor](const Stored &stored) {
                    if (!self || !self->m_pass)
                        return;
                    Pass &current = *self->m_pass;
                    current.outcome.newItems += stored.newItems;
                    current.outcome.updatedItems += stored.updatedItems;
                    if (stored.error) {
                        current.outcome.error = stored.error;
                        self->finishAccount();
                    } else if (more) {
                        self->fetchPage(index, {newerCursor, 0}, pagesLeft - 1);
                    } else {
                        self->syncTimeline(index + 1);
                    }
                });
        });
}

AccountSync::Stored AccountSync::store(Database &db, const AccountRecord &account,
                                       const QString &timelineKey, const FetchResult &page,
                                       qint64 nowMs, const StoredHook &hook)
{
    Stored stored;
    const QString address = account.sourceAddressPrefix() + timelineKey;
    const QString title = account.title() + QStringLiteral(" (") + timelineKey + QLatin1Char(')');
    try {
        Transaction transaction(db);
        ItemRepository repo(db);
        repo.sources().ensure(account.platform, address, title, QStringLiteral("account"));
        std::vector<qint64> inserted;
        qint64 updated = 0;
        for (Item item : page.items) {
            item.source = address;
            item.sourceTitle = title;
            if (item.platform.isEmpty())
                item.platform = account.platform;
            item.fetchedMs = nowMs;
            const ItemRepository::Stored upserted = repo.upsert(item);
            if (upserted.outcome == ItemRepository::Outcome::Inserted)
                inserted.push_back(upserted.id);
            else if (upserted.outcome == ItemRepository::Outcome::Updated)
                ++updated;
        }
        transaction.commit();
        // Counted once committed: a page that was rolled back stored nothing.
        stored.newItems = qint64(inserted.size());
        stored.updatedItems = updated;
        if (hook && !inserted.empty())
            hook(db, inserted);
        // The cursor only moves once the page is stored.
        AccountTimelineRepository(db).record(account.id, timelineKey, page.newerCursor, nowMs);
    } catch (const StorageError &e) {
        stored.error = e.error();
    }
    return stored;
}

void AccountSync::finishAccount()
{
    Pass &pass = *m_pass;
    if (pass.outcome.error)
        qCInfo(lcSync) << "account" << pass.account.id << "failed:" << pass.outcome.error->message;
    runOnWriter(
        m_writer, this,
        [accountId = pass.account.id, error = pass.outcome.error, retryAtMs = pass.retryAtMs,
         now = m_clock()](Database &db) -> std::optional<Error> {
            try {
                AccountRepository accounts(db);
                if (error)
                    accounts.recordFailure(accountId, now, error->message, retryAtMs);
                else
                    accounts.recordSuccess(accountId, now);
            } catch (const StorageError &e) {
                return e.error();
            }
            return std::nullopt;
        },
        [this](const std::optional<Error> &storageError) {
            if (!m_pass)
                return;
            Pass &current = *m_pass;
            if (storageError && !current.outcome.error)
                current.outcome.error = storageError;
            current.summary.accounts.push_back(current.outcome);
            // Queued back to the loop: the connector's callbacks are no longer on the
            // stack when next() lets go of it.
            next();
        });
}

}  // namespace earshot
