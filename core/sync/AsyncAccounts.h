// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"
#include "core/services/AsyncWorkspace.h"
#include "core/storage/AccountFollowRepository.h"
#include "core/storage/AccountRepository.h"

#include <QObject>

#include <vector>

namespace earshot {

class HttpClient;

// Platform accounts and what they follow, as the accounts dialog sees them: the storage
// work runs on the workspace's database threads (writes through its single writer), and
// answers come back on the GUI thread, dropped when `context` is gone. Tokens are not
// handled here: adding an account is AccountServices::enroll, and removing one leaves its
// token to the caller, who holds the SecretStore.
class AsyncAccounts : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Reply = AsyncWorkspace::Reply<T>;

    // `http` only builds throwaway connectors to ask what a platform can follow; they
    // never send anything.
    AsyncAccounts(AsyncWorkspace &workspace, HttpClient &http, QObject *parent = nullptr);

    void list(QObject *context, Reply<std::vector<AccountRecord>> reply);
    void setEnabled(qint64 id, bool enabled, QObject *context, Reply<void> reply);
    // Removes the account with its follows and timelines' cursors; replies with the record
    // as it was, so the caller can remove its token.
    void remove(qint64 id, QObject *context, Reply<AccountRecord> reply);

    void follows(qint64 accountId, QObject *context, Reply<std::vector<AccountFollow>> reply);
    // `kind` as a person typed or picked it (aliases accepted). Refused, with a message in
    // plain words, when the kind is unknown, the argument empty or the platform cannot
    // read it. Replies false when the account already followed it.
    void addFollow(const AccountRecord &account, const QString &kind, const QString &argument,
                   QObject *context, Reply<bool> reply);
    void removeFollow(const AccountFollow &follow, QObject *context, Reply<void> reply);

    // Whether the platform's connector reads this kind of timeline (the answer sync acts
    // on); false for an unknown kind or platform.
    bool platformFollows(const AccountRecord &account, const QString &kind) const;

Q_SIGNALS:
    // An account or a follow was added, changed or removed here.
    void accountsChanged();

private:
    template <typename T>
    void post(bool write, QObject *context, Reply<T> reply,
              std::function<Result<T>(Database &)> job);

    AsyncWorkspace &m_workspace;
    HttpClient &m_http;
};

}  // namespace earshot
