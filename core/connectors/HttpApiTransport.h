// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/ApiTransport.h"

#include <QObject>

#include <memory>
#include <unordered_set>
#include <utility>

namespace earshot {

class HttpClient;
struct HttpReply;

// The production ApiTransport: every API call goes through the one HttpClient, so
// connectors share its per-host limits, back-off, Retry-After pauses, timeouts and size
// cap. POSTs follow HttpClient's at-most-once rules; a lost answer arrives as maybeSent.
//
// Threading and ownership: lives on the HttpClient's thread; the client must outlive it.
// Destroying the transport drops the callbacks of its requests still in flight.
class HttpApiTransport : public ApiTransport {
public:
    explicit HttpApiTransport(HttpClient &http);
    ~HttpApiTransport() override;
    HttpApiTransport(const HttpApiTransport &) = delete;
    HttpApiTransport &operator=(const HttpApiTransport &) = delete;

    void send(const ApiRequest &request, Callback done) override;
    // Drops only this transport's requests; other users of the client are untouched.
    void cancelAll() override;

    // What a connector sees of an HTTP answer. Pure; exposed for tests.
    static ApiResponse toResponse(const HttpReply &reply);

private:
    HttpClient &m_http;
    std::shared_ptr<std::unordered_set<quint64>> m_pending;  // ids in flight
};

namespace detail {
struct OwnedTransport {
    std::unique_ptr<HttpApiTransport> transport;
};
}  // namespace detail

// A connector of type C that owns the HttpApiTransport it talks through, for the
// registry's factories: C's constructor takes (ApiTransport &, args...). The transport is
// made before the connector and destroyed after it.
template <class C>
class WithHttpTransport : private detail::OwnedTransport, public C {
public:
    template <class... Args>
    explicit WithHttpTransport(HttpClient &http, Args &&...args)
        : detail::OwnedTransport{std::make_unique<HttpApiTransport>(http)},
          C(*transport, std::forward<Args>(args)...)
    {
    }
};

}  // namespace earshot
