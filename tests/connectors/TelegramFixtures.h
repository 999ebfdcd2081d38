// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// The Bot API spec (api-samples/telegram/api.json) has no example payloads. These answers
// are written from its Update, Message, Chat and User types; test_telegram_parser checks
// that every field they use is declared there.
namespace earshot::test::telegram {

// getUpdates: a group message, a reply to it, a signed channel photo post, an update without
// a message (callback query) and an edit.
inline const QByteArray kUpdates = R"({"ok": true, "result": [
  {"update_id": 1001, "message": {"message_id": 10, "date": 1732780000,
    "chat": {"id": -1001234567890, "type": "supergroup", "title": "Acme users",
             "username": "acme_chat"},
    "from": {"id": 42, "is_bot": false, "first_name": "Anna", "last_name": "P",
             "username": "anna_p", "language_code": "ru"},
    "text": "Когда починят оплату?"}},
  {"update_id": 1002, "message": {"message_id": 11, "date": 1732780060,
    "chat": {"id": -1001234567890, "type": "supergroup", "title": "Acme users",
             "username": "acme_chat"},
    "from": {"id": 43, "is_bot": false, "first_name": "Ivan"},
    "reply_to_message": {"message_id": 10, "date": 1732780000,
      "chat": {"id": -1001234567890, "type": "supergroup", "title": "Acme users"},
      "text": "Когда починят оплату?"},
    "text": "+1, тоже не работает", "entities": [{"type": "bold", "offset": 0, "length": 2}]}},
  {"update_id": 1003, "channel_post": {"message_id": 77, "date": 1732781000,
    "chat": {"id": -1009990001112, "type": "channel", "title": "Acme news"},
    "sender_chat": {"id": -1009990001112, "type": "channel", "title": "Acme news"},
    "author_signature": "Editor",
    "photo": [{"file_id": "AgAD", "file_unique_id": "AQAD", "width": 90, "height": 90}],
    "caption": "Новые тарифы с 1 декабря"}},
  {"update_id": 1004, "callback_query": {"id": "cb1",
    "from": {"id": 42, "is_bot": false, "first_name": "Anna"}, "chat_instance": "ci",
    "data": "x"}},
  {"update_id": 1005, "edited_message": {"message_id": 10, "date": 1732780000,
    "edit_date": 1732780500,
    "chat": {"id": -1001234567890, "type": "supergroup", "title": "Acme users",
             "username": "acme_chat"},
    "from": {"id": 42, "is_bot": false, "first_name": "Anna", "last_name": "P",
             "username": "anna_p"},
    "text": "Когда починят оплату? Уже третий день."}}
]})";

// sendMessage: the message the bot sent.
inline const QByteArray kSent = R"({"ok": true, "result": {"message_id": 12, "date": 1732782000,
  "chat": {"id": -1001234567890, "type": "supergroup", "title": "Acme users",
           "username": "acme_chat"},
  "from": {"id": 7000, "is_bot": true, "first_name": "Acme support", "username": "acme_bot"},
  "reply_to_message": {"message_id": 10, "date": 1732780000,
    "chat": {"id": -1001234567890, "type": "supergroup", "title": "Acme users"}},
  "text": "Anna, we are on it."}})";

inline const QByteArray kUnauthorized =
    R"({"ok": false, "error_code": 401, "description": "Unauthorized"})";
inline const QByteArray kTooManyRequests =
    R"({"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 7",
        "parameters": {"retry_after": 7}})";

}  // namespace earshot::test::telegram
