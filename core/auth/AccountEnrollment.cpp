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

namespace {

// Writes the token (and refresh grant), then adds the account: it never exists without its
// token. Whatever was written is removed again when a later step fails.
void storeSecretsThenAccount(const Writer &writer, SecretStore &secrets,
                             const AccountRecord &account, const SignedIn &signedIn,
                             const Callback &done)
{
    const QString tokenKey = account.secretKey;
    const QString grantKey = oauth::refreshKey(tokenKey);
    const auto addAccount = [writer, &secrets, account, done](const QStringList &written) {
        struct Added {
            qint64 id = 0;
            std::optional<Error> error;
        };
        runOnWriter(
            writer, &secrets,
            [account](Database &db) {
                Added added;
                try {
                    added.id = AccountRepository(db).add(account);
                } catch (const StorageError &e) {
                    added.error = e.error();
                }
                return added;
            },
            [&secrets, account, written, done](const Added &added) {
                if (added.error)
                    undo(secrets, written, *added.error, done);
                else if (added.id == 0)
                    undo(secrets, written, alreadyAdded(account), done);
                else
                    done(added.id);
            });
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

}  // namespace

void enroll(const Writer &writer, SecretStore &secrets, AccountRecord account,
            const SignedIn &signedIn, Callback done)
{
    const QUrl base(account.baseUrl);
    account.secretKey = secretKey(account.platform, base, account.user);
    if (account.createdMs == 0)
        account.createdMs = QDateTime::currentMSecsSinceEpoch();
    struct Existing {
        bool found = false;
        std::optional<Error> error;
    };
    runOnWriter(
        writer, &secrets,
        [platform = account.platform, baseUrl = account.baseUrl,
         user = account.user](Database &db) {
            Existing existing;
            try {
                existing.found = AccountRepository(db).findId(platform, baseUrl, user) != 0;
            } catch (const StorageError &e) {
                existing.error = e.error();
            }
            return existing;
        },
        [writer, &secrets, account, signedIn, done](const Existing &existing) {
            if (existing.error)
                done(*existing.error);
            else if (existing.found)
                done(alreadyAdded(account));
            else
                storeSecretsThenAccount(writer, secrets, account, signedIn, done);
        });
}

}  // namespace earshot::enrollment
