// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/vk/VkApi.h"
#include "core/connectors/vk/VkParser.h"
#include "tests/connectors/VkFixtures.h"
#include "tests/support/Corpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace earshot;

namespace {

// Property names of a definition in VK's JSON Schema, following allOf and $ref across the
// schema files.
class VkSchema {
public:
    QSet<QString> properties(const QString &file, const QString &definition)
    {
        const QJsonObject def =
            load(file).value(QLatin1String("definitions")).toObject().value(definition).toObject();
        QSet<QString> names;
        collect(file, def, names);
        return names;
    }

    // The "errors" object of errors.json.
    QJsonObject errors()
    {
        return load(QStringLiteral("errors.json")).value(QLatin1String("errors")).toObject();
    }

private:
    QJsonObject load(const QString &file)
    {
        if (!m_files.contains(file)) {
            QFile f(test::corpusPath(QStringLiteral("api-samples/vk/schema/") + file));
            if (f.open(QIODevice::ReadOnly))
                m_files.insert(file, QJsonDocument::fromJson(f.readAll()).object());
        }
        return m_files.value(file);
    }

    void collect(const QString &file, const QJsonObject &def, QSet<QString> &names)
    {
        const QJsonObject own = def.value(QLatin1String("properties")).toObject();
        for (auto it = own.begin(); it != own.end(); ++it)
            names.insert(it.key());
        QJsonArray parts = def.value(QLatin1String("allOf")).toArray();
        if (def.contains(QLatin1String("$ref")))
            parts.append(def);
        for (const QJsonValue &part : parts) {
            const QJsonObject p = part.toObject();
            const QString ref = p.value(QLatin1String("$ref")).toString();
            if (ref.isEmpty()) {
                if (p != def)
                    collect(file, p, names);
                continue;
            }
            const QString target = ref.section(QLatin1Char('#'), 0, 0);
            const QString name = ref.section(QLatin1Char('/'), -1);
            const QString resolved =
                target.isEmpty()
                    ? file
                    : QDir::cleanPath(QFileInfo(file).path() + QLatin1Char('/') + target);
            if (resolved == file && name.isEmpty())
                continue;
            const QSet<QString> more = properties(resolved, name);
            names.unite(more);
        }
    }

    QHash<QString, QJsonObject> m_files;
};

QSet<QString> keysOf(const QJsonObject &o)
{
    QSet<QString> keys;
    for (auto it = o.begin(); it != o.end(); ++it)
        keys.insert(it.key());
    return keys;
}

QString queryValue(const ApiRequest &request, const QString &key)
{
    return QUrlQuery(request.url).queryItemValue(key, QUrl::FullyDecoded);
}

QString formValue(const ApiRequest &request, const QString &key)
{
    return QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(key, QUrl::FullyDecoded);
}

}  // namespace

class TestVkParser : public QObject {
    Q_OBJECT

    VkSchema m_schema;

    void checkDeclared(const QJsonObject &object, const QString &file, const QString &definition)
    {
        const QSet<QString> declared = m_schema.properties(file, definition);
        QVERIFY2(!declared.isEmpty(), qPrintable(definition));
        for (const QString &key : keysOf(object))
            QVERIFY2(declared.contains(key), qPrintable(definition + QStringLiteral(".") + key));
    }

private Q_SLOTS:
    // The hand-written answers use only fields VK's schema declares.
    void fixturesFollowTheSchema()
    {
        const QJsonObject wall = QJsonDocument::fromJson(test::vk::kWall)
                                     .object()
                                     .value(QLatin1String("response"))
                                     .toObject();
        for (const QJsonValue &post : wall.value(QLatin1String("items")).toArray())
            checkDeclared(post.toObject(), QStringLiteral("wall/objects.json"),
                          QStringLiteral("wall_wallpost_full"));
        for (const QJsonValue &p : wall.value(QLatin1String("profiles")).toArray())
            checkDeclared(p.toObject(), QStringLiteral("users/objects.json"),
                          QStringLiteral("users_user_full"));
        for (const QJsonValue &g : wall.value(QLatin1String("groups")).toArray())
            checkDeclared(g.toObject(), QStringLiteral("groups/objects.json"),
                          QStringLiteral("groups_group_full"));
        const QJsonObject comments = QJsonDocument::fromJson(test::vk::kComments)
                                         .object()
                                         .value(QLatin1String("response"))
                                         .toObject();
        for (const QJsonValue &c : comments.value(QLatin1String("items")).toArray()) {
            checkDeclared(c.toObject(), QStringLiteral("wall/objects.json"),
                          QStringLiteral("wall_wall_comment"));
            const QJsonObject thread = c.toObject().value(QLatin1String("thread")).toObject();
            if (!thread.isEmpty())
                checkDeclared(thread, QStringLiteral("comment/objects.json"),
                              QStringLiteral("comment_thread"));
            for (const QJsonValue &n : thread.value(QLatin1String("items")).toArray())
                checkDeclared(n.toObject(), QStringLiteral("wall/objects.json"),
                              QStringLiteral("wall_wall_comment"));
        }
        QVERIFY(m_schema
                    .properties(QStringLiteral("wall/responses.json"),
                                QStringLiteral("wall_createComment_response"))
                    .contains(QStringLiteral("response")));
    }

    // wall.createComment takes `guid` in the schema, so the connector sends it.
    void createCommentTakesGuid()
    {
        QFile f(test::corpusPath(QStringLiteral("api-samples/vk/selected-methods.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        bool found = false;
        for (const QJsonValue &m : QJsonDocument::fromJson(f.readAll())
                                       .object()
                                       .value(QLatin1String("methods"))
                                       .toArray()) {
            if (m.toObject().value(QLatin1String("name")).toString() !=
                QLatin1String("wall.createComment"))
                continue;
            for (const QJsonValue &p : m.toObject().value(QLatin1String("parameters")).toArray())
                found = found || p.toObject().value(QLatin1String("name")).toString() ==
                                     QLatin1String("guid");
        }
        QVERIFY(found);
        VkApi api(QUrl(QStringLiteral("https://api.vk.com")), QStringLiteral("tok"));
        const ApiRequest r =
            api.createComment(VkPostRef::parse(QStringLiteral("-1_101_501")),
                              QStringLiteral("Спасибо & до встречи"), QStringLiteral("key-1"));
        QCOMPARE(formValue(r, QStringLiteral("guid")), QStringLiteral("key-1"));
    }

    void wallPosts()
    {
        Result<VkPage> page = VkParser::wall(test::vk::kWall);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QCOMPARE(page->total, 1500);
        QCOMPARE(page->topLevel, 2);
        QCOMPARE(page->items.size(), std::size_t(2));
        const Item &post = page->items.at(0);
        QCOMPARE(post.platform, QStringLiteral("vk"));
        QCOMPARE(post.externalId, QStringLiteral("-1_101"));
        QCOMPARE(post.url, QStringLiteral("https://vk.com/wall-1_101"));
        QCOMPARE(post.author.name, QStringLiteral("Acme"));
        QCOMPARE(post.author.handle, QStringLiteral("acme"));
        QCOMPARE(post.author.url, QStringLiteral("https://vk.com/acme"));
        QCOMPARE(post.sourceTitle, QStringLiteral("Acme"));
        QCOMPARE(post.text, QStringLiteral("Тарифы меняются с 1 декабря"));
        QCOMPARE(post.publishedMs, qint64(1732780000000));
        QCOMPARE(post.extra.value(QLatin1String("comments")).toInt(), 3);
        QVERIFY(post.threadId.isEmpty());
        const Item &repost = page->items.at(1);
        QCOMPARE(repost.author.name, QStringLiteral("Анна Петрова"));
        QCOMPARE(repost.author.handle, QStringLiteral("anna"));
        QCOMPARE(repost.text, QStringLiteral("Original announcement"));
        QCOMPARE(repost.extra.value(QLatin1String("repost_of")).toString(), QStringLiteral("-2_7"));
    }

    void commentsWithThreads()
    {
        Result<VkPage> page = VkParser::comments(test::vk::kComments, QStringLiteral("-1_101"));
        QVERIFY(page.ok());
        QCOMPARE(page->topLevel, 2);
        QCOMPARE(page->items.size(), std::size_t(3));  // the deleted comment is left out
        const Item &top = page->items.at(0);
        QCOMPARE(top.externalId, QStringLiteral("-1_101_501"));
        QCOMPARE(top.threadId, QStringLiteral("-1_101"));
        QCOMPARE(top.parentId, QStringLiteral("-1_101"));
        QCOMPARE(top.url, QStringLiteral("https://vk.com/wall-1_101?reply=501"));
        QCOMPARE(top.author.name, QStringLiteral("Анна Петрова"));
        const Item &answer = page->items.at(1);
        QCOMPARE(answer.parentId, QStringLiteral("-1_101_501"));
        QCOMPARE(answer.author.name, QStringLiteral("Acme"));
        QCOMPARE(answer.url, QStringLiteral("https://vk.com/wall-1_101?reply=502&thread=501"));
        const Item &plusOne = page->items.at(2);
        QCOMPARE(plusOne.parentId, QStringLiteral("-1_101_501"));
        QCOMPARE(plusOne.author.handle, QStringLiteral("id66"));
        QCOMPARE(plusOne.author.name, QStringLiteral("Иван"));
    }

    void searchResults()
    {
        Result<VkPage> page = VkParser::search(test::vk::kSearch);
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), std::size_t(1));
        QCOMPARE(page->items.front().externalId, QStringLiteral("77_9"));
        QCOMPARE(page->items.front().author.name, QStringLiteral("Олег Смирнов"));
        QCOMPARE(page->nextFrom, QStringLiteral("20/77_9"));
    }

    void unknownAuthorsAndFieldsAreTolerated()
    {
        Result<VkPage> page = VkParser::wall(
            R"({"response": {"count": 3, "future": {"x": 1}, "items": [
                {"id": 5, "owner_id": -9, "from_id": -9, "date": 1, "text": "a", "new": [1]},
                {"owner_id": -9, "text": "no id"}, "junk"]}})");
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), std::size_t(1));
        QCOMPARE(page->items.front().author.handle, QStringLiteral("club9"));
        QCOMPARE(page->items.front().author.url, QStringLiteral("https://vk.com/club9"));
    }

    void brokenPayloads_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << test::vk::kWall.left(test::vk::kWall.size() / 2);
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no response") << QByteArray(R"({"result": []})");
        QTest::newRow("items missing") << QByteArray(R"({"response": {"count": 0}})");
    }

    void brokenPayloads()
    {
        QFETCH(QByteArray, body);
        Result<VkPage> page = VkParser::wall(body);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ErrorKind::BadPayload);
        QVERIFY(page.error().message.contains(QStringLiteral("VK")));
    }

    void errorAnswer()
    {
        Result<VkPage> page = VkParser::wall(test::vk::kAuthError);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ErrorKind::Unauthorized);
        QVERIFY(page.error().message.contains(QStringLiteral("invalid access_token")));
        QVERIFY(page.error().message.contains(QStringLiteral("error 5")));
        QCOMPARE(VkParser::errorCode(test::vk::kAuthError), 5);
        QCOMPARE(VkParser::errorCode(test::vk::kWall), 0);
        QVERIFY(!VkParser::apiError(test::vk::kWall));
        QCOMPARE(
            VkParser::createdComment(R"({"response": {"comment_id": 777, "parents_stack": []}})")
                .value(),
            qint64(777));
        QCOMPARE(VkParser::createdComment(test::vk::kAuthError).error().kind,
                 ErrorKind::Unauthorized);
    }

    // Every code of VK's errors.json becomes a plain message; the ones Earshot acts on get
    // their own kind.
    void everyDocumentedErrorCode()
    {
        const QJsonObject errors = m_schema.errors();
        QVERIFY(errors.size() > 50);
        QSet<int> codes;
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            const QJsonObject e = it.value().toObject();
            const int code = e.value(QLatin1String("code")).toInt();
            codes.insert(code);
            const Error error =
                VkParser::error(code, e.value(QLatin1String("description")).toString());
            QVERIFY(!error.message.isEmpty());
            QVERIFY(error.message.contains(QStringLiteral("error %1").arg(code)));
        }
        const QList<QPair<int, ErrorKind>> expected{
            {5, ErrorKind::Unauthorized}, {17, ErrorKind::Unauthorized},
            {6, ErrorKind::RateLimited},  {9, ErrorKind::RateLimited},
            {29, ErrorKind::RateLimited}, {223, ErrorKind::RateLimited},
            {7, ErrorKind::Forbidden},    {15, ErrorKind::Forbidden},
            {203, ErrorKind::Forbidden},  {212, ErrorKind::Forbidden},
            {213, ErrorKind::Forbidden},  {14, ErrorKind::Forbidden},
            {10, ErrorKind::ServerError}, {100, ErrorKind::InvalidInput}};
        for (const auto &[code, kind] : expected) {
            QVERIFY2(codes.contains(code), qPrintable(QString::number(code)));
            QCOMPARE(VkParser::error(code, QString()).kind, kind);
        }
        QCOMPARE(VkParser::rateLimitPauseMs(6), qint64(1000));
        QCOMPARE(VkParser::rateLimitPauseMs(9), qint64(600'000));
        QCOMPARE(VkParser::rateLimitPauseMs(29), qint64(3'600'000));
        QCOMPARE(VkParser::rateLimitPauseMs(5), qint64(0));
    }

    void postRefs()
    {
        QCOMPARE(VkPostRef::parse(QStringLiteral("wall-1_101")).key(), QStringLiteral("-1_101"));
        const VkPostRef c = VkPostRef::parse(QStringLiteral("-1_101_501"));
        QCOMPARE(c.ownerId, qint64(-1));
        QCOMPARE(c.postId, qint64(101));
        QCOMPARE(c.commentId, qint64(501));
        QVERIFY(!VkPostRef::parse(QStringLiteral("abc")).isValid());
        QVERIFY(!VkPostRef::parse(QStringLiteral("0_5")).isValid());
    }

    void apiRequests()
    {
        VkApi api(QUrl(QStringLiteral("https://api.vk.com")), QStringLiteral("tok"));
        const ApiRequest wall = api.wallGet(QStringLiteral("-1"), {VkApi::offsetCursor(40), 500});
        QCOMPARE(wall.method, QByteArray("GET"));
        QCOMPARE(wall.url.path(), QStringLiteral("/method/wall.get"));
        QCOMPARE(queryValue(wall, QStringLiteral("owner_id")), QStringLiteral("-1"));
        QCOMPARE(queryValue(wall, QStringLiteral("offset")), QStringLiteral("40"));
        QCOMPARE(queryValue(wall, QStringLiteral("count")), QStringLiteral("100"));
        QCOMPARE(queryValue(wall, QStringLiteral("extended")), QStringLiteral("1"));
        QCOMPARE(queryValue(wall, QStringLiteral("v")), QStringLiteral("5.199"));
        QVERIFY(queryValue(wall, QStringLiteral("access_token")).isEmpty());
        QCOMPARE(wall.header("authorization"), QByteArray("Bearer tok"));
        QCOMPARE(queryValue(api.wallGet(QStringLiteral("acme"), {}), QStringLiteral("domain")),
                 QStringLiteral("acme"));

        const ApiRequest search = api.newsfeedSearch(
            QStringLiteral("acme & co"), {VkApi::fromCursor(QStringLiteral("20/77_9")), 0});
        QCOMPARE(search.url.path(), QStringLiteral("/method/newsfeed.search"));
        QCOMPARE(queryValue(search, QStringLiteral("q")), QStringLiteral("acme & co"));
        QCOMPARE(queryValue(search, QStringLiteral("start_from")), QStringLiteral("20/77_9"));

        const ApiRequest comments =
            api.wallGetComments(VkPostRef::parse(QStringLiteral("-1_101")), {});
        QCOMPARE(queryValue(comments, QStringLiteral("post_id")), QStringLiteral("101"));
        QCOMPARE(queryValue(comments, QStringLiteral("thread_items_count")), QStringLiteral("10"));
        QCOMPARE(queryValue(comments, QStringLiteral("preview_length")), QStringLiteral("0"));

        const ApiRequest reply = api.createComment(VkPostRef::parse(QStringLiteral("-1_101_501")),
                                                   QStringLiteral("a+b & c"), QString());
        QCOMPARE(reply.method, QByteArray("POST"));
        QCOMPARE(reply.url.path(), QStringLiteral("/method/wall.createComment"));
        QVERIFY(reply.url.query().isEmpty());
        QCOMPARE(formValue(reply, QStringLiteral("owner_id")), QStringLiteral("-1"));
        QCOMPARE(formValue(reply, QStringLiteral("post_id")), QStringLiteral("101"));
        QCOMPARE(formValue(reply, QStringLiteral("reply_to_comment")), QStringLiteral("501"));
        QCOMPARE(formValue(reply, QStringLiteral("message")), QStringLiteral("a+b & c"));
        QCOMPARE(formValue(reply, QStringLiteral("v")), QStringLiteral("5.199"));
        QVERIFY(formValue(reply, QStringLiteral("guid")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVkParser)
#include "test_vk_parser.moc"
