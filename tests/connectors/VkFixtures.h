// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// VK publishes JSON Schemas, not sample answers (api-samples/vk). These answers are written
// from those schemas for API 5.199, wrapped in {"response": ...} as the API sends them;
// test_vk_parser checks that every field they use is declared in the schema.
namespace earshot::test::vk {

// wall.get with extended=1 of community 1: a post by the community, a repost by a person.
inline const QByteArray kWall = R"({"response": {
  "count": 1500,
  "items": [
    {"id": 101, "owner_id": -1, "from_id": -1, "date": 1732780000,
     "text": "Тарифы меняются с 1 декабря", "post_type": "post",
     "comments": {"count": 3, "can_post": 1}, "likes": {"count": 10, "user_likes": 0},
     "reposts": {"count": 1, "user_reposted": 0}, "is_pinned": 1, "marked_as_ads": 0},
    {"id": 100, "owner_id": -1, "from_id": 55, "signer_id": 55, "date": 1732770000, "text": "",
     "post_type": "post",
     "copy_history": [{"id": 7, "owner_id": -2, "from_id": -2, "date": 1732760000,
                       "text": "Original announcement", "post_type": "post"}]}
  ],
  "profiles": [{"id": 55, "first_name": "Анна", "last_name": "Петрова", "screen_name": "anna"}],
  "groups": [{"id": 1, "name": "Acme", "screen_name": "acme"},
             {"id": 2, "name": "Other", "screen_name": "other"}]
}})";

// wall.getComments with extended=1 and thread_items_count of post -1_101: a comment with two
// nested replies (one without reply_to_comment) and a deleted comment.
inline const QByteArray kComments = R"({"response": {
  "count": 2, "current_level_count": 2, "can_post": true, "show_reply_button": true,
  "items": [
    {"id": 501, "from_id": 55, "post_id": 101, "owner_id": -1, "parents_stack": [],
     "date": 1732781000, "text": "Когда вернут старый тариф?", "likes": {"count": 2},
     "thread": {"count": 2, "can_post": true, "items": [
       {"id": 502, "from_id": -1, "post_id": 101, "owner_id": -1, "parents_stack": [501],
        "date": 1732782000, "text": "Анна, на следующей неделе", "reply_to_user": 55,
        "reply_to_comment": 501},
       {"id": 503, "from_id": 66, "post_id": 101, "owner_id": -1, "parents_stack": [501],
        "date": 1732783000, "text": "+1"}]}},
    {"id": 504, "from_id": 0, "post_id": 101, "owner_id": -1, "date": 1732784000, "text": "",
     "deleted": true}
  ],
  "profiles": [{"id": 55, "first_name": "Анна", "last_name": "Петрова", "screen_name": "anna"},
               {"id": 66, "first_name": "Иван", "last_name": "", "screen_name": ""}],
  "groups": [{"id": 1, "name": "Acme", "screen_name": "acme"}]
}})";

// newsfeed.search with extended=1: one post and where the next page starts.
inline const QByteArray kSearch = R"({"response": {
  "items": [{"id": 9, "owner_id": 77, "from_id": 77, "date": 1732790000,
             "text": "Acme снова подняла цены", "post_type": "post"}],
  "count": 1000, "total_count": 5000, "next_from": "20/77_9",
  "profiles": [{"id": 77, "first_name": "Олег", "last_name": "Смирнов", "screen_name": "oleg"}],
  "groups": []
}})";

inline const QByteArray kAuthError = R"({"error": {"error_code": 5,
  "error_msg": "User authorization failed: invalid access_token (4).",
  "request_params": [{"key": "method", "value": "wall.get"}]}})";

}  // namespace earshot::test::vk
