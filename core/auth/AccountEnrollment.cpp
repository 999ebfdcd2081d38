// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/AccountEnrollment.h"

#include "core/auth/RefreshGrant.h"
#include "core/model/Platform.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace earshot::enrollment {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Auth", text);
}

Error alreadyAdded(const AccountRecord &account)
{
    return {ErrorKind::InvalidInput,
            tr("This %1 account (%2) is already added.")
                .arg(Platform::displayName(account.platform), account.title())};
}

// Removes what was written before a failure, then reports the failure.
void undo(SecretStore &secrets, const QStringList &keys, const Error &error, const Callback &done)
{
    if (keys.isEmpty()) {
        done(error);
        return;
    }
    secrets.remove(keys.first(), [&secrets, rest = keys.mid(1), error, done](const SecretReply &) {
        undo(secrets, rest, error, done);
    });
}

}  // namespace

QString secretKey(const QString &platform, const QUrl &baseUrl, const QString &user)
{
    return QStringLiteral("account/%1/%2/%3")
        .arg(platform, baseUrl.toString(QUrl::RemoveScheme | QUrl::StripTrailingSlash).mid(2),
             user);
}

void enroll(Database &db, SecretStore &secrets, AccountRecord account, const SignedIn &signedIn,
            Callback done)
{
    const QUrl base(account.baseUrl);
    account.secretKey = secretKey(account.platform, base, account.user);
    if (account.createdMs == 0)
        account.createdMs = QDateTime::currentMSecsSinceEpoch();
    const auto later = [&secrets, done](const Result<qint64> &result) {
        QMetaObject::invokeMethod(
            &secrets, [done, result] { done(result); }, Qt::QueuedConnection);
    };
    try {
        if (AccountRepository(db).findId(account.platform, account.baseUrl, account.user) != 0) {
            later(alreadyAdded(account));
            return;
        }
    } catch (const StorageError &e) {
        later(e.error());
        return;
    }

    const QString tokenKey = account.secretKey;
    const QString grantKey = oauth::refreshKey(tokenKey);
    // After the secrets: the account goes in last, so it never exists without its token.
    const auto addAccount = [&db, &secrets, account, tokenKey, grantKey,
                             done](const QStringList &written) {
        qint64 id = 0;
        try {
            id = AccountRepository(db).add(account);
        } catch (const StorageError &e) {
            undo(secrets, written, e.error(), done);
            return;
        }
        if (id == 0) {
            undo(secrets, written, alreadyAdded(account), done);
            return;
        }
        done(id);
    };
    const std::optional<RefreshGrant> refresh = signedIn.refresh;
    secrets.write(
        tokenKey, signedIn.accessToken,
        [&secrets, tokenKey, grantKey, refresh, addAccount, done](const SecretReply &written) {
            if (!written.ok()) {
                done(written.error->toError());
                return;
            }
            if (!refresh) {
                // A grant left over from an earlier account of the same key must
                // not renew this one.
                secrets.remove(grantKey, [addAccount, tokenKey](const SecretReply &) {
                    addAccount({tokenKey});
                });
                return;
            }
            secrets.write(
                grantKey, oauth::encodeGrant(*refresh),
                [&secrets, tokenKey, grantKey, addAccount, done](const SecretReply &second) {
                    if (!second.ok()) {
                        undo(secrets, {tokenKey}, second.error->toError(), done);
                        return;
                    }
                    addAccount({tokenKey, grantKey});
                });
        });
}

}  // namespace earshot::enrollment
