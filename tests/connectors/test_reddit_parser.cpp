// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/reddit/RedditApi.h"
#include "core/connectors/reddit/RedditParser.h"
#include "tests/connectors/JsonSample.h"

#include <QTest>
#include <QUrlQuery>

using namespace earshot;

namespace {

QString queryValue(const ApiRequest &request, const QString &key)
{
    return QUrlQuery(request.url).queryItemValue(key, QUrl::FullyDecoded);
}

QString formValue(const ApiRequest &request, const QString &key)
{
    return QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(key, QUrl::FullyDecoded);
}

}  // namespace

class TestRedditParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void subredditNewListing()
    {
        Result<RedditListing> page = RedditParser::listing(
            test::apiSample(QStringLiteral("reddit/r_askreddit_new.listing.json")));
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QCOMPARE(page->items.size(), std::size_t(100));
        QCOMPARE(page->after, QStringLiteral("t3_48f6io"));
        QVERIFY(page->before.isEmpty());
        const Item &first = page->items.front();
        QCOMPARE(first.platform, QStringLiteral("reddit"));
        QCOMPARE(first.externalId, QStringLiteral("t3_48fbm9"));
        QCOMPARE(first.author.handle, QStringLiteral("u/RedHeadQc"));
        QCOMPARE(first.author.url, QStringLiteral("https://www.reddit.com/user/RedHeadQc"));
        QCOMPARE(first.url, QStringLiteral("https://www.reddit.com/r/AskReddit/comments/48fbm9/"
                                           "serious_parents_of_reddit_whats_the_biggest_lie/"));
        QVERIFY(first.title.startsWith(QStringLiteral("[Serious] Parents of Reddit")));
        QCOMPARE(first.publishedMs, qint64(1456821458000));
        QCOMPARE(first.sourceTitle, QStringLiteral("r/AskReddit"));
        // Posts are thread roots.
        QVERIFY(first.threadId.isEmpty());
        QVERIFY(first.parentId.isEmpty());
        for (const Item &item : page->items)
            QVERIFY(item.externalId.startsWith(QStringLiteral("t3_")));
    }

    void commentListing()
    {
        Result<RedditListing> page = RedditParser::listing(
            test::apiSample(QStringLiteral("reddit/r_askreddit_comments.listing.json")));
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), std::size_t(100));
        QCOMPARE(page->after, QStringLiteral("t1_d4y8a9e"));
        const Item &first = page->items.front();
        QCOMPARE(first.externalId, QStringLiteral("t1_d4y8bdp"));
        QCOMPARE(first.threadId, QStringLiteral("t3_4r4inc"));
        QCOMPARE(first.parentId, QStringLiteral("t3_4r4inc"));
        QCOMPARE(first.author.name, QStringLiteral("preppypuppy"));
        QVERIFY(first.text.startsWith(QStringLiteral("great, life is so much better")));
        // This 2016 listing has no permalinks: the short address is built instead.
        QCOMPARE(first.url, QStringLiteral("https://www.reddit.com/comments/4r4inc/_/d4y8bdp"));
    }

    void commentTree()
    {
        Result<RedditThread> thread =
            RedditParser::thread(test::apiSample(QStringLiteral("reddit/comments_2gmzqe.json")));
        QVERIFY(thread.ok());
        QCOMPARE(thread->linkFullname, QStringLiteral("t3_2gmzqe"));
        QCOMPARE(thread->items.size(), std::size_t(3));
        QCOMPARE(thread->items.at(0).externalId, QStringLiteral("t3_2gmzqe"));
        QCOMPARE(thread->items.at(1).externalId, QStringLiteral("t1_cklfmye"));
        QCOMPARE(thread->items.at(1).parentId, QStringLiteral("t3_2gmzqe"));
        QCOMPARE(thread->items.at(2).externalId, QStringLiteral("t1_cklhv0f"));
        QCOMPARE(thread->items.at(2).parentId, QStringLiteral("t1_cklfmye"));
        QCOMPARE(thread->items.at(2).threadId, QStringLiteral("t3_2gmzqe"));
        QVERIFY(thread->more.isEmpty());
    }

    // Nested replies are flattened parents first; "more" stubs give the ids to fetch next.
    void treeWithMoreStubs()
    {
        Result<RedditThread> thread = RedditParser::thread(test::apiSample(
            QStringLiteral("reddit/comments_98vj9e_e4j4830_context_with_more.json")));
        QVERIFY(thread.ok());
        QStringList ids;
        for (const Item &item : thread->items)
            ids << item.externalId;
        QCOMPARE(ids, (QStringList{QStringLiteral("t3_98vj9e"), QStringLiteral("t1_e4j4830"),
                                   QStringLiteral("t1_e7q58bn"), QStringLiteral("t1_e4uaa59"),
                                   QStringLiteral("t1_e4uhrr8")}));
        QCOMPARE(thread->items.at(4).parentId, QStringLiteral("t1_e4uaa59"));
        QCOMPARE(thread->more, (QStringList{QStringLiteral("e4ulzqx"), QStringLiteral("e4j4fhz"),
                                            QStringLiteral("e4jjt2i"), QStringLiteral("e4jbdej"),
                                            QStringLiteral("e4lpsbh"), QStringLiteral("e4j98vr")}));
    }

    void moreChildren()
    {
        Result<RedditThread> more = RedditParser::moreChildren(
            test::apiSample(QStringLiteral("reddit/api_morechildren_3hahrw.json")),
            QStringLiteral("t3_3hahrw"));
        QVERIFY(more.ok());
        QCOMPARE(more->items.size(), std::size_t(7));
        QCOMPARE(more->items.front().externalId, QStringLiteral("t1_cu5tead"));
        QCOMPARE(more->items.front().parentId, QStringLiteral("t3_3hahrw"));
        QCOMPARE(more->linkFullname, QStringLiteral("t3_3hahrw"));
    }

    void recentLinkPost()
    {
        Result<RedditThread> thread = RedditParser::thread(
            test::apiSample(QStringLiteral("reddit/comments_1kh35wk_2025.json")));
        QVERIFY(thread.ok());
        QCOMPARE(thread->items.size(), std::size_t(1));
        const Item &post = thread->items.front();
        QCOMPARE(post.title, QStringLiteral("Test Title"));
        QVERIFY(post.text.startsWith(QStringLiteral("Testing **PRAW** link submission")));
        QCOMPARE(post.extra.value(QLatin1String("link")).toString(),
                 QStringLiteral("https://praw.readthedocs.org/en/stable/"));
    }

    void infoAndEmptyListings()
    {
        Result<RedditListing> info = RedditParser::listing(
            test::apiSample(QStringLiteral("reddit/api_info_t1_e4j4830.listing.json")));
        QVERIFY(info.ok());
        QCOMPARE(info->items.size(), std::size_t(1));
        QCOMPARE(info->items.front().author.handle, QStringLiteral("u/Sporkicide"));
        QVERIFY(info->after.isEmpty());
        Result<RedditListing> empty = RedditParser::listing(
            test::apiSample(QStringLiteral("reddit/user_spez_top_hour_empty.listing.json")));
        QVERIFY(empty.ok());
        QVERIFY(empty->items.empty());
        QVERIFY(empty->after.isEmpty());
    }

    void unknownKindsAndFieldsAreTolerated()
    {
        Result<RedditListing> page = RedditParser::listing(
            R"({"kind":"Listing","data":{"after":null,"new_field":[1,2],"children":[
                {"kind":"t5","data":{"name":"t5_x"}},
                {"kind":"t3","data":{"title":"no name or id"}},
                {"kind":"t3","data":{"id":"abc","title":"T","author":"[deleted]","shiny":{"x":1}}},
                7]}})");
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), std::size_t(1));
        QCOMPARE(page->items.front().externalId, QStringLiteral("t3_abc"));
        QVERIFY(page->items.front().author.isEmpty());
    }

    void brokenPayloads_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray full =
            test::apiSample(QStringLiteral("reddit/r_askreddit_new.listing.json"));
        QTest::newRow("truncated") << full.left(full.size() / 2);
        QTest::newRow("html") << QByteArray(
            "<html><body>Our CDN was unable to reach us</body></html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("list instead of listing") << QByteArray("[]");
        QTest::newRow("listing without children") << QByteArray(R"({"kind":"Listing","data":{}})");
    }

    void brokenPayloads()
    {
        QFETCH(QByteArray, body);
        Result<RedditListing> page = RedditParser::listing(body);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ErrorKind::BadPayload);
        QVERIFY(page.error().message.contains(QStringLiteral("Reddit")));
        Result<RedditThread> thread = RedditParser::thread(body);
        QVERIFY(!thread.ok());
        QCOMPARE(thread.error().kind, ErrorKind::BadPayload);
    }

    void postedComment()
    {
        Result<RedditPosted> ok = RedditParser::posted(
            R"({"json":{"errors":[],"data":{"things":[{"kind":"t1","data":{"name":"t1_new1",
                "id":"new1","link_id":"t3_abc","parent_id":"t3_abc","body":"Thanks",
                "permalink":"/r/x/comments/abc/t/new1/","author":"brand","created_utc":1.0}}]}}})");
        QVERIFY(ok.ok());
        QVERIFY(ok->comment);
        QCOMPARE(ok->comment->externalId, QStringLiteral("t1_new1"));
        QCOMPARE(ok->comment->url,
                 QStringLiteral("https://www.reddit.com/r/x/comments/abc/t/new1/"));

        Result<RedditPosted> limited = RedditParser::posted(
            R"({"json":{"ratelimit":299.5,"errors":[["RATELIMIT","Take a break for 5 minutes.","ratelimit"]]}})");
        QVERIFY(limited.ok());
        QVERIFY(!limited->comment);
        QCOMPARE(limited->errorCode, QStringLiteral("RATELIMIT"));
        QCOMPARE(limited->retryAfterSeconds, qint64(300));

        QVERIFY(!RedditParser::posted("{\"json\":{\"errors\":[],\"data\":{}}}").ok());
        QVERIFY(!RedditParser::posted("<html>").ok());
    }

    void errorMessages()
    {
        QCOMPARE(RedditParser::errorMessage(R"({"message": "Unauthorized", "error": 401})"),
                 QStringLiteral("Unauthorized"));
        QCOMPARE(RedditParser::errorMessage(
                     R"({"reason": "private", "message": "Forbidden", "error": 403})"),
                 QStringLiteral("Forbidden: private"));
        QCOMPARE(RedditParser::errorMessage(
                     R"({"json":{"errors":[["THREAD_LOCKED","Comments are locked.","parent"]]}})"),
                 QStringLiteral("Comments are locked. (THREAD_LOCKED)"));
        QVERIFY(RedditParser::errorMessage("<html>502</html>").isEmpty());
    }

    void rateLimitHeaders()
    {
        const qint64 now = 1'700'000'000'000;
        QCOMPARE(RedditParser::rateLimitResetMs("0.0", "42", now), now + 42'000);
        QCOMPARE(RedditParser::rateLimitResetMs("0.4", "1.2", now), now + 2'000);
        QCOMPARE(RedditParser::rateLimitResetMs("598.0", "42", now), qint64(0));
        QCOMPARE(RedditParser::rateLimitResetMs("", "", now), qint64(0));
        QCOMPARE(RedditParser::rateLimitResetMs("0", "soon", now), qint64(0));
    }

    void apiRequests()
    {
        RedditApi api(QUrl(QStringLiteral("https://oauth.reddit.com")), QStringLiteral("tok"),
                      QStringLiteral("brand"));
        ApiRequest latest = api.subredditNew(QStringLiteral("/r/AskReddit"),
                                             {RedditApi::olderCursor(QStringLiteral("t3_x")), 500});
        QCOMPARE(latest.method, QByteArray("GET"));
        QCOMPARE(latest.url.host(), QStringLiteral("oauth.reddit.com"));
        QCOMPARE(latest.url.path(), QStringLiteral("/r/AskReddit/new"));
        QCOMPARE(queryValue(latest, QStringLiteral("after")), QStringLiteral("t3_x"));
        QCOMPARE(queryValue(latest, QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(queryValue(latest, QStringLiteral("raw_json")), QStringLiteral("1"));
        QCOMPARE(latest.header("authorization"), QByteArray("bearer tok"));
        QCOMPARE(latest.header("user-agent"), QByteArray("desktop:earshot:1.0 (by /u/brand)"));

        ApiRequest newer = api.subredditNew(QStringLiteral("r/rust"),
                                            {RedditApi::newerCursor(QStringLiteral("t3_y")), 0});
        QCOMPARE(queryValue(newer, QStringLiteral("before")), QStringLiteral("t3_y"));
        QCOMPARE(queryValue(newer, QStringLiteral("limit")), QStringLiteral("25"));

        ApiRequest everywhere = api.search(QStringLiteral("acme & co"), {});
        QCOMPARE(everywhere.url.path(), QStringLiteral("/search"));
        QCOMPARE(queryValue(everywhere, QStringLiteral("q")), QStringLiteral("acme & co"));
        QCOMPARE(queryValue(everywhere, QStringLiteral("sort")), QStringLiteral("new"));
        QVERIFY(queryValue(everywhere, QStringLiteral("restrict_sr")).isEmpty());
        ApiRequest within = api.search(QStringLiteral("r/acme outage"), {});
        QCOMPARE(within.url.path(), QStringLiteral("/r/acme/search"));
        QCOMPARE(queryValue(within, QStringLiteral("q")), QStringLiteral("outage"));
        QCOMPARE(queryValue(within, QStringLiteral("restrict_sr")), QStringLiteral("1"));

        QCOMPARE(api.comments(QStringLiteral("t3_2gmzqe")).url.path(),
                 QStringLiteral("/comments/2gmzqe"));

        ApiRequest reply = api.postComment(QStringLiteral("t1_abc"), QStringLiteral("a+b & c=d"));
        QCOMPARE(reply.method, QByteArray("POST"));
        QCOMPARE(reply.url.path(), QStringLiteral("/api/comment"));
        QCOMPARE(reply.contentType, QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(formValue(reply, QStringLiteral("thing_id")), QStringLiteral("t1_abc"));
        QCOMPARE(formValue(reply, QStringLiteral("text")), QStringLiteral("a+b & c=d"));
        QCOMPARE(formValue(reply, QStringLiteral("api_type")), QStringLiteral("json"));

        ApiRequest more = api.moreChildren(QStringLiteral("t3_abc"),
                                           {QStringLiteral("x1"), QStringLiteral("x2")});
        QCOMPARE(more.method, QByteArray("POST"));
        QCOMPARE(formValue(more, QStringLiteral("children")), QStringLiteral("x1,x2"));
        QCOMPARE(formValue(more, QStringLiteral("link_id")), QStringLiteral("t3_abc"));

        QString link;
        QStringList ids;
        QVERIFY(RedditApi::parseMoreCursor(
            RedditApi::moreCursor(QStringLiteral("t3_a"),
                                  {QStringLiteral("b"), QStringLiteral("c")}),
            &link, &ids));
        QCOMPARE(link, QStringLiteral("t3_a"));
        QCOMPARE(ids.size(), 2);
        QVERIFY(!RedditApi::parseMoreCursor(QStringLiteral("after:t3_a"), &link, &ids));
    }
};

QTEST_GUILESS_MAIN(TestRedditParser)
#include "test_reddit_parser.moc"
