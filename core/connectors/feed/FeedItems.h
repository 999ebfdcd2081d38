// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/feed/ParsedFeed.h"
#include "core/model/Item.h"

#include <QUrl>

#include <vector>

namespace earshot {

// Turns parsed entries into Items of platform "feed" whose source is `feedUrl`. The external
// id is the entry's id, else its link, else "sha1:" + a hash of title and text, so a re-fetch
// of the same entry maps onto the same item. `fetchedMs` is stamped on every item.
// Pure and thread-safe.
std::vector<Item> feedToItems(const ParsedFeed &feed, const QUrl &feedUrl, qint64 fetchedMs = 0);

// One entry as an Item (see feedToItems).
Item feedEntryToItem(const FeedEntry &entry, const ParsedFeed &feed, const QUrl &feedUrl,
                     qint64 fetchedMs = 0);

}  // namespace earshot
