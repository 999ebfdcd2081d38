// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"

#include <QNetworkReply>
#include <QStringList>
#include <QUrl>

namespace earshot::http {

// An address fit for messages and logs: no user info, no query (tokens travel there, e.g.
// VK's access_token) and Telegram's bot token, which its API puts in the path, blanked.
QString safeAddress(const QUrl &url);

// A transport failure (DNS, refused, reset, TLS, proxy...) in plain words naming the host.
// HTTP statuses are mapped by statusError(). Internal to the net library: it is the only
// header here that needs Qt Network.
Error transportError(QNetworkReply::NetworkError code, const QUrl &url, const QString &qtText,
                     const QStringList &sslErrors);

}  // namespace earshot::http
