// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/ApiTransport.h"

#include <QString>

#include <memory>

namespace earshot {

class TokenRefresher;

// An ApiTransport for connectors whose tokens expire (Reddit): each request leaves with the
// refresher's current token in its Authorization header (replacing the one the connector
// built it with), and a 401 answer renews the token and sends the request once more. The
// connector itself stays unaware of refreshing.
//
// Threading and ownership: the inner transport's thread; `inner` and `tokens` must outlive
// it. Destroying it or cancelAll() drops the callbacks of requests in flight.
class RefreshingApiTransport : public ApiTransport {
public:
    RefreshingApiTransport(ApiTransport &inner, TokenRefresher &tokens,
                           QByteArray scheme = "bearer");
    ~RefreshingApiTransport() override;
    RefreshingApiTransport(const RefreshingApiTransport &) = delete;
    RefreshingApiTransport &operator=(const RefreshingApiTransport &) = delete;

    void send(const ApiRequest &request, Callback done) override;
    void cancelAll() override;

private:
    struct Alive {
        int generation = 0;
    };
    void sendWith(ApiRequest request, const QString &token, bool mayRenew, Callback done);
    // True while the request of `generation` should still be answered.
    static bool current(const std::weak_ptr<Alive> &alive, int generation);

    ApiTransport &m_inner;
    TokenRefresher &m_tokens;
    QByteArray m_scheme;
    std::shared_ptr<Alive> m_alive;
};

}  // namespace earshot
