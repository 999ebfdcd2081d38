// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/vk/VkConnector.h"

#include "core/connectors/AnswerHandlers.h"
#include "core/connectors/ApiTransport.h"
#include "core/connectors/vk/VkParser.h"
#include "core/model/Platform.h"

#include <QDateTime>
#include <QPointer>

#include <algorithm>

namespace earshot {

namespace {

constexpr qint64 kMaxPauseMs = 60 * 60 * 1000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

template <typename Callback, typename Value>
void later(QObject *context, Callback done, Value value)
{
    QMetaObject::invokeMethod(
        context, [done, value] { done(value); }, Qt::QueuedConnection);
}

// A transport failure (HTTP status, lost connection) or the VK error in the body.
Error failureOf(const ApiResponse &response)
{
    if (std::optional<Error> said = VkParser::apiError(response.body))
        return *said;
    return *response.error;
}

}  // namespace

VkConnector::VkConnector(ApiTransport &transport, QUrl base, QString token, qint64 ownId,
                         QObject *parent)
    : QObject(parent),
      m_transport(transport),
      m_api(std::move(base), std::move(token)),
      m_ownId(ownId)
{
}

QString VkConnector::platform() const
{
    return Platform::Vk;
}

Capabilities VkConnector::capabilities() const
{
    return Capability::Read | Capability::Reply;
}

ConnectorLimits VkConnector::limits() const
{
    return {VkApi::kDefaultLimit, VkApi::kMaxLimit, 16000};
}

bool VkConnector::supports(Timeline::Kind kind) const
{
    return kind == Timeline::Kind::AccountPosts || kind == Timeline::Kind::Latest ||
           kind == Timeline::Kind::Search || kind == Timeline::Kind::Thread;
}

void VkConnector::noteAnswer(const ApiResponse &response)
{
    const int code = response.ok() ? VkParser::errorCode(response.body) : 0;
    qint64 pause = VkParser::rateLimitPauseMs(code);
    if (pause == 0) {
        if (response.ok())
            m_rateErrors = 0;
        m_blockedUntilMs = std::max(m_blockedUntilMs, response.retryAtMs);
        return;
    }
    // Back off: each consecutive rate error doubles the pause.
    pause = std::min(kMaxPauseMs, pause << std::min(m_rateErrors, 12));
    ++m_rateErrors;
    m_blockedUntilMs = std::max(m_blockedUntilMs, now() + pause);
}

void VkConnector::send(const ApiRequest &request, Handler handler)
{
    if (now() < m_blockedUntilMs) {
        ApiResponse refused;
        refused.retryAtMs = m_blockedUntilMs;
        refused.error =
            Error{ErrorKind::RateLimited,
                  tr("VK asked Earshot to slow down; nothing is sent until %1.")
                      .arg(QDateTime::fromMSecsSinceEpoch(m_blockedUntilMs).toString(Qt::ISODate))};
        later(this, handler, refused);
        return;
    }
    QPointer<VkConnector> self(this);
    m_transport.send(request, [self, handler](const ApiResponse &response) {
        if (!self)
            return;
        self->noteAnswer(response);
        handler(response);
    });
}

FetchResult VkConnector::failed(const Error &error) const
{
    FetchResult result;
    result.error = error;
    if (error.kind == ErrorKind::RateLimited)
        result.retryAtMs = m_blockedUntilMs;
    return result;
}

void VkConnector::fetch(const Timeline &timeline, const PageRequest &page, FetchCallback done)
{
    ApiRequest request;
    const VkPostRef post = VkPostRef::parse(timeline.argument);
    switch (timeline.kind) {
    case Timeline::Kind::AccountPosts:
    case Timeline::Kind::Latest: request = m_api.wallGet(timeline.argument, page); break;
    case Timeline::Kind::Search: request = m_api.newsfeedSearch(timeline.argument, page); break;
    case Timeline::Kind::Thread:
        if (!post.isValid()) {
            later(this, done,
                  failed({ErrorKind::InvalidInput,
                          tr("\"%1\" is not a VK post; write it as <owner>_<post>, e.g. "
                             "-1_123.")
                              .arg(timeline.argument)}));
            return;
        }
        request = m_api.wallGetComments(post, page);
        break;
    default:
        later(this, done, failed({ErrorKind::InvalidInput, tr("VK has no such timeline.")}));
        return;
    }
    const Timeline::Kind kind = timeline.kind;
    const int offset = page.cursor.startsWith(QLatin1String("offset:"))
                           ? std::max(0, page.cursor.mid(7).toInt())
                           : 0;
    QPointer<VkConnector> self(this);
    // send() drops answers that arrive after the connector is gone, so `self` is alive here.
    const PageFailures failures{
        [self](const ApiResponse &response) { return self->failed(failureOf(response)); },
        [self](const Error &error, const ApiResponse &) { return self->failed(error); }};
    const auto parse = [kind, post](const QByteArray &body) {
        return kind == Timeline::Kind::Search   ? VkParser::search(body)
               : kind == Timeline::Kind::Thread ? VkParser::comments(body, post.postKey())
                                                : VkParser::wall(body);
    };
    send(request,
         pageHandler(std::move(done), failures, parse,
                     [kind, offset](VkPage &&parsed, const ApiResponse &) {
                         FetchResult result;
                         result.items = std::move(parsed.items);
                         if (kind == Timeline::Kind::Search) {
                             result.olderCursor = VkApi::fromCursor(parsed.nextFrom);
                             return result;
                         }
                         // Offsets count top-level entries; the end is when the total
                         // is reached or a page comes back empty.
                         const int next = offset + parsed.topLevel;
                         if (parsed.topLevel > 0 && (parsed.total < 0 || next < parsed.total))
                             result.olderCursor = VkApi::offsetCursor(next);
                         return result;
                     }));
}

void VkConnector::reply(const ReplyRequest &request, ReplyCallback done)
{
    const VkPostRef target = VkPostRef::parse(request.inReplyTo);
    if (!target.isValid()) {
        ReplyResult result;
        result.error = Error{ErrorKind::InvalidInput,
                             tr("\"%1\" is not a VK post or comment.").arg(request.inReplyTo)};
        later(this, done, result);
        return;
    }
    if (request.idempotencyKey.isEmpty() || !m_maybeSent.contains(request.idempotencyKey)) {
        post(target, request, std::move(done));
        return;
    }
    QPointer<VkConnector> self(this);
    findSentReply(request, 0, [self, target, request, done](const ReplyResult &found) {
        if (!found.ok() || !found.externalId.isEmpty()) {
            if (found.ok())
                self->m_maybeSent.remove(request.idempotencyKey);
            done(found);
            return;
        }
        self->post(target, request, done);
    });
}

void VkConnector::findSentReply(const ReplyRequest &request, qint64 sinceMs, ReplyCallback done)
{
    const VkPostRef target = VkPostRef::parse(request.inReplyTo);
    if (!target.isValid()) {
        ReplyResult result;
        result.error = Error{ErrorKind::InvalidInput,
                             tr("\"%1\" is not a VK post or comment.").arg(request.inReplyTo)};
        later(this, done, result);
        return;
    }
    const QString text = request.text.trimmed();
    QPointer<VkConnector> self(this);
    send(m_api.newestComments(target), [self, target, text, sinceMs,
                                        done](const ApiResponse &response) {
        Result<std::vector<VkComment>> comments =
            response.ok() ? VkParser::rawComments(response.body)
                          : Result<std::vector<VkComment>>(failureOf(response));
        ReplyResult result;
        if (!comments) {
            result.error = comments.error();
            result.error->message.prepend(
                tr("Earshot could not check whether the reply is already on VK.") +
                QLatin1Char(' '));
            done(result);
            return;
        }
        for (const VkComment &c : *comments) {
            const bool sameParent =
                target.commentId > 0 ? c.replyToComment == target.commentId : c.replyToComment == 0;
            const bool ours = self->m_ownId == 0 || c.fromId == self->m_ownId;
            // VK dates have whole seconds: allow the second the draft began.
            if (sameParent && ours && c.text.trimmed() == text && c.publishedMs + 1000 > sinceMs) {
                VkPostRef posted = target;
                posted.commentId = c.id;
                result.externalId = posted.key();
                result.url = QUrl(QStringLiteral("https://vk.com/wall%1?reply=%2")
                                      .arg(target.postKey())
                                      .arg(c.id));
                break;
            }
        }
        done(result);
    });
}

void VkConnector::post(const VkPostRef &target, const ReplyRequest &request, ReplyCallback done)
{
    QPointer<VkConnector> self(this);
    const QString key = request.idempotencyKey;
    send(m_api.createComment(target, request.text, key), [self, target, key,
                                                          done](const ApiResponse &response) {
        ReplyResult result;
        if (!response.ok()) {
            result.error = failureOf(response);
            result.maybeSent = response.maybeSent;
        } else if (Result<qint64> id = VkParser::createdComment(response.body); !id) {
            result.error = id.error();
            // An unreadable success may hide a posted comment; a VK error posted nothing.
            result.maybeSent = id.error().kind == ErrorKind::BadPayload;
        } else {
            VkPostRef posted = target;
            posted.commentId = *id;
            result.externalId = posted.key();
            result.url = QUrl(
                QStringLiteral("https://vk.com/wall%1?reply=%2").arg(target.postKey()).arg(*id));
        }
        if (result.maybeSent && !key.isEmpty())
            self->m_maybeSent.insert(key);
        else if (result.ok())
            self->m_maybeSent.remove(key);
        done(result);
    });
}

void VkConnector::cancelAll()
{
    m_transport.cancelAll();
}

}  // namespace earshot
