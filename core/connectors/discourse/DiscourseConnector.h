// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/Connector.h"
#include "core/connectors/discourse/DiscourseApi.h"

#include <QObject>

#include <functional>
#include <optional>

namespace earshot {

class ApiTransport;
struct ApiResponse;

// A Discourse forum account: latest topics, a category, search and a topic's posts, each
// paged; replies through POST /posts.json. Items answered can be a topic ("topic:<id>"),
// a post by its id (looked up to find its topic and number) or "<topic id>/<number>".
//
// Discourse has no idempotency key, so a reply that may have arrived is looked for before
// it is sent again (findSentReply): the topic's newest posts are searched for the same
// text by our user after the draft time.
//
// Threading and ownership: lives on the transport's thread; the transport must outlive it.
// Callbacks are dropped once the connector is destroyed.
class DiscourseConnector : public QObject, public Connector {
    Q_OBJECT

public:
    // `token` is an API key (then `user` is the user it acts as) or, prefixed with
    // DiscourseApi::kUserApiKeyPrefix, a user API key.
    DiscourseConnector(ApiTransport &transport, QUrl site, const QString &token, QString user,
                       QObject *parent = nullptr);

    QString platform() const override;
    Capabilities capabilities() const override;
    ConnectorLimits limits() const override;
    bool supports(Timeline::Kind kind) const override;
    void fetch(const Timeline &timeline, const PageRequest &page, FetchCallback done) override;
    void reply(const ReplyRequest &request, ReplyCallback done) override;
    void findSentReply(const ReplyRequest &request, qint64 sinceMs, ReplyCallback done) override;
    void cancelAll() override;

private:
    // A place to answer: the topic and, for a post, its number in the topic.
    struct Target {
        QString topicId;
        int postNumber = 0;
    };
    using TargetCallback = std::function<void(const std::optional<Target> &, const Error &)>;
    void resolve(const QString &ref, TargetCallback done);
    void fetchTopic(const QString &topicId, const PageRequest &page, FetchCallback done);
    void send(const ApiRequest &request, std::function<void(const ApiResponse &)> done);
    template <class Result>
    void later(std::function<void(const Result &)> done, Result result);

    ApiTransport &m_transport;
    DiscourseApi m_api;
};

}  // namespace earshot
