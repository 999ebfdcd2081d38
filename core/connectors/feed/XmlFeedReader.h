// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/feed/ParsedFeed.h"

#include <QByteArrayView>
#include <QString>
#include <QUrl>

#include <optional>

namespace earshot {

// Outcome of one pass of the XML reader over a decoded document.
struct XmlFeedRead {
    ParsedFeed feed;      // as much as was read; encoding/recovered are left to the caller
    bool isFeed = false;  // the root element is rss, rdf:RDF, feed or channel
    QString error;        // the XML error that stopped the pass, empty when well-formed
};

// Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 with QXmlStreamReader (which never
// resolves external entities; internal entity expansion is capped). Relative links are
// resolved against xml:base and `feedUrl`; HTML content is sanitized. With
// `namespaceProcessing` off, the conventional prefixes (dc:, content:, media:...) are
// recognised by name, which reads feeds that use a prefix without declaring it.
// Pure and thread-safe.
XmlFeedRead readXmlFeed(const QString &text, const QUrl &feedUrl, bool namespaceProcessing);

// The same mapping over libxml2's tokens of a UTF-8 document (see LibXmlTokenSource), with
// namespace processing; nullopt when libxml2 found the document ill-formed or it has a
// DOCTYPE, and readXmlFeed() must read it. Pure and thread-safe.
std::optional<XmlFeedRead> readWellFormedXmlFeed(QByteArrayView utf8, const QUrl &feedUrl);

}  // namespace earshot
