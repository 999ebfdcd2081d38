// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AccountFollowRepository.h"
#include "core/storage/AccountRepository.h"
#include "ui/accounts/AddAccountDialog.h"

#include <QDialog>
#include <QPointer>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace earshot {

struct AccountSyncSummary;
class AccountServices;
class AsyncAccounts;
class AsyncWorkspace;
class Prompter;

// The platform accounts, as `earshot-cli accounts`, `account add` and `follows` manage
// them: each account with its address, whether it is on and its health; add one (token or
// browser sign-in), remove one (asked first; its token leaves the SecretStore too), switch
// it on or off, sync now; and what the selected account follows besides its own timelines.
// Every change is stored at once through the workspace's threads.
//
// Keys: Delete removes the selected account (in the list) or follow (in its list), Space
// in the list switches the account on or off, Enter in the follow box adds the follow.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(AsyncWorkspace &workspace, AccountServices &services, Prompter &prompter,
                   BrowserOpener openBrowser, QWidget *parent = nullptr);

    void reload();
    // Opens the Add Account dialog (not modal); the list reloads when it adds one.
    AddAccountDialog *addAccount();
    void removeAccount();
    void toggleEnabled();
    void syncNow();
    void addFollow();
    void removeFollow();

    void selectAccount(qint64 id);
    qint64 currentId() const;
    const std::vector<AccountRecord> &accounts() const { return m_accounts; }
    const std::vector<AccountFollow> &follows() const { return m_follows; }
    QTableWidget *table() const { return m_table; }
    QListWidget *followList() const { return m_followList; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *argumentEdit() const { return m_argument; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *messageLabel() const { return m_message; }
    AddAccountDialog *addDialog() const { return m_addDialog; }

    enum Column { PlatformColumn, AddressColumn, AccountColumn, EnabledColumn, HealthColumn };

Q_SIGNALS:
    // The list shows the accounts as stored.
    void accountsShown();
    // The follow list shows the selected account's follows as stored.
    void followsShown();
    // A change was made or refused; the text is in the message line too.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showAccounts(const std::vector<AccountRecord> &accounts);
    void showCurrent();
    void loadFollows();
    void say(const QString &text);
    // Reloads the list after a pass; during a Sync Now, says how the pass ended.
    void reportSync(const AccountSyncSummary &summary);
    // Replaces the "Syncing…" line of a Sync Now with `text`; nothing otherwise.
    void endSyncLine(const QString &text);
    const AccountRecord *current() const;

    AsyncWorkspace &m_workspace;
    AccountServices &m_services;
    Prompter &m_prompter;
    BrowserOpener m_openBrowser;
    AsyncAccounts *m_store = nullptr;
    std::vector<AccountRecord> m_accounts;
    std::vector<AccountFollow> m_follows;
    qint64 m_wanted = 0;     // the account to select once the list is shown
    bool m_syncing = false;  // the message line says a Sync Now is under way

    QTableWidget *m_table = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_sync = nullptr;
    QListWidget *m_followList = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_argument = nullptr;
    QPushButton *m_addFollow = nullptr;
    QPushButton *m_removeFollow = nullptr;
    QLabel *m_message = nullptr;
    QPointer<AddAccountDialog> m_addDialog;
};

}  // namespace earshot
