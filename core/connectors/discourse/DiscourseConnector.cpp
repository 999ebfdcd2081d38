// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/discourse/DiscourseConnector.h"

#include "core/connectors/AnswerHandlers.h"
#include "core/connectors/ApiTransport.h"
#include "core/connectors/discourse/DiscourseParser.h"
#include "core/model/Platform.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>

namespace earshot {

namespace {

// Discourse's own reply limit (max_post_length) defaults to 32,000 characters.
constexpr int kMaxPostLength = 32'000;
// Clocks of the forum and of this computer differ a little; a post made "before" the
// draft by less than this still counts as ours.
constexpr qint64 kClockSlackMs = 5 * 60 * 1000;

// The transport's error with the forum's own words added ("invalid API key").
Error withServerMessage(const ApiResponse &response)
{
    Error error = *response.error;
    const QString said = DiscourseParser::errorMessage(response.body);
    if (!said.isEmpty())
        error.message += QLatin1Char(' ') + DiscourseConnector::tr("The forum said: %1").arg(said);
    return error;
}

// Retry-After, else the "extras.wait_seconds" Discourse puts in a 429 body.
qint64 retryAt(const ApiResponse &response)
{
    if (response.retryAtMs > 0 || response.status != 429)
        return response.retryAtMs;
    const int wait = QJsonDocument::fromJson(response.body)
                         .object()
                         .value(QLatin1String("extras"))
                         .toObject()
                         .value(QLatin1String("wait_seconds"))
                         .toInt();
    return wait > 0 ? QDateTime::currentMSecsSinceEpoch() + qint64(wait) * 1000 : 0;
}

// Topic lists, topic posts and search results differ only in their parser and in where the
// next page starts, which the forum says in the body.
template <class Parse, class NextCursor>
ApiTransport::Callback pageHandler(Connector::FetchCallback done, Parse parse, NextCursor next)
{
    const PageFailures failures{[](const ApiResponse &response) {
        return failedPage(withServerMessage(response), retryAt(response));
    }};
    return earshot::pageHandler(std::move(done), failures, std::move(parse),
                                [next](std::vector<Item> &&items, const ApiResponse &response) {
                                    return itemsPage(std::move(items), next(response.body));
                                });
}

int pageNumber(const QString &cursor)
{
    return cursor.startsWith(QLatin1String("page:")) ? cursor.mid(5).toInt() : 0;
}

QString normalized(const QString &text)
{
    return text.simplified();
}

}  // namespace

DiscourseConnector::DiscourseConnector(ApiTransport &transport, QUrl site, const QString &token,
                                       QString user, QObject *parent)
    : QObject(parent),
      m_transport(transport),
      m_api(DiscourseApi::fromToken(std::move(site), token, std::move(user)))
{
}

QString DiscourseConnector::platform() const
{
    return Platform::Discourse;
}

Capabilities DiscourseConnector::capabilities() const
{
    return Capability::Read | Capability::Reply | Capability::Post;
}

ConnectorLimits DiscourseConnector::limits() const
{
    // Lists come in the forum's own page size (30 topics, 20 posts, 50 results).
    return {30, 50, kMaxPostLength};
}

bool DiscourseConnector::supports(Timeline::Kind kind) const
{
    switch (kind) {
    case Timeline::Kind::Latest:
    case Timeline::Kind::Category:
    case Timeline::Kind::Search:
    case Timeline::Kind::Thread: return true;
    default: return false;
    }
}

template <class Result>
void DiscourseConnector::later(std::function<void(const Result &)> done, Result result)
{
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

void DiscourseConnector::send(const ApiRequest &request,
                              std::function<void(const ApiResponse &)> done)
{
    QPointer<DiscourseConnector> self(this);
    m_transport.send(request, [self, done](const ApiResponse &response) {
        if (self)
            done(response);
    });
}

void DiscourseConnector::fetch(const Timeline &timeline, const PageRequest &page,
                               FetchCallback done)
{
    const QUrl site = m_api.site();
    const auto topics = [site](const QByteArray &body) {
        return DiscourseParser::topicList(body, site);
    };
    switch (timeline.kind) {
    case Timeline::Kind::Latest:
        send(m_api.latest(page), pageHandler(done, topics, DiscourseParser::topicListNextCursor));
        return;
    case Timeline::Kind::Category:
        send(m_api.category(timeline.argument, page),
             pageHandler(done, topics, DiscourseParser::topicListNextCursor));
        return;
    case Timeline::Kind::Search: {
        const int current = pageNumber(page.cursor);
        send(m_api.search(timeline.argument, page),
             pageHandler(
                 done,
                 [site](const QByteArray &body) { return DiscourseParser::search(body, site); },
                 [current](const QByteArray &body) {
                     return DiscourseParser::searchNextCursor(body, current);
                 }));
        return;
    }
    case Timeline::Kind::Thread: {
        QPointer<DiscourseConnector> self(this);
        resolve(timeline.argument,
                [self, page, done](const std::optional<Target> &target, const Error &error) {
                    if (!self)
                        return;
                    if (!target) {
                        done(FetchResult{error, {}, {}, {}, 0});
                        return;
                    }
                    self->fetchTopic(target->topicId, page, done);
                });
        return;
    }
    default: break;
    }
    later<FetchResult>(
        done,
        FetchResult{
            Error{ErrorKind::InvalidInput, tr("Discourse has no such timeline.")}, {}, {}, {}, 0});
}

void DiscourseConnector::fetchTopic(const QString &topicId, const PageRequest &page,
                                    FetchCallback done)
{
    const QUrl site = m_api.site();
    send(m_api.topicPosts(QStringLiteral("topic:") + topicId, page),
         pageHandler(
             std::move(done),
             [site](const QByteArray &body) { return DiscourseParser::topicPosts(body, site); },
             DiscourseParser::topicPostsNextCursor));
}

void DiscourseConnector::resolve(const QString &ref, TargetCallback done)
{
    static const QRegularExpression topicRef(QStringLiteral("^topic:(\\d+)$"));
    static const QRegularExpression numberedRef(QStringLiteral("^(\\d+)/(\\d+)$"));
    static const QRegularExpression postRef(QStringLiteral("^\\d+$"));
    const QString trimmed = ref.trimmed();
    if (const QRegularExpressionMatch m = topicRef.match(trimmed); m.hasMatch()) {
        const Target target{m.captured(1), 0};
        QMetaObject::invokeMethod(
            this, [done, target] { done(target, {}); }, Qt::QueuedConnection);
        return;
    }
    if (const QRegularExpressionMatch m = numberedRef.match(trimmed); m.hasMatch()) {
        const Target target{m.captured(1), m.captured(2).toInt()};
        QMetaObject::invokeMethod(
            this, [done, target] { done(target, {}); }, Qt::QueuedConnection);
        return;
    }
    if (!postRef.match(trimmed).hasMatch()) {
        const Error error{ErrorKind::InvalidInput,
                          tr("\"%1\" is not a Discourse topic or post.").arg(trimmed)};
        QMetaObject::invokeMethod(
            this, [done, error] { done(std::nullopt, error); }, Qt::QueuedConnection);
        return;
    }
    // A post by its id: the forum says which topic it is in and where.
    const QUrl site = m_api.site();
    send(m_api.post(trimmed), [done, site](const ApiResponse &response) {
        if (!response.ok()) {
            done(std::nullopt, withServerMessage(response));
            return;
        }
        Result<Item> post = DiscourseParser::post(response.body, site);
        if (!post) {
            done(std::nullopt, post.error());
            return;
        }
        const QString topic = post->extra.value(QLatin1String("topic_id")).toString();
        if (topic.isEmpty()) {
            done(std::nullopt,
                 Error{
                     ErrorKind::BadPayload,
                     tr("The forum did not say which topic post %1 is in.").arg(post->externalId)});
            return;
        }
        done(Target{topic, post->extra.value(QLatin1String("post_number")).toInt()}, {});
    });
}

void DiscourseConnector::reply(const ReplyRequest &request, ReplyCallback done)
{
    QPointer<DiscourseConnector> self(this);
    resolve(request.inReplyTo,
            [self, request, done](const std::optional<Target> &target, const Error &error) {
                if (!self)
                    return;
                if (!target) {
                    done(ReplyResult{error, {}, {}, false});
                    return;
                }
                ReplyRequest resolved = request;
                resolved.inReplyTo =
                    target->postNumber > 0
                        ? QStringLiteral("%1/%2").arg(target->topicId).arg(target->postNumber)
                        : QStringLiteral("topic:") + target->topicId;
                const QUrl site = self->m_api.site();
                // A success that cannot be read: the retry looks for the post before posting
                // again.
                self->send(self->m_api.reply(resolved),
                           replyHandler(done, withServerMessage, [site](const QByteArray &body) {
                               return DiscourseParser::post(body, site);
                           }));
            });
}

void DiscourseConnector::findSentReply(const ReplyRequest &request, qint64 sinceMs,
                                       ReplyCallback done)
{
    const QString user = m_api.user();
    const QString text = normalized(request.text);
    const qint64 since = sinceMs - kClockSlackMs;
    // Ours: by our user (when known), after the draft, with the same text.
    const auto findIn = [user, text, since](const std::vector<Item> &items) -> const Item * {
        for (const Item &item : items) {
            const QString author = item.extra.value(QLatin1String("username")).toString();
            if (!user.isEmpty() && author.compare(user, Qt::CaseInsensitive) != 0)
                continue;
            if (item.publishedMs > 0 && item.publishedMs < since)
                continue;
            const QString raw = item.extra.value(QLatin1String("raw")).toString();
            if (normalized(raw) == text || normalized(item.text) == text)
                return &item;
        }
        return nullptr;
    };
    const auto found = [](const Item &item) {
        ReplyResult result;
        result.externalId = item.externalId;
        result.url = QUrl(item.url);
        return result;
    };
    QPointer<DiscourseConnector> self(this);
    resolve(request.inReplyTo, [self, findIn, found, done](const std::optional<Target> &target,
                                                           const Error &error) {
        if (!self)
            return;
        if (!target) {
            done(ReplyResult{error, {}, {}, false});
            return;
        }
        const QString topic = target->topicId;
        const QUrl site = self->m_api.site();
        const auto look = [findIn, found, site](const ApiResponse &response,
                                                std::optional<ReplyResult> *answer) {
            if (!response.ok()) {
                *answer = ReplyResult{withServerMessage(response), {}, {}, false};
                return;
            }
            Result<std::vector<Item>> items = DiscourseParser::topicPosts(response.body, site);
            if (!items) {
                *answer = ReplyResult{items.error(), {}, {}, false};
                return;
            }
            if (const Item *ours = findIn(*items))
                *answer = found(*ours);
        };
        const DiscourseApi &api = self->m_api;
        self->send(api.topicPosts(QStringLiteral("topic:") + topic, {}),
                   [self, topic, look, done](const ApiResponse &response) {
                       std::optional<ReplyResult> answer;
                       look(response, &answer);
                       const QString newest = DiscourseParser::topicLastCursor(response.body);
                       if (answer || newest.isEmpty()) {
                           done(answer.value_or(ReplyResult{}));
                           return;
                       }
                       // A long topic: our reply would be among its newest posts.
                       self->send(
                           self->m_api.topicPosts(QStringLiteral("topic:") + topic, {newest, 0}),
                           [look, done](const ApiResponse &rest) {
                               std::optional<ReplyResult> again;
                               look(rest, &again);
                               done(again.value_or(ReplyResult{}));
                           });
                   });
    });
}

void DiscourseConnector::cancelAll()
{
    m_transport.cancelAll();
}

}  // namespace earshot
