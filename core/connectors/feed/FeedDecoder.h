// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace earshot {

// The text of a feed document and how it was obtained.
struct DecodedFeed {
    QString text;         // without BOM; empty when `utf8` holds the document instead
    QByteArrayView utf8;  // with `keepUtf8`: the valid UTF-8 bytes after any BOM, a view of
                          // the caller's bytes (which must outlive it), not yet decoded
    QString encoding;     // lowercase charset actually used, e.g. "utf-8", "windows-1251"
    QString problem;      // non-empty when the encoding had to be guessed or overridden
};

// Decodes feed bytes following the XML rules as feed readers apply them (RFC 7303 and the
// older RFC 3023): byte order mark first, then the charset of an XML Content-Type, then
// "us-ascii" for text/*xml without one, then the XML declaration, then UTF-8. Bytes that are
// not valid in the chosen charset are decoded with a detected charset (ICU's detector) or
// windows-1252 instead, and `problem` says so. With `keepUtf8`, a document that is valid
// UTF-8 in the chosen charset is not decoded at all: `utf8` points at it and `text` stays
// empty, for readers that take UTF-8. Pure and thread-safe; never fails.
DecodedFeed decodeFeedBytes(const QByteArray &bytes, const QByteArray &httpContentType,
                            bool keepUtf8 = false);

}  // namespace earshot
