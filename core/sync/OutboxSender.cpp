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

OutboxSender::OutboxSender(Database &db, AccountConnectors &connectors, QObject *parent)
    : QObject(parent), m_db(db), m_connectors(connectors), m_outbox(std::make_unique<Outbox>(db))
{
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::sendPending(Done done)
{
    std::vector<qint64> ids;
    try {
        OutboxRepository repo(m_db);
        for (const OutboxState state : {OutboxState::Queued, OutboxState::Failed}) {
            for (const OutboxEntry &e : repo.list(state))
                ids.push_back(e.id);
        }
    } catch (const StorageError &e) {
        const Error error = e.error();
        QMetaObject::invokeMethod(
            this,
            [done, error] {
                done({Outcome{OutboxEntry{}, error}});
            },
            Qt::QueuedConnection);
        return;
    }
    std::sort(ids.begin(), ids.end());
    send(std::move(ids), std::move(done));
}

void OutboxSender::send(std::vector<qint64> ids, Done done)
{
    m_ids = std::move(ids);
    m_next = 0;
    m_outcomes.clear();
    m_done = std::move(done);
    QMetaObject::invokeMethod(this, &OutboxSender::next, Qt::QueuedConnection);
}

void OutboxSender::record(qint64 id, std::optional<Error> error)
{
    OutboxEntry entry;
    try {
        if (std::optional<OutboxEntry> stored = OutboxRepository(m_db).find(id))
            entry = *stored;
    } catch (const StorageError &e) {
        if (!error)
            error = e.error();
    }
    m_outcomes.push_back({entry, error});
    QMetaObject::invokeMethod(this, &OutboxSender::next, Qt::QueuedConnection);
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
    std::optional<OutboxEntry> entry;
    std::optional<AccountRecord> account;
    try {
        entry = OutboxRepository(m_db).find(id);
        if (entry)
            account = AccountRepository(m_db).find(entry->accountId);
    } catch (const StorageError &e) {
        record(id, e.error());
        return;
    }
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
                try {
                    OutboxRepository(self->m_db)
                        .markFailed(id, error->message, QDateTime::currentMSecsSinceEpoch());
                } catch (const StorageError &) {
                    // The reason still reaches the caller below.
                }
                self->record(id, error);
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
