// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/discourse/DiscourseParser.h"

#include "core/analysis/HtmlSanitizer.h"
#include "core/connectors/feed/FeedDates.h"
#include "core/model/Platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace earshot::DiscourseParser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Discourse", text);
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(static_cast<qint64>(v.toDouble()));
    return {};
}

Result<QJsonObject> parseObject(const QByteArray &body, const QString &what)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QString detail;
    if (error.error != QJsonParseError::NoError)
        detail = tr("%1 at byte %2").arg(error.errorString()).arg(error.offset);
    else if (!doc.isObject())
        detail = tr("expected an object");
    if (!detail.isEmpty())
        return Error{ErrorKind::BadPayload,
                     tr("The Discourse forum sent %1 that Earshot cannot read (%2). Nothing was "
                        "changed; the next sync tries again.")
                         .arg(what, detail)};
    return doc.object();
}

QString topicId(const QJsonObject &o, const char *key)
{
    const QString id = str(o, key);
    return id.isEmpty() ? QString() : QStringLiteral("topic:") + id;
}

Item postItem(const QJsonObject &p, const QUrl &site, const QHash<int, QString> &byNumber)
{
    Item item;
    item.externalId = str(p, "id");
    if (item.externalId.isEmpty())
        return Item{};
    item.platform = Platform::Discourse;
    const QString topic = topicId(p, "topic_id");
    const int number = p.value(QLatin1String("post_number")).toInt();
    if (number > 1 && !topic.isEmpty()) {
        item.threadId = topic;
        const int replyTo = p.value(QLatin1String("reply_to_post_number")).toInt();
        item.parentId = byNumber.value(replyTo, topic);
    }
    const QString user = str(p, "username");
    if (!user.isEmpty()) {
        item.author.handle = QLatin1Char('@') + user + QLatin1Char('@') + site.host();
        item.author.url = site.resolved(QUrl(QStringLiteral("/u/") + user)).toString();
    }
    item.author.name = str(p, "name");
    const QString slug = str(p, "topic_slug");
    if (!slug.isEmpty() && number > 0)
        item.url =
            site.resolved(
                    QUrl(QStringLiteral("/t/%1/%2/%3").arg(slug, str(p, "topic_id")).arg(number)))
                .toString();
    const QString cooked = str(p, "cooked");
    if (!cooked.isEmpty()) {
        const SanitizedHtml content = sanitizeHtml(cooked, site);
        item.html = content.html;
        item.text = content.text;
    } else {
        item.text = str(p, "blurb");
    }
    item.publishedMs = parseFeedDate(str(p, "created_at"));
    if (!topic.isEmpty())
        item.extra.insert(QLatin1String("topic_id"), str(p, "topic_id"));
    if (number > 0)
        item.extra.insert(QLatin1String("post_number"), number);
    if (!user.isEmpty())
        item.extra.insert(QLatin1String("username"), user);
    const QString raw = str(p, "raw");
    if (!raw.isEmpty())
        item.extra.insert(QLatin1String("raw"), raw);
    return item;
}

std::vector<Item> postsOf(const QJsonArray &posts, const QUrl &site)
{
    QHash<int, QString> byNumber;
    for (const QJsonValue &v : posts) {
        const QJsonObject p = v.toObject();
        const int number = p.value(QLatin1String("post_number")).toInt();
        if (number > 0 && !str(p, "id").isEmpty())
            byNumber.insert(number, str(p, "id"));
    }
    std::vector<Item> items;
    for (const QJsonValue &v : posts) {
        Item item = postItem(v.toObject(), site, byNumber);
        if (!item.externalId.isEmpty())
            items.push_back(std::move(item));
    }
    return items;
}

}  // namespace

Result<std::vector<Item>> topicList(const QByteArray &body, const QUrl &site)
{
    Result<QJsonObject> object = parseObject(body, tr("a topic list"));
    if (!object)
        return object.error();
    const QJsonValue list = object->value(QLatin1String("topic_list"));
    if (!list.toObject().value(QLatin1String("topics")).isArray())
        return Error{ErrorKind::BadPayload,
                     tr("The Discourse forum sent a topic list without topics.")};
    std::vector<Item> items;
    for (const QJsonValue &v : list.toObject().value(QLatin1String("topics")).toArray()) {
        const QJsonObject t = v.toObject();
        Item item;
        item.externalId = topicId(t, "id");
        if (item.externalId.isEmpty())
            continue;
        item.platform = Platform::Discourse;
        item.title = str(t, "title");
        item.url = site.resolved(QUrl(QStringLiteral("/t/%1/%2").arg(str(t, "slug"), str(t, "id"))))
                       .toString();
        item.publishedMs = parseFeedDate(str(t, "created_at"));
        item.extra.insert(QLatin1String("posts_count"),
                          t.value(QLatin1String("posts_count")).toInt());
        item.extra.insert(QLatin1String("last_posted_at"), str(t, "last_posted_at"));
        items.push_back(std::move(item));
    }
    return items;
}

Result<std::vector<Item>> topicPosts(const QByteArray &body, const QUrl &site)
{
    Result<QJsonObject> object = parseObject(body, tr("a topic"));
    if (!object)
        return object.error();
    const QJsonValue posts =
        object->value(QLatin1String("post_stream")).toObject().value(QLatin1String("posts"));
    if (!posts.isArray())
        return Error{ErrorKind::BadPayload, tr("The Discourse forum sent a topic without posts.")};
    std::vector<Item> items = postsOf(posts.toArray(), site);
    const QString title = str(*object, "title");
    for (Item &item : items) {
        if (item.threadId.isEmpty())
            item.title = title;
    }
    return items;
}

Result<std::vector<Item>> search(const QByteArray &body, const QUrl &site)
{
    Result<QJsonObject> object = parseObject(body, tr("search results"));
    if (!object)
        return object.error();
    return postsOf(object->value(QLatin1String("posts")).toArray(), site);
}

Result<Item> post(const QByteArray &body, const QUrl &site)
{
    Result<QJsonObject> object = parseObject(body, tr("a post"));
    if (!object)
        return object.error();
    Item item = postItem(*object, site, {});
    if (item.externalId.isEmpty())
        return Error{ErrorKind::BadPayload, tr("The Discourse forum sent a post without an id.")};
    return item;
}

QString topicListNextCursor(const QByteArray &body)
{
    const QJsonObject list =
        QJsonDocument::fromJson(body).object().value(QLatin1String("topic_list")).toObject();
    const QString more = str(list, "more_topics_url");
    if (more.isEmpty())
        return {};
    const QString page = QUrlQuery(QUrl(more).query()).queryItemValue(QStringLiteral("page"));
    bool ok = false;
    const int n = page.toInt(&ok);
    return ok && n > 0 ? QStringLiteral("page:%1").arg(n) : QString();
}

QString searchNextCursor(const QByteArray &body, int currentPage)
{
    const QJsonObject grouped = QJsonDocument::fromJson(body)
                                    .object()
                                    .value(QLatin1String("grouped_search_result"))
                                    .toObject();
    if (!grouped.value(QLatin1String("more_posts")).toBool())
        return {};
    return QStringLiteral("page:%1").arg(std::max(currentPage, 1) + 1);
}

namespace {

// The highest post number in a topic page, and in the whole topic.
std::pair<int, int> postNumbers(const QByteArray &body)
{
    const QJsonObject topic = QJsonDocument::fromJson(body).object();
    const int highest = topic.value(QLatin1String("highest_post_number")).toInt();
    int last = 0;
    const QJsonArray posts = topic.value(QLatin1String("post_stream"))
                                 .toObject()
                                 .value(QLatin1String("posts"))
                                 .toArray();
    for (const QJsonValue &v : posts)
        last = std::max(last, v.toObject().value(QLatin1String("post_number")).toInt());
    return {last, highest};
}

}  // namespace

QString topicPostsNextCursor(const QByteArray &body)
{
    const auto [last, highest] = postNumbers(body);
    if (last <= 0 || last >= highest)
        return {};
    return QStringLiteral("post:%1").arg(last + 1);
}

QString topicLastCursor(const QByteArray &body)
{
    const auto [last, highest] = postNumbers(body);
    if (last <= 0 || last >= highest)
        return {};
    return QStringLiteral("post:%1").arg(highest);
}

QString errorMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QStringList parts;
    for (const QJsonValue &v : o.value(QLatin1String("errors")).toArray())
        parts << v.toString();
    if (parts.isEmpty())
        parts << str(o, "error");
    return parts.join(QLatin1Char(' ')).trimmed().left(500);
}

}  // namespace earshot::DiscourseParser
