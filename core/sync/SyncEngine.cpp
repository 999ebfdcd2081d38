// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncEngine.h"

#include "core/connectors/feed/FeedItems.h"
#include "core/connectors/feed/FeedParser.h"
#include "core/model/Logging.h"
#include "core/net/HttpClient.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace earshot {

namespace {

QString trSync(const char *text)
{
    return QCoreApplication::translate("sync", text);
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray head = body.left(2048).toLower();
    if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf"))
        return false;
    return contentType.toLower().contains("html") || head.contains("<!doctype html") ||
           head.contains("<html");
}

}  // namespace

struct SyncEngine::Target {
    qint64 id = 0;
    QString address;
    QString fetchAddress;
    QString title;
    QString etag;
    QString lastModified;
    int intervalSeconds = 1800;
    int consecutiveFailures = 0;
};

struct SyncEngine::Pending {
    Target target;
    qint64 atMs = 0;
    bool notModified = false;
    std::vector<Item> items;
    QString etag;
    QString lastModified;
    QString movedTo;
    std::optional<Error> error;
    qint64 retryAtMs = 0;
    qint64 nextDueMs = 0;
};

SyncEngine::SyncEngine(HttpClient &http, Writer writer, QObject *parent)
    : SyncEngine(http, std::move(writer), Options{}, {}, parent)
{
}

SyncEngine::SyncEngine(HttpClient &http, Writer writer, Options options, Clock clock,
                       QObject *parent)
    : QObject(parent),
      m_http(http),
      m_writer(std::move(writer)),
      m_options(std::move(options)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
    qRegisterMetaType<SourceOutcome>();
    qRegisterMetaType<SyncSummary>();
    if (m_options.parseThreads > 0)
        m_parsers.setMaxThreadCount(m_options.parseThreads);
    m_parsers.setObjectName(QStringLiteral("feed parsers"));
    connect(&m_scheduler, &QTimer::timeout, this, [this] {
        if (!m_running)
            syncNow(Selection::Due);
    });
}

SyncEngine::~SyncEngine()
{
    m_scheduler.stop();
    for (const quint64 id : std::as_const(m_requests))
        m_http.cancel(id);
    m_parsers.waitForDone();
}

double SyncEngine::random() const
{
    return QRandomGenerator::global()->generateDouble();
}

void SyncEngine::startScheduler(int checkEveryMs)
{
    m_scheduler.start(checkEveryMs);
    if (!m_running)
        syncNow(Selection::Due);
}

void SyncEngine::stopScheduler()
{
    m_scheduler.stop();
}

bool SyncEngine::syncNow(Selection selection)
{
    const auto which = selection == Selection::Due      ? SourceRepository::Selection::Due
                       : selection == Selection::Failed ? SourceRepository::Selection::Failed
                                                        : SourceRepository::Selection::All;
    return startPass([which](SourceRepository &sources, const QString &platform, qint64 now) {
        return sources.forSync(platform, which, now);
    });
}

bool SyncEngine::syncSources(const QList<qint64> &sourceIds)
{
    return startPass([sourceIds](SourceRepository &sources, const QString &platform, qint64 now) {
        return sources.forSync(platform, sourceIds, now);
    });
}

bool SyncEngine::startPass(SourceSelector select)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_total = 0;
    m_done = 0;
    m_parsing = 0;
    m_summary = {};
    m_pending.clear();
    const quint64 pass = ++m_pass;
    const QString platform = m_options.platform;
    const qint64 now = m_clock();
    QPointer<SyncEngine> self(this);
    m_writing = true;
    m_writer([self, pass, platform, now, select = std::move(select)](Database &db) {
        std::vector<Target> targets;
        std::optional<Error> error;
        try {
            SourceRepository sources(db);
            for (const SourceRecord &r : select(sources, platform, now)) {
                Target t;
                t.id = r.id;
                t.address = r.address;
                t.fetchAddress = r.fetchAddress();
                t.title = r.title;
                t.etag = r.etag;
                t.lastModified = r.lastModified;
                t.intervalSeconds = r.intervalSeconds;
                t.consecutiveFailures = r.consecutiveFailures;
                targets.push_back(std::move(t));
            }
        } catch (const StorageError &e) {
            error = e.error();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, pass, targets = std::move(targets), error]() mutable {
                if (!self)
                    return;
                self->m_writing = false;
                if (error)
                    self->finishPass(error);
                else
                    self->onSourcesLoaded(pass, std::move(targets));
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SyncEngine::onSourcesLoaded(quint64 pass, std::vector<Target> targets)
{
    if (pass != m_pass || !m_running)
        return;
    m_total = static_cast<int>(targets.size());
    m_summary.total = m_total;
    qCInfo(lcSync) << "sync pass" << pass << "over" << m_total << "sources";
    QList<qint64> ids;
    ids.reserve(m_total);
    for (const Target &target : targets)
        ids.append(target.id);
    Q_EMIT passStarted(ids);
    Q_EMIT progress(0, m_total, 0);
    if (m_cancelled || targets.empty()) {
        maybeFinish();
        return;
    }
    for (const Target &target : targets)
        fetch(target);
}

void SyncEngine::fetch(const Target &target)
{
    HttpRequest request;
    request.url = QUrl(target.fetchAddress);
    request.etag = target.etag.toLatin1();
    request.lastModified = target.lastModified.toLatin1();
    request.maxBytes = kMaxFeedBytes;
    request.idleTimeoutMs = m_options.idleTimeoutMs;
    request.totalTimeoutMs = m_options.totalTimeoutMs;
    request.accept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
        "application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5";
    const quint64 pass = m_pass;
    // The id is known only after get() returns, and the callback always runs later.
    auto id = std::make_shared<quint64>(0);
    *id = m_http.get(request, [this, pass, target, id](const HttpReply &reply) {
        m_requests.remove(*id);
        onFetched(pass, target, reply);
    });
    m_requests.insert(*id);
}

void SyncEngine::onFetched(quint64 pass, const Target &target, const HttpReply &reply)
{
    if (pass != m_pass || m_cancelled)
        return;
    Pending pending;
    pending.target = target;
    pending.atMs = m_clock();
    if (!reply.ok()) {
        pending.error = reply.error;
        pending.retryAtMs = reply.retryAtMs;
        queueWrite(std::move(pending));
        return;
    }
    pending.etag = QString::fromLatin1(reply.etag);
    pending.lastModified = QString::fromLatin1(reply.lastModified);
    if (reply.movedTo.isValid() && reply.movedTo.toString() != target.fetchAddress)
        pending.movedTo = reply.movedTo.toString();
    if (reply.notModified()) {
        pending.notModified = true;
        queueWrite(std::move(pending));
        return;
    }

    // Parsing is CPU work on untrusted bytes: never on this (possibly GUI) thread.
    ++m_parsing;
    auto *watcher = new QFutureWatcher<Pending>(this);
    connect(watcher, &QFutureWatcher<Pending>::finished, this, [this, watcher, pass] {
        watcher->deleteLater();
        --m_parsing;
        onParsed(pass, watcher->result());
    });
    const QUrl base = reply.url;
    watcher->setFuture(
        QtConcurrent::run(&m_parsers, [pending = std::move(pending), body = reply.body, base,
                                       contentType = reply.contentType]() mutable {
            Result<ParsedFeed> parsed = parseFeed(body, base, contentType);
            if (!parsed) {
                Error error = parsed.error();
                if (error.kind == ErrorKind::BadPayload && looksLikeHtml(contentType, body)) {
                    error.message = trSync(
                                        "%1 is a web page, not a feed. Add the page with "
                                        "add-source to find its feed, or check the address.")
                                        .arg(base.toDisplayString());
                } else if (error.kind == ErrorKind::BadPayload) {
                    error.message =
                        trSync("%1 is not a feed: %2").arg(base.toDisplayString(), error.message);
                }
                pending.error = error;
                return pending;
            }
            pending.items = feedToItems(*parsed, base, pending.atMs);
            bool first = true;
            for (Item &item : pending.items) {
                item.source = pending.target.address;  // identity stays the user's address
                // The feed's title only names an untitled source, and once is enough: an
                // empty title lets the repository answer the source id from its cache.
                if (!pending.target.title.isEmpty() || !first)
                    item.sourceTitle.clear();
                first = false;
            }
            return pending;
        }));
}

void SyncEngine::onParsed(quint64 pass, Pending pending)
{
    if (pass != m_pass)
        return;
    queueWrite(std::move(pending));
}

qint64 SyncEngine::nextDue(const Target &target, bool failed, qint64 retryAtMs) const
{
    const qint64 now = m_clock();
    const qint64 interval = std::max<qint64>(60, target.intervalSeconds) * 1000;
    qint64 delay = interval;
    if (failed) {
        // Exponential back-off from the normal interval, capped.
        const int shift = std::clamp(target.consecutiveFailures, 0, 16);
        delay = std::min(std::max(interval, m_options.maxBackoffMs), interval << shift);
        delay = std::min(delay, std::max(interval, m_options.maxBackoffMs));
    }
    const double spread = m_options.intervalJitter * (2 * random() - 1);
    delay = static_cast<qint64>(static_cast<double>(delay) * (1 + spread));
    return std::max(now + delay, retryAtMs);
}

void SyncEngine::queueWrite(Pending pending)
{
    pending.nextDueMs = nextDue(pending.target, pending.error.has_value(), pending.retryAtMs);
    m_pending.push_back(std::move(pending));
    flush();
}

void SyncEngine::flush()
{
    if (m_writing || m_pending.empty()) {
        maybeFinish();
        return;
    }
    // Everything that arrived while the previous batch was being written goes in one
    // transaction: few commits however many sources answer at once.
    m_writing = true;
    std::vector<Pending> batch;
    batch.swap(m_pending);
    QPointer<SyncEngine> self(this);
    const quint64 pass = m_pass;
    m_writer([self, pass, batch = std::move(batch), hook = m_storedHook](Database &db) {
        std::vector<SourceOutcome> outcomes;
        outcomes.reserve(batch.size());
        std::vector<qint64> insertedIds;  // of sources whose savepoint was released
        try {
            ItemRepository items(db);
            SourceRepository &sources = items.sources();
            Transaction transaction(db);
            for (const Pending &p : batch) {
                SourceOutcome outcome;
                outcome.sourceId = p.target.id;
                outcome.address = p.target.address;
                outcome.title = p.target.title;
                outcome.notModified = p.notModified;
                outcome.error = p.error;
                // A savepoint per source: one that cannot be stored does not take the
                // rest of the batch down with it.
                db.exec("SAVEPOINT source");
                std::vector<qint64> sourceInserted;
                try {
                    if (p.error) {
                        sources.recordFailure(p.target.id, p.atMs, p.error->message, p.nextDueMs,
                                              p.retryAtMs);
                    } else {
                        for (const Item &item : p.items) {
                            const ItemRepository::Stored stored = items.upsert(item);
                            if (stored.outcome == ItemRepository::Outcome::Inserted) {
                                ++outcome.newItems;
                                sourceInserted.push_back(stored.id);
                                items.collapseCrossPost(stored.id, item);
                            } else if (stored.outcome == ItemRepository::Outcome::Updated) {
                                ++outcome.updatedItems;
                            }
                        }
                        sources.recordSuccess(p.target.id, p.atMs, p.nextDueMs, p.etag,
                                              p.lastModified, p.movedTo);
                    }
                    db.exec("RELEASE source");
                    insertedIds.insert(insertedIds.end(), sourceInserted.begin(),
                                       sourceInserted.end());
                } catch (const StorageError &e) {
                    db.exec("ROLLBACK TO source");
                    db.exec("RELEASE source");
                    outcome.error = e.error();
                    outcome.newItems = outcome.updatedItems = 0;
                    sources.recordFailure(p.target.id, p.atMs, e.error().message, p.nextDueMs, 0);
                }
                outcome.ok = !outcome.error.has_value();
                outcomes.push_back(std::move(outcome));
            }
            transaction.commit();
        } catch (const StorageError &e) {
            insertedIds.clear();
            outcomes.clear();
            for (const Pending &p : batch) {
                SourceOutcome outcome;
                outcome.sourceId = p.target.id;
                outcome.address = p.target.address;
                outcome.title = p.target.title;
                outcome.error = e.error();
                outcomes.push_back(std::move(outcome));
            }
        }
        if (hook && !insertedIds.empty()) {
            try {
                hook(db, insertedIds);
            } catch (const StorageError &e) {
                qCWarning(lcSync) << "after-store hook failed:" << e.error().message;
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, pass, outcomes = std::move(outcomes)]() mutable {
                if (self)
                    self->onStored(pass, std::move(outcomes));
            },
            Qt::QueuedConnection);
    });
}

void SyncEngine::onStored(quint64 pass, std::vector<SourceOutcome> outcomes)
{
    m_writing = false;
    if (pass == m_pass) {
        for (SourceOutcome &outcome : outcomes) {
            ++m_done;
            if (outcome.ok) {
                ++m_summary.succeeded;
                if (outcome.notModified)
                    ++m_summary.notModified;
                m_summary.newItems += outcome.newItems;
                m_summary.updatedItems += outcome.updatedItems;
            } else {
                qCInfo(lcSync) << "source" << outcome.address
                               << "failed:" << outcome.error->message;
            }
            Q_EMIT sourceFinished(outcome);
            if (!outcome.ok)
                m_summary.failures.push_back(std::move(outcome));
        }
        Q_EMIT progress(m_done, m_total, m_summary.newItems);
    }
    flush();
}

void SyncEngine::maybeFinish()
{
    if (!m_running || m_writing || !m_pending.empty())
        return;
    if (m_cancelled ? m_parsing == 0 : m_done >= m_total)
        finishPass();
}

void SyncEngine::finishPass(std::optional<Error> error)
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.cancelled = m_cancelled;
    m_summary.error = std::move(error);
    SyncSummary summary = std::move(m_summary);
    m_summary = {};
    if (!summary.error && summary.total > 0) {
        // Fresh statistics keep SQLite on the right indexes as the store grows.
        m_writer([](Database &db) {
            try {
                db.exec("PRAGMA optimize");
            } catch (const StorageError &) {
            }
        });
    }
    Q_EMIT finished(summary);
}

void SyncEngine::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (const quint64 id : std::as_const(m_requests))
        m_http.cancel(id);
    m_requests.clear();
    maybeFinish();
}

}  // namespace earshot
