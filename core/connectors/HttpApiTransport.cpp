// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/HttpApiTransport.h"

#include "core/net/HttpClient.h"

namespace earshot {

HttpApiTransport::HttpApiTransport(HttpClient &http)
    : m_http(http), m_pending(std::make_shared<std::unordered_set<quint64>>())
{
}

HttpApiTransport::~HttpApiTransport()
{
    cancelAll();
}

ApiResponse HttpApiTransport::toResponse(const HttpReply &reply)
{
    ApiResponse response;
    response.error = reply.error;
    response.status = reply.status;
    response.headers = reply.headers;
    response.body = reply.body;
    response.retryAtMs = reply.retryAtMs;
    response.maybeSent = reply.maybeSent;
    return response;
}

void HttpApiTransport::send(const ApiRequest &request, Callback done)
{
    HttpRequest http;
    http.url = request.url;
    http.method = request.method;
    http.headers = request.headers;
    http.contentType = request.contentType;
    http.body = request.body;
    // API answers are small; a page bigger than this is not a page of posts.
    http.maxBytes = 16LL * 1024 * 1024;
    const std::weak_ptr<std::unordered_set<quint64>> pending = m_pending;
    // HttpClient never calls back inside send(), so the id is recorded before it is needed.
    auto ownId = std::make_shared<quint64>(0);
    const quint64 id = m_http.send(http, [pending, ownId, done](const HttpReply &reply) {
        if (const auto set = pending.lock())
            set->erase(*ownId);
        done(toResponse(reply));
    });
    *ownId = id;
    m_pending->insert(id);
}

void HttpApiTransport::cancelAll()
{
    for (const quint64 id : *m_pending)
        m_http.cancel(id);
    m_pending->clear();
}

}  // namespace earshot
