// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QAction;
class QWidget;

namespace earshot {

class BackgroundSync;
class SidebarModel;
class SyncStatus;
struct SourceOutcome;
struct SyncSummary;

// Feed sync as the window shows it: the "Sync Now" (F5), "Retry Failed Sources" and
// "Cancel Sync" actions, the status bar part, and each source's live state in the
// sidebar (syncing, ok, failing with the reason). The work itself is BackgroundSync's.
class SyncController : public QObject {
    Q_OBJECT
public:
    SyncController(BackgroundSync &sync, SidebarModel &sidebar, QWidget *window);

    QAction *syncNowAction() const { return m_syncNow; }
    QAction *retryFailedAction() const { return m_retryFailed; }
    QAction *cancelAction() const { return m_cancel; }
    SyncStatus *status() const { return m_status; }

    // Keeps fetching sources as they fall due (the running app; tests sync on demand).
    void startScheduler();
    // Fetches the sources that are due now, e.g. one just added; false if a pass runs.
    bool syncDue();
    // Fetches one source now, whether due or not; false if a pass runs.
    bool syncSource(qint64 sourceId);

private:
    void begin(bool started, bool userAsked);
    void onPassStarted(const QList<qint64> &sourceIds);
    void onSourceFinished(const SourceOutcome &outcome);
    void onFinished(const SyncSummary &summary);
    void updateActions();

    BackgroundSync &m_sync;
    SidebarModel &m_sidebar;
    SyncStatus *m_status = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_retryFailed = nullptr;
    QAction *m_cancel = nullptr;
    QSet<qint64> m_syncing;    // sources of the running pass not finished yet
    bool m_userAsked = false;  // the running pass was asked for (not the scheduler's)
};

}  // namespace earshot
