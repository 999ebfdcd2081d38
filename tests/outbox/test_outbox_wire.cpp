// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/mastodon/MastodonConnector.h"
#include "core/services/Workspace.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OutboxRepository.h"
#include "core/sync/Outbox.h"
#include "tests/connectors/PlainTransport.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TempDir.h"

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

QByteArray status(const QByteArray &id, const QByteArray &acct, const QByteArray &createdAt,
                  const QByteArray &replyTo)
{
    return "{\"id\":\"" + id + "\",\"created_at\":\"" + createdAt + "\",\"in_reply_to_id\":" +
           (replyTo.isEmpty() ? QByteArray("null") : "\"" + replyTo + "\"") +
           ",\"content\":\"<p>text " + id + "</p>\",\"url\":\"https://mastodon.example/@" + acct +
           "/" + id + "\",\"account\":{\"id\":\"1\",\"acct\":\"" + acct +
           "\",\"url\":\"https://mastodon.example/@" + acct + "\"}}";
}

}  // namespace

// The outbox against a loopback server that behaves like Mastodon: a POST with an
// Idempotency-Key it has seen returns the status it created then, never a second one.
class TestOutboxWire : public QObject {
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::LocalHttpServer> m_server;
    std::unique_ptr<test::PlainTransport> m_transport;
    std::unique_ptr<MastodonConnector> m_connector;
    qint64 m_accountId = 0;
    QHash<QByteArray, QByteArray> m_created;  // idempotency key -> status id
    int m_posts = 0;
    int m_dropNext = 0;                          // answers still to cut off after creating the post
    QByteArray m_context;                        // what GET .../context serves
    const qint64 m_draftMs = 1'700'000'000'000;  // 2023-11-14T22:13:20Z

    std::pair<OutboxEntry, std::optional<Error>> send(Outbox &outbox, qint64 id)
    {
        std::optional<std::pair<OutboxEntry, std::optional<Error>>> answer;
        outbox.send(
            id, *m_connector, {QStringLiteral("@brand@mastodon.example")},
            [&](const OutboxEntry &e, const std::optional<Error> &err) { answer.emplace(e, err); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, earshot::test::kUnboundedWaitMs))
            return {OutboxEntry{}, Error{ErrorKind::Timeout, QStringLiteral("no answer")}};
        return *answer;
    }

    qint64 enqueue()
    {
        OutboxEntry e;
        e.accountId = m_accountId;
        e.inReplyTo = QStringLiteral("100");
        e.text = QStringLiteral("Thanks, we are on it.");
        e.draftMs = m_draftMs;
        return OutboxRepository(*m_db).enqueue(e, m_draftMs).id;
    }

    int postsSeen() const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->requests())
            n += r.method == "POST" ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        Result<std::unique_ptr<Database>> db =
            Workspace::open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++n)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        AccountRecord a;
        a.platform = QStringLiteral("mastodon");
        a.baseUrl = QStringLiteral("https://mastodon.example");
        a.user = QStringLiteral("brand");
        m_accountId = AccountRepository(*m_db).add(a);
        m_created.clear();
        m_posts = 0;
        m_dropNext = 0;
        m_context = "{\"ancestors\":[],\"descendants\":[]}";

        m_server = std::make_unique<test::LocalHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setFallback([this](const RecordedRequest &request) {
            if (request.method == "GET" && request.target == "/api/v1/statuses/100/context")
                return json(m_context);
            if (request.method != "POST" || request.target != "/api/v1/statuses")
                return json("{\"error\":\"Record not found\"}", 404);
            if (request.header("authorization") != "Bearer tok")
                return json("{\"error\":\"The access token is invalid\"}", 401);
            const QByteArray key = request.header("idempotency-key");
            if (key.isEmpty() || !m_created.contains(key))
                m_created.insert(key, QByteArray::number(9000 + ++m_posts));
            ScriptedResponse r =
                json(status(m_created.value(key), "brand", "2023-11-14T22:20:00.000Z", "100"));
            if (m_dropNext > 0) {
                --m_dropNext;
                r.truncateAt = 0;  // the post is created, its answer is lost
            }
            return r;
        });
        m_transport = std::make_unique<test::PlainTransport>();
        m_connector = std::make_unique<MastodonConnector>(
            *m_transport, m_server->url(QString()).adjusted(QUrl::StripTrailingSlash),
            QStringLiteral("tok"));
    }

    void cleanup()
    {
        m_connector.reset();
        m_transport.reset();
        m_server.reset();
        m_db.reset();
    }

    void lostAnswerThenRetryPostsOnce()
    {
        Outbox outbox(directWriter(*m_db));
        const qint64 id = enqueue();
        m_dropNext = 1;
        auto [failed, error] = send(outbox, id);
        QVERIFY(error);
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(m_posts, 1);  // the server did create it

        // The thread now holds our own reply; the retry must not call it a collision.
        m_context = "{\"ancestors\":[],\"descendants\":[" +
                    status("9001", "brand", "2023-11-14T22:20:00.000Z", "100") + "]}";
        auto [entry, retryError] = send(outbox, id);
        QVERIFY2(!retryError, qPrintable(retryError ? retryError->message : QString()));
        QCOMPARE(entry.state, OutboxState::Sent);
        QCOMPARE(entry.externalId, QStringLiteral("9001"));
        QCOMPARE(entry.url, QStringLiteral("https://mastodon.example/@brand/9001"));
        QCOMPARE(m_posts, 1);
        QCOMPARE(postsSeen(), 2);
        QCOMPARE(m_created.size(), 1);
        QCOMPARE(QString::fromUtf8(m_created.constBegin().key()), entry.idempotencyKey);

        // Sent is final: sending again does not reach the server.
        auto [again, againError] = send(outbox, id);
        QVERIFY(!againError);
        QCOMPARE(postsSeen(), 2);
    }

    void brandAnsweredSinceTheDraftIsACollision()
    {
        Outbox outbox(directWriter(*m_db));
        const qint64 id = enqueue();
        m_context = "{\"ancestors\":[" + status("90", "customer", "2023-11-14T20:00:00.000Z", "") +
                    "],\"descendants\":[" +
                    status("101", "brand", "2023-11-14T22:15:00.000Z", "100") + "]}";
        auto [entry, error] = send(outbox, id);
        QVERIFY(!error);
        QCOMPARE(entry.state, OutboxState::Collision);
        QVERIFY(entry.error.contains(QStringLiteral("already answered")));
        QCOMPARE(postsSeen(), 0);
    }

    void refusedTokenFailsPlainly()
    {
        m_connector = std::make_unique<MastodonConnector>(
            *m_transport, m_server->url(QString()).adjusted(QUrl::StripTrailingSlash),
            QStringLiteral("wrong"));
        Outbox outbox(directWriter(*m_db));
        const qint64 id = enqueue();
        auto [entry, error] = send(outbox, id);
        QVERIFY(error);
        QCOMPARE(error->kind, ErrorKind::Unauthorized);
        QCOMPARE(entry.state, OutboxState::Failed);
        QVERIFY2(entry.error.contains(QStringLiteral("The access token is invalid")),
                 qPrintable(entry.error));
        QCOMPARE(m_posts, 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxWire)
#include "test_outbox_wire.moc"
