// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/ApiTransport.h"
#include "core/connectors/mastodon/MastodonConnector.h"
#include "core/net/HttpErrors.h"
#include "core/services/Workspace.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "tests/connectors/ConnectorHarness.h"
#include "tests/connectors/JsonSample.h"
#include "tests/connectors/PlainTransport.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TempDir.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QUrlQuery>

using namespace earshot;
using test::json;
using test::LocalHttpServer;
using test::PlainTransport;
using test::ScriptedResponse;

class TestMastodonConnector : public QObject {
    Q_OBJECT

    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<PlainTransport> m_transport;
    std::unique_ptr<MastodonConnector> m_connector;

    FetchResult fetch(const Timeline &timeline, const PageRequest &page = {})
    {
        return test::fetchNow(*m_connector, timeline, page);
    }

    ReplyResult reply(const ReplyRequest &request) { return test::replyNow(*m_connector, request); }

    const test::RecordedRequest &last() const { return m_server->requests().constLast(); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<LocalHttpServer>();
        QVERIFY(m_server->listen());
        m_transport = std::make_unique<PlainTransport>();
        m_connector = std::make_unique<MastodonConnector>(*m_transport, test::baseUrl(*m_server),
                                                          QStringLiteral("secret-token"));
    }

    void cleanup()
    {
        m_connector.reset();
        m_transport.reset();
        m_server.reset();
    }

    void homeTimelineWithPaging()
    {
        const QByteArray next =
            "<" +
            m_server->url(QStringLiteral("/api/v1/timelines/home?max_id=103206791453397862"))
                .toEncoded() +
            ">; rel=\"next\", <" +
            m_server->url(QStringLiteral("/api/v1/timelines/home?min_id=103206800000000000"))
                .toEncoded() +
            ">; rel=\"prev\"";
        m_server->route(
            QStringLiteral("/api/v1/timelines/home?limit=20"),
            json(test::apiSample(QStringLiteral("mastodon/methods/timelines/home__200.jsonc")))
                .header("Link", next));
        FetchResult page = fetch({Timeline::Kind::Home, {}});
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error->message));
        QCOMPARE(page.items.size(), std::size_t(1));
        QCOMPARE(page.olderCursor, QStringLiteral("max:103206791453397862"));
        QCOMPARE(page.newerCursor, QStringLiteral("min:103206800000000000"));
        QCOMPARE(last().method, QByteArray("GET"));
        QCOMPARE(last().header("authorization"), QByteArray("Bearer secret-token"));
        QCOMPARE(last().header("accept"), QByteArray("application/json"));

        // The next page asks for max_id; the last page has no Link: no older cursor.
        m_server->route(QStringLiteral("/api/v1/timelines/home?limit=20&max_id=103206791453397862"),
                        json("[]"));
        FetchResult older = fetch({Timeline::Kind::Home, {}}, {page.olderCursor, 0});
        QVERIFY(older.ok());
        QVERIFY(older.items.empty());
        QVERIFY(older.olderCursor.isEmpty());
    }

    void everyTimelineKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("sample");
        QTest::addColumn<int>("count");
        QTest::newRow("hashtag") << int(Timeline::Kind::Hashtag) << "#cats"
                                 << "/api/v1/timelines/tag/cats?limit=20"
                                 << "mastodon/methods/timelines/tag__200.jsonc" << 2;
        QTest::newRow("mentions") << int(Timeline::Kind::Mentions) << ""
                                  << "/api/v1/notifications?types[]=mention&limit=20"
                                  << "mastodon/methods/notifications/get__200.jsonc" << 1;
        QTest::newRow("search") << int(Timeline::Kind::Search) << "cats"
                                << "/api/v2/search?q=cats&type=statuses&resolve=false&limit=20"
                                << "mastodon/methods/search/v2__200.jsonc" << 2;
        QTest::newRow("account") << int(Timeline::Kind::AccountPosts) << "14715"
                                 << "/api/v1/accounts/14715/statuses?limit=20"
                                 << "mastodon/methods/accounts/statuses__200.jsonc" << 1;
        QTest::newRow("thread") << int(Timeline::Kind::Thread) << "103188990000000000"
                                << "/api/v1/statuses/103188990000000000/context"
                                << "mastodon/methods/statuses/context__200.jsonc" << -1;
    }

    void everyTimelineKind()
    {
        QFETCH(int, kind);
        QFETCH(QString, argument);
        QFETCH(QString, target);
        QFETCH(QString, sample);
        QFETCH(int, count);
        m_server->route(target, json(test::apiSample(sample)));
        FetchResult page = fetch({Timeline::Kind(kind), argument});
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error->message));
        QCOMPARE(QString::fromUtf8(last().target), target);
        QCOMPARE(last().header("authorization"), QByteArray("Bearer secret-token"));
        if (count >= 0)
            QCOMPARE(int(page.items.size()), count);
        else
            QVERIFY(page.items.size() >= 4);
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("401") << 401
                             << test::apiSample(
                                    QStringLiteral("mastodon/methods/timelines/home__401.json"))
                             << QByteArray() << int(ErrorKind::Unauthorized)
                             << "The access token is invalid";
        QTest::newRow("403") << 403
                             << test::apiSample(QStringLiteral(
                                    "mastodon/methods/accounts/verify_credentials__403.json"))
                             << QByteArray() << int(ErrorKind::Forbidden) << "";
        QTest::newRow("429") << 429 << QByteArray("{\"error\":\"Too many requests\"}")
                             << QByteArray("120") << int(ErrorKind::RateLimited)
                             << "Too many requests";
        QTest::newRow("503") << 503 << QByteArray("<html>down</html>") << QByteArray()
                             << int(ErrorKind::ServerError) << "";
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
        m_server->route(QStringLiteral("/api/v1/timelines/home?limit=20"), r);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        FetchResult page = fetch({Timeline::Kind::Home, {}});
        QVERIFY(!page.ok());
        QCOMPARE(int(page.error->kind), kind);
        QVERIFY(page.items.empty());
        if (!says.isEmpty())
            QVERIFY2(page.error->message.contains(says), qPrintable(page.error->message));
        if (!retryAfter.isEmpty())
            QVERIFY(page.retryAtMs >= before + 119'000);
    }

    void rateLimitHeadersGiveRetryTime()
    {
        ScriptedResponse r = json("{\"error\":\"Too many requests\"}", 429);
        r.header("X-RateLimit-Limit", "300")
            .header("X-RateLimit-Remaining", "0")
            .header("X-RateLimit-Reset", "2030-01-01T00:00:00.000Z");
        m_server->route(QStringLiteral("/api/v1/timelines/home?limit=20"), r);
        FetchResult page = fetch({Timeline::Kind::Home, {}});
        QCOMPARE(page.error->kind, ErrorKind::RateLimited);
        QCOMPARE(page.retryAtMs, qint64(1893456000000));
    }

    void brokenBodies_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        const QByteArray full =
            test::apiSample(QStringLiteral("mastodon/methods/timelines/tag__200.jsonc"));
        QTest::newRow("malformed") << json("[{\"id\": \"1\", ");
        ScriptedResponse cut = json(full);
        cut.truncateAt = full.size() / 2;
        QTest::newRow("truncated") << cut;
        QTest::newRow("html") << ScriptedResponse::ok("<html>maintenance</html>", "text/html");
    }

    void brokenBodies()
    {
        QFETCH(ScriptedResponse, response);
        m_server->route(QStringLiteral("/api/v1/timelines/home?limit=20"), response);
        FetchResult page = fetch({Timeline::Kind::Home, {}});
        QVERIFY(!page.ok());
        QVERIFY(page.items.empty());
        QVERIFY2(
            page.error->kind == ErrorKind::BadPayload || page.error->kind == ErrorKind::Network,
            qPrintable(page.error->message));
        QVERIFY(!page.error->message.isEmpty());
    }

    // Like Mastodon: the same Idempotency-Key gives back the status the first request made.
    // The first answer is cut off after the post was created; the retry gets that post.
    void replyIsIdempotentAcrossALostAnswer()
    {
        QHash<QByteArray, QByteArray> created;  // key -> status id
        int posts = 0;
        test::FirstAnswerLost lose(test::FirstAnswerLost::How::CutAfterHeaders);
        m_server->setFallback([&](const test::RecordedRequest &request) {
            if (request.method != "POST" || request.target != "/api/v1/statuses")
                return json("{\"error\":\"Record not found\"}", 404);
            const QByteArray key = request.header("idempotency-key");
            if (!created.contains(key))
                created.insert(key, QByteArray::number(9000 + ++posts));
            const QByteArray id = created.value(key);
            // The post exists; the first answer never arrives.
            return lose(json("{\"id\":\"" + id + "\",\"url\":\"https://mastodon.example/@brand/" +
                             id + "\",\"content\":\"<p>Thanks</p>\",\"in_reply_to_id\":\"100\"}"));
        });
        const ReplyRequest request{QStringLiteral("100"), QStringLiteral("Thanks"),
                                   QStringLiteral("key-abc")};
        ReplyResult first = reply(request);
        QVERIFY(!first.ok());
        QVERIFY(first.maybeSent);
        ReplyResult second = reply(request);
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error->message));
        QCOMPARE(second.externalId, QStringLiteral("9001"));
        QCOMPARE(posts, 1);
        QCOMPARE(m_server->requests().size(), 2);
        for (const test::RecordedRequest &r : m_server->requests()) {
            QCOMPARE(r.header("idempotency-key"), QByteArray("key-abc"));
            QCOMPARE(r.header("authorization"), QByteArray("Bearer secret-token"));
            QVERIFY(r.header("content-type").startsWith("application/json"));
        }
    }

    // Items land in the store with thread and parent; a broken answer later keeps
    // them and leaves a plain health message on the account.
    void brokenAnswerKeepsStoredItems()
    {
        test::TempDir dir;
        Result<std::unique_ptr<Database>> db =
            Workspace::open(dir.filePath(QStringLiteral("m.sqlite")));
        QVERIFY(db.ok());
        AccountRecord account;
        account.platform = QStringLiteral("mastodon");
        account.baseUrl = m_server->url(QString()).toString();
        account.user = QStringLiteral("brand");
        const qint64 accountId = AccountRepository(**db).add(account);

        const QString target = QStringLiteral("/api/v1/statuses/103188990000000000/context");
        ScriptedResponse broken =
            json(test::apiSample(QStringLiteral("mastodon/methods/statuses/context__200.jsonc")));
        broken.truncateAt = 200;
        m_server->routeSequence(
            target,
            {json(test::apiSample(QStringLiteral("mastodon/methods/statuses/context__200.jsonc"))),
             broken});
        const Timeline thread{Timeline::Kind::Thread, QStringLiteral("103188990000000000")};
        FetchResult good = fetch(thread);
        QVERIFY(good.ok());
        ItemRepository items(**db);
        qint64 replyId = 0;
        for (Item item : good.items) {
            item.source = account.baseUrl;
            const qint64 id = items.upsert(item).id;
            QVERIFY(id > 0);
            if (item.externalId == QStringLiteral("103188971072973252"))
                replyId = id;
        }
        AccountRepository(**db).recordSuccess(accountId, 1);
        const std::optional<StoredItem> stored = items.find(replyId);
        QVERIFY(stored);
        QCOMPARE(stored->item.parentId, QStringLiteral("103188938570975982"));
        QCOMPARE(stored->item.threadId, QStringLiteral("103188938570975982"));
        // (The documentation's context sample elides accounts; authors are checked in the
        // parser test on the full Status sample.)

        FetchResult bad = fetch(thread);
        QVERIFY(!bad.ok());
        AccountRepository(**db).recordFailure(accountId, 2, bad.error->message);
        QVERIFY(items.find(replyId));
        const std::optional<AccountRecord> health = AccountRepository(**db).find(accountId);
        QCOMPARE(health->consecutiveFailures, 1);
        QVERIFY(!health->lastError.isEmpty());
    }

    void replyRejected()
    {
        m_server->route(
            QStringLiteral("/api/v1/statuses"),
            json(test::apiSample(QStringLiteral("mastodon/methods/statuses/create__422.json")),
                 422));
        ReplyResult r = reply({QStringLiteral("100"), QString(), QStringLiteral("k")});
        QVERIFY(!r.ok());
        QVERIFY(!r.maybeSent);
        QVERIFY(r.error->message.contains(QStringLiteral("Text can't be blank")));
    }
};

QTEST_GUILESS_MAIN(TestMastodonConnector)
#include "test_mastodon_connector.moc"
