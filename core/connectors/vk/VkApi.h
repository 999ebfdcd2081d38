// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/ApiRequest.h"
#include "core/connectors/Connector.h"

#include <QString>
#include <QUrl>

namespace earshot {

// A wall post or comment named the way VK writes it: "<owner>_<post>" for a post (owner
// negative for a community) and "<owner>_<post>_<comment>" for a comment.
struct VkPostRef {
    qint64 ownerId = 0;
    qint64 postId = 0;
    qint64 commentId = 0;  // 0 for the post itself

    bool isValid() const { return ownerId != 0 && postId > 0; }
    QString postKey() const;  // "<owner>_<post>"
    QString key() const;      // postKey(), plus "_<comment>" for a comment
    // Reads "-1_123", "wall-1_123" and "-1_123_456"; invalid on anything else.
    static VkPostRef parse(const QString &text);
};

// Builds the VK API calls Earshot makes (api.vk.com/method/<name>, API version pinned to
// kVersion so answers keep the shape the parser knows). Pure: no I/O. The token goes in an
// "Authorization: Bearer" header, never in the query, so addresses are safe to show.
//
// Cursors: "offset:<n>" for walls and comments, "from:<next_from>" for newsfeed.search.
class VkApi {
public:
    VkApi(QUrl base, QString token) : m_base(std::move(base)), m_token(std::move(token)) {}

    static constexpr auto kVersion = "5.199";
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 100;
    static constexpr int kThreadItems = 10;  // nested replies wall.getComments returns inline

    // wall.get of a wall: `owner` is a numeric id ("-1" for community 1) or a short name.
    ApiRequest wallGet(const QString &owner, const PageRequest &page) const;
    // wall.getComments of a post, oldest first, with each comment's first nested replies.
    ApiRequest wallGetComments(const VkPostRef &post, const PageRequest &page) const;
    // The newest comments answering `target` (a post, or a comment's thread): where a reply
    // of ours shows up first.
    ApiRequest newestComments(const VkPostRef &target) const;
    // newsfeed.search for `query`.
    ApiRequest newsfeedSearch(const QString &query, const PageRequest &page) const;
    // wall.createComment answering `target`; `guid` lets VK refuse a repeated comment.
    ApiRequest createComment(const VkPostRef &target, const QString &message,
                             const QString &guid) const;

    static QString offsetCursor(int offset);
    static QString fromCursor(const QString &nextFrom);

private:
    ApiRequest call(const char *method, QList<QPair<QString, QString>> params,
                    bool post = false) const;
    static int limit(const PageRequest &page, int max);
    static int offset(const PageRequest &page);

    QUrl m_base;
    QString m_token;
};

}  // namespace earshot
