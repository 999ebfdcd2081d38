// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient against a real QNetworkAccessManager and a scripted server on 127.0.0.1:
// validators, compression, redirects, timeouts, size cap, error kinds, back-off, limits.
#include "core/net/HttpClient.h"
#include "core/net/HttpErrors.h"
#include "core/net/TransportError.h"
#include "tests/support/LocalHttpServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace earshot;
using earshot::test::LocalHttpServer;
using earshot::test::ScriptedResponse;

class TestHttpClient : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static HttpClient::Options fastOptions()
    {
        HttpClient::Options o;
        o.retryBaseMs = 50;
        o.maxRetryDelayMs = 3'000;
        return o;
    }

    static HttpReply fetch(HttpClient &client, const HttpRequest &request)
    {
        std::optional<HttpReply> result;
        client.get(request, [&](const HttpReply &reply) { result = reply; });
        [&] { QTRY_VERIFY(result.has_value()); }();
        return result.value_or(HttpReply{});
    }

    static HttpRequest get(const QUrl &url)
    {
        HttpRequest r;
        r.url = url;
        return r;
    }

private Q_SLOTS:
    // Addresses in messages and logs never carry a token: not in the query (VK), not in
    // the path (Telegram's bot token), not as user info.
    void safeAddressHidesTokens()
    {
        const QString tg = http::safeAddress(
            QUrl(QStringLiteral("https://api.telegram.org/bot123456:AAbb-cc_DD/getUpdates")));
        QCOMPARE(tg, QStringLiteral("https://api.telegram.org/bot<token>/getUpdates"));
        const QString vk = http::safeAddress(
            QUrl(QStringLiteral("https://api.vk.com/method/wall.get?access_token=secret&v=5.199")));
        QVERIFY(!vk.contains(QLatin1String("secret")));
        QCOMPARE(vk, QStringLiteral("https://api.vk.com/method/wall.get"));
        const QString user =
            http::safeAddress(QUrl(QStringLiteral("https://name:pass@forum.example/latest.json")));
        QVERIFY(!user.contains(QLatin1String("pass")));
    }

    void conditionalGet()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse first = ScriptedResponse::ok("<rss/>", "application/rss+xml");
        first.header("ETag", "\"v1\"").header("Last-Modified", "Wed, 21 Oct 2026 07:28:00 GMT");
        ScriptedResponse second;
        second.status = 304;
        second.header("ETag", "\"v1\"");
        server.routeSequence(QStringLiteral("/feed"), {first, second});

        HttpClient client(m_network, fastOptions());
        const HttpReply a = fetch(client, get(server.url(QStringLiteral("/feed"))));
        QVERIFY(a.ok());
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, QByteArray("<rss/>"));
        QCOMPARE(a.etag, QByteArray("\"v1\""));
        QCOMPARE(a.lastModified, QByteArray("Wed, 21 Oct 2026 07:28:00 GMT"));
        QVERIFY(server.requests().at(0).header("if-none-match").isEmpty());

        HttpRequest again = get(server.url(QStringLiteral("/feed")));
        again.etag = a.etag;
        again.lastModified = a.lastModified;
        const HttpReply b = fetch(client, again);
        QVERIFY(b.ok());
        QVERIFY(b.notModified());
        QVERIFY(b.body.isEmpty());
        QCOMPARE(server.requests().at(1).header("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(server.requests().at(1).header("if-modified-since"),
                 QByteArray("Wed, 21 Oct 2026 07:28:00 GMT"));
    }

    void compressedAnswerIsDecompressed()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        const QByteArray plain = QByteArray("<rss version=\"2.0\"><channel>") +
                                 QByteArray(5000, 'x') + "</channel></rss>";
        // qCompress is a zlib stream behind a 4-byte length: exactly HTTP "deflate".
        ScriptedResponse r = ScriptedResponse::ok(qCompress(plain).mid(4), "application/rss+xml");
        r.header("Content-Encoding", "deflate");
        server.route(QStringLiteral("/z"), r);
        HttpClient client(m_network, fastOptions());
        const HttpReply reply = fetch(client, get(server.url(QStringLiteral("/z"))));
        QVERIFY2(reply.ok(), qPrintable(reply.error ? reply.error->message : QString()));
        QCOMPARE(reply.body, plain);
        // Qt asked for compression on its own because the header was left to it.
        QVERIFY(server.requests().at(0).header("accept-encoding").contains("gzip"));
    }

    void permanentRedirectIsReported()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/old"), ScriptedResponse::redirect(301, "/new"));
        server.route(QStringLiteral("/new"), ScriptedResponse::ok("body", "text/xml"));
        HttpClient client(m_network, fastOptions());
        const HttpReply reply = fetch(client, get(server.url(QStringLiteral("/old"))));
        QVERIFY(reply.ok());
        QCOMPARE(reply.body, QByteArray("body"));
        QCOMPARE(reply.redirects, 1);
        QCOMPARE(reply.url, server.url(QStringLiteral("/new")));
        QCOMPARE(reply.movedTo, server.url(QStringLiteral("/new")));
    }

    void temporaryRedirectIsNotAMove()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/a"), ScriptedResponse::redirect(308, "/b"));
        server.route(QStringLiteral("/b"), ScriptedResponse::redirect(302, "/c"));
        server.route(QStringLiteral("/c"), ScriptedResponse::ok("c", "text/xml"));
        server.route(QStringLiteral("/t"), ScriptedResponse::redirect(307, "/c"));
        HttpClient client(m_network, fastOptions());
        const HttpReply chain = fetch(client, get(server.url(QStringLiteral("/a"))));
        QVERIFY(chain.ok());
        QCOMPARE(chain.redirects, 2);
        QCOMPARE(chain.movedTo, server.url(QStringLiteral("/b")));  // only the permanent part
        const HttpReply temp = fetch(client, get(server.url(QStringLiteral("/t"))));
        QVERIFY(temp.ok());
        QVERIFY(temp.movedTo.isEmpty());
    }

    void redirectLoopAndLimit()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/x"), ScriptedResponse::redirect(302, "/y"));
        server.route(QStringLiteral("/y"), ScriptedResponse::redirect(302, "/x"));
        for (int i = 0; i < 10; ++i) {
            server.route(QStringLiteral("/r%1").arg(i),
                         ScriptedResponse::redirect(302, "/r" + QByteArray::number(i + 1)));
        }
        HttpClient client(m_network, fastOptions());
        const HttpReply loop = fetch(client, get(server.url(QStringLiteral("/x"))));
        QVERIFY(!loop.ok());
        QCOMPARE(loop.error->kind, ErrorKind::BadPayload);
        QVERIFY2(loop.error->message.contains(QStringLiteral("loop")),
                 qPrintable(loop.error->message));
        QCOMPARE(server.count(QStringLiteral("/x")), 1);

        HttpRequest limited = get(server.url(QStringLiteral("/r0")));
        limited.maxRedirects = 3;
        const HttpReply tooMany = fetch(client, limited);
        QVERIFY(!tooMany.ok());
        QVERIFY(tooMany.error->message.contains(QStringLiteral("more than 3")));
        QCOMPARE(server.count(QStringLiteral("/r4")), 0);
    }

    void idleTimeout()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse slow = ScriptedResponse::ok("late", "text/xml");
        slow.delayMs = 3'000;
        server.route(QStringLiteral("/slow"), slow);
        HttpClient client(m_network, fastOptions());
        HttpRequest request = get(server.url(QStringLiteral("/slow")));
        request.idleTimeoutMs = 500;
        int calls = 0;
        std::optional<HttpReply> reply;
        client.get(request, [&](const HttpReply &r) {
            ++calls;
            reply = r;
        });
        QTRY_VERIFY(reply.has_value());
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error->kind, ErrorKind::Timeout);
        // The server's late answer must not reach the abandoned request.
        QTest::qWait(slow.delayMs);
        QCOMPARE(calls, 1);
    }

    void totalTimeoutStopsADrip()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse drip = ScriptedResponse::ok(QByteArray(100, 'd'), "text/xml");
        drip.chunked = true;
        drip.chunkSize = 1;
        drip.chunkDelayMs = 100;  // 10 s in all, never idle for long
        server.route(QStringLiteral("/drip"), drip);
        HttpClient client(m_network, fastOptions());
        HttpRequest request = get(server.url(QStringLiteral("/drip")));
        request.idleTimeoutMs = 1'000;
        request.totalTimeoutMs = 1'000;
        const HttpReply reply = fetch(client, request);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->kind, ErrorKind::Timeout);
    }

    void chunkedAndSlowButFine()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse r = ScriptedResponse::ok(QByteArray(3000, 'c'), "text/xml");
        r.chunked = true;
        r.chunkSize = 1000;
        r.chunkDelayMs = 50;
        server.route(QStringLiteral("/c"), r);
        HttpClient client(m_network, fastOptions());
        const HttpReply reply = fetch(client, get(server.url(QStringLiteral("/c"))));
        QVERIFY(reply.ok());
        QCOMPARE(reply.body.size(), 3000);
    }

    void truncatedBodyIsAnError_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("content-length") << false;
        QTest::newRow("chunked") << true;
    }

    void truncatedBodyIsAnError()
    {
        QFETCH(bool, chunked);
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse r = ScriptedResponse::ok(QByteArray(10'000, 't'), "text/xml");
        r.truncateAt = 4'000;
        r.chunked = chunked;
        r.chunkSize = 1'000;
        server.route(QStringLiteral("/cut"), r);
        HttpClient client(m_network, fastOptions());
        const HttpReply reply = fetch(client, get(server.url(QStringLiteral("/cut"))));
        QVERIFY2(!reply.ok(), "a cut-off body must not pass for a whole one");
        QCOMPARE(reply.error->kind, ErrorKind::Network);
        QVERIFY(reply.body.isEmpty());
    }

    void tooLarge_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("content-length") << true;
        QTest::newRow("streamed") << false;
    }

    void tooLarge()
    {
        QFETCH(bool, announced);
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse big = ScriptedResponse::ok(QByteArray(50 * 1024 * 1024, 'b'), "text/xml");
        big.sendLength = announced;
        big.chunkSize = 1024 * 1024;
        server.route(QStringLiteral("/big"), big);
        HttpClient client(m_network, fastOptions());
        const HttpReply reply = fetch(client, get(server.url(QStringLiteral("/big"))));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->kind, ErrorKind::TooLarge);
        QVERIFY(reply.body.isEmpty());
    }

    void statusKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("401") << 401 << ErrorKind::Unauthorized;
        QTest::newRow("403") << 403 << ErrorKind::Forbidden;
        QTest::newRow("404") << 404 << ErrorKind::NotFound;
        QTest::newRow("410") << 410 << ErrorKind::NotFound;
        QTest::newRow("500") << 500 << ErrorKind::ServerError;
        QTest::newRow("502") << 502 << ErrorKind::ServerError;
    }

    void statusKinds()
    {
        QFETCH(int, status);
        QFETCH(ErrorKind, kind);
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse r = ScriptedResponse::ok("no", "text/plain");
        r.status = status;
        server.route(QStringLiteral("/s"), r);
        HttpClient::Options options = fastOptions();
        options.maxRetries = 0;
        HttpClient client(m_network, options);
        const HttpReply reply = fetch(client, get(server.url(QStringLiteral("/s"))));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.error->kind, kind);
        QVERIFY(reply.error->message.contains(QString::number(status)));
        QVERIFY(reply.error->message.contains(QStringLiteral("127.0.0.1")));
    }

    void serverErrorIsRetriedWithBackoff()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse fail = ScriptedResponse::ok("oops", "text/plain");
        fail.status = 503;
        server.routeSequence(QStringLiteral("/flaky"),
                             {fail, fail, ScriptedResponse::ok("fine", "text/xml")});
        server.route(QStringLiteral("/down"), fail);
        HttpClient client(m_network, fastOptions());
        const HttpReply reply = fetch(client, get(server.url(QStringLiteral("/flaky"))));
        QVERIFY(reply.ok());
        QCOMPARE(reply.body, QByteArray("fine"));
        QCOMPARE(reply.attempts, 3);

        const HttpReply down = fetch(client, get(server.url(QStringLiteral("/down"))));
        QVERIFY(!down.ok());
        QCOMPARE(down.error->kind, ErrorKind::ServerError);
        QCOMPARE(server.count(QStringLiteral("/down")), 3);  // 1 + maxRetries, then gives up
    }

    void rateLimitShortWaitIsHonoured()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse limited = ScriptedResponse::ok("slow down", "text/plain");
        limited.status = 429;
        limited.header("Retry-After", "1");
        server.routeSequence(QStringLiteral("/rl"),
                             {limited, ScriptedResponse::ok("ok", "text/xml")});
        HttpClient client(m_network, fastOptions());
        QElapsedTimer timer;
        timer.start();
        const HttpReply reply = fetch(client, get(server.url(QStringLiteral("/rl"))));
        QVERIFY(reply.ok());
        QVERIFY2(timer.elapsed() >= 900, "Retry-After must be waited out");
        QCOMPARE(server.count(QStringLiteral("/rl")), 2);
    }

    void rateLimitLongWaitPausesTheHost()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse limited = ScriptedResponse::ok("slow down", "text/plain");
        limited.status = 429;
        limited.header("Retry-After", "3600");
        server.route(QStringLiteral("/a"), limited);
        server.route(QStringLiteral("/b"), ScriptedResponse::ok("b", "text/xml"));
        HttpClient client(m_network, fastOptions());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const HttpReply reply = fetch(client, get(server.url(QStringLiteral("/a"))));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->kind, ErrorKind::RateLimited);
        QVERIFY(reply.retryAtMs >= before + 3'599'000);
        QVERIFY(client.pausedUntil(QStringLiteral("127.0.0.1")) >= before + 3'599'000);
        // The host asked for an hour's rest: the next request is not even sent.
        const HttpReply other = fetch(client, get(server.url(QStringLiteral("/b"))));
        QCOMPARE(other.error->kind, ErrorKind::RateLimited);
        QCOMPARE(server.count(QStringLiteral("/b")), 0);
    }

    void retryAfterForms()
    {
        const qint64 now = 1'000'000'000'000;
        QCOMPARE(http::parseRetryAfter("120", now), now + 120'000);
        QCOMPARE(http::parseRetryAfter(" 0 ", now), now);
        QCOMPARE(http::parseRetryAfter("", now), 0);
        QCOMPARE(http::parseRetryAfter("soon", now), 0);
        const qint64 date = http::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now);
        QCOMPARE(date, QDateTime(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(http::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(http::parseHttpDate("Sun Nov  6 08:49:37 1994"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC).toMSecsSinceEpoch());
    }

    void backoffGrowsWithJitterAndCap()
    {
        QCOMPARE(http::backoffDelayMs(1, 1000, 60'000, 1.0), 1000);
        QCOMPARE(http::backoffDelayMs(1, 1000, 60'000, 0.0), 500);
        QCOMPARE(http::backoffDelayMs(3, 1000, 60'000, 1.0), 4000);
        QCOMPARE(http::backoffDelayMs(20, 1000, 60'000, 1.0), 60'000);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpClient client(m_network, fastOptions());
        const HttpReply reply =
            fetch(client, get(QUrl(QStringLiteral("http://127.0.0.1:%1/feed").arg(port))));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->kind, ErrorKind::Network);
        QVERIFY2(reply.error->message.contains(QStringLiteral("refused")),
                 qPrintable(reply.error->message));
    }

    void notHttp()
    {
        HttpClient client(m_network, fastOptions());
        const HttpReply reply = fetch(client, get(QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->kind, ErrorKind::InvalidInput);
    }

    void perHostAndGlobalLimits()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse slow = ScriptedResponse::ok("x", "text/xml");
        slow.delayMs = 200;
        server.setFallback([slow](const test::RecordedRequest &) { return slow; });
        HttpClient::Options options = fastOptions();
        options.perHostLimit = 2;
        HttpClient client(m_network, options);
        int done = 0;
        int peak = 0;
        for (int i = 0; i < 6; ++i) {
            client.get(get(server.url(QStringLiteral("/p%1").arg(i))), [&](const HttpReply &r) {
                QVERIFY(r.ok());
                ++done;
            });
        }
        QElapsedTimer timer;
        timer.start();
        while (done < 6 && timer.elapsed() < 10'000) {
            peak = std::max(peak, client.running());
            QTest::qWait(10);
        }
        QCOMPARE(done, 6);
        QCOMPARE(peak, 2);
        QVERIFY(timer.elapsed() >= 550);  // three rounds of two
    }

    void postCarriesMethodHeadersAndBody()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/api/posts?x=1"),
                     ScriptedResponse::ok("{\"id\":7}", "application/json")
                         .header("X-RateLimit-Remaining", "299")
                         .header("Link", "<http://a/next>; rel=\"next\""));
        HttpClient client(m_network, fastOptions());
        HttpRequest request = get(server.url(QStringLiteral("/api/posts?x=1")));
        request.method = "POST";
        request.headers = {{"Authorization", "Bearer t0k"}, {"Accept", "application/json"}};
        request.contentType = "application/json";
        request.body = "{\"raw\":\"hello\"}";
        const HttpReply reply = fetch(client, request);
        QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error->message));
        QCOMPARE(reply.body, QByteArray("{\"id\":7}"));
        QCOMPARE(reply.headers.value("x-ratelimit-remaining"), QByteArray("299"));
        QVERIFY(reply.headers.value("link").contains("rel=\"next\""));
        QVERIFY(reply.headers.value("content-type").startsWith("application/json"));
        QCOMPARE(server.requests().size(), 1);
        const test::RecordedRequest &seen = server.requests().constFirst();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.target, QByteArray("/api/posts?x=1"));
        QCOMPARE(seen.header("authorization"), QByteArray("Bearer t0k"));
        QCOMPARE(seen.header("accept"), QByteArray("application/json"));
        QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
        QCOMPARE(seen.body, QByteArray("{\"raw\":\"hello\"}"));
    }

    void errorAnswerKeepsBodyAndHeaders()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse denied =
            ScriptedResponse::ok("{\"error\":\"bad key\"}", "application/json");
        denied.status = 403;
        denied.header("X-Why", "key");
        server.route(QStringLiteral("/k"), denied);
        HttpClient client(m_network, fastOptions());
        const HttpReply reply = fetch(client, get(server.url(QStringLiteral("/k"))));
        QCOMPARE(reply.error->kind, ErrorKind::Forbidden);
        QCOMPARE(reply.body, QByteArray("{\"error\":\"bad key\"}"));
        QCOMPARE(reply.headers.value("x-why"), QByteArray("key"));
        QVERIFY(!reply.maybeSent);
    }

    void postIsNotRetriedAfterServerError()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse fail = ScriptedResponse::ok("oops", "text/plain");
        fail.status = 502;
        server.routeSequence(QStringLiteral("/p"),
                             {fail, ScriptedResponse::ok("{}", "text/plain")});
        HttpClient client(m_network, fastOptions());
        HttpRequest request = get(server.url(QStringLiteral("/p")));
        request.method = "POST";
        request.body = "x=1";
        request.contentType = "application/x-www-form-urlencoded";
        const HttpReply reply = fetch(client, request);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->kind, ErrorKind::ServerError);
        QVERIFY(reply.maybeSent);
        QCOMPARE(reply.attempts, 1);
        QCOMPARE(server.count(QStringLiteral("/p")), 1);
    }

    // The server reads the POST (and may have acted on it), then drops the connection:
    // reported as maybe sent, never sent a second time by the client or by Qt.
    void postLostAfterSendingIsMaybeSentAndNotRepeated()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse drop;
        drop.dropConnection = true;
        server.route(QStringLiteral("/p"), drop);
        HttpClient client(m_network, fastOptions());
        HttpRequest request = get(server.url(QStringLiteral("/p")));
        request.method = "POST";
        request.body = "x=1";
        request.contentType = "text/plain";
        const HttpReply reply = fetch(client, request);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error->kind, ErrorKind::Network);
        QVERIFY(reply.maybeSent);
        QCOMPARE(server.count(QStringLiteral("/p")), 1);

        // Nobody listening: the request certainly did not leave.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/p").arg(port));
        const HttpReply refused = fetch(client, request);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.maybeSent);
    }

    void postIsRetriedAfterRateLimit()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse limited = ScriptedResponse::ok("slow down", "text/plain");
        limited.status = 429;
        limited.header("Retry-After", "1");
        server.routeSequence(QStringLiteral("/p"),
                             {limited, ScriptedResponse::ok("ok", "text/plain")});
        HttpClient client(m_network, fastOptions());
        HttpRequest request = get(server.url(QStringLiteral("/p")));
        request.method = "POST";
        request.body = "x=1";
        request.contentType = "text/plain";
        const HttpReply reply = fetch(client, request);
        QVERIFY(reply.ok());
        QCOMPARE(server.count(QStringLiteral("/p")), 2);
        QCOMPARE(server.requests().at(1).body, QByteArray("x=1"));
    }

    void postRedirects()
    {
        LocalHttpServer server;
        LocalHttpServer other;
        QVERIFY(server.listen());
        QVERIFY(other.listen());
        server.route(QStringLiteral("/same"), ScriptedResponse::redirect(307, "/moved"));
        server.route(QStringLiteral("/moved"), ScriptedResponse::ok("here", "text/plain"));
        server.route(QStringLiteral("/see"), ScriptedResponse::redirect(303, "/result"));
        server.route(QStringLiteral("/result"), ScriptedResponse::ok("result", "text/plain"));
        server.route(QStringLiteral("/away"),
                     ScriptedResponse::redirect(307, other.url(QStringLiteral("/x")).toEncoded()));
        HttpClient client(m_network, fastOptions());
        HttpRequest request = get(server.url(QStringLiteral("/same")));
        request.method = "POST";
        request.body = "payload";
        request.contentType = "text/plain";
        request.headers = {{"Api-Key", "secret"}};

        const HttpReply same = fetch(client, request);
        QVERIFY2(same.ok(), qPrintable(same.ok() ? QString() : same.error->message));
        QCOMPARE(same.body, QByteArray("here"));
        QCOMPARE(server.requests().at(1).method, QByteArray("POST"));
        QCOMPARE(server.requests().at(1).body, QByteArray("payload"));

        request.url = server.url(QStringLiteral("/see"));
        const HttpReply see = fetch(client, request);
        QVERIFY(see.ok());
        QCOMPARE(see.body, QByteArray("result"));
        QCOMPARE(server.requests().constLast().method, QByteArray("GET"));
        QVERIFY(server.requests().constLast().body.isEmpty());

        request.url = server.url(QStringLiteral("/away"));
        const HttpReply away = fetch(client, request);
        QVERIFY(!away.ok());
        QVERIFY(away.error->message.contains(QStringLiteral("another server")));
        QCOMPARE(other.requests().size(), 0);
    }

    void headersStayWithTheirHost()
    {
        LocalHttpServer server;
        LocalHttpServer other;
        QVERIFY(server.listen());
        QVERIFY(other.listen());
        server.route(QStringLiteral("/r"),
                     ScriptedResponse::redirect(302, other.url(QStringLiteral("/x")).toEncoded()));
        other.route(QStringLiteral("/x"), ScriptedResponse::ok("x", "text/plain"));
        HttpClient client(m_network, fastOptions());
        HttpRequest request = get(server.url(QStringLiteral("/r")));
        request.headers = {{"Authorization", "Bearer secret"}};
        const HttpReply reply = fetch(client, request);
        QVERIFY(reply.ok());
        QCOMPARE(server.requests().at(0).header("authorization"), QByteArray("Bearer secret"));
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(other.requests().at(0).header("authorization").isEmpty());
    }

    void cancelDropsTheCallback()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse slow = ScriptedResponse::ok("x", "text/xml");
        slow.delayMs = 300;
        server.route(QStringLiteral("/c"), slow);
        HttpClient client(m_network, fastOptions());
        bool called = false;
        const quint64 id = client.get(get(server.url(QStringLiteral("/c"))),
                                      [&](const HttpReply &) { called = true; });
        QTest::qWait(50);
        client.cancel(id);
        QTest::qWait(500);
        QVERIFY(!called);
        QCOMPARE(client.running(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "test_http_client.moc"
