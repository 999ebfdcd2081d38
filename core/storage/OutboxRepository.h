// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace earshot {

class Database;

// Where a reply stands. Stored as its id ("queued", "sending"...).
enum class OutboxState { Queued, Sending, Sent, Failed, Collision };

QString outboxStateId(OutboxState state);
OutboxState outboxStateFromId(const QString &id);

// One reply on its way out.
struct OutboxEntry {
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 itemId = 0;  // the stored item answered; 0 when it is gone
    QString inReplyTo;  // the platform's id of the item answered
    QString threadId;   // the platform's id of the thread root (empty: inReplyTo)
    QString text;
    QString idempotencyKey;  // fixed at enqueue; every attempt sends the same key
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QString externalId;  // with Sent: the platform's id of the reply
    QString url;
    QString error;       // with Failed or Collision: what happened, in plain words
    qint64 draftMs = 0;  // when the user last saw the thread: answers after it collide
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 sentMs = 0;
};

// Outbox table. Every state change is its own statement, so with WAL each is durable once
// the call returns: "sending" is on disk before a request leaves. Lives on one
// connection/thread; throws StorageError.
class OutboxRepository {
public:
    explicit OutboxRepository(Database &db) : m_db(db) {}

    // Stores a new queued reply; a fresh idempotency key is made when the entry has none.
    // Returns the stored entry.
    OutboxEntry enqueue(OutboxEntry entry, qint64 nowMs);
    std::optional<OutboxEntry> find(qint64 id);
    // Newest first; `state` filters when given.
    std::vector<OutboxEntry> list(std::optional<OutboxState> state = std::nullopt);

    void markSending(qint64 id, qint64 nowMs);  // counts the attempt
    void markSent(qint64 id, const QString &externalId, const QString &url, qint64 nowMs);
    void markFailed(qint64 id, const QString &reason, qint64 nowMs);
    void markCollision(qint64 id, const QString &reason, qint64 nowMs);
    // The user decided to send anyway: back to queued with a new draft time.
    void requeue(qint64 id, qint64 draftMs, qint64 nowMs);

private:
    void setState(qint64 id, OutboxState state, const QString &error, qint64 nowMs);

    Database &m_db;
};

}  // namespace earshot
