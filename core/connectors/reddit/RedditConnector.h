// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/Connector.h"
#include "core/connectors/reddit/RedditApi.h"

#include <QObject>
#include <QSet>

#include <optional>

namespace earshot {

class ApiTransport;
struct ApiResponse;
struct PageFailures;

// A Reddit account: new posts of a subreddit (Latest, argument "r/name"), search (argument
// "words", or "r/name words" within one subreddit), comment trees (Thread, argument a post
// id or fullname; collapsed "more" comments come as further pages through morechildren);
// replies to posts and comments.
//
// Rate limits: every answer's X-Ratelimit-Remaining/Reset is remembered; once the budget is
// spent, calls fail at once with RateLimited and retryAtMs instead of reaching Reddit.
//
// Replies: Reddit has no idempotency key, and a reply whose answer was lost may exist.
// findSentReply() reads the account's newest comments and reports one that answers the same
// parent with the same text since the draft; the outbox asks it before every later attempt.
// The account's own listing is used rather than the thread because big threads hide new
// comments behind "more" stubs. reply() itself looks first too when an attempt with the same
// key was lost earlier in this session, so a caller that retries blindly cannot post twice.
//
// Threading and ownership: lives on the transport's thread; the transport must outlive it.
// Callbacks are dropped once the connector is destroyed.
class RedditConnector : public QObject, public Connector {
    Q_OBJECT

public:
    RedditConnector(ApiTransport &transport, QUrl base, QString token, QString user,
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
    using Handler = std::function<void(const ApiResponse &)>;
    // Sends unless the rate budget is spent; remembers the budget of every answer.
    void send(const ApiRequest &request, Handler handler);
    void fetchThread(const Timeline &timeline, const PageRequest &page, FetchCallback done);
    // Runs `next` once the account name is known (asking /api/v1/me when it is not).
    void withUser(std::function<void(const std::optional<Error> &)> next);
    void post(const ReplyRequest &request, ReplyCallback done);
    void noteRateLimit(const ApiResponse &response);
    // When the spent budget refills (ms since the epoch); 0 when calls may go now.
    qint64 pausedUntil() const;
    Error failure(const ApiResponse &response) const;
    // A page not got: the failure, and when the rate budget allows the next call.
    PageFailures failures();

    ApiTransport &m_transport;
    RedditApi m_api;
    QString m_user;  // learned from /api/v1/me when the account was added without a name
    qint64 m_blockedUntilMs = 0;
    QSet<QString> m_maybeSent;  // idempotency keys of attempts whose answer was lost
};

}  // namespace earshot
