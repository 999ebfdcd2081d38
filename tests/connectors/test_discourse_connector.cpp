// SPDX-License-Identifier: GPL-3.0-or-later
// The Discourse connector over the production transport (HttpApiTransport over HttpClient)
// against a loopback forum serving the documented Discourse samples.
#include "core/connectors/ConnectorRegistry.h"
#include "core/connectors/HttpApiTransport.h"
#include "core/connectors/discourse/DiscourseConnector.h"
#include "core/net/HttpClient.h"
#include "core/services/Workspace.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/sync/Outbox.h"
#include "tests/connectors/ConnectorHarness.h"
#include "tests/connectors/JsonSample.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TempDir.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

using namespace earshot;
using test::json;
using test::RecordedRequest;
using test::ScriptedResponse;

namespace {

QByteArray sample(const char *relative)
{
    return test::apiSample(QStringLiteral("discourse/responses/") + QLatin1String(relative));
}

// A sample with one top-level field changed.
QByteArray withField(const QByteArray &body, const QString &path, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(body).object();
    const QStringList keys = path.split(QLatin1Char('.'));
    if (keys.size() == 1) {
        o.insert(keys[0], value);
    } else {
        QJsonObject inner = o.value(keys[0]).toObject();
        inner.insert(keys[1], value);
        o.insert(keys[0], inner);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}  // namespace

class TestDiscourseConnector : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<test::LocalHttpServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Connector> m_connector;

    QUrl site() const { return test::baseUrl(*m_server); }

    std::unique_ptr<Connector> make(const QString &token, const QString &user)
    {
        const ConnectorInfo *info = ConnectorRegistry::find(QStringLiteral("discourse"));
        if (!info || !info->create)
            return nullptr;
        return info->create(*m_http, {site(), user, token});
    }

    FetchResult fetch(const Timeline &timeline, const PageRequest &page = {})
    {
        return test::fetchNow(*m_connector, timeline, page);
    }

    ReplyResult reply(const ReplyRequest &request) { return test::replyNow(*m_connector, request); }

    const RecordedRequest &last() const { return m_server->requests().constLast(); }

    int posts() const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->requests())
            n += r.method == "POST" ? 1 : 0;
        return n;
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
        m_connector = make(QStringLiteral("key-123"), QStringLiteral("brand"));
        QVERIFY(m_connector);
        QCOMPARE(m_connector->platform(), QStringLiteral("discourse"));
    }

    void cleanup()
    {
        m_connector.reset();
        m_http.reset();
        m_server.reset();
    }

    void latestWithAuthAndPaging()
    {
        m_server->route(QStringLiteral("/latest.json"),
                        json(withField(sample("topics/latest_topics_response.json"),
                                       QStringLiteral("topic_list.more_topics_url"),
                                       QStringLiteral("/latest?no_definitions=true&page=1"))));
        const FetchResult page = fetch({Timeline::Kind::Latest, {}});
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error->message));
        QCOMPARE(page.items.size(), std::size_t(3));
        QCOMPARE(page.items.front().externalId, QStringLiteral("topic:13"));
        QCOMPARE(page.items.front().platform, QStringLiteral("discourse"));
        QCOMPARE(page.olderCursor, QStringLiteral("page:1"));
        QCOMPARE(last().method, QByteArray("GET"));
        QCOMPARE(last().header("api-key"), QByteArray("key-123"));
        QCOMPARE(last().header("api-username"), QByteArray("brand"));
        QCOMPARE(last().header("accept"), QByteArray("application/json"));
        QVERIFY(last().header("user-api-key").isEmpty());

        m_server->route(QStringLiteral("/latest.json?page=1"),
                        json(sample("topics/latest_topics_response.json")));
        const FetchResult older = fetch({Timeline::Kind::Latest, {}}, {page.olderCursor, 0});
        QVERIFY(older.ok());
        QCOMPARE(last().target, QByteArray("/latest.json?page=1"));
        QVERIFY(older.olderCursor.isEmpty());  // the sample has no more topics
    }

    void userApiKey()
    {
        m_connector = make(QStringLiteral("user-api-key:uk-9"), QString());
        m_server->route(QStringLiteral("/latest.json"),
                        json(sample("topics/latest_topics_response.json")));
        QVERIFY(fetch({Timeline::Kind::Latest, {}}).ok());
        QCOMPARE(last().header("user-api-key"), QByteArray("uk-9"));
        QVERIFY(last().header("api-key").isEmpty());
        QVERIFY(last().header("api-username").isEmpty());
    }

    void categorySearchAndThread()
    {
        m_server->route(QStringLiteral("/c/support/7.json"),
                        json(sample("topics/latest_topics_response.json")));
        const FetchResult category = fetch({Timeline::Kind::Category, QStringLiteral("support/7")});
        QVERIFY(category.ok());
        QCOMPARE(category.items.size(), std::size_t(3));

        m_server->setFallback([](const RecordedRequest &request) {
            if (request.target.startsWith("/search.json"))
                return json(withField(sample("search/query_response.json"),
                                      QStringLiteral("grouped_search_result.more_posts"), true));
            return json("{\"errors\":[\"not found\"]}", 404);
        });
        const FetchResult search = fetch({Timeline::Kind::Search, QStringLiteral("billing error")});
        QVERIFY(search.ok());
        QCOMPARE(search.items.size(), std::size_t(1));
        const QUrlQuery query(QUrl::fromEncoded(last().target).query());
        QCOMPARE(QUrl::fromEncoded(last().target).path(), QStringLiteral("/search.json"));
        QCOMPARE(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("billing error"));
        QCOMPARE(search.olderCursor, QStringLiteral("page:2"));
        const FetchResult second = fetch({Timeline::Kind::Search, QStringLiteral("billing error")},
                                         {search.olderCursor, 0});
        QVERIFY(second.ok());
        QCOMPARE(QUrlQuery(QUrl::fromEncoded(last().target).query())
                     .queryItemValue(QStringLiteral("page")),
                 QStringLiteral("2"));
        QCOMPARE(second.olderCursor, QStringLiteral("page:3"));

        // A thread by its topic, and by a post id (looked up first).
        m_server->route(QStringLiteral("/t/13.json"), json(sample("topics/topic_response.json")));
        const FetchResult thread = fetch({Timeline::Kind::Thread, QStringLiteral("topic:13")});
        QVERIFY(thread.ok());
        QCOMPARE(thread.items.size(), std::size_t(1));
        QCOMPARE(thread.items.front().externalId, QStringLiteral("16"));
        m_server->route(QStringLiteral("/posts/16.json"),
                        json(withField(sample("posts/get_post_response.json"),
                                       QStringLiteral("topic_id"), 13)));
        m_server->clearRequests();
        const FetchResult byPost = fetch({Timeline::Kind::Thread, QStringLiteral("16")});
        QVERIFY(byPost.ok());
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(0).target, QByteArray("/posts/16.json"));
        QCOMPARE(m_server->requests().at(1).target, QByteArray("/t/13.json"));

        const FetchResult unsupported = fetch({Timeline::Kind::Home, {}});
        QCOMPARE(unsupported.error->kind, ErrorKind::InvalidInput);
    }

    void replyPostsToTheTopic()
    {
        m_server->route(QStringLiteral("/posts.json"),
                        json(sample("topics/new_topic_response.json")));
        const ReplyResult posted = reply(
            {QStringLiteral("13/4"), QStringLiteral("Thanks, fixed."), QStringLiteral("key-x")});
        QVERIFY2(posted.ok(), qPrintable(posted.ok() ? QString() : posted.error->message));
        QCOMPARE(posted.externalId, QStringLiteral("20"));
        QVERIFY(posted.url.toString().endsWith(
            QStringLiteral("/t/b793cb62-e23e-c2da-7e55-9f332f3963d0/17/1")));
        QCOMPARE(last().method, QByteArray("POST"));
        QCOMPARE(last().target, QByteArray("/posts.json"));
        QCOMPARE(last().header("api-key"), QByteArray("key-123"));
        QCOMPARE(last().header("api-username"), QByteArray("brand"));
        QVERIFY(last().header("content-type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(last().body).object();
        QCOMPARE(body.value(QLatin1String("topic_id")).toInteger(), 13);
        QCOMPARE(body.value(QLatin1String("reply_to_post_number")).toInt(), 4);
        QCOMPARE(body.value(QLatin1String("raw")).toString(), QStringLiteral("Thanks, fixed."));

        // Answering a topic: no post number.
        QVERIFY(reply({QStringLiteral("topic:13"), QStringLiteral("Hi"), {}}).ok());
        const QJsonObject toTopic = QJsonDocument::fromJson(last().body).object();
        QCOMPARE(toTopic.value(QLatin1String("topic_id")).toInteger(), 13);
        QVERIFY(!toTopic.contains(QLatin1String("reply_to_post_number")));
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("401") << 401
                             << QByteArray(
                                    "{\"errors\":[\"You are not permitted to view the "
                                    "requested resource. The API username or key is "
                                    "invalid.\"],\"error_type\":\"invalid_access\"}")
                             << QByteArray() << int(ErrorKind::Unauthorized)
                             << "The API username or key is invalid.";
        QTest::newRow("403") << 403
                             << QByteArray(
                                    "{\"errors\":[\"You are not permitted to view the "
                                    "requested resource.\"]}")
                             << QByteArray() << int(ErrorKind::Forbidden) << "not permitted";
        QTest::newRow("429") << 429
                             << QByteArray(
                                    "{\"errors\":[\"You've performed this action too many "
                                    "times.\"],\"extras\":{\"wait_seconds\":40}}")
                             << QByteArray("40") << int(ErrorKind::RateLimited) << "too many times";
        QTest::newRow("502") << 502 << QByteArray("<html>bad gateway</html>") << QByteArray()
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
        m_server->route(QStringLiteral("/latest.json"), r);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const FetchResult page = fetch({Timeline::Kind::Latest, {}});
        QVERIFY(!page.ok());
        QCOMPARE(int(page.error->kind), kind);
        QVERIFY(page.items.empty());
        if (!says.isEmpty())
            QVERIFY2(page.error->message.contains(says), qPrintable(page.error->message));
        if (!retryAfter.isEmpty())
            QVERIFY(page.retryAtMs >= before + 39'000);
        if (status >= 500)  // a read is retried by the client before it gives up
            QVERIFY(m_server->count(QStringLiteral("/latest.json")) > 1);

        // A refused reply is not "maybe sent", except after a server failure.
        m_server->route(QStringLiteral("/posts.json"), r);
        const ReplyResult refused = reply({QStringLiteral("topic:13"), QStringLiteral("x"), {}});
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error->kind), kind);
        QCOMPARE(refused.maybeSent, status >= 500);
        // After a long Retry-After the client leaves the forum alone: nothing is sent.
        QCOMPARE(posts(), status == 429 ? 0 : 1);
    }

    void brokenBodies_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        const QByteArray full = sample("topics/latest_topics_response.json");
        QTest::newRow("malformed") << json("{\"topic_list\": {\"topics\": [");
        ScriptedResponse cut = json(full);
        cut.truncateAt = full.size() / 2;
        QTest::newRow("truncated") << cut;
        QTest::newRow("html") << ScriptedResponse::ok("<html>maintenance</html>", "text/html");
        QTest::newRow("wrong shape") << json("{\"topic_list\": 5}");
    }

    void brokenBodies()
    {
        QFETCH(ScriptedResponse, response);
        m_server->route(QStringLiteral("/latest.json"), response);
        const FetchResult page = fetch({Timeline::Kind::Latest, {}});
        QVERIFY(!page.ok());
        QVERIFY(page.items.empty());
        QVERIFY2(
            page.error->kind == ErrorKind::BadPayload || page.error->kind == ErrorKind::Network,
            qPrintable(page.error->message));
        QVERIFY(!page.error->message.isEmpty());
    }

    // The forum accepts the post, then the connection dies before the answer. The retry
    // through the outbox finds the post in the topic and does not post a second time.
    void lostAnswerIsFoundNotPostedTwice()
    {
        test::TempDir dir;
        Result<std::unique_ptr<Database>> opened =
            Workspace::open(dir.filePath(QStringLiteral("d.sqlite")));
        QVERIFY(opened.ok());
        Database &db = **opened;
        AccountRecord account;
        account.platform = QStringLiteral("discourse");
        account.baseUrl = site().toString();
        account.user = QStringLiteral("brand");
        const qint64 accountId = AccountRepository(db).add(account);

        // The topic in the store, as a sync left it.
        Item topic;
        topic.platform = QStringLiteral("discourse");
        topic.source = site().toString() + QStringLiteral("/latest");
        topic.externalId = QStringLiteral("topic:13");
        topic.title = QStringLiteral("Billing is broken");
        topic.publishedMs = 1'700'000'000'000;
        qint64 topicItem = 0;
        {
            Transaction t(db);
            topicItem = ItemRepository(db).upsert(topic).id;
            t.commit();
        }

        // The forum: topic 13 with one post by a customer; POST /posts.json adds ours.
        QJsonArray thread{
            QJsonObject{{QLatin1String("id"), 16},
                        {QLatin1String("username"), QLatin1String("customer")},
                        {QLatin1String("post_number"), 1},
                        {QLatin1String("topic_id"), 13},
                        {QLatin1String("topic_slug"), QLatin1String("billing")},
                        {QLatin1String("cooked"), QLatin1String("<p>Help</p>")},
                        {QLatin1String("created_at"), QLatin1String("2023-11-14T20:00:00.000Z")}}};
        int created = 0;
        test::FirstAnswerLost lose;
        m_server->setFallback([&](const RecordedRequest &request) {
            if (request.method == "GET" && request.target == "/t/13.json") {
                const QJsonObject o{
                    {QLatin1String("id"), 13},
                    {QLatin1String("title"), QLatin1String("Billing is broken")},
                    {QLatin1String("highest_post_number"), thread.size()},
                    {QLatin1String("post_stream"), QJsonObject{{QLatin1String("posts"), thread}}}};
                return json(QJsonDocument(o).toJson(QJsonDocument::Compact));
            }
            if (request.method != "POST" || request.target != "/posts.json")
                return json("{\"errors\":[\"not found\"]}", 404);
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QJsonObject post{
                {QLatin1String("id"), 100 + ++created},
                {QLatin1String("username"), QString::fromUtf8(request.header("api-username"))},
                {QLatin1String("post_number"), thread.size() + 1},
                {QLatin1String("topic_id"), body.value(QLatin1String("topic_id"))},
                {QLatin1String("topic_slug"), QLatin1String("billing")},
                {QLatin1String("raw"), body.value(QLatin1String("raw"))},
                {QLatin1String("cooked"),
                 QStringLiteral("<p>%1</p>").arg(body.value(QLatin1String("raw")).toString())},
                {QLatin1String("created_at"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
            thread.append(post);
            return lose(json(QJsonDocument(post).toJson(QJsonDocument::Compact)));
        });

        OutboxEntry entry;
        entry.accountId = accountId;
        entry.itemId = topicItem;
        entry.inReplyTo = QStringLiteral("topic:13");
        entry.text = QStringLiteral("Thanks, we are on it.");
        entry.draftMs = QDateTime::currentMSecsSinceEpoch();
        const qint64 id = OutboxRepository(db).enqueue(entry, entry.draftMs).id;

        Outbox outbox(directWriter(db));
        const QStringList ours{QStringLiteral("@brand@") + site().host()};
        const auto send = [&]() -> std::pair<OutboxEntry, std::optional<Error>> {
            std::optional<std::pair<OutboxEntry, std::optional<Error>>> answer;
            outbox.send(id, *m_connector, ours,
                        [&](const OutboxEntry &e, const std::optional<Error> &err) {
                            answer.emplace(e, err);
                        });
            if (!QTest::qWaitFor([&] { return answer.has_value(); },
                                 earshot::test::kUnboundedWaitMs))
                return {OutboxEntry{}, Error{ErrorKind::Timeout, QStringLiteral("no answer")}};
            return *answer;
        };

        auto [failed, error] = send();
        QVERIFY(error);
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(created, 1);  // the forum has it
        QCOMPARE(posts(), 1);  // and was asked once: the lost answer was not re-sent

        auto [sent, retryError] = send();
        QVERIFY2(!retryError, qPrintable(retryError ? retryError->message : QString()));
        QCOMPARE(sent.state, OutboxState::Sent);
        QCOMPARE(sent.externalId, QStringLiteral("101"));
        QCOMPARE(created, 1);
        QCOMPARE(posts(), 1);

        // The reply is in the thread and the topic is answered.
        ItemRepository items(db);
        const std::optional<StoredItem> answered = items.find(topicItem);
        QCOMPARE(answered->state.status, ItemStatus::Answered);
        const std::vector<StoredItem> replies = items.replies(topicItem);
        QCOMPARE(replies.size(), std::size_t(1));
        QCOMPARE(replies.front().item.externalId, QStringLiteral("101"));
        QCOMPARE(replies.front().item.text, entry.text);
    }

    // A different text by us in the same topic is not the reply being retried.
    void otherPostOfOursIsNotTakenForTheReply()
    {
        m_server->route(
            QStringLiteral("/t/13.json"),
            json("{\"id\":13,\"highest_post_number\":2,\"post_stream\":{\"posts\":["
                 "{\"id\":30,\"username\":\"brand\",\"post_number\":2,\"topic_id\":13,"
                 "\"raw\":\"Something else\",\"created_at\":\"2030-01-01T00:00:00.000Z\"}]}}"));
        const ReplyResult result = test::findSentNow(
            *m_connector, {QStringLiteral("topic:13"), QStringLiteral("Thanks"), {}},
            QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(result.ok(), qPrintable(test::message(result.error)));
        QVERIFY(result.externalId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiscourseConnector)
#include "test_discourse_connector.moc"
