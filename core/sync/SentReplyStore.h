// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"
#include "core/storage/OutboxRepository.h"

#include <QString>

namespace earshot {

class Database;

// A reply that went out becomes part of its thread: it is stored as an item (in the
// answered item's source, answering it, by our account) so the thread view shows it at
// once, and the answered item's status becomes "answered" (logged in its activity like
// any triage action). A later sync that fetches the same post merges into that row.
// Synchronous on the given connection; Outbox calls it inside the write job that marks
// the reply sent, on the writer's connection.
class SentReplyStore {
public:
    explicit SentReplyStore(Database &db) : m_db(db) {}

    // `entry` is a sent outbox entry (externalId set); `ourHandle` the account's handle
    // ("@name@host"). Nothing is stored when the answered item is gone. Returns the id of
    // the stored reply item, 0 when none was stored.
    Result<qint64> record(const OutboxEntry &entry, const QString &ourHandle, qint64 nowMs);

private:
    Database &m_db;
};

}  // namespace earshot
