// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FirstRunOffer.h"

#include "core/services/AsyncWorkspace.h"
#include "ui/Prompter.h"

#include <QWidget>

namespace earshot {

FirstRunOffer::FirstRunOffer(AsyncWorkspace &workspace, Prompter &prompter, QWidget *window,
                             QString samplePath, QObject *parent)
    : QObject(parent),
      m_workspace(workspace),
      m_prompter(prompter),
      m_window(window),
      m_samplePath(std::move(samplePath))
{
}

void FirstRunOffer::check()
{
    if (m_asked)
        return;
    m_workspace.stats(this, [this](Result<WorkspaceStats> stats) {
        // Sources without items yet (added from the command line or OPML) are not an
        // empty workspace: the first sync is about to fill it.
        if (m_asked || !stats || stats->total > 0 || !stats->sources.empty() ||
            m_workspace.isImporting())
            return;
        m_asked = true;
        if (!m_prompter.offerSampleWorkspace(m_window)) {
            Q_EMIT declined();
            return;
        }
        m_workspace.importFile(m_samplePath);
        Q_EMIT sampleImportStarted();
    });
}

}  // namespace earshot
