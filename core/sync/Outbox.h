// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"
#include "core/storage/OutboxRepository.h"
#include "core/sync/DatabaseWriter.h"

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
// Threading: lives on the thread of the connectors; callbacks run there, after send()
// returned. Every database access, reads included, is a job posted to `writer` (the
// window's writer thread, or the command line's own connection at once), and what follows
// it continues queued on this object's thread. A state change is committed by its job
// before anything that depends on it: the request leaves only once "sending" is stored.
// Jobs touch nothing of the Outbox, so queued ones may outlive it. A connector must live
// until its send() has called back. Storage failures are reported as the callback's error.
class Outbox : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;  // ms since the epoch
    // The entry as stored after the attempt; `error` when the reply was not sent (a
    // collision is not an error: look at entry.state).
    using Callback =
        std::function<void(const OutboxEntry &entry, const std::optional<Error> &error)>;

    explicit Outbox(Writer writer, Clock clock = {}, QObject *parent = nullptr);

    // Sends outbox entry `id` through `connector`. `ourHandles` are the brand account and
    // colleagues ("@name@host"): an answer by any of them in the thread after the draft
    // time stops the send with state Collision. Sent entries are not sent again.
    void send(qint64 id, Connector &connector, const QStringList &ourHandles, Callback done);

private:
    // The entry as stored: sends it on unless there is nothing to do.
    void attempt(const OutboxEntry &entry, Connector &connector, const QStringList &ourHandles,
                 Callback done);
    // Before the first attempt: has the brand or a colleague answered since the draft?
    void checkThread(const OutboxEntry &draft, Connector &connector, const QStringList &ourHandles,
                     Callback done);
    // Marks the entry sending, then sends it.
    void deliver(const OutboxEntry &entry, Connector &connector, const QStringList &ourHandles,
                 Callback done);
    // Posts the reply of an entry stored as sending and stores what came of it.
    void sendReply(const OutboxEntry &entry, Connector &connector, const QStringList &ourHandles,
                   Callback done);
    // A later attempt: asks the connector whether the earlier one arrived, then delivers.
    void resume(const OutboxEntry &entry, Connector &connector, const QStringList &ourHandles,
                Callback done);
    // Runs `change` as a write job, then `then` on this thread with its storage failure.
    void update(WriteJob change, std::function<void(const std::optional<Error> &)> then);
    // Reads the entry as stored and hands it to `done` with `error`.
    void finish(qint64 id, Callback done, std::optional<Error> error);

    Writer m_writer;
    Clock m_clock;
};

}  // namespace earshot
