// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"
#include "core/sync/DatabaseWriter.h"

#include <functional>

class QObject;

namespace earshot {

class AsyncWorkspace;

// What to do when the workspace's writer could not run a job: the connection cannot be
// opened, or the job let a StorageError escape. Runs on the owner's thread.
using WriterFailed = std::function<void(const Error &)>;

// The window's Writer: jobs run on the workspace's single writer thread, after the writes
// queued before them (AsyncWorkspace::postWrite). `failed` is called queued to `owner`'s
// thread and dropped once `owner` is gone. `workspace` must outlive the writer.
Writer workspaceWriter(AsyncWorkspace &workspace, QObject *owner, WriterFailed failed);

}  // namespace earshot
