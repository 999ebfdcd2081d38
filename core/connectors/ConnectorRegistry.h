// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/Connector.h"
#include "core/model/Result.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace earshot {

class HttpClient;

// What a connector needs to talk to one account. The token comes from the SecretStore and
// is kept in memory only.
struct ConnectorAccount {
    QUrl baseUrl;
    QString user;
    QString token;
};

// A platform Earshot can connect accounts of.
struct ConnectorInfo {
    QString platform;  // Platform id
    Capabilities capabilities;
    bool needsBaseUrl = true;  // false when the platform has one fixed address
    QUrl defaultBaseUrl;       // used when needsBaseUrl is false
    // Null while the platform cannot be connected yet (no connector, or no production
    // ApiTransport over HttpClient to give it).
    std::function<std::unique_ptr<Connector>(HttpClient &, const ConnectorAccount &)> create;
};

// The one list of platform connectors. Adding a platform means adding it here.
namespace ConnectorRegistry {

const std::vector<ConnectorInfo> &all();
// Null for an unknown platform id.
const ConnectorInfo *find(const QString &platform);

// An account's base address, checked and normalized: scheme and host lower-cased, no
// trailing slash, no query or fragment. Without a scheme https is assumed. Plain http is
// accepted only when typed and sets `*insecure`. Other schemes, user info and empty hosts
// are InvalidInput errors in plain words.
Result<QUrl> normalizeBaseUrl(const QString &typed, bool *insecure = nullptr);

}  // namespace ConnectorRegistry
}  // namespace earshot
