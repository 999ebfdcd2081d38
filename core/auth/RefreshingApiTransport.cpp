// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/RefreshingApiTransport.h"

#include "core/auth/TokenRefresher.h"

namespace earshot {

RefreshingApiTransport::RefreshingApiTransport(ApiTransport &inner, TokenRefresher &tokens,
                                               QByteArray scheme)
    : m_inner(inner),
      m_tokens(tokens),
      m_scheme(std::move(scheme)),
      m_alive(std::make_shared<Alive>())
{
}

RefreshingApiTransport::~RefreshingApiTransport() = default;

bool RefreshingApiTransport::current(const std::weak_ptr<Alive> &alive, int generation)
{
    const std::shared_ptr<Alive> state = alive.lock();
    return state && state->generation == generation;
}

void RefreshingApiTransport::send(const ApiRequest &request, Callback done)
{
    const std::weak_ptr<Alive> alive = m_alive;
    const int generation = m_alive->generation;
    m_tokens.token([this, alive, generation, request, done](const Result<QString> &token) {
        if (!current(alive, generation))
            return;
        if (!token) {
            ApiResponse refused;
            refused.error = token.error();
            done(refused);
            return;
        }
        sendWith(request, *token, true, done);
    });
}

void RefreshingApiTransport::sendWith(ApiRequest request, const QString &token, bool mayRenew,
                                      Callback done)
{
    request.headers.removeIf([](const QPair<QByteArray, QByteArray> &header) {
        return header.first.compare("Authorization", Qt::CaseInsensitive) == 0;
    });
    request.headers.append({QByteArray("Authorization"), m_scheme + ' ' + token.toUtf8()});
    const std::weak_ptr<Alive> alive = m_alive;
    const int generation = m_alive->generation;
    m_inner.send(request, [this, alive, generation, request, token, mayRenew,
                           done](const ApiResponse &response) {
        if (!current(alive, generation))
            return;
        if (response.status != 401 || !mayRenew) {
            done(response);
            return;
        }
        // The token was refused although it had not expired by the clock (revoked early,
        // or the clock is off): renew once and try again.
        m_tokens.renew(token, [this, alive, generation, request, response,
                               done](const Result<QString> &renewed) {
            if (!current(alive, generation))
                return;
            if (!renewed) {
                ApiResponse refused = response;
                refused.error = renewed.error();
                done(refused);
                return;
            }
            sendWith(request, *renewed, false, done);
        });
    });
}

void RefreshingApiTransport::cancelAll()
{
    ++m_alive->generation;
    m_inner.cancelAll();
}

}  // namespace earshot
