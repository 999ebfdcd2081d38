// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ItemJson.h"

#include "core/model/Platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <array>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ItemJson", text);
}

// Keys Earshot maps onto its model; everything else goes to Item::extra.
const std::array<QLatin1String, 18> kKnownKeys = {
    QLatin1String("platform"),  QLatin1String("source"),     QLatin1String("source_title"),
    QLatin1String("id"),        QLatin1String("url"),        QLatin1String("author"),
    QLatin1String("author_id"), QLatin1String("author_url"), QLatin1String("author_followers"),
    QLatin1String("title"),     QLatin1String("text"),       QLatin1String("html"),
    QLatin1String("published"), QLatin1String("thread"),     QLatin1String("parent"),
    QLatin1String("lang"),      QLatin1String("tags"),       QLatin1String("state"),
};

bool isKnownKey(const QString &key)
{
    for (const QLatin1String &known : kKnownKeys) {
        if (key == known)
            return true;
    }
    return false;
}

// Ids arrive as strings or numbers depending on the platform.
QString idString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

Result<QString> optionalString(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return Error{ErrorKind::InvalidInput, tr("\"%1\" must be a string").arg(key)};
    return v.toString();
}

}  // namespace

QString toRfc3339(qint64 msSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
    return time.toString(msSinceEpoch % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

bool parseRfc3339(const QString &text, qint64 *msSinceEpoch)
{
    // RFC 3339 requires a zone; a bare local time would be read differently on every machine.
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 20)
        return false;
    const QChar last = trimmed.back();
    const bool hasZone =
        last == QLatin1Char('Z') || last == QLatin1Char('z') ||
        (trimmed.size() >= 6 && (trimmed.at(trimmed.size() - 6) == QLatin1Char('+') ||
                                 trimmed.at(trimmed.size() - 6) == QLatin1Char('-')));
    if (!hasZone)
        return false;
    QString normalized = trimmed;
    if (normalized.size() > 10 && normalized.at(10) == QLatin1Char(' '))
        normalized[10] = QLatin1Char('T');
    const QDateTime time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!time.isValid())
        return false;
    *msSinceEpoch = time.toMSecsSinceEpoch();
    return true;
}

Result<ImportedItem> itemFromJson(const QJsonObject &o)
{
    ImportedItem out;
    Item &item = out.item;
    item.platform = Platform::normalizeId(o.value(QLatin1String("platform")).toString());
    item.source = o.value(QLatin1String("source")).toString().trimmed();
    item.externalId = idString(o.value(QLatin1String("id")));
    if (item.platform.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("\"platform\" is missing")};
    if (item.source.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("\"source\" is missing")};
    if (item.externalId.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("\"id\" is missing")};
    const QJsonValue published = o.value(QLatin1String("published"));
    if (!published.isString() || !parseRfc3339(published.toString(), &item.publishedMs)) {
        return Error{
            ErrorKind::InvalidInput,
            tr("\"published\" must be an RFC 3339 date such as 2026-11-20T14:03:00+03:00")};
    }

    struct Field {
        QLatin1String key;
        QString *target;
    };
    const std::array<Field, 11> strings = {{
        {QLatin1String("source_title"), &item.sourceTitle},
        {QLatin1String("url"), &item.url},
        {QLatin1String("author"), &item.author.name},
        {QLatin1String("author_id"), &item.author.handle},
        {QLatin1String("author_url"), &item.author.url},
        {QLatin1String("title"), &item.title},
        {QLatin1String("text"), &item.text},
        {QLatin1String("html"), &item.html},
        {QLatin1String("thread"), &item.threadId},
        {QLatin1String("parent"), &item.parentId},
        {QLatin1String("lang"), &item.lang},
    }};
    for (const Field &field : strings) {
        if (field.key == QLatin1String("thread") || field.key == QLatin1String("parent")) {
            *field.target = idString(o.value(field.key));
            continue;
        }
        Result<QString> value = optionalString(o, field.key);
        if (!value)
            return value.error();
        *field.target = std::move(value).value();
    }
    if (item.title.isEmpty() && item.text.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("both \"title\" and \"text\" are empty")};
    const QJsonValue followers = o.value(QLatin1String("author_followers"));
    if (followers.isDouble())
        item.author.followers = followers.toInteger();

    const QJsonValue tags = o.value(QLatin1String("tags"));
    if (tags.isArray()) {
        for (const QJsonValue &tag : tags.toArray()) {
            if (tag.isString() && !tag.toString().trimmed().isEmpty())
                item.tags.append(tag.toString().trimmed());
        }
    } else if (!tags.isUndefined() && !tags.isNull()) {
        return Error{ErrorKind::InvalidInput, tr("\"tags\" must be a list of strings")};
    }

    const QJsonValue state = o.value(QLatin1String("state"));
    if (state.isObject()) {
        const QJsonObject s = state.toObject();
        out.hasState = true;
        out.state.read = s.value(QLatin1String("read")).toBool();
        out.state.saved = s.value(QLatin1String("saved")).toBool();
        out.state.note = s.value(QLatin1String("note")).toString();
        ItemStatus status = ItemStatus::New;
        if (parseStatusId(s.value(QLatin1String("status")).toString(), &status))
            out.state.status = status;
    }

    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!isKnownKey(it.key()))
            item.extra.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject itemToJson(const StoredItem &stored)
{
    const Item &item = stored.item;
    QJsonObject o = item.extra;  // unknown fields first, so Earshot's own always win
    o.insert(QLatin1String("platform"), item.platform);
    o.insert(QLatin1String("source"), item.source);
    if (!item.sourceTitle.isEmpty())
        o.insert(QLatin1String("source_title"), item.sourceTitle);
    o.insert(QLatin1String("id"), item.externalId);
    o.insert(QLatin1String("url"), item.url);
    // The display name only: an author known by handle alone keeps an empty name, so that
    // importing the export stores exactly this author again (not the handle as a name).
    o.insert(QLatin1String("author"), item.author.name);
    if (!item.author.handle.isEmpty() && item.author.handle != item.author.name)
        o.insert(QLatin1String("author_id"), item.author.handle);
    if (!item.author.url.isEmpty())
        o.insert(QLatin1String("author_url"), item.author.url);
    if (item.author.followers >= 0)
        o.insert(QLatin1String("author_followers"), item.author.followers);
    o.insert(QLatin1String("title"), item.title);
    o.insert(QLatin1String("text"), item.text);
    if (!item.html.isEmpty())
        o.insert(QLatin1String("html"), item.html);
    o.insert(QLatin1String("published"), toRfc3339(item.publishedMs));
    if (!item.threadId.isEmpty())
        o.insert(QLatin1String("thread"), item.threadId);
    if (!item.parentId.isEmpty())
        o.insert(QLatin1String("parent"), item.parentId);
    if (!item.lang.isEmpty())
        o.insert(QLatin1String("lang"), item.lang);
    if (!stored.state.tags.isEmpty())
        o.insert(QLatin1String("tags"), QJsonArray::fromStringList(stored.state.tags));
    QJsonObject state;
    state.insert(QLatin1String("read"), stored.state.read);
    state.insert(QLatin1String("saved"), stored.state.saved);
    state.insert(QLatin1String("status"), statusId(stored.state.status));
    if (!stored.state.note.isEmpty())
        state.insert(QLatin1String("note"), stored.state.note);
    o.insert(QLatin1String("state"), state);
    return o;
}

}  // namespace earshot
