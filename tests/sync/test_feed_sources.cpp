// SPDX-License-Identifier: GPL-3.0-or-later
// Adding sources: feed discovery from a page (links and known addresses) and OPML lists.
#include "core/net/HttpClient.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SourceRepository.h"
#include "core/sync/FeedDiscovery.h"
#include "core/sync/Opml.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TempDir.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace earshot;
using earshot::test::LocalHttpServer;
using earshot::test::ScriptedResponse;

namespace {

const QByteArray kFeed =
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Board</title>"
    "<item><guid>g1</guid><title>Hello</title></item></channel></rss>";

QStringList urls(const std::vector<QUrl> &list)
{
    QStringList out;
    for (const QUrl &u : list)
        out << u.toString();
    return out;
}

}  // namespace

class TestFeedSources : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    DiscoveryResult discover(const QUrl &url)
    {
        HttpClient http(m_network);
        FeedDiscovery discovery(http);
        QSignalSpy finished(&discovery, &FeedDiscovery::finished);
        discovery.discover(url);
        [&] { QVERIFY(finished.wait(earshot::test::kUnboundedWaitMs)); }();
        return finished.isEmpty() ? DiscoveryResult{}
                                  : finished.at(0).at(0).value<DiscoveryResult>();
    }

private Q_SLOTS:
    void linksInHtml()
    {
        const QByteArray html =
            "<!doctype html><html><head><base href=\"https://example.org/forum/\">"
            "<link rel=\"stylesheet\" href=\"s.css\">"
            "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Posts\" "
            "href=\"feed.rss\">"
            "<LINK REL=\"Alternate Home\" TYPE=\"application/atom+xml\" href=\"/atom.xml\">"
            "<link rel=\"alternate\" type=\"text/html\" hreflang=\"ru\" href=\"/ru/\">"
            "<link rel=\"alternate\" type=\"application/feed+json\" "
            "href=\"https://cdn.example.org/f.json\">"
            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">"
            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"feed.rss\">"
            "</head><body><p>text</body></html>";
        const std::vector<FeedCandidate> found =
            feedLinksInHtml(html, QUrl(QStringLiteral("https://example.org/forum/index.php")));
        QCOMPARE(found.size(), std::size_t(3));
        QCOMPARE(found[0].url, QUrl(QStringLiteral("https://example.org/forum/feed.rss")));
        QCOMPARE(found[0].title, QStringLiteral("Posts"));
        QCOMPARE(found[1].url, QUrl(QStringLiteral("https://example.org/atom.xml")));
        QCOMPARE(found[2].url, QUrl(QStringLiteral("https://cdn.example.org/f.json")));
        QVERIFY(feedLinksInHtml("not html at all", QUrl(QStringLiteral("https://x.org/"))).empty());
    }

    void knownPatterns_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("feed");
        QTest::newRow("discourse forum") << "https://meta.discourse.org/"
                                         << "https://meta.discourse.org/latest.rss";
        QTest::newRow("discourse topic") << "https://meta.discourse.org/t/some-topic/123"
                                         << "https://meta.discourse.org/t/some-topic/123.rss";
        QTest::newRow("phpbb") << "https://example.org/forum/viewforum.php?f=2"
                               << "https://example.org/forum/feed.php";
        QTest::newRow("phpbb 3.1") << "https://example.org/forum/index.php"
                                   << "https://example.org/forum/app.php/feed";
        QTest::newRow("xenforo") << "https://example.org/forums/general.5/"
                                 << "https://example.org/forums/-/index.rss";
        QTest::newRow("vbulletin") << "https://example.org/board/forumdisplay.php?f=1"
                                   << "https://example.org/board/external.php?type=RSS2";
        QTest::newRow("livejournal") << "https://someone.livejournal.com/12345.html"
                                     << "https://someone.livejournal.com/data/rss";
        QTest::newRow("subreddit") << "https://www.reddit.com/r/cpp/comments/abc/x/"
                                   << "https://www.reddit.com/r/cpp/.rss";
        QTest::newRow("reddit search") << "https://www.reddit.com/r/cpp/search?q=qt&sort=new"
                                       << "https://www.reddit.com/r/cpp/search.rss?q=qt&sort=new";
        QTest::newRow("youtube") << "https://www.youtube.com/channel/UC123abc"
                                 << "https://www.youtube.com/feeds/videos.xml?channel_id=UC123abc";
        QTest::newRow("mastodon user") << "https://mastodon.social/@someone"
                                       << "https://mastodon.social/@someone.rss";
        QTest::newRow("mastodon tag") << "https://mastodon.social/tags/qt"
                                      << "https://mastodon.social/tags/qt.rss";
    }

    void knownPatterns()
    {
        QFETCH(QString, page);
        QFETCH(QString, feed);
        const QStringList found = urls(knownFeedPatterns(QUrl(page)));
        QVERIFY2(found.contains(feed), qPrintable(found.join(QLatin1Char(' '))));
    }

    void siteSpecificPatternsAreExclusive()
    {
        QCOMPARE(knownFeedPatterns(QUrl(QStringLiteral("https://www.reddit.com/r/cpp/"))).size(),
                 std::size_t(1));
        QCOMPARE(knownFeedPatterns(QUrl(QStringLiteral("https://mastodon.social/@a"))).size(),
                 std::size_t(1));
    }

    void discoverDirectFeed()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/feed.xml"),
                     ScriptedResponse::ok(kFeed, "application/rss+xml"));
        const DiscoveryResult result = discover(server.url(QStringLiteral("/feed.xml")));
        QVERIFY(!result.error);
        QCOMPARE(result.feeds.size(), std::size_t(1));
        QCOMPARE(result.feeds[0].via, FeedCandidate::Via::Direct);
        QCOMPARE(result.feeds[0].title, QStringLiteral("Board"));
    }

    void discoverByLinkSkipsBrokenLinks()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(
            QStringLiteral("/page"),
            ScriptedResponse::ok("<html><head>"
                                 "<link rel=alternate type=application/rss+xml href=/gone.rss>"
                                 "<link rel=alternate type=application/rss+xml href=/real.rss>"
                                 "</head></html>",
                                 "text/html"));
        server.route(QStringLiteral("/real.rss"),
                     ScriptedResponse::ok(kFeed, "application/rss+xml"));
        const DiscoveryResult result = discover(server.url(QStringLiteral("/page")));
        QCOMPARE(result.feeds.size(), std::size_t(1));
        QCOMPARE(result.feeds[0].url, server.url(QStringLiteral("/real.rss")));
        QCOMPARE(result.feeds[0].via, FeedCandidate::Via::Link);
    }

    void discoverByPattern()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/forum/viewforum.php?f=3"),
                     ScriptedResponse::ok("<html><body>phpBB board</body></html>", "text/html"));
        server.route(QStringLiteral("/forum/app.php/feed"),
                     ScriptedResponse::ok(kFeed, "application/atom+xml"));
        server.route(QStringLiteral("/forum/latest.rss"),  // an HTML error page is no feed
                     ScriptedResponse::ok("<html><body>Not here</body></html>", "text/html"));
        const DiscoveryResult result =
            discover(server.url(QStringLiteral("/forum/viewforum.php?f=3")));
        QCOMPARE(result.feeds.size(), std::size_t(1));
        QCOMPARE(result.feeds[0].url, server.url(QStringLiteral("/forum/app.php/feed")));
        QCOMPARE(result.feeds[0].via, FeedCandidate::Via::Pattern);
    }

    void discoverNothing()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/"), ScriptedResponse::ok("<html></html>", "text/html"));
        QVERIFY(discover(server.url(QStringLiteral("/"))).feeds.empty());
        const DiscoveryResult missing = discover(server.url(QStringLiteral("/missing")));
        QVERIFY(missing.error);
        QCOMPARE(missing.error->kind, ErrorKind::NotFound);
    }

    void readOpmlWithFolders()
    {
        const QByteArray opml =
            "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>x</title></head><body>"
            "<outline text=\"Forums\"><outline text=\"Hardware\">"
            "<outline type=\"rss\" text=\"Board\" xmlUrl=\"https://example.org/feed.php\"/>"
            "</outline><outline type=\"rss\" title=\"Only title\" "
            "xmlUrl=\"https://example.org/b.rss\"/>"
            "</outline><outline type=\"rss\" text=\"Top\" xmlUrl=\"https://top.example/rss\" "
            "htmlUrl=\"https://top.example/\"/></body></opml>";
        const Result<std::vector<OpmlFeed>> feeds = readOpml(opml);
        QVERIFY(feeds.ok());
        QCOMPARE(feeds->size(), std::size_t(3));
        QCOMPARE(feeds->at(0).group, QStringLiteral("Forums/Hardware"));
        QCOMPARE(feeds->at(0).title, QStringLiteral("Board"));
        QCOMPARE(feeds->at(1).group, QStringLiteral("Forums"));
        QCOMPARE(feeds->at(1).title, QStringLiteral("Only title"));
        QCOMPARE(feeds->at(2).group, QString());
        QCOMPARE(feeds->at(2).htmlUrl, QStringLiteral("https://top.example/"));
    }

    void hostileOpmlIsRefused_data()
    {
        QTest::addColumn<QByteArray>("opml");
        QTest::newRow("external entity") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            "<opml><body><outline text=\"&x;\" xmlUrl=\"https://a/\"/></body></opml>");
        QTest::newRow("entity expansion") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY a \"aaaaaaaaaa\">"
            "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            "<opml><body><outline text=\"&b;\" xmlUrl=\"https://a/\"/></body></opml>");
        QTest::newRow("not xml") << QByteArray("<opml><body><outline");
        QTest::newRow("not opml") << QByteArray("<rss version=\"2.0\"></rss>");
    }

    void hostileOpmlIsRefused()
    {
        QFETCH(QByteArray, opml);
        const Result<std::vector<OpmlFeed>> feeds = readOpml(opml);
        QVERIFY(!feeds.ok());
        QCOMPARE(feeds.error().kind, ErrorKind::BadPayload);
    }

    void opmlRoundTripThroughTheDatabase()
    {
        test::TempDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("opml.db")));
        Migrations::migrate(*db);
        std::vector<OpmlFeed> feeds{
            {QStringLiteral("Board"),
             QStringLiteral("https://example.org/feed.php"),
             {},
             QStringLiteral("Forums/Hardware")},
            {QStringLiteral("Top"), QStringLiteral("https://top.example/rss"), {}, {}}};
        OpmlImportReport report = importOpmlFeeds(*db, feeds);
        QCOMPARE(report.added, 2);
        report = importOpmlFeeds(*db, feeds);
        QCOMPARE(report.added, 0);
        QCOMPARE(report.existing, 2);

        const QByteArray written = writeOpml(SourceRepository(*db).list(), QStringLiteral("mine"));
        const Result<std::vector<OpmlFeed>> back = readOpml(written);
        QVERIFY(back.ok());
        QCOMPARE(back->size(), std::size_t(2));
        bool sawBoard = false;
        for (const OpmlFeed &f : *back) {
            if (f.xmlUrl == QLatin1String("https://example.org/feed.php")) {
                sawBoard = true;
                QCOMPARE(f.group, QStringLiteral("Forums/Hardware"));
                QCOMPARE(f.title, QStringLiteral("Board"));
            }
        }
        QVERIFY(sawBoard);
    }
};

QTEST_GUILESS_MAIN(TestFeedSources)
#include "test_feed_sources.moc"
