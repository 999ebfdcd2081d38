// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/MastodonSignIn.h"

#include "core/auth/FormBody.h"
#include "core/auth/TokenEndpoint.h"
#include "core/connectors/HttpApiTransport.h"
#include "core/connectors/mastodon/MastodonApi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace earshot {

namespace {

QUrl endpoint(const QUrl &instance, const QString &path)
{
    QUrl url = instance;
    url.setPath(instance.path() + path);
    return url;
}

QString server(const QUrl &instance)
{
    return instance.port() > 0
               ? instance.host() + QLatin1Char(':') + QString::number(instance.port())
               : instance.host();
}

}  // namespace

MastodonSignIn::MastodonSignIn(HttpClient &http, QObject *parent)
    : QObject(parent), m_transport(std::make_unique<HttpApiTransport>(http))
{
    connect(&m_browser, &BrowserAuthorization::openInBrowser, this, &MastodonSignIn::openInBrowser);
}

MastodonSignIn::~MastodonSignIn() = default;

ApiRequest MastodonSignIn::registrationRequest(const Options &options, const QString &redirectUri)
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("client_name"), options.clientName},
                                          {QStringLiteral("redirect_uris"), redirectUri},
                                          {QStringLiteral("scopes"), options.scopes}};
    if (!options.website.isEmpty())
        fields.append({QStringLiteral("website"), options.website});
    ApiRequest request;
    request.method = "POST";
    request.url = endpoint(options.instance, QStringLiteral("/api/v1/apps"));
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    request.contentType = "application/x-www-form-urlencoded";
    request.body = oauth::formBody(fields);
    return request;
}

Result<ClientCredentials> MastodonSignIn::parseRegistration(const ApiResponse &response,
                                                            const QUrl &instance)
{
    if (response.status == 404) {
        return Error{ErrorKind::NotFound,
                     tr("%1 does not look like a Mastodon instance: it has no app registration "
                        "(HTTP 404 for /api/v1/apps). Check the address.")
                         .arg(server(instance))};
    }
    if (!response.ok()) {
        Error error = *response.error;
        error.message = tr("Earshot could not register itself with %1 for the sign-in: %2")
                            .arg(server(instance), error.message);
        return error;
    }
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    ClientCredentials client;
    client.id = json.value(QLatin1String("client_id")).toString();
    client.secret = json.value(QLatin1String("client_secret")).toString();
    if (client.id.isEmpty() || client.secret.isEmpty()) {
        return Error{ErrorKind::BadPayload,
                     tr("%1 answered the app registration without a client id and secret; it "
                        "may not be a Mastodon instance.")
                         .arg(server(instance))};
    }
    return client;
}

Result<QString> MastodonSignIn::parseAccount(const ApiResponse &response, const QUrl &instance)
{
    if (!response.ok()) {
        Error error = *response.error;
        error.message = tr("%1 gave a token but could not say whose it is: %2 Nothing was stored.")
                            .arg(server(instance), error.message);
        return error;
    }
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    const QString user = json.value(QLatin1String("username")).toString();
    if (user.isEmpty()) {
        return Error{ErrorKind::BadPayload,
                     tr("%1 did not say which account the token belongs to (no username in "
                        "verify_credentials). Nothing was stored.")
                         .arg(server(instance))};
    }
    return user;
}

void MastodonSignIn::start(const Options &options, Callback done)
{
    m_options = options;
    m_done = std::move(done);
    if (const Status listening = m_browser.listen(); !listening) {
        QPointer<MastodonSignIn> self(this);
        const Error error = listening.error();
        QMetaObject::invokeMethod(
            this,
            [self, error] {
                if (self)
                    self->finish(error);
            },
            Qt::QueuedConnection);
        return;
    }
    QPointer<MastodonSignIn> self(this);
    m_transport->send(registrationRequest(m_options, m_browser.redirectUri()),
                      [self](const ApiResponse &response) {
                          if (!self)
                              return;
                          Result<ClientCredentials> client =
                              parseRegistration(response, self->m_options.instance);
                          if (!client) {
                              self->finish(client.error());
                              return;
                          }
                          self->m_client = *client;
                          self->authorize();
                      });
}

void MastodonSignIn::authorize()
{
    BrowserAuthorization::Request request;
    request.authorizeUrl = endpoint(m_options.instance, QStringLiteral("/oauth/authorize"));
    request.clientId = m_client.id;
    request.scope = m_options.scopes;
    request.timeoutMs = m_options.timeoutMs;
    QPointer<MastodonSignIn> self(this);
    m_browser.start(request, [self](const Result<QString> &code) {
        if (!self)
            return;
        if (!code) {
            self->finish(code.error());
            return;
        }
        self->exchange(*code);
    });
}

void MastodonSignIn::exchange(const QString &code)
{
    m_tokens = std::make_unique<TokenEndpoint>(
        *m_transport, endpoint(m_options.instance, QStringLiteral("/oauth/token")), m_client);
    QPointer<MastodonSignIn> self(this);
    m_tokens->exchangeCode(code, m_browser.redirectUri(),
                           [self](const Result<TokenGrant> &grant) {
                               if (!self)
                                   return;
                               if (!grant) {
                                   self->finish(grant.error());
                                   return;
                               }
                               self->verify(grant->accessToken);
                           },
                           {{QStringLiteral("scope"), m_options.scopes}});
}

void MastodonSignIn::verify(const QString &token)
{
    QPointer<MastodonSignIn> self(this);
    m_transport->send(MastodonApi(m_options.instance, token).verifyCredentials(),
                      [self, token](const ApiResponse &response) {
                          if (!self)
                              return;
                          Result<QString> user = parseAccount(response, self->m_options.instance);
                          if (!user) {
                              self->finish(user.error());
                              return;
                          }
                          SignedIn signedIn;
                          signedIn.accessToken = token;
                          signedIn.user = *user;
                          signedIn.handle = QLatin1Char('@') + *user + QLatin1Char('@') +
                                            self->m_options.instance.host();
                          self->finish(signedIn);
                      });
}

void MastodonSignIn::finish(const Result<SignedIn> &result)
{
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}

}  // namespace earshot
