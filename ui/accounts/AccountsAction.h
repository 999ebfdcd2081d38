// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/accounts/AccountsDialog.h"

#include <QAction>
#include <QPointer>

namespace earshot {

class AccountServices;
class AsyncWorkspace;
class Prompter;

// The menu entry "Accounts…": opens the accounts dialog over `window`, or brings it
// forward when it is already open. Sign-in pages open in the system browser.
class AccountsAction : public QAction {
    Q_OBJECT
public:
    AccountsAction(AsyncWorkspace &workspace, AccountServices &services, Prompter &prompter,
                   QWidget *window);

    // The open dialog, or null.
    AccountsDialog *dialog() const { return m_dialog; }
    // Opens the dialog (or brings it forward) with `accountId` selected when not 0.
    void openDialog(qint64 accountId = 0);
    // Tests hand sign-in addresses to a browser of their own.
    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }

private:
    AsyncWorkspace &m_workspace;
    AccountServices &m_services;
    Prompter &m_prompter;
    QWidget *m_window;
    BrowserOpener m_openBrowser;
    QPointer<AccountsDialog> m_dialog;
};

}  // namespace earshot
