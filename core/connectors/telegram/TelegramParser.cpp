// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/telegram/TelegramParser.h"

#include "core/connectors/JsonAnswer.h"

#include "core/model/Platform.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace earshot::TelegramParser {

namespace {

const QString kSite = QStringLiteral("https://t.me/");

QString tr(const char *text)
{
    return QCoreApplication::translate("Telegram", text);
}

qint64 integer(const QJsonObject &o, QLatin1String key)
{
    return static_cast<qint64>(o.value(key).toDouble());
}

PayloadWords words()
{
    return {tr("Telegram sent %1 that Earshot cannot read (%2). Nothing was changed; the next "
               "sync tries again."),
            tr("%1 at byte %2"), tr("no result")};
}

Error badPayload(const QString &what, const QString &detail)
{
    return earshot::badPayload(words(), what, detail);
}

// The "result" of an {"ok": true} answer.
Result<QJsonValue> unwrap(const QByteArray &body, const QString &what)
{
    return unwrapAnswer(
        body, what, words(), QLatin1String("result"),
        [&what](const QJsonObject &top) -> std::optional<Error> {
            if (top.value(QLatin1String("ok")).toBool() && top.contains(QLatin1String("result")))
                return std::nullopt;
            const QString said = top.value(QLatin1String("description")).toString();
            return badPayload(what, said.isEmpty() ? tr("no result") : said.left(300));
        });
}

QString chatLink(const QJsonObject &chat, qint64 messageId)
{
    const QString username = chat.value(QLatin1String("username")).toString();
    if (!username.isEmpty())
        return kSite + username + QLatin1Char('/') + QString::number(messageId);
    // Private supergroups and channels: t.me/c/<id without the -100 prefix>/<message>.
    const QString id = QString::number(integer(chat, QLatin1String("id")));
    if (id.startsWith(QLatin1String("-100")))
        return kSite + QStringLiteral("c/") + id.mid(4) + QLatin1Char('/') +
               QString::number(messageId);
    return {};  // basic groups and private chats have no message links
}

Author userAuthor(const QJsonObject &user)
{
    Author a;
    a.name = QString(user.value(QLatin1String("first_name")).toString() + QLatin1Char(' ') +
                     user.value(QLatin1String("last_name")).toString())
                 .trimmed();
    const QString username = user.value(QLatin1String("username")).toString();
    if (!username.isEmpty()) {
        a.handle = QLatin1Char('@') + username;
        a.url = kSite + username;
    } else {
        a.handle = QString::number(integer(user, QLatin1String("id")));
    }
    return a;
}

Author chatAuthor(const QJsonObject &chat)
{
    Author a;
    a.name = chat.value(QLatin1String("title")).toString();
    const QString username = chat.value(QLatin1String("username")).toString();
    if (!username.isEmpty()) {
        a.handle = QLatin1Char('@') + username;
        a.url = kSite + username;
    } else {
        a.handle = QString::number(integer(chat, QLatin1String("id")));
    }
    return a;
}

}  // namespace

Item message(const QJsonObject &m)
{
    Item item;
    const qint64 messageId = integer(m, QLatin1String("message_id"));
    const QJsonObject chat = m.value(QLatin1String("chat")).toObject();
    const qint64 chatId = integer(chat, QLatin1String("id"));
    if (messageId <= 0 || chatId == 0)
        return item;
    const QString chatKey = QString::number(chatId);
    item.platform = Platform::Telegram;
    item.externalId = chatKey + QLatin1Char('_') + QString::number(messageId);
    item.threadId = chatKey;
    const QJsonObject replyTo = m.value(QLatin1String("reply_to_message")).toObject();
    const qint64 parent = integer(replyTo, QLatin1String("message_id"));
    if (parent > 0)
        item.parentId = chatKey + QLatin1Char('_') + QString::number(parent);
    item.sourceTitle = chat.value(QLatin1String("title")).toString();
    item.url = chatLink(chat, messageId);
    const QJsonObject from = m.value(QLatin1String("from")).toObject();
    const QJsonObject senderChat = m.value(QLatin1String("sender_chat")).toObject();
    if (!senderChat.isEmpty())
        item.author = chatAuthor(senderChat);
    else if (!from.isEmpty())
        item.author = userAuthor(from);
    else
        item.author = chatAuthor(chat);  // channel posts may come without a sender
    const QString signature = m.value(QLatin1String("author_signature")).toString();
    if (!signature.isEmpty())
        item.author.name = signature;
    item.text = m.value(QLatin1String("text")).toString();
    if (item.text.isEmpty())
        item.text = m.value(QLatin1String("caption")).toString();
    item.publishedMs = integer(m, QLatin1String("date")) * 1000;
    item.lang = from.value(QLatin1String("language_code")).toString();
    item.extra.insert(QLatin1String("chat_id"), chatId);
    item.extra.insert(QLatin1String("chat_type"), chat.value(QLatin1String("type")).toString());
    const qint64 edited = integer(m, QLatin1String("edit_date"));
    if (edited > 0)
        item.extra.insert(QLatin1String("edited"), edited * 1000);
    return item;
}

Result<TelegramUpdates> updates(const QByteArray &body)
{
    const QString what = tr("updates");
    Result<QJsonValue> result = unwrap(body, what);
    if (!result)
        return result.error();
    if (!result->isArray())
        return badPayload(what, tr("expected a list"));
    static const QLatin1String kinds[] = {QLatin1String("message"), QLatin1String("edited_message"),
                                          QLatin1String("channel_post"),
                                          QLatin1String("edited_channel_post")};
    TelegramUpdates batch;
    const QJsonArray list = result->toArray();
    batch.items.reserve(static_cast<std::size_t>(list.size()));
    for (const QJsonValue &v : list) {
        const QJsonObject update = v.toObject();
        const qint64 id = integer(update, QLatin1String("update_id"));
        batch.lastUpdateId = std::max(batch.lastUpdateId, id);
        for (const QLatin1String kind : kinds) {
            const QJsonValue m = update.value(kind);
            if (!m.isObject())
                continue;
            Item item = message(m.toObject());
            if (!item.externalId.isEmpty()) {
                item.extra.insert(QLatin1String("update_id"), id);
                batch.items.push_back(std::move(item));
            }
            break;
        }
    }
    return batch;
}

Result<Item> sent(const QByteArray &body)
{
    const QString what = tr("the sent message");
    Result<QJsonValue> result = unwrap(body, what);
    if (!result)
        return result.error();
    Item item = message(result->toObject());
    if (item.externalId.isEmpty())
        return badPayload(what, tr("it is not a message"));
    return item;
}

std::optional<TelegramError> error(const QByteArray &body)
{
    const QJsonObject top = QJsonDocument::fromJson(body).object();
    if (top.isEmpty() || top.value(QLatin1String("ok")).toBool(true))
        return std::nullopt;
    TelegramError e;
    e.code = static_cast<int>(integer(top, QLatin1String("error_code")));
    e.description = top.value(QLatin1String("description")).toString().left(300);
    e.retryAfterSeconds =
        integer(top.value(QLatin1String("parameters")).toObject(), QLatin1String("retry_after"));
    return e;
}

}  // namespace earshot::TelegramParser
