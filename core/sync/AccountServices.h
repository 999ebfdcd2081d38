// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/AccountEnrollment.h"
#include "core/sync/AccountSync.h"
#include "core/sync/OutboxSender.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace earshot {

class AccountConnectors;
class AsyncWorkspace;
class HttpClient;
class SecretStore;

// The online work of platform accounts for a window, as `earshot-cli sync --accounts` and
// `outbox --send` do it: the enabled accounts' timelines are synced (AccountSync) and
// queued or failed replies are sent (OutboxSender, which stores a sent reply in its thread
// and marks its item answered). A reply queued through the workspace is sent at once.
// One piece of work at a time; what is asked for meanwhile follows it. Views reload when
// something was stored.
//
// Nothing here touches the database on this (GUI) thread: AccountSync, OutboxSender and
// enrolling an account post every read and write as a job to the workspace's single
// writer thread (workspaceWriter), after the writes queued before them, and continue
// here once it ran. A long write elsewhere (an import) thus only delays a pass, never the
// window. When the writer cannot run a job (the database cannot be opened) the work in
// hand is dropped and the status bar says why.
//
// Lives on the HttpClient's thread; `workspace`, `http` and `secrets` must outlive it.
class AccountServices : public QObject {
    Q_OBJECT
public:
    AccountServices(AsyncWorkspace &workspace, HttpClient &http, SecretStore &secrets,
                    QObject *parent = nullptr);
    ~AccountServices() override;

    // Syncs every enabled account, then sends the outbox's queued and failed replies.
    void syncNow();
    // As syncNow(), unless a pass over the accounts started less than the account interval
    // ago. For the feed scheduler's frequent ticks; a failed reply is thus retried once per
    // interval, not on every tick.
    void syncDue();
    // Sends the outbox's queued and failed replies.
    void sendPending();
    // Sends these outbox entries.
    void send(const std::vector<qint64> &outboxIds);

    // Keeps a new account: its token in the SecretStore, then the account through the
    // workspace's writer (enrollment::enroll, which also undoes a half-done enrollment).
    // For the accounts dialog, whose sign-in answers arrive on this thread.
    void enroll(const AccountRecord &account, const SignedIn &signedIn, enrollment::Callback done);
    SecretStore &secrets() { return m_secrets; }
    HttpClient &http() { return m_http; }

    bool isBusy() const { return m_busy; }
    void setAccountInterval(qint64 ms) { m_accountIntervalMs = ms; }

Q_SIGNALS:
    void accountsSynced(const earshot::AccountSyncSummary &summary);
    // A pass was dropped before its summary (the database could not be reached).
    void accountsNotSynced(const QString &reason);
    void outboxSent(const std::vector<earshot::OutboxSender::Outcome> &outcomes);
    // A short report for the status bar: failures with their reason, replies sent.
    void statusMessage(const QString &text);
    // Nothing is running or waiting any more.
    void idle();

private:
    void ensureWorkers();
    // The writer could not run a job of a pass: the pass is dropped, with the reason.
    void onWriterFailed(const Error &error);
    void pump();
    void onAccountsSynced(const AccountSyncSummary &summary);
    void onSent(const std::vector<OutboxSender::Outcome> &outcomes);

    AsyncWorkspace &m_workspace;
    HttpClient &m_http;
    SecretStore &m_secrets;
    std::unique_ptr<AccountConnectors> m_connectors;
    std::unique_ptr<AccountSync> m_accountSync;
    std::unique_ptr<OutboxSender> m_sender;

    bool m_busy = false;
    bool m_wantSync = false;
    bool m_wantPending = false;
    std::vector<qint64> m_wantIds;
    qint64 m_lastAccountPassMs = 0;
    qint64 m_accountIntervalMs = 5 * 60 * 1000;
};

}  // namespace earshot
