// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/TokenEndpoint.h"

#include "core/auth/FormBody.h"
#include "core/connectors/ApiTransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Auth", text);
}

QString host(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}

}  // namespace

TokenEndpoint::TokenEndpoint(ApiTransport &transport, QUrl url, ClientCredentials client,
                             QByteArray userAgent, Clock clock)
    : m_transport(transport),
      m_url(std::move(url)),
      m_client(std::move(client)),
      m_userAgent(std::move(userAgent)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

ApiRequest TokenEndpoint::request(QList<QPair<QString, QString>> fields) const
{
    ApiRequest r;
    r.method = "POST";
    r.url = m_url;
    if (m_client.basicAuth) {
        r.headers.append(
            {QByteArray("Authorization"), oauth::basicAuthorization(m_client.id, m_client.secret)});
    } else {
        fields.append({QStringLiteral("client_id"), m_client.id});
        if (!m_client.secret.isEmpty())
            fields.append({QStringLiteral("client_secret"), m_client.secret});
    }
    if (!m_userAgent.isEmpty())
        r.headers.append({QByteArray("User-Agent"), m_userAgent});
    r.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    r.contentType = "application/x-www-form-urlencoded";
    r.body = oauth::formBody(fields);
    return r;
}

ApiRequest TokenEndpoint::codeRequest(const QString &code, const QString &redirectUri,
                                      const QList<QPair<QString, QString>> &extra) const
{
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), redirectUri}};
    fields += extra;
    return request(fields);
}

ApiRequest TokenEndpoint::refreshRequest(const QString &refreshToken) const
{
    return request({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("refresh_token"), refreshToken}});
}

void TokenEndpoint::exchangeCode(const QString &code, const QString &redirectUri, Callback done,
                                 const QList<QPair<QString, QString>> &extra)
{
    send(codeRequest(code, redirectUri, extra), std::move(done));
}

void TokenEndpoint::refresh(const QString &refreshToken, Callback done)
{
    send(refreshRequest(refreshToken), std::move(done));
}

void TokenEndpoint::send(const ApiRequest &request, Callback done)
{
    const QUrl url = m_url;
    const Clock clock = m_clock;
    m_transport.send(request, [url, clock, done](const ApiResponse &response) {
        done(parse(response, url, clock()));
    });
}

Result<TokenGrant> TokenEndpoint::parse(const ApiResponse &response, const QUrl &url, qint64 nowMs)
{
    const QString server = host(url);
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    if (!response.ok()) {
        // RFC 6749 5.2: a refused grant says why in "error" and "error_description".
        const QString code = json.value(QLatin1String("error")).toString();
        const QString description = json.value(QLatin1String("error_description")).toString();
        if (!code.isEmpty() && response.status >= 400 && response.status < 500) {
            const QString why =
                description.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(description, code);
            return Error{ErrorKind::Unauthorized,
                         tr("%1 refused to give Earshot a token: %2. Nothing was stored; sign "
                            "in again.")
                             .arg(server, why)};
        }
        Error error = *response.error;
        error.message = tr("Earshot could not get a token from %1: %2 Nothing was stored.")
                            .arg(server, error.message);
        return error;
    }
    const QString token = json.value(QLatin1String("access_token")).toString();
    if (token.isEmpty()) {
        return Error{ErrorKind::BadPayload,
                     tr("%1 answered without an access token (the answer is not the JSON an "
                        "OAuth2 token endpoint gives). Nothing was stored.")
                         .arg(server)};
    }
    const QString type = json.value(QLatin1String("token_type")).toString();
    if (!type.isEmpty() && type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        return Error{ErrorKind::BadPayload,
                     tr("%1 gave a token of type \"%2\", which Earshot cannot use. Nothing was "
                        "stored.")
                         .arg(server, type)};
    }
    TokenGrant grant;
    grant.accessToken = token;
    grant.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    const qint64 expiresIn = json.value(QLatin1String("expires_in")).toVariant().toLongLong();
    if (expiresIn > 0)
        grant.expiresAtMs = nowMs + expiresIn * 1000;
    return grant;
}

}  // namespace earshot
