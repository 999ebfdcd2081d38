// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/FeedDiscovery.h"

#include "core/connectors/feed/FeedParser.h"
#include "core/net/HttpClient.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QSet>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <gumbo.h>

#include <algorithm>

namespace earshot {

namespace {

constexpr qint64 kMaxPageBytes = 8LL * 1024 * 1024;

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

bool isFeedType(const QString &type)
{
    const QString t = type.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return t == QLatin1String("application/rss+xml") ||
           t == QLatin1String("application/atom+xml") ||
           t == QLatin1String("application/feed+json") ||
           t == QLatin1String("application/rdf+xml") || t == QLatin1String("application/json") ||
           t == QLatin1String("text/xml") || t == QLatin1String("application/xml");
}

QUrl withPath(const QUrl &base, const QString &path, const QString &query = {})
{
    QUrl url;
    url.setScheme(base.scheme());
    url.setHost(base.host());
    url.setPort(base.port());
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

}  // namespace

std::vector<FeedCandidate> feedLinksInHtml(const QByteArray &html, const QUrl &pageUrl)
{
    std::vector<FeedCandidate> out;
    const QByteArray input = html.left(kMaxPageBytes);
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, input.constData(),
                                                   static_cast<size_t>(input.size()));
    if (!output)
        return out;
    QUrl base = pageUrl;
    std::vector<std::pair<QString, QString>> links;  // href, title
    // Iterative walk: hostile pages may nest deeper than any stack.
    std::vector<const GumboNode *> stack{output->root};
    bool baseSeen = false;
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &el = node->v.element;
        if (el.tag == GUMBO_TAG_BASE && !baseSeen) {
            const QString href = attribute(el, "href");
            if (!href.isEmpty()) {
                base = pageUrl.resolved(QUrl(href));
                baseSeen = true;
            }
        } else if (el.tag == GUMBO_TAG_LINK) {
            const QStringList rel =
                attribute(el, "rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (rel.contains(QLatin1String("alternate")) && isFeedType(attribute(el, "type")) &&
                !attribute(el, "href").isEmpty()) {
                links.emplace_back(attribute(el, "href"), attribute(el, "title"));
            }
        }
        // Children in reverse so the walk visits them in document order.
        for (unsigned i = el.children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(el.children.data[i - 1]));
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);

    QSet<QUrl> seen;
    for (const auto &[href, title] : links) {
        const QUrl url = base.resolved(QUrl(href));
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            seen.contains(url))
            continue;
        seen.insert(url);
        out.push_back({url, title, FeedCandidate::Via::Link, {}});
    }
    return out;
}

std::vector<QUrl> knownFeedPatterns(const QUrl &pageUrl)
{
    std::vector<QUrl> out;
    const QString host = pageUrl.host().toLower();
    QString path = pageUrl.path();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);

    if (host == QLatin1String("reddit.com") || host.endsWith(QLatin1String(".reddit.com"))) {
        if (!parts.isEmpty() && parts.constLast() == QLatin1String("search")) {
            QString searchPath = path;
            if (searchPath.endsWith(QLatin1Char('/')))
                searchPath.chop(1);
            out.push_back(withPath(pageUrl, searchPath + QStringLiteral(".rss"), pageUrl.query()));
        } else if (parts.size() >= 2 &&
                   (parts.at(0) == QLatin1String("r") || parts.at(0) == QLatin1String("user"))) {
            out.push_back(
                withPath(pageUrl, QStringLiteral("/%1/%2/.rss").arg(parts.at(0), parts.at(1))));
        } else {
            out.push_back(withPath(pageUrl, QStringLiteral("/.rss")));
        }
        return out;
    }
    if (host == QLatin1String("youtube.com") || host.endsWith(QLatin1String(".youtube.com"))) {
        if (parts.size() >= 2 && parts.at(0) == QLatin1String("channel")) {
            QUrl feed(QStringLiteral("https://www.youtube.com/feeds/videos.xml"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("channel_id"), parts.at(1));
            feed.setQuery(query);
            out.push_back(feed);
        }
        return out;  // other YouTube pages name their feed in a <link>
    }
    if (host.endsWith(QLatin1String(".livejournal.com"))) {
        out.push_back(withPath(pageUrl, QStringLiteral("/data/rss")));
        return out;
    }
    if (!parts.isEmpty() && parts.at(0).startsWith(QLatin1Char('@')) && parts.at(0).size() > 1) {
        out.push_back(withPath(pageUrl, QLatin1Char('/') + parts.at(0) + QStringLiteral(".rss")));
        return out;  // Mastodon account
    }
    if (parts.size() >= 2 && parts.at(0) == QLatin1String("tags")) {
        out.push_back(
            withPath(pageUrl, QStringLiteral("/tags/") + parts.at(1) + QStringLiteral(".rss")));
        return out;  // Mastodon hashtag
    }

    // Discourse: a topic or category has its own feed, the forum a latest.rss.
    if (parts.size() >= 2 &&
        (parts.at(0) == QLatin1String("t") || parts.at(0) == QLatin1String("c"))) {
        QString p = path;
        if (p.endsWith(QLatin1Char('/')))
            p.chop(1);
        out.push_back(withPath(pageUrl, p + QStringLiteral(".rss")));
    }
    // Forum engines live at the site root or in a folder ("/forum/viewforum.php").
    QString dir = path.left(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (dir.isEmpty())
        dir = QStringLiteral("/");
    if (dir.contains(QLatin1String("/app.php/")))
        dir = dir.left(dir.indexOf(QLatin1String("/app.php/")) + 1);
    if (dir.contains(QLatin1String("/forums/")))
        dir = dir.left(dir.indexOf(QLatin1String("/forums/")) + 1);
    if (parts.size() >= 2 &&
        (parts.at(0) == QLatin1String("t") || parts.at(0) == QLatin1String("c")))
        dir = QStringLiteral("/");
    out.push_back(withPath(pageUrl, dir + QStringLiteral("latest.rss")));          // Discourse
    out.push_back(withPath(pageUrl, dir + QStringLiteral("feed.php")));            // phpBB 3.0
    out.push_back(withPath(pageUrl, dir + QStringLiteral("app.php/feed")));        // phpBB 3.1+
    out.push_back(withPath(pageUrl, dir + QStringLiteral("forums/-/index.rss")));  // XenForo
    out.push_back(withPath(pageUrl, dir + QStringLiteral("external.php"),          // vBulletin
                           QStringLiteral("type=RSS2")));
    return out;
}

std::vector<FeedPreviewEntry> previewEntries(const ParsedFeed &feed)
{
    std::vector<FeedPreviewEntry> out;
    out.reserve(feed.entries.size());
    for (const FeedEntry &entry : feed.entries) {
        QString title = entry.title;
        if (title.isEmpty())
            title = entry.summary.text.left(120).simplified();
        out.push_back({title, entry.publishedMs ? entry.publishedMs : entry.updatedMs});
    }
    // Newest first; undated entries keep the feed's order after the dated ones.
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &a, const auto &b) { return a.publishedMs > b.publishedMs; });
    if (out.size() > std::size_t(FeedCandidate::kPreviewEntries))
        out.resize(FeedCandidate::kPreviewEntries);
    return out;
}

FeedDiscovery::FeedDiscovery(HttpClient &http, QObject *parent) : QObject(parent), m_http(http)
{
    qRegisterMetaType<DiscoveryResult>();
}

FeedDiscovery::~FeedDiscovery() = default;

void FeedDiscovery::discover(const QUrl &url)
{
    ++m_generation;
    m_result = {};
    m_result.requested = url;
    m_verified.clear();
    m_outstanding = 0;
    HttpRequest request;
    request.url = url;
    request.maxBytes = kMaxPageBytes;
    const quint64 generation = m_generation;
    m_http.get(request, [this, generation](const HttpReply &reply) {
        if (generation == m_generation)
            onPage(reply);
    });
}

void FeedDiscovery::onPage(const HttpReply &reply)
{
    if (!reply.ok()) {
        m_result.error = reply.error;
        Q_EMIT finished(m_result);
        return;
    }
    struct PageRead {
        std::optional<QString> feedTitle;  // set when the page is itself a feed
        std::vector<FeedPreviewEntry> latest;
        std::vector<FeedCandidate> candidates;
    };
    auto *watcher = new QFutureWatcher<PageRead>(this);
    const quint64 generation = m_generation;
    const QUrl requested = m_result.requested;
    const QUrl movedTo = reply.movedTo;
    connect(
        watcher, &QFutureWatcher<PageRead>::finished, this,
        [this, watcher, generation, requested, movedTo] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            const PageRead read = watcher->result();
            if (read.feedTitle) {
                m_result.feeds.push_back({movedTo.isValid() ? movedTo : requested, *read.feedTitle,
                                          FeedCandidate::Via::Direct, read.latest});
                Q_EMIT finished(m_result);
                return;
            }
            m_verified.assign(read.candidates.size(), std::nullopt);
            m_outstanding = static_cast<int>(read.candidates.size());
            if (m_outstanding == 0) {
                Q_EMIT finished(m_result);
                return;
            }
            for (std::size_t i = 0; i < read.candidates.size(); ++i)
                probe(read.candidates[i], i);
        });
    watcher->setFuture(
        QtConcurrent::run([body = reply.body, url = reply.url, contentType = reply.contentType]() {
            PageRead read;
            Result<ParsedFeed> feed = parseFeed(body, url, contentType);
            if (feed) {
                read.feedTitle = feed->title;
                read.latest = previewEntries(*feed);
                return read;
            }
            read.candidates = feedLinksInHtml(body, url);
            QSet<QUrl> seen;
            for (const FeedCandidate &c : read.candidates)
                seen.insert(c.url);
            for (const QUrl &guess : knownFeedPatterns(url)) {
                if (!seen.contains(guess)) {
                    seen.insert(guess);
                    read.candidates.push_back({guess, {}, FeedCandidate::Via::Pattern, {}});
                }
            }
            return read;
        }));
}

void FeedDiscovery::probe(const FeedCandidate &candidate, std::size_t slot)
{
    HttpRequest request;
    request.url = candidate.url;
    request.maxBytes = kMaxFeedBytes;
    request.maxRetries = 0;
    const quint64 generation = m_generation;
    m_http.get(request, [this, generation, candidate, slot](const HttpReply &reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok() || reply.body.isEmpty()) {
            probeDone();
            return;
        }
        struct Probed {
            QString title;
            std::vector<FeedPreviewEntry> latest;
        };
        auto *watcher = new QFutureWatcher<std::optional<Probed>>(this);
        connect(watcher, &QFutureWatcher<std::optional<Probed>>::finished, this,
                [this, watcher, generation, candidate, slot, movedTo = reply.movedTo] {
                    watcher->deleteLater();
                    if (generation != m_generation)
                        return;
                    if (const std::optional<Probed> probed = watcher->result()) {
                        FeedCandidate found = candidate;
                        if (movedTo.isValid())
                            found.url = movedTo;
                        if (!probed->title.isEmpty())
                            found.title = probed->title;
                        found.latest = probed->latest;
                        m_verified[slot] = found;
                    }
                    probeDone();
                });
        watcher->setFuture(QtConcurrent::run(
            [body = reply.body, url = reply.url, contentType = reply.contentType]() {
                Result<ParsedFeed> feed = parseFeed(body, url, contentType);
                return feed ? std::optional<Probed>(Probed{feed->title, previewEntries(*feed)})
                            : std::nullopt;
            }));
    });
}

void FeedDiscovery::probeDone()
{
    if (--m_outstanding > 0)
        return;
    QSet<QUrl> seen;
    for (const std::optional<FeedCandidate> &c : m_verified) {
        if (c && !seen.contains(c->url)) {
            seen.insert(c->url);
            m_result.feeds.push_back(*c);
        }
    }
    Q_EMIT finished(m_result);
}

}  // namespace earshot
