// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Answer.h"
#include "core/model/InboxFilter.h"
#include "core/model/Item.h"
#include "core/model/Result.h"
#include "core/services/AnswerService.h"
#include "core/services/ImportService.h"
#include "core/services/InboxService.h"
#include "core/services/ReplyService.h"
#include "core/services/SavedSearchService.h"
#include "core/storage/TagRepository.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace earshot {

class Database;
class DatabaseThread;

// The workspace as the GUI sees it: every call returns at once, the work runs on a
// database thread, and the answer comes back on the GUI thread. Reads go to a reader
// connection, writes to the single writer, so a running import never delays a page of
// the inbox (WAL). The database must be migrated before (Workspace::open).
//
// Callbacks run on the thread this object lives in (the GUI thread) and are dropped
// when `context` is gone.
class AsyncWorkspace : public QObject {
    Q_OBJECT
public:
    explicit AsyncWorkspace(const QString &databasePath, QObject *parent = nullptr);
    ~AsyncWorkspace() override;

    QString databasePath() const { return m_path; }

    template <typename T>
    using Reply = std::function<void(Result<T>)>;

    void page(const InboxFilter &filter, const std::optional<PageCursor> &after, int limit,
              QObject *context, Reply<std::vector<InboxRow>> reply);
    void details(qint64 id, QObject *context, Reply<ItemDetails> reply);
    void stats(QObject *context, Reply<WorkspaceStats> reply);
    // Current read/saved/status of these items, for refreshing rows after itemsChanged.
    void states(const std::vector<qint64> &ids, QObject *context,
                Reply<std::vector<std::pair<qint64, ItemState>>> reply);

    void setRead(const std::vector<qint64> &ids, bool read);
    void setSaved(const std::vector<qint64> &ids, bool saved);

    // Imports a JSON Lines file (or a Qt resource path) on the writer thread. One import
    // at a time; progress and the result come as signals.
    void importFile(const QString &path);
    void cancelImport();
    bool isImporting() const { return m_importing; }

    // For core services that batch their own database work (feed sync, sources): runs
    // `job` on the single writer connection after the writes queued before it, or on the
    // reader. `onError` runs on that thread when the job throws StorageError (or the
    // connection cannot open). Thread-safe; never meant for widgets.
    using DatabaseJob = std::function<void(Database &)>;
    using DatabaseError = std::function<void(const Error &)>;
    void postWrite(DatabaseJob job, DatabaseError onError = {});
    void postRead(DatabaseJob job, DatabaseError onError = {});
    // Says that such a job added or changed items: views reload. Thread-safe.
    void announceContentChanged();

    // Triage and replies (AsyncWorkspaceTriage.cpp). Writes report itemsChanged of the
    // items touched, or writeFailed; `reply` callbacks run on this object's thread.
    void triage(const std::vector<qint64> &ids, const QString &action, const QString &value);
    // Reverts the newest triage action; the reply gets the number of entries reverted.
    void undoTriage(QObject *context, Reply<int> reply);
    void tags(QObject *context, Reply<std::vector<TagRecord>> reply);
    void replyTarget(qint64 itemId, QObject *context, Reply<ReplyTarget> reply);
    void queueReply(const ReplyDraft &draft, QObject *context, Reply<OutboxEntry> reply);
    void recordManualReply(const ReplyDraft &draft, QObject *context, Reply<void> reply);
    void savedSearches(QObject *context, Reply<std::vector<SavedSearchCount>> reply);
    // Emits savedSearchesChanged once stored.
    void saveSearch(const QString &name, const QString &query, QObject *context,
                    Reply<qint64> reply);
    void removeSavedSearch(qint64 id);
    // Official answers (AnswerService).
    void suggestAnswers(qint64 itemId, int limit, QObject *context,
                        Reply<std::vector<AnswerSuggestion>> reply);
    void recordAnswerUsage(qint64 answerId, qint64 itemId);
    void answers(QObject *context, Reply<std::vector<OfficialAnswer>> reply);
    void saveAnswer(const OfficialAnswer &answer, QObject *context, Reply<OfficialAnswer> reply);
    void setAnswerStatus(qint64 id, const QString &status, QObject *context, Reply<void> reply);
    void answerHistory(qint64 id, QObject *context, Reply<std::vector<AnswerRevision>> reply);
    void importAnswers(const QString &path, QObject *context, Reply<AnswerImportReport> reply);
    void exportAnswers(const QString &path, QObject *context, Reply<void> reply);

Q_SIGNALS:
    void itemsChanged(const QList<qint64> &ids);  // user state of these items changed
    void contentChanged();                        // items were added or updated
    void importProgress(qint64 bytesRead, qint64 totalBytes, qint64 itemsStored);
    void importFinished(bool ok, const QString &summary, qint64 itemsStored);
    void writeFailed(const QString &message);
    void savedSearchesChanged();
    // queueReply() stored this outbox entry: whoever sends replies can send it now.
    void replyQueued(qint64 outboxId);

private:
    template <typename F>
    void deliver(const QPointer<QObject> &context, F &&callback);
    // Runs `query` on the reader thread and hands its result to `reply` on `context`.
    template <typename T, typename Query>
    void read(QObject *context, Reply<T> reply, Query query);
    // Runs `change` on the writer thread; reports itemsChanged(ids) or writeFailed.
    void write(const std::vector<qint64> &ids, std::function<Status(InboxService &)> change);

    QString m_path;
    std::unique_ptr<DatabaseThread> m_reader;
    std::unique_ptr<DatabaseThread> m_writer;
    std::shared_ptr<std::atomic_bool> m_cancelImport;
    bool m_importing = false;
};

}  // namespace earshot
