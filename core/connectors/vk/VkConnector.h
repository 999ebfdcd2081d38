// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/Connector.h"
#include "core/connectors/vk/VkApi.h"

#include <QObject>
#include <QSet>

namespace earshot {

class ApiTransport;
struct ApiResponse;

// A VK account: a wall's posts (AccountPosts or Latest, argument "-<community id>", a user id
// or a short name), newsfeed.search (Search), a post's comments (Thread, argument
// "<owner>_<post>"); replies to posts and comments with wall.createComment.
//
// Rate limits: VK answers errors with HTTP 200 and a code. Rate errors (6, 9, 29, 223) pause
// the connector, doubling the pause on each consecutive one (up to an hour); while paused,
// calls fail at once with RateLimited and retryAtMs instead of reaching VK.
//
// Replies: VK has no idempotency key for HTTP retries, and a reply whose answer was lost may
// exist. Every attempt sends the outbox key as wall.createComment's `guid`, with which VK
// refuses a repeated comment. findSentReply() also reads the newest comments under the same
// post (or the thread of the comment answered) and reports one of this account (`ownId`, when
// known) with the same text answering the same comment since the draft; the outbox asks it
// before every later attempt, and reply() asks it itself when an attempt with the same key
// was lost earlier in this session.
//
// Threading and ownership: lives on the transport's thread; the transport must outlive it.
// Callbacks are dropped once the connector is destroyed.
class VkConnector : public QObject, public Connector {
    Q_OBJECT

public:
    // `ownId`: the account's VK id (negative for a community), 0 when unknown.
    VkConnector(ApiTransport &transport, QUrl base, QString token, qint64 ownId = 0,
                QObject *parent = nullptr);

    QString platform() const override;
    Capabilities capabilities() const override;
    ConnectorLimits limits() const override;
    bool supports(Timeline::Kind kind) const override;
    // wall.get needs the wall: VK has no timeline of its own for a token.
    bool readsWithoutArgument(Timeline::Kind) const override { return false; }
    void fetch(const Timeline &timeline, const PageRequest &page, FetchCallback done) override;
    void reply(const ReplyRequest &request, ReplyCallback done) override;
    void findSentReply(const ReplyRequest &request, qint64 sinceMs, ReplyCallback done) override;
    void cancelAll() override;

private:
    using Handler = std::function<void(const ApiResponse &)>;
    // Sends unless paused by a rate error; notes rate errors in the answer.
    void send(const ApiRequest &request, Handler handler);
    void post(const VkPostRef &target, const ReplyRequest &request, ReplyCallback done);
    void noteAnswer(const ApiResponse &response);
    FetchResult failed(const Error &error) const;

    ApiTransport &m_transport;
    VkApi m_api;
    qint64 m_ownId = 0;
    qint64 m_blockedUntilMs = 0;
    int m_rateErrors = 0;       // consecutive rate errors: the pause doubles with each
    QSet<QString> m_maybeSent;  // idempotency keys of attempts whose answer was lost
};

}  // namespace earshot
