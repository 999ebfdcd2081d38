// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <utility>

namespace earshot {

class Database;

// The store has one writer. Code that works with the database while it waits for the
// network (feed sync, platform accounts, the outbox, enrolling an account) does not hold a
// connection: it posts each piece of database work, reads included, as a job to a Writer,
// which runs jobs on the writer connection in the order they were posted, on whatever
// thread that connection lives on. The window's writer is the workspace's writer thread
// (workspaceWriter, core/sync/WorkspaceWriter.h); the command line runs jobs at once on
// its own connection (directWriter).
using WriteJob = std::function<void(Database &)>;
using Writer = std::function<void(WriteJob)>;

// A writer for a connection that lives on the caller's thread: the job runs inside the
// call. `db` must outlive the writer.
inline Writer directWriter(Database &db)
{
    return [&db](WriteJob job) { job(db); };
}

// Runs `work` (Database & -> a result) as a job of `writer` and hands the result to `then`
// on the thread of `context`, always queued (with the direct writer too, so `then` never
// runs inside the caller); `then` is dropped when `context` is gone by then. `work` runs
// on the writer's thread: it catches StorageError itself and touches nothing of
// `context`, only what it captured by value. Call it on `context`'s thread.
template <typename Work, typename Then>
void runOnWriter(const Writer &writer, QObject *context, Work work, Then then)
{
    // The answer is posted to a relay of the job's own on `context`'s thread, never to
    // `context`: the writer's thread cannot know whether `context` still exists at the
    // moment it posts (it may be deleted on its own thread in between). The relay lives
    // until the job and its answer are gone; deleteLater is safe from any thread.
    std::shared_ptr<QObject> relay(new QObject, [](QObject *o) { o->deleteLater(); });
    relay->moveToThread(context->thread());
    writer([relay, guard = QPointer<QObject>(context), work = std::move(work),
            then = std::move(then)](Database &db) mutable {
        auto result = work(db);
        QObject *target = relay.get();
        QMetaObject::invokeMethod(
            target,
            [relay = std::move(relay), guard = std::move(guard), then = std::move(then),
             result = std::move(result)]() mutable {
                if (guard)  // read on `context`'s thread only
                    then(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

}  // namespace earshot
