// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SyncController.h"

#include "core/sync/BackgroundSync.h"
#include "ui/Shortcuts.h"
#include "ui/models/SidebarModel.h"
#include "ui/sync/SyncStatus.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace earshot {

SyncController::SyncController(BackgroundSync &sync, SidebarModel &sidebar, QWidget *window)
    : QObject(window), m_sync(sync), m_sidebar(sidebar)
{
    m_status = new SyncStatus(window);
    m_status->setObjectName(QStringLiteral("syncStatus"));

    m_syncNow = new QAction(tr("&Sync Now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setShortcuts(shortcutFor(Command::SyncNow, shortcutTable()).keys);
    m_syncNow->setToolTip(tr("Fetch new items from every feed source now"));
    m_retryFailed = new QAction(tr("&Retry Failed Sources"), this);
    m_retryFailed->setObjectName(QStringLiteral("retryFailed"));
    m_retryFailed->setToolTip(tr("Fetch again only the sources whose last fetch failed"));
    m_cancel = new QAction(tr("&Cancel Sync"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    for (QAction *action : {m_syncNow, m_retryFailed, m_cancel}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);  // the shortcut works with the menu closed
    }

    connect(m_syncNow, &QAction::triggered, this, [this] { begin(m_sync.syncAll(), true); });
    connect(m_retryFailed, &QAction::triggered, this,
            [this] { begin(m_sync.retryFailed(), true); });
    connect(m_cancel, &QAction::triggered, &m_sync, &BackgroundSync::cancel);
    connect(m_status, &SyncStatus::cancelRequested, &m_sync, &BackgroundSync::cancel);
    connect(m_status, &SyncStatus::retryFailedRequested, m_retryFailed, &QAction::trigger);

    connect(&m_sync, &BackgroundSync::passStarted, this, &SyncController::onPassStarted);
    connect(&m_sync, &BackgroundSync::progress, this, [this](int done, int total, qint64 newItems) {
        if (m_userAsked || total > 0)
            m_status->progress(done, total, newItems);
    });
    connect(&m_sync, &BackgroundSync::sourceFinished, this, &SyncController::onSourceFinished);
    connect(&m_sync, &BackgroundSync::finished, this, &SyncController::onFinished);
    connect(&m_sync, &BackgroundSync::writerFailed, this, [this](const QString &message) {
        m_status->failed(message);
        updateActions();
    });
    updateActions();
}

void SyncController::startScheduler()
{
    m_sync.startScheduler();
    updateActions();
}

bool SyncController::syncDue()
{
    const bool started = m_sync.syncDue();
    begin(started, true);
    return started;
}

bool SyncController::syncSource(qint64 sourceId)
{
    const bool started = m_sync.syncSource(sourceId);
    begin(started, true);
    return started;
}

void SyncController::begin(bool started, bool userAsked)
{
    if (!started)
        return;  // a pass is running; its sources show their state already
    m_userAsked = userAsked;
    m_status->started();
    updateActions();
}

void SyncController::onPassStarted(const QList<qint64> &sourceIds)
{
    for (const qint64 id : sourceIds) {
        m_syncing.insert(id);
        m_sidebar.setSourceState(id, SidebarModel::SourceState::Syncing);
    }
    updateActions();
}

void SyncController::onSourceFinished(const SourceOutcome &outcome)
{
    m_syncing.remove(outcome.sourceId);
    if (outcome.ok)
        m_sidebar.setSourceState(outcome.sourceId, SidebarModel::SourceState::Ok);
    else
        m_sidebar.setSourceState(outcome.sourceId, SidebarModel::SourceState::Failing,
                                 outcome.error ? outcome.error->message : QString());
}

void SyncController::onFinished(const SyncSummary &summary)
{
    // Sources a cancelled pass never reached go back to what the store knows of them.
    for (const qint64 id : std::as_const(m_syncing))
        m_sidebar.setSourceState(id, SidebarModel::SourceState::None);
    m_syncing.clear();
    // A scheduler pass that found nothing due says nothing.
    if (m_userAsked || summary.total > 0 || summary.error)
        m_status->finished(summary);
    m_userAsked = false;
    m_sidebar.refresh();  // stored health and counts, also when nothing new came
    updateActions();
}

void SyncController::updateActions()
{
    const bool running = m_sync.isRunning();
    m_syncNow->setEnabled(!running);
    m_retryFailed->setEnabled(!running);
    m_cancel->setEnabled(running);
}

}  // namespace earshot
