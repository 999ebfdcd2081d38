// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/BrowserAuthorization.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMultiMap>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

#include <algorithm>

namespace earshot {

namespace detail {

// Qt's handler, with the redirect address spelled the way it is registered: the numeric
// loopback address (RFC 8252 7.3) and a root path, whatever the Qt version's default.
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler {
public:
    explicit LoopbackReplyHandler(quint16 port)
        : QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, port)
    {
    }

    QString callback() const override { return QStringLiteral("http://127.0.0.1:%1/").arg(port()); }
};

// The flow only builds the authorization address. Its own handling of the answer is not
// used: it would send the code with Qt's token request, which cannot do what Reddit needs
// and cannot report a refusal.
class AuthorizationUrlFlow : public QOAuth2AuthorizationCodeFlow {
public:
    using QOAuth2AuthorizationCodeFlow::buildAuthenticateUrl;
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
};

}  // namespace detail

namespace {

// 128 random bits: the answer must prove it comes from the address Earshot gave out.
QString randomState()
{
    QByteArray bytes(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Qt hands query values over only partly decoded; decode the rest.
QString decoded(const QVariantMap &values, const char *key)
{
    return QUrl::fromPercentEncoding(values.value(QLatin1String(key)).toString().toUtf8());
}

}  // namespace

BrowserAuthorization::BrowserAuthorization(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const int ms = m_timer.interval();
        const QString waited = ms >= 60'000 ? tr("%n minute(s)", nullptr, ms / 60'000)
                                            : tr("%n second(s)", nullptr, std::max(1, ms / 1000));
        finish(Error{ErrorKind::Timeout,
                     tr("No answer came back from the browser within %1; nothing was stored. "
                        "Start the sign-in again and finish it in the browser.")
                         .arg(waited)});
    });
}

BrowserAuthorization::~BrowserAuthorization() = default;

Status BrowserAuthorization::listen(quint16 port)
{
    if (m_handler && m_handler->isListening())
        return {};
    m_handler = std::make_unique<detail::LoopbackReplyHandler>(port);
    if (!m_handler->isListening()) {
        m_handler.reset();
        if (port != 0) {
            return Error{ErrorKind::Io,
                         tr("Earshot could not listen on 127.0.0.1:%1 for the browser's answer; "
                            "another program may use that port.")
                             .arg(port)};
        }
        return Error{ErrorKind::Io,
                     tr("Earshot could not listen on 127.0.0.1 for the browser's answer. Check "
                        "that the loopback network interface is up.")};
    }
    connect(m_handler.get(), &QAbstractOAuthReplyHandler::callbackReceived, this,
            &BrowserAuthorization::onCallback);
    // Kept: the token request repeats it after the listener closed.
    m_redirectUri = m_handler->callback();
    return {};
}

QString BrowserAuthorization::redirectUri() const
{
    return m_redirectUri;
}

void BrowserAuthorization::start(const Request &request, Callback done)
{
    if (const Status listening = listen(request.port); !listening) {
        const Error error = listening.error();
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    m_done = std::move(done);
    m_server = request.authorizeUrl.host();
    m_state = randomState();
    m_flow = std::make_unique<detail::AuthorizationUrlFlow>();
    m_flow->setReplyHandler(m_handler.get());
    m_flow->setAuthorizationUrl(request.authorizeUrl);
    m_flow->setClientIdentifier(request.clientId);
    m_flow->setScope(request.scope);
    m_flow->setState(m_state);
    QMultiMap<QString, QVariant> extra;
    for (const auto &parameter : request.extra)
        extra.insert(parameter.first, parameter.second);
    const QUrl url = m_flow->buildAuthenticateUrl(extra);
    if (request.timeoutMs > 0)
        m_timer.start(request.timeoutMs);
    Q_EMIT openInBrowser(url);
}

void BrowserAuthorization::cancel()
{
    m_done = nullptr;
    m_timer.stop();
    if (m_handler)
        m_handler->close();
}

void BrowserAuthorization::onCallback(const QVariantMap &values)
{
    if (!m_done)
        return;
    const QString code = decoded(values, "code");
    const QString error = decoded(values, "error");
    const QString state = decoded(values, "state");
    if (code.isEmpty() && error.isEmpty() && state.isEmpty())
        return;  // not an answer (a browser asking for the page's icon)
    if (state != m_state) {
        finish(Error{ErrorKind::Unauthorized,
                     tr("The answer that came back from the browser does not belong to this "
                        "sign-in (its state does not match), so Earshot refused it and stored "
                        "nothing. Start the sign-in again.")});
        return;
    }
    if (!error.isEmpty()) {
        // '+' stands for a space in a query; the description is for people.
        const QString description = decoded(values, "error_description").replace(u'+', u' ');
        if (error == QLatin1String("access_denied")) {
            finish(Error{ErrorKind::Forbidden,
                         tr("The sign-in was refused in the browser (access denied); nothing was "
                            "stored.")});
            return;
        }
        const QString why =
            description.isEmpty() ? error : QStringLiteral("%1 (%2)").arg(description, error);
        finish(
            Error{ErrorKind::Unauthorized,
                  tr("%1 did not authorize Earshot: %2. Nothing was stored.").arg(m_server, why)});
        return;
    }
    if (code.isEmpty()) {
        finish(Error{ErrorKind::BadPayload,
                     tr("%1 sent the browser back without an authorization code; nothing was "
                        "stored.")
                         .arg(m_server)});
        return;
    }
    finish(code);
}

void BrowserAuthorization::finish(const Result<QString> &result)
{
    m_timer.stop();
    // Qt answers the browser after this signal returns, with this text, on the connection
    // already open; closing the listener only refuses new ones.
    if (m_handler) {
        m_handler->setCallbackText(
            result ? tr("Earshot received the sign-in. You can close this page.")
                   : tr("The sign-in did not complete: %1 You can close this page.")
                         .arg(result.error().message.toHtmlEscaped()));
        m_handler->close();
    }
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (!done)
        return;
    // Never inside Qt's signal: the caller may delete this object from `done`.
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

}  // namespace earshot
