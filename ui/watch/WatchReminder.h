// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/WatchRepository.h"

#include <QList>
#include <QObject>

#include <functional>
#include <vector>

class QTimer;

namespace earshot {

class AsyncWatch;

// Finds the watched sites that are due for a look: at start(), every check interval
// while running, and whenever the watch list changes. It only tells (dueChanged); how
// the user is told is up to the window.
class WatchReminder : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;  // ms since the epoch

    explicit WatchReminder(AsyncWatch &watch, QObject *parent = nullptr);

    void setClock(Clock clock);
    void setCheckInterval(int ms);
    int checkInterval() const;

    void start();  // checks now, then every interval
    void stop();
    void check();

    // Due at the last check, most overdue first.
    const std::vector<WatchedSite> &dueSites() const { return m_due; }
    int dueCount() const { return int(m_due.size()); }

Q_SIGNALS:
    // The set of due sites differs from the last check's; `newlyDue` were not due then.
    void dueChanged(int count, const QList<qint64> &newlyDue);
    void checked();

private:
    void take(std::vector<WatchedSite> sites);

    AsyncWatch &m_watch;
    Clock m_clock;
    QTimer *m_timer = nullptr;
    std::vector<WatchedSite> m_due;
};

}  // namespace earshot
