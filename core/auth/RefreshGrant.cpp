// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/RefreshGrant.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace earshot::oauth {

QString refreshKey(const QString &tokenKey)
{
    return tokenKey + QStringLiteral("/refresh");
}

QString encodeGrant(const RefreshGrant &grant)
{
    QJsonObject json;
    json.insert(QLatin1String("client_id"), grant.clientId);
    json.insert(QLatin1String("refresh_token"), grant.refreshToken);
    json.insert(QLatin1String("token_url"), grant.tokenUrl.toString());
    json.insert(QLatin1String("expires_at_ms"), QString::number(grant.expiresAtMs));
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<RefreshGrant> decodeGrant(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    RefreshGrant grant;
    grant.clientId = json.value(QLatin1String("client_id")).toString();
    grant.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    grant.tokenUrl = QUrl(json.value(QLatin1String("token_url")).toString(), QUrl::StrictMode);
    grant.expiresAtMs = json.value(QLatin1String("expires_at_ms")).toString().toLongLong();
    const QString scheme = grant.tokenUrl.scheme();
    if (grant.clientId.isEmpty() || grant.refreshToken.isEmpty() || !grant.tokenUrl.isValid() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return std::nullopt;
    return grant;
}

}  // namespace earshot::oauth
