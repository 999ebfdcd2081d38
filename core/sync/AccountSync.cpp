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

AccountSync::AccountSync(Database &db, AccountConnectors &connectors, Clock clock, QObject *parent)
    : QObject(parent), m_db(db), m_connectors(connectors), m_clock(std::move(clock))
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
    auto pass = std::make_unique<Pass>();
    pass->done = std::move(done);
    try {
        for (AccountRecord &a : AccountRepository(m_db).list()) {
            if (a.enabled)
                pass->queue.push_back(std::move(a));
        }
        if (!pass->queue.empty()) {
            pass->searchTerms = profileSearchTerms(m_db);
            pass->follows = AccountFollowRepository(m_db).list();
        }
    } catch (const StorageError &e) {
        AccountOutcome failure;
        failure.error = e.error();
        pass->summary.accounts.push_back(failure);
    }
    m_pass = std::move(pass);
    QMetaObject::invokeMethod(this, &AccountSync::next, Qt::QueuedConnection);
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
    QString cursor;
    try {
        cursor = AccountTimelineRepository(m_db).newerCursor(pass.account.id,
                                                             pass.timelines[index].first);
    } catch (const StorageError &e) {
        pass.outcome.error = e.error();
        finishAccount();
        return;
    }
    fetchPage(index, {cursor, 0}, kMaxPages);
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
            if (std::optional<Error> error = self->store(p.account, timelineKey, result.items)) {
                p.outcome.error = error;
                self->finishAccount();
                return;
            }
            try {
                AccountTimelineRepository(self->m_db)
                    .record(p.account.id, timelineKey, result.newerCursor, self->m_clock());
            } catch (const StorageError &e) {
                p.outcome.error = e.error();
                self->finishAccount();
                return;
            }
            // Going forward from a stored cursor: keep going while pages come back full of
            // newer items. A first run takes the newest page only; older history is not
            // fetched in the background.
            const bool more = !firstRun && !result.items.empty() && !result.newerCursor.isEmpty() &&
                              result.newerCursor != page.cursor && pagesLeft > 1;
            if (more)
                self->fetchPage(index, {result.newerCursor, 0}, pagesLeft - 1);
            else
                self->syncTimeline(index + 1);
        });
}

std::optional<Error> AccountSync::store(const AccountRecord &account, const QString &timelineKey,
                                        const std::vector<Item> &items)
{
    const QString address = account.sourceAddressPrefix() + timelineKey;
    const QString title = account.title() + QStringLiteral(" (") + timelineKey + QLatin1Char(')');
    try {
        Transaction transaction(m_db);
        ItemRepository repo(m_db);
        repo.sources().ensure(account.platform, address, title, QStringLiteral("account"));
        const qint64 now = m_clock();
        std::vector<qint64> inserted;
        for (Item item : items) {
            item.source = address;
            item.sourceTitle = title;
            if (item.platform.isEmpty())
                item.platform = account.platform;
            item.fetchedMs = now;
            const ItemRepository::Stored stored = repo.upsert(item);
            if (stored.outcome == ItemRepository::Outcome::Inserted) {
                ++m_pass->outcome.newItems;
                inserted.push_back(stored.id);
            } else if (stored.outcome == ItemRepository::Outcome::Updated)
                ++m_pass->outcome.updatedItems;
        }
        transaction.commit();
        if (m_storedHook && !inserted.empty())
            m_storedHook(m_db, inserted);
    } catch (const StorageError &e) {
        return e.error();
    }
    return std::nullopt;
}

void AccountSync::finishAccount()
{
    Pass &pass = *m_pass;
    const qint64 now = m_clock();
    try {
        AccountRepository accounts(m_db);
        if (pass.outcome.error) {
            accounts.recordFailure(pass.account.id, now, pass.outcome.error->message,
                                   pass.retryAtMs);
            qCInfo(lcSync) << "account" << pass.account.id
                           << "failed:" << pass.outcome.error->message;
        } else {
            accounts.recordSuccess(pass.account.id, now);
        }
    } catch (const StorageError &e) {
        if (!pass.outcome.error)
            pass.outcome.error = e.error();
    }
    pass.summary.accounts.push_back(pass.outcome);
    // The connector's callbacks may still be on the stack: let go of it from the loop.
    QMetaObject::invokeMethod(this, &AccountSync::next, Qt::QueuedConnection);
}

}  // namespace earshot
