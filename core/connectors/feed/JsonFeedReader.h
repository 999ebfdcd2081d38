// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/feed/ParsedFeed.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QUrl>

namespace earshot {

// Reads JSON Feed 1.0 and 1.1 (UTF-8 JSON). Relative URLs are resolved against `feedUrl`,
// HTML content is sanitized. BadPayload when the bytes are not a JSON Feed object.
// Pure and thread-safe.
Result<ParsedFeed> readJsonFeed(const QByteArray &utf8, const QUrl &feedUrl);

}  // namespace earshot
