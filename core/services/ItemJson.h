// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Item.h"
#include "core/model/Result.h"
#include "core/storage/PreparedText.h"

#include <QJsonObject>

namespace earshot {

// The JSON Lines interchange format (documented in the README): one object per line with
// platform, source, id, url, author, title, text, published (RFC 3339), optional
// source_title, author_id, author_url, author_followers, html, thread, parent, lang, tags,
// and an Earshot "state" object. Fields Earshot does not know are kept in Item::extra
// and written back on export.
struct ImportedItem {
    Item item;
    ItemState state;
    bool hasState = false;
    PreparedText prepared;  // title and text for the store, when the reader prepared them
};

Result<ImportedItem> itemFromJson(const QJsonObject &object);
QJsonObject itemToJson(const StoredItem &stored);

// RFC 3339 with milliseconds when present, in UTC ("2026-11-20T11:03:00Z").
QString toRfc3339(qint64 msSinceEpoch);
// Parses RFC 3339 / ISO 8601 with offset; returns false for anything else.
bool parseRfc3339(const QString &text, qint64 *msSinceEpoch);

}  // namespace earshot
