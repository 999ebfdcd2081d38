// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/telegram/TelegramConnector.h"

#include "core/connectors/AnswerHandlers.h"
#include "core/connectors/ApiTransport.h"
#include "core/connectors/telegram/TelegramParser.h"
#include "core/model/Platform.h"

#include <QDateTime>
#include <QPointer>

namespace earshot {

namespace {

template <typename Callback, typename Value>
void later(QObject *context, Callback done, Value value)
{
    QMetaObject::invokeMethod(
        context, [done, value] { done(value); }, Qt::QueuedConnection);
}

qint64 offsetOf(const QString &cursor)
{
    return cursor.startsWith(QLatin1String("offset:")) ? cursor.mid(7).toLongLong() : 0;
}

}  // namespace

TelegramConnector::TelegramConnector(ApiTransport &transport, QUrl base, QString token,
                                     QObject *parent)
    : QObject(parent), m_transport(transport), m_api(std::move(base), std::move(token))
{
}

QString TelegramConnector::platform() const
{
    return Platform::Telegram;
}

Capabilities TelegramConnector::capabilities() const
{
    return Capability::Read | Capability::Reply;
}

ConnectorLimits TelegramConnector::limits() const
{
    return {TelegramApi::kDefaultLimit, TelegramApi::kMaxLimit, 4096};
}

bool TelegramConnector::supports(Timeline::Kind kind) const
{
    // One stream of updates per bot: offering it under a second name would read the same
    // messages into a second source, each with a cursor of its own.
    return kind == Timeline::Kind::Home;
}

Error TelegramConnector::failure(const ApiResponse &response)
{
    const std::optional<TelegramError> said = TelegramParser::error(response.body);
    const int status = said && said->code > 0 ? said->code : response.status;
    const QString words = said && !said->description.isEmpty()
                              ? QLatin1Char(' ') + tr("Telegram said: %1").arg(said->description)
                              : QString();
    switch (status) {
    case 0:
        return {response.error ? response.error->kind : ErrorKind::Network,
                tr("Telegram could not be reached (%1). Check the connection; the next sync "
                   "tries again.")
                    .arg(describe(response.error ? response.error->kind : ErrorKind::Network))};
    case 401:
    case 404:  // Telegram answers 404 to a token it does not know
        return {ErrorKind::Unauthorized,
                tr("Telegram did not accept the bot token. Copy it again from @BotFather and "
                   "add the account again.") +
                    words};
    case 403:
        return {ErrorKind::Forbidden,
                tr("The bot may not do this: it was removed from the chat or lacks the "
                   "rights.") +
                    words};
    case 409:
        return {ErrorKind::Forbidden,
                tr("Another program reads this bot's updates (a webhook or a second "
                   "getUpdates). Only one reader is possible; stop the other one.") +
                    words};
    case 429: return {ErrorKind::RateLimited, tr("Telegram asked Earshot to slow down.") + words};
    case 400: return {ErrorKind::InvalidInput, tr("Telegram refused the request.") + words};
    default: break;
    }
    if (status >= 500)
        return {
            ErrorKind::ServerError,
            tr("Telegram failed on its side (HTTP %1). This is usually temporary.").arg(status) +
                words};
    return {ErrorKind::BadPayload, tr("Telegram answered with HTTP %1.").arg(status) + words};
}

namespace {

qint64 retryAt(const ApiResponse &response)
{
    const std::optional<TelegramError> said = TelegramParser::error(response.body);
    if (said && said->retryAfterSeconds > 0)
        return QDateTime::currentMSecsSinceEpoch() + said->retryAfterSeconds * 1000;
    return response.retryAtMs;
}

}  // namespace

void TelegramConnector::fetch(const Timeline &timeline, const PageRequest &page, FetchCallback done)
{
    if (!supports(timeline.kind)) {
        FetchResult result;
        result.error = Error{ErrorKind::InvalidInput,
                             tr("A Telegram bot only receives new messages; it cannot read "
                                "threads, searches or history.")};
        later(this, done, result);
        return;
    }
    const qint64 offset = offsetOf(page.cursor);
    const int limit =
        page.limit > 0 ? std::min(page.limit, TelegramApi::kMaxLimit) : TelegramApi::kDefaultLimit;
    const QString cursor = page.cursor;
    const PageFailures failures{
        [](const ApiResponse &response) {
            Error error = failure(response);
            const qint64 retry = error.kind == ErrorKind::RateLimited ? retryAt(response) : 0;
            return failedPage(std::move(error), retry);
        },
        // {"ok": false} with a success status still explains itself.
        [](const Error &error, const ApiResponse &response) {
            return failedPage(TelegramParser::error(response.body) ? failure(response) : error);
        }};
    const auto toPage = [cursor](TelegramUpdates &&batch, const ApiResponse &) {
        FetchResult result;
        result.items = std::move(batch.items);
        result.newerCursor = batch.lastUpdateId > 0 ? QStringLiteral("offset:") +
                                                          QString::number(batch.lastUpdateId + 1)
                                                    : cursor;
        return result;
    };
    QPointer<TelegramConnector> self(this);
    m_transport.send(m_api.getUpdates(offset, limit, m_pollSeconds),
                     [self, handle = pageHandler(std::move(done), failures, TelegramParser::updates,
                                                 toPage)](const ApiResponse &response) {
                         if (self)
                             handle(response);
                     });
}

void TelegramConnector::reply(const ReplyRequest &request, ReplyCallback done)
{
    ReplyResult refused;
    const TelegramMessageRef target = TelegramMessageRef::parse(request.inReplyTo);
    if (!target.isValid()) {
        refused.error = Error{ErrorKind::InvalidInput,
                              tr("\"%1\" is not a Telegram message.").arg(request.inReplyTo)};
    } else if (!request.idempotencyKey.isEmpty() && m_maybeSent.contains(request.idempotencyKey)) {
        refused.error = Error{ErrorKind::InvalidInput,
                              tr("An earlier attempt of this reply may already be in the chat, "
                                 "and a bot cannot read the chat to check. Look in the chat; "
                                 "if the reply is missing, send it again as a new reply.")};
    }
    if (refused.error) {
        later(this, done, refused);
        return;
    }
    const QString key = request.idempotencyKey;
    QPointer<TelegramConnector> self(this);
    m_transport.send(
        m_api.sendMessage(target, request.text), [self, done, key](const ApiResponse &response) {
            if (!self)
                return;
            ReplyResult result;
            const bool refusedByTelegram =
                response.status >= 400 || TelegramParser::error(response.body).has_value();
            Result<Item> sent = response.ok() && !refusedByTelegram
                                    ? TelegramParser::sent(response.body)
                                    : Result<Item>(failure(response));
            if (sent) {
                result.externalId = sent->externalId;
                result.url = QUrl(sent->url);
                done(result);
                return;
            }
            result.error = sent.error();
            // Lost connection after sending, or a success we cannot read: the message may
            // be in the chat. Not retryable: a bot cannot check, and a resend could post it
            // twice.
            if (!refusedByTelegram && (response.maybeSent || response.ok())) {
                if (!key.isEmpty())
                    self->m_maybeSent.insert(key);
                result.error->message =
                    tr("The reply may have been sent: the connection was lost before Telegram "
                       "confirmed it. A bot cannot read the chat to check, so Earshot will not "
                       "send it again. Look in the chat; if the reply is missing, send it as a "
                       "new reply.");
            }
            done(result);
        });
}

void TelegramConnector::findSentReply(const ReplyRequest &request, qint64 sinceMs,
                                      ReplyCallback done)
{
    Q_UNUSED(request);
    Q_UNUSED(sinceMs);
    ReplyResult result;
    result.error = Error{ErrorKind::InvalidInput,
                         tr("An earlier attempt may already be in the chat, and a Telegram bot "
                            "cannot read the chat to check. Look in the chat; if the reply is "
                            "missing, send it again as a new reply.")};
    later(this, done, result);
}

void TelegramConnector::cancelAll()
{
    m_transport.cancelAll();
}

}  // namespace earshot
