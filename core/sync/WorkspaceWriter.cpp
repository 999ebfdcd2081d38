// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/WorkspaceWriter.h"

#include "core/services/AsyncWorkspace.h"

#include <QMetaObject>
#include <QPointer>

namespace earshot {

Writer workspaceWriter(AsyncWorkspace &workspace, QObject *owner, WriterFailed failed)
{
    return
        [&workspace, owner = QPointer<QObject>(owner), failed = std::move(failed)](WriteJob job) {
            workspace.postWrite(std::move(job), [owner, failed](const Error &error) {
                QObject *target = owner.data();
                if (!target)
                    return;
                QMetaObject::invokeMethod(
                    target,
                    [owner, failed, error] {
                        if (owner && failed)
                            failed(error);
                    },
                    Qt::QueuedConnection);
            });
        };
}

}  // namespace earshot
