// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/ApiTransport.h"
#include "core/net/HttpErrors.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace earshot::test {

// A plain transport over QNetworkAccessManager for this test: no retries or limits (those
// belong to HttpClient), so every status reaches the connector exactly as served.
class PlainTransport : public ApiTransport {
public:
    void send(const ApiRequest &request, Callback done) override
    {
        QNetworkRequest r(request.url);
        for (const auto &h : request.headers)
            r.setRawHeader(h.first, h.second);
        if (!request.contentType.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(r, request.method, request.body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done, url = request.url] {
            reply->deleteLater();
            ApiResponse response;
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            for (const auto &h : reply->rawHeaderPairs())
                response.headers.insert(h.first.toLower(), h.second);
            response.body = reply->readAll();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (response.status >= 400) {
                response.retryAtMs = http::parseRetryAfter(response.header("retry-after"), now);
                response.error =
                    http::statusError(response.status, url.toString(), response.retryAtMs);
            } else if (reply->error() != QNetworkReply::NoError) {
                response.error = Error{ErrorKind::Network, reply->errorString()};
                response.maybeSent = true;
            }
            done(response);
        });
    }
    void cancelAll() override {}

private:
    QNetworkAccessManager m_network;
};

}  // namespace earshot::test
