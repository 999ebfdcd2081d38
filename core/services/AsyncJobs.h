// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/AsyncWorkspace.h"

#include <QMetaObject>
#include <QPointer>

#include <functional>

namespace earshot::async {

// Which of the workspace's database threads runs a job.
using Post = void (AsyncWorkspace::*)(AsyncWorkspace::DatabaseJob, AsyncWorkspace::DatabaseError);

// Runs `callback` on `target`'s thread while `guard` (the asker) lives.
template <typename F>
void later(QObject *target, const QPointer<QObject> &guard, F callback)
{
    QMetaObject::invokeMethod(
        target,
        [guard, callback = std::move(callback)]() mutable {
            if (guard)
                callback();
        },
        Qt::QueuedConnection);
}

// Runs `job` on a database thread of `workspace` (`post` picks which) and hands its
// result to `reply` on the workspace's thread while `context` lives. The facades over the
// workspace (triage, rules, watch list) all answer this way.
template <typename T>
void run(AsyncWorkspace &workspace, Post post, QObject *context, AsyncWorkspace::Reply<T> reply,
         std::function<Result<T>(Database &)> job)
{
    AsyncWorkspace *target = &workspace;
    const QPointer<QObject> guard(context);
    (workspace.*post)(
        [=](Database &db) {
            Result<T> result = job(db);
            later(target, guard,
                  [reply, result = std::move(result)]() mutable { reply(std::move(result)); });
        },
        [=](const Error &error) { later(target, guard, [reply, error] { reply(error); }); });
}

}  // namespace earshot::async
