// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/mastodon/MastodonApi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace earshot {

namespace {

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QPair<QByteArray, QByteArray> header(const char *name, const QByteArray &value)
{
    return {QByteArray(name), value};
}

}  // namespace

QString MastodonApi::olderCursor(const QString &maxId)
{
    return maxId.isEmpty() ? QString() : QStringLiteral("max:") + maxId;
}

QString MastodonApi::newerCursor(const QString &minId)
{
    return minId.isEmpty() ? QString() : QStringLiteral("min:") + minId;
}

ApiRequest MastodonApi::get(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    ApiRequest request;
    QUrl url = m_instance;
    url.setPath(m_instance.path() + path, QUrl::StrictMode);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    request.url = url;
    request.headers.append(header("Authorization", "Bearer " + m_token.toUtf8()));
    request.headers.append(header("Accept", "application/json"));
    return request;
}

void MastodonApi::addPage(QList<QPair<QString, QString>> &query, const PageRequest &page) const
{
    const int limit = page.limit > 0 ? std::min(page.limit, kMaxLimit) : kDefaultLimit;
    query.append({QStringLiteral("limit"), QString::number(limit)});
    if (page.cursor.startsWith(QLatin1String("max:")))
        query.append({QStringLiteral("max_id"), page.cursor.mid(4)});
    else if (page.cursor.startsWith(QLatin1String("min:")))
        query.append({QStringLiteral("min_id"), page.cursor.mid(4)});
}

ApiRequest MastodonApi::homeTimeline(const PageRequest &page) const
{
    QList<QPair<QString, QString>> query;
    addPage(query, page);
    return get(QStringLiteral("/api/v1/timelines/home"), query);
}

ApiRequest MastodonApi::hashtagTimeline(const QString &hashtag, const PageRequest &page) const
{
    QString tag = hashtag.trimmed();
    if (tag.startsWith(QLatin1Char('#')))
        tag.remove(0, 1);
    QList<QPair<QString, QString>> query;
    addPage(query, page);
    return get(QStringLiteral("/api/v1/timelines/tag/") + pathSegment(tag), query);
}

ApiRequest MastodonApi::notifications(const PageRequest &page, bool mentionsOnly) const
{
    QList<QPair<QString, QString>> query;
    if (mentionsOnly)
        query.append({QStringLiteral("types[]"), QStringLiteral("mention")});
    addPage(query, page);
    return get(QStringLiteral("/api/v1/notifications"), query);
}

ApiRequest MastodonApi::searchStatuses(const QString &text, const PageRequest &page) const
{
    QList<QPair<QString, QString>> query{{QStringLiteral("q"), text},
                                         {QStringLiteral("type"), QStringLiteral("statuses")},
                                         {QStringLiteral("resolve"), QStringLiteral("false")}};
    addPage(query, page);
    return get(QStringLiteral("/api/v2/search"), query);
}

ApiRequest MastodonApi::accountStatuses(const QString &accountId, const PageRequest &page) const
{
    QList<QPair<QString, QString>> query;
    addPage(query, page);
    return get(QStringLiteral("/api/v1/accounts/%1/statuses").arg(pathSegment(accountId)), query);
}

ApiRequest MastodonApi::status(const QString &statusId) const
{
    return get(QStringLiteral("/api/v1/statuses/") + pathSegment(statusId), {});
}

ApiRequest MastodonApi::context(const QString &statusId) const
{
    return get(QStringLiteral("/api/v1/statuses/%1/context").arg(pathSegment(statusId)), {});
}

ApiRequest MastodonApi::verifyCredentials() const
{
    return get(QStringLiteral("/api/v1/accounts/verify_credentials"), {});
}

ApiRequest MastodonApi::postReply(const ReplyRequest &reply, const QString &visibility) const
{
    ApiRequest request = get(QStringLiteral("/api/v1/statuses"), {});
    request.method = "POST";
    QJsonObject body{{QLatin1String("status"), reply.text}};
    if (!reply.inReplyTo.isEmpty())
        body.insert(QLatin1String("in_reply_to_id"), reply.inReplyTo);
    if (!visibility.isEmpty())
        body.insert(QLatin1String("visibility"), visibility);
    request.contentType = "application/json";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!reply.idempotencyKey.isEmpty())
        request.headers.append(header("Idempotency-Key", reply.idempotencyKey.toUtf8()));
    return request;
}

}  // namespace earshot
