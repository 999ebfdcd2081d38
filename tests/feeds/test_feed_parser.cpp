// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/feed/FeedDates.h"
#include "core/connectors/feed/FeedItems.h"
#include "core/connectors/feed/FeedJson.h"
#include "core/connectors/feed/FeedParser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QTest>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

QByteArray encode(const QString &text, const char *charset)
{
    QStringEncoder encoder(charset);
    Q_ASSERT(encoder.isValid());
    return encoder.encode(text);
}

ParsedFeed parseOk(const QByteArray &bytes, const QUrl &url = {}, const QByteArray &type = {})
{
    Result<ParsedFeed> r = parseFeed(bytes, url, type);
    if (!r)
        qFatal("parse failed: %s", qPrintable(r.error().toString()));
    return std::move(r).value();
}

}  // namespace

class TestFeedParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rss20();
    void rss091AndRdf();
    void atom10();
    void atom03();
    void jsonFeed();
    void commentFeed();
    void windows1251FromDeclaration();
    void koi8rFromHttpCharset();
    void undeclaredCyrillicIsDetected();
    void utf16WithBom();
    void dates_data();
    void dates();
    void recoversUndeclaredEntities();
    void recoversBareAmpersands();
    void recoversTruncatedDocument();
    void recoversUndeclaredPrefix();
    void wellFormedIsNotFlagged();
    void rejectsTooLarge();
    void rejectsNonFeeds();
    void entityExpansionIsBounded();
    void externalEntitiesAreNeverRead();
    void attributeReferencesAreDecoded();
    void cdataSectionsReadAsXmlDefinesThem();
    void toItemsAndJson();
    void throughput();
};

void TestFeedParser::rss20()
{
    const ParsedFeed f = parseOk(R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
     xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Blog &amp; more</title><link>https://blog.example.org/</link>
<description>About things</description><language>ru</language>
<item><title>First</title><link>/posts/1</link><guid isPermaLink="false">id-1</guid>
<dc:creator>Anna</dc:creator><pubDate>Sat, 07 Sep 2002 00:00:01 GMT</pubDate>
<description><![CDATA[<p>Hi <script>x()</script><a href="/a" onclick='y()'>there</a></p>]]></description>
<content:encoded>&lt;p&gt;Full &lt;b&gt;text&lt;/b&gt;&lt;/p&gt;</content:encoded>
<category>news</category><category>misc</category><slash:comments>42</slash:comments>
<enclosure url="http://cdn.example.org/a.mp3" length="1234" type="audio/mpeg"/>
<media:content url="/v.mp4" type="video/mp4" fileSize="99"/>
</item>
<item><title>Second</title><guid>https://blog.example.org/posts/2</guid>
<author>me@example.org (Boris)</author></item>
</channel></rss>)",
                                 QUrl(u"https://blog.example.org/feed.xml"_s));
    QCOMPARE(f.format, u"rss20"_s);
    QCOMPARE(f.encoding, u"utf-8"_s);
    QVERIFY(!f.recovered);
    QCOMPARE(f.title, u"Blog & more"_s);
    QCOMPARE(f.link, u"https://blog.example.org/"_s);
    QCOMPARE(f.language, u"ru"_s);
    QCOMPARE(f.description, u"About things"_s);
    QCOMPARE(f.entries.size(), 2u);
    const FeedEntry &e = f.entries[0];
    QCOMPARE(e.id, u"id-1"_s);
    QCOMPARE(e.link, u"https://blog.example.org/posts/1"_s);
    QCOMPARE(e.author.name, u"Anna"_s);
    QCOMPARE(e.publishedMs, utc(2002, 9, 7, 0, 0, 1));
    QCOMPARE(e.summary.html, u"<p>Hi <a href=\"https://blog.example.org/a\">there</a></p>"_s);
    QCOMPARE(e.summary.text, u"Hi there"_s);
    QCOMPARE(e.content.text, u"Full text"_s);
    QCOMPARE(e.categories, (QStringList{u"news"_s, u"misc"_s}));
    QCOMPARE(e.commentsCount, 42);
    QCOMPARE(e.media.size(), 2u);
    QCOMPARE(e.media[0].url, u"http://cdn.example.org/a.mp3"_s);
    QCOMPARE(e.media[0].length, 1234);
    QCOMPARE(e.media[1].url, u"https://blog.example.org/v.mp4"_s);
    const FeedEntry &e2 = f.entries[1];
    QCOMPARE(e2.link, u"https://blog.example.org/posts/2"_s);  // permalink guid
    QCOMPARE(e2.author.name, u"Boris"_s);
    QCOMPARE(e2.author.email, u"me@example.org"_s);
}

void TestFeedParser::rss091AndRdf()
{
    QCOMPARE(parseOk(R"(<rss version="0.91"><channel><title>t</title></channel></rss>)").format,
             u"rss091u"_s);
    QCOMPARE(parseOk(R"(<rss version="0.92"><channel><title>t</title></channel></rss>)").format,
             u"rss092"_s);
    const ParsedFeed f = parseOk(R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://e.org/"><title>RDF feed</title><link>http://e.org/</link></channel>
<item rdf:about="http://e.org/1"><title>One</title><link>http://e.org/1</link>
<dc:date>2004-01-01T19:48:21+03:00</dc:date><dc:creator>Vera</dc:creator></item>
</rdf:RDF>)");
    QCOMPARE(f.format, u"rss10"_s);
    QCOMPARE(f.title, u"RDF feed"_s);
    QCOMPARE(f.entries.size(), 1u);
    QCOMPARE(f.entries[0].updatedMs, utc(2004, 1, 1, 16, 48, 21));
    QCOMPARE(f.entries[0].author.name, u"Vera"_s);
}

void TestFeedParser::atom10()
{
    const ParsedFeed f = parseOk(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="http://e.org/blog/">
<title type="html">A &lt;b&gt;bold&lt;/b&gt; title</title>
<link rel="self" href="feed.atom"/><link href="./"/>
<entry xml:base="2024/">
 <id>tag:e.org,2024:1</id><title>Entry</title>
 <link rel="alternate" type="text/html" href="post.html"/>
 <link rel="enclosure" href="ep.mp3" type="audio/mpeg" length="10"/>
 <author><name>Ivan</name><email>ivan@e.org</email><uri>http://e.org/ivan</uri></author>
 <published>2024-03-01T10:00:00Z</published><updated>2024-03-02T10:00:00.5+01:00</updated>
 <summary type="text">1 &lt; 2</summary>
 <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>See <a href="img/">this</a></p></div></content>
 <category term="tech"/>
</entry></feed>)");
    QCOMPARE(f.format, u"atom10"_s);
    QCOMPARE(f.title, u"A bold title"_s);
    QCOMPARE(f.link, u"http://e.org/blog/"_s);
    QCOMPARE(f.language, u"en"_s);
    const FeedEntry &e = f.entries.at(0);
    QCOMPARE(e.id, u"tag:e.org,2024:1"_s);
    QCOMPARE(e.link, u"http://e.org/blog/2024/post.html"_s);
    QCOMPARE(e.author.name, u"Ivan"_s);
    QCOMPARE(e.author.email, u"ivan@e.org"_s);
    QCOMPARE(e.author.uri, u"http://e.org/ivan"_s);
    QCOMPARE(e.publishedMs, utc(2024, 3, 1, 10));
    QCOMPARE(e.updatedMs, utc(2024, 3, 2, 9) + 500);
    QCOMPARE(e.summary.text, u"1 < 2"_s);
    QCOMPARE(e.summary.html, u"1 &lt; 2"_s);
    QVERIFY(e.content.html.contains(u"href=\"http://e.org/blog/2024/img/\""_s));
    QCOMPARE(e.content.text, u"See this"_s);
    QCOMPARE(e.categories, QStringList{u"tech"_s});
    QCOMPARE(e.media.at(0).url, u"http://e.org/blog/2024/ep.mp3"_s);
}

void TestFeedParser::atom03()
{
    const ParsedFeed f = parseOk(R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#">
<title>Old</title><tagline>Tag line</tagline>
<entry><title>E</title><id>urn:1</id><issued>2003-12-13T18:30:02Z</issued>
<modified>2003-12-13T18:30:02Z</modified>
<content type="text/html" mode="escaped">&lt;i&gt;hi&lt;/i&gt;</content></entry></feed>)");
    QCOMPARE(f.format, u"atom03"_s);
    QCOMPARE(f.description, u"Tag line"_s);
    QCOMPARE(f.entries.at(0).publishedMs, utc(2003, 12, 13, 18, 30, 2));
    QCOMPARE(f.entries.at(0).content.html, u"<i>hi</i>"_s);
}

void TestFeedParser::jsonFeed()
{
    const ParsedFeed f = parseOk(R"({"version": "https://jsonfeed.org/version/1.1",
  "title": "JSON blog", "home_page_url": "https://j.example/", "language": "de",
  "items": [{"id": "1", "url": "/p/1", "title": "Hello",
             "content_html": "<p>Hi<script>x</script></p>", "date_published": "2020-01-02T03:04:05Z",
             "authors": [{"name": "Jo"}], "tags": ["a"],
             "attachments": [{"url": "https://j.example/a.mp3", "mime_type": "audio/mpeg"}]},
            {"id": 2, "content_text": "plain <text>"}]})",
                                 QUrl(u"https://j.example/feed.json"_s));
    QCOMPARE(f.format, u"json11"_s);
    QCOMPARE(f.title, u"JSON blog"_s);
    QCOMPARE(f.language, u"de"_s);
    QCOMPARE(f.entries.size(), 2u);
    QCOMPARE(f.entries[0].link, u"https://j.example/p/1"_s);
    QCOMPARE(f.entries[0].content.html, u"<p>Hi</p>"_s);
    QCOMPARE(f.entries[0].publishedMs, utc(2020, 1, 2, 3, 4, 5));
    QCOMPARE(f.entries[0].author.name, u"Jo"_s);
    QCOMPARE(f.entries[0].media.size(), 1u);
    QCOMPARE(f.entries[1].id, u"2"_s);
    QCOMPARE(f.entries[1].content.html, u"plain &lt;text&gt;"_s);
    QVERIFY(!parseFeed(R"({"title": "no version"})", {}).ok());
}

void TestFeedParser::commentFeed()
{
    const ParsedFeed f = parseOk(R"(<feed xmlns="http://www.w3.org/2005/Atom"
      xmlns:thr="http://purl.org/syndication/thread/1.0">
<entry><id>c1</id><title>Re: post</title>
<thr:in-reply-to ref="tag:e.org,2024:1" href="http://e.org/post"/><thr:total>3</thr:total>
</entry></feed>)");
    QCOMPARE(f.entries.at(0).inReplyTo, u"tag:e.org,2024:1"_s);
    QCOMPARE(f.entries.at(0).inReplyToHref, u"http://e.org/post"_s);
    QCOMPARE(f.entries.at(0).commentsCount, 3);
}

void TestFeedParser::windows1251FromDeclaration()
{
    const QString title = u"Новости сообщества — «ёлка»"_s;
    const QByteArray bytes =
        "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\">"
        "<channel><title>" +
        encode(title, "windows-1251") + "</title></channel></rss>";
    const ParsedFeed f = parseOk(bytes);
    QCOMPARE(f.encoding, u"windows-1251"_s);
    QCOMPARE(f.title, title);
    QVERIFY(!f.recovered);
}

void TestFeedParser::koi8rFromHttpCharset()
{
    const QString title = u"Привет, мир"_s;
    // The declaration lies (utf-8); the HTTP charset wins, as RFC 3023 says.
    const QByteArray bytes =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\">"
        "<channel><title>" +
        encode(title, "KOI8-R") + "</title></channel></rss>";
    const ParsedFeed f = parseOk(bytes, {}, "application/rss+xml; charset=KOI8-R");
    QCOMPARE(f.encoding, u"koi8-r"_s);
    QCOMPARE(f.title, title);
    QVERIFY(!f.recovered);
}

void TestFeedParser::undeclaredCyrillicIsDetected()
{
    QString text;
    for (int i = 0; i < 20; ++i)
        text += u"Как пережить новогоднюю ночь и не потерять голову от праздника. "_s;
    const QByteArray bytes =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\">"
        "<channel><title>" +
        encode(text, "windows-1251") + "</title></channel></rss>";
    const ParsedFeed f = parseOk(bytes);
    QVERIFY(f.recovered);  // the declaration was wrong
    QVERIFY(f.recoveryReason.contains(u"utf-8"_s));
    QCOMPARE(f.encoding, u"windows-1251"_s);
    QCOMPARE(f.title, text.trimmed());
}

void TestFeedParser::utf16WithBom()
{
    const QString xml =
        u"<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel>"
        "<title>Ünïcode</title></channel></rss>"_s;
    QByteArray bytes("\xFF\xFE", 2);
    bytes += QByteArray(reinterpret_cast<const char *>(xml.utf16()), xml.size() * 2);
    const ParsedFeed f = parseOk(bytes);
    QCOMPARE(f.encoding, u"utf-16le"_s);
    QCOMPARE(f.title, u"Ünïcode"_s);
}

void TestFeedParser::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    const qint64 base = utc(2004, 1, 1, 19, 48, 21);
    QTest::newRow("rfc822") << u"Thu, 01 Jan 2004 19:48:21 GMT"_s << base;
    QTest::newRow("no-weekday") << u"01 Jan 2004 19:48:21 +0000"_s << base;
    QTest::newRow("offset") << u"Thu, 01 Jan 2004 22:48:21 +0300"_s << base;
    QTest::newRow("offset-colon") << u"Thu, 01 Jan 2004 22:48:21 +03:00"_s << base;
    QTest::newRow("us-zone") << u"Thu, 01 Jan 2004 14:48:21 EST"_s << base;
    QTest::newRow("two-digit-year") << u"Thu, 1 Jan 04 19:48:21 GMT"_s << base;
    QTest::newRow("full-month") << u"Thursday, 1 January 2004 19:48:21 UT"_s << base;
    QTest::newRow("no-seconds") << u"Thu, 01 Jan 2004 19:48 GMT"_s << base - 21000;
    QTest::newRow("month-first") << u"Jan 1 2004 19:48:21"_s << base;
    QTest::newRow("iso") << u"2004-01-01T19:48:21Z"_s << base;
    QTest::newRow("iso-offset") << u"2004-01-01T21:48:21+02:00"_s << base;
    QTest::newRow("iso-fraction") << u"2004-01-01T19:48:21.250Z"_s << base + 250;
    QTest::newRow("iso-space-lower") << u"2004-01-01 19:48:21z"_s << base;
    QTest::newRow("iso-compact") << u"20040101T194821Z"_s << base;
    QTest::newRow("iso-no-zone") << u"2004-01-01T19:48:21"_s << base;
    QTest::newRow("date-only") << u"2004-01-01"_s << utc(2004, 1, 1);
    QTest::newRow("year-month") << u"2004-01"_s << utc(2004, 1, 1);
    QTest::newRow("garbage") << u"yesterday"_s << qint64(0);
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("bad-day") << u"2004-02-30"_s << qint64(0);
}

void TestFeedParser::dates()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(parseFeedDate(text), ms);
}

void TestFeedParser::recoversUndeclaredEntities()
{
    const ParsedFeed f = parseOk(
        "<rss version=\"2.0\"><channel><title>A&nbsp;B &mdash; C &copy;</title>"
        "<item><title>x &hellip;</title><description>&lt;p&gt;y&lt;/p&gt;</description></item>"
        "</channel></rss>");
    QVERIFY(f.recovered);
    QVERIFY(f.recoveryReason.contains(u"nbsp"_s));
    QCOMPARE(f.title, u"A\u00a0B — C ©"_s);
    QCOMPARE(f.entries.at(0).title, u"x …"_s);
    QCOMPARE(f.entries.at(0).summary.text, u"y"_s);
}

void TestFeedParser::recoversBareAmpersands()
{
    const ParsedFeed f = parseOk(
        "<rss version=\"2.0\"><channel><title>Tom & Jerry</title><item>"
        "<link>http://e.org/?a=1&b=2</link><description><![CDATA[a &amp; b & c]]></description>"
        "</item></channel></rss>");
    QVERIFY(f.recovered);
    QCOMPARE(f.title, u"Tom & Jerry"_s);
    QCOMPARE(f.entries.at(0).link, u"http://e.org/?a=1&b=2"_s);
    QCOMPARE(f.entries.at(0).summary.text, u"a & b & c"_s);  // CDATA left as it was
}

void TestFeedParser::recoversTruncatedDocument()
{
    const ParsedFeed f = parseOk(
        "<rss version=\"2.0\"><channel><title>T</title>"
        "<item><title>one</title></item><item><title>tw");
    QVERIFY(f.recovered);
    QVERIFY(!f.recoveryReason.isEmpty());
    QCOMPARE(f.title, u"T"_s);
    QVERIFY(f.entries.size() >= 1);
    QCOMPARE(f.entries[0].title, u"one"_s);
}

void TestFeedParser::recoversUndeclaredPrefix()
{
    const ParsedFeed f = parseOk(
        "<rss version=\"2.0\"><channel><title>T</title><item>"
        "<title>one</title><dc:creator>Olga</dc:creator></item>"
        "<item><title>two</title></item></channel></rss>");
    QVERIFY(f.recovered);
    QCOMPARE(f.entries.size(), 2u);
    QCOMPARE(f.entries[0].author.name, u"Olga"_s);
}

void TestFeedParser::wellFormedIsNotFlagged()
{
    const ParsedFeed f = parseOk(
        "<rss version=\"2.0\"><channel><title>a &#8212; b &#x41;</title>"
        "</channel></rss>");
    QVERIFY(!f.recovered);
    QCOMPARE(f.title, u"a — b A"_s);
}

void TestFeedParser::rejectsTooLarge()
{
    QByteArray huge(kMaxFeedBytes + 1, ' ');
    const Result<ParsedFeed> r = parseFeed(huge, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::TooLarge);
}

void TestFeedParser::rejectsNonFeeds()
{
    for (const QByteArray &bytes :
         {QByteArray(), QByteArray("   "), QByteArray("<html><body>hi</body></html>"),
          QByteArray("not xml at all"), QByteArray("{broken json")}) {
        const Result<ParsedFeed> r = parseFeed(bytes, {});
        QVERIFY2(!r.ok(), bytes.constData());
        QCOMPARE(r.error().kind, ErrorKind::BadPayload);
    }
}

void TestFeedParser::entityExpansionIsBounded()
{
    // "Billion laughs": must end quickly, with or without a result.
    QByteArray doc = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">";
    char prev = 'a';
    for (char c = 'b'; c <= 'k'; ++c) {
        doc += "<!ENTITY ";
        doc += c;
        doc += " \"";
        for (int i = 0; i < 10; ++i)
            doc += QByteArray("&") + prev + ";";
        doc += "\">";
        prev = c;
    }
    doc += "]><rss version=\"2.0\"><channel><title>&k;</title></channel></rss>";
    QElapsedTimer timer;
    timer.start();
    const Result<ParsedFeed> r = parseFeed(doc, {});
    qInfo() << "elapsed ms:"
            << timer.elapsed();  // measured, not asserted: ctest's timeout catches a hang
    if (r)
        QVERIFY(r->title.size() < 1'000'000);
}

void TestFeedParser::externalEntitiesAreNeverRead()
{
    QTemporaryFile secret;
    QVERIFY(secret.open());
    secret.write("top-secret-content");
    secret.close();
    const QByteArray url = QUrl::fromLocalFile(secret.fileName()).toEncoded();
    const QByteArray doc = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + url +
                           "\">]><rss version=\"2.0\"><channel><title>t&x;</title>"
                           "<item><title>i&x;</title></item></channel></rss>";
    const Result<ParsedFeed> r = parseFeed(doc, {});
    if (r) {
        QVERIFY(!r->title.contains(u"top-secret"_s));
        for (const FeedEntry &e : r->entries)
            QVERIFY(!e.title.contains(u"top-secret"_s));
    }
}

// Well-formed documents are read by libxml2, which reports '&' in attribute values in its own
// escaped form; links must come out decoded all the same.
void TestFeedParser::attributeReferencesAreDecoded()
{
    const ParsedFeed f = parseOk(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>e</title>"
        "<link href=\"http://e.org/?a=1&amp;b=2&#38;c=3&#x26;d=&lt;4&gt;\"/>"
        "<link rel=\"enclosure\" href=\"http://e.org/f.mp3?x=1&amp;y=2\" length=\"12\"/>"
        "</entry></feed>");
    QVERIFY(!f.recovered);
    QCOMPARE(f.entries.size(), std::size_t(1));
    QCOMPARE(f.entries[0].link, u"http://e.org/?a=1&b=2&c=3&d=<4>"_s);
    QCOMPARE(f.entries[0].media.size(), std::size_t(1));
    QCOMPARE(f.entries[0].media[0].url, u"http://e.org/f.mp3?x=1&y=2"_s);
}

void TestFeedParser::cdataSectionsReadAsXmlDefinesThem()
{
    // Line ends normalised, joined with the text around them, recognised only in content
    // (not in comments or processing instructions), any character of Unicode.
    const ParsedFeed f = parseOk(
        "<?xml version=\"1.0\"?><!-- <![CDATA[ --><rss version=\"2.0\"><channel>"
        "<?note <![CDATA[ ?><title>a<![CDATA[ & b]]>c</title><item><title><![CDATA[]]>x"
        "<![CDATA[\xF0\x9F\x98\x80]]></title><description><![CDATA[<p>one\r\ntwo\rthree</p>"
        "\r\n<pre>a\r\nb</pre>]]></description></item></channel></rss>");
    QVERIFY(!f.recovered);
    QCOMPARE(f.title, u"a & bc"_s);
    QCOMPARE(f.entries.size(), std::size_t(1));
    QCOMPARE(f.entries[0].title, u"x\U0001F600"_s);
    QCOMPARE(f.entries[0].summary.html, u"<p>one\ntwo\nthree</p>\n<pre>a\nb</pre>"_s);
    QCOMPARE(f.entries[0].summary.text, u"one two three\n\na\nb"_s);

    // A character XML forbids inside CDATA makes the document ill-formed, as anywhere else.
    const ParsedFeed bad = parseOk(
        "<rss version=\"2.0\"><channel><title>T</title><item><title>t</title>"
        "<description><![CDATA[a\x01"
        "b]]></description></item></channel></rss>");
    QVERIFY(bad.recovered);
    QCOMPARE(bad.entries.size(), std::size_t(1));
    QCOMPARE(bad.entries[0].title, u"t"_s);
}

void TestFeedParser::toItemsAndJson()
{
    const QUrl url(u"https://e.org/feed"_s);
    const ParsedFeed f =
        parseOk(R"(<rss version="2.0"><channel><title>Src</title><language>en</language>
<item><guid isPermaLink="false">g1</guid><title>A</title><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate></item>
<item><link>https://e.org/b</link><title>B</title></item>
<item><title>C</title><description>only text</description></item>
</channel></rss>)",
                url);
    const std::vector<Item> items = feedToItems(f, url, 5);
    QCOMPARE(items.size(), 3u);
    QCOMPARE(items[0].platform, u"feed"_s);
    QCOMPARE(items[0].source, u"https://e.org/feed"_s);
    QCOMPARE(items[0].sourceTitle, u"Src"_s);
    QCOMPARE(items[0].externalId, u"g1"_s);
    QCOMPARE(items[0].publishedMs, utc(2004, 1, 1, 19, 48, 21));
    QCOMPARE(items[1].externalId, u"https://e.org/b"_s);
    QVERIFY(items[2].externalId.startsWith(u"sha1:"_s));
    QCOMPARE(items[2].externalId, feedToItems(f, url)[2].externalId);  // stable
    QCOMPARE(items[2].text, u"only text"_s);
    QCOMPARE(items[2].fetchedMs, 5);

    const QJsonObject json = feedToJson(f);
    QCOMPARE(json.value(u"title").toString(), u"Src"_s);
    QCOMPARE(json.value(u"language").toString(), u"en"_s);
    const QJsonArray arr = json.value(u"items").toArray();
    QCOMPARE(arr.size(), 3);
    QCOMPARE(arr[0].toObject().value(u"published").toString(), u"2004-01-01T19:48:21Z"_s);
    QVERIFY(!arr[1].toObject().contains(u"published"));
    QCOMPARE(arr[2].toObject().value(u"text").toString(), u"only text"_s);
}

void TestFeedParser::throughput()
{
    // A realistic RSS 2.0 document (~10 MB): plain-text and HTML descriptions mixed.
    QByteArray doc =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
        "<title>Bench</title><link>http://e.org/</link>";
    int n = 0;
    while (doc.size() < 10 * 1024 * 1024) {
        const QByteArray i = QByteArray::number(n++);
        doc += "<item><title>Item " + i +
               " with a reasonably long title</title><link>http://e.org/" + i +
               "</link><guid>http://e.org/" + i +
               "</guid><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate><description>" +
               (n % 2 ? QByteArray("Plain summary text that goes on for a while, as summaries do, "
                                   "with no markup at all but quite some words in it.")
                      : QByteArray("&lt;p&gt;Some &lt;b&gt;HTML&lt;/b&gt; with a &lt;a "
                                   "href=\"http://e.org/x\"&gt;link&lt;/a&gt;.&lt;/p&gt;")) +
               "</description></item>";
    }
    doc += "</channel></rss>";
    QElapsedTimer timer;
    timer.start();
    const ParsedFeed f = parseOk(doc);
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    QCOMPARE(int(f.entries.size()), n);
    qInfo("RSS 2.0 throughput: %.1f MB/s (%d entries, %lld ms)",
          doc.size() / 1048576.0 / (ms / 1000.0), n, ms);
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "test_feed_parser.moc"
