// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace earshot {

struct ParsedFeed;

// The parsed feed as JSON for the command line: feed title, link, language, format,
// encoding, recovered (+ reason) and "items" with id, title, link, author, published and
// updated (RFC 3339, UTC; left out when the feed gives none) and plain text.
// Pure and thread-safe.
QJsonObject feedToJson(const ParsedFeed &feed);

}  // namespace earshot
