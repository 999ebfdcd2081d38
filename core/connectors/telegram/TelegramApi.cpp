// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/telegram/TelegramApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace earshot {

QString TelegramMessageRef::key() const
{
    return QString::number(chatId) + QLatin1Char('_') + QString::number(messageId);
}

TelegramMessageRef TelegramMessageRef::parse(const QString &text)
{
    TelegramMessageRef ref;
    const qsizetype underscore = text.lastIndexOf(QLatin1Char('_'));
    if (underscore <= 0)
        return ref;
    bool chatOk = false;
    bool messageOk = false;
    const qint64 chat = text.left(underscore).trimmed().toLongLong(&chatOk);
    const qint64 message = text.mid(underscore + 1).trimmed().toLongLong(&messageOk);
    if (chatOk && messageOk) {
        ref.chatId = chat;
        ref.messageId = message;
    }
    return ref;
}

ApiRequest TelegramApi::call(const char *method) const
{
    ApiRequest request;
    QUrl url = m_base;
    url.setPath(m_base.path() + QStringLiteral("/bot") + m_token + QLatin1Char('/') +
                QLatin1String(method));
    request.url = url;
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    return request;
}

ApiRequest TelegramApi::getUpdates(qint64 offset, int limit, int pollSeconds) const
{
    ApiRequest request = call("getUpdates");
    QUrlQuery query;
    if (offset > 0)
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("timeout"), QString::number(pollSeconds));
    query.addQueryItem(
        QStringLiteral("allowed_updates"),
        QStringLiteral(R"(["message","edited_message","channel_post","edited_channel_post"])"));
    request.url.setQuery(query);
    return request;
}

ApiRequest TelegramApi::sendMessage(const TelegramMessageRef &target, const QString &text) const
{
    ApiRequest request = call("sendMessage");
    request.method = "POST";
    const QJsonObject replyTo{{QLatin1String("message_id"), target.messageId},
                              {QLatin1String("allow_sending_without_reply"), true}};
    const QJsonObject body{{QLatin1String("chat_id"), target.chatId},
                           {QLatin1String("text"), text},
                           {QLatin1String("reply_parameters"), replyTo}};
    request.contentType = "application/json";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

ApiRequest TelegramApi::getMe() const
{
    return call("getMe");
}

}  // namespace earshot
