// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/reddit/RedditConnector.h"

#include "core/connectors/AnswerHandlers.h"
#include "core/connectors/ApiTransport.h"
#include "core/connectors/reddit/RedditParser.h"
#include "core/model/Platform.h"

#include <QDateTime>
#include <QPointer>

namespace earshot {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString parentFullname(const QString &inReplyTo)
{
    const QString id = inReplyTo.trimmed();
    if (id.size() > 3 && id.at(0) == QLatin1Char('t') && id.at(2) == QLatin1Char('_'))
        return id;
    return QStringLiteral("t3_") + id;  // a bare id36 is a post
}

template <typename Callback, typename Value>
void later(QObject *context, Callback done, Value value)
{
    QMetaObject::invokeMethod(
        context, [done, value] { done(value); }, Qt::QueuedConnection);
}

}  // namespace

RedditConnector::RedditConnector(ApiTransport &transport, QUrl base, QString token, QString user,
                                 QObject *parent)
    : QObject(parent),
      m_transport(transport),
      m_api(std::move(base), std::move(token), user),
      m_user(std::move(user))
{
}

QString RedditConnector::platform() const
{
    return Platform::Reddit;
}

Capabilities RedditConnector::capabilities() const
{
    return Capability::Read | Capability::Reply;
}

ConnectorLimits RedditConnector::limits() const
{
    return {RedditApi::kDefaultLimit, RedditApi::kMaxLimit, 10000};
}

bool RedditConnector::supports(Timeline::Kind kind) const
{
    return kind == Timeline::Kind::Latest || kind == Timeline::Kind::Search ||
           kind == Timeline::Kind::Thread;
}

qint64 RedditConnector::pausedUntil() const
{
    return m_blockedUntilMs > now() ? m_blockedUntilMs : 0;
}

void RedditConnector::noteRateLimit(const ApiResponse &response)
{
    const qint64 resetAt = RedditParser::rateLimitResetMs(
        response.header("x-ratelimit-remaining"), response.header("x-ratelimit-reset"), now());
    m_blockedUntilMs = std::max({resetAt, response.retryAtMs, m_blockedUntilMs});
}

void RedditConnector::send(const ApiRequest &request, Handler handler)
{
    if (now() < m_blockedUntilMs) {
        ApiResponse refused;
        refused.retryAtMs = m_blockedUntilMs;
        refused.error = Error{
            ErrorKind::RateLimited,
            tr("Reddit's request budget for this account is spent until %1; nothing was sent.")
                .arg(QDateTime::fromMSecsSinceEpoch(m_blockedUntilMs).toString(Qt::ISODate))};
        later(this, handler, refused);
        return;
    }
    QPointer<RedditConnector> self(this);
    m_transport.send(request, [self, handler](const ApiResponse &response) {
        if (!self)
            return;
        self->noteRateLimit(response);
        handler(response);
    });
}

// send() drops answers that arrive after the connector is gone, so `self` is alive here.
PageFailures RedditConnector::failures()
{
    QPointer<RedditConnector> self(this);
    return {[self](const ApiResponse &response) {
        return failedPage(self->failure(response), self->pausedUntil());
    }};
}

Error RedditConnector::failure(const ApiResponse &response) const
{
    Error error = *response.error;
    const QString said = RedditParser::errorMessage(response.body);
    if (!said.isEmpty())
        error.message += QLatin1Char(' ') + tr("Reddit said: %1").arg(said);
    return error;
}

void RedditConnector::fetch(const Timeline &timeline, const PageRequest &page, FetchCallback done)
{
    ApiRequest request;
    switch (timeline.kind) {
    case Timeline::Kind::Latest: request = m_api.subredditNew(timeline.argument, page); break;
    case Timeline::Kind::Search: request = m_api.search(timeline.argument, page); break;
    case Timeline::Kind::Thread: fetchThread(timeline, page, std::move(done)); return;
    default: {
        FetchResult result;
        result.error = Error{ErrorKind::InvalidInput, tr("Reddit has no such timeline.")};
        later(this, done, result);
        return;
    }
    }
    const QString cursor = page.cursor;
    QPointer<RedditConnector> self(this);
    send(request, pageHandler(std::move(done), failures(), RedditParser::listing,
                              [self, cursor](RedditListing &&listing, const ApiResponse &) {
                                  FetchResult result =
                                      itemsPage(std::move(listing.items),
                                                RedditApi::olderCursor(listing.after));
                                  // Newer than the newest item seen; an empty page keeps the cursor
                                  // it was asked with.
                                  if (!result.items.empty())
                                      result.newerCursor =
                                          RedditApi::newerCursor(result.items.front().externalId);
                                  else if (cursor.startsWith(QLatin1String("before:")))
                                      result.newerCursor = cursor;
                                  result.retryAtMs = self->pausedUntil();
                                  return result;
                              }));
}

void RedditConnector::fetchThread(const Timeline &timeline, const PageRequest &page,
                                  FetchCallback done)
{
    QString link;
    QStringList ids;
    const bool more = RedditApi::parseMoreCursor(page.cursor, &link, &ids);
    QStringList rest;
    if (more && ids.size() > RedditApi::kMoreChildrenBatch) {
        rest = ids.mid(RedditApi::kMoreChildrenBatch);
        ids = ids.first(RedditApi::kMoreChildrenBatch);
    }
    const ApiRequest request =
        more ? m_api.moreChildren(link, ids) : m_api.comments(timeline.argument);
    QPointer<RedditConnector> self(this);
    const auto parse = [more, link](const QByteArray &body) {
        return more ? RedditParser::moreChildren(body, link) : RedditParser::thread(body);
    };
    send(request, pageHandler(std::move(done), failures(), parse,
                              [self, rest](RedditThread &&thread, const ApiResponse &) {
                                  // Collapsed comments not fetched yet are the "older" pages of
                                  // a thread.
                                  QStringList pending = rest;
                                  pending += thread.more;
                                  FetchResult result = itemsPage(
                                      std::move(thread.items),
                                      RedditApi::moreCursor(thread.linkFullname, pending));
                                  result.retryAtMs = self->pausedUntil();
                                  return result;
                              }));
}

void RedditConnector::withUser(std::function<void(const std::optional<Error> &)> next)
{
    if (!m_user.isEmpty()) {
        later(this, next, std::optional<Error>());
        return;
    }
    QPointer<RedditConnector> self(this);
    send(m_api.me(), [self, next](const ApiResponse &response) {
        const QString name = response.ok() ? RedditParser::accountName(response.body) : QString();
        if (name.isEmpty()) {
            next(response.ok() ? Error{ErrorKind::BadPayload,
                                       tr("Reddit did not say which account the token belongs "
                                          "to.")}
                               : self->failure(response));
            return;
        }
        self->m_user = name;
        next(std::nullopt);
    });
}

void RedditConnector::reply(const ReplyRequest &request, ReplyCallback done)
{
    ReplyRequest normalized = request;
    normalized.inReplyTo = parentFullname(request.inReplyTo);
    if (request.idempotencyKey.isEmpty() || !m_maybeSent.contains(request.idempotencyKey)) {
        post(normalized, std::move(done));
        return;
    }
    QPointer<RedditConnector> self(this);
    findSentReply(normalized, 0, [self, normalized, done](const ReplyResult &found) {
        if (!found.ok() || !found.externalId.isEmpty()) {
            if (found.ok())
                self->m_maybeSent.remove(normalized.idempotencyKey);
            done(found);
            return;
        }
        self->post(normalized, done);
    });
}

void RedditConnector::findSentReply(const ReplyRequest &request, qint64 sinceMs, ReplyCallback done)
{
    const QString parent = parentFullname(request.inReplyTo);
    const QString text = request.text.trimmed();
    const auto failed = [done](Error error) {
        ReplyResult result;
        error.message.prepend(tr("Earshot could not check whether the reply is already on "
                                 "Reddit.") +
                              QLatin1Char(' '));
        result.error = std::move(error);
        done(result);
    };
    const auto search = [parent, text, sinceMs, done, failed](const ApiResponse &r) {
        Result<RedditListing> ours =
            r.ok() ? RedditParser::listing(r.body) : Result<RedditListing>(*r.error);
        if (!ours) {
            failed(ours.error());
            return;
        }
        ReplyResult result;
        for (const Item &item : ours->items) {
            // created_utc has whole seconds: allow the second the draft began.
            if (item.parentId == parent && item.text.trimmed() == text &&
                item.publishedMs + 1000 > sinceMs) {
                result.externalId = item.externalId;
                result.url = QUrl(item.url);
                break;
            }
        }
        done(result);
    };
    QPointer<RedditConnector> self(this);
    withUser([self, search, failed](const std::optional<Error> &error) {
        if (error) {
            failed(*error);
            return;
        }
        self->send(self->m_api.userComments(self->m_user),
                   [self, search, failed](const ApiResponse &r) {
                       if (!r.ok())
                           failed(self->failure(r));
                       else
                           search(r);
                   });
    });
}

void RedditConnector::post(const ReplyRequest &request, ReplyCallback done)
{
    QPointer<RedditConnector> self(this);
    const QString key = request.idempotencyKey;
    send(m_api.postComment(request.inReplyTo, request.text), [self, done,
                                                              key](const ApiResponse &response) {
        ReplyResult result;
        if (!response.ok()) {
            result.error = self->failure(response);
            result.maybeSent = response.maybeSent;
        } else if (Result<RedditPosted> posted = RedditParser::posted(response.body); !posted) {
            // 2xx with a body we cannot read: the comment probably exists; findSentReply
            // finds it among the account's comments.
            result.error = posted.error();
            result.maybeSent = true;
        } else if (!posted->errorCode.isEmpty()) {
            const QString said =
                tr("Reddit refused the reply: %1 (%2).").arg(posted->errorText, posted->errorCode);
            if (posted->errorCode == QLatin1String("RATELIMIT")) {
                const qint64 wait = std::max<qint64>(posted->retryAfterSeconds, 1);
                result.error = Error{ErrorKind::RateLimited, said};
                self->m_blockedUntilMs = std::max(self->m_blockedUntilMs, now() + wait * 1000);
            } else if (posted->errorCode == QLatin1String("THREAD_LOCKED") ||
                       posted->errorCode == QLatin1String("TOO_OLD") ||
                       posted->errorCode == QLatin1String("DELETED_COMMENT") ||
                       posted->errorCode == QLatin1String("DELETED_LINK")) {
                result.error = Error{ErrorKind::Forbidden, said};
            } else {
                result.error = Error{ErrorKind::InvalidInput, said};
            }
        } else {
            result.externalId = posted->comment->externalId;
            result.url = QUrl(posted->comment->url);
        }
        if (result.maybeSent && !key.isEmpty())
            self->m_maybeSent.insert(key);
        else if (result.ok())
            self->m_maybeSent.remove(key);
        done(result);
    });
}

void RedditConnector::cancelAll()
{
    m_transport.cancelAll();
}

}  // namespace earshot
