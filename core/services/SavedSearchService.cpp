// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/SavedSearchService.h"

#include "core/model/InboxFilter.h"
#include "core/model/Query.h"
#include "core/services/Guarded.h"
#include "core/services/InboxService.h"

#include <QCoreApplication>
#include <QDateTime>

namespace earshot {

Result<qint64> SavedSearchService::save(const QString &name, const QString &query, qint64 nowMs)
{
    if (nowMs == 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    if (name.trimmed().isEmpty()) {
        return Error{ErrorKind::InvalidInput,
                     QCoreApplication::translate("SavedSearchService", "The search needs a name.")};
    }
    const ParsedQuery parsed = parseQuery(query, nowMs);
    if (!parsed.ok)
        return Error{ErrorKind::InvalidInput, parsed.error.toString()};
    if (parsed.isEmpty()) {
        return Error{ErrorKind::InvalidInput,
                     QCoreApplication::translate("SavedSearchService", "The query is empty.")};
    }
    return guarded(
        [&] { return SavedSearchRepository(m_db).save(name.trimmed(), query.trimmed(), nowMs); });
}

Status SavedSearchService::remove(qint64 id)
{
    return guarded([&] { SavedSearchRepository(m_db).remove(id); });
}

Result<std::vector<SavedSearchCount>> SavedSearchService::listWithCounts()
{
    Result<std::vector<SavedSearch>> searches =
        guarded([&] { return SavedSearchRepository(m_db).list(); });
    if (!searches)
        return searches.error();
    std::vector<SavedSearchCount> out;
    InboxService inbox(m_db);
    for (SavedSearch &search : *searches) {
        InboxFilter filter;
        filter.view = InboxFilter::View::Unread;
        filter.query = search.query;
        const Result<qint64> unread = inbox.count(filter);
        // A search saved by an older version may no longer parse: show it without a count.
        out.push_back({std::move(search), unread ? *unread : 0});
    }
    return out;
}

}  // namespace earshot
