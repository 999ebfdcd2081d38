// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/ApiRequest.h"
#include "core/connectors/Connector.h"

#include <QString>
#include <QUrl>

namespace earshot {

// Builds the Discourse REST calls Earshot makes. Pure. Every request carries the user API
// key headers (Api-Key, Api-Username) and asks for JSON. Cursors are page numbers
// ("page:<n>") for lists and search; topic posts page by post number ("post:<n>").
class DiscourseApi {
public:
    DiscourseApi(QUrl site, QString apiKey, QString user)
        : m_site(std::move(site)), m_key(std::move(apiKey)), m_user(std::move(user))
    {
    }

    ApiRequest latest(const PageRequest &page) const;
    ApiRequest category(const QString &slugOrId, const PageRequest &page) const;
    ApiRequest search(const QString &query, const PageRequest &page) const;
    ApiRequest topicPosts(const QString &topicId, const PageRequest &page) const;
    // POST /posts.json answering in `request.inReplyTo`'s topic. `inReplyTo` is
    // "topic:<id>" or a post's "<topic id>/<post number>".
    ApiRequest reply(const ReplyRequest &request) const;

private:
    ApiRequest get(const QString &path, const QList<QPair<QString, QString>> &query) const;

    QUrl m_site;
    QString m_key;
    QString m_user;
};

}  // namespace earshot
