// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Outbox.h"

#include "core/connectors/Connector.h"
#include "core/model/Logging.h"
#include "core/storage/StorageError.h"
#include "core/sync/SentReplyStore.h"

#include <QDateTime>
#include <QPointer>

namespace earshot {

namespace {

bool isOurs(const QString &handle, const QStringList &ourHandles)
{
    for (const QString &ours : ourHandles) {
        if (!ours.isEmpty() && handle.compare(ours, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A sent reply joins its thread in the store and answers its item (SentReplyStore); runs
// in the write job that marked it sent. The reply is sent whatever happens here; a failure
// only leaves the thread view and the item's status behind, which the next sync and the
// user can mend.
void recordSent(Database &db, qint64 id, const QString &ourHandle, qint64 nowMs)
{
    try {
        const std::optional<OutboxEntry> sent = OutboxRepository(db).find(id);
        if (!sent)
            return;
        const Result<qint64> stored = SentReplyStore(db).record(*sent, ourHandle, nowMs);
        if (!stored)
            qCWarning(lcSync) << "outbox: reply" << id
                              << "was sent but not stored:" << stored.error().message;
    } catch (const StorageError &e) {
        qCWarning(lcSync) << "outbox: reply" << id
                          << "was sent but not stored:" << e.error().message;
    }
}

// An entry as read in a job, or why it could not be read.
struct Found {
    std::optional<OutboxEntry> entry;
    std::optional<Error> error;
};

Found findEntry(Database &db, qint64 id)
{
    Found found;
    try {
        found.entry = OutboxRepository(db).find(id);
    } catch (const StorageError &e) {
        found.error = e.error();
    }
    return found;
}

}  // namespace

Outbox::Outbox(Writer writer, Clock clock, QObject *parent)
    : QObject(parent), m_writer(std::move(writer)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

void Outbox::update(WriteJob change, std::function<void(const std::optional<Error> &)> then)
{
    runOnWriter(
        m_writer, this,
        [change = std::move(change)](Database &db) -> std::optional<Error> {
            try {
                change(db);
            } catch (const StorageError &e) {
                return e.error();
            }
            return std::nullopt;
        },
        std::move(then));
}

void Outbox::finish(qint64 id, Callback done, std::optional<Error> error)
{
    runOnWriter(
        m_writer, this, [id](Database &db) { return findEntry(db, id); },
        [done = std::move(done), error = std::move(error)](const Found &found) {
            done(found.entry.value_or(OutboxEntry{}), error ? error : found.error);
        });
}

void Outbox::send(qint64 id, Connector &connector, const QStringList &ourHandles, Callback done)
{
    Connector *target = &connector;
    runOnWriter(
        m_writer, this, [id](Database &db) { return findEntry(db, id); },
        [this, id, target, ourHandles, done = std::move(done)](const Found &found) {
            if (found.error) {
                done(OutboxEntry{}, found.error);
                return;
            }
            if (!found.entry) {
                done(OutboxEntry{}, Error{ErrorKind::NotFound,
                                          tr("There is no reply #%1 in the outbox.").arg(id)});
                return;
            }
            attempt(*found.entry, *target, ourHandles, done);
        });
}

void Outbox::attempt(const OutboxEntry &entry, Connector &connector, const QStringList &ourHandles,
                     Callback done)
{
    if (entry.state == OutboxState::Sent || entry.state == OutboxState::Collision) {
        // Nothing to do: sent stays sent; a collision waits for the user's decision.
        finish(entry.id, std::move(done), std::nullopt);
        return;
    }
    if (!connector.capabilities().testFlag(Capability::Reply)) {
        finish(entry.id, std::move(done),
               Error{ErrorKind::InvalidInput,
                     tr("This account cannot post replies on %1.").arg(connector.platform())});
        return;
    }
    if (entry.attempts > 0)
        resume(entry, connector, ourHandles, std::move(done));
    else
        checkThread(entry, connector, ourHandles, std::move(done));
}

void Outbox::checkThread(const OutboxEntry &draft, Connector &connector,
                         const QStringList &ourHandles, Callback done)
{
    const QString thread = draft.threadId.isEmpty() ? draft.inReplyTo : draft.threadId;
    QPointer<Outbox> self(this);
    Connector *target = &connector;
    connector.fetch(
        {Timeline::Kind::Thread, thread}, {},
        [self, target, draft, ourHandles, done](const FetchResult &result) {
            if (!self)
                return;
            const qint64 now = self->m_clock();
            if (!result.ok()) {
                const QString reason = tr("The thread could not be checked for new answers, so "
                                          "nothing was sent: %1")
                                           .arg(result.error->message);
                self->update(
                    [id = draft.id, reason, now](Database &db) {
                        OutboxRepository(db).markFailed(id, reason, now);
                    },
                    [self, draft, done, error = result.error](const std::optional<Error> &failed) {
                        if (failed)
                            done(draft, failed);
                        else
                            self->finish(draft.id, done, error);
                    });
                return;
            }
            for (const Item &item : result.items) {
                if (item.externalId == draft.inReplyTo || item.publishedMs <= draft.draftMs ||
                    !isOurs(item.author.handle, ourHandles))
                    continue;
                const QString when = QDateTime::fromMSecsSinceEpoch(item.publishedMs)
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                const QString reason =
                    tr("%1 already answered in this thread at %2: \"%3\". "
                       "Send anyway or discard the reply.")
                        .arg(item.author.displayName(), when, item.text.left(140));
                self->update(
                    [id = draft.id, reason, now](Database &db) {
                        OutboxRepository(db).markCollision(id, reason, now);
                    },
                    [self, draft, done](const std::optional<Error> &failed) {
                        if (failed) {
                            done(draft, failed);
                            return;
                        }
                        qCInfo(lcSync) << "outbox: collision for reply" << draft.id;
                        self->finish(draft.id, done, std::nullopt);
                    });
                return;
            }
            self->deliver(draft, *target, ourHandles, done);
        });
}

void Outbox::resume(const OutboxEntry &entry, Connector &connector, const QStringList &ourHandles,
                    Callback done)
{
    // An earlier attempt may have reached the platform. Where the platform cannot recognise
    // a repeated request by its key, the connector looks for that post first.
    QPointer<Outbox> self(this);
    Connector *target = &connector;
    const ReplyRequest request{entry.inReplyTo, entry.text, entry.idempotencyKey};
    connector.findSentReply(
        request, entry.draftMs, [self, target, entry, ourHandles, done](const ReplyResult &found) {
            if (!self)
                return;
            if (found.ok() && found.externalId.isEmpty()) {
                self->deliver(entry, *target, ourHandles, done);
                return;
            }
            const qint64 now = self->m_clock();
            const qint64 id = entry.id;
            const auto finishWith = [self, id, done,
                                     error = found.error](const std::optional<Error> &failed) {
                self->finish(id, done, failed ? failed : error);
            };
            if (!found.ok()) {
                const QString reason = tr("Nothing was sent: Earshot could not check whether the "
                                          "earlier attempt reached the platform. %1")
                                           .arg(found.error->message);
                self->update(
                    [id, reason, now](Database &db) {
                        OutboxRepository(db).markFailed(id, reason, now);
                    },
                    finishWith);
                return;
            }
            qCInfo(lcSync) << "outbox: reply" << id << "had arrived on the earlier attempt";
            self->update(
                [id, found, now, ourHandle = ourHandles.value(0)](Database &db) {
                    OutboxRepository(db).markSent(id, found.externalId, found.url.toString(), now);
                    recordSent(db, id, ourHandle, now);
                },
                finishWith);
        });
}

void Outbox::deliver(const OutboxEntry &entry, Connector &connector, const QStringList &ourHandles,
                     Callback done)
{
    QPointer<Outbox> self(this);
    Connector *target = &connector;
    // On disk before the request leaves: the request goes out only once the job that marks
    // the entry sending has committed, so a crash from here on is retried with the same key.
    update([id = entry.id,
            now = m_clock()](Database &db) { OutboxRepository(db).markSending(id, now); },
           [self, target, entry, ourHandles, done](const std::optional<Error> &failed) {
               if (failed) {
                   done(entry, failed);
                   return;
               }
               self->sendReply(entry, *target, ourHandles, done);
           });
}

void Outbox::sendReply(const OutboxEntry &entry, Connector &connector,
                       const QStringList &ourHandles, Callback done)
{
    QPointer<Outbox> self(this);
    const qint64 id = entry.id;
    connector.reply(
        {entry.inReplyTo, entry.text, entry.idempotencyKey},
        [self, id, ourHandle = ourHandles.value(0), done](const ReplyResult &result) {
            if (!self)
                return;
            QString reason;
            if (!result.ok()) {
                reason = result.error->message;
                if (result.maybeSent)
                    reason += QLatin1Char(' ') +
                              tr("The reply may have reached the server; retrying sends the same "
                                 "idempotency key, so it cannot be posted twice.");
            }
            self->update(
                [id, result, reason, ourHandle, now = self->m_clock()](Database &db) {
                    OutboxRepository repo(db);
                    if (!result.ok()) {
                        repo.markFailed(id, reason, now);
                        return;
                    }
                    repo.markSent(id, result.externalId, result.url.toString(), now);
                    recordSent(db, id, ourHandle, now);
                },
                [self, id, done, error = result.error](const std::optional<Error> &failed) {
                    self->finish(id, done, failed ? failed : error);
                });
        });
}

}  // namespace earshot
