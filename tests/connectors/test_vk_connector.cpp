// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/vk/VkConnector.h"
#include "tests/connectors/ConnectorHarness.h"
#include "tests/connectors/PlainTransport.h"
#include "tests/connectors/VkFixtures.h"
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

class TestVkConnector : public QObject {
    Q_OBJECT

    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<test::PlainTransport> m_transport;
    std::unique_ptr<VkConnector> m_connector;

    std::unique_ptr<VkConnector> connectorOver(ApiTransport &transport, qint64 ownId) const
    {
        return std::make_unique<VkConnector>(transport, test::baseUrl(*m_server),
                                             QStringLiteral("secret-token"), ownId);
    }

    const RecordedRequest &last() const { return m_server->requests().constLast(); }

    static void checkCall(const RecordedRequest &r, const QByteArray &method)
    {
        QCOMPARE(test::pathOf(r), QByteArray("/method/") + method);
        QCOMPARE(r.header("authorization"), QByteArray("Bearer secret-token"));
        // The token never travels in the address.
        QVERIFY(!r.target.contains("secret-token"));
        QVERIFY(!r.body.contains("secret-token"));
        const QString version = r.method == "POST" ? test::formValue(r, QStringLiteral("v"))
                                                   : test::queryValue(r, QStringLiteral("v"));
        QCOMPARE(version, QStringLiteral("5.199"));
    }

    void routeMethod(const QByteArray &method, const ScriptedResponse &response)
    {
        m_server->setFallback([method, response](const RecordedRequest &r) {
            if (test::pathOf(r) == "/method/" + method)
                return response;
            return json(R"({"error": {"error_code": 3, "error_msg": "Unknown method passed"}})");
        });
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<LocalHttpServer>();
        QVERIFY(m_server->listen());
        m_transport = std::make_unique<test::PlainTransport>();
        m_connector = connectorOver(*m_transport, -1);
    }

    void cleanup()
    {
        m_connector.reset();
        m_transport.reset();
        m_server.reset();
    }

    void wallWithOffsetPaging()
    {
        routeMethod("wall.get", json(test::vk::kWall));
        FetchResult page =
            test::fetchNow(*m_connector, {Timeline::Kind::AccountPosts, QStringLiteral("-1")});
        QVERIFY2(page.ok(), qPrintable(test::message(page.error)));
        QCOMPARE(page.items.size(), std::size_t(2));
        QCOMPARE(page.items.front().author.name, QStringLiteral("Acme"));
        QCOMPARE(page.olderCursor, QStringLiteral("offset:2"));
        QCOMPARE(last().method, QByteArray("GET"));
        checkCall(last(), "wall.get");
        QCOMPARE(test::queryValue(last(), QStringLiteral("owner_id")), QStringLiteral("-1"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("offset")), QStringLiteral("0"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("count")), QStringLiteral("20"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("extended")), QStringLiteral("1"));

        FetchResult next = test::fetchNow(
            *m_connector, {Timeline::Kind::Latest, QStringLiteral("acme")}, {page.olderCursor, 50});
        QVERIFY(next.ok());
        QCOMPARE(test::queryValue(last(), QStringLiteral("domain")), QStringLiteral("acme"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("offset")), QStringLiteral("2"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("count")), QStringLiteral("50"));
        QCOMPARE(next.olderCursor, QStringLiteral("offset:4"));

        // The total reached: no older page.
        FetchResult end =
            test::fetchNow(*m_connector, {Timeline::Kind::Latest, QStringLiteral("-1")},
                           {QStringLiteral("offset:1498"), 0});
        QVERIFY(end.ok());
        QVERIFY(end.olderCursor.isEmpty());
    }

    void searchWithNextFrom()
    {
        routeMethod("newsfeed.search", json(test::vk::kSearch));
        FetchResult page =
            test::fetchNow(*m_connector, {Timeline::Kind::Search, QStringLiteral("acme цены")});
        QVERIFY(page.ok());
        QCOMPARE(page.items.size(), std::size_t(1));
        QCOMPARE(page.olderCursor, QStringLiteral("from:20/77_9"));
        checkCall(last(), "newsfeed.search");
        QCOMPARE(test::queryValue(last(), QStringLiteral("q")), QStringLiteral("acme цены"));
        QVERIFY(test::queryValue(last(), QStringLiteral("start_from")).isEmpty());
        routeMethod("newsfeed.search",
                    json(R"({"response": {"items": [], "count": 0, "total_count": 0}})"));
        FetchResult end =
            test::fetchNow(*m_connector, {Timeline::Kind::Search, QStringLiteral("acme цены")},
                           {page.olderCursor, 0});
        QVERIFY(end.ok());
        QCOMPARE(test::queryValue(last(), QStringLiteral("start_from")), QStringLiteral("20/77_9"));
        QVERIFY(end.olderCursor.isEmpty());
    }

    void threadComments()
    {
        routeMethod("wall.getComments", json(test::vk::kComments));
        FetchResult page =
            test::fetchNow(*m_connector, {Timeline::Kind::Thread, QStringLiteral("-1_101")});
        QVERIFY(page.ok());
        QCOMPARE(page.items.size(), std::size_t(3));
        QCOMPARE(page.items.at(1).parentId, QStringLiteral("-1_101_501"));
        QVERIFY(page.olderCursor.isEmpty());  // 2 of 2 top-level comments
        checkCall(last(), "wall.getComments");
        QCOMPARE(test::queryValue(last(), QStringLiteral("owner_id")), QStringLiteral("-1"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("post_id")), QStringLiteral("101"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("sort")), QStringLiteral("asc"));

        FetchResult bad =
            test::fetchNow(*m_connector, {Timeline::Kind::Thread, QStringLiteral("post 5")});
        QCOMPARE(bad.error->kind, ErrorKind::InvalidInput);
        QCOMPARE(m_server->requests().size(), 1);
    }

    // VK reports errors with HTTP 200 and a code.
    void apiErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("5 auth") << 5 << int(ErrorKind::Unauthorized) << "new token";
        QTest::newRow("15 access") << 15 << int(ErrorKind::Forbidden) << "denied access";
        QTest::newRow("203 group") << 203 << int(ErrorKind::Forbidden) << "private";
        QTest::newRow("7 permission") << 7 << int(ErrorKind::Forbidden) << "permission";
        QTest::newRow("100 param") << 100 << int(ErrorKind::InvalidInput) << "refused";
    }

    void apiErrors()
    {
        QFETCH(int, code);
        QFETCH(int, kind);
        QFETCH(QString, says);
        routeMethod(
            "wall.get",
            json(QStringLiteral(R"({"error": {"error_code": %1, "error_msg": "server words"}})")
                     .arg(code)
                     .toUtf8()));
        FetchResult page =
            test::fetchNow(*m_connector, {Timeline::Kind::AccountPosts, QStringLiteral("-1")});
        QVERIFY(!page.ok());
        QCOMPARE(int(page.error->kind), kind);
        QVERIFY2(page.error->message.contains(says), qPrintable(page.error->message));
        QVERIFY(page.error->message.contains(QStringLiteral("server words")));
    }

    // Error 6 pauses the connector: the next call fails at once without reaching VK.
    void tooManyRequestsPauses()
    {
        routeMethod(
            "wall.get",
            json(R"({"error": {"error_code": 6, "error_msg": "Too many requests per second"}})"));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        FetchResult first =
            test::fetchNow(*m_connector, {Timeline::Kind::AccountPosts, QStringLiteral("-1")});
        QCOMPARE(first.error->kind, ErrorKind::RateLimited);
        QVERIFY(first.retryAtMs >= before + 1000);
        FetchResult second =
            test::fetchNow(*m_connector, {Timeline::Kind::AccountPosts, QStringLiteral("-1")});
        QCOMPARE(second.error->kind, ErrorKind::RateLimited);
        QCOMPARE(second.retryAtMs, first.retryAtMs);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void floodControlPausesLonger()
    {
        routeMethod("wall.get",
                    json(R"({"error": {"error_code": 9, "error_msg": "Flood control"}})"));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        FetchResult page =
            test::fetchNow(*m_connector, {Timeline::Kind::AccountPosts, QStringLiteral("-1")});
        QCOMPARE(page.error->kind, ErrorKind::RateLimited);
        QVERIFY(page.retryAtMs >= before + 600'000);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << QByteArray() << int(ErrorKind::Unauthorized);
        QTest::newRow("403") << 403 << QByteArray() << int(ErrorKind::Forbidden);
        QTest::newRow("429") << 429 << QByteArray("120") << int(ErrorKind::RateLimited);
        QTest::newRow("502") << 502 << QByteArray() << int(ErrorKind::ServerError);
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        ScriptedResponse r = json("<html>nginx</html>", status);
        if (!retryAfter.isEmpty())
            r.header("Retry-After", retryAfter);
        routeMethod("wall.get", r);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        FetchResult page =
            test::fetchNow(*m_connector, {Timeline::Kind::AccountPosts, QStringLiteral("-1")});
        QVERIFY(!page.ok());
        QCOMPARE(int(page.error->kind), kind);
        if (!retryAfter.isEmpty())
            QVERIFY(page.retryAtMs >= before + 119'000);
    }

    void brokenBodies_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        QTest::newRow("malformed") << json(R"({"response": {"items": [{"id": 1,)");
        ScriptedResponse cut = json(test::vk::kWall);
        cut.truncateAt = test::vk::kWall.size() / 2;
        QTest::newRow("truncated") << cut;
        QTest::newRow("html") << ScriptedResponse::ok("<html>maintenance</html>", "text/html");
        QTest::newRow("unexpected shape") << json(R"({"response": [1, 2, 3]})");
    }

    void brokenBodies()
    {
        QFETCH(ScriptedResponse, response);
        routeMethod("wall.get", response);
        FetchResult page =
            test::fetchNow(*m_connector, {Timeline::Kind::AccountPosts, QStringLiteral("-1")});
        QVERIFY(!page.ok());
        QVERIFY(page.items.empty());
        QVERIFY2(
            page.error->kind == ErrorKind::BadPayload || page.error->kind == ErrorKind::Network,
            qPrintable(page.error->message));
    }

    // The comment is created, the connection dies before the answer; the retry finds the
    // comment (in the session, and after a restart through findSentReply) and posts nothing.
    void lostAnswerIsNotPostedTwice()
    {
        QJsonArray stored;  // comments under post -1_101, newest first
        int creates = 0;
        test::FirstAnswerLost lose;
        m_server->setFallback([&](const RecordedRequest &r) {
            const QByteArray path = test::pathOf(r);
            if (path == "/method/wall.createComment") {
                ++creates;
                const int id = 900 + creates;
                stored.prepend(QJsonObject{
                    {QLatin1String("id"), id},
                    {QLatin1String("from_id"), -1},
                    {QLatin1String("date"), double(QDateTime::currentSecsSinceEpoch())},
                    {QLatin1String("text"), test::formValue(r, QStringLiteral("message"))},
                    {QLatin1String("reply_to_comment"),
                     test::formValue(r, QStringLiteral("reply_to_comment")).toInt()}});
                return lose(json(QByteArray(R"({"response": {"comment_id": )") +
                                 QByteArray::number(id) + R"(, "parents_stack": [501]}})"));
            }
            if (path == "/method/wall.getComments") {
                const QJsonObject response{{QLatin1String("count"), stored.size()},
                                           {QLatin1String("items"), stored}};
                return json(QJsonDocument(QJsonObject{{QLatin1String("response"), response}})
                                .toJson(QJsonDocument::Compact));
            }
            return json(R"({"error": {"error_code": 3, "error_msg": "Unknown method"}})");
        });
        // Over the application's transport: Qt alone would resend the dropped POST.
        test::ProductionTransport production;
        m_connector = connectorOver(production.transport, -1);
        const qint64 draftMs = QDateTime::currentMSecsSinceEpoch() - 60'000;
        const ReplyRequest request{QStringLiteral("-1_101_501"), QStringLiteral("Анна, исправили."),
                                   QStringLiteral("key-1")};
        ReplyResult first = test::replyNow(*m_connector, request);
        QCOMPARE(creates, 1);
        QVERIFY(!first.ok());
        QVERIFY(first.maybeSent);
        const RecordedRequest &post = m_server->requests().constFirst();
        QCOMPARE(post.method, QByteArray("POST"));
        checkCall(post, "wall.createComment");
        QVERIFY(post.header("content-type").startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(test::formValue(post, QStringLiteral("owner_id")), QStringLiteral("-1"));
        QCOMPARE(test::formValue(post, QStringLiteral("post_id")), QStringLiteral("101"));
        QCOMPARE(test::formValue(post, QStringLiteral("reply_to_comment")), QStringLiteral("501"));
        QCOMPARE(test::formValue(post, QStringLiteral("message")),
                 QStringLiteral("Анна, исправили."));
        QCOMPARE(test::formValue(post, QStringLiteral("guid")), QStringLiteral("key-1"));

        ReplyResult retry = test::replyNow(*m_connector, request);
        QVERIFY2(retry.ok(), qPrintable(test::message(retry.error)));
        QCOMPARE(retry.externalId, QStringLiteral("-1_101_901"));
        QCOMPARE(creates, 1);
        checkCall(last(), "wall.getComments");
        QCOMPARE(test::queryValue(last(), QStringLiteral("comment_id")), QStringLiteral("501"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("sort")), QStringLiteral("desc"));

        std::unique_ptr<VkConnector> restarted = connectorOver(production.transport, -1);
        ReplyResult found = test::findSentNow(*restarted, request, draftMs);
        QVERIFY(found.ok());
        QCOMPARE(found.externalId, QStringLiteral("-1_101_901"));
        QCOMPARE(found.url, QUrl(QStringLiteral("https://vk.com/wall-1_101?reply=901")));
        // Someone else's comment with the same words is not ours.
        std::unique_ptr<VkConnector> otherAccount = connectorOver(production.transport, 12345);
        ReplyResult notOurs = test::findSentNow(*otherAccount, request, draftMs);
        QVERIFY(notOurs.ok());
        QVERIFY(notOurs.externalId.isEmpty());
        QCOMPARE(creates, 1);
        m_connector.reset();
    }

    void replyRefusedByVk()
    {
        routeMethod(
            "wall.createComment",
            json(
                R"({"error": {"error_code": 213, "error_msg": "Access to status replies denied"}})"));
        ReplyResult r = test::replyNow(
            *m_connector, {QStringLiteral("-1_101"), QStringLiteral("Hi"), QStringLiteral("k")});
        QVERIFY(!r.ok());
        QVERIFY(!r.maybeSent);
        QCOMPARE(r.error->kind, ErrorKind::Forbidden);
        QVERIFY(test::formValue(last(), QStringLiteral("reply_to_comment")).isEmpty());
        ReplyResult bad = test::replyNow(
            *m_connector, {QStringLiteral("nonsense"), QStringLiteral("Hi"), QStringLiteral("k")});
        QCOMPARE(bad.error->kind, ErrorKind::InvalidInput);
        QCOMPARE(m_server->requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVkConnector)
#include "test_vk_connector.moc"
