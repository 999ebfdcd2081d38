// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Item.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace earshot {

// A batch of updates: the messages in it and the highest update_id seen, counting updates
// that carry no message, so the next offset skips them too.
struct TelegramUpdates {
    std::vector<Item> items;
    qint64 lastUpdateId = 0;  // 0 when the batch was empty
};

// An {"ok": false, ...} answer.
struct TelegramError {
    int code = 0;
    QString description;
    qint64 retryAfterSeconds = 0;  // parameters.retry_after, with 429
};

// Turns Telegram Bot API answers into model values. Pure and thread-safe. Answers are
// {"ok": true, "result": ...}; anything else that is not an {"ok": false} error is BadPayload.
//
// Items: externalId "<chat id>_<message id>"; the chat is the thread (threadId is the chat
// id: bots cannot fetch a message's thread, the chat is the conversation they see);
// parentId is the message replied to. The author is the sender (from), or for channel posts
// the channel (sender_chat) under the post's signature when it has one. Text is the text or
// the caption of media.
namespace TelegramParser {

// getUpdates: message, edited_message, channel_post and edited_channel_post updates.
Result<TelegramUpdates> updates(const QByteArray &body);
// sendMessage: the sent message.
Result<Item> sent(const QByteArray &body);
// An error answer's code, description and retry_after; nothing when the body is not one.
std::optional<TelegramError> error(const QByteArray &body);
// One Message object as an Item; empty externalId when it is not a message.
Item message(const QJsonObject &message);

}  // namespace TelegramParser
}  // namespace earshot
