// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Item.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace earshot {

// One page of wall posts, comments or search results.
struct VkPage {
    std::vector<Item> items;
    int total = -1;    // "count": all posts/comments there are; -1 when not said
    int topLevel = 0;  // entries at the top of "items" (comments: without nested replies)
    QString nextFrom;  // newsfeed.search: where the next page starts; empty at the end
};

// A comment as the reply check needs it.
struct VkComment {
    qint64 id = 0;
    qint64 fromId = 0;
    qint64 replyToComment = 0;
    qint64 publishedMs = 0;
    QString text;
};

// Turns VK API answers into model values. Pure and thread-safe. VK answers HTTP 200 with
// either {"response": ...} or {"error": {"error_code": N, "error_msg": "..."}}; an error
// becomes an Error of the matching kind with a plain sentence (see error()). Anything else
// that is not the documented shape is BadPayload.
//
// Items: a post's externalId is "<owner>_<id>" (VK's own notation, unique across walls), a
// comment's "<owner>_<post>_<id>"; a comment's threadId is its post and parentId the comment
// it answers (reply_to_comment) or else the post. Authors come from the "profiles" and
// "groups" arrays of extended answers: positive from_id is a person, negative a community.
namespace VkParser {

// wall.get (extended).
Result<VkPage> wall(const QByteArray &body);
// wall.getComments (extended) of `post` ("<owner>_<id>"), nested thread items included.
Result<VkPage> comments(const QByteArray &body, const QString &post);
// newsfeed.search (extended).
Result<VkPage> search(const QByteArray &body);
// wall.getComments without profiles: the bare comments, for the reply check.
Result<std::vector<VkComment>> rawComments(const QByteArray &body);
// wall.createComment: the new comment's id.
Result<qint64> createdComment(const QByteArray &body);

// The VK error code of an error answer, 0 when the body is not one.
int errorCode(const QByteArray &body);
// The error an error answer carries (see error()), nothing when the body is not one.
std::optional<Error> apiError(const QByteArray &body);
// An error code and VK's message as an Error: 5 and 17 Unauthorized; 6, 9, 29 and 223
// RateLimited; 7, 15, 18, 30, 203, 212, 213 and 14 Forbidden with what to do; 1 and 10
// ServerError; others InvalidInput.
Error error(int code, const QString &message);
// How long to wait after a rate error (ms), before backing off further: 6 (per second) 1 s,
// 9 (flood control) and 223 (too many replies) 10 minutes, 29 (daily method limit) 1 hour.
qint64 rateLimitPauseMs(int code);

}  // namespace VkParser
}  // namespace earshot
