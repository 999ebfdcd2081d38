// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/watch/WatchReminder.h"

#include "core/model/Logging.h"
#include "core/services/AsyncWatch.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace earshot {

namespace {

// Sites are checked every few hours or days: a minute late is never noticed.
constexpr int kDefaultCheckMs = 60 * 1000;

}  // namespace

WatchReminder::WatchReminder(AsyncWatch &watch, QObject *parent)
    : QObject(parent),
      m_watch(watch),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultCheckMs);
    connect(m_timer, &QTimer::timeout, this, &WatchReminder::check);
    connect(&m_watch, &AsyncWatch::watchListChanged, this, [this] {
        if (m_timer->isActive())
            check();
    });
}

void WatchReminder::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void WatchReminder::setCheckInterval(int ms)
{
    m_timer->setInterval(ms);
}

int WatchReminder::checkInterval() const
{
    return m_timer->interval();
}

void WatchReminder::start()
{
    m_timer->start();
    check();
}

void WatchReminder::stop()
{
    m_timer->stop();
}

void WatchReminder::check()
{
    m_watch.list(this, [this](Result<std::vector<WatchedSite>> sites) {
        if (!sites) {
            // Told again at the next check; a reminder is not worth interrupting anyone.
            qCWarning(lcUi) << "watch list check failed:" << sites.error().message;
            Q_EMIT checked();
            return;
        }
        take(std::move(*sites));
        Q_EMIT checked();
    });
}

void WatchReminder::take(std::vector<WatchedSite> sites)
{
    // Due by this clock rather than the database's, so the window and its tests agree.
    const qint64 now = m_clock();
    std::erase_if(sites, [now](const WatchedSite &s) { return s.dueMs() > now; });
    std::stable_sort(sites.begin(), sites.end(), [](const WatchedSite &a, const WatchedSite &b) {
        return a.dueMs() < b.dueMs();
    });
    QList<qint64> newlyDue;
    for (const WatchedSite &site : sites) {
        const bool wasDue = std::any_of(m_due.begin(), m_due.end(),
                                        [&](const WatchedSite &old) { return old.id == site.id; });
        if (!wasDue)
            newlyDue << site.id;
    }
    const bool changed = !newlyDue.isEmpty() || sites.size() != m_due.size();
    m_due = std::move(sites);
    if (changed)
        Q_EMIT dueChanged(dueCount(), newlyDue);
}

}  // namespace earshot
