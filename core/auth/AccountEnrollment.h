// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/OAuthTypes.h"
#include "core/model/Result.h"
#include "core/storage/AccountRepository.h"
#include "core/sync/DatabaseWriter.h"

#include <QUrl>

#include <functional>

namespace earshot {

class SecretStore;

// Keeps a new account: its token (and refresh grant) in the SecretStore first, then the
// account in the database with only the key. When any step fails, whatever was already
// stored is removed again, so a failed sign-in leaves neither an orphaned token nor an
// account without one.
namespace enrollment {

// The SecretStore key of an account's token: "account/PLATFORM/HOST[:PORT][/PATH]/USER".
QString secretKey(const QString &platform, const QUrl &baseUrl, const QString &user);

using Callback = std::function<void(const Result<qint64> &accountId)>;

// Stores `account` (platform, baseUrl, user set; secretKey is filled in here) with the
// token and grant of `signedIn`. An account with the same platform, address and user that
// is already there is an InvalidInput error and nothing is written.
//
// Threading: the database work (the check for the same account, then adding it) is two
// jobs posted to `writer` (the window's writer thread, or the command line's own
// connection); the SecretStore's work and `done` run on the SecretStore's thread, `done`
// once, after the call returned. The SecretStore must outlive the enrollment. Should the
// writer never run a job (its connection cannot be opened), `done` is not called: the
// writer's owner reports that failure.
void enroll(const Writer &writer, SecretStore &secrets, AccountRecord account,
            const SignedIn &signedIn, Callback done);

}  // namespace enrollment
}  // namespace earshot
