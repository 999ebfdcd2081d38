// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/feed/FeedJson.h"

#include "core/connectors/feed/ParsedFeed.h"

#include <QDateTime>
#include <QJsonArray>

namespace earshot {
namespace {

void insertDate(QJsonObject &o, QStringView key, qint64 ms)
{
    if (ms != 0)
        o.insert(key, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate));
}

}  // namespace

QJsonObject feedToJson(const ParsedFeed &feed)
{
    QJsonArray items;
    for (const FeedEntry &e : feed.entries) {
        QJsonObject item{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("link"), e.link},
            {QStringLiteral("author"), e.author.name.isEmpty() ? e.author.email : e.author.name},
            {QStringLiteral("text"), e.content.isEmpty() ? e.summary.text : e.content.text}};
        insertDate(item, u"published", e.publishedMs);
        insertDate(item, u"updated", e.updatedMs);
        items.append(item);
    }
    QJsonObject out{{QStringLiteral("title"), feed.title},
                    {QStringLiteral("link"), feed.link},
                    {QStringLiteral("language"), feed.language},
                    {QStringLiteral("format"), feed.format},
                    {QStringLiteral("encoding"), feed.encoding},
                    {QStringLiteral("recovered"), feed.recovered},
                    {QStringLiteral("items"), items}};
    if (feed.recovered)
        out.insert(u"recoveryReason", feed.recoveryReason);
    return out;
}

}  // namespace earshot
