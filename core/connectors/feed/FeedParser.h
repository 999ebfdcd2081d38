// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/feed/ParsedFeed.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QUrl>

namespace earshot {

// Documents larger than this are refused with ErrorKind::TooLarge before any parsing.
inline constexpr qsizetype kMaxFeedBytes = 32 * 1024 * 1024;

// Parses a feed document (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1) from raw bytes.
// `feedUrl` is the address it was fetched from (base for relative links, may be empty);
// `httpContentType` is the response's Content-Type header, whose charset takes part in
// decoding. Ill-formed documents are read as far as a careful reader can and come back with
// `recovered` set and a reason. Errors: TooLarge beyond kMaxFeedBytes, BadPayload when the
// bytes are not a feed at all. Pure and thread-safe: no I/O, no shared state.
Result<ParsedFeed> parseFeed(const QByteArray &bytes, const QUrl &feedUrl,
                             const QByteArray &httpContentType = {});

}  // namespace earshot
