// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/telegram/TelegramConnector.h"
#include "tests/connectors/ConnectorHarness.h"
#include "tests/connectors/PlainTransport.h"
#include "tests/connectors/TelegramFixtures.h"
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

const QString kToken = QStringLiteral("123456:secret-token");
const QByteArray kPrefix = "/bot123456:secret-token/";

// No message a person or a log sees may carry the token (it is in every request path).
bool leaksToken(const QString &text)
{
    return text.contains(QStringLiteral("secret-token")) ||
           text.contains(QStringLiteral("123456:"));
}

}  // namespace

class TestTelegramConnector : public QObject {
    Q_OBJECT

    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<test::PlainTransport> m_transport;
    std::unique_ptr<TelegramConnector> m_connector;

    std::unique_ptr<TelegramConnector> connectorOver(ApiTransport &transport) const
    {
        return std::make_unique<TelegramConnector>(transport, test::baseUrl(*m_server), kToken);
    }

    const RecordedRequest &last() const { return m_server->requests().constLast(); }

    void routeMethod(const QByteArray &method, const ScriptedResponse &response)
    {
        m_server->setFallback([method, response](const RecordedRequest &r) {
            if (test::pathOf(r) == kPrefix + method)
                return response;
            return json(R"({"ok": false, "error_code": 404, "description": "Not Found"})", 404);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<LocalHttpServer>();
        QVERIFY(m_server->listen());
        m_transport = std::make_unique<test::PlainTransport>();
        m_connector = connectorOver(*m_transport);
    }

    void cleanup()
    {
        m_connector.reset();
        m_transport.reset();
        m_server.reset();
    }

    // The offset is the last update_id + 1; an empty batch keeps the cursor.
    void updatesWithOffset()
    {
        routeMethod("getUpdates", json(test::telegram::kUpdates));
        FetchResult batch = test::fetchNow(*m_connector, {Timeline::Kind::Home, {}});
        QVERIFY2(batch.ok(), qPrintable(test::message(batch.error)));
        QCOMPARE(batch.items.size(), std::size_t(4));
        QCOMPARE(batch.newerCursor, QStringLiteral("offset:1006"));
        QVERIFY(batch.olderCursor.isEmpty());
        QCOMPARE(last().method, QByteArray("GET"));
        QVERIFY(!test::queryValue(last(), QStringLiteral("limit")).isEmpty());
        QCOMPARE(test::queryValue(last(), QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("timeout")),
                 QString::number(TelegramConnector::kDefaultPollSeconds));
        QVERIFY(test::queryValue(last(), QStringLiteral("offset")).isEmpty());
        QVERIFY(test::queryValue(last(), QStringLiteral("allowed_updates"))
                    .contains(QStringLiteral("channel_post")));
        QVERIFY(last().header("authorization").isEmpty());

        routeMethod("getUpdates", json(R"({"ok": true, "result": []})"));
        m_connector->setPollSeconds(0);
        FetchResult empty =
            test::fetchNow(*m_connector, {Timeline::Kind::Home, {}}, {batch.newerCursor, 10});
        QVERIFY(empty.ok());
        QCOMPARE(test::queryValue(last(), QStringLiteral("offset")), QStringLiteral("1006"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("limit")), QStringLiteral("10"));
        QCOMPARE(test::queryValue(last(), QStringLiteral("timeout")), QStringLiteral("0"));
        QCOMPARE(empty.newerCursor, batch.newerCursor);
    }

    void onlyNewMessagesCanBeRead()
    {
        QVERIFY(!m_connector->supports(Timeline::Kind::Thread));
        FetchResult r =
            test::fetchNow(*m_connector, {Timeline::Kind::Thread, QStringLiteral("-100")});
        QCOMPARE(r.error->kind, ErrorKind::InvalidInput);
        QVERIFY(m_server->requests().isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("401") << 401 << test::telegram::kUnauthorized << QByteArray()
                             << int(ErrorKind::Unauthorized) << "BotFather";
        QTest::newRow("404 unknown token")
            << 404 << QByteArray(R"({"ok": false, "error_code": 404, "description": "Not Found"})")
            << QByteArray() << int(ErrorKind::Unauthorized) << "token";
        QTest::newRow("403")
            << 403
            << QByteArray(
                   R"({"ok": false, "error_code": 403, "description": "Forbidden: bot was kicked from the supergroup chat"})")
            << QByteArray() << int(ErrorKind::Forbidden) << "bot was kicked";
        QTest::newRow("409")
            << 409
            << QByteArray(
                   "{\"ok\": false, \"error_code\": 409, \"description\": \"Conflict: can\'t use "
                   "getUpdates method while webhook is active\"}")
            << QByteArray() << int(ErrorKind::Forbidden) << "webhook";
        QTest::newRow("429 parameters") << 429 << test::telegram::kTooManyRequests << QByteArray()
                                        << int(ErrorKind::RateLimited) << "retry after 7";
        QTest::newRow("429 header") << 429 << QByteArray("{}") << QByteArray("120")
                                    << int(ErrorKind::RateLimited) << "slow down";
        QTest::newRow("502") << 502 << QByteArray("<html>Bad Gateway</html>") << QByteArray()
                             << int(ErrorKind::ServerError) << "HTTP 502";
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
        routeMethod("getUpdates", r);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        FetchResult batch = test::fetchNow(*m_connector, {Timeline::Kind::Home, {}});
        QVERIFY(!batch.ok());
        QCOMPARE(int(batch.error->kind), kind);
        QVERIFY2(batch.error->message.contains(says), qPrintable(batch.error->message));
        QVERIFY2(!leaksToken(batch.error->message), qPrintable(batch.error->message));
        if (kind == int(ErrorKind::RateLimited))
            QVERIFY(batch.retryAtMs >= before + (retryAfter.isEmpty() ? 7'000 : 119'000));
    }

    // A lost connection is described without the address (which holds the token).
    void networkErrorHidesTheAddress()
    {
        ScriptedResponse drop;
        drop.dropConnection = true;
        routeMethod("getUpdates", drop);
        FetchResult batch = test::fetchNow(*m_connector, {Timeline::Kind::Home, {}});
        QVERIFY(!batch.ok());
        QVERIFY2(!leaksToken(batch.error->message), qPrintable(batch.error->message));
        QVERIFY(!batch.error->message.contains(QStringLiteral("127.0.0.1")));
    }

    void brokenBodies_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        QTest::newRow("malformed") << json(R"({"ok": true, "result": [{"update_id": )");
        ScriptedResponse cut = json(test::telegram::kUpdates);
        cut.truncateAt = test::telegram::kUpdates.size() / 2;
        QTest::newRow("truncated") << cut;
        QTest::newRow("html") << ScriptedResponse::ok("<html>maintenance</html>", "text/html");
        QTest::newRow("unexpected shape") << json(R"({"ok": true, "result": "yes"})");
    }

    void brokenBodies()
    {
        QFETCH(ScriptedResponse, response);
        routeMethod("getUpdates", response);
        FetchResult batch = test::fetchNow(*m_connector, {Timeline::Kind::Home, {}},
                                           {QStringLiteral("offset:5"), 0});
        QVERIFY(!batch.ok());
        QVERIFY(batch.items.empty());
        QVERIFY(batch.newerCursor.isEmpty());  // the caller keeps its cursor
        QVERIFY2(
            batch.error->kind == ErrorKind::BadPayload || batch.error->kind == ErrorKind::Network,
            qPrintable(batch.error->message));
        QVERIFY(!leaksToken(batch.error->message));
    }

    void replySendsMessage()
    {
        routeMethod("sendMessage", json(test::telegram::kSent));
        ReplyResult r = test::replyNow(
            *m_connector, {QStringLiteral("-1001234567890_10"),
                           QStringLiteral("Anna, we are on it."), QStringLiteral("k")});
        QVERIFY2(r.ok(), qPrintable(test::message(r.error)));
        QCOMPARE(r.externalId, QStringLiteral("-1001234567890_12"));
        QCOMPARE(r.url, QUrl(QStringLiteral("https://t.me/acme_chat/12")));
        QCOMPARE(last().method, QByteArray("POST"));
        QCOMPARE(test::pathOf(last()), kPrefix + "sendMessage");
        QVERIFY(last().header("content-type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(last().body).object();
        QCOMPARE(body.value(QLatin1String("chat_id")).toInteger(), qint64(-1001234567890));
        QCOMPARE(body.value(QLatin1String("text")).toString(),
                 QStringLiteral("Anna, we are on it."));
        QCOMPARE(body.value(QLatin1String("reply_parameters"))
                     .toObject()
                     .value(QLatin1String("message_id"))
                     .toInteger(),
                 qint64(10));
    }

    void replyRefused()
    {
        routeMethod(
            "sendMessage",
            json(
                R"({"ok": false, "error_code": 400, "description": "Bad Request: message to be replied not found"})",
                400));
        ReplyResult r = test::replyNow(
            *m_connector, {QStringLiteral("-100_10"), QStringLiteral("Hi"), QStringLiteral("k")});
        QVERIFY(!r.ok());
        QVERIFY(!r.maybeSent);
        QCOMPARE(r.error->kind, ErrorKind::InvalidInput);
        QVERIFY(r.error->message.contains(QStringLiteral("message to be replied not found")));
        QVERIFY(!leaksToken(r.error->message));
    }

    // The message reaches the chat but the connection dies before the answer. A bot cannot
    // read the chat to check, so nothing is sent again: not by a retry in this session, and
    // not after a restart (findSentReply says it cannot check, so the outbox holds back).
    void lostAnswerIsNeverResentBlindly()
    {
        int sends = 0;
        m_server->setFallback([&](const RecordedRequest &r) {
            if (test::pathOf(r) == kPrefix + "sendMessage") {
                ++sends;
                ScriptedResponse drop = json(test::telegram::kSent);
                drop.dropConnection = true;
                return drop;
            }
            return json("{}", 404);
        });
        // Over the application's transport: Qt alone would resend the dropped POST.
        test::ProductionTransport production;
        m_connector = connectorOver(production.transport);
        const ReplyRequest request{QStringLiteral("-1001234567890_10"),
                                   QStringLiteral("Anna, we are on it."), QStringLiteral("key-1")};
        ReplyResult first = test::replyNow(*m_connector, request);
        QCOMPARE(sends, 1);
        QVERIFY(!first.ok());
        QVERIFY(!first.maybeSent);  // not safe to retry
        QVERIFY2(first.error->message.contains(QStringLiteral("may have been sent")),
                 qPrintable(first.error->message));
        QVERIFY(first.error->message.contains(QStringLiteral("Look in the chat")));
        QVERIFY(!leaksToken(first.error->message));

        ReplyResult retry = test::replyNow(*m_connector, request);
        QVERIFY(!retry.ok());
        QVERIFY(retry.error->message.contains(QStringLiteral("Look in the chat")));
        QCOMPARE(sends, 1);

        std::unique_ptr<TelegramConnector> restarted = connectorOver(production.transport);
        ReplyResult check = test::findSentNow(*restarted, request, 0);
        QVERIFY(!check.ok());
        QVERIFY(check.error->message.contains(QStringLiteral("cannot read the chat")));
        QCOMPARE(sends, 1);
        QCOMPARE(m_server->requests().size(), 1);
        m_connector.reset();
    }
};

QTEST_GUILESS_MAIN(TestTelegramConnector)
#include "test_telegram_connector.moc"
