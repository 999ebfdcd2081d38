// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/TriageService.h"

#include "core/model/InboxFilter.h"
#include "core/services/Guarded.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TriageService", text);
}

}  // namespace

TriageService::TriageService(Database &db, QString actor, Clock clock)
    : m_db(db), m_actor(std::move(actor)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

Result<std::vector<qint64>> TriageService::select(const QString &query)
{
    return guarded([&] {
        InboxFilter filter;
        filter.query = query;
        filter.nowMs = m_clock();
        return ItemRepository(m_db).matchingIds(filter);
    });
}

Result<int> TriageService::apply(const std::vector<qint64> &ids, const QString &action,
                                 const QString &value)
{
    if (!TriageRepository::isAction(action))
        return Error{ErrorKind::InvalidInput, tr("Unknown triage action \"%1\".").arg(action)};
    if (action == QLatin1String("status")) {
        ItemStatus status = ItemStatus::New;
        if (!parseStatusId(value, &status)) {
            return Error{ErrorKind::InvalidInput,
                         tr("Unknown status \"%1\"; use new, in-progress, waiting, answered or "
                            "closed.")
                             .arg(value)};
        }
    }
    if ((action == QLatin1String("tag") || action == QLatin1String("untag")) &&
        (value.trimmed().isEmpty() || value.contains(QLatin1String("//")) ||
         value.startsWith(QLatin1Char('/')) || value.endsWith(QLatin1Char('/')))) {
        return Error{ErrorKind::InvalidInput,
                     tr("\"%1\" is not a tag name; use words, with / between levels "
                        "(problem/billing).")
                         .arg(value)};
    }
    return guarded([&] {
        Transaction transaction(m_db);
        TriageRepository triage(m_db);
        TriageContext context{triage.newBatch(), m_clock(), m_actor};
        const int changed = triage.apply(
            ids, action,
            action == QLatin1String("tag") || action == QLatin1String("untag") ? value.trimmed()
                                                                               : value,
            context);
        transaction.commit();
        return changed;
    });
}

Result<int> TriageService::setStatus(const std::vector<qint64> &ids, ItemStatus status)
{
    return apply(ids, QStringLiteral("status"), statusId(status));
}

Result<int> TriageService::addTag(const std::vector<qint64> &ids, const QString &tag)
{
    return apply(ids, QStringLiteral("tag"), tag);
}

Result<int> TriageService::removeTag(const std::vector<qint64> &ids, const QString &tag)
{
    return apply(ids, QStringLiteral("untag"), tag);
}

Result<int> TriageService::assign(const std::vector<qint64> &ids, const QString &assignee)
{
    return apply(ids, QStringLiteral("assign"), assignee.trimmed());
}

Result<int> TriageService::setNote(const std::vector<qint64> &ids, const QString &note)
{
    return apply(ids, QStringLiteral("note"), note);
}

Result<int> TriageService::setPriority(const std::vector<qint64> &ids, int priority)
{
    return apply(ids, QStringLiteral("priority"), QString::number(priority));
}

Result<int> TriageService::markSpam(const std::vector<qint64> &ids, bool spam)
{
    return apply(ids, QStringLiteral("spam"), spam ? QStringLiteral("1") : QStringLiteral("0"));
}

Result<std::vector<ActivityEntry>> TriageService::undoLast()
{
    return guarded([&] {
        Transaction transaction(m_db);
        TriageRepository triage(m_db);
        std::vector<ActivityEntry> reverted;
        if (const std::optional<qint64> batch = triage.lastBatch())
            reverted = triage.undo(*batch);
        transaction.commit();
        return reverted;
    });
}

Result<std::vector<ActivityEntry>> TriageService::activity(qint64 itemId)
{
    return guarded([&] { return TriageRepository(m_db).activity(itemId); });
}

Result<std::vector<TagRecord>> TriageService::tags()
{
    return guarded([&] { return TagRepository(m_db).list(); });
}

Status TriageService::setTagColor(const QString &tag, const QString &color)
{
    static const QRegularExpression kColor(QStringLiteral("^(#[0-9a-fA-F]{6})?$"));
    if (!kColor.match(color).hasMatch())
        return Error{ErrorKind::InvalidInput,
                     tr("\"%1\" is not a colour; use #rrggbb.").arg(color)};
    return guarded([&] {
        Transaction transaction(m_db);
        TagRepository(m_db).setColor(tag.trimmed(), color);
        transaction.commit();
    });
}

}  // namespace earshot
