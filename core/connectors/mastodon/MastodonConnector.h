// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/Connector.h"
#include "core/connectors/mastodon/MastodonApi.h"

#include <QObject>

namespace earshot {

class ApiTransport;

// A Mastodon account: home and hashtag timelines, mentions, search, an account's posts,
// thread context; replies with an Idempotency-Key. Paging follows the Link header
// (max_id to older, min_id to newer). Errors name the instance and carry the server's
// own explanation; 429 and exhausted X-RateLimit-* give retryAtMs.
//
// Threading and ownership: lives on the transport's thread; the transport must outlive it.
// Callbacks are dropped once the connector is destroyed.
class MastodonConnector : public QObject, public Connector {
    Q_OBJECT

public:
    MastodonConnector(ApiTransport &transport, QUrl instance, QString token,
                      QObject *parent = nullptr);

    QString platform() const override;
    Capabilities capabilities() const override;
    ConnectorLimits limits() const override;
    bool supports(Timeline::Kind kind) const override;
    void fetch(const Timeline &timeline, const PageRequest &page, FetchCallback done) override;
    void reply(const ReplyRequest &request, ReplyCallback done) override;
    void cancelAll() override;

private:
    ApiTransport &m_transport;
    MastodonApi m_api;
};

}  // namespace earshot
