// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/feed/FeedItems.h"

#include "core/model/Platform.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace earshot {

Item feedEntryToItem(const FeedEntry &e, const ParsedFeed &feed, const QUrl &feedUrl,
                     qint64 fetchedMs)
{
    Item item;
    item.platform = Platform::Feed;
    item.source = feedUrl.toString();
    item.sourceTitle = feed.title;
    const FeedText &body = e.content.isEmpty() ? e.summary : e.content;
    if (!e.id.isEmpty()) {
        item.externalId = e.id;
    } else if (!e.link.isEmpty()) {
        item.externalId = e.link;
    } else {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(e.title.toUtf8());
        hash.addData(QByteArrayView("\n"));
        hash.addData(body.text.toUtf8());
        item.externalId = u"sha1:" + QString::fromLatin1(hash.result().toHex());
    }
    item.parentId = e.inReplyTo;
    item.author.handle = e.author.email.isEmpty() ? e.author.name : e.author.email;
    item.author.name = e.author.name;
    item.author.url = e.author.uri;
    item.url = e.link;
    item.title = e.title;
    item.text = body.text;
    item.html = body.html;
    item.publishedMs = e.publishedMs ? e.publishedMs : e.updatedMs;
    item.fetchedMs = fetchedMs;
    item.lang = feed.language;
    item.tags = e.categories;
    if (e.updatedMs)
        item.extra.insert(u"updatedMs", double(e.updatedMs));
    if (e.commentsCount >= 0)
        item.extra.insert(u"commentsCount", e.commentsCount);
    if (!e.commentsUrl.isEmpty())
        item.extra.insert(u"commentsUrl", e.commentsUrl);
    if (!e.inReplyToHref.isEmpty())
        item.extra.insert(u"inReplyToHref", e.inReplyToHref);
    if (!e.media.empty()) {
        QJsonArray media;
        for (const FeedMedia &m : e.media) {
            QJsonObject o{{QStringLiteral("url"), m.url}, {QStringLiteral("medium"), m.medium}};
            if (!m.type.isEmpty())
                o.insert(u"type", m.type);
            if (m.length >= 0)
                o.insert(u"length", double(m.length));
            media.append(o);
        }
        item.extra.insert(u"media", media);
    }
    return item;
}

std::vector<Item> feedToItems(const ParsedFeed &feed, const QUrl &feedUrl, qint64 fetchedMs)
{
    std::vector<Item> items;
    items.reserve(feed.entries.size());
    for (const FeedEntry &e : feed.entries)
        items.push_back(feedEntryToItem(e, feed, feedUrl, fetchedMs));
    return items;
}

}  // namespace earshot
