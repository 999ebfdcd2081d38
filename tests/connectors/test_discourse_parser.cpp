// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/discourse/DiscourseApi.h"
#include "core/connectors/discourse/DiscourseParser.h"
#include "tests/connectors/JsonSample.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace earshot;

namespace {
const QUrl kSite(QStringLiteral("https://forum.example"));
}

class TestDiscourseParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void latestTopics()
    {
        Result<std::vector<Item>> items = DiscourseParser::topicList(
            test::apiSample(
                QStringLiteral("discourse/responses/topics/latest_topics_response.json")),
            kSite);
        QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : items.error().message));
        QCOMPARE(items->size(), std::size_t(3));
        QCOMPARE(items->front().externalId, QStringLiteral("topic:13"));
        QCOMPARE(items->front().platform, QStringLiteral("discourse"));
        QVERIFY(items->front().url.startsWith(QStringLiteral("https://forum.example/t/")));
        QVERIFY(items->front().publishedMs > 0);
    }

    void topicPosts()
    {
        Result<std::vector<Item>> items = DiscourseParser::topicPosts(
            test::apiSample(QStringLiteral("discourse/responses/topics/topic_response.json")),
            kSite);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), std::size_t(1));
        const Item &first = items->front();
        QCOMPARE(first.externalId, QStringLiteral("16"));
        QVERIFY(first.threadId.isEmpty());  // the first post is the thread
        QCOMPARE(first.title,
                 QStringLiteral("About the 9bf05639-c1d6-95e0-b5b1-24c75db096e5 category"));
        QCOMPARE(first.author.handle, QStringLiteral("@discourse1@forum.example"));
        QVERIFY(first.text.startsWith(QStringLiteral("(Replace this first paragraph")));
    }

    void singlePost()
    {
        Result<Item> item = DiscourseParser::post(
            test::apiSample(QStringLiteral("discourse/responses/posts/get_post_response.json")),
            kSite);
        QVERIFY(item.ok());
        QCOMPARE(item->externalId, QStringLiteral("33"));
        QCOMPARE(item->threadId, QStringLiteral("topic:8"));
        QCOMPARE(item->parentId, QStringLiteral("topic:8"));
        QCOMPARE(item->url, QStringLiteral("https://forum.example/t/welcome-to-discourse/8/4"));
        QCOMPARE(item->author.handle, QStringLiteral("@blake@forum.example"));
    }

    void searchPosts()
    {
        Result<std::vector<Item>> items = DiscourseParser::search(
            test::apiSample(QStringLiteral("discourse/responses/search/query_response.json")),
            kSite);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), std::size_t(1));
        QCOMPARE(items->front().externalId, QStringLiteral("16"));
        QVERIFY(!items->front().text.isEmpty());
    }

    void repliesResolveTheirParentWithinThePage()
    {
        const QByteArray body =
            "{\"title\":\"T\",\"post_stream\":{\"posts\":["
            "{\"id\":1,\"post_number\":1,\"topic_id\":5,\"cooked\":\"<p>q</p>\"},"
            "{\"id\":2,\"post_number\":2,\"topic_id\":5,\"cooked\":\"<p>a</"
            "p>\",\"reply_to_post_number\":1},"
            "{\"id\":3,\"post_number\":3,\"topic_id\":5,\"cooked\":\"<p>b</"
            "p>\",\"reply_to_post_number\":2}]}}";
        Result<std::vector<Item>> items = DiscourseParser::topicPosts(body, kSite);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), std::size_t(3));
        QCOMPARE(items->at(1).parentId, QStringLiteral("1"));
        QCOMPARE(items->at(2).parentId, QStringLiteral("2"));
        QCOMPARE(items->at(2).threadId, QStringLiteral("topic:5"));
    }

    void brokenPayloads_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray full = test::apiSample(
            QStringLiteral("discourse/responses/topics/latest_topics_response.json"));
        QTest::newRow("truncated") << full.left(full.size() / 2);
        QTest::newRow("html") << QByteArray("<html>502</html>");
        QTest::newRow("list") << QByteArray("[]");
        QTest::newRow("no topics") << QByteArray("{\"topic_list\":{}}");
    }

    void brokenPayloads()
    {
        QFETCH(QByteArray, body);
        Result<std::vector<Item>> items = DiscourseParser::topicList(body, kSite);
        QVERIFY(!items.ok());
        QCOMPARE(items.error().kind, ErrorKind::BadPayload);
        QVERIFY(items.error().message.contains(QStringLiteral("Discourse")));
    }

    void errorMessages()
    {
        QCOMPARE(DiscourseParser::errorMessage(
                     "{\"errors\":[\"Body is too short\",\"Title is missing\"]}"),
                 QStringLiteral("Body is too short Title is missing"));
        QCOMPARE(DiscourseParser::errorMessage("{\"error\":\"Not logged in\"}"),
                 QStringLiteral("Not logged in"));
        QVERIFY(DiscourseParser::errorMessage("<html/>").isEmpty());
    }

    void apiRequests()
    {
        DiscourseApi api(kSite, QStringLiteral("key"), QStringLiteral("brand"));
        ApiRequest latest = api.latest({QStringLiteral("page:2"), 0});
        QCOMPARE(latest.url.path(), QStringLiteral("/latest.json"));
        QCOMPARE(QUrlQuery(latest.url).queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
        QCOMPARE(latest.header("Api-Key"), QByteArray("key"));
        QCOMPARE(latest.header("Api-Username"), QByteArray("brand"));
        QCOMPARE(api.category(QStringLiteral("support/7"), {}).url.path(),
                 QStringLiteral("/c/support/7.json"));
        ApiRequest search = api.search(QStringLiteral("billing error"), {});
        QCOMPARE(search.url.path(), QStringLiteral("/search.json"));
        QCOMPARE(QUrlQuery(search.url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("billing error"));
        QCOMPARE(
            api.topicPosts(QStringLiteral("topic:8"), {QStringLiteral("post:20"), 0}).url.path(),
            QStringLiteral("/t/8/20.json"));

        ApiRequest reply =
            api.reply({QStringLiteral("8/4"), QStringLiteral("Thanks!"), QStringLiteral("k")});
        QCOMPARE(reply.method, QByteArray("POST"));
        QCOMPARE(reply.url.path(), QStringLiteral("/posts.json"));
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(body.value(QLatin1String("raw")).toString(), QStringLiteral("Thanks!"));
        QCOMPARE(body.value(QLatin1String("topic_id")).toInteger(), 8);
        QCOMPARE(body.value(QLatin1String("reply_to_post_number")).toInt(), 4);
        ApiRequest toTopic = api.reply({QStringLiteral("topic:8"), QStringLiteral("x"), {}});
        QVERIFY(!QJsonDocument::fromJson(toTopic.body)
                     .object()
                     .contains(QLatin1String("reply_to_post_number")));
    }
};

QTEST_GUILESS_MAIN(TestDiscourseParser)
#include "test_discourse_parser.moc"
