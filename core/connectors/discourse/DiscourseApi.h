// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/ApiRequest.h"
#include "core/connectors/Connector.h"

#include <QString>
#include <QUrl>

namespace earshot {

// Builds the Discourse REST calls Earshot makes. Pure. Every request asks for JSON and
// carries the key: an API key made by an admin goes with the user it acts as (Api-Key,
// Api-Username); a user API key (User-Api-Key) names its user itself. Cursors are page
// numbers ("page:<n>") for lists and search; topic posts page by post number ("post:<n>").
class DiscourseApi {
public:
    enum class Auth { ApiKey, UserApiKey };

    // A stored token "user-api-key:<key>" is a user API key; anything else an API key.
    static constexpr const char *kUserApiKeyPrefix = "user-api-key:";

    DiscourseApi(QUrl site, QString apiKey, QString user, Auth auth = Auth::ApiKey)
        : m_site(std::move(site)), m_key(std::move(apiKey)), m_user(std::move(user)), m_auth(auth)
    {
    }
    // From an account's stored token, by the prefix above.
    static DiscourseApi fromToken(QUrl site, const QString &token, QString user);

    ApiRequest latest(const PageRequest &page) const;
    ApiRequest category(const QString &slugOrId, const PageRequest &page) const;
    ApiRequest search(const QString &query, const PageRequest &page) const;
    ApiRequest topicPosts(const QString &topicId, const PageRequest &page) const;
    // GET /posts/<id>.json: one post, with its topic and number.
    ApiRequest post(const QString &postId) const;
    // POST /posts.json answering in `request.inReplyTo`'s topic. `inReplyTo` is
    // "topic:<id>" or a post's "<topic id>/<post number>".
    ApiRequest reply(const ReplyRequest &request) const;

    const QUrl &site() const { return m_site; }
    const QString &user() const { return m_user; }

private:
    ApiRequest get(const QString &path, const QList<QPair<QString, QString>> &query) const;

    QUrl m_site;
    QString m_key;
    QString m_user;
    Auth m_auth = Auth::ApiKey;
};

}  // namespace earshot
