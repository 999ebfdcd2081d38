// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/feed/JsonFeedReader.h"

#include "core/analysis/HtmlSanitizer.h"
#include "core/connectors/feed/FeedDates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace earshot {
namespace {

QString resolve(const QUrl &base, const QString &url)
{
    if (url.isEmpty() || !base.isValid())
        return url;
    return base.resolved(QUrl(url)).toString();
}

FeedPerson person(const QJsonObject &o, const QUrl &base)
{
    return FeedPerson{o.value(u"name").toString(), {}, resolve(base, o.value(u"url").toString())};
}

FeedEntry entry(const QJsonObject &o, const QUrl &base)
{
    FeedEntry e;
    const QJsonValue id = o.value(u"id");
    e.id = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
    e.title = o.value(u"title").toString().trimmed();
    e.link = resolve(base, o.value(u"url").toString());
    if (e.link.isEmpty())
        e.link = resolve(base, o.value(u"external_url").toString());
    const QJsonArray authors = o.value(u"authors").toArray();
    if (!authors.isEmpty())
        e.author = person(authors.first().toObject(), base);
    else
        e.author = person(o.value(u"author").toObject(), base);
    e.publishedMs = parseFeedDate(o.value(u"date_published").toString());
    e.updatedMs = parseFeedDate(o.value(u"date_modified").toString());
    const QString html = o.value(u"content_html").toString();
    if (!html.isEmpty()) {
        SanitizedHtml s = sanitizeHtml(html, base);
        e.content = FeedText{std::move(s.html), std::move(s.text)};
    } else {
        const QString text = o.value(u"content_text").toString();
        e.content = FeedText{text.toHtmlEscaped(), text.trimmed()};
    }
    const QString summary = o.value(u"summary").toString();
    if (!summary.isEmpty())
        e.summary = FeedText{summary.toHtmlEscaped(), summary.trimmed()};
    for (const QJsonValue &tag : o.value(u"tags").toArray()) {
        if (tag.isString())
            e.categories.append(tag.toString());
    }
    for (const QJsonValue &a : o.value(u"attachments").toArray()) {
        const QJsonObject att = a.toObject();
        const QString url = resolve(base, att.value(u"url").toString());
        if (!url.isEmpty())
            e.media.push_back(FeedMedia{url, att.value(u"mime_type").toString(),
                                        att.contains(u"size_in_bytes")
                                            ? qint64(att.value(u"size_in_bytes").toDouble())
                                            : -1,
                                        QStringLiteral("enclosure")});
    }
    const QString image = resolve(base, o.value(u"image").toString());
    if (!image.isEmpty())
        e.media.push_back(FeedMedia{image, {}, -1, QStringLiteral("thumbnail")});
    return e;
}

}  // namespace

Result<ParsedFeed> readJsonFeed(const QByteArray &utf8, const QUrl &feedUrl)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorKind::BadPayload,
                     QStringLiteral("The feed is not valid JSON: %1.").arg(err.errorString())};
    const QJsonObject root = doc.object();
    const QString version = root.value(u"version").toString();
    if (!version.startsWith(u"https://jsonfeed.org/version/") &&
        !version.startsWith(u"http://jsonfeed.org/version/"))
        return Error{ErrorKind::BadPayload,
                     QStringLiteral("The JSON document is not a JSON Feed (no version).")};
    ParsedFeed feed;
    feed.format = version.endsWith(u"/1.1") ? QStringLiteral("json11") : QStringLiteral("json10");
    feed.encoding = QStringLiteral("utf-8");
    feed.title = root.value(u"title").toString().trimmed();
    feed.link = resolve(feedUrl, root.value(u"home_page_url").toString());
    feed.description = root.value(u"description").toString().trimmed();
    feed.language = root.value(u"language").toString();
    const QJsonArray items = root.value(u"items").toArray();
    feed.entries.reserve(std::size_t(items.size()));
    for (const QJsonValue &item : items) {
        if (item.isObject())
            feed.entries.push_back(entry(item.toObject(), feedUrl));
    }
    return feed;
}

}  // namespace earshot
