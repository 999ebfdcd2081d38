// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>
#include <vector>

namespace earshot {

class HttpClient;
struct HttpReply;

// One entry of a found feed, enough to recognise the feed before adding it.
struct FeedPreviewEntry {
    QString title;
    qint64 publishedMs = 0;  // 0 when the feed gave no date
};

// A feed found for a page.
struct FeedCandidate {
    enum class Via { Direct, Link, Pattern };
    QUrl url;
    QString title;  // the feed's own title when it was fetched, else the link's title
    Via via = Via::Link;
    std::vector<FeedPreviewEntry> latest;  // newest entries first, at most kPreviewEntries
    static constexpr int kPreviewEntries = 5;
};

struct ParsedFeed;
// The newest entries of a parsed feed for FeedCandidate::latest. Pure.
std::vector<FeedPreviewEntry> previewEntries(const ParsedFeed &feed);

struct DiscoveryResult {
    QUrl requested;
    std::vector<FeedCandidate> feeds;  // verified feeds, best first
    std::optional<Error> error;        // set when the page itself could not be fetched
};

// <link rel="alternate"> feeds of an HTML page, resolved against the page (and its
// <base href>), in document order. Pure.
std::vector<FeedCandidate> feedLinksInHtml(const QByteArray &html, const QUrl &pageUrl);

// Feed addresses that well-known forum engines and sites publish for a page: Discourse,
// phpBB, XenForo, vBulletin, LiveJournal, Reddit (subreddits and searches), YouTube
// channels, Mastodon accounts and tags. Site-specific ones replace the generic guesses.
// Pure.
std::vector<QUrl> knownFeedPatterns(const QUrl &pageUrl);

// Finds the feeds behind an address: the address itself when it is a feed, else the
// page's <link rel="alternate"> feeds and the known patterns, each fetched and parsed to
// keep only the ones that are really feeds. Asynchronous; parsing runs on the global
// thread pool. One discovery at a time per object.
class FeedDiscovery : public QObject {
    Q_OBJECT

public:
    explicit FeedDiscovery(HttpClient &http, QObject *parent = nullptr);
    ~FeedDiscovery() override;

    void discover(const QUrl &url);
    // Drops the running discovery: finished() is not emitted for it.
    void cancel() { ++m_generation; }

Q_SIGNALS:
    void finished(const earshot::DiscoveryResult &result);

private:
    void onPage(const HttpReply &reply);
    void probe(const FeedCandidate &candidate, std::size_t slot);
    void probeDone();

    HttpClient &m_http;
    DiscoveryResult m_result;
    std::vector<std::optional<FeedCandidate>> m_verified;
    int m_outstanding = 0;
    quint64 m_generation = 0;
};

}  // namespace earshot

Q_DECLARE_METATYPE(earshot::DiscoveryResult)
