// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"
#include "core/services/AsyncWorkspace.h"
#include "core/services/CaptureService.h"
#include "core/storage/WatchRepository.h"

#include <QObject>

#include <functional>
#include <vector>

namespace earshot {

// The watch list and quick capture as the GUI sees them: WatchService and CaptureService
// run on the workspace's database threads, answers come back on the GUI thread and are
// dropped when `context` is gone. One instance is shared by everything that shows the
// watch list, so a change made in one place refreshes the others (watchListChanged).
class AsyncWatch : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;  // ms since the epoch; called on database threads
    template <typename T>
    using Reply = AsyncWorkspace::Reply<T>;

    explicit AsyncWatch(AsyncWorkspace &workspace, Clock clock = {}, QObject *parent = nullptr);

    AsyncWorkspace &workspace() const { return m_workspace; }

    void list(QObject *context, Reply<std::vector<WatchedSite>> reply);
    // Adds the site (id 0) or changes the one with that id: its address, title, platform
    // and interval. A changed address keeps the time of the last check; an address that
    // another watched site has is refused. Replies with the site's id.
    void save(const WatchedSite &site, QObject *context, Reply<qint64> reply);
    void markChecked(qint64 id, QObject *context, Reply<void> reply);
    void remove(qint64 id, QObject *context, Reply<void> reply);

    // Stores a hand-copied mention; the inbox reloads when it is new.
    void capture(const CaptureRequest &request, QObject *context, Reply<CaptureResult> reply);

Q_SIGNALS:
    void watchListChanged();
    // A capture stored this new item (after the rules ran on it).
    void captured(qint64 itemId);

private:
    // Runs `job` on a database thread; on the GUI thread, `announce` (while this object
    // lives) and then `reply` (while `context` lives) get its result.
    template <typename T>
    void post(bool write, QObject *context, Reply<T> reply,
              std::function<Result<T>(Database &)> job,
              std::function<void(const Result<T> &)> announce = {});

    AsyncWorkspace &m_workspace;
    Clock m_clock;
};

}  // namespace earshot
