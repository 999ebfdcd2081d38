// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ReplyService.h"

#include "core/connectors/ConnectorRegistry.h"
#include "core/model/Platform.h"
#include "core/services/Guarded.h"
#include "core/services/TriageService.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReplyService", text);
}

}  // namespace

ReplyService::ReplyService(Database &db, QString actor, Clock clock)
    : m_db(db), m_actor(std::move(actor)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

int ReplyService::replyLimit(const QString &platform)
{
    if (platform == Platform::Mastodon)
        return 500;
    if (platform == Platform::Telegram || platform == Platform::Vk)
        return 4096;
    if (platform == Platform::Reddit)
        return 10000;
    if (platform == Platform::Discourse)
        return 32000;
    return 0;
}

Result<ReplyTarget> ReplyService::target(qint64 itemId)
{
    try {
        const std::optional<StoredItem> item = ItemRepository(m_db).find(itemId);
        if (!item)
            return Error{ErrorKind::NotFound, tr("The item is no longer stored.")};
        ReplyTarget target;
        target.itemId = itemId;
        target.platform = item->item.platform;
        target.pageUrl = QUrl(item->item.url);
        target.maxLength = replyLimit(target.platform);
        const ConnectorInfo *info = ConnectorRegistry::find(target.platform);
        if (!info || !info->capabilities.testFlag(Capability::Reply)) {
            target.whyNotSendable = tr("%1 has no reply interface; answer on the page.")
                                        .arg(Platform::displayName(target.platform));
            return target;
        }
        for (const AccountRecord &account : AccountRepository(m_db).list()) {
            if (account.platform == target.platform && account.enabled) {
                target.canSend = true;
                target.accountId = account.id;
                target.accountTitle = account.title();
                return target;
            }
        }
        target.whyNotSendable = tr("No %1 account is connected; add one to answer from "
                                   "Earshot, or answer on the page.")
                                    .arg(Platform::displayName(target.platform));
        return target;
    } catch (const StorageError &e) {
        return e.error();
    }
}

Result<OutboxEntry> ReplyService::queue(const ReplyDraft &draft)
{
    const QString text = draft.text.trimmed();
    if (text.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("The reply is empty.")};
    const Result<ReplyTarget> where = target(draft.itemId);
    if (!where)
        return where.error();
    if (!where->canSend)
        return Error{ErrorKind::InvalidInput, where->whyNotSendable};
    if (where->maxLength > 0 && text.size() > where->maxLength) {
        return Error{ErrorKind::InvalidInput,
                     tr("The reply has %1 characters; %2 accepts at most %3.")
                         .arg(text.size())
                         .arg(Platform::displayName(where->platform))
                         .arg(where->maxLength)};
    }
    return guarded([&] {
        const std::optional<StoredItem> item = ItemRepository(m_db).find(draft.itemId);
        OutboxEntry entry;
        entry.accountId = where->accountId;
        entry.itemId = draft.itemId;
        entry.inReplyTo = item ? item->item.externalId : QString();
        entry.threadId = item ? item->item.threadId : QString();
        entry.text = text;
        const qint64 now = m_clock();
        entry.draftMs = draft.draftMs > 0 ? draft.draftMs : now;
        return OutboxRepository(m_db).enqueue(entry, now);
    });
}

Status ReplyService::recordManual(const ReplyDraft &draft)
{
    const Result<int> changed =
        TriageService(m_db, m_actor, m_clock).setStatus({draft.itemId}, ItemStatus::Answered);
    if (!changed)
        return changed.error();
    return {};
}

}  // namespace earshot
