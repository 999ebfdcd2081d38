// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/BackgroundSync.h"

#include "core/services/AsyncWorkspace.h"
#include "core/services/RuleEngine.h"
#include "core/sync/WorkspaceWriter.h"

namespace earshot {

BackgroundSync::BackgroundSync(AsyncWorkspace &workspace, HttpClient &http, QObject *parent)
    : BackgroundSync(workspace, http, SyncEngine::Options{}, parent)
{
}

BackgroundSync::BackgroundSync(AsyncWorkspace &workspace, HttpClient &http,
                               SyncEngine::Options options, QObject *parent)
    : QObject(parent),
      m_workspace(workspace),
      m_engine(http,
               workspaceWriter(workspace, this,
                               [this](const Error &error) { Q_EMIT writerFailed(error.message); }),
               std::move(options))
{
    // New items get monitoring profiles and rules as they do from the command line.
    m_engine.setItemsStoredHook(&RuleEngine::applyAfterStore);
    connect(&m_engine, &SyncEngine::passStarted, this, &BackgroundSync::passStarted);
    connect(&m_engine, &SyncEngine::sourceFinished, this, [this](const SourceOutcome &outcome) {
        if (outcome.newItems > 0 || outcome.updatedItems > 0)
            m_contentChanged = true;
        Q_EMIT sourceFinished(outcome);
    });
    // Outcomes arrive per stored batch and progress follows each batch: one reload of the
    // views per batch, not per source.
    connect(&m_engine, &SyncEngine::progress, this, [this](int done, int total, qint64 newItems) {
        if (m_contentChanged) {
            m_contentChanged = false;
            m_workspace.announceContentChanged();
        }
        Q_EMIT progress(done, total, newItems);
    });
    connect(&m_engine, &SyncEngine::finished, this, [this](const SyncSummary &summary) {
        if (m_contentChanged) {
            m_contentChanged = false;
            m_workspace.announceContentChanged();
        }
        Q_EMIT finished(summary);
    });
}

BackgroundSync::~BackgroundSync() = default;

bool BackgroundSync::start(SyncEngine::Selection selection)
{
    m_contentChanged = false;
    return m_engine.syncNow(selection);
}

bool BackgroundSync::syncAll()
{
    Q_EMIT passRequested();
    return start(SyncEngine::Selection::All);
}

bool BackgroundSync::syncDue()
{
    return start(SyncEngine::Selection::Due);
}

bool BackgroundSync::retryFailed()
{
    Q_EMIT passRequested();
    return start(SyncEngine::Selection::Failed);
}

bool BackgroundSync::syncSource(qint64 sourceId)
{
    m_contentChanged = false;
    return m_engine.syncSources({sourceId});
}

void BackgroundSync::cancel()
{
    m_engine.cancel();
}

void BackgroundSync::startScheduler(int checkEveryMs)
{
    m_engine.startScheduler(checkEveryMs);
}

void BackgroundSync::stopScheduler()
{
    m_engine.stopScheduler();
}

}  // namespace earshot
