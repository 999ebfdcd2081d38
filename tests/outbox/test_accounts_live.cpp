// SPDX-License-Identifier: GPL-3.0-or-later
// Platform accounts end to end on loopback: `account add`, `sync --accounts` (AccountSync
// over the production transport), `reply` and `outbox --send` against servers that answer
// with the documented Mastodon and Discourse samples. Tokens come from an in-memory
// secret store, as the keychain would give them.
#include "app/cli/AccountCommand.h"
#include "app/cli/AccountsCommand.h"
#include "app/cli/FollowsCommand.h"
#include "app/cli/OutboxCommand.h"
#include "app/cli/ReplyCommand.h"
#include "app/cli/SyncCommand.h"
#include "core/connectors/ConnectorRegistry.h"
#include "core/net/HttpClient.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/services/Workspace.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/ProfileRepository.h"
#include "core/storage/RuleRepository.h"
#include "core/sync/AccountSync.h"
#include "tests/connectors/JsonSample.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TempDir.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace earshot;
using test::RecordedRequest;
using test::ScriptedResponse;

namespace {

struct Outcome {
    int code = -1;
    QString out;
    QString err;
};

ScriptedResponse json(const QByteArray &body, int status = 200)
{
    ScriptedResponse r = ScriptedResponse::ok(body, "application/json; charset=utf-8");
    r.status = status;
    return r;
}

QByteArray mastodon(const char *relative)
{
    return test::apiSample(QStringLiteral("mastodon/methods/") + QLatin1String(relative));
}

}  // namespace

class TestAccountsLive : public QObject {
    Q_OBJECT

    test::TempDir m_dir;
    QString m_dbPath;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<test::LocalHttpServer> m_server;
    bool m_postsFail = false;
    int m_posts = 0;
    QHash<QByteArray, QByteArray> m_created;  // idempotency key -> status id

    template <class C>
    Outcome run(C &command, const QStringList &args)
    {
        Outcome result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        cli::Context context(m_dbPath, out, err);
        result.code = command.run(args, context);
        out.flush();
        err.flush();
        return result;
    }

    Outcome addAccount(const QString &platform, const QString &path, const QString &user,
                       const QByteArray &token)
    {
        QBuffer input;
        input.setData(token + "\n");
        input.open(QIODevice::ReadOnly);
        cli::AccountCommand command(m_keychain.get(), &input);
        return run(command, {QStringLiteral("account"), QStringLiteral("add"), platform,
                             QStringLiteral("--url"), m_server->url(path).toString(),
                             QStringLiteral("--user"), user});
    }

    std::unique_ptr<Database> open()
    {
        Result<std::unique_ptr<Database>> db = Workspace::open(m_dbPath);
        return db ? std::move(db).value() : nullptr;
    }

    static QString mentionOf(const Outcome &o) { return o.out + o.err; }

    // Statements are finished before returning: an open one would keep this connection
    // reading an old snapshot while the commands write through theirs.
    static qint64 itemId(Database &db, const char *externalId)
    {
        Statement find = db.prepare("SELECT id FROM items WHERE external_id = ?1");
        find.bind(1, externalId);
        return find.step() ? find.int64(0) : 0;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_dbPath = m_dir.filePath(QStringLiteral("live-%1.sqlite").arg(++n));
        m_keychain = std::make_unique<MemorySecretStore>();
        m_server = std::make_unique<test::LocalHttpServer>();
        QVERIFY(m_server->listen());
        m_postsFail = false;
        m_posts = 0;
        m_created.clear();

        const QByteArray prev =
            "<" +
            m_server->url(QStringLiteral("/api/v1/timelines/home?min_id=103206791453397862"))
                .toEncoded() +
            ">; rel=\"prev\"";
        m_server->setFallback([this, prev](const RecordedRequest &request) {
            const QByteArray &t = request.target;
            if (t.startsWith("/m/") && request.header("authorization") != "Bearer tok-m")
                return json("{\"error\":\"The access token is invalid\"}", 401);
            if (t == "/m/api/v1/timelines/home?limit=20")
                return json(mastodon("timelines/home__200.jsonc")).header("Link", prev);
            if (t.startsWith("/m/api/v1/timelines/home?limit=20&min_id="))
                return json("[]");
            if (t == "/m/api/v1/timelines/tag/cats?limit=20")
                return json(mastodon("timelines/tag__200.jsonc"));
            if (t.startsWith("/m/api/v2/search?"))
                return json(mastodon("search/v2__200.jsonc"));
            if (t.startsWith("/m/api/v1/notifications?"))
                return json(mastodon("notifications/get__200.jsonc"));
            if (t.startsWith("/m/api/v1/statuses/") && t.endsWith("/context"))
                return json("{\"ancestors\":[],\"descendants\":[]}");
            if (t == "/m/api/v1/statuses" && request.method == "POST") {
                if (m_postsFail)
                    return json("<html>down for maintenance</html>", 503);
                const QByteArray key = request.header("idempotency-key");
                if (!m_created.contains(key)) {
                    m_created.insert(key, QByteArray::number(7000 + ++m_posts));
                }
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                const QByteArray id = m_created.value(key);
                return json("{\"id\":\"" + id + "\",\"url\":\"https://m.example/@brand/" + id +
                            "\",\"created_at\":\"2030-01-01T00:00:00.000Z\",\"content\":\"<p>" +
                            body.value(QLatin1String("status")).toString().toUtf8() +
                            "</p>\",\"in_reply_to_id\":\"" +
                            body.value(QLatin1String("in_reply_to_id")).toString().toUtf8() +
                            "\"}");
            }
            if (t == "/d/latest.json")
                return json(test::apiSample(
                    QStringLiteral("discourse/responses/topics/latest_topics_response.json")));
            return json("{\"error\":\"Record not found\"}", 404);
        });
    }

    void cleanup()
    {
        m_server.reset();
        m_keychain.reset();
    }

    // Three accounts, one of them with a token the server refuses: the other two are
    // synced, the third gets a plain health message, and a second pass asks only for
    // newer items without touching what the user did.
    void syncAccountsStoresTimelinesAndHealth()
    {
        QCOMPARE(addAccount(QStringLiteral("mastodon"), QStringLiteral("/m"),
                            QStringLiteral("brand"), "tok-m")
                     .code,
                 0);
        QCOMPARE(addAccount(QStringLiteral("discourse"), QStringLiteral("/d"),
                            QStringLiteral("brand"), "key-d")
                     .code,
                 0);
        QCOMPARE(addAccount(QStringLiteral("mastodon"), QStringLiteral("/m"),
                            QStringLiteral("other"), "wrong")
                     .code,
                 0);

        cli::SyncCommand sync(m_keychain.get());
        const Outcome first = run(sync, {QStringLiteral("sync"), QStringLiteral("--accounts")});
        QCOMPARE(first.code, 1);  // one account failed
        QVERIFY2(first.err.contains(QStringLiteral("other@")), qPrintable(mentionOf(first)));
        QVERIFY(!mentionOf(first).contains(QStringLiteral("tok-m")));
        QVERIFY(!mentionOf(first).contains(QStringLiteral("key-d")));

        std::unique_ptr<Database> db = open();
        QVERIFY(db);
        AccountRepository accounts(*db);
        int healthy = 0;
        for (const AccountRecord &a : accounts.list()) {
            if (a.user == QStringLiteral("other")) {
                QCOMPARE(a.consecutiveFailures, 1);
                QVERIFY2(a.lastError.contains(QStringLiteral("access token is invalid")),
                         qPrintable(a.lastError));
                QCOMPARE(a.lastSuccessMs, qint64(0));
            } else {
                QCOMPARE(a.consecutiveFailures, 0);
                QVERIFY(a.lastSuccessMs > 0);
                ++healthy;
            }
        }
        QCOMPARE(healthy, 2);

        // Home (1 status), mentions (1) and latest topics (3), each in its own source.
        {
            Statement count = db->prepare(
                "SELECT s.platform, s.kind, count(i.id) FROM sources s LEFT JOIN items i ON "
                "i.source_id = s.id GROUP BY s.id ORDER BY s.address");
            QStringList seen;
            while (count.step())
                seen << QStringLiteral("%1/%2/%3")
                            .arg(count.text(0), count.text(1))
                            .arg(count.int64(2));
            QCOMPARE(seen, (QStringList{QStringLiteral("discourse/account/3"),
                                        QStringLiteral("mastodon/account/1"),
                                        QStringLiteral("mastodon/account/1")}));
            Statement author = db->prepare(
                "SELECT a.handle FROM items i JOIN authors a ON a.id = i.author_id WHERE "
                "i.external_id = '103186126728896492'");
            QVERIFY(author.step());
            QVERIFY(!author.text(0).isEmpty());
        }

        // The user reads and saves the home status; the next pass keeps that.
        const qint64 homeItem = itemId(*db, "103206791453397862");
        QVERIFY(homeItem > 0);
        ItemRepository(*db).setRead({homeItem}, true);
        ItemRepository(*db).setSaved({homeItem}, true);

        m_server->clearRequests();
        const Outcome second = run(sync, {QStringLiteral("sync"), QStringLiteral("--accounts")});
        QCOMPARE(second.code, 1);
        QCOMPARE(m_server->count(
                     QStringLiteral("/m/api/v1/timelines/home?limit=20&min_id=103206791453397862")),
                 1);
        QCOMPARE(m_server->count(QStringLiteral("/m/api/v1/timelines/home?limit=20")), 1);  // other
        const std::optional<StoredItem> kept = ItemRepository(*db).find(homeItem);
        QVERIFY(kept->state.read);
        QVERIFY(kept->state.saved);
        for (const AccountRecord &a : accounts.list()) {
            if (a.user == QStringLiteral("other"))
                QCOMPARE(a.consecutiveFailures, 2);
        }

        cli::AccountsCommand list;
        const Outcome health = run(list, {QStringLiteral("accounts")});
        QCOMPARE(health.code, 0);
        QVERIFY(health.out.contains(QStringLiteral("failing x2")));
        QVERIFY(health.out.contains(QStringLiteral("last synced:")));
        QVERIFY(health.out.contains(QStringLiteral("access token is invalid")));
    }

    // The enabled profiles' terms become the account's searches, each once; what they
    // find is matched against the profiles (exclusions applied here, not by the platform)
    // and the rules run on it, as for feed items.
    void profileTermsAreSearchedAndRulesApply()
    {
        QCOMPARE(addAccount(QStringLiteral("mastodon"), QStringLiteral("/m"),
                            QStringLiteral("brand"), "tok-m")
                     .code,
                 0);
        {
            std::unique_ptr<Database> db = open();
            QVERIFY(db);
            Transaction transaction(*db);
            ProfileRepository profiles(*db);
            profiles.save({0,
                           QStringLiteral("Cats"),
                           {QStringLiteral("cats"), QStringLiteral("котики")},
                           {QStringLiteral("inherently")}});
            profiles.save({0, QStringLiteral("Pets"), {QStringLiteral("CATS")}, {}});
            profiles.save({0, QStringLiteral("Off"), {QStringLiteral("dogs")}, {}, false});
            RuleRepository(*db).add({0,
                                     0,
                                     QStringLiteral("Cats are mentions"),
                                     true,
                                     QStringLiteral("profile:Cats"),
                                     {},
                                     {{QStringLiteral("tag"), QStringLiteral("brand/cats")}}});
            transaction.commit();
        }

        cli::SyncCommand sync(m_keychain.get());
        const Outcome outcome = run(sync, {QStringLiteral("sync"), QStringLiteral("--accounts")});
        QVERIFY2(outcome.code == 0, qPrintable(mentionOf(outcome)));

        QStringList searches;
        for (const RecordedRequest &r : m_server->requests()) {
            if (r.target.startsWith("/m/api/v2/search?"))
                searches << QString::fromUtf8(r.target);
        }
        // "CATS" of the second profile is the same term; the disabled profile's is not asked.
        QCOMPARE(
            searches,
            (QStringList{QStringLiteral("/m/api/v2/search?q=cats&type=statuses&resolve=false"
                                        "&limit=20"),
                         QStringLiteral("/m/api/v2/search?q=%D0%BA%D0%BE%D1%82%D0%B8%D0%BA%D0%B8"
                                        "&type=statuses&resolve=false&limit=20")}));

        std::unique_ptr<Database> db = open();
        QVERIFY(db);
        const qint64 matched = itemId(*db, "103085519055545958");
        const qint64 excluded = itemId(*db, "101068121469614510");
        QVERIFY(matched > 0);
        QVERIFY(excluded > 0);
        const auto profilesOf = [&db](qint64 item) {
            Statement q = db->prepare(
                "SELECT p.name FROM item_profiles ip JOIN profiles p ON "
                "p.id = ip.profile_id WHERE ip.item_id = ?1 ORDER BY p.name");
            q.bind(1, item);
            QStringList names;
            while (q.step())
                names << q.text(0);
            return names;
        };
        const auto tagsOf = [&db](qint64 item) {
            Statement q = db->prepare(
                "SELECT t.name FROM item_tags it JOIN tags t ON t.id = "
                "it.tag_id WHERE it.item_id = ?1");
            q.bind(1, item);
            QStringList names;
            while (q.step())
                names << q.text(0);
            return names;
        };
        QCOMPARE(profilesOf(matched),
                 (QStringList{QStringLiteral("Cats"), QStringLiteral("Pets")}));
        QCOMPARE(profilesOf(excluded), QStringList{QStringLiteral("Pets")});
        QCOMPARE(tagsOf(matched), QStringList{QStringLiteral("brand/cats")});
        QVERIFY(tagsOf(excluded).isEmpty());
        Statement source = db->prepare(
            "SELECT s.title FROM items i JOIN sources s ON s.id = i.source_id WHERE i.id = ?1");
        source.bind(1, matched);
        QVERIFY(source.step());
        QVERIFY2(source.text(0).contains(QStringLiteral("search:")), qPrintable(source.text(0)));
    }

    // What an account follows is read on each pass, keyed by what it is; a kind the
    // platform cannot read is refused when added, and a removed follow is read no more.
    void followsAreReadEachPass()
    {
        QCOMPARE(addAccount(QStringLiteral("mastodon"), QStringLiteral("/m"),
                            QStringLiteral("brand"), "tok-m")
                     .code,
                 0);
        cli::FollowsCommand follows;
        const Outcome added =
            run(follows, {QStringLiteral("follows"), QStringLiteral("add"), QStringLiteral("1"),
                          QStringLiteral("tag"), QStringLiteral("cats")});
        QVERIFY2(added.code == 0, qPrintable(mentionOf(added)));
        const Outcome again =
            run(follows, {QStringLiteral("follows"), QStringLiteral("add"), QStringLiteral("1"),
                          QStringLiteral("hashtag"), QStringLiteral("cats")});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(QStringLiteral("already")));
        const Outcome refused =
            run(follows, {QStringLiteral("follows"), QStringLiteral("add"), QStringLiteral("1"),
                          QStringLiteral("category"), QStringLiteral("support")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("cannot follow")), qPrintable(refused.err));
        QCOMPARE(run(follows, {QStringLiteral("follows"), QStringLiteral("add"),
                               QStringLiteral("1"), QStringLiteral("planet"), QStringLiteral("x")})
                     .code,
                 2);
        QCOMPARE(run(follows, {QStringLiteral("follows"), QStringLiteral("add"),
                               QStringLiteral("9"), QStringLiteral("tag"), QStringLiteral("x")})
                     .code,
                 1);
        const Outcome listed = run(follows, {QStringLiteral("follows"), QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("hashtag"));
        QCOMPARE(array.at(0).toObject().value(QLatin1String("argument")).toString(),
                 QStringLiteral("cats"));

        cli::SyncCommand sync(m_keychain.get());
        const Outcome first = run(sync, {QStringLiteral("sync"), QStringLiteral("--accounts")});
        QVERIFY2(first.code == 0, qPrintable(mentionOf(first)));
        QCOMPARE(m_server->count(QStringLiteral("/m/api/v1/timelines/tag/cats?limit=20")), 1);
        {
            std::unique_ptr<Database> db = open();
            Statement source = db->prepare(
                "SELECT count(*) FROM items i JOIN sources s ON s.id = i.source_id WHERE "
                "s.title LIKE '%(hashtag:cats)'");
            QVERIFY(source.step());
            QCOMPARE(source.int64(0), qint64(2));
        }

        QCOMPARE(
            run(follows, {QStringLiteral("follows"), QStringLiteral("remove"), QStringLiteral("1"),
                          QStringLiteral("hashtag"), QStringLiteral("cats")})
                .code,
            0);
        m_server->clearRequests();
        QCOMPARE(run(sync, {QStringLiteral("sync"), QStringLiteral("--accounts")}).code, 0);
        for (const RecordedRequest &r : m_server->requests())
            QVERIFY2(!r.target.contains("/timelines/tag/"), r.target.constData());
    }

    // What a pass reads per platform: the platform's own timelines where they need no
    // argument, what the account follows that the platform can read, then the profile
    // searches (not twice when also followed), for the platforms that can search.
    void timelinesPerPlatform_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("mastodon") << QStringLiteral("mastodon")
                                  << QStringList{QStringLiteral("home"), QStringLiteral("mentions"),
                                                 QStringLiteral("hashtag:cats"),
                                                 QStringLiteral("search:brand"),
                                                 QStringLiteral("search:бренд")};
        QTest::newRow("vk: walls only when followed")
            << QStringLiteral("vk")
            << QStringList{QStringLiteral("latest:linktelecom"), QStringLiteral("search:brand"),
                           QStringLiteral("search:бренд")};
        QTest::newRow("reddit: subscriptions")
            << QStringLiteral("reddit")
            << QStringList{QStringLiteral("latest"), QStringLiteral("latest:linktelecom"),
                           QStringLiteral("search:brand"), QStringLiteral("search:бренд")};
        QTest::newRow("discourse")
            << QStringLiteral("discourse")
            << QStringList{QStringLiteral("latest"), QStringLiteral("latest:linktelecom"),
                           QStringLiteral("search:brand"), QStringLiteral("search:бренд")};
        QTest::newRow("telegram: no search")
            << QStringLiteral("telegram") << QStringList{QStringLiteral("home")};
    }

    void timelinesPerPlatform()
    {
        QFETCH(QString, platform);
        QFETCH(QStringList, keys);
        const ConnectorInfo *info = ConnectorRegistry::find(platform);
        QVERIFY(info && info->create);
        QNetworkAccessManager network;
        HttpClient http(network);
        const std::unique_ptr<Connector> connector =
            info->create(http, {QUrl(QStringLiteral("https://example.org")), {}, {}});
        QVERIFY(connector);
        const std::vector<AccountFollow> follows{
            {1, QStringLiteral("hashtag"), QStringLiteral("cats")},
            {1, QStringLiteral("latest"), QStringLiteral("linktelecom")},
            {1, QStringLiteral("search"), QStringLiteral("brand")}};
        QStringList got;
        for (const auto &[key, timeline] : AccountSync::timelinesFor(
                 *connector, follows, {QStringLiteral("brand"), QStringLiteral("бренд")}))
            got << key;
        QCOMPARE(got, keys);
    }

    // Without --once, `sync` also passes over the accounts while it runs, and SIGTERM
    // still ends it cleanly.
    void runningSyncAlsoSyncsAccounts()
    {
        QCOMPARE(addAccount(QStringLiteral("mastodon"), QStringLiteral("/m"),
                            QStringLiteral("brand"), "tok-m")
                     .code,
                 0);
        QTimer stopWhenSynced;
        stopWhenSynced.setInterval(20);
        QObject::connect(&stopWhenSynced, &QTimer::timeout, [this, &stopWhenSynced] {
            if (m_server->count(QStringLiteral("/m/api/v1/timelines/home?limit=20")) > 0 &&
                std::any_of(m_server->requests().cbegin(), m_server->requests().cend(),
                            [](const RecordedRequest &r) {
                                return r.target.startsWith("/m/api/v1/notifications?");
                            })) {
                stopWhenSynced.stop();
                // The last answer may still be on its way: stopping then must be clean too.
                QTimer::singleShot(200, [] { std::raise(SIGTERM); });
            }
        });
        stopWhenSynced.start();
        cli::SyncCommand sync(m_keychain.get());
        const Outcome outcome = run(sync, {QStringLiteral("sync")});
        QVERIFY2(outcome.code == 0, qPrintable(mentionOf(outcome)));
        std::unique_ptr<Database> db = open();
        QVERIFY(db);
        QVERIFY(itemId(*db, "103206791453397862") > 0);
    }

    // reply sends at once; when the server fails, the reply stays failed with the reason
    // and `outbox --send` sends it later with the same idempotency key, once.
    void replyThenRetryFromTheOutbox()
    {
        QCOMPARE(addAccount(QStringLiteral("mastodon"), QStringLiteral("/m"),
                            QStringLiteral("brand"), "tok-m")
                     .code,
                 0);
        cli::SyncCommand sync(m_keychain.get());
        QCOMPARE(run(sync, {QStringLiteral("sync"), QStringLiteral("--accounts")}).code, 0);
        std::unique_ptr<Database> db = open();
        const qint64 item = itemId(*db, "103206791453397862");
        QVERIFY(item > 0);

        const QString textFile = m_dir.filePath(QStringLiteral("reply.txt"));
        QFile file(textFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Thanks, we are looking into it.");
        file.close();

        m_postsFail = true;
        cli::ReplyCommand reply(m_keychain.get());
        const Outcome failed = run(reply, {QStringLiteral("reply"), QString::number(item),
                                           QStringLiteral("--text-file"), textFile});
        QVERIFY2(failed.code == 1, qPrintable(mentionOf(failed)));
        QVERIFY2(failed.err.contains(QStringLiteral("stays in the outbox")),
                 qPrintable(mentionOf(failed)));
        std::vector<OutboxEntry> entries = OutboxRepository(*db).list();
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().state, OutboxState::Failed);
        QVERIFY(entries.front().error.contains(QStringLiteral("HTTP 503")));
        QCOMPARE(ItemRepository(*db).find(item)->state.status, ItemStatus::New);

        m_postsFail = false;
        cli::OutboxCommand outbox(m_keychain.get());
        const Outcome sent = run(outbox, {QStringLiteral("outbox"), QStringLiteral("--send")});
        QCOMPARE(sent.code, 0);
        QVERIFY2(sent.out.contains(QStringLiteral("was sent")), qPrintable(mentionOf(sent)));
        entries = OutboxRepository(*db).list();
        QCOMPARE(entries.front().state, OutboxState::Sent);
        QCOMPARE(entries.front().externalId, QStringLiteral("7001"));
        QCOMPARE(m_posts, 1);
        QCOMPARE(m_created.size(), 1);
        QCOMPARE(QString::fromUtf8(m_created.constBegin().key()), entries.front().idempotencyKey);
        const RecordedRequest &post = m_server->requests().constLast();
        QCOMPARE(post.header("authorization"), QByteArray("Bearer tok-m"));
        QCOMPARE(QJsonDocument::fromJson(post.body).object().value(QLatin1String("status")),
                 QJsonValue(QStringLiteral("Thanks, we are looking into it.")));

        // The reply is part of the thread and the status is answered.
        QCOMPARE(ItemRepository(*db).find(item)->state.status, ItemStatus::Answered);
        const std::vector<StoredItem> replies = ItemRepository(*db).replies(item);
        QCOMPARE(replies.size(), std::size_t(1));
        QCOMPARE(replies.front().item.externalId, QStringLiteral("7001"));
        QCOMPARE(replies.front().item.author.handle,
                 QStringLiteral("@brand@") + m_server->url(QString()).host());

        // Nothing left to send; a queued-only reply stays queued.
        QCOMPARE(run(outbox, {QStringLiteral("outbox"), QStringLiteral("--send")}).code, 0);
        QCOMPARE(m_posts, 1);
        const Outcome queued =
            run(reply, {QStringLiteral("reply"), QString::number(item),
                        QStringLiteral("--text-file"), textFile, QStringLiteral("--queue-only")});
        QCOMPARE(queued.code, 0);
        QCOMPARE(OutboxRepository(*db).list(OutboxState::Queued).size(), std::size_t(1));
        QCOMPARE(m_posts, 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountsLive)
#include "test_accounts_live.moc"
