// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/mastodon/MastodonConnector.h"

#include "core/connectors/AnswerHandlers.h"
#include "core/connectors/ApiTransport.h"
#include "core/connectors/mastodon/MastodonParser.h"
#include "core/model/Platform.h"

#include <QPointer>

namespace earshot {

namespace {

// The transport's error with the server's own words added ("The access token is invalid").
Error withServerMessage(const ApiResponse &response)
{
    Error error = *response.error;
    const QString said = MastodonParser::errorMessage(response.body);
    if (!said.isEmpty())
        error.message += QLatin1Char(' ') + MastodonConnector::tr("The server said: %1").arg(said);
    return error;
}

qint64 retryAt(const ApiResponse &response)
{
    if (response.retryAtMs > 0)
        return response.retryAtMs;
    return MastodonParser::rateLimitResetMs(response.header("x-ratelimit-remaining"),
                                            response.header("x-ratelimit-reset"));
}

}  // namespace

MastodonConnector::MastodonConnector(ApiTransport &transport, QUrl instance, QString token,
                                     QObject *parent)
    : QObject(parent), m_transport(transport), m_api(std::move(instance), std::move(token))
{
}

QString MastodonConnector::platform() const
{
    return Platform::Mastodon;
}

Capabilities MastodonConnector::capabilities() const
{
    return Capability::Read | Capability::Reply | Capability::Post;
}

ConnectorLimits MastodonConnector::limits() const
{
    return {MastodonApi::kDefaultLimit, MastodonApi::kMaxLimit, 500};
}

bool MastodonConnector::supports(Timeline::Kind kind) const
{
    switch (kind) {
    case Timeline::Kind::Home:
    case Timeline::Kind::Hashtag:
    case Timeline::Kind::Mentions:
    case Timeline::Kind::Search:
    case Timeline::Kind::AccountPosts:
    case Timeline::Kind::Thread: return true;
    case Timeline::Kind::Latest:
    case Timeline::Kind::Category: break;
    }
    return false;
}

void MastodonConnector::fetch(const Timeline &timeline, const PageRequest &page, FetchCallback done)
{
    ApiRequest request;
    switch (timeline.kind) {
    case Timeline::Kind::Home: request = m_api.homeTimeline(page); break;
    case Timeline::Kind::Hashtag: request = m_api.hashtagTimeline(timeline.argument, page); break;
    case Timeline::Kind::Mentions: request = m_api.notifications(page, true); break;
    case Timeline::Kind::Search: request = m_api.searchStatuses(timeline.argument, page); break;
    case Timeline::Kind::AccountPosts:
        request = m_api.accountStatuses(timeline.argument, page);
        break;
    case Timeline::Kind::Thread: request = m_api.context(timeline.argument); break;
    case Timeline::Kind::Latest:
    case Timeline::Kind::Category: {
        FetchResult result;
        result.error = Error{ErrorKind::InvalidInput, tr("Mastodon has no such timeline.")};
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    }
    const QUrl instance = m_api.instance();
    const Timeline::Kind kind = timeline.kind;
    const QString argument = timeline.argument;
    const auto parse = [instance, kind, argument](const QByteArray &body) {
        switch (kind) {
        case Timeline::Kind::Mentions: return MastodonParser::notifications(body, instance, true);
        case Timeline::Kind::Search: return MastodonParser::search(body, instance);
        case Timeline::Kind::Thread: return MastodonParser::context(body, instance, argument);
        default: return MastodonParser::statuses(body, instance);
        }
    };
    const auto toPage = [](std::vector<Item> &&items, const ApiResponse &response) {
        const MastodonLinks links = MastodonParser::links(response.header("link"));
        return itemsPage(std::move(items), MastodonApi::olderCursor(links.maxId),
                         MastodonApi::newerCursor(links.minId));
    };
    const PageFailures failures{[](const ApiResponse &response) {
        return failedPage(withServerMessage(response), retryAt(response));
    }};
    QPointer<MastodonConnector> self(this);
    m_transport.send(request, [self, handle = pageHandler(std::move(done), failures, parse,
                                                          toPage)](const ApiResponse &response) {
        if (self)
            handle(response);
    });
}

void MastodonConnector::reply(const ReplyRequest &request, ReplyCallback done)
{
    const QUrl instance = m_api.instance();
    QPointer<MastodonConnector> self(this);
    // A success that cannot be read: retrying with the same key returns the post again.
    const auto handle = replyHandler(
        std::move(done), withServerMessage,
        [instance](const QByteArray &body) { return MastodonParser::status(body, instance); });
    m_transport.send(m_api.postReply(request), [self, handle](const ApiResponse &response) {
        if (self)
            handle(response);
    });
}

void MastodonConnector::cancelAll()
{
    m_transport.cancelAll();
}

}  // namespace earshot
