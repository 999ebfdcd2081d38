// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/InboxService.h"

#include "core/services/Guarded.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>

namespace earshot {

Result<std::vector<InboxRow>> InboxService::page(const InboxFilter &filter,
                                                 const std::optional<PageCursor> &after, int limit)
{
    return guarded([&] { return ItemRepository(m_db).page(filter, after, limit); });
}

Result<qint64> InboxService::count(const InboxFilter &filter)
{
    return guarded([&] { return ItemRepository(m_db).count(filter); });
}

Result<ItemDetails> InboxService::details(qint64 id)
{
    try {
        ItemRepository items(m_db);
        std::optional<StoredItem> item = items.find(id);
        if (!item) {
            return Error{ErrorKind::NotFound,
                         QCoreApplication::translate("InboxService", "Item %1 is not in the cache.")
                             .arg(id)};
        }
        ItemDetails details;
        details.item = std::move(*item);
        details.ancestors = items.ancestors(id);
        details.replies = items.replies(id);
        return details;
    } catch (const StorageError &e) {
        return e.error();
    }
}

Result<WorkspaceStats> InboxService::stats()
{
    return guarded([&] { return StatsRepository(m_db).collect(); });
}

Result<qint64> InboxService::tagId(const QString &name)
{
    return guarded([&] { return TagRepository(m_db).findId(name); });
}

Result<qint64> InboxService::sourceId(const QString &platform, const QString &address)
{
    return guarded([&] { return SourceRepository(m_db).findId(platform, address); });
}

Result<std::vector<std::pair<qint64, ItemState>>> InboxService::states(
    const std::vector<qint64> &ids)
{
    return guarded([&] {
        ItemRepository items(m_db);
        std::vector<std::pair<qint64, ItemState>> out;
        out.reserve(ids.size());
        for (const qint64 id : ids) {
            if (std::optional<StoredItem> found = items.find(id))
                out.emplace_back(id, std::move(found->state));
        }
        return out;
    });
}

Status InboxService::setRead(const std::vector<qint64> &ids, bool read)
{
    return guarded([&] {
        Transaction transaction(m_db);
        ItemRepository(m_db).setRead(ids, read);
        transaction.commit();
    });
}

Status InboxService::setSaved(const std::vector<qint64> &ids, bool saved)
{
    return guarded([&] {
        Transaction transaction(m_db);
        ItemRepository(m_db).setSaved(ids, saved);
        transaction.commit();
    });
}

}  // namespace earshot
