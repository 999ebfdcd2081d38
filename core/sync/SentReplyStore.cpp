// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SentReplyStore.h"

#include "core/services/TriageService.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/StorageError.h"

namespace earshot {

Result<qint64> SentReplyStore::record(const OutboxEntry &entry, const QString &ourHandle,
                                      qint64 nowMs)
{
    if (entry.itemId <= 0 || entry.externalId.isEmpty())
        return qint64(0);
    qint64 replyId = 0;
    try {
        Transaction transaction(m_db);
        ItemRepository items(m_db);
        const std::optional<StoredItem> answered = items.find(entry.itemId);
        if (!answered)
            return qint64(0);
        Item reply;
        reply.platform = answered->item.platform;
        reply.source = answered->item.source;
        reply.sourceTitle = answered->item.sourceTitle;
        reply.externalId = entry.externalId;
        reply.parentId = entry.inReplyTo;
        // The thread of the answered item; a root is its own thread.
        reply.threadId =
            answered->item.threadId.isEmpty() ? answered->item.externalId : answered->item.threadId;
        reply.author.handle = ourHandle;
        reply.url = entry.url;
        reply.text = entry.text;
        reply.publishedMs = entry.sentMs > 0 ? entry.sentMs : nowMs;
        reply.fetchedMs = nowMs;
        // Our own words need no triage.
        ItemState state;
        state.read = true;
        replyId = items.upsert(reply, &state).id;
        transaction.commit();
    } catch (const StorageError &e) {
        return e.error();
    }
    Result<int> marked = TriageService(m_db).setStatus({entry.itemId}, ItemStatus::Answered);
    if (!marked)
        return marked.error();
    return replyId;
}

}  // namespace earshot
