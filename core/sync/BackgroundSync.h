// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/SyncEngine.h"

#include <QList>
#include <QObject>

namespace earshot {

class AsyncWorkspace;
class HttpClient;

// The sync engine of `earshot-cli sync`, run for a window. The engine lives on the
// caller's (GUI) thread, where nothing of it blocks: fetches are asynchronous, parsing
// runs on a thread pool and every write goes through the workspace's single writer
// thread in the engine's own batches. When a batch brought new or changed items the
// workspace announces it, so open inbox views reload without being asked.
class BackgroundSync : public QObject {
    Q_OBJECT
public:
    BackgroundSync(AsyncWorkspace &workspace, HttpClient &http, QObject *parent = nullptr);
    BackgroundSync(AsyncWorkspace &workspace, HttpClient &http, SyncEngine::Options options,
                   QObject *parent = nullptr);
    ~BackgroundSync() override;

    // Each starts one pass and returns false when a pass is already running.
    bool syncAll();
    bool syncDue();  // sources whose interval is up, and ones never fetched
    bool retryFailed();
    bool syncSource(qint64 sourceId);  // one source now, whether due or not
    void cancel();
    bool isRunning() const { return m_engine.isRunning(); }

    // Fetches sources as they fall due, checking every `checkEveryMs`, starting now.
    void startScheduler(int checkEveryMs = 30'000);
    void stopScheduler();

Q_SIGNALS:
    void passStarted(const QList<qint64> &sourceIds);
    // The user asked for a pass (Sync Now, Retry Failed), whether or not one was running:
    // for online work beside the feeds that follows the same commands.
    void passRequested();
    void progress(int done, int total, qint64 newItems);
    void sourceFinished(const earshot::SourceOutcome &outcome);
    void finished(const earshot::SyncSummary &summary);
    // The writer could not run the engine's job at all (the database cannot be opened).
    void writerFailed(const QString &message);

private:
    bool start(SyncEngine::Selection selection);

    AsyncWorkspace &m_workspace;
    SyncEngine m_engine;
    bool m_contentChanged = false;  // since the last announcement
};

}  // namespace earshot
