// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/mastodon/MastodonApi.h"
#include "core/connectors/mastodon/MastodonParser.h"
#include "tests/connectors/JsonSample.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace earshot;

namespace {
const QUrl kInstance(QStringLiteral("https://mastodon.example"));
}

class TestMastodonParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusEntity()
    {
        const QByteArray body = test::apiSample(QStringLiteral("mastodon/entities/Status.json"));
        QVERIFY(!body.isEmpty());
        Result<Item> item = MastodonParser::status(body, kInstance);
        QVERIFY2(item.ok(), qPrintable(item.ok() ? QString() : item.error().message));
        QCOMPARE(item->platform, QStringLiteral("mastodon"));
        QCOMPARE(item->externalId, QStringLiteral("103270115826048975"));
        QCOMPARE(item->url, QStringLiteral("https://mastodon.social/@Gargron/103270115826048975"));
        QCOMPARE(item->author.handle, QStringLiteral("@Gargron@mastodon.social"));
        QCOMPARE(item->author.name, QStringLiteral("Eugen"));
        QCOMPARE(item->author.followers, qint64(322930));
        QVERIFY(item->parentId.isEmpty());
        QVERIFY(item->threadId.isEmpty());
        QVERIFY(item->text.startsWith(QStringLiteral("\"I lost my inheritance")));
        QVERIFY(!item->html.contains(QStringLiteral("target=")));
        QCOMPARE(item->lang, QStringLiteral("en"));
        QCOMPARE(item->publishedMs, qint64(1575776913901));
    }

    void homeTimeline()
    {
        Result<std::vector<Item>> items = MastodonParser::statuses(
            test::apiSample(QStringLiteral("mastodon/methods/timelines/home__200.jsonc")),
            kInstance);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), std::size_t(1));
        QCOMPARE(items->front().externalId, QStringLiteral("103206791453397862"));
    }

    void hashtagTimelineKeepsTags()
    {
        Result<std::vector<Item>> items = MastodonParser::statuses(
            test::apiSample(QStringLiteral("mastodon/methods/timelines/tag__200.jsonc")),
            kInstance);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), std::size_t(2));
        QVERIFY(items->front().tags.contains(QStringLiteral("#cats")));
    }

    void accountStatuses()
    {
        Result<std::vector<Item>> items = MastodonParser::statuses(
            test::apiSample(QStringLiteral("mastodon/methods/accounts/statuses__200.jsonc")),
            kInstance);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), std::size_t(1));
    }

    void mentions()
    {
        const QByteArray body =
            test::apiSample(QStringLiteral("mastodon/methods/notifications/get__200.jsonc"));
        Result<std::vector<Item>> mentions = MastodonParser::notifications(body, kInstance, true);
        QVERIFY(mentions.ok());
        QCOMPARE(mentions->size(), std::size_t(1));
        const Item &m = mentions->front();
        QCOMPARE(m.externalId, QStringLiteral("103186126728896492"));
        QCOMPARE(m.parentId, QStringLiteral("103186038209478945"));
        QCOMPARE(m.author.handle, QStringLiteral("@zsc@mastodon.example"));
        QCOMPARE(m.text, QStringLiteral("@trwnh sup!"));
        QCOMPARE(m.extra.value(QLatin1String("notification_id")).toString(),
                 QStringLiteral("34975861"));
        // Without the filter, notifications with a status are all kept.
        Result<std::vector<Item>> all = MastodonParser::notifications(body, kInstance, false);
        QVERIFY(all.ok());
        QVERIFY(all->size() >= mentions->size());
    }

    void searchStatuses()
    {
        Result<std::vector<Item>> items = MastodonParser::search(
            test::apiSample(QStringLiteral("mastodon/methods/search/v2__200.jsonc")), kInstance);
        QVERIFY(items.ok());
        QVERIFY(!items->empty());
        QCOMPARE(items->front().externalId, QStringLiteral("103085519055545958"));
    }

    void threadContext()
    {
        Result<std::vector<Item>> items = MastodonParser::context(
            test::apiSample(QStringLiteral("mastodon/methods/statuses/context__200.jsonc")),
            kInstance, QStringLiteral("103188990000000000"));
        QVERIFY(items.ok());
        QVERIFY(items->size() >= 4);
        const QString root = QStringLiteral("103188938570975982");
        QCOMPARE(items->front().externalId, root);
        QVERIFY(items->front().threadId.isEmpty());
        for (std::size_t i = 1; i < items->size(); ++i)
            QCOMPARE(items->at(i).threadId, root);
        QCOMPARE(items->at(1).parentId, root);
    }

    void createdStatus()
    {
        Result<Item> item = MastodonParser::status(
            test::apiSample(QStringLiteral("mastodon/methods/statuses/create__200_2.json")),
            kInstance);
        QVERIFY(item.ok());
        QCOMPARE(item->externalId, QStringLiteral("3221"));
    }

    void errorMessages()
    {
        QCOMPARE(MastodonParser::errorMessage(
                     test::apiSample(QStringLiteral("mastodon/methods/timelines/home__401.json"))),
                 QStringLiteral("The access token is invalid"));
        QCOMPARE(MastodonParser::errorMessage(
                     test::apiSample(QStringLiteral("mastodon/methods/statuses/create__422.json"))),
                 QStringLiteral("Validation failed: Text can't be blank"));
        QVERIFY(MastodonParser::errorMessage("<html>502</html>").isEmpty());
    }

    void brokenPayloads_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray full = test::apiSample(QStringLiteral("mastodon/entities/Status.json"));
        QTest::newRow("truncated") << (QByteArray("[") + full.left(full.size() / 2));
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("object instead of list") << full;
    }

    void brokenPayloads()
    {
        QFETCH(QByteArray, body);
        Result<std::vector<Item>> items = MastodonParser::statuses(body, kInstance);
        QVERIFY(!items.ok());
        QCOMPARE(items.error().kind, ErrorKind::BadPayload);
        QVERIFY(items.error().message.contains(QStringLiteral("Mastodon")));
    }

    void entriesWithoutIdAreSkipped()
    {
        Result<std::vector<Item>> items = MastodonParser::statuses(
            "[{\"content\":\"x\"}, 5, {\"id\":\"7\",\"content\":\"<p>a</p>\"}]", kInstance);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), std::size_t(1));
        QCOMPARE(items->front().externalId, QStringLiteral("7"));
    }

    // Servers that are lax about JSON: a byte order mark, raw control characters in strings
    // and lone surrogate escapes were always read, and still are.
    void laxJsonStillReads()
    {
        const QByteArray body =
            "\xEF\xBB\xBF[{\"id\":\"1\",\"content\":\"<p>a\tb</p>\"},"
            "{\"id\":\"2\",\"spoiler_text\":\"x\\ud800y\",\"content\":\"<p>c</p>\"}]";
        Result<std::vector<Item>> items = MastodonParser::statuses(body, kInstance);
        QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : items.error().message));
        QCOMPARE(items->size(), std::size_t(2));
        QCOMPARE(items->at(0).externalId, QStringLiteral("1"));
        QCOMPARE(items->at(1).externalId, QStringLiteral("2"));
        QVERIFY(items->at(1).title.startsWith(QLatin1Char('x')));
        // A document that is no list or object is named as before.
        Result<std::vector<Item>> scalar = MastodonParser::statuses("5", kInstance);
        QVERIFY(!scalar.ok());
        QVERIFY2(scalar.error().message.contains(QStringLiteral("at byte")),
                 qPrintable(scalar.error().message));
    }

    // Entries are read one by one into reused memory: every one of a long page arrives whole.
    void longTimelineReadsEveryEntry()
    {
        const QJsonObject sample =
            QJsonDocument::fromJson(
                test::apiSample(QStringLiteral("mastodon/entities/Status.json")))
                .object();
        QJsonArray page;
        for (int n = 0; n < 500; ++n) {
            QJsonObject status = sample;
            status.insert(QLatin1String("id"), QString::number(1000 + n));
            page.append(status);
        }
        Result<std::vector<Item>> items =
            MastodonParser::statuses(QJsonDocument(page).toJson(QJsonDocument::Compact), kInstance);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), std::size_t(500));
        for (int n = 0; n < 500; ++n) {
            const Item &item = items->at(static_cast<std::size_t>(n));
            QCOMPARE(item.externalId, QString::number(1000 + n));
            QCOMPARE(item.author.handle, QStringLiteral("@Gargron@mastodon.social"));
            QVERIFY(item.text.startsWith(QStringLiteral("\"I lost my inheritance")));
        }
    }

    void boostIsTheBoostedStatus()
    {
        const QByteArray body =
            "{\"id\":\"2\",\"account\":{\"id\":\"9\",\"acct\":\"booster\",\"url\":\"https://"
            "a.example/@booster\"},"
            "\"reblog\":{\"id\":\"1\",\"content\":\"<p>orig</"
            "p>\",\"account\":{\"id\":\"8\",\"acct\":\"author@b.example\"}}}";
        Result<Item> item = MastodonParser::status(body, kInstance);
        QVERIFY(item.ok());
        QCOMPARE(item->externalId, QStringLiteral("1"));
        QCOMPARE(item->author.handle, QStringLiteral("@author@b.example"));
        QCOMPARE(item->extra.value(QLatin1String("boosted_by")).toString(),
                 QStringLiteral("@booster@a.example"));
    }

    // Every Link header example of the documentation, quirks included.
    void linkHeadersFromDocs()
    {
        QFile file(test::corpusPath(QStringLiteral("api-samples/mastodon/link-headers.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int checked = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.startsWith('#') || line.isEmpty())
                continue;
            const QByteArray header = line.mid(line.indexOf("Link: ") + 6);
            const MastodonLinks links = MastodonParser::links(header);
            QVERIFY2(links.next.isValid(), line.constData());
            QVERIFY2(!links.maxId.isEmpty(), line.constData());
            QCOMPARE(QUrlQuery(links.next).queryItemValue(QStringLiteral("max_id")), links.maxId);
            if (header.contains("rel=\"prev\""))
                QVERIFY2(!links.minId.isEmpty(), line.constData());
            ++checked;
        }
        QCOMPARE(checked, 26);
        const MastodonLinks guide = MastodonParser::links(
            "<https://mastodon.example/api/v1/endpoint?max_id=7163058>; rel=\"next\", "
            "<https://mastodon.example/api/v1/endpoint?min_id=7275607>; rel=\"prev\"");
        QCOMPARE(guide.maxId, QStringLiteral("7163058"));
        QCOMPARE(guide.minId, QStringLiteral("7275607"));
        QVERIFY(MastodonParser::links("").next.isEmpty());
        QVERIFY(MastodonParser::links("<broken").next.isEmpty());
    }

    void rateLimitHeaders()
    {
        QCOMPARE(MastodonParser::rateLimitResetMs("0", "2019-12-08T04:00:00.000Z"),
                 qint64(1575777600000));
        QCOMPARE(MastodonParser::rateLimitResetMs("12", "2019-12-08T04:00:00.000Z"), qint64(0));
        QCOMPARE(MastodonParser::rateLimitResetMs("0", "soon"), qint64(0));
        QCOMPARE(MastodonParser::rateLimitResetMs("", ""), qint64(0));
    }

    void apiRequests()
    {
        MastodonApi api(QUrl(QStringLiteral("https://mastodon.example")), QStringLiteral("tok"));
        ApiRequest home = api.homeTimeline({MastodonApi::olderCursor(QStringLiteral("42")), 100});
        QCOMPARE(home.method, QByteArray("GET"));
        QCOMPARE(home.url.path(), QStringLiteral("/api/v1/timelines/home"));
        QCOMPARE(QUrlQuery(home.url).queryItemValue(QStringLiteral("max_id")),
                 QStringLiteral("42"));
        QCOMPARE(QUrlQuery(home.url).queryItemValue(QStringLiteral("limit")), QStringLiteral("40"));
        QCOMPARE(home.header("authorization"), QByteArray("Bearer tok"));

        ApiRequest tag = api.hashtagTimeline(QStringLiteral("#café"),
                                             {MastodonApi::newerCursor(QStringLiteral("7")), 0});
        QCOMPARE(tag.url.path(), QStringLiteral("/api/v1/timelines/tag/café"));
        QCOMPARE(QUrlQuery(tag.url).queryItemValue(QStringLiteral("min_id")), QStringLiteral("7"));
        QCOMPARE(QUrlQuery(tag.url).queryItemValue(QStringLiteral("limit")), QStringLiteral("20"));

        ApiRequest mentions = api.notifications({});
        QCOMPARE(mentions.url.path(), QStringLiteral("/api/v1/notifications"));
        QCOMPARE(QUrlQuery(mentions.url).queryItemValue(QStringLiteral("types[]")),
                 QStringLiteral("mention"));

        ApiRequest search = api.searchStatuses(QStringLiteral("a&b c"), {});
        QCOMPARE(search.url.path(), QStringLiteral("/api/v2/search"));
        QCOMPARE(QUrlQuery(search.url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("a&b c"));
        QCOMPARE(QUrlQuery(search.url).queryItemValue(QStringLiteral("type")),
                 QStringLiteral("statuses"));

        QCOMPARE(api.accountStatuses(QStringLiteral("14715"), {}).url.path(),
                 QStringLiteral("/api/v1/accounts/14715/statuses"));
        QCOMPARE(api.context(QStringLiteral("1/2")).url.path(QUrl::FullyEncoded),
                 QStringLiteral("/api/v1/statuses/1%2F2/context"));

        ApiRequest reply = api.postReply({QStringLiteral("103186126728896492"),
                                          QStringLiteral("Thanks!"), QStringLiteral("key-1")});
        QCOMPARE(reply.method, QByteArray("POST"));
        QCOMPARE(reply.url.path(), QStringLiteral("/api/v1/statuses"));
        QCOMPARE(reply.header("Idempotency-Key"), QByteArray("key-1"));
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("Thanks!"));
        QCOMPARE(body.value(QLatin1String("in_reply_to_id")).toString(),
                 QStringLiteral("103186126728896492"));

        // An instance under a path keeps it.
        MastodonApi sub(QUrl(QStringLiteral("https://example.org/social")), QStringLiteral("t"));
        QCOMPARE(sub.homeTimeline({}).url.path(), QStringLiteral("/social/api/v1/timelines/home"));
    }
};

QTEST_GUILESS_MAIN(TestMastodonParser)
#include "test_mastodon_parser.moc"
