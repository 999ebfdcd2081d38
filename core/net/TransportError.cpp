// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/TransportError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace earshot::http {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("net", text);
}

}  // namespace

QString safeAddress(const QUrl &url)
{
    QString text = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    static const QRegularExpression botToken(QStringLiteral("/bot[0-9]+:[^/]+"));
    text.replace(botToken, QStringLiteral("/bot<token>"));
    return text;
}

Error transportError(QNetworkReply::NetworkError code, const QUrl &url, const QString &qtText,
                     const QStringList &sslErrors)
{
    const QString host = url.host();
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return {ErrorKind::Network, tr("The server name %1 could not be found (DNS). Check the "
                                       "address and the internet connection.")
                                        .arg(host)};
    case QNetworkReply::ConnectionRefusedError:
        return {
            ErrorKind::Network,
            tr("%1 refused the connection. The site may be down or the address wrong.").arg(host)};
    case QNetworkReply::RemoteHostClosedError:
        return {ErrorKind::Network, tr("%1 closed the connection before the whole answer arrived. "
                                       "It will be tried again later.")
                                        .arg(host)};
    case QNetworkReply::TimeoutError:
        return {ErrorKind::Timeout, tr("%1 did not answer in time.").arg(host)};
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError: {
        QString message = tr("The secure connection to %1 could not be verified").arg(host);
        if (!sslErrors.isEmpty())
            message +=
                QStringLiteral(" (") + sslErrors.join(QStringLiteral("; ")) + QLatin1Char(')');
        message += QStringLiteral(". ") +
                   tr("Earshot does not read from servers whose certificate is not valid.");
        return {ErrorKind::Network, message};
    }
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return {ErrorKind::Network, tr("The proxy could not reach %1: %2").arg(host, qtText)};
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return {ErrorKind::InvalidInput,
                tr("%1 is not an http or https address.").arg(safeAddress(url))};
    case QNetworkReply::ProtocolFailure:
        return {ErrorKind::BadPayload, tr("%1 sent an answer that is not valid HTTP.").arg(host)};
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return {ErrorKind::Network, tr("The network is not available (%1).").arg(qtText)};
    default:
        return {ErrorKind::Network, tr("Could not fetch %1: %2").arg(safeAddress(url), qtText)};
    }
}

}  // namespace earshot::http
