// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/vk/VkParser.h"

#include "core/connectors/JsonAnswer.h"

#include "core/model/Platform.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace earshot::VkParser {

namespace {

const QString kSite = QStringLiteral("https://vk.com/");

QString tr(const char *text)
{
    return QCoreApplication::translate("VK", text);
}

qint64 integer(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

PayloadWords words()
{
    return {tr("VK sent %1 that Earshot cannot read (%2). Nothing was changed; the next sync "
               "tries again."),
            tr("%1 at byte %2"), tr("neither a response nor an error")};
}

Error badPayload(const QString &what, const QString &detail)
{
    return earshot::badPayload(words(), what, detail);
}

// The "response" member, or the Error the answer carries instead.
Result<QJsonValue> unwrap(const QByteArray &body, const QString &what)
{
    return unwrapAnswer(body, what, words(), QLatin1String("response"),
                        [](const QJsonObject &top) -> std::optional<Error> {
                            const QJsonObject err = top.value(QLatin1String("error")).toObject();
                            if (err.isEmpty())
                                return std::nullopt;
                            return error(
                                static_cast<int>(integer(err, QLatin1String("error_code"))),
                                err.value(QLatin1String("error_msg")).toString());
                        });
}

// Names of the people and communities an extended answer mentions, by owner id (negative for
// communities, as from_id writes them).
QHash<qint64, Author> authors(const QJsonObject &response)
{
    QHash<qint64, Author> byId;
    for (const QJsonValue &v : response.value(QLatin1String("profiles")).toArray()) {
        const QJsonObject p = v.toObject();
        const qint64 id = integer(p, QLatin1String("id"));
        Author a;
        a.name = QString(p.value(QLatin1String("first_name")).toString() + QLatin1Char(' ') +
                         p.value(QLatin1String("last_name")).toString())
                     .trimmed();
        a.handle = p.value(QLatin1String("screen_name")).toString();
        if (a.handle.isEmpty())
            a.handle = QStringLiteral("id") + QString::number(id);
        a.url = kSite + a.handle;
        byId.insert(id, a);
    }
    for (const QJsonValue &v : response.value(QLatin1String("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        const qint64 id = integer(g, QLatin1String("id"));
        Author a;
        a.name = g.value(QLatin1String("name")).toString();
        a.handle = g.value(QLatin1String("screen_name")).toString();
        if (a.handle.isEmpty())
            a.handle = QStringLiteral("club") + QString::number(id);
        a.url = kSite + a.handle;
        byId.insert(-id, a);
    }
    return byId;
}

Author authorOf(qint64 fromId, const QHash<qint64, Author> &known)
{
    const auto found = known.constFind(fromId);
    if (found != known.constEnd())
        return found.value();
    Author a;
    if (fromId == 0)
        return a;
    a.handle = fromId > 0 ? QStringLiteral("id") + QString::number(fromId)
                          : QStringLiteral("club") + QString::number(-fromId);
    a.url = kSite + a.handle;
    return a;
}

void addCount(Item &item, const QJsonObject &o, QLatin1String key, QLatin1String as)
{
    const QJsonValue v = o.value(key).toObject().value(QLatin1String("count"));
    if (v.isDouble())
        item.extra.insert(as, v.toInt());
}

QString keyOf(qint64 owner, qint64 post)
{
    return QString::number(owner) + QLatin1Char('_') + QString::number(post);
}

// A wall post; reposts without own text show the reposted text.
Item postItem(const QJsonObject &p, const QHash<qint64, Author> &known)
{
    Item item;
    const qint64 owner = integer(p, QLatin1String("owner_id"));
    const qint64 id = integer(p, QLatin1String("id"));
    if (owner == 0 || id <= 0)
        return item;
    item.platform = Platform::Vk;
    item.externalId = keyOf(owner, id);
    item.url = kSite + QStringLiteral("wall") + item.externalId;
    qint64 from = integer(p, QLatin1String("from_id"));
    if (from == 0)
        from = owner;
    item.author = authorOf(from, known);
    if (owner < 0)
        item.sourceTitle = authorOf(owner, known).name;
    item.text = p.value(QLatin1String("text")).toString();
    const QJsonArray copies = p.value(QLatin1String("copy_history")).toArray();
    if (!copies.isEmpty()) {
        const QJsonObject original = copies.at(0).toObject();
        const QString originalKey = keyOf(integer(original, QLatin1String("owner_id")),
                                          integer(original, QLatin1String("id")));
        item.extra.insert(QLatin1String("repost_of"), originalKey);
        if (item.text.isEmpty())
            item.text = original.value(QLatin1String("text")).toString();
    }
    item.publishedMs = integer(p, QLatin1String("date")) * 1000;
    addCount(item, p, QLatin1String("likes"), QLatin1String("likes"));
    addCount(item, p, QLatin1String("comments"), QLatin1String("comments"));
    addCount(item, p, QLatin1String("reposts"), QLatin1String("reposts"));
    return item;
}

// A comment of `post`; `top` is the top-level comment a nested reply belongs to, else 0.
Item commentItem(const QJsonObject &c, qint64 owner, qint64 post, qint64 top,
                 const QHash<qint64, Author> &known)
{
    Item item;
    const qint64 id = integer(c, QLatin1String("id"));
    // Deleted comments stay in the list as empty shells.
    if (id <= 0 || c.value(QLatin1String("deleted")).toBool())
        return item;
    const QString postKey = keyOf(owner, post);
    item.platform = Platform::Vk;
    item.externalId = postKey + QLatin1Char('_') + QString::number(id);
    item.threadId = postKey;
    const qint64 replyTo = integer(c, QLatin1String("reply_to_comment"));
    item.parentId = replyTo > 0 ? postKey + QLatin1Char('_') + QString::number(replyTo) : postKey;
    item.url =
        kSite + QStringLiteral("wall") + postKey + QStringLiteral("?reply=") + QString::number(id);
    if (top > 0)
        item.url += QStringLiteral("&thread=") + QString::number(top);
    item.author = authorOf(integer(c, QLatin1String("from_id")), known);
    if (owner < 0)
        item.sourceTitle = authorOf(owner, known).name;
    item.text = c.value(QLatin1String("text")).toString();
    item.publishedMs = integer(c, QLatin1String("date")) * 1000;
    addCount(item, c, QLatin1String("likes"), QLatin1String("likes"));
    return item;
}

Result<QJsonObject> responseObject(const QByteArray &body, const QString &what)
{
    Result<QJsonValue> response = unwrap(body, what);
    if (!response)
        return response.error();
    if (!response->isObject() || !response->toObject().value(QLatin1String("items")).isArray())
        return badPayload(what, tr("expected a list of items"));
    return response->toObject();
}

VkPage postsPage(const QJsonObject &response)
{
    const QHash<qint64, Author> known = authors(response);
    VkPage page;
    const QJsonArray items = response.value(QLatin1String("items")).toArray();
    page.items.reserve(static_cast<std::size_t>(items.size()));
    for (const QJsonValue &v : items) {
        Item item = postItem(v.toObject(), known);
        if (!item.externalId.isEmpty())
            page.items.push_back(std::move(item));
    }
    page.topLevel = static_cast<int>(items.size());
    const QJsonValue count = response.value(QLatin1String("count"));
    if (count.isDouble())
        page.total = count.toInt();
    return page;
}

}  // namespace

Result<VkPage> wall(const QByteArray &body)
{
    Result<QJsonObject> response = responseObject(body, tr("a wall"));
    if (!response)
        return response.error();
    return postsPage(*response);
}

Result<VkPage> search(const QByteArray &body)
{
    Result<QJsonObject> response = responseObject(body, tr("search results"));
    if (!response)
        return response.error();
    VkPage page = postsPage(*response);
    page.nextFrom = response->value(QLatin1String("next_from")).toString();
    return page;
}

Result<VkPage> comments(const QByteArray &body, const QString &post)
{
    const QString what = tr("comments");
    Result<QJsonObject> response = responseObject(body, what);
    if (!response)
        return response.error();
    const qsizetype underscore = post.lastIndexOf(QLatin1Char('_'));
    const qint64 owner = post.left(underscore).remove(QStringLiteral("wall")).toLongLong();
    const qint64 postId = post.mid(underscore + 1).toLongLong();
    if (underscore <= 0 || owner == 0 || postId <= 0)
        return badPayload(what, tr("\"%1\" is not a post").arg(post));
    const QHash<qint64, Author> known = authors(*response);
    VkPage page;
    const QJsonArray items = response->value(QLatin1String("items")).toArray();
    page.topLevel = static_cast<int>(items.size());
    for (const QJsonValue &v : items) {
        const QJsonObject c = v.toObject();
        Item item = commentItem(c, owner, postId, 0, known);
        if (!item.externalId.isEmpty())
            page.items.push_back(std::move(item));
        const qint64 top = integer(c, QLatin1String("id"));
        const QJsonArray nested =
            c.value(QLatin1String("thread")).toObject().value(QLatin1String("items")).toArray();
        for (const QJsonValue &n : nested) {
            Item reply = commentItem(n.toObject(), owner, postId, top, known);
            // A nested reply without reply_to_comment answers the top comment of its thread.
            if (!reply.externalId.isEmpty() && reply.parentId == reply.threadId)
                reply.parentId = reply.threadId + QLatin1Char('_') + QString::number(top);
            if (!reply.externalId.isEmpty())
                page.items.push_back(std::move(reply));
        }
    }
    const QJsonValue count = response->value(QLatin1String("count"));
    if (count.isDouble())
        page.total = count.toInt();
    return page;
}

Result<std::vector<VkComment>> rawComments(const QByteArray &body)
{
    Result<QJsonObject> response = responseObject(body, tr("comments"));
    if (!response)
        return response.error();
    std::vector<VkComment> list;
    for (const QJsonValue &v : response->value(QLatin1String("items")).toArray()) {
        const QJsonObject c = v.toObject();
        list.push_back({integer(c, QLatin1String("id")), integer(c, QLatin1String("from_id")),
                        integer(c, QLatin1String("reply_to_comment")),
                        integer(c, QLatin1String("date")) * 1000,
                        c.value(QLatin1String("text")).toString()});
    }
    return list;
}

Result<qint64> createdComment(const QByteArray &body)
{
    const QString what = tr("the answer to a comment");
    Result<QJsonValue> response = unwrap(body, what);
    if (!response)
        return response.error();
    const qint64 id = integer(response->toObject(), QLatin1String("comment_id"));
    if (id <= 0)
        return badPayload(what, tr("it names no comment"));
    return id;
}

int errorCode(const QByteArray &body)
{
    const QJsonObject err =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    return static_cast<int>(integer(err, QLatin1String("error_code")));
}

std::optional<Error> apiError(const QByteArray &body)
{
    const QJsonObject err =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const int code = static_cast<int>(integer(err, QLatin1String("error_code")));
    if (code == 0)
        return std::nullopt;
    return error(code, err.value(QLatin1String("error_msg")).toString());
}

Error error(int code, const QString &message)
{
    const QString said = tr("VK said: %1 (error %2).").arg(message.left(300)).arg(code);
    const auto make = [&](ErrorKind kind, const QString &text) {
        return Error{kind, text + QLatin1Char(' ') + said};
    };
    switch (code) {
    case 5:
        return make(ErrorKind::Unauthorized,
                    tr("VK did not accept the access token. Add the account again with a new "
                       "token."));
    case 17:
        return make(ErrorKind::Unauthorized,
                    tr("VK wants this account validated. Sign in on vk.com, then try again."));
    case 6:
        return make(ErrorKind::RateLimited,
                    tr("Too many requests per second to VK; Earshot waits and tries again."));
    case 9:
        return make(ErrorKind::RateLimited,
                    tr("VK's flood control stopped this: too many similar actions in a short "
                       "time. Wait a few minutes."));
    case 29:
        return make(ErrorKind::RateLimited,
                    tr("The daily limit of this VK method is reached. Earshot tries again in an "
                       "hour."));
    case 223:
        return make(ErrorKind::RateLimited,
                    tr("Too many replies to this post in a short time. Wait before answering "
                       "again."));
    case 7:
    case 15:
        return make(ErrorKind::Forbidden,
                    tr("VK denied access. The token may lack the \"wall\" permission or the "
                       "wall is closed to this account."));
    case 203:
        return make(ErrorKind::Forbidden,
                    tr("VK denied access to the community: it is private or this account is "
                       "not a member."));
    case 212:
    case 213:
        return make(ErrorKind::Forbidden,
                    tr("Comments on this post are closed or limited to members."));
    case 18: return make(ErrorKind::Forbidden, tr("The VK page was deleted or banned."));
    case 30: return make(ErrorKind::Forbidden, tr("The VK profile is private."));
    case 14:
        return make(ErrorKind::Forbidden,
                    tr("VK asks for a captcha. Open vk.com with this account, act once by "
                       "hand, then try again."));
    case 1:
    case 10:
        return make(ErrorKind::ServerError,
                    tr("VK failed on its side. This is usually temporary."));
    default: break;
    }
    return make(ErrorKind::InvalidInput, tr("VK refused the request."));
}

qint64 rateLimitPauseMs(int code)
{
    switch (code) {
    case 6: return 1000;
    case 9:
    case 223: return 10 * 60 * 1000;
    case 29: return 60 * 60 * 1000;
    default: return 0;
    }
}

}  // namespace earshot::VkParser
