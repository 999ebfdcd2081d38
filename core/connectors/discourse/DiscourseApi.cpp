// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/discourse/DiscourseApi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace earshot {

namespace {

QList<QPair<QString, QString>> pageQuery(const PageRequest &page)
{
    if (page.cursor.startsWith(QLatin1String("page:")))
        return {{QStringLiteral("page"), page.cursor.mid(5)}};
    return {};
}

}  // namespace

DiscourseApi DiscourseApi::fromToken(QUrl site, const QString &token, QString user)
{
    const QLatin1String prefix(kUserApiKeyPrefix);
    if (token.startsWith(prefix))
        return DiscourseApi(std::move(site), token.mid(prefix.size()), std::move(user),
                            Auth::UserApiKey);
    return DiscourseApi(std::move(site), token, std::move(user), Auth::ApiKey);
}

ApiRequest DiscourseApi::get(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    ApiRequest request;
    QUrl url = m_site;
    url.setPath(m_site.path() + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    request.url = url;
    if (m_auth == Auth::UserApiKey) {
        request.headers.append({QByteArray("User-Api-Key"), m_key.toUtf8()});
    } else {
        request.headers.append({QByteArray("Api-Key"), m_key.toUtf8()});
        request.headers.append({QByteArray("Api-Username"), m_user.toUtf8()});
    }
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    return request;
}

ApiRequest DiscourseApi::latest(const PageRequest &page) const
{
    return get(QStringLiteral("/latest.json"), pageQuery(page));
}

ApiRequest DiscourseApi::category(const QString &slugOrId, const PageRequest &page) const
{
    return get(QStringLiteral("/c/%1.json")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(slugOrId, "/"))),
               pageQuery(page));
}

ApiRequest DiscourseApi::search(const QString &text, const PageRequest &page) const
{
    QList<QPair<QString, QString>> query{{QStringLiteral("q"), text}};
    query += pageQuery(page);
    return get(QStringLiteral("/search.json"), query);
}

ApiRequest DiscourseApi::topicPosts(const QString &topicId, const PageRequest &page) const
{
    QString id = topicId;
    if (id.startsWith(QLatin1String("topic:")))
        id = id.mid(6);
    QString path = QStringLiteral("/t/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(id)));
    if (page.cursor.startsWith(QLatin1String("post:")))
        path += QLatin1Char('/') + page.cursor.mid(5);
    return get(path + QStringLiteral(".json"), {});
}

ApiRequest DiscourseApi::post(const QString &postId) const
{
    return get(
        QStringLiteral("/posts/%1.json").arg(QString::fromLatin1(QUrl::toPercentEncoding(postId))),
        {});
}

ApiRequest DiscourseApi::reply(const ReplyRequest &reply) const
{
    ApiRequest request = get(QStringLiteral("/posts.json"), {});
    request.method = "POST";
    QJsonObject body{{QLatin1String("raw"), reply.text}};
    if (reply.inReplyTo.startsWith(QLatin1String("topic:"))) {
        body.insert(QLatin1String("topic_id"), reply.inReplyTo.mid(6).toLongLong());
    } else {
        const QStringList parts = reply.inReplyTo.split(QLatin1Char('/'));
        body.insert(QLatin1String("topic_id"), parts.value(0).toLongLong());
        if (parts.size() > 1)
            body.insert(QLatin1String("reply_to_post_number"), parts.value(1).toInt());
    }
    request.contentType = "application/json";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

}  // namespace earshot
