// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/AccountServices.h"

#include "core/services/AsyncWorkspace.h"
#include "core/services/RuleEngine.h"
#include "core/sync/AccountConnectors.h"
#include "core/sync/WorkspaceWriter.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>

#include <algorithm>

namespace earshot {

AccountServices::AccountServices(AsyncWorkspace &workspace, HttpClient &http, SecretStore &secrets,
                                 QObject *parent)
    : QObject(parent), m_workspace(workspace), m_http(http), m_secrets(secrets)
{
    // A reply the composer queued goes out at once; when it cannot (offline, no token) it
    // stays in the outbox with the reason and the next pass retries it.
    connect(&m_workspace, &AsyncWorkspace::replyQueued, this,
            [this](qint64 outboxId) { send({outboxId}); });
}

// The workers hold references to the connectors: they go first.
AccountServices::~AccountServices()
{
    m_sender.reset();
    m_accountSync.reset();
    m_connectors.reset();
}

void AccountServices::ensureWorkers()
{
    if (m_accountSync)
        return;
    if (!m_connectors)
        m_connectors = std::make_unique<AccountConnectors>(m_http, m_secrets);
    const Writer writer =
        workspaceWriter(m_workspace, this, [this](const Error &error) { onWriterFailed(error); });
    m_accountSync = std::make_unique<AccountSync>(writer, *m_connectors);
    // New items get monitoring profiles and rules as feed items do.
    m_accountSync->setItemsStoredHook(&RuleEngine::applyAfterStore);
    m_sender = std::make_unique<OutboxSender>(writer, *m_connectors);
}

void AccountServices::onWriterFailed(const Error &error)
{
    if (!m_busy)
        return;  // the pass it belonged to is gone already
    // The pass waits for a job that never ran: drop the workers with their pass (their
    // answers are guarded and go nowhere) and what was asked for meanwhile, as when the
    // database could not be opened at all.
    m_sender.reset();
    m_accountSync.reset();
    m_busy = false;
    m_wantSync = m_wantPending = false;
    m_wantIds.clear();
    const QString reason = tr("Accounts cannot be synced: %1").arg(error.message);
    Q_EMIT statusMessage(reason);
    Q_EMIT accountsNotSynced(reason);
    Q_EMIT idle();
}

void AccountServices::enroll(const AccountRecord &account, const SignedIn &signedIn,
                             enrollment::Callback done)
{
    // `done` runs once: from the enrollment, or here when the writer could not run its
    // first job. Later jobs cannot fail to open the connection: it stays open once it ran
    // one, so a token is never left behind by a writer failure.
    auto answered = std::make_shared<bool>(false);
    const enrollment::Callback once = [answered, done](const Result<qint64> &result) {
        if (*answered)
            return;
        *answered = true;
        done(result);
    };
    const Writer writer = workspaceWriter(m_workspace, this, [once](const Error &error) {
        once(Error{ErrorKind::Io,
                   tr("The account cannot be stored: the database could not be opened. %1")
                       .arg(error.message)});
    });
    enrollment::enroll(writer, m_secrets, account, signedIn, once);
}

void AccountServices::syncNow()
{
    m_wantSync = true;
    pump();
}

void AccountServices::syncDue()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastAccountPassMs != 0 && now - m_lastAccountPassMs < m_accountIntervalMs)
        return;
    m_wantSync = true;
    pump();
}

void AccountServices::sendPending()
{
    m_wantPending = true;
    pump();
}

void AccountServices::send(const std::vector<qint64> &outboxIds)
{
    for (const qint64 id : outboxIds) {
        if (std::find(m_wantIds.begin(), m_wantIds.end(), id) == m_wantIds.end())
            m_wantIds.push_back(id);
    }
    pump();
}

void AccountServices::pump()
{
    if (m_busy)
        return;
    if (!m_wantSync && !m_wantPending && m_wantIds.empty()) {
        Q_EMIT idle();
        return;
    }
    ensureWorkers();
    m_busy = true;
    QPointer<AccountServices> self(this);
    if (m_wantSync) {
        m_wantSync = false;
        // From the start: a scheduler tick during this pass must not queue another.
        m_lastAccountPassMs = QDateTime::currentMSecsSinceEpoch();
        m_accountSync->syncAll([self](const AccountSyncSummary &summary) {
            if (self)
                self->onAccountsSynced(summary);
        });
        return;
    }
    const auto done = [self](const std::vector<OutboxSender::Outcome> &outcomes) {
        if (self)
            self->onSent(outcomes);
    };
    if (m_wantPending) {
        // Every queued or failed entry, which covers the ones asked for by id.
        m_wantPending = false;
        m_wantIds.clear();
        m_sender->sendPending(done);
    } else {
        std::vector<qint64> ids = std::move(m_wantIds);
        m_wantIds.clear();
        m_sender->send(std::move(ids), done);
    }
}

void AccountServices::onAccountsSynced(const AccountSyncSummary &summary)
{
    m_busy = false;
    bool changed = false;
    QStringList failures;
    for (const AccountOutcome &a : summary.accounts) {
        changed = changed || a.newItems > 0 || a.updatedItems > 0;
        if (a.error && !a.skipped) {
            failures.append(a.title.isEmpty() ? a.error->message
                                              : tr("%1: %2").arg(a.title, a.error->message));
        }
    }
    if (changed)
        m_workspace.announceContentChanged();
    if (!failures.isEmpty())
        Q_EMIT statusMessage(
            tr("Account sync failed. %1").arg(failures.join(QStringLiteral("; "))));
    Q_EMIT accountsSynced(summary);
    // Each pass over the accounts also retries the outbox.
    m_wantPending = true;
    pump();
}

void AccountServices::onSent(const std::vector<OutboxSender::Outcome> &outcomes)
{
    m_busy = false;
    int sent = 0;
    QStringList failures;
    for (const OutboxSender::Outcome &o : outcomes) {
        if (o.entry.state == OutboxState::Sent && !o.error) {
            ++sent;
            continue;
        }
        const QString reason = o.error ? o.error->message : o.entry.error;
        if (reason.isEmpty())
            continue;  // still queued or sending, nothing went wrong
        failures.append(o.entry.id > 0
                            ? tr("Reply #%1 not sent: %2").arg(QString::number(o.entry.id), reason)
                            : reason);
    }
    // The sent reply joined its thread and its item became answered.
    if (sent > 0)
        m_workspace.announceContentChanged();
    if (!failures.isEmpty())
        Q_EMIT statusMessage(failures.join(QStringLiteral("; ")));
    else if (sent > 0)
        Q_EMIT statusMessage(tr("%n reply(s) sent.", nullptr, sent));
    Q_EMIT outboxSent(outcomes);
    pump();
}

}  // namespace earshot
