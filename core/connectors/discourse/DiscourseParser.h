// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Item.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QUrl>

#include <vector>

namespace earshot {

// Turns Discourse API answers into model values. Pure and thread-safe.
//
// Ids: a topic is "topic:<id>" (it is the thread), a post is its post id. The first post
// of a topic has no thread or parent; later posts have threadId "topic:<id>" and parentId
// the post they answer (reply_to_post_number resolved within the page), else the topic.
// Anything that is not the documented JSON shape is BadPayload in plain words. A post's
// author is "@user@host"; its "raw" source, when the forum sends it, is kept in
// extra["raw"] and its username in extra["username"].
namespace DiscourseParser {

// /latest.json, /c/<slug>/<id>.json: one item per topic (title, no body).
Result<std::vector<Item>> topicList(const QByteArray &body, const QUrl &site);
// /t/<id>.json: the topic's posts in the page.
Result<std::vector<Item>> topicPosts(const QByteArray &body, const QUrl &site);
// /search.json: matching posts (blurb as text).
Result<std::vector<Item>> search(const QByteArray &body, const QUrl &site);
// One post (GET /posts/<id>.json, POST /posts.json).
Result<Item> post(const QByteArray &body, const QUrl &site);
// The "errors" (joined) or "error" of an error answer, or an empty string.
QString errorMessage(const QByteArray &body);

// Where the next (older) page of an answer starts, as a DiscourseApi cursor: "page:<n>"
// for a topic list (more_topics_url) or search (more_posts), "post:<n>" for a topic whose
// posts go beyond this page. Empty at the end, or when the body is not JSON.
QString topicListNextCursor(const QByteArray &body);
QString searchNextCursor(const QByteArray &body, int currentPage);
QString topicPostsNextCursor(const QByteArray &body);
// The cursor of a topic's newest posts ("post:<highest number>") when this page does not
// reach them; empty when it does.
QString topicLastCursor(const QByteArray &body);

}  // namespace DiscourseParser
}  // namespace earshot
