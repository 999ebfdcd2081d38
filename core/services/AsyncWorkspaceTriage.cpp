// SPDX-License-Identifier: GPL-3.0-or-later
// The triage, reply and saved-search calls of AsyncWorkspace. They go through the
// workspace's public job queues, so this file needs none of its internals.
#include "core/services/AsyncWorkspace.h"

#include "core/services/AnswerService.h"
#include "core/services/AsyncJobs.h"
#include "core/services/ReplyService.h"
#include "core/services/SavedSearchService.h"
#include "core/services/TriageService.h"

namespace earshot {

void AsyncWorkspace::triage(const std::vector<qint64> &ids, const QString &action,
                            const QString &value)
{
    if (ids.empty())
        return;
    async::run<int>(
        *this, &AsyncWorkspace::postWrite, this,
        [this, ids](Result<int> changed) {
            if (!changed) {
                Q_EMIT writeFailed(changed.error().message);
                return;
            }
            Q_EMIT itemsChanged(QList<qint64>(ids.begin(), ids.end()));
        },
        [=](Database &db) { return TriageService(db).apply(ids, action, value); });
}

void AsyncWorkspace::undoTriage(QObject *context, Reply<int> reply)
{
    // The reverted items are only known on the writer thread: report them from there.
    async::run<std::vector<ActivityEntry>>(
        *this, &AsyncWorkspace::postWrite, context,
        [this, reply](Result<std::vector<ActivityEntry>> undone) {
            if (!undone) {
                Q_EMIT writeFailed(undone.error().message);
                reply(undone.error());
                return;
            }
            QList<qint64> ids;
            for (const ActivityEntry &entry : *undone) {
                if (!ids.contains(entry.itemId))
                    ids << entry.itemId;
            }
            if (!ids.isEmpty())
                Q_EMIT itemsChanged(ids);
            reply(static_cast<int>(undone->size()));
        },
        [](Database &db) { return TriageService(db).undoLast(); });
}

void AsyncWorkspace::tags(QObject *context, Reply<std::vector<TagRecord>> reply)
{
    async::run<std::vector<TagRecord>>(*this, &AsyncWorkspace::postRead, context, std::move(reply),
                                       [](Database &db) { return TriageService(db).tags(); });
}

void AsyncWorkspace::replyTarget(qint64 itemId, QObject *context, Reply<ReplyTarget> reply)
{
    async::run<ReplyTarget>(*this, &AsyncWorkspace::postRead, context, std::move(reply),
                            [=](Database &db) { return ReplyService(db).target(itemId); });
}

void AsyncWorkspace::queueReply(const ReplyDraft &draft, QObject *context, Reply<OutboxEntry> reply)
{
    // Delivered here, not to `context`: the reply must be announced for sending even when
    // the composer that queued it is gone by then.
    const QPointer<QObject> guard(context);
    async::run<OutboxEntry>(
        *this, &AsyncWorkspace::postWrite, this,
        [this, guard, reply](Result<OutboxEntry> queued) {
            const qint64 id = queued ? queued->id : 0;
            if (guard)
                reply(std::move(queued));
            if (id > 0)
                Q_EMIT replyQueued(id);
        },
        [=](Database &db) { return ReplyService(db).queue(draft); });
}

void AsyncWorkspace::recordManualReply(const ReplyDraft &draft, QObject *context, Reply<void> reply)
{
    const qint64 itemId = draft.itemId;
    async::run<void>(
        *this, &AsyncWorkspace::postWrite, context,
        [this, reply, itemId](Status status) {
            if (status)
                Q_EMIT itemsChanged({itemId});
            reply(std::move(status));
        },
        [=](Database &db) { return ReplyService(db).recordManual(draft); });
}

void AsyncWorkspace::savedSearches(QObject *context, Reply<std::vector<SavedSearchCount>> reply)
{
    async::run<std::vector<SavedSearchCount>>(
        *this, &AsyncWorkspace::postRead, context, std::move(reply),
        [](Database &db) { return SavedSearchService(db).listWithCounts(); });
}

void AsyncWorkspace::saveSearch(const QString &name, const QString &query, QObject *context,
                                Reply<qint64> reply)
{
    async::run<qint64>(
        *this, &AsyncWorkspace::postWrite, context,
        [this, reply](Result<qint64> id) {
            if (id)
                Q_EMIT savedSearchesChanged();
            reply(std::move(id));
        },
        [=](Database &db) { return SavedSearchService(db).save(name, query); });
}

void AsyncWorkspace::removeSavedSearch(qint64 id)
{
    async::run<void>(
        *this, &AsyncWorkspace::postWrite, this,
        [this](Status status) {
            if (status)
                Q_EMIT savedSearchesChanged();
            else
                Q_EMIT writeFailed(status.error().message);
        },
        [=](Database &db) { return SavedSearchService(db).remove(id); });
}

void AsyncWorkspace::suggestAnswers(qint64 itemId, int limit, QObject *context,
                                    Reply<std::vector<AnswerSuggestion>> reply)
{
    async::run<std::vector<AnswerSuggestion>>(
        *this, &AsyncWorkspace::postRead, context, std::move(reply),
        [=](Database &db) { return AnswerService(db).suggest(itemId, limit); });
}

void AsyncWorkspace::recordAnswerUsage(qint64 answerId, qint64 itemId)
{
    async::run<void>(
        *this, &AsyncWorkspace::postWrite, this,
        [this](Status status) {
            if (!status)
                Q_EMIT writeFailed(status.error().message);
        },
        [=](Database &db) { return AnswerService(db).recordUsage(answerId, itemId); });
}

void AsyncWorkspace::answers(QObject *context, Reply<std::vector<OfficialAnswer>> reply)
{
    async::run<std::vector<OfficialAnswer>>(*this, &AsyncWorkspace::postRead, context,
                                            std::move(reply),
                                            [](Database &db) { return AnswerService(db).list(); });
}

void AsyncWorkspace::saveAnswer(const OfficialAnswer &answer, QObject *context,
                                Reply<OfficialAnswer> reply)
{
    async::run<OfficialAnswer>(*this, &AsyncWorkspace::postWrite, context, std::move(reply),
                               [=](Database &db) { return AnswerService(db).save(answer, {}); });
}

void AsyncWorkspace::setAnswerStatus(qint64 id, const QString &status, QObject *context,
                                     Reply<void> reply)
{
    async::run<void>(*this, &AsyncWorkspace::postWrite, context, std::move(reply),
                     [=](Database &db) { return AnswerService(db).setStatus(id, status, {}); });
}

void AsyncWorkspace::answerHistory(qint64 id, QObject *context,
                                   Reply<std::vector<AnswerRevision>> reply)
{
    async::run<std::vector<AnswerRevision>>(
        *this, &AsyncWorkspace::postRead, context, std::move(reply),
        [=](Database &db) { return AnswerService(db).history(id); });
}

void AsyncWorkspace::importAnswers(const QString &path, QObject *context,
                                   Reply<AnswerImportReport> reply)
{
    async::run<AnswerImportReport>(
        *this, &AsyncWorkspace::postWrite, context, std::move(reply),
        [=](Database &db) { return AnswerService(db).importCsvFile(path, {}); });
}

void AsyncWorkspace::exportAnswers(const QString &path, QObject *context, Reply<void> reply)
{
    async::run<void>(*this, &AsyncWorkspace::postRead, context, std::move(reply),
                     [=](Database &db) { return AnswerService(db).exportCsvFile(path); });
}

}  // namespace earshot
