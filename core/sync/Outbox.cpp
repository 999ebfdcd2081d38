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

}  // namespace

Outbox::Outbox(Database &db, Clock clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

void Outbox::finish(qint64 id, Callback done, std::optional<Error> error)
{
    OutboxEntry entry;
    try {
        if (std::optional<OutboxEntry> stored = OutboxRepository(m_db).find(id))
            entry = *stored;
    } catch (const StorageError &e) {
        if (!error)
            error = e.error();
    }
    done(entry, error);
}

void Outbox::send(qint64 id, Connector &connector, const QStringList &ourHandles, Callback done)
{
    std::optional<OutboxEntry> entry;
    try {
        entry = OutboxRepository(m_db).find(id);
    } catch (const StorageError &e) {
        const Error error = e.error();
        QMetaObject::invokeMethod(
            this, [done, error] { done(OutboxEntry{}, error); }, Qt::QueuedConnection);
        return;
    }
    if (!entry) {
        const Error error{ErrorKind::NotFound, tr("There is no reply #%1 in the outbox.").arg(id)};
        QMetaObject::invokeMethod(
            this, [done, error] { done(OutboxEntry{}, error); }, Qt::QueuedConnection);
        return;
    }
    if (entry->state == OutboxState::Sent || entry->state == OutboxState::Collision) {
        // Nothing to do: sent stays sent; a collision waits for the user's decision.
        QMetaObject::invokeMethod(
            this, [this, id, done] { finish(id, done, std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    if (!connector.capabilities().testFlag(Capability::Reply)) {
        const Error error{ErrorKind::InvalidInput,
                          tr("This account cannot post replies on %1.").arg(connector.platform())};
        QMetaObject::invokeMethod(
            this, [this, id, done, error] { finish(id, done, error); }, Qt::QueuedConnection);
        return;
    }
    if (entry->attempts > 0) {
        resume(*entry, connector, ourHandles, std::move(done));
        return;
    }

    // Before the first attempt: has the brand or a colleague answered since the draft?
    const QString thread = entry->threadId.isEmpty() ? entry->inReplyTo : entry->threadId;
    QPointer<Outbox> self(this);
    Connector *target = &connector;
    const OutboxEntry draft = *entry;
    connector.fetch(
        {Timeline::Kind::Thread, thread}, {},
        [self, target, draft, ourHandles, done](const FetchResult &result) {
            if (!self)
                return;
            const qint64 now = self->m_clock();
            try {
                OutboxRepository repo(self->m_db);
                if (!result.ok()) {
                    repo.markFailed(
                        draft.id,
                        tr("The thread could not be checked for new answers, so nothing "
                           "was sent: %1")
                            .arg(result.error->message),
                        now);
                    self->finish(draft.id, done, result.error);
                    return;
                }
                for (const Item &item : result.items) {
                    if (item.externalId == draft.inReplyTo || item.publishedMs <= draft.draftMs ||
                        !isOurs(item.author.handle, ourHandles))
                        continue;
                    const QString when = QDateTime::fromMSecsSinceEpoch(item.publishedMs)
                                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                    repo.markCollision(
                        draft.id,
                        tr("%1 already answered in this thread at %2: \"%3\". Send "
                           "anyway or discard the reply.")
                            .arg(item.author.displayName(), when, item.text.left(140)),
                        now);
                    qCInfo(lcSync) << "outbox: collision for reply" << draft.id;
                    self->finish(draft.id, done, std::nullopt);
                    return;
                }
            } catch (const StorageError &e) {
                done(draft, e.error());
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
            try {
                OutboxRepository repo(self->m_db);
                if (!found.ok()) {
                    repo.markFailed(entry.id,
                                    tr("Nothing was sent: Earshot could not check whether the "
                                       "earlier attempt reached the platform. %1")
                                        .arg(found.error->message),
                                    now);
                    self->finish(entry.id, done, found.error);
                    return;
                }
                qCInfo(lcSync) << "outbox: reply" << entry.id
                               << "had arrived on the earlier attempt";
                repo.markSent(entry.id, found.externalId, found.url.toString(), now);
            } catch (const StorageError &e) {
                self->finish(entry.id, done, e.error());
                return;
            }
            self->recordSent(entry.id, ourHandles);
            self->finish(entry.id, done, std::nullopt);
        });
}

void Outbox::recordSent(qint64 id, const QStringList &ourHandles)
{
    // The reply is sent whatever happens here; a failure only leaves the thread view and
    // the item's status behind, which the next sync and the user can mend.
    try {
        const std::optional<OutboxEntry> sent = OutboxRepository(m_db).find(id);
        if (!sent)
            return;
        const Result<qint64> stored =
            SentReplyStore(m_db).record(*sent, ourHandles.value(0), m_clock());
        if (!stored)
            qCWarning(lcSync) << "outbox: reply" << id
                              << "was sent but not stored:" << stored.error().message;
    } catch (const StorageError &e) {
        qCWarning(lcSync) << "outbox: reply" << id
                          << "was sent but not stored:" << e.error().message;
    }
}

void Outbox::deliver(const OutboxEntry &entry, Connector &connector, const QStringList &ourHandles,
                     Callback done)
{
    try {
        // On disk before the request leaves: a crash from here on is retried with the
        // same key.
        OutboxRepository(m_db).markSending(entry.id, m_clock());
    } catch (const StorageError &e) {
        const Error error = e.error();
        QMetaObject::invokeMethod(
            this, [done, entry, error] { done(entry, error); }, Qt::QueuedConnection);
        return;
    }
    QPointer<Outbox> self(this);
    const qint64 id = entry.id;
    connector.reply(
        {entry.inReplyTo, entry.text, entry.idempotencyKey},
        [self, id, ourHandles, done](const ReplyResult &result) {
            if (!self)
                return;
            const qint64 now = self->m_clock();
            try {
                OutboxRepository repo(self->m_db);
                if (result.ok()) {
                    repo.markSent(id, result.externalId, result.url.toString(), now);
                } else {
                    QString reason = result.error->message;
                    if (result.maybeSent)
                        reason +=
                            QLatin1Char(' ') +
                            tr("The reply may have reached the server; retrying sends the same "
                               "idempotency key, so it cannot be posted twice.");
                    repo.markFailed(id, reason, now);
                }
            } catch (const StorageError &e) {
                self->finish(id, done, e.error());
                return;
            }
            if (result.ok())
                self->recordSent(id, ourHandles);
            self->finish(id, done, result.error);
        });
}

}  // namespace earshot
