// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/LiveAccounts.h"

#include "app/cli/Command.h"
#include "core/net/HttpClient.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/services/RuleEngine.h"
#include "core/sync/AccountConnectors.h"
#include "core/sync/DatabaseWriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <optional>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

}  // namespace

LiveAccounts::LiveAccounts(SecretStore *store)
    : m_network(std::make_unique<QNetworkAccessManager>())
{
    HttpClient::Options options;
    options.userAgent = "Earshot/0.1";
    m_http = std::make_unique<HttpClient>(*m_network, options);
    if (!store) {
        m_keychain = std::make_unique<KeychainSecretStore>();
        store = m_keychain.get();
    }
    m_connectors = std::make_unique<AccountConnectors>(*m_http, *store);
}

LiveAccounts::~LiveAccounts()
{
    m_connectors.reset();
    m_http.reset();
}

std::vector<OutboxSender::Outcome> LiveAccounts::send(Database &db, const std::vector<qint64> &ids)
{
    OutboxSender sender(directWriter(db), *m_connectors);
    std::optional<std::vector<OutboxSender::Outcome>> result;
    QEventLoop loop;
    const auto done = [&](const std::vector<OutboxSender::Outcome> &outcomes) {
        result = outcomes;
        loop.quit();
    };
    if (ids.empty())
        sender.sendPending(done);
    else
        sender.send(ids, done);
    if (!result)
        loop.exec();
    return *result;
}

AccountSyncSummary LiveAccounts::sync(Database &db)
{
    AccountSync sync(directWriter(db), *m_connectors);
    // New items get monitoring profiles and rules as they do on import and feed sync.
    sync.setItemsStoredHook(&RuleEngine::applyAfterStore);
    std::optional<AccountSyncSummary> result;
    QEventLoop loop;
    sync.syncAll([&](const AccountSyncSummary &summary) {
        result = summary;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

int reportSent(const std::vector<OutboxSender::Outcome> &outcomes, Context &context)
{
    int notSent = 0;
    for (const OutboxSender::Outcome &o : outcomes) {
        const OutboxEntry &e = o.entry;
        if (e.state == OutboxState::Sent) {
            context.out() << tr("Reply #%1 was sent: %2").arg(e.id).arg(e.url) << '\n';
            continue;
        }
        ++notSent;
        QString why = e.error;
        if (why.isEmpty() && o.error)
            why = o.error->message;
        if (e.state == OutboxState::Collision) {
            context.err() << tr("Reply #%1 was not sent: %2").arg(e.id).arg(why) << '\n';
            continue;
        }
        context.err() << tr("Reply #%1 was not sent and stays in the outbox (%2): %3")
                             .arg(e.id)
                             .arg(outboxStateId(e.state), why)
                      << '\n';
    }
    context.out() << Qt::flush;
    context.err() << Qt::flush;
    return notSent > 0 ? Failure : Success;
}

int reportSynced(const AccountSyncSummary &summary, Context &context)
{
    if (summary.accounts.empty()) {
        context.out() << tr("No enabled accounts to sync.") << Qt::endl;
        return Success;
    }
    for (const AccountOutcome &a : summary.accounts) {
        if (a.skipped) {
            context.out() << tr("%1: skipped, the platform asked to wait").arg(a.title) << '\n';
        } else if (a.error) {
            context.err() << tr("%1: failed: %2").arg(a.title, a.error->message) << '\n';
        } else {
            context.out() << tr("%1: %2 new items, %3 updated")
                                 .arg(a.title)
                                 .arg(a.newItems)
                                 .arg(a.updatedItems)
                          << '\n';
        }
    }
    context.out() << tr("%1 accounts: %2 new items, %3 failed")
                         .arg(summary.accounts.size())
                         .arg(summary.newItems())
                         .arg(summary.failed())
                  << Qt::endl;
    context.err() << Qt::flush;
    return summary.failed() > 0 ? Failure : Success;
}

}  // namespace earshot::cli
