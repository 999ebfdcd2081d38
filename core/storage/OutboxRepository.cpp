// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OutboxRepository.h"

#include "core/storage/Database.h"

#include <QUuid>

namespace earshot {

QString outboxStateId(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued: return QStringLiteral("queued");
    case OutboxState::Sending: return QStringLiteral("sending");
    case OutboxState::Sent: return QStringLiteral("sent");
    case OutboxState::Failed: return QStringLiteral("failed");
    case OutboxState::Collision: return QStringLiteral("collision");
    }
    return QStringLiteral("queued");
}

OutboxState outboxStateFromId(const QString &id)
{
    for (OutboxState s : {OutboxState::Queued, OutboxState::Sending, OutboxState::Sent,
                          OutboxState::Failed, OutboxState::Collision}) {
        if (outboxStateId(s) == id)
            return s;
    }
    return OutboxState::Failed;
}

namespace {

const std::string kColumns =
    "SELECT id, account_id, ifnull(item_id, 0), in_reply_to, thread_id, text, idempotency_key, "
    "state, attempts, external_id, url, error, draft_ms, created_ms, updated_ms, "
    "ifnull(sent_ms, 0) FROM outbox";

OutboxEntry readEntry(const Statement &q)
{
    OutboxEntry e;
    e.id = q.int64(0);
    e.accountId = q.int64(1);
    e.itemId = q.int64(2);
    e.inReplyTo = q.text(3);
    e.threadId = q.text(4);
    e.text = q.text(5);
    e.idempotencyKey = q.text(6);
    e.state = outboxStateFromId(q.text(7));
    e.attempts = q.int32(8);
    e.externalId = q.text(9);
    e.url = q.text(10);
    e.error = q.text(11);
    e.draftMs = q.int64(12);
    e.createdMs = q.int64(13);
    e.updatedMs = q.int64(14);
    e.sentMs = q.int64(15);
    return e;
}

}  // namespace

OutboxEntry OutboxRepository::enqueue(OutboxEntry entry, qint64 nowMs)
{
    if (entry.idempotencyKey.isEmpty())
        entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.state = OutboxState::Queued;
    entry.attempts = 0;
    entry.createdMs = nowMs;
    entry.updatedMs = nowMs;
    if (entry.draftMs <= 0)
        entry.draftMs = nowMs;
    Statement &insert = m_db.cached(
        "INSERT INTO outbox(account_id, item_id, in_reply_to, thread_id, text, idempotency_key, "
        "state, draft_ms, created_ms, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'queued', ?7, "
        "?8, ?8)");
    insert.bind(1, entry.accountId);
    if (entry.itemId > 0)
        insert.bind(2, entry.itemId);
    else
        insert.bindNull(2);
    insert.bind(3, entry.inReplyTo)
        .bind(4, entry.threadId)
        .bind(5, entry.text)
        .bind(6, entry.idempotencyKey)
        .bind(7, entry.draftMs)
        .bind(8, nowMs)
        .run();
    entry.id = m_db.lastInsertId();
    return entry;
}

std::optional<OutboxEntry> OutboxRepository::find(qint64 id)
{
    Statement &query = m_db.cached(kColumns + " WHERE id = ?1");
    query.bind(1, id);
    std::optional<OutboxEntry> entry;
    if (query.step())
        entry = readEntry(query);
    query.reset();
    return entry;
}

std::vector<OutboxEntry> OutboxRepository::list(std::optional<OutboxState> state)
{
    std::vector<OutboxEntry> entries;
    Statement &query = state ? m_db.cached(kColumns + " WHERE state = ?1 ORDER BY id DESC")
                             : m_db.cached(kColumns + " ORDER BY id DESC");
    if (state)
        query.bind(1, outboxStateId(*state));
    while (query.step())
        entries.push_back(readEntry(query));
    query.reset();
    return entries;
}

void OutboxRepository::setState(qint64 id, OutboxState state, const QString &error, qint64 nowMs)
{
    m_db.cached("UPDATE outbox SET state = ?2, error = ?3, updated_ms = ?4 WHERE id = ?1")
        .bind(1, id)
        .bind(2, outboxStateId(state))
        .bind(3, error)
        .bind(4, nowMs)
        .run();
}

void OutboxRepository::markSending(qint64 id, qint64 nowMs)
{
    m_db.cached(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, error = '', "
            "updated_ms = ?2 WHERE id = ?1")
        .bind(1, id)
        .bind(2, nowMs)
        .run();
}

void OutboxRepository::markSent(qint64 id, const QString &externalId, const QString &url,
                                qint64 nowMs)
{
    m_db.cached(
            "UPDATE outbox SET state = 'sent', external_id = ?2, url = ?3, error = '', "
            "updated_ms = ?4, sent_ms = ?4 WHERE id = ?1")
        .bind(1, id)
        .bind(2, externalId)
        .bind(3, url)
        .bind(4, nowMs)
        .run();
}

void OutboxRepository::markFailed(qint64 id, const QString &reason, qint64 nowMs)
{
    setState(id, OutboxState::Failed, reason, nowMs);
}

void OutboxRepository::markCollision(qint64 id, const QString &reason, qint64 nowMs)
{
    setState(id, OutboxState::Collision, reason, nowMs);
}

void OutboxRepository::requeue(qint64 id, qint64 draftMs, qint64 nowMs)
{
    m_db.cached(
            "UPDATE outbox SET state = 'queued', error = '', draft_ms = ?2, updated_ms = ?3 "
            "WHERE id = ?1 AND state <> 'sent'")
        .bind(1, id)
        .bind(2, draftMs)
        .bind(3, nowMs)
        .run();
}

}  // namespace earshot
