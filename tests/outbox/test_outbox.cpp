// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/Connector.h"
#include "core/services/Workspace.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OutboxRepository.h"
#include "core/sync/Outbox.h"
#include "tests/support/TempDir.h"

#include <QTest>

#include <deque>

using namespace earshot;

namespace {

// A connector whose answers are scripted. It records what it was asked and, when it is
// asked to reply, what the outbox row said at that moment (it must already be "sending").
// The wire-level behaviour (HTTP, Idempotency-Key on a dropped connection) is tested with
// the platform connectors against LocalHttpServer; this checks the outbox's own rules.
class ScriptedConnector : public Connector {
public:
    explicit ScriptedConnector(Database &db) : m_db(db) {}

    QString platform() const override { return QStringLiteral("mastodon"); }
    Capabilities capabilities() const override { return Capability::Read | Capability::Reply; }
    ConnectorLimits limits() const override { return {}; }
    bool supports(Timeline::Kind) const override { return true; }

    void fetch(const Timeline &timeline, const PageRequest &, FetchCallback done) override
    {
        fetched.append(timeline.argument);
        FetchResult result = thread;
        QMetaObject::invokeMethod(
            &m_context, [done, result] { done(result); }, Qt::QueuedConnection);
    }

    void reply(const ReplyRequest &request, ReplyCallback done) override
    {
        keys.append(request.idempotencyKey);
        std::optional<OutboxEntry> row = OutboxRepository(m_db).find(rowId);
        statesAtSend.append(row ? outboxStateId(row->state) : QString());
        ReplyResult result;
        if (!replies.empty()) {
            result = replies.front();
            replies.pop_front();
        }
        QMetaObject::invokeMethod(
            &m_context, [done, result] { done(result); }, Qt::QueuedConnection);
    }

    void cancelAll() override {}

    FetchResult thread;
    std::deque<ReplyResult> replies;
    QStringList fetched;
    QStringList keys;
    QStringList statesAtSend;
    qint64 rowId = 0;

private:
    Database &m_db;
    QObject m_context;
};

Item threadItem(const QString &id, const QString &handle, qint64 publishedMs)
{
    Item item;
    item.platform = QStringLiteral("mastodon");
    item.externalId = id;
    item.author.handle = handle;
    item.text = QStringLiteral("text of ") + id;
    item.publishedMs = publishedMs;
    return item;
}

ReplyResult sent(const QString &id)
{
    ReplyResult r;
    r.externalId = id;
    r.url = QUrl(QStringLiteral("https://mastodon.example/@brand/") + id);
    return r;
}

ReplyResult lost()
{
    ReplyResult r;
    r.error =
        Error{ErrorKind::Network, QStringLiteral("The connection to mastodon.example was closed.")};
    r.maybeSent = true;
    return r;
}

}  // namespace

class TestOutbox : public QObject {
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_accountId = 0;
    qint64 m_now = 1'700'000'000'000;
    const QStringList m_ours{QStringLiteral("@brand@mastodon.example"),
                             QStringLiteral("@colleague@mastodon.example")};

    qint64 enqueue(qint64 draftMs)
    {
        OutboxEntry e;
        e.accountId = m_accountId;
        e.inReplyTo = QStringLiteral("100");
        e.threadId = QStringLiteral("90");
        e.text = QStringLiteral("Thanks, we are on it.");
        e.draftMs = draftMs;
        return OutboxRepository(*m_db).enqueue(e, m_now).id;
    }

    std::pair<OutboxEntry, std::optional<Error>> send(Outbox &outbox, qint64 id, Connector &c)
    {
        std::optional<std::pair<OutboxEntry, std::optional<Error>>> answer;
        outbox.send(id, c, m_ours, [&](const OutboxEntry &e, const std::optional<Error> &err) {
            answer.emplace(e, err);
        });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, earshot::test::kUnboundedWaitMs))
            return {OutboxEntry{}, Error{ErrorKind::Timeout, QStringLiteral("no answer")}};
        return *answer;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        Result<std::unique_ptr<Database>> db =
            Workspace::open(m_dir.filePath(QStringLiteral("o%1.sqlite").arg(++n)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        AccountRecord a;
        a.platform = QStringLiteral("mastodon");
        a.baseUrl = QStringLiteral("https://mastodon.example");
        a.user = QStringLiteral("brand");
        a.createdMs = m_now;
        m_accountId = AccountRepository(*m_db).add(a);
        QVERIFY(m_accountId > 0);
    }

    void cleanup() { m_db.reset(); }

    void enqueueMakesAKey()
    {
        const qint64 a = enqueue(m_now);
        const qint64 b = enqueue(m_now);
        OutboxRepository repo(*m_db);
        QCOMPARE(repo.find(a)->state, OutboxState::Queued);
        QVERIFY(!repo.find(a)->idempotencyKey.isEmpty());
        QVERIFY(repo.find(a)->idempotencyKey != repo.find(b)->idempotencyKey);
        QCOMPARE(repo.list(OutboxState::Queued).size(), std::size_t(2));
        QCOMPARE(repo.list().front().id, b);  // newest first
    }

    void sendsAfterCheckingTheThread()
    {
        Outbox outbox(directWriter(*m_db), [this] { return m_now; });
        ScriptedConnector c(*m_db);
        const qint64 id = enqueue(m_now - 60'000);
        c.rowId = id;
        c.thread.items = {
            threadItem(QStringLiteral("90"), QStringLiteral("@someone@x.example"), m_now - 600'000),
            threadItem(QStringLiteral("100"), QStringLiteral("@customer@x.example"),
                       m_now - 300'000),
            // a stranger answered after the draft: not a collision
            threadItem(QStringLiteral("101"), QStringLiteral("@other@x.example"), m_now - 1000)};
        c.replies.push_back(sent(QStringLiteral("555")));
        auto [entry, error] = send(outbox, id, c);
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        QCOMPARE(c.fetched, QStringList{QStringLiteral("90")});
        QCOMPARE(c.statesAtSend, QStringList{QStringLiteral("sending")});
        QCOMPARE(entry.state, OutboxState::Sent);
        QCOMPARE(entry.externalId, QStringLiteral("555"));
        QCOMPARE(entry.url, QStringLiteral("https://mastodon.example/@brand/555"));
        QCOMPARE(entry.attempts, 1);
        QCOMPARE(c.keys, QStringList{entry.idempotencyKey});

        // Sent stays sent: asking again sends nothing.
        auto [again, againError] = send(outbox, id, c);
        QVERIFY(!againError);
        QCOMPARE(again.state, OutboxState::Sent);
        QCOMPARE(c.keys.size(), 1);
    }

    void colleagueAnsweredIsACollision()
    {
        Outbox outbox(directWriter(*m_db), [this] { return m_now; });
        ScriptedConnector c(*m_db);
        const qint64 id = enqueue(m_now - 60'000);
        c.rowId = id;
        c.thread.items = {
            threadItem(QStringLiteral("100"), QStringLiteral("@customer@x.example"),
                       m_now - 300'000),
            threadItem(QStringLiteral("102"), QStringLiteral("@Colleague@mastodon.example"),
                       m_now - 30'000)};
        auto [entry, error] = send(outbox, id, c);
        QVERIFY(!error);
        QCOMPARE(entry.state, OutboxState::Collision);
        QVERIFY(entry.error.contains(QStringLiteral("already answered")));
        QVERIFY(c.keys.isEmpty());

        // A colleague's answer from before the draft is no collision.
        OutboxRepository(*m_db).requeue(id, m_now, m_now);
        c.replies.push_back(sent(QStringLiteral("556")));
        auto [after, afterError] = send(outbox, id, c);
        QVERIFY(!afterError);
        QCOMPARE(after.state, OutboxState::Sent);
    }

    void lostAnswerIsRetriedWithTheSameKey()
    {
        Outbox outbox(directWriter(*m_db), [this] { return m_now; });
        ScriptedConnector c(*m_db);
        const qint64 id = enqueue(m_now - 60'000);
        c.rowId = id;
        c.replies.push_back(lost());
        auto [failed, error] = send(outbox, id, c);
        QVERIFY(error);
        QCOMPARE(failed.state, OutboxState::Failed);
        QVERIFY(failed.error.contains(QStringLiteral("same idempotency key")));

        // The first attempt did post; the thread now shows our own reply. The retry must
        // not call that a collision, and must send the same key.
        c.thread.items = {
            threadItem(QStringLiteral("557"), QStringLiteral("@brand@mastodon.example"), m_now)};
        c.replies.push_back(sent(QStringLiteral("557")));
        auto [entry, retryError] = send(outbox, id, c);
        QVERIFY(!retryError);
        QCOMPARE(entry.state, OutboxState::Sent);
        QCOMPARE(entry.externalId, QStringLiteral("557"));
        QCOMPARE(entry.attempts, 2);
        QCOMPARE(c.keys.size(), 2);
        QCOMPARE(c.keys.at(0), c.keys.at(1));
        QCOMPARE(c.fetched.size(), 1);  // the thread is checked before the first attempt only
    }

    void crashWhileSendingIsRetriedWithTheSameKey()
    {
        // A previous run marked the row "sending" and died before the answer.
        const qint64 id = enqueue(m_now - 60'000);
        OutboxRepository(*m_db).markSending(id, m_now);
        const QString key = OutboxRepository(*m_db).find(id)->idempotencyKey;
        Outbox outbox(directWriter(*m_db), [this] { return m_now; });
        ScriptedConnector c(*m_db);
        c.rowId = id;
        c.replies.push_back(sent(QStringLiteral("558")));
        auto [entry, error] = send(outbox, id, c);
        QVERIFY(!error);
        QCOMPARE(entry.state, OutboxState::Sent);
        QCOMPARE(c.keys, QStringList{key});
    }

    void threadCheckFailureSendsNothing()
    {
        Outbox outbox(directWriter(*m_db), [this] { return m_now; });
        ScriptedConnector c(*m_db);
        const qint64 id = enqueue(m_now);
        c.thread.error = Error{ErrorKind::Unauthorized, QStringLiteral("The token was refused.")};
        auto [entry, error] = send(outbox, id, c);
        QVERIFY(error);
        QCOMPARE(error->kind, ErrorKind::Unauthorized);
        QCOMPARE(entry.state, OutboxState::Failed);
        QCOMPARE(entry.attempts, 0);
        QVERIFY(entry.error.contains(QStringLiteral("nothing was sent")));
        QVERIFY(c.keys.isEmpty());
    }

    void unknownEntry()
    {
        Outbox outbox(directWriter(*m_db));
        ScriptedConnector c(*m_db);
        auto [entry, error] = send(outbox, 4242, c);
        QVERIFY(error);
        QCOMPARE(error->kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "test_outbox.moc"
