// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/mastodon/MastodonParser.h"

#include "core/analysis/HtmlSanitizer.h"
#include "core/model/Platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace earshot::MastodonParser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Mastodon", text);
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())  // some servers send numbers where the docs say strings
        return QString::number(static_cast<qint64>(v.toDouble()));
    return {};
}

Error badPayload(const QString &what, const QString &detail)
{
    return {ErrorKind::BadPayload,
            tr("The Mastodon server sent %1 that Earshot cannot read (%2). Nothing was changed; "
               "the next sync tries again.")
                .arg(what, detail)};
}

Result<QJsonDocument> parseDocument(const QByteArray &body, const QString &what)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return badPayload(what, tr("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    }
    return doc;
}

Result<QJsonArray> parseArray(const QByteArray &body, const QString &what)
{
    Result<QJsonDocument> doc = parseDocument(body, what);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return badPayload(what, tr("expected a list"));
    return doc->array();
}

Result<QJsonObject> parseObject(const QByteArray &body, const QString &what)
{
    Result<QJsonDocument> doc = parseDocument(body, what);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return badPayload(what, tr("expected an object"));
    return doc->object();
}

Author author(const QJsonObject &account, const QUrl &instance)
{
    Author a;
    QString acct = str(account, "acct");
    if (acct.isEmpty())
        acct = str(account, "username");
    // Local accounts come without a domain; the full handle is stable across instances.
    if (!acct.isEmpty() && !acct.contains(QLatin1Char('@'))) {
        const QString host = QUrl(str(account, "url")).host();
        const QString domain = host.isEmpty() ? instance.host() : host;
        if (!domain.isEmpty())
            acct += QLatin1Char('@') + domain;
    }
    if (!acct.isEmpty())
        a.handle = QLatin1Char('@') + acct;
    a.name = str(account, "display_name");
    a.url = str(account, "url");
    const QJsonValue followers = account.value(QLatin1String("followers_count"));
    if (followers.isDouble())
        a.followers = static_cast<qint64>(followers.toDouble());
    return a;
}

qint64 parseTime(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

std::vector<Item> itemsOf(const QJsonArray &array, const QUrl &instance)
{
    std::vector<Item> items;
    items.reserve(static_cast<std::size_t>(array.size()));
    for (const QJsonValue &v : array) {
        Item item = statusItem(v.toObject(), instance);
        if (!item.externalId.isEmpty())
            items.push_back(std::move(item));
    }
    return items;
}

}  // namespace

Item statusItem(const QJsonObject &outer, const QUrl &instance)
{
    Item item;
    QJsonObject status = outer;
    const QJsonObject reblog = outer.value(QLatin1String("reblog")).toObject();
    if (!reblog.isEmpty() && !str(reblog, "id").isEmpty()) {
        status = reblog;
        const Author booster = author(outer.value(QLatin1String("account")).toObject(), instance);
        item.extra.insert(QLatin1String("boosted_by"), booster.handle);
        item.extra.insert(QLatin1String("boost_id"), str(outer, "id"));
    }
    item.externalId = str(status, "id");
    if (item.externalId.isEmpty())
        return Item{};
    item.platform = Platform::Mastodon;
    item.parentId = str(status, "in_reply_to_id");
    item.threadId = item.parentId;
    item.author = author(status.value(QLatin1String("account")).toObject(), instance);
    item.url = str(status, "url");
    if (item.url.isEmpty())
        item.url = str(status, "uri");
    const QString spoiler = str(status, "spoiler_text");
    item.title = spoiler;
    const SanitizedHtml content = sanitizeHtml(str(status, "content"), QUrl(item.url));
    item.html = content.html;
    item.text = content.text;
    item.publishedMs = parseTime(str(status, "created_at"));
    item.lang = str(status, "language");
    const QJsonArray tags = status.value(QLatin1String("tags")).toArray();
    for (const QJsonValue &tag : tags) {
        const QString name = str(tag.toObject(), "name");
        if (!name.isEmpty())
            item.tags << QLatin1Char('#') + name;
    }
    const QString accountId = str(status.value(QLatin1String("account")).toObject(), "id");
    if (!accountId.isEmpty())
        item.extra.insert(QLatin1String("account_id"), accountId);
    const QString replyToAccount = str(status, "in_reply_to_account_id");
    if (!replyToAccount.isEmpty())
        item.extra.insert(QLatin1String("in_reply_to_account_id"), replyToAccount);
    const QString visibility = str(status, "visibility");
    if (!visibility.isEmpty())
        item.extra.insert(QLatin1String("visibility"), visibility);
    const QJsonValue replies = status.value(QLatin1String("replies_count"));
    if (replies.isDouble())
        item.extra.insert(QLatin1String("replies_count"), replies.toInt());
    return item;
}

Result<std::vector<Item>> statuses(const QByteArray &body, const QUrl &instance)
{
    Result<QJsonArray> array = parseArray(body, tr("a timeline"));
    if (!array)
        return array.error();
    return itemsOf(*array, instance);
}

Result<Item> status(const QByteArray &body, const QUrl &instance)
{
    Result<QJsonObject> object = parseObject(body, tr("a post"));
    if (!object)
        return object.error();
    Item item = statusItem(*object, instance);
    if (item.externalId.isEmpty())
        return badPayload(tr("a post"), tr("it has no id"));
    return item;
}

Result<std::vector<Item>> notifications(const QByteArray &body, const QUrl &instance,
                                        bool mentionsOnly)
{
    Result<QJsonArray> array = parseArray(body, tr("notifications"));
    if (!array)
        return array.error();
    std::vector<Item> items;
    for (const QJsonValue &v : *array) {
        const QJsonObject n = v.toObject();
        if (mentionsOnly && str(n, "type") != QLatin1String("mention"))
            continue;
        Item item = statusItem(n.value(QLatin1String("status")).toObject(), instance);
        if (item.externalId.isEmpty())
            continue;
        item.extra.insert(QLatin1String("notification_id"), str(n, "id"));
        item.extra.insert(QLatin1String("notification_type"), str(n, "type"));
        items.push_back(std::move(item));
    }
    return items;
}

Result<std::vector<Item>> search(const QByteArray &body, const QUrl &instance)
{
    Result<QJsonObject> object = parseObject(body, tr("search results"));
    if (!object)
        return object.error();
    return itemsOf(object->value(QLatin1String("statuses")).toArray(), instance);
}

Result<std::vector<Item>> context(const QByteArray &body, const QUrl &instance,
                                  const QString &rootId)
{
    Result<QJsonObject> object = parseObject(body, tr("a conversation"));
    if (!object)
        return object.error();
    if (!object->value(QLatin1String("ancestors")).isArray() ||
        !object->value(QLatin1String("descendants")).isArray())
        return badPayload(tr("a conversation"), tr("ancestors or descendants missing"));
    std::vector<Item> items =
        itemsOf(object->value(QLatin1String("ancestors")).toArray(), instance);
    const QString threadRoot = items.empty() ? rootId : items.front().externalId;
    std::vector<Item> descendants =
        itemsOf(object->value(QLatin1String("descendants")).toArray(), instance);
    for (Item &item : descendants)
        items.push_back(std::move(item));
    for (Item &item : items)
        item.threadId = item.externalId == threadRoot ? QString() : threadRoot;
    return items;
}

QString errorMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString message = str(o, "error_description");
    if (message.isEmpty())
        message = str(o, "error");
    return message.left(500);
}

qint64 rateLimitResetMs(const QByteArray &remaining, const QByteArray &reset)
{
    bool ok = false;
    const qint64 left = remaining.trimmed().toLongLong(&ok);
    if (!ok || left > 0)
        return 0;
    const QDateTime at =
        QDateTime::fromString(QString::fromLatin1(reset.trimmed()), Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

MastodonLinks links(const QByteArray &linkHeader)
{
    MastodonLinks result;
    const QString header = QString::fromLatin1(linkHeader);
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = header.indexOf(QLatin1Char('<'), pos);
        if (open < 0)
            break;
        const qsizetype close = header.indexOf(QLatin1Char('>'), open + 1);
        if (close < 0)
            break;
        const QUrl url(header.mid(open + 1, close - open - 1));
        qsizetype end = header.indexOf(QLatin1Char('<'), close + 1);
        if (end < 0)
            end = header.size();
        const QString params = header.mid(close + 1, end - close - 1);
        pos = close + 1;
        QString rel;
        for (const QString &part : params.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString p = part.trimmed();
            if (p.startsWith(QLatin1String("rel="), Qt::CaseInsensitive)) {
                rel =
                    p.mid(4).remove(QLatin1Char('"')).remove(QLatin1Char(',')).trimmed().toLower();
                break;
            }
        }
        const QUrlQuery query(url);
        if (rel.split(QLatin1Char(' ')).contains(QLatin1String("next"))) {
            result.next = url;
            result.maxId = query.queryItemValue(QStringLiteral("max_id"));
        } else if (rel.split(QLatin1Char(' ')).contains(QLatin1String("prev"))) {
            result.prev = url;
            result.minId = query.queryItemValue(QStringLiteral("min_id"));
            if (result.minId.isEmpty())
                result.minId = query.queryItemValue(QStringLiteral("since_id"));
        }
    }
    return result;
}

}  // namespace earshot::MastodonParser
