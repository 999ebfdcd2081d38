// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/ApiRequest.h"
#include "core/connectors/Connector.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace earshot {

// Builds the Reddit OAuth API calls Earshot makes (oauth.reddit.com). Pure: no I/O. Every
// request carries "Authorization: bearer <token>" and a descriptive User-Agent, which Reddit
// requires (generic agents are throttled or refused), and asks for raw_json=1 so text comes
// without HTML entity escaping.
//
// Cursors: "after:<fullname>" continues to older items, "before:<fullname>" to newer ones;
// "more:<link fullname>:<id>,<id>..." continues a comment tree through /api/morechildren.
class RedditApi {
public:
    RedditApi(QUrl base, QString token, QString user)
        : m_base(std::move(base)), m_token(std::move(token)), m_user(std::move(user))
    {
    }

    static constexpr int kDefaultLimit = 25;
    static constexpr int kMaxLimit = 100;
    // /api/morechildren takes at most 100 ids per call.
    static constexpr int kMoreChildrenBatch = 100;

    // GET /r/<subreddit>/new. `subreddit` may be written "r/name" or "/r/name".
    ApiRequest subredditNew(const QString &subreddit, const PageRequest &page) const;
    // GET /search, or /r/<sub>/search restricted to it when `argument` starts with "r/<sub> ".
    ApiRequest search(const QString &argument, const PageRequest &page) const;
    // GET /comments/<id36>: the post and its comment tree (newest first).
    ApiRequest comments(const QString &postId) const;
    // POST /api/morechildren for ids of a "more" stub under the post `linkFullname`.
    ApiRequest moreChildren(const QString &linkFullname, const QStringList &ids) const;
    // POST /api/comment answering `parentFullname` (t3_ post or t1_ comment).
    ApiRequest postComment(const QString &parentFullname, const QString &text) const;
    // GET /user/<name>/comments, newest first: where a reply of ours shows up first.
    ApiRequest userComments(const QString &user) const;
    // GET /api/v1/me: the account that owns the token.
    ApiRequest me() const;

    static QString olderCursor(const QString &after);
    static QString newerCursor(const QString &before);
    static QString moreCursor(const QString &linkFullname, const QStringList &ids);
    // Reads a "more:" cursor; false when `cursor` is not one.
    static bool parseMoreCursor(const QString &cursor, QString *linkFullname, QStringList *ids);
    // "t3_abc" and "abc" both give "abc".
    static QString id36(const QString &fullnameOrId);

    const QUrl &base() const { return m_base; }
    const QString &user() const { return m_user; }

private:
    ApiRequest request(const QString &path, QList<QPair<QString, QString>> query) const;
    ApiRequest form(const QString &path, const QList<QPair<QString, QString>> &fields) const;
    void addPage(QList<QPair<QString, QString>> &query, const PageRequest &page) const;

    QUrl m_base;
    QString m_token;
    QString m_user;
};

}  // namespace earshot
