// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/ApiRequest.h"

#include <QString>
#include <QUrl>

namespace earshot {

// A message named the way Earshot stores it: "<chat id>_<message id>" (message ids are only
// unique within a chat; chat ids of groups and channels are negative).
struct TelegramMessageRef {
    qint64 chatId = 0;
    qint64 messageId = 0;

    bool isValid() const { return chatId != 0 && messageId > 0; }
    QString key() const;
    static TelegramMessageRef parse(const QString &text);
};

// Builds the Telegram Bot API calls Earshot makes (api.telegram.org/bot<token>/<method>).
// Pure: no I/O. The token is part of the path, so these URLs must never be logged or shown:
// error messages are built from the status and Telegram's description only.
class TelegramApi {
public:
    TelegramApi(QUrl base, QString token) : m_base(std::move(base)), m_token(std::move(token)) {}

    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 100;

    // getUpdates from `offset` (0: whatever Telegram still holds), waiting up to
    // `pollSeconds` for the first update (long polling). Only message and channel post
    // updates are asked for.
    ApiRequest getUpdates(qint64 offset, int limit, int pollSeconds) const;
    // sendMessage answering `target` in its chat. allow_sending_without_reply: a reply to a
    // message deleted meanwhile still reaches the chat.
    ApiRequest sendMessage(const TelegramMessageRef &target, const QString &text) const;
    // getMe: the bot the token belongs to.
    ApiRequest getMe() const;

private:
    ApiRequest call(const char *method) const;

    QUrl m_base;
    QString m_token;
};

}  // namespace earshot
