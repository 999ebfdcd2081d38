// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/reddit/RedditApi.h"

#include <QUrlQuery>

#include <algorithm>

namespace earshot {

namespace {

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString subredditName(QString name)
{
    name = name.trimmed();
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    if (name.startsWith(QLatin1String("r/"), Qt::CaseInsensitive))
        name.remove(0, 2);
    return name;
}

}  // namespace

QString RedditApi::olderCursor(const QString &after)
{
    return after.isEmpty() ? QString() : QStringLiteral("after:") + after;
}

QString RedditApi::newerCursor(const QString &before)
{
    return before.isEmpty() ? QString() : QStringLiteral("before:") + before;
}

QString RedditApi::moreCursor(const QString &linkFullname, const QStringList &ids)
{
    if (linkFullname.isEmpty() || ids.isEmpty())
        return {};
    return QStringLiteral("more:") + linkFullname + QLatin1Char(':') + ids.join(QLatin1Char(','));
}

bool RedditApi::parseMoreCursor(const QString &cursor, QString *linkFullname, QStringList *ids)
{
    if (!cursor.startsWith(QLatin1String("more:")))
        return false;
    const qsizetype colon = cursor.indexOf(QLatin1Char(':'), 5);
    if (colon < 0)
        return false;
    *linkFullname = cursor.mid(5, colon - 5);
    *ids = cursor.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return !linkFullname->isEmpty() && !ids->isEmpty();
}

QString RedditApi::id36(const QString &fullnameOrId)
{
    const QString id = fullnameOrId.trimmed();
    if (id.size() > 3 && id.at(0) == QLatin1Char('t') && id.at(2) == QLatin1Char('_'))
        return id.mid(3);
    return id;
}

ApiRequest RedditApi::request(const QString &path, QList<QPair<QString, QString>> query) const
{
    ApiRequest request;
    QUrl url = m_base;
    url.setPath(m_base.path() + path, QUrl::StrictMode);
    query.append({QStringLiteral("raw_json"), QStringLiteral("1")});
    QUrlQuery q;
    q.setQueryItems(query);
    url.setQuery(q);
    request.url = url;
    request.headers.append({QByteArray("Authorization"), "bearer " + m_token.toUtf8()});
    // Reddit's rules: "<platform>:<app id>:<version> (by /u/<username>)".
    QByteArray agent = "desktop:earshot:1.0";
    if (!m_user.isEmpty())
        agent += " (by /u/" + m_user.toUtf8() + ')';
    request.headers.append({QByteArray("User-Agent"), agent});
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    return request;
}

ApiRequest RedditApi::form(const QString &path, const QList<QPair<QString, QString>> &fields) const
{
    ApiRequest r = request(path, {});
    r.method = "POST";
    // Encoded by hand: QUrlQuery leaves '+' and '&' alone in values, a form body must not.
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    r.contentType = "application/x-www-form-urlencoded";
    r.body = body;
    return r;
}

void RedditApi::addPage(QList<QPair<QString, QString>> &query, const PageRequest &page) const
{
    const int limit = page.limit > 0 ? std::min(page.limit, kMaxLimit) : kDefaultLimit;
    query.append({QStringLiteral("limit"), QString::number(limit)});
    if (page.cursor.startsWith(QLatin1String("after:")))
        query.append({QStringLiteral("after"), page.cursor.mid(6)});
    else if (page.cursor.startsWith(QLatin1String("before:")))
        query.append({QStringLiteral("before"), page.cursor.mid(7)});
}

ApiRequest RedditApi::subredditNew(const QString &subreddit, const PageRequest &page) const
{
    QList<QPair<QString, QString>> query;
    addPage(query, page);
    const QString name = subredditName(subreddit);
    // No subreddit: the new posts of the subreddits the account subscribes to.
    return request(name.isEmpty() ? QStringLiteral("/new")
                                  : QStringLiteral("/r/%1/new").arg(pathSegment(name)),
                   query);
}

ApiRequest RedditApi::search(const QString &argument, const PageRequest &page) const
{
    QString words = argument.trimmed();
    QString subreddit;
    if (words.startsWith(QLatin1String("r/"), Qt::CaseInsensitive) ||
        words.startsWith(QLatin1String("/r/"), Qt::CaseInsensitive)) {
        const qsizetype space = words.indexOf(QLatin1Char(' '));
        subreddit = subredditName(space < 0 ? words : words.left(space));
        words = space < 0 ? QString() : words.mid(space + 1).trimmed();
    }
    QList<QPair<QString, QString>> query{{QStringLiteral("q"), words},
                                         {QStringLiteral("sort"), QStringLiteral("new")},
                                         {QStringLiteral("type"), QStringLiteral("link")}};
    if (!subreddit.isEmpty())
        query.append({QStringLiteral("restrict_sr"), QStringLiteral("1")});
    addPage(query, page);
    const QString path = subreddit.isEmpty()
                             ? QStringLiteral("/search")
                             : QStringLiteral("/r/%1/search").arg(pathSegment(subreddit));
    return request(path, query);
}

ApiRequest RedditApi::comments(const QString &postId) const
{
    return request(QStringLiteral("/comments/") + pathSegment(id36(postId)),
                   {{QStringLiteral("sort"), QStringLiteral("new")},
                    {QStringLiteral("limit"), QStringLiteral("500")}});
}

ApiRequest RedditApi::moreChildren(const QString &linkFullname, const QStringList &ids) const
{
    return form(QStringLiteral("/api/morechildren"),
                {{QStringLiteral("api_type"), QStringLiteral("json")},
                 {QStringLiteral("link_id"), linkFullname},
                 {QStringLiteral("children"), ids.join(QLatin1Char(','))},
                 {QStringLiteral("sort"), QStringLiteral("new")}});
}

ApiRequest RedditApi::postComment(const QString &parentFullname, const QString &text) const
{
    return form(QStringLiteral("/api/comment"),
                {{QStringLiteral("api_type"), QStringLiteral("json")},
                 {QStringLiteral("thing_id"), parentFullname},
                 {QStringLiteral("text"), text}});
}

ApiRequest RedditApi::userComments(const QString &user) const
{
    return request(QStringLiteral("/user/%1/comments").arg(pathSegment(user)),
                   {{QStringLiteral("sort"), QStringLiteral("new")},
                    {QStringLiteral("limit"), QString::number(kMaxLimit)}});
}

ApiRequest RedditApi::me() const
{
    return request(QStringLiteral("/api/v1/me"), {});
}

}  // namespace earshot
