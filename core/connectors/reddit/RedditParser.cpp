// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/reddit/RedditParser.h"

#include "core/connectors/BoostJsonText.h"

#include "core/model/Platform.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <boost/json.hpp>

#include <cmath>

namespace earshot::RedditParser {

namespace {

const QString kSite = QStringLiteral("https://www.reddit.com");

QString tr(const char *text)
{
    return QCoreApplication::translate("Reddit", text);
}

QString str(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(static_cast<qint64>(v.toDouble()));
    return {};
}

Error badPayload(const QString &what, const QString &detail)
{
    return {ErrorKind::BadPayload,
            tr("Reddit sent %1 that Earshot cannot read (%2). Nothing was changed; the next "
               "sync tries again.")
                .arg(what, detail)};
}

Result<QJsonDocument> parseDocument(const QByteArray &body, const QString &what)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return badPayload(what, tr("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    return doc;
}

bool isListing(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return o.value(QLatin1String("kind")).toString() == QLatin1String("Listing") &&
           o.value(QLatin1String("data")).toObject().value(QLatin1String("children")).isArray();
}

// Depth-first, parents before their replies, the order a reader expects.
void collect(const QJsonArray &children, RedditThread &thread)
{
    for (const QJsonValue &child : children) {
        const QJsonObject o = child.toObject();
        const QString kind = o.value(QLatin1String("kind")).toString();
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        if (kind == QLatin1String("more")) {
            // A stub with no children is a "continue this thread" link: its comments come
            // with a fetch of the parent comment, not through morechildren.
            for (const QJsonValue &id : data.value(QLatin1String("children")).toArray()) {
                if (id.isString() && !id.toString().isEmpty())
                    thread.more << id.toString();
            }
            continue;
        }
        Item item = RedditParser::thing(o);
        if (item.externalId.isEmpty())
            continue;
        if (thread.linkFullname.isEmpty() && !item.threadId.isEmpty())
            thread.linkFullname = item.threadId;
        thread.items.push_back(std::move(item));
        const QJsonValue replies = data.value(QLatin1String("replies"));
        if (isListing(replies)) {
            collect(replies.toObject()
                        .value(QLatin1String("data"))
                        .toObject()
                        .value(QLatin1String("children"))
                        .toArray(),
                    thread);
        }
    }
}

// Field access over either JSON library, so one mapping serves both parsers.
struct QtFields {
    QJsonObject o;
    QString str(const char *key) const { return earshot::RedditParser::str(o, QLatin1String(key)); }
    std::optional<double> number(const char *key) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    }
    std::optional<bool> boolean(const char *key) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
    }
};

const boost::json::string *stringAt(const boost::json::object &o, const char *key)
{
    const boost::json::value *v = o.if_contains(key);
    return v ? v->if_string() : nullptr;
}

struct BoostFields {
    const boost::json::object &o;
    QString str(const char *key) const { return jsonText(o.if_contains(key)); }
    std::optional<double> number(const char *key) const
    {
        const boost::json::value *v = o.if_contains(key);
        if (!v || !v->is_number())
            return std::nullopt;
        return v->to_number<double>();
    }
    std::optional<bool> boolean(const char *key) const
    {
        const boost::json::value *v = o.if_contains(key);
        return v && v->is_bool() ? std::optional<bool>(v->get_bool()) : std::nullopt;
    }
};

// A t1 comment or t3 post as an Item; empty externalId for other kinds or without a name.
template <class Fields>
Item thingItem(const QString &kind, const Fields &d)
{
    Item item;
    const bool post = kind == QLatin1String("t3");
    if (!post && kind != QLatin1String("t1"))
        return item;
    item.externalId = d.str("name");
    if (item.externalId.isEmpty()) {
        const QString id = d.str("id");
        if (id.isEmpty())
            return item;
        item.externalId = kind + QLatin1Char('_') + id;
    }
    item.platform = Platform::Reddit;
    const QString subreddit = d.str("subreddit");
    if (!subreddit.isEmpty())
        item.sourceTitle = QStringLiteral("r/") + subreddit;
    const QString author = d.str("author");
    // "[deleted]" is Reddit's placeholder, not an account.
    if (!author.isEmpty() && author != QLatin1String("[deleted]")) {
        item.author.handle = QStringLiteral("u/") + author;
        item.author.name = author;
        item.author.url = kSite + QStringLiteral("/user/") + author;
    }
    const QString permalink = d.str("permalink");
    if (!permalink.isEmpty())
        item.url = permalink.startsWith(QLatin1Char('/')) ? kSite + permalink : permalink;
    item.publishedMs =
        static_cast<qint64>(std::llround(d.number("created_utc").value_or(0) * 1000));
    if (post) {
        item.title = d.str("title");
        item.text = d.str("selftext");
        if (!d.boolean("is_self").value_or(true)) {
            const QString link = d.str("url");
            if (!link.isEmpty())
                item.extra.insert(QLatin1String("link"), link);
        }
        if (const std::optional<double> comments = d.number("num_comments"))
            item.extra.insert(QLatin1String("num_comments"), static_cast<qint64>(*comments));
    } else {
        item.text = d.str("body");
        item.threadId = d.str("link_id");
        item.parentId = d.str("parent_id");
        // Older listings have no permalink; the short form of the address always works.
        if (item.url.isEmpty() && item.threadId.size() > 3)
            item.url = kSite + QStringLiteral("/comments/") + item.threadId.mid(3) +
                       QStringLiteral("/_/") + item.externalId.mid(3);
    }
    if (const std::optional<double> score = d.number("score"))
        item.extra.insert(QLatin1String("score"), static_cast<qint64>(*score));
    if (!subreddit.isEmpty())
        item.extra.insert(QLatin1String("subreddit"), subreddit);
    return item;
}

}  // namespace

Item thing(const QJsonObject &thing)
{
    const QJsonObject data = thing.value(QLatin1String("data")).toObject();
    return thingItem(thing.value(QLatin1String("kind")).toString(), QtFields{data});
}

Result<RedditListing> listing(const QByteArray &body)
{
    // Listings are the bulk of what Earshot reads from Reddit (about 1.2 KB per post), so
    // they are parsed with Boost.JSON, several times faster than QJsonDocument here; the
    // mapping to Items is shared with the other answers through thingItem().
    const QString what = tr("a list of posts");
    boost::json::monotonic_resource memory;
    boost::system::error_code error;
    const boost::json::value doc = boost::json::parse(
        boost::json::string_view(body.constData(), static_cast<std::size_t>(body.size())), error,
        &memory);
    if (error) {
        return badPayload(what, QString::fromStdString(error.message()));
    }
    const boost::json::object *top = doc.if_object();
    const boost::json::string *kind = top ? stringAt(*top, "kind") : nullptr;
    const boost::json::value *dataValue = top ? top->if_contains("data") : nullptr;
    const boost::json::object *data = dataValue ? dataValue->if_object() : nullptr;
    const boost::json::value *childrenValue = data ? data->if_contains("children") : nullptr;
    if (!kind || *kind != "Listing" || !childrenValue || !childrenValue->is_array())
        return badPayload(what, tr("expected a Listing"));
    RedditListing result;
    const boost::json::array &children = childrenValue->get_array();
    result.items.reserve(children.size());
    for (const boost::json::value &child : children) {
        const boost::json::object *thingObject = child.if_object();
        if (!thingObject)
            continue;
        const boost::json::string *thingKind = stringAt(*thingObject, "kind");
        const boost::json::value *thingData = thingObject->if_contains("data");
        if (!thingKind || !thingData || !thingData->is_object())
            continue;
        Item item = thingItem(toQString(*thingKind), BoostFields{thingData->get_object()});
        if (!item.externalId.isEmpty())
            result.items.push_back(std::move(item));
    }
    const BoostFields page{*data};
    result.after = page.str("after");
    result.before = page.str("before");
    return result;
}

Result<RedditThread> thread(const QByteArray &body)
{
    const QString what = tr("a comment thread");
    Result<QJsonDocument> doc = parseDocument(body, what);
    if (!doc)
        return doc.error();
    const QJsonArray parts = doc->array();
    if (!doc->isArray() || parts.size() < 2 || !isListing(parts.at(0)) || !isListing(parts.at(1)))
        return badPayload(what, tr("expected the post and its comments"));
    RedditThread result;
    const auto children = [](const QJsonValue &listing) {
        return listing.toObject()
            .value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("children"))
            .toArray();
    };
    for (const QJsonValue &child : children(parts.at(0))) {
        Item post = thing(child.toObject());
        if (post.externalId.startsWith(QLatin1String("t3_"))) {
            result.linkFullname = post.externalId;
            result.items.push_back(std::move(post));
            break;
        }
    }
    collect(children(parts.at(1)), result);
    return result;
}

Result<RedditThread> moreChildren(const QByteArray &body, const QString &linkFullname)
{
    const QString what = tr("more comments");
    Result<QJsonDocument> doc = parseDocument(body, what);
    if (!doc)
        return doc.error();
    const QJsonObject json = doc->object().value(QLatin1String("json")).toObject();
    const QJsonValue things =
        json.value(QLatin1String("data")).toObject().value(QLatin1String("things"));
    if (!things.isArray()) {
        const QString said = errorMessage(body);
        return badPayload(what, said.isEmpty() ? tr("no comments in the answer") : said);
    }
    RedditThread result;
    result.linkFullname = linkFullname;
    // morechildren answers flat, each comment naming its parent; "replies" is always empty.
    collect(things.toArray(), result);
    return result;
}

Result<RedditPosted> posted(const QByteArray &body)
{
    const QString what = tr("the answer to a reply");
    Result<QJsonDocument> doc = parseDocument(body, what);
    if (!doc)
        return doc.error();
    const QJsonObject json = doc->object().value(QLatin1String("json")).toObject();
    if (json.isEmpty())
        return badPayload(what, tr("expected a \"json\" object"));
    RedditPosted result;
    const QJsonArray errors = json.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        const QJsonArray first = errors.at(0).toArray();
        result.errorCode = first.at(0).toString();
        result.errorText = first.at(1).toString();
        result.retryAfterSeconds =
            static_cast<qint64>(std::ceil(json.value(QLatin1String("ratelimit")).toDouble()));
        if (result.errorCode.isEmpty())
            result.errorCode = QStringLiteral("UNKNOWN");
        return result;
    }
    const QJsonArray things =
        json.value(QLatin1String("data")).toObject().value(QLatin1String("things")).toArray();
    for (const QJsonValue &t : things) {
        Item item = thing(t.toObject());
        if (!item.externalId.isEmpty()) {
            result.comment = std::move(item);
            return result;
        }
    }
    return badPayload(what, tr("it names no comment"));
}

QString accountName(const QByteArray &body)
{
    return str(QJsonDocument::fromJson(body).object(), QLatin1String("name"));
}

QString errorMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonArray errors =
        o.value(QLatin1String("json")).toObject().value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        const QJsonArray first = errors.at(0).toArray();
        const QString said = first.at(1).toString() + QStringLiteral(" (") +
                             first.at(0).toString() + QLatin1Char(')');
        return said.left(500);
    }
    QString message = str(o, QLatin1String("message"));
    const QString reason = str(o, QLatin1String("reason"));
    if (!reason.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral(": ")) + reason;
    return message.left(500);
}

qint64 rateLimitResetMs(const QByteArray &remaining, const QByteArray &reset, qint64 nowMs)
{
    bool ok = false;
    const double left = remaining.trimmed().toDouble(&ok);
    if (!ok || left >= 1.0)
        return 0;
    const double seconds = reset.trimmed().toDouble(&ok);
    if (!ok || seconds < 0)
        return 0;
    return nowMs + static_cast<qint64>(std::ceil(seconds)) * 1000;
}

}  // namespace earshot::RedditParser
