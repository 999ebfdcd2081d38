// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/sync/DatabaseWriter.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace earshot {

class AccountConnectors;
class Database;
class Outbox;

// Sends outbox entries through their accounts' live connectors, one after another: the
// account's token and connector come from AccountConnectors, the sending itself (states,
// idempotency, collision check, looking for a reply that may have arrived) from Outbox.
// Entries whose account cannot be reached stay queued or failed with the reason.
//
// Threading: lives on the thread of `connectors`, which must outlive it. Its own reads and
// writes, like Outbox's, are jobs posted to `writer`, whose results come back queued to
// this object's thread; nothing here waits for the database.
class OutboxSender : public QObject {
    Q_OBJECT

public:
    struct Outcome {
        OutboxEntry entry;  // as stored after the attempt
        std::optional<Error> error;
    };
    using Done = std::function<void(const std::vector<Outcome> &)>;

    OutboxSender(Writer writer, AccountConnectors &connectors, QObject *parent = nullptr);
    ~OutboxSender() override;

    void send(std::vector<qint64> ids, Done done);
    // Every entry that is queued or failed (a retry), oldest first.
    void sendPending(Done done);

private:
    void next();
    // Sends an entry read from the outbox, with its account, through a connector.
    void sendThrough(qint64 id, const std::optional<OutboxEntry> &entry,
                     const std::optional<AccountRecord> &account);
    // Reads the entry as stored for the outcome, then goes on with the next one. With
    // `failedReason`, the entry is first marked failed with it (nothing went out).
    void record(qint64 id, std::optional<Error> error,
                std::optional<QString> failedReason = std::nullopt);

    Writer m_writer;
    AccountConnectors &m_connectors;
    std::unique_ptr<Outbox> m_outbox;
    std::vector<qint64> m_ids;
    std::size_t m_next = 0;
    std::vector<Outcome> m_outcomes;
    Done m_done;
};

}  // namespace earshot
