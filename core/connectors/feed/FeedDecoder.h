// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace earshot {

// The text of a feed document and how it was obtained.
struct DecodedFeed {
    QString text;      // without BOM
    QString encoding;  // lowercase charset actually used, e.g. "utf-8", "windows-1251"
    QString problem;   // non-empty when the encoding had to be guessed or overridden
};

// Decodes feed bytes following the XML rules as feed readers apply them (RFC 7303 and the
// older RFC 3023): byte order mark first, then the charset of an XML Content-Type, then
// "us-ascii" for text/*xml without one, then the XML declaration, then UTF-8. Bytes that are
// not valid in the chosen charset are decoded with a detected charset (ICU's detector) or
// windows-1252 instead, and `problem` says so. Pure and thread-safe; never fails.
DecodedFeed decodeFeedBytes(const QByteArray &bytes, const QByteArray &httpContentType);

}  // namespace earshot
