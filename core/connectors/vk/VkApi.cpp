// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/vk/VkApi.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace earshot {

namespace {

const QString kProfileFields = QStringLiteral("screen_name");

}  // namespace

QString VkPostRef::postKey() const
{
    return QString::number(ownerId) + QLatin1Char('_') + QString::number(postId);
}

QString VkPostRef::key() const
{
    return commentId > 0 ? postKey() + QLatin1Char('_') + QString::number(commentId) : postKey();
}

VkPostRef VkPostRef::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:wall)?(-?[0-9]{1,19})_([0-9]{1,19})(?:_([0-9]{1,19}))?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    VkPostRef ref;
    if (!m.hasMatch())
        return ref;
    ref.ownerId = m.captured(1).toLongLong();
    ref.postId = m.captured(2).toLongLong();
    ref.commentId = m.captured(3).toLongLong();
    return ref;
}

QString VkApi::offsetCursor(int offset)
{
    return QStringLiteral("offset:") + QString::number(offset);
}

QString VkApi::fromCursor(const QString &nextFrom)
{
    return nextFrom.isEmpty() ? QString() : QStringLiteral("from:") + nextFrom;
}

int VkApi::limit(const PageRequest &page, int max)
{
    return page.limit > 0 ? std::min(page.limit, max) : kDefaultLimit;
}

int VkApi::offset(const PageRequest &page)
{
    if (!page.cursor.startsWith(QLatin1String("offset:")))
        return 0;
    return std::max(0, page.cursor.mid(7).toInt());
}

ApiRequest VkApi::call(const char *method, QList<QPair<QString, QString>> params, bool post) const
{
    params.append({QStringLiteral("v"), QLatin1String(kVersion)});
    ApiRequest request;
    QUrl url = m_base;
    url.setPath(m_base.path() + QStringLiteral("/method/") + QLatin1String(method));
    if (post) {
        // Encoded by hand: QUrlQuery leaves '+' and '&' alone in values, a form body must not.
        QByteArray body;
        for (const auto &p : params) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
        }
        request.method = "POST";
        request.contentType = "application/x-www-form-urlencoded";
        request.body = body;
    } else {
        QUrlQuery q;
        q.setQueryItems(params);
        url.setQuery(q);
    }
    request.url = url;
    request.headers.append({QByteArray("Authorization"), "Bearer " + m_token.toUtf8()});
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    return request;
}

ApiRequest VkApi::wallGet(const QString &owner, const PageRequest &page) const
{
    const QString who = owner.trimmed();
    bool numeric = false;
    who.toLongLong(&numeric);
    QList<QPair<QString, QString>> params;
    params.append({numeric ? QStringLiteral("owner_id") : QStringLiteral("domain"), who});
    params.append({QStringLiteral("count"), QString::number(limit(page, kMaxLimit))});
    params.append({QStringLiteral("offset"), QString::number(offset(page))});
    params.append({QStringLiteral("extended"), QStringLiteral("1")});
    params.append({QStringLiteral("fields"), kProfileFields});
    return call("wall.get", params);
}

ApiRequest VkApi::wallGetComments(const VkPostRef &post, const PageRequest &page) const
{
    return call("wall.getComments",
                {{QStringLiteral("owner_id"), QString::number(post.ownerId)},
                 {QStringLiteral("post_id"), QString::number(post.postId)},
                 {QStringLiteral("count"), QString::number(limit(page, kMaxLimit))},
                 {QStringLiteral("offset"), QString::number(offset(page))},
                 {QStringLiteral("sort"), QStringLiteral("asc")},
                 {QStringLiteral("preview_length"), QStringLiteral("0")},
                 {QStringLiteral("thread_items_count"), QString::number(kThreadItems)},
                 {QStringLiteral("extended"), QStringLiteral("1")},
                 {QStringLiteral("fields"), kProfileFields}});
}

ApiRequest VkApi::newestComments(const VkPostRef &target) const
{
    QList<QPair<QString, QString>> params{
        {QStringLiteral("owner_id"), QString::number(target.ownerId)},
        {QStringLiteral("post_id"), QString::number(target.postId)},
        {QStringLiteral("count"), QString::number(kMaxLimit)},
        {QStringLiteral("sort"), QStringLiteral("desc")},
        {QStringLiteral("preview_length"), QStringLiteral("0")}};
    if (target.commentId > 0)
        params.append({QStringLiteral("comment_id"), QString::number(target.commentId)});
    return call("wall.getComments", params);
}

ApiRequest VkApi::newsfeedSearch(const QString &query, const PageRequest &page) const
{
    QList<QPair<QString, QString>> params{
        {QStringLiteral("q"), query.trimmed()},
        {QStringLiteral("count"), QString::number(limit(page, 200))},
        {QStringLiteral("extended"), QStringLiteral("1")},
        {QStringLiteral("fields"), kProfileFields}};
    if (page.cursor.startsWith(QLatin1String("from:")))
        params.append({QStringLiteral("start_from"), page.cursor.mid(5)});
    return call("newsfeed.search", params);
}

ApiRequest VkApi::createComment(const VkPostRef &target, const QString &message,
                                const QString &guid) const
{
    QList<QPair<QString, QString>> params{
        {QStringLiteral("owner_id"), QString::number(target.ownerId)},
        {QStringLiteral("post_id"), QString::number(target.postId)},
        {QStringLiteral("message"), message}};
    if (target.commentId > 0)
        params.append({QStringLiteral("reply_to_comment"), QString::number(target.commentId)});
    if (!guid.isEmpty())
        params.append({QStringLiteral("guid"), guid});
    return call("wall.createComment", params, true);
}

}  // namespace earshot
