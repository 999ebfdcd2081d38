// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/AsyncAccounts.h"

#include "core/connectors/ConnectorRegistry.h"
#include "core/model/Platform.h"
#include "core/services/AsyncJobs.h"
#include "core/services/Guarded.h"
#include "core/storage/Database.h"
#include "core/sync/AccountFollows.h"

#include <QCoreApplication>
#include <QPointer>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AsyncAccounts", text);
}

Error gone()
{
    return {ErrorKind::NotFound, tr("This account is no longer there.")};
}

}  // namespace

AsyncAccounts::AsyncAccounts(AsyncWorkspace &workspace, HttpClient &http, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_http(http)
{
}

template <typename T>
void AsyncAccounts::post(bool write, QObject *context, Reply<T> reply,
                         std::function<Result<T>(Database &)> job)
{
    // A successful write is announced even when the asker is gone, so other views refresh.
    const QPointer<QObject> guard(context);
    async::run<T>(
        m_workspace, write ? &AsyncWorkspace::postWrite : &AsyncWorkspace::postRead, this,
        [this, write, guard, reply](Result<T> result) {
            if (write && result)
                Q_EMIT accountsChanged();
            if (guard)
                reply(std::move(result));
        },
        std::move(job));
}

void AsyncAccounts::list(QObject *context, Reply<std::vector<AccountRecord>> reply)
{
    post<std::vector<AccountRecord>>(false, context, std::move(reply), [](Database &db) {
        return guarded([&] { return AccountRepository(db).list(); });
    });
}

void AsyncAccounts::setEnabled(qint64 id, bool enabled, QObject *context, Reply<void> reply)
{
    // AccountRepository has no setter for it; the flag is one column.
    post<void>(true, context, std::move(reply), [id, enabled](Database &db) -> Status {
        bool found = false;
        const Status done = guarded([&] {
            db.cached("UPDATE accounts SET enabled = ?2 WHERE id = ?1")
                .bind(1, id)
                .bind(2, enabled)
                .run();
            found = db.changes() > 0;
        });
        if (!done)
            return done;
        if (!found)
            return gone();
        return {};
    });
}

void AsyncAccounts::remove(qint64 id, QObject *context, Reply<AccountRecord> reply)
{
    post<AccountRecord>(
        true, context, std::move(reply), [id](Database &db) -> Result<AccountRecord> {
            AccountRepository accounts(db);
            const Result<std::optional<AccountRecord>> account =
                guarded([&] { return accounts.find(id); });
            if (!account)
                return account.error();
            const Result<bool> removed = guarded([&] { return accounts.remove(id); });
            if (!removed)
                return removed.error();
            if (!*account || !*removed)
                return gone();
            return **account;
        });
}

void AsyncAccounts::follows(qint64 accountId, QObject *context,
                            Reply<std::vector<AccountFollow>> reply)
{
    post<std::vector<AccountFollow>>(false, context, std::move(reply), [accountId](Database &db) {
        return guarded([&] { return AccountFollowRepository(db).list(accountId); });
    });
}

bool AsyncAccounts::platformFollows(const AccountRecord &account, const QString &kind) const
{
    const std::optional<QString> canonical = AccountFollows::canonicalKind(kind);
    if (!canonical)
        return false;
    const std::optional<Timeline> timeline = AccountFollows::timelineOf(*canonical, QString());
    const ConnectorInfo *info = ConnectorRegistry::find(account.platform);
    if (!timeline || !info || !info->create)
        return false;
    // Built without a token and never used: the connector itself says what sync will read.
    const std::unique_ptr<Connector> connector =
        info->create(m_http, {QUrl(account.baseUrl), account.user, QString()});
    return connector && connector->supports(timeline->kind);
}

void AsyncAccounts::addFollow(const AccountRecord &account, const QString &kind,
                              const QString &argument, QObject *context, Reply<bool> reply)
{
    const std::optional<QString> canonical = AccountFollows::canonicalKind(kind);
    const QString what = argument.trimmed();
    std::optional<Error> refused;
    if (!canonical)
        refused = Error{ErrorKind::InvalidInput,
                        tr("\"%1\" is not something to follow; use one of: %2")
                            .arg(kind, AccountFollows::kindNames().join(QStringLiteral(", ")))};
    else if (what.isEmpty())
        refused = Error{ErrorKind::InvalidInput,
                        tr("Say what to follow: a hashtag, subreddit, wall, category or words.")};
    else if (!platformFollows(account, *canonical))
        refused = Error{ErrorKind::InvalidInput,
                        tr("%1 accounts cannot follow a %2.")
                            .arg(Platform::displayName(account.platform), *canonical)};
    if (refused) {
        async::later(this, QPointer<QObject>(context), [reply, error = *refused] { reply(error); });
        return;
    }
    const AccountFollow follow{account.id, *canonical, what};
    post<bool>(true, context, std::move(reply), [follow](Database &db) -> Result<bool> {
        const Result<std::optional<AccountRecord>> account =
            guarded([&] { return AccountRepository(db).find(follow.accountId); });
        if (!account)
            return account.error();
        if (!*account)
            return gone();
        return guarded([&] { return AccountFollowRepository(db).add(follow); });
    });
}

void AsyncAccounts::removeFollow(const AccountFollow &follow, QObject *context, Reply<void> reply)
{
    post<void>(true, context, std::move(reply), [follow](Database &db) {
        return guarded([&] { AccountFollowRepository(db).remove(follow); });
    });
}

}  // namespace earshot
