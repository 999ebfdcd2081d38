// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"
#include "core/storage/OutboxRepository.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace earshot {

class Connector;
class Database;

// Sends replies that are already in the outbox table, so a reply exists on disk before
// anything leaves:
//   queued -> (thread re-fetched: someone of ours answered since the draft?) -> collision
//   queued -> sending (committed) -> sent (platform id and URL) | failed (reason; retry)
// Every attempt of an entry sends the same idempotency key, so a retry after a crash or a
// lost answer returns the first post instead of creating a second one. The collision check
// runs only before the first attempt: once an attempt may have gone out, our own earlier
// post would look like an answer by a colleague. Instead, before a later attempt the
// connector looks for the earlier one on the platform (Connector::findSentReply), which
// matters where the platform has no idempotency key. A sent reply is stored in its thread
// and its item marked answered (SentReplyStore).
//
// Threading: lives on the thread that owns `db` and the connectors; callbacks run there,
// after send() returned. Ownership: `db` must outlive the Outbox; a connector must live
// until its send() has called back. Storage failures are reported as the callback's error.
class Outbox : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;  // ms since the epoch
    // The entry as stored after the attempt; `error` when the reply was not sent (a
    // collision is not an error: look at entry.state).
    using Callback =
        std::function<void(const OutboxEntry &entry, const std::optional<Error> &error)>;

    explicit Outbox(Database &db, Clock clock = {}, QObject *parent = nullptr);

    // Sends outbox entry `id` through `connector`. `ourHandles` are the brand account and
    // colleagues ("@name@host"): an answer by any of them in the thread after the draft
    // time stops the send with state Collision. Sent entries are not sent again.
    void send(qint64 id, Connector &connector, const QStringList &ourHandles, Callback done);

private:
    void deliver(const OutboxEntry &entry, Connector &connector, const QStringList &ourHandles,
                 Callback done);
    // A later attempt: asks the connector whether the earlier one arrived, then delivers.
    void resume(const OutboxEntry &entry, Connector &connector, const QStringList &ourHandles,
                Callback done);
    // A sent reply joins its thread in the store and answers its item (SentReplyStore).
    void recordSent(qint64 id, const QStringList &ourHandles);
    void finish(qint64 id, Callback done, std::optional<Error> error);

    Database &m_db;
    Clock m_clock;
};

}  // namespace earshot
