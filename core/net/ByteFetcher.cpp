// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ByteFetcher.h"

#include "core/net/HttpClient.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace earshot {

HttpByteFetcher::HttpByteFetcher(HttpClient &http, QObject *parent) : QObject(parent), m_http(http)
{
}

quint64 HttpByteFetcher::fetchBytes(const QUrl &url, qint64 maxBytes, Done done)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        // Answered later like every other fetch, so callers see one behaviour.
        const Error error{ErrorKind::InvalidInput,
                          QCoreApplication::translate("net", "%1 is not a web address.")
                              .arg(url.toDisplayString())};
        QMetaObject::invokeMethod(
            this, [done = std::move(done), error] { done(error); }, Qt::QueuedConnection);
        return 0;
    }
    HttpRequest request;
    request.url = url;
    request.maxBytes = maxBytes;
    request.accept = "image/*";
    request.idleTimeoutMs = kTimeoutMs;
    request.totalTimeoutMs = kTimeoutMs * 3;
    request.maxRetries = 0;  // an image is not worth hammering a struggling server for
    return m_http.get(request, [done = std::move(done)](const HttpReply &reply) {
        if (reply.ok())
            done(reply.body);
        else
            done(*reply.error);
    });
}

void HttpByteFetcher::cancel(quint64 id)
{
    if (id != 0)
        m_http.cancel(id);
}

}  // namespace earshot
