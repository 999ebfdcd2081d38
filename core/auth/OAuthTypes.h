// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace earshot {

// What a token endpoint gave. Tokens are secrets: they go to the SecretStore only, never
// to the database, logs or messages.
struct TokenGrant {
    QString accessToken;
    QString refreshToken;    // empty when the server gave none
    qint64 expiresAtMs = 0;  // when the access token stops working; 0: not said (no expiry)
};

// How the application identifies itself to a token endpoint.
struct ClientCredentials {
    QString id;
    QString secret;  // empty for an installed app (Reddit), which has none
    // Reddit wants the client in an HTTP Basic header ("id:secret"); Mastodon in the form.
    bool basicAuth = false;
};

// What a later refresh needs; stored in the SecretStore next to the access token because
// the refresh token is as powerful as a password.
struct RefreshGrant {
    QString clientId;
    QString refreshToken;
    QUrl tokenUrl;           // the endpoint that issued it, and the one that refreshes it
    qint64 expiresAtMs = 0;  // of the access token stored with it; 0: unknown
};

// A finished sign-in: the token, who it belongs to, and for expiring tokens how to renew it.
struct SignedIn {
    QString accessToken;
    QString user;    // the account's name on the platform, as AccountRecord::user
    QString handle;  // as people see it: "@name@host" on Mastodon, "u/name" on Reddit
    std::optional<RefreshGrant> refresh;
};

}  // namespace earshot
