// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/InboxFilter.h"
#include "core/model/Item.h"
#include "core/model/Result.h"
#include "core/services/ImportService.h"
#include "core/services/InboxService.h"

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

Q_SIGNALS:
    void itemsChanged(const QList<qint64> &ids);  // user state of these items changed
    void contentChanged();                        // items were added or updated
    void importProgress(qint64 bytesRead, qint64 totalBytes, qint64 itemsStored);
    void importFinished(bool ok, const QString &summary, qint64 itemsStored);
    void writeFailed(const QString &message);

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
