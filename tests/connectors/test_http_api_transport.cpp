// SPDX-License-Identifier: GPL-3.0-or-later
// The production transport: a Mastodon account built by the registry talks through
// HttpClient to a loopback instance serving the documented Mastodon samples.
#include "core/connectors/ConnectorRegistry.h"
#include "core/connectors/HttpApiTransport.h"
#include "core/net/HttpClient.h"
#include "tests/connectors/JsonSample.h"
#include "tests/support/LocalHttpServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace earshot;
using test::RecordedRequest;
using test::ScriptedResponse;

namespace {

ScriptedResponse json(const QByteArray &body, int status = 200)
{
    ScriptedResponse r = ScriptedResponse::ok(body, "application/json; charset=utf-8");
    r.status = status;
    return r;
}

}  // namespace

class TestHttpApiTransport : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<test::LocalHttpServer> m_server;
    std::unique_ptr<HttpClient> m_http;

    QUrl instance() const { return m_server->url(QString()).adjusted(QUrl::StripTrailingSlash); }

    std::unique_ptr<Connector> mastodon()
    {
        const ConnectorInfo *info = ConnectorRegistry::find(QStringLiteral("mastodon"));
        if (!info || !info->create)
            return nullptr;
        return info->create(*m_http, {instance(), QStringLiteral("brand"), QStringLiteral("tok")});
    }

    ApiResponse send(HttpApiTransport &transport, const ApiRequest &request)
    {
        std::optional<ApiResponse> response;
        transport.send(request, [&](const ApiResponse &r) { response = r; });
        if (!QTest::qWaitFor([&] { return response.has_value(); },
                             earshot::test::kUnboundedWaitMs)) {
            ApiResponse none;
            none.error = Error{ErrorKind::Timeout, QStringLiteral("no answer")};
            return none;
        }
        return *response;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<test::LocalHttpServer>();
        QVERIFY(m_server->listen());
        HttpClient::Options options;
        options.retryBaseMs = 20;
        options.maxRetryDelayMs = 2'000;
        m_http = std::make_unique<HttpClient>(m_network, options);
    }

    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void mapsTheAnswer()
    {
        m_server->route(QStringLiteral("/x"),
                        json("{\"ok\":true}")
                            .header("X-RateLimit-Remaining", "12")
                            .header("Link", "<http://a/?max_id=5>; rel=\"next\""));
        ScriptedResponse limited = json("{\"error\":\"Too many requests\"}", 429);
        limited.header("Retry-After", "600");
        m_server->route(QStringLiteral("/limited"), limited);

        HttpApiTransport transport(*m_http);
        ApiRequest request;
        request.method = "PUT";
        request.url = m_server->url(QStringLiteral("/x"));
        request.headers = {{"Authorization", "Bearer tok"}};
        request.contentType = "application/json";
        request.body = "{\"a\":1}";
        const ApiResponse ok = send(transport, request);
        QVERIFY(ok.ok());
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("{\"ok\":true}"));
        QCOMPARE(ok.header("X-RateLimit-Remaining"), QByteArray("12"));
        QVERIFY(ok.header("link").contains("max_id=5"));
        const RecordedRequest &seen = m_server->requests().constLast();
        QCOMPARE(seen.method, QByteArray("PUT"));
        QCOMPARE(seen.header("authorization"), QByteArray("Bearer tok"));
        QCOMPARE(seen.body, QByteArray("{\"a\":1}"));

        request.method = "GET";
        request.body.clear();
        request.url = m_server->url(QStringLiteral("/limited"));
        const ApiResponse rateLimited = send(transport, request);
        QCOMPARE(rateLimited.error->kind, ErrorKind::RateLimited);
        QCOMPARE(rateLimited.status, 429);
        QVERIFY(rateLimited.retryAtMs > QDateTime::currentMSecsSinceEpoch() + 500'000);
        QCOMPARE(rateLimited.body, QByteArray("{\"error\":\"Too many requests\"}"));
        QVERIFY(!rateLimited.maybeSent);
    }

    void cancelAllDropsOnlyItsOwnRequests()
    {
        ScriptedResponse slow = json("{}");
        slow.delayMs = 300;
        m_server->route(QStringLiteral("/slow"), slow);
        HttpApiTransport mine(*m_http);
        HttpApiTransport other(*m_http);
        ApiRequest request;
        request.url = m_server->url(QStringLiteral("/slow"));
        bool mineCalled = false;
        std::optional<ApiResponse> otherAnswer;
        mine.send(request, [&](const ApiResponse &) { mineCalled = true; });
        other.send(request, [&](const ApiResponse &r) { otherAnswer = r; });
        mine.cancelAll();
        QVERIFY(QTest::qWaitFor([&] { return otherAnswer.has_value(); },
                                earshot::test::kUnboundedWaitMs));
        QVERIFY(otherAnswer->ok());
        QVERIFY(!mineCalled);
    }

    void mastodonFromTheRegistryReadsAndReplies()
    {
        std::unique_ptr<Connector> connector = mastodon();
        QVERIFY(connector);
        m_server->route(
            QStringLiteral("/api/v1/timelines/home?limit=20"),
            json(test::apiSample(QStringLiteral("mastodon/methods/timelines/home__200.jsonc")))
                .header("Link", "<" +
                                    m_server->url(QStringLiteral("/api/v1/timelines/home?max_id=7"))
                                        .toEncoded() +
                                    ">; rel=\"next\""));
        std::optional<FetchResult> page;
        connector->fetch({Timeline::Kind::Home, {}}, {}, [&](const FetchResult &r) { page = r; });
        QVERIFY(QTest::qWaitFor([&] { return page.has_value(); }, earshot::test::kUnboundedWaitMs));
        QVERIFY2(page->ok(), qPrintable(page->ok() ? QString() : page->error->message));
        QCOMPARE(page->items.size(), std::size_t(1));
        QCOMPARE(page->olderCursor, QStringLiteral("max:7"));
        QCOMPARE(m_server->requests().constLast().header("authorization"),
                 QByteArray("Bearer tok"));

        // The first answer to the POST is lost after the status was made: reported as
        // maybe sent, not repeated by the transport; the retry with the same key gets it.
        QHash<QByteArray, QByteArray> made;
        bool drop = true;
        m_server->setFallback([&](const RecordedRequest &request) {
            if (request.method != "POST")
                return json("{\"error\":\"Record not found\"}", 404);
            const QByteArray key = request.header("idempotency-key");
            if (!made.contains(key))
                made.insert(key, QByteArray::number(500 + made.size()));
            ScriptedResponse r =
                json("{\"id\":\"" + made.value(key) + "\",\"url\":\"https://m.example/@brand/" +
                     made.value(key) + "\",\"content\":\"<p>Thanks</p>\"}");
            r.dropConnection = std::exchange(drop, false);
            return r;
        });
        const ReplyRequest request{QStringLiteral("100"), QStringLiteral("Thanks"),
                                   QStringLiteral("k-1")};
        std::optional<ReplyResult> first;
        connector->reply(request, [&](const ReplyResult &r) { first = r; });
        QVERIFY(
            QTest::qWaitFor([&] { return first.has_value(); }, earshot::test::kUnboundedWaitMs));
        QVERIFY(!first->ok());
        QVERIFY(first->maybeSent);
        int postsSeen = 0;
        for (const RecordedRequest &r : m_server->requests())
            postsSeen += r.method == "POST" ? 1 : 0;
        QCOMPARE(postsSeen, 1);

        std::optional<ReplyResult> second;
        connector->reply(request, [&](const ReplyResult &r) { second = r; });
        QVERIFY(
            QTest::qWaitFor([&] { return second.has_value(); }, earshot::test::kUnboundedWaitMs));
        QVERIFY2(second->ok(), qPrintable(second->ok() ? QString() : second->error->message));
        QCOMPARE(second->externalId, QStringLiteral("500"));
        QCOMPARE(made.size(), 1);
        const QJsonObject body =
            QJsonDocument::fromJson(m_server->requests().constLast().body).object();
        QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("Thanks"));
        QCOMPARE(body.value(QLatin1String("in_reply_to_id")).toString(), QStringLiteral("100"));
    }
};

QTEST_GUILESS_MAIN(TestHttpApiTransport)
#include "test_http_api_transport.moc"
