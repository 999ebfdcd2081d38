// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/OutboxSender.h"

#include "core/connectors/Connector.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/StorageError.h"
#include "core/sync/AccountConnectors.h"
#include "core/sync/Outbox.h"

#include <QDateTime>
#include <QPointer>

#include <algorithm>

namespace earshot {

OutboxSender::OutboxSender(Writer writer, AccountConnectors &connectors, QObject *parent)
    : QObject(parent),
      m_writer(std::move(writer)),
      m_connectors(connectors),
      m_outbox(std::make_unique<Outbox>(m_writer))
{
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::sendPending(Done done)
{
    struct Pending {
        std::vector<qint64> ids;
        std::optional<Error> error;
    };
    runOnWriter(
        m_writer, this,
        [](Database &db) {
            Pending pending;
            try {
                OutboxRepository repo(db);
                for (const OutboxState state : {OutboxState::Queued, OutboxState::Failed}) {
                    for (const OutboxEntry &e : repo.list(state))
                        pending.ids.push_back(e.id);
                }
            } catch (const StorageError &e) {
                pending.error = e.error();
            }
            return pending;
        },
        [this, done = std::move(done)](Pending pending) {
            if (pending.error) {
                done({Outcome{OutboxEntry{}, pending.error}});
                return;
            }
            std::sort(pending.ids.begin(), pending.ids.end());
            send(std::move(pending.ids), done);
        });
}

void OutboxSender::send(std::vector<qint64> ids, Done done)
{
    m_ids = std::move(ids);
    m_next = 0;
    m_outcomes.clear();
    m_done = std::move(done);
    QMetaObject::invokeMethod(this, &OutboxSender::next, Qt::QueuedConnection);
}

void OutboxSender::record(qint64 id, std::optional<Error> error,
                          std::optional<QString> failedReason)
{
    struct Stored {
        OutboxEntry entry;
        std::optional<Error> error;
    };
    runOnWriter(
        m_writer, this,
        [id, failedReason, now = QDateTime::currentMSecsSinceEpoch()](Database &db) {
            Stored stored;
            try {
                OutboxRepository repo(db);
                if (failedReason) {
                    try {
                        repo.markFailed(id, *failedReason, now);
                    } catch (const StorageError &) {
                        // The reason still reaches the caller with the outcome.
                    }
                }
                if (std::optional<OutboxEntry> entry = repo.find(id))
                    stored.entry = *entry;
            } catch (const StorageError &e) {
                stored.error = e.error();
            }
            return stored;
        },
        [this, id, error = std::move(error)](const Stored &stored) {
            m_outcomes.push_back({stored.entry, error ? error : stored.error});
            next();
        });
}

void OutboxSender::next()
{
    if (m_next >= m_ids.size()) {
        Done done = std::move(m_done);
        if (done)
            done(m_outcomes);
        return;
    }
    const qint64 id = m_ids[m_next++];
    struct Target {
        std::optional<OutboxEntry> entry;
        std::optional<AccountRecord> account;
        std::optional<Error> error;
    };
    runOnWriter(
        m_writer, this,
        [id](Database &db) {
            Target target;
            try {
                target.entry = OutboxRepository(db).find(id);
                if (target.entry)
                    target.account = AccountRepository(db).find(target.entry->accountId);
            } catch (const StorageError &e) {
                target.error = e.error();
            }
            return target;
        },
        [this, id](const Target &target) {
            if (target.error)
                record(id, target.error);
            else
                sendThrough(id, target.entry, target.account);
        });
}

void OutboxSender::sendThrough(qint64 id, const std::optional<OutboxEntry> &entry,
                               const std::optional<AccountRecord> &account)
{
    if (!entry) {
        record(id, Error{ErrorKind::NotFound, tr("There is no reply #%1 in the outbox.").arg(id)});
        return;
    }
    if (!account) {
        record(id, Error{ErrorKind::NotFound,
                         tr("The account of reply #%1 was removed; the reply stays in the outbox.")
                             .arg(id)});
        return;
    }
    QPointer<OutboxSender> self(this);
    const QStringList ours{AccountConnectors::ownHandle(*account)};
    m_connectors.make(
        *account, [self, id, ours](std::unique_ptr<Connector> made, std::optional<Error> error) {
            if (!self)
                return;
            if (!made) {
                // Nothing went out: the entry keeps its state, the reason is recorded.
                const QString reason = error->message;
                self->record(id, std::move(error), reason);
                return;
            }
            // The connector must live until Outbox calls back; it is shared with the callback.
            std::shared_ptr<Connector> connector(std::move(made));
            self->m_outbox->send(
                id, *connector, ours,
                [self, id, connector](const OutboxEntry &, const std::optional<Error> &sendError) {
                    if (!self)
                        return;
                    // Let go of the connector from the loop, not from inside
                    // its own callback.
                    QMetaObject::invokeMethod(
                        self, [connector] {}, Qt::QueuedConnection);
                    self->record(id, sendError);
                });
        });
}

}  // namespace earshot
