// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rules/RulesAction.h"

#include "ui/rules/RulesDialog.h"

namespace earshot {

RulesAction::RulesAction(AsyncWorkspace &workspace, Prompter &prompter, QWidget *window)
    : QAction(tr("R&ules\u2026"), window),
      m_workspace(workspace),
      m_prompter(prompter),
      m_window(window)
{
    setObjectName(QStringLiteral("showRulesAction"));
    setStatusTip(tr("List, order, switch and apply the rules that triage items as they arrive."));
    connect(this, &QAction::triggered, this, &RulesAction::openDialog);
}

void RulesAction::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new RulesDialog(m_workspace, m_prompter, m_window);
    m_dialog->show();
}

}  // namespace earshot
