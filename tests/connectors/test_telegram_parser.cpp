// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/telegram/TelegramApi.h"
#include "core/connectors/telegram/TelegramParser.h"
#include "tests/connectors/TelegramFixtures.h"
#include "tests/support/Corpus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace earshot;

class TestTelegramParser : public QObject {
    Q_OBJECT

    QJsonObject m_types;  // "types" of the Bot API spec
    int m_checkedFields = 0;

    // Every key of `value` is a field of `type` in the spec; nested objects are checked
    // against their own types ("Message", "Array of MessageEntity", ...).
    void checkAgainstSpec(const QJsonValue &value, const QString &type, const QString &where)
    {
        if (type.startsWith(QLatin1String("Array of "))) {
            for (const QJsonValue &element : value.toArray())
                checkAgainstSpec(element, type.mid(9), where + QStringLiteral("[]"));
            return;
        }
        const QJsonObject spec = m_types.value(type).toObject();
        if (spec.isEmpty() || !value.isObject())
            return;  // a scalar type (Integer, String, Boolean...)
        QHash<QString, QString> fields;
        for (const QJsonValue &f : spec.value(QLatin1String("fields")).toArray()) {
            fields.insert(f.toObject().value(QLatin1String("name")).toString(),
                          f.toObject().value(QLatin1String("types")).toArray().at(0).toString());
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = where + QLatin1Char('.') + it.key();
            QVERIFY2(fields.contains(it.key()),
                     qPrintable(path + QStringLiteral(" not in ") + type));
            ++m_checkedFields;
            checkAgainstSpec(it.value(), fields.value(it.key()), path);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(test::corpusPath(QStringLiteral("api-samples/telegram/api.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_types =
            QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("types")).toObject();
        QVERIFY(m_types.contains(QStringLiteral("Update")));
    }

    void fixturesFollowTheSpec()
    {
        for (const QJsonValue &update : QJsonDocument::fromJson(test::telegram::kUpdates)
                                            .object()
                                            .value(QLatin1String("result"))
                                            .toArray())
            checkAgainstSpec(update, QStringLiteral("Update"), QStringLiteral("update"));
        checkAgainstSpec(
            QJsonDocument::fromJson(test::telegram::kSent).object().value(QLatin1String("result")),
            QStringLiteral("Message"), QStringLiteral("sent"));
        QVERIFY(m_checkedFields > 80);
    }

    void messagesAndChannelPosts()
    {
        Result<TelegramUpdates> batch = TelegramParser::updates(test::telegram::kUpdates);
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
        // The callback query carries no message but still moves the offset.
        QCOMPARE(batch->lastUpdateId, qint64(1005));
        QCOMPARE(batch->items.size(), std::size_t(4));

        const Item &question = batch->items.at(0);
        QCOMPARE(question.platform, QStringLiteral("telegram"));
        QCOMPARE(question.externalId, QStringLiteral("-1001234567890_10"));
        QCOMPARE(question.threadId, QStringLiteral("-1001234567890"));
        QVERIFY(question.parentId.isEmpty());
        QCOMPARE(question.author.handle, QStringLiteral("@anna_p"));
        QCOMPARE(question.author.name, QStringLiteral("Anna P"));
        QCOMPARE(question.author.url, QStringLiteral("https://t.me/anna_p"));
        QCOMPARE(question.url, QStringLiteral("https://t.me/acme_chat/10"));
        QCOMPARE(question.sourceTitle, QStringLiteral("Acme users"));
        QCOMPARE(question.text, QStringLiteral("Когда починят оплату?"));
        QCOMPARE(question.publishedMs, qint64(1732780000000));
        QCOMPARE(question.lang, QStringLiteral("ru"));
        QCOMPARE(question.extra.value(QLatin1String("update_id")).toInteger(), qint64(1001));

        const Item &reply = batch->items.at(1);
        QCOMPARE(reply.parentId, QStringLiteral("-1001234567890_10"));
        QCOMPARE(reply.author.handle, QStringLiteral("43"));
        QCOMPARE(reply.author.name, QStringLiteral("Ivan"));

        const Item &post = batch->items.at(2);
        QCOMPARE(post.externalId, QStringLiteral("-1009990001112_77"));
        QCOMPARE(post.author.name, QStringLiteral("Editor"));
        QCOMPARE(post.text, QStringLiteral("Новые тарифы с 1 декабря"));
        // A private channel: the t.me/c/ form of the link.
        QCOMPARE(post.url, QStringLiteral("https://t.me/c/9990001112/77"));

        const Item &edit = batch->items.at(3);
        QCOMPARE(edit.externalId, question.externalId);
        QVERIFY(edit.text.endsWith(QStringLiteral("Уже третий день.")));
        QCOMPARE(edit.extra.value(QLatin1String("edited")).toInteger(), qint64(1732780500000));
    }

    void sentMessage()
    {
        Result<Item> sent = TelegramParser::sent(test::telegram::kSent);
        QVERIFY(sent.ok());
        QCOMPARE(sent->externalId, QStringLiteral("-1001234567890_12"));
        QCOMPARE(sent->parentId, QStringLiteral("-1001234567890_10"));
        QCOMPARE(sent->url, QStringLiteral("https://t.me/acme_chat/12"));
        QCOMPARE(sent->author.handle, QStringLiteral("@acme_bot"));
    }

    void emptyBatch()
    {
        Result<TelegramUpdates> batch = TelegramParser::updates(R"({"ok": true, "result": []})");
        QVERIFY(batch.ok());
        QVERIFY(batch->items.empty());
        QCOMPARE(batch->lastUpdateId, qint64(0));
    }

    void unknownUpdatesAndFieldsAreTolerated()
    {
        Result<TelegramUpdates> batch = TelegramParser::updates(
            R"({"ok": true, "result": [
                {"update_id": 5, "brand_new_kind": {"x": 1}},
                {"update_id": 6, "message": {"message_id": 1, "date": 1, "new_field": [1],
                 "chat": {"id": 99, "type": "private", "first_name": "A"}, "text": "hi"}},
                {"update_id": 7, "message": {"date": 1, "chat": {"id": 99}}}]})");
        QVERIFY(batch.ok());
        QCOMPARE(batch->lastUpdateId, qint64(7));
        QCOMPARE(batch->items.size(), std::size_t(1));
        QVERIFY(batch->items.front().url.isEmpty());  // private chats have no links
    }

    void brokenPayloads_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated")
            << test::telegram::kUpdates.left(test::telegram::kUpdates.size() / 2);
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not ok") << test::telegram::kUnauthorized;
        QTest::newRow("result not a list") << QByteArray(R"({"ok": true, "result": {"a": 1}})");
    }

    void brokenPayloads()
    {
        QFETCH(QByteArray, body);
        Result<TelegramUpdates> batch = TelegramParser::updates(body);
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().kind, ErrorKind::BadPayload);
        QVERIFY(batch.error().message.contains(QStringLiteral("Telegram")));
    }

    void errorAnswers()
    {
        const std::optional<TelegramError> limited =
            TelegramParser::error(test::telegram::kTooManyRequests);
        QVERIFY(limited);
        QCOMPARE(limited->code, 429);
        QCOMPARE(limited->retryAfterSeconds, qint64(7));
        QVERIFY(limited->description.startsWith(QStringLiteral("Too Many Requests")));
        QVERIFY(!TelegramParser::error(test::telegram::kUpdates));
        QVERIFY(!TelegramParser::error("<html>"));
    }

    void apiRequests()
    {
        TelegramApi api(QUrl(QStringLiteral("https://api.telegram.org")),
                        QStringLiteral("123:abc"));
        const ApiRequest first = api.getUpdates(0, 100, 20);
        QCOMPARE(first.method, QByteArray("GET"));
        QCOMPARE(first.url.path(), QStringLiteral("/bot123:abc/getUpdates"));
        const QUrlQuery q(first.url);
        QVERIFY(!q.hasQueryItem(QStringLiteral("offset")));
        QCOMPARE(q.queryItemValue(QStringLiteral("timeout")), QStringLiteral("20"));
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        const QJsonArray allowed =
            QJsonDocument::fromJson(
                q.queryItemValue(QStringLiteral("allowed_updates"), QUrl::FullyDecoded).toUtf8())
                .array();
        QVERIFY(allowed.contains(QStringLiteral("message")));
        QVERIFY(allowed.contains(QStringLiteral("channel_post")));
        QCOMPARE(
            QUrlQuery(api.getUpdates(1006, 10, 0).url).queryItemValue(QStringLiteral("offset")),
            QStringLiteral("1006"));

        const ApiRequest send =
            api.sendMessage(TelegramMessageRef::parse(QStringLiteral("-1001234567890_10")),
                            QStringLiteral("Привет & \"hi\""));
        QCOMPARE(send.method, QByteArray("POST"));
        QCOMPARE(send.url.path(), QStringLiteral("/bot123:abc/sendMessage"));
        QCOMPARE(send.contentType, QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(send.body).object();
        QCOMPARE(body.value(QLatin1String("chat_id")).toInteger(), qint64(-1001234567890));
        QCOMPARE(body.value(QLatin1String("text")).toString(), QStringLiteral("Привет & \"hi\""));
        const QJsonObject replyTo = body.value(QLatin1String("reply_parameters")).toObject();
        QCOMPARE(replyTo.value(QLatin1String("message_id")).toInteger(), qint64(10));
        QVERIFY(replyTo.value(QLatin1String("allow_sending_without_reply")).toBool());

        QVERIFY(!TelegramMessageRef::parse(QStringLiteral("-100123")).isValid());
        QVERIFY(!TelegramMessageRef::parse(QStringLiteral("a_b")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTelegramParser)
#include "test_telegram_parser.moc"
