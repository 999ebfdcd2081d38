// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/reddit/RedditConnector.h"
#include "tests/connectors/ConnectorHarness.h"
#include "tests/connectors/JsonSample.h"
#include "tests/connectors/PlainTransport.h"
#include "tests/support/LocalHttpServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace earshot;
using test::json;
using test::LocalHttpServer;
using test::RecordedRequest;
using test::ScriptedResponse;

namespace {

QByteArray listingOf(const QJsonArray &children)
{
    const QJsonObject data{{QLatin1String("children"), children},
                           {QLatin1String("after"), QJsonValue::Null},
                           {QLatin1String("before"), QJsonValue::Null}};
    return QJsonDocument(QJsonObject{{QLatin1String("kind"), QLatin1String("Listing")},
                                     {QLatin1String("data"), data}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject comment(const QString &id, const QString &parent, const QString &body)
{
    return QJsonObject{
        {QLatin1String("kind"), QLatin1String("t1")},
        {QLatin1String("data"),
         QJsonObject{{QLatin1String("id"), id},
                     {QLatin1String("name"), QString(QStringLiteral("t1_") + id)},
                     {QLatin1String("link_id"), QStringLiteral("t3_post1")},
                     {QLatin1String("parent_id"), parent},
                     {QLatin1String("author"), QLatin1String("brand")},
                     {QLatin1String("body"), body},
                     {QLatin1String("permalink"),
                      QString(QStringLiteral("/r/acme/comments/post1/t/") + id)},
                     {QLatin1String("created_utc"), double(QDateTime::currentSecsSinceEpoch())}}}};
}

}  // namespace

class TestRedditConnector : public QObject {
    Q_OBJECT

    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<test::PlainTransport> m_transport;
    std::unique_ptr<RedditConnector> m_connector;

    std::unique_ptr<RedditConnector> makeConnector(const QString &user) const
    {
        return std::make_unique<RedditConnector>(*m_transport, test::baseUrl(*m_server),
                                                 QStringLiteral("secret-token"), user);
    }

    const RecordedRequest &last() const { return m_server->requests().constLast(); }

    // Every request carries the token and a User-Agent naming the app and the account.
    static void checkIdentity(const RecordedRequest &r)
    {
        QCOMPARE(r.header("authorization"), QByteArray("bearer secret-token"));
        QCOMPARE(r.header("user-agent"), QByteArray("desktop:earshot:1.0 (by /u/brand)"));
        QCOMPARE(test::queryValue(r, QStringLiteral("raw_json")), QStringLiteral("1"));
    }

    // Answers by path, whatever the query, so tests check the query themselves.
    void routePath(const QByteArray &path, const ScriptedResponse &response)
    {
        m_server->setFallback([path, response](const RecordedRequest &r) {
            if (test::pathOf(r) == path)
                return response;
            return json("{\"message\": \"Not Found\", \"error\": 404}", 404);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<LocalHttpServer>();
        QVERIFY(m_server->listen());
        m_transport = std::make_unique<test::PlainTransport>();
        m_connector = makeConnector(QStringLiteral("brand"));
    }

    void cleanup()
    {
        m_connector.reset();
        m_transport.reset();
        m_server.reset();
    }

    void subredditNewWithPaging()
    {
        routePath("/r/AskReddit/new",
                  json(test::apiSample(QStringLiteral("reddit/r_askreddit_new.listing.json"))));
        FetchResult page =
            test::fetchNow(*m_connector, {Timeline::Kind::Latest, QStringLiteral("r/AskReddit")});
        QVERIFY2(page.ok(), qPrintable(test::message(page.error)));
        QCOMPARE(page.items.size(), std::size_t(100));
        QCOMPARE(page.olderCursor, QStringLiteral("after:t3_48f6io"));
        QCOMPARE(page.newerCursor, QStringLiteral("before:t3_48fbm9"));
        QCOMPARE(last().method, QByteArray("GET"));
        checkIdentity(last());
        QCOMPARE(test::queryValue(last(), QStringLiteral("limit")), QStringLiteral("25"));
        QVERIFY(test::queryValue(last(), QStringLiteral("after")).isEmpty());

        // Older: after=<fullname>; the last page has after null, so no older cursor.
        routePath(
            "/r/AskReddit/new",
            json(test::apiSample(QStringLiteral("reddit/user_spez_top_hour_empty.listing.json"))));
        FetchResult older =
            test::fetchNow(*m_connector, {Timeline::Kind::Latest, QStringLiteral("AskReddit")},
                           {page.olderCursor, 100});
        QVERIFY(older.ok());
        QCOMPARE(test::queryValue(last(), QStringLiteral("after")), QStringLiteral("t3_48f6io"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("limit")), QStringLiteral("100"));
        QVERIFY(older.items.empty());
        QVERIFY(older.olderCursor.isEmpty());

        // Newer: before=<fullname>; an empty answer keeps the cursor for the next poll.
        FetchResult newer =
            test::fetchNow(*m_connector, {Timeline::Kind::Latest, QStringLiteral("AskReddit")},
                           {page.newerCursor, 0});
        QVERIFY(newer.ok());
        QCOMPARE(test::queryValue(last(), QStringLiteral("before")), QStringLiteral("t3_48fbm9"));
        QCOMPARE(newer.newerCursor, page.newerCursor);
    }

    // No subreddit: the new posts of the subreddits the account subscribes to.
    void subscriptionsWithoutSubreddit()
    {
        routePath("/new",
                  json(test::apiSample(QStringLiteral("reddit/r_askreddit_new.listing.json"))));
        FetchResult page = test::fetchNow(*m_connector, {Timeline::Kind::Latest, QString()});
        QVERIFY2(page.ok(), qPrintable(test::message(page.error)));
        QCOMPARE(page.items.size(), std::size_t(100));
        QVERIFY(m_connector->readsWithoutArgument(Timeline::Kind::Latest));
    }

    void searchRequests()
    {
        routePath("/r/acme/search",
                  json(test::apiSample(QStringLiteral("reddit/r_askreddit_new.listing.json"))));
        FetchResult page = test::fetchNow(
            *m_connector, {Timeline::Kind::Search, QStringLiteral("r/acme tariff & prices")});
        QVERIFY2(page.ok(), qPrintable(test::message(page.error)));
        QCOMPARE(page.items.size(), std::size_t(100));
        checkIdentity(last());
        QCOMPARE(test::queryValue(last(), QStringLiteral("q")), QStringLiteral("tariff & prices"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("restrict_sr")), QStringLiteral("1"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("sort")), QStringLiteral("new"));
    }

    // A tree with "more" stubs pages on through /api/morechildren.
    void threadWithMoreChildren()
    {
        routePath("/comments/98vj9e",
                  json(test::apiSample(
                      QStringLiteral("reddit/comments_98vj9e_e4j4830_context_with_more.json"))));
        FetchResult tree =
            test::fetchNow(*m_connector, {Timeline::Kind::Thread, QStringLiteral("t3_98vj9e")});
        QVERIFY2(tree.ok(), qPrintable(test::message(tree.error)));
        QCOMPARE(tree.items.size(), std::size_t(5));
        QCOMPARE(tree.items.at(2).parentId, QStringLiteral("t1_e4j4830"));
        QCOMPARE(tree.olderCursor,
                 QStringLiteral("more:t3_98vj9e:e4ulzqx,e4j4fhz,e4jjt2i,e4jbdej,e4lpsbh,e4j98vr"));
        checkIdentity(last());
        QCOMPARE(test::queryValue(last(), QStringLiteral("sort")), QStringLiteral("new"));

        routePath("/api/morechildren",
                  json(test::apiSample(QStringLiteral("reddit/api_morechildren_3hahrw.json"))));
        FetchResult more =
            test::fetchNow(*m_connector, {Timeline::Kind::Thread, QStringLiteral("t3_98vj9e")},
                           {tree.olderCursor, 0});
        QVERIFY2(more.ok(), qPrintable(test::message(more.error)));
        QCOMPARE(more.items.size(), std::size_t(7));
        QCOMPARE(last().method, QByteArray("POST"));
        checkIdentity(last());
        QVERIFY(last().header("content-type").startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(test::formValue(last(), QStringLiteral("link_id")), QStringLiteral("t3_98vj9e"));
        QCOMPARE(test::formValue(last(), QStringLiteral("children")),
                 QStringLiteral("e4ulzqx,e4j4fhz,e4jjt2i,e4jbdej,e4lpsbh,e4j98vr"));
        QCOMPARE(test::formValue(last(), QStringLiteral("api_type")), QStringLiteral("json"));
        QVERIFY(more.olderCursor.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("401") << 401 << QByteArray(R"({"message": "Unauthorized", "error": 401})")
                             << QByteArray() << int(ErrorKind::Unauthorized) << "Unauthorized";
        QTest::newRow("403")
            << 403 << QByteArray(R"({"reason": "private", "message": "Forbidden", "error": 403})")
            << QByteArray() << int(ErrorKind::Forbidden) << "Forbidden: private";
        QTest::newRow("429") << 429
                             << QByteArray(R"({"message": "Too Many Requests", "error": 429})")
                             << QByteArray("120") << int(ErrorKind::RateLimited)
                             << "Too Many Requests";
        QTest::newRow("503") << 503 << QByteArray("<html>all servers are busy</html>")
                             << QByteArray() << int(ErrorKind::ServerError) << "";
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(QString, says);
        ScriptedResponse r = json(body, status);
        if (!retryAfter.isEmpty())
            r.header("Retry-After", retryAfter);
        routePath("/r/acme/new", r);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        FetchResult page =
            test::fetchNow(*m_connector, {Timeline::Kind::Latest, QStringLiteral("acme")});
        QVERIFY(!page.ok());
        QCOMPARE(int(page.error->kind), kind);
        QVERIFY(page.items.empty());
        if (!says.isEmpty())
            QVERIFY2(page.error->message.contains(says), qPrintable(page.error->message));
        if (!retryAfter.isEmpty())
            QVERIFY(page.retryAtMs >= before + 119'000);
    }

    // X-Ratelimit-Remaining 0: the next call is refused before it reaches Reddit.
    void spentBudgetStopsCalls()
    {
        ScriptedResponse r =
            json(test::apiSample(QStringLiteral("reddit/r_askreddit_new.listing.json")));
        r.header("X-Ratelimit-Used", "600")
            .header("X-Ratelimit-Remaining", "0.0")
            .header("X-Ratelimit-Reset", "300");
        routePath("/r/acme/new", r);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        FetchResult first =
            test::fetchNow(*m_connector, {Timeline::Kind::Latest, QStringLiteral("acme")});
        QVERIFY(first.ok());
        QVERIFY(first.retryAtMs >= before + 300'000);
        FetchResult second =
            test::fetchNow(*m_connector, {Timeline::Kind::Latest, QStringLiteral("acme")});
        QVERIFY(!second.ok());
        QCOMPARE(second.error->kind, ErrorKind::RateLimited);
        QCOMPARE(second.retryAtMs, first.retryAtMs);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void brokenBodies_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        const QByteArray full =
            test::apiSample(QStringLiteral("reddit/r_askreddit_new.listing.json"));
        QTest::newRow("malformed") << json(R"({"kind": "Listing", "data": {"children": [)");
        ScriptedResponse cut = json(full);
        cut.truncateAt = full.size() / 2;
        QTest::newRow("truncated") << cut;
        QTest::newRow("html") << ScriptedResponse::ok("<html>reddit is down</html>", "text/html");
        QTest::newRow("unexpected shape") << json(R"({"kind": "t3", "data": {"id": "x"}})");
    }

    void brokenBodies()
    {
        QFETCH(ScriptedResponse, response);
        routePath("/r/acme/new", response);
        FetchResult page =
            test::fetchNow(*m_connector, {Timeline::Kind::Latest, QStringLiteral("acme")});
        QVERIFY(!page.ok());
        QVERIFY(page.items.empty());
        QVERIFY2(
            page.error->kind == ErrorKind::BadPayload || page.error->kind == ErrorKind::Network,
            qPrintable(page.error->message));
    }

    // The server stores the comment and the connection dies before the answer. Reddit has no
    // idempotency key: the retry must find the comment instead of posting it again, within
    // the session (reply) and after a restart (findSentReply, as the outbox asks).
    void lostAnswerIsNotPostedTwice()
    {
        QJsonArray posted;
        test::FirstAnswerLost lose;
        m_server->setFallback([&](const RecordedRequest &r) {
            if (r.method == "POST" && test::pathOf(r) == "/api/comment") {
                const QString id = QStringLiteral("c%1").arg(posted.size() + 1);
                const QJsonObject c = comment(id, test::formValue(r, QStringLiteral("thing_id")),
                                              test::formValue(r, QStringLiteral("text")));
                posted.prepend(c);
                return lose(json(
                    QJsonDocument(QJsonObject{{QLatin1String("json"),
                                               QJsonObject{{QLatin1String("errors"), QJsonArray()},
                                                           {QLatin1String("data"),
                                                            QJsonObject{{QLatin1String("things"),
                                                                         QJsonArray{c}}}}}}})
                        .toJson(QJsonDocument::Compact)));
            }
            if (r.method == "GET" && test::pathOf(r) == "/user/brand/comments")
                return json(listingOf(posted));
            return json("{\"message\": \"Not Found\", \"error\": 404}", 404);
        });
        // Over the application's transport: Qt alone would resend the dropped POST.
        test::ProductionTransport production;
        const auto connectorOver = [&](ApiTransport &transport) {
            return std::make_unique<RedditConnector>(transport, test::baseUrl(*m_server),
                                                     QStringLiteral("secret-token"),
                                                     QStringLiteral("brand"));
        };
        m_connector = connectorOver(production.transport);
        const qint64 draftMs = QDateTime::currentMSecsSinceEpoch() - 60'000;
        const ReplyRequest request{QStringLiteral("t3_post1"), QStringLiteral("Thanks, fixed now."),
                                   QStringLiteral("key-1")};
        ReplyResult first = test::replyNow(*m_connector, request);
        QCOMPARE(posted.size(), 1);
        QVERIFY(!first.ok());
        QVERIFY(first.maybeSent);
        const RecordedRequest &post = m_server->requests().constFirst();
        checkIdentity(post);
        QCOMPARE(test::formValue(post, QStringLiteral("thing_id")), QStringLiteral("t3_post1"));
        QCOMPARE(test::formValue(post, QStringLiteral("text")),
                 QStringLiteral("Thanks, fixed now."));
        QCOMPARE(test::formValue(post, QStringLiteral("api_type")), QStringLiteral("json"));

        ReplyResult retry = test::replyNow(*m_connector, request);
        QVERIFY2(retry.ok(), qPrintable(test::message(retry.error)));
        QCOMPARE(retry.externalId, QStringLiteral("t1_c1"));
        QCOMPARE(posted.size(), 1);

        // After a restart the connector remembers nothing; the outbox asks findSentReply.
        std::unique_ptr<RedditConnector> restarted = connectorOver(production.transport);
        ReplyResult found = test::findSentNow(*restarted, request, draftMs);
        QVERIFY(found.ok());
        QCOMPARE(found.externalId, QStringLiteral("t1_c1"));
        QCOMPARE(found.url,
                 QUrl(QStringLiteral("https://www.reddit.com/r/acme/comments/post1/t/c1")));
        // Another text under the same post, or the same text elsewhere, is not ours.
        ReplyResult other = test::findSentNow(
            *restarted,
            {QStringLiteral("t3_post1"), QStringLiteral("Something else"), QStringLiteral("k2")},
            draftMs);
        QVERIFY(other.ok());
        QVERIFY(other.externalId.isEmpty());
        ReplyResult elsewhere = test::findSentNow(
            *restarted, {QStringLiteral("t1_zzz"), request.text, QStringLiteral("k3")}, draftMs);
        QVERIFY(elsewhere.ok());
        QVERIFY(elsewhere.externalId.isEmpty());
        QCOMPARE(posted.size(), 1);
        int posts = 0;
        for (const RecordedRequest &r : m_server->requests())
            posts += r.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);
        m_connector.reset();
    }

    // Without a user name the account name comes from /api/v1/me before the check.
    void findSentReplyLearnsTheAccountName()
    {
        m_server->setFallback([](const RecordedRequest &r) {
            if (test::pathOf(r) == "/api/v1/me")
                return json(R"({"name": "brand", "id": "abc"})");
            if (test::pathOf(r) == "/user/brand/comments")
                return json(listingOf(
                    {comment(QStringLiteral("c9"), QStringLiteral("t1_p"), QStringLiteral("Hi"))}));
            return json("{}", 404);
        });
        std::unique_ptr<RedditConnector> anonymous = makeConnector(QString());
        ReplyResult found = test::findSentNow(
            *anonymous, {QStringLiteral("t1_p"), QStringLiteral(" Hi "), QStringLiteral("k")}, 0);
        QVERIFY2(found.ok(), qPrintable(test::message(found.error)));
        QCOMPARE(found.externalId, QStringLiteral("t1_c9"));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(test::pathOf(m_server->requests().at(0)), QByteArray("/api/v1/me"));
    }

    void findSentReplyFailsWhenItCannotCheck()
    {
        routePath("/user/brand/comments", json("<html>", 503));
        ReplyResult r = test::findSentNow(
            *m_connector, {QStringLiteral("t1_p"), QStringLiteral("Hi"), QStringLiteral("k")}, 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, ErrorKind::ServerError);
    }

    void replyRefusedByReddit()
    {
        routePath(
            "/api/comment",
            json(
                R"({"json": {"ratelimit": 59.2, "errors": [["RATELIMIT", "Take a break for a minute.", "ratelimit"]]}})"));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        ReplyResult r = test::replyNow(
            *m_connector, {QStringLiteral("t3_post1"), QStringLiteral("Hi"), QStringLiteral("k")});
        QVERIFY(!r.ok());
        QVERIFY(!r.maybeSent);
        QCOMPARE(r.error->kind, ErrorKind::RateLimited);
        QVERIFY(r.error->message.contains(QStringLiteral("Take a break")));
        // The pause holds back the next call.
        FetchResult page =
            test::fetchNow(*m_connector, {Timeline::Kind::Latest, QStringLiteral("acme")});
        QCOMPARE(page.error->kind, ErrorKind::RateLimited);
        QVERIFY(page.retryAtMs >= before + 60'000);
        QCOMPARE(m_server->requests().size(), 1);

        routePath(
            "/api/comment",
            json(R"({"json": {"errors": [["THREAD_LOCKED", "Comments are locked.", "parent"]]}})"));
        std::unique_ptr<RedditConnector> fresh = makeConnector(QStringLiteral("brand"));
        ReplyResult locked = test::replyNow(
            *fresh, {QStringLiteral("t3_post1"), QStringLiteral("Hi"), QStringLiteral("k")});
        QCOMPARE(locked.error->kind, ErrorKind::Forbidden);
        QVERIFY(!locked.maybeSent);
    }

    void unsupportedTimeline()
    {
        QVERIFY(!m_connector->supports(Timeline::Kind::Hashtag));
        FetchResult page =
            test::fetchNow(*m_connector, {Timeline::Kind::Hashtag, QStringLiteral("x")});
        QCOMPARE(page.error->kind, ErrorKind::InvalidInput);
        QVERIFY(m_server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRedditConnector)
#include "test_reddit_connector.moc"
