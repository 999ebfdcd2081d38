// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/AccountsAction.h"

#include <QDesktopServices>

namespace earshot {

AccountsAction::AccountsAction(AsyncWorkspace &workspace, AccountServices &services,
                               Prompter &prompter, QWidget *window)
    : QAction(tr("&Accounts\u2026"), window),
      m_workspace(workspace),
      m_services(services),
      m_prompter(prompter),
      m_window(window),
      m_openBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("showAccountsAction"));
    setStatusTip(tr("Add, remove, switch and sync platform accounts and what they follow."));
    connect(this, &QAction::triggered, this, [this] { openDialog(); });
}

void AccountsAction::openDialog(qint64 accountId)
{
    if (!m_dialog) {
        m_dialog = new AccountsDialog(m_workspace, m_services, m_prompter, m_openBrowser, m_window);
        m_dialog->show();
    }
    m_dialog->raise();
    m_dialog->activateWindow();
    if (accountId != 0)
        m_dialog->selectAccount(accountId);
}

}  // namespace earshot
