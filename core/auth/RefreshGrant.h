// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/OAuthTypes.h"

#include <QString>

#include <optional>

namespace earshot::oauth {

// Where the refresh grant of an account is kept in the SecretStore: next to its access
// token, under the token's key with "/refresh" appended. Accounts without one (pasted
// tokens, Mastodon) have nothing there.
QString refreshKey(const QString &tokenKey);

// The grant as one keychain entry (compact JSON) and back; nullopt when the text is not a
// usable grant.
QString encodeGrant(const RefreshGrant &grant);
std::optional<RefreshGrant> decodeGrant(const QString &text);

}  // namespace earshot::oauth
