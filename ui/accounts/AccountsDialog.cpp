// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/AccountsDialog.h"

#include "core/auth/RefreshGrant.h"
#include "core/model/Platform.h"
#include "core/secrets/SecretStore.h"
#include "core/services/AsyncWorkspace.h"
#include "core/sync/AccountServices.h"
#include "core/sync/AsyncAccounts.h"
#include "ui/Prompter.h"
#include "ui/accounts/AccountHealthText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace earshot {

namespace {

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    // Enter belongs to the follow box; no button takes it over.
    b->setAutoDefault(false);
    return b;
}

}  // namespace

AccountsDialog::AccountsDialog(AsyncWorkspace &workspace, AccountServices &services,
                               Prompter &prompter, BrowserOpener openBrowser, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_services(services),
      m_prompter(prompter),
      m_openBrowser(std::move(openBrowser))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_store = new AsyncAccounts(m_workspace, m_services.http(), this);

    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Platform"), tr("Address"), tr("Account"), tr("Enabled"), tr("Health")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    auto *listLabel = new QLabel(tr("A&ccounts:"), this);
    listLabel->setBuddy(m_table);

    auto *add = button(tr("&Add\u2026"), this);
    m_remove = button(tr("&Remove"), this);
    m_toggle = button(tr("&Disable"), this);
    m_sync = button(tr("S&ync Now"), this);
    connect(add, &QPushButton::clicked, this, [this] { addAccount(); });
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_toggle, &QPushButton::clicked, this, &AccountsDialog::toggleEnabled);
    connect(m_sync, &QPushButton::clicked, this, &AccountsDialog::syncNow);
    auto *accountButtons = new QVBoxLayout;
    for (QPushButton *b : {add, m_remove, m_toggle, m_sync})
        accountButtons->addWidget(b);
    accountButtons->addStretch();
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_table, 1);
    accountRow->addLayout(accountButtons);

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *followBox = new QGroupBox(tr("What the selected account follows"), this);
    m_followList = new QListWidget(followBox);
    m_followList->installEventFilter(this);
    m_kind = new QComboBox(followBox);
    m_kind->addItem(tr("Hashtag"), QStringLiteral("hashtag"));
    m_kind->addItem(tr("Latest posts (subreddit or VK wall)"), QStringLiteral("latest"));
    m_kind->addItem(tr("Category (forum)"), QStringLiteral("category"));
    m_kind->addItem(tr("Another account's posts"), QStringLiteral("account"));
    m_kind->addItem(tr("Search words"), QStringLiteral("search"));
    m_argument = new QLineEdit(followBox);
    m_argument->setPlaceholderText(tr("hashtag, subreddit, wall, category or words"));
    connect(m_argument, &QLineEdit::returnPressed, this, &AccountsDialog::addFollow);
    m_addFollow = button(tr("Add &Follow"), followBox);
    m_removeFollow = button(tr("Remo&ve Follow"), followBox);
    connect(m_addFollow, &QPushButton::clicked, this, &AccountsDialog::addFollow);
    connect(m_removeFollow, &QPushButton::clicked, this, &AccountsDialog::removeFollow);
    auto *kindLabel = new QLabel(tr("&Kind:"), followBox);
    kindLabel->setBuddy(m_kind);
    auto *argumentLabel = new QLabel(tr("&What:"), followBox);
    argumentLabel->setBuddy(m_argument);
    auto *followRow = new QHBoxLayout;
    followRow->addWidget(kindLabel);
    followRow->addWidget(m_kind);
    followRow->addWidget(argumentLabel);
    followRow->addWidget(m_argument, 1);
    followRow->addWidget(m_addFollow);
    followRow->addWidget(m_removeFollow);
    auto *followLayout = new QVBoxLayout(followBox);
    followLayout->addWidget(m_followList);
    followLayout->addLayout(followRow);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addLayout(accountRow, 2);
    layout->addWidget(m_details);
    layout->addWidget(followBox, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (row != previous)
            showCurrent();
    });
    // Changes made here, and each sync pass's new health, show at once.
    connect(m_store, &AsyncAccounts::accountsChanged, this, &AccountsDialog::reload);
    connect(&m_services, &AccountServices::accountsSynced, this, &AccountsDialog::reportSync);
    connect(&m_services, &AccountServices::accountsNotSynced, this, &AccountsDialog::endSyncLine);
    // The sidebar lists the accounts with their health: open views reload after a change.
    connect(m_store, &AsyncAccounts::accountsChanged, &m_workspace,
            &AsyncWorkspace::announceContentChanged);
    showCurrent();
    reload();
}

void AccountsDialog::reload()
{
    m_store->list(this, [this](Result<std::vector<AccountRecord>> accounts) {
        if (!accounts) {
            say(tr("The accounts could not be read: %1").arg(accounts.error().message));
            return;
        }
        showAccounts(*accounts);
    });
}

void AccountsDialog::showAccounts(const std::vector<AccountRecord> &accounts)
{
    const qint64 keep = m_wanted ? m_wanted : currentId();
    m_wanted = 0;
    m_accounts = accounts;
    const QDateTime now = QDateTime::currentDateTime();
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(m_accounts.size()));
    int keepRow = m_accounts.empty() ? -1 : 0;
    for (int row = 0; row < int(m_accounts.size()); ++row) {
        const AccountRecord &a = m_accounts[std::size_t(row)];
        const QString user = a.displayName.isEmpty() ? a.user : a.displayName;
        const QString cells[] = {
            Platform::displayName(a.platform), a.baseUrl, user.isEmpty() ? tr("(no user)") : user,
            a.enabled ? tr("Yes") : tr("No"), AccountHealthText::summary(a, now)};
        for (int column = 0; column < 5; ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(AccountHealthText::details(a, now));
            m_table->setItem(row, column, cell);
        }
        if (a.id == keep)
            keepRow = row;
    }
    m_table->resizeColumnsToContents();
    if (keepRow >= 0)
        m_table->setCurrentCell(keepRow, 0);
    showCurrent();
    Q_EMIT accountsShown();
}

const AccountRecord *AccountsDialog::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_accounts.size()))
        return nullptr;
    return &m_accounts[std::size_t(row)];
}

qint64 AccountsDialog::currentId() const
{
    const AccountRecord *a = current();
    return a ? a->id : 0;
}

void AccountsDialog::selectAccount(qint64 id)
{
    for (int row = 0; row < int(m_accounts.size()); ++row) {
        if (m_accounts[std::size_t(row)].id == id) {
            m_table->setCurrentCell(row, 0);
            return;
        }
    }
    m_wanted = id;  // not listed yet: selected when it is
}

void AccountsDialog::showCurrent()
{
    const AccountRecord *a = current();
    for (QWidget *w : std::initializer_list<QWidget *>{m_remove, m_toggle, m_addFollow,
                                                       m_removeFollow, m_argument, m_kind})
        w->setEnabled(a != nullptr);
    m_details->setText(a ? AccountHealthText::details(*a, QDateTime::currentDateTime())
                         : tr("No account yet: Add\u2026 connects one."));
    m_toggle->setText(a && !a->enabled ? tr("&Enable") : tr("&Disable"));
    loadFollows();
}

void AccountsDialog::loadFollows()
{
    const qint64 id = currentId();
    if (id == 0) {
        m_follows.clear();
        m_followList->clear();
        return;
    }
    m_store->follows(id, this, [this, id](Result<std::vector<AccountFollow>> follows) {
        if (currentId() != id)
            return;  // another account was selected meanwhile
        if (!follows) {
            say(tr("The follows could not be read: %1").arg(follows.error().message));
            return;
        }
        m_follows = *follows;
        m_followList->clear();
        for (const AccountFollow &f : m_follows) {
            const int index = m_kind->findData(f.kind);
            const QString kind = index >= 0 ? m_kind->itemText(index) : f.kind;
            m_followList->addItem(tr("%1: %2").arg(kind, f.argument));
        }
        Q_EMIT followsShown();
    });
}

void AccountsDialog::say(const QString &text)
{
    m_message->setText(text);
    Q_EMIT message(text);
}

AddAccountDialog *AccountsDialog::addAccount()
{
    if (m_addDialog) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return m_addDialog;
    }
    m_addDialog = new AddAccountDialog(m_services, m_openBrowser, this);
    m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_addDialog, &AddAccountDialog::added, this, [this](qint64 id, const QString &title) {
        say(tr("Added %1; the next sync reads it.").arg(title));
        m_wanted = id;
        reload();
    });
    m_addDialog->show();
    return m_addDialog;
}

void AccountsDialog::removeAccount()
{
    const AccountRecord *a = current();
    if (!a)
        return;
    const AccountRecord account = *a;
    SecretStore *secrets = &m_services.secrets();
    const QString question =
        tr("Remove the %1 account %2? Earshot stops syncing it and removes its token from the "
           "%3. Items already fetched stay in the inbox.")
            .arg(Platform::displayName(account.platform), account.title(), secrets->backendName());
    if (!m_prompter.confirm(this, question, tr("Remove")))
        return;
    const QPointer<AccountsDialog> self(this);
    m_store->remove(account.id, this, [self, secrets](Result<AccountRecord> removed) {
        if (!removed) {
            self->say(tr("The account was not removed: %1").arg(removed.error().message));
            self->reload();
            return;
        }
        const QString title = removed->title();
        const QString key = removed->secretKey;
        if (key.isEmpty()) {
            self->say(tr("Removed %1.").arg(title));
            return;
        }
        // The token, then a refresh grant stored beside it (signed-in Reddit accounts).
        secrets->remove(key, [self, secrets, key, title](const SecretReply &first) {
            secrets->remove(oauth::refreshKey(key), [self, first, title](const SecretReply &) {
                if (!self)
                    return;
                if (first.ok())
                    self->say(tr("Removed %1 and its token.").arg(title));
                else
                    self->say(tr("Removed %1, but its token could not be removed: %2")
                                  .arg(title, first.error->message));
            });
        });
    });
}

void AccountsDialog::toggleEnabled()
{
    const AccountRecord *a = current();
    if (!a)
        return;
    const bool enable = !a->enabled;
    const QString title = a->title();
    m_store->setEnabled(a->id, enable, this, [this, enable, title](Status done) {
        if (!done) {
            say(tr("The account was not changed: %1").arg(done.error().message));
            reload();
            return;
        }
        say(enable ? tr("%1 is enabled; the next sync reads it.").arg(title)
                   : tr("%1 is disabled: not synced until enabled again.").arg(title));
    });
}

void AccountsDialog::syncNow()
{
    say(tr("Syncing the enabled accounts\u2026"));
    m_syncing = true;
    m_services.syncNow();
}

void AccountsDialog::reportSync(const AccountSyncSummary &summary)
{
    reload();  // the pass's new health
    if (summary.accounts.empty()) {
        endSyncLine(tr("No enabled account to sync."));
        return;
    }
    const QString fetched =
        tr("Sync finished: %n new item(s).", nullptr, static_cast<int>(summary.newItems()));
    const int failed = summary.failed();
    endSyncLine(failed == 0
                    ? fetched
                    : fetched + QLatin1Char(' ') +
                          tr("%n account(s) failed; the Health column says why.", nullptr, failed));
}

void AccountsDialog::endSyncLine(const QString &text)
{
    if (!m_syncing)
        return;
    m_syncing = false;
    say(text);
}

void AccountsDialog::addFollow()
{
    const AccountRecord *a = current();
    if (!a)
        return;
    const QString kind = m_kind->currentData().toString();
    const QString argument = m_argument->text().trimmed();
    m_store->addFollow(*a, kind, argument, this, [this, kind, argument](Result<bool> added) {
        if (!added) {
            say(added.error().message);
            return;
        }
        m_argument->clear();
        say(*added ? tr("Now following %1 %2; the next sync reads it.").arg(kind, argument)
                   : tr("Already following %1 %2.").arg(kind, argument));
    });
}

void AccountsDialog::removeFollow()
{
    const int row = m_followList->currentRow();
    if (row < 0 || row >= int(m_follows.size()))
        return;
    const AccountFollow follow = m_follows[std::size_t(row)];
    m_store->removeFollow(follow, this, [this, follow](Status done) {
        if (!done) {
            say(tr("The follow was not removed: %1").arg(done.error().message));
            return;
        }
        say(tr("No longer following %1 %2.").arg(follow.kind, follow.argument));
    });
}

bool AccountsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_table && key == Qt::Key_Delete) {
            removeAccount();
            return true;
        }
        if (watched == m_table && key == Qt::Key_Space) {
            toggleEnabled();
            return true;
        }
        if (watched == m_followList && key == Qt::Key_Delete) {
            removeFollow();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

}  // namespace earshot
