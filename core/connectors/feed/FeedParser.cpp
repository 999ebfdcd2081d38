// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/feed/FeedParser.h"

#include "core/connectors/feed/FeedDecoder.h"
#include "core/connectors/feed/JsonFeedReader.h"
#include "core/connectors/feed/XmlFeedReader.h"
#include "core/connectors/feed/XmlRepair.h"

#include <QStringList>

namespace earshot {
namespace {

// First byte that is not a BOM or whitespace, or 0.
char firstSignificantByte(const QByteArray &bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() &&
           (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    return i < bytes.size() ? bytes[i] : '\0';
}

void addReason(QStringList *reasons, const QString &reason)
{
    if (!reason.isEmpty() && !reasons->contains(reason))
        reasons->append(reason);
}

// The outcome of the pass that read the document best.
Result<ParsedFeed> finish(XmlFeedRead best, const DecodedFeed &decoded, const QStringList &reasons)
{
    if (!best.isFeed) {
        return Error{
            ErrorKind::BadPayload,
            best.error.isEmpty()
                ? QStringLiteral("The document is not an RSS, Atom or JSON feed.")
                : QStringLiteral("The document is not a readable feed: %1.").arg(best.error)};
    }
    ParsedFeed feed = std::move(best.feed);
    feed.encoding = decoded.encoding;
    feed.recovered = !reasons.isEmpty();
    feed.recoveryReason = reasons.join(QStringLiteral("; "));
    return feed;
}

}  // namespace

Result<ParsedFeed> parseFeed(const QByteArray &bytes, const QUrl &feedUrl,
                             const QByteArray &httpContentType)
{
    if (bytes.size() > kMaxFeedBytes)
        return Error{ErrorKind::TooLarge,
                     QStringLiteral("The feed is %1 MB; feeds over %2 MB are not read.")
                         .arg(bytes.size() / (1024 * 1024))
                         .arg(kMaxFeedBytes / (1024 * 1024))};
    if (firstSignificantByte(bytes) == '{') {
        const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        return readJsonFeed(bom ? bytes.mid(bom) : bytes, feedUrl);
    }

    DecodedFeed decoded = decodeFeedBytes(bytes, httpContentType, true);
    QStringList reasons;
    addReason(&reasons, decoded.problem);

    // Most documents are well-formed and go through libxml2 alone. One that libxml2 refuses
    // (any error, a DOCTYPE) is read by QXmlStreamReader, which recovers what it can: it is
    // repaired (entities, bare ampersands, forbidden characters) and, if prefixes are
    // undeclared, read once more without namespace processing; the pass that reads the most
    // wins.
    const QByteArray converted = decoded.utf8.isNull() ? decoded.text.toUtf8() : QByteArray();
    std::optional<XmlFeedRead> wellFormed = readWellFormedXmlFeed(
        decoded.utf8.isNull() ? QByteArrayView(converted) : decoded.utf8, feedUrl);
    if (wellFormed)
        return finish(std::move(*wellFormed), decoded, reasons);
    if (decoded.text.isEmpty() && !decoded.utf8.isEmpty())
        decoded.text = QString::fromUtf8(decoded.utf8);
    XmlFeedRead best = readXmlFeed(decoded.text, feedUrl, true);
    if (!best.error.isEmpty()) {
        QString repairs;
        const QString repaired = repairXml(decoded.text, &repairs);
        const QString &text = repaired.isEmpty() ? decoded.text : repaired;
        if (!repaired.isEmpty()) {
            XmlFeedRead second = readXmlFeed(text, feedUrl, true);
            addReason(&reasons, repairs);
            if (second.error.isEmpty() || second.feed.entries.size() > best.feed.entries.size())
                best = std::move(second);
        }
        if (!best.error.isEmpty()) {
            XmlFeedRead third = readXmlFeed(text, feedUrl, false);
            if ((third.error.isEmpty() && third.isFeed) ||
                third.feed.entries.size() > best.feed.entries.size()) {
                addReason(&reasons, best.error);  // e.g. the undeclared prefix
                best = std::move(third);
            }
        }
        addReason(&reasons, best.error);
    }
    return finish(std::move(best), decoded, reasons);
}

}  // namespace earshot
