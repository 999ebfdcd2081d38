// SPDX-License-Identifier: GPL-3.0-or-later
// The window's online services for platform accounts, offscreen, against a loopback server
// answering with the documented Mastodon samples: Sync Now syncs the account's timelines
// into the store, and a reply queued through the workspace (as the composer does) is sent
// once, with its idempotency key, and answers its item. Tokens come from an in-memory
// secret store, as the keychain would give them. Waits are on conditions only.
#include "core/secrets/MemorySecretStore.h"
#include "core/services/AsyncWorkspace.h"
#include "core/services/Workspace.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/sync/AccountServices.h"
#include "core/sync/BackgroundSync.h"
#include "core/sync/OnlineServices.h"
#include "tests/connectors/JsonSample.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TempDir.h"
#include "tests/ui/UiTestData.h"
#include "ui/models/SidebarModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <functional>
#include <optional>

using namespace earshot;
using earshot::test::LocalHttpServer;
using earshot::test::NoPrompter;
using earshot::test::RecordedRequest;
using earshot::test::ScriptedResponse;
using earshot::test::waitFor;

namespace {

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

const char kHomeStatus[] = "103206791453397862";  // the one status of the home sample

}  // namespace

class TestAccountServicesUi : public QObject {
    Q_OBJECT

    test::TempDir m_dir;
    QString m_dbPath;
    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AsyncWorkspace> m_workspace;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OnlineServices> m_online;
    std::optional<AccountSyncSummary> m_synced;
    std::vector<OutboxSender::Outcome> m_sent;
    QStringList m_messages;
    bool m_postsFail = false;

    static qint64 itemId(Database &db, const char *externalId)
    {
        Statement find = db.prepare("SELECT id FROM items WHERE external_id = ?1");
        find.bind(1, externalId);
        return find.step() ? find.int64(0) : 0;
    }

    int posts() const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->requests())
            n += r.method == "POST" ? 1 : 0;
        return n;
    }

    // Sync Now in the window, up to the end of the account pass.
    void syncNow()
    {
        m_synced.reset();
        QVERIFY(m_online->sync().syncAll());
        waitFor([this] { return m_synced.has_value(); });
    }

    // Queues a reply to the home status as the composer does; returns its outbox id once
    // the sender has tried it.
    qint64 queueReplyToHomeStatus(qint64 *itemOut)
    {
        qint64 item = 0;
        {
            std::unique_ptr<Database> db = Database::open(m_dbPath);
            item = itemId(*db, kHomeStatus);
        }
        *itemOut = item;
        if (item <= 0)
            return 0;
        ReplyDraft draft;
        draft.itemId = item;
        draft.text = QStringLiteral("Thanks, we are looking into it.");
        draft.draftMs = QDateTime::currentMSecsSinceEpoch();
        std::optional<Result<OutboxEntry>> queued;
        QObject composer;
        m_workspace->queueReply(draft, &composer,
                                [&queued](Result<OutboxEntry> entry) { queued = entry; });
        waitFor([&queued] { return queued.has_value(); });
        if (!queued->ok())
            return 0;
        const qint64 outboxId = queued->value().id;
        waitFor([this, outboxId] {
            for (const OutboxSender::Outcome &o : m_sent) {
                if (o.entry.id == outboxId)
                    return true;
            }
            return false;
        });
        waitFor([this] { return !m_online->accounts().isBusy(); });
        return outboxId;
    }

    // The sidebar's row of the one account, after fresh counts.
    static QModelIndex accountRow(SidebarModel &sidebar)
    {
        bool loaded = false;
        QObject::connect(&sidebar, &SidebarModel::statsLoaded, &sidebar,
                         [&loaded] { loaded = true; });
        sidebar.refresh();
        waitFor([&loaded] { return loaded; });
        for (int row = 0; row < sidebar.rowCount(); ++row) {
            const QModelIndex index = sidebar.index(row);
            if (index.data(SidebarModel::KeyRole).toString().startsWith(QLatin1String("account:")))
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_dbPath = m_dir.filePath(QStringLiteral("accounts-ui-%1.sqlite").arg(++n));
        m_server = std::make_unique<LocalHttpServer>();
        QVERIFY(m_server->listen());
        m_postsFail = false;
        m_server->setFallback([this](const RecordedRequest &request) {
            const QByteArray &t = request.target;
            if (request.header("authorization") != "Bearer tok-m")
                return json("{\"error\":\"The access token is invalid\"}", 401);
            if (t.startsWith("/m/api/v1/timelines/home?"))
                return json(mastodon("timelines/home__200.jsonc"));
            if (t.startsWith("/m/api/v1/notifications?"))
                return json(mastodon("notifications/get__200.jsonc"));
            if (t.startsWith("/m/api/v1/statuses/") && t.endsWith("/context"))
                return json("{\"ancestors\":[],\"descendants\":[]}");
            if (t == "/m/api/v1/statuses" && request.method == "POST") {
                if (m_postsFail)
                    return json("<html>down for maintenance</html>", 503);
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                return json(
                    "{\"id\":\"7001\",\"url\":\"https://m.example/@brand/7001\","
                    "\"created_at\":\"2030-01-01T00:00:00.000Z\",\"content\":\"<p>" +
                    body.value(QLatin1String("status")).toString().toUtf8() +
                    "</p>\",\"in_reply_to_id\":\"" +
                    body.value(QLatin1String("in_reply_to_id")).toString().toUtf8() + "\"}");
            }
            return json("{\"error\":\"Record not found\"}", 404);
        });

        {
            Result<std::unique_ptr<Database>> db = Workspace::open(m_dbPath);
            QVERIFY(db);
            AccountRecord account;
            account.platform = QStringLiteral("mastodon");
            account.baseUrl = m_server->url(QStringLiteral("/m")).toString();
            account.user = QStringLiteral("brand");
            account.secretKey = QStringLiteral("mastodon/brand");
            QVERIFY(AccountRepository(*db.value()).add(account) > 0);
        }
        m_secrets = std::make_unique<MemorySecretStore>();
        bool written = false;
        m_secrets->write(QStringLiteral("mastodon/brand"), QStringLiteral("tok-m"),
                         [&written](const SecretReply &reply) { written = reply.ok(); });
        waitFor([&written] { return written; });

        m_workspace = std::make_unique<AsyncWorkspace>(m_dbPath);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_online = std::make_unique<OnlineServices>(*m_workspace, *m_network, m_secrets.get());
        m_synced.reset();
        m_sent.clear();
        m_messages.clear();
        AccountServices &accounts = m_online->accounts();
        connect(&accounts, &AccountServices::accountsSynced, this,
                [this](const AccountSyncSummary &summary) { m_synced = summary; });
        connect(&accounts, &AccountServices::outboxSent, this,
                [this](const std::vector<OutboxSender::Outcome> &outcomes) {
                    m_sent.insert(m_sent.end(), outcomes.begin(), outcomes.end());
                });
        connect(&accounts, &AccountServices::statusMessage, this,
                [this](const QString &text) { m_messages.append(text); });
    }

    void cleanup()
    {
        m_online.reset();
        m_network.reset();
        m_workspace.reset();
        m_secrets.reset();
        m_server.reset();
    }

    // Sync Now fetches the account's home and mentions into the store and records its
    // health; the open views are told to reload.
    void syncNowStoresAccountStatuses()
    {
        bool reloaded = false;
        connect(m_workspace.get(), &AsyncWorkspace::contentChanged, this,
                [&reloaded] { reloaded = true; });
        syncNow();
        QCOMPARE(m_synced->accounts.size(), std::size_t(1));
        const AccountOutcome &outcome = m_synced->accounts.front();
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message : QString()));
        QVERIFY(outcome.newItems >= 2);             // the home status and the mention's
        waitFor([&reloaded] { return reloaded; });  // announced through the workspace's loop
        QVERIFY(m_messages.isEmpty());

        std::unique_ptr<Database> db = Database::open(m_dbPath);
        QVERIFY(itemId(*db, kHomeStatus) > 0);
        const std::vector<AccountRecord> accounts = AccountRepository(*db).list();
        QCOMPARE(accounts.size(), std::size_t(1));
        QVERIFY(accounts.front().lastSuccessMs > 0);
        QCOMPARE(accounts.front().consecutiveFailures, 0);

        // The account shows in the sidebar like a feed source: healthy, with its items,
        // and its view lists exactly the items of its timelines.
        SidebarModel sidebar(*m_workspace);
        const QModelIndex row = accountRow(sidebar);
        QVERIFY(row.isValid());
        QCOMPARE(row.data(SidebarModel::SectionRole).toString(), QStringLiteral("accounts"));
        QVERIFY2(row.data().toString().contains(QStringLiteral("brand@")),
                 qPrintable(row.data().toString()));
        QCOMPARE(row.data(SidebarModel::SourceStateRole).toInt(),
                 int(SidebarModel::SourceState::Ok));
        QCOMPARE(row.data(SidebarModel::TotalRole).toLongLong(),
                 outcome.newItems + outcome.updatedItems);
        std::optional<Result<std::vector<InboxRow>>> page;
        m_workspace->page(sidebar.filterAt(row.row()), std::nullopt, 100, this,
                          [&page](Result<std::vector<InboxRow>> rows) { page = std::move(rows); });
        waitFor([&page] { return page.has_value(); });
        QVERIFY(page->ok());
        QCOMPARE(qint64(page->value().size()), row.data(SidebarModel::TotalRole).toLongLong());
    }

    // A token the server refuses: the account's failure reaches the status bar in plain
    // words and is kept as its health; nothing crashes.
    void refusedTokenIsReported()
    {
        bool written = false;
        m_secrets->write(QStringLiteral("mastodon/brand"), QStringLiteral("wrong"),
                         [&written](const SecretReply &reply) { written = reply.ok(); });
        waitFor([&written] { return written; });
        syncNow();
        QCOMPARE(m_synced->failed(), 1);
        waitFor([this] { return !m_online->accounts().isBusy(); });
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.front().contains(QStringLiteral("access token is invalid")),
                 qPrintable(m_messages.front()));
        std::unique_ptr<Database> db = Database::open(m_dbPath);
        QCOMPARE(AccountRepository(*db).list().front().consecutiveFailures, 1);

        // The sidebar shows the account failing, with the reason.
        SidebarModel sidebar(*m_workspace);
        const QModelIndex row = accountRow(sidebar);
        QVERIFY(row.isValid());
        QCOMPARE(row.data(SidebarModel::SourceStateRole).toInt(),
                 int(SidebarModel::SourceState::Failing));
        QVERIFY(row.data(SidebarModel::SourceErrorRole)
                    .toString()
                    .contains(QStringLiteral("access token is invalid")));
    }

    // A reply queued as the composer queues it goes out at once: one POST with the
    // idempotency key, the entry is sent, the item answered and the reply in its thread.
    void queuedReplyIsSentAndAnswersItsItem()
    {
        syncNow();
        waitFor([this] { return !m_online->accounts().isBusy(); });
        QCOMPARE(posts(), 0);
        qint64 item = 0;
        const qint64 outboxId = queueReplyToHomeStatus(&item);
        QVERIFY(item > 0);
        QVERIFY(outboxId > 0);

        QCOMPARE(posts(), 1);
        const RecordedRequest *post = nullptr;
        for (const RecordedRequest &r : m_server->requests()) {
            if (r.method == "POST")
                post = &r;
        }
        QVERIFY(post);
        QCOMPARE(post->target, QByteArray("/m/api/v1/statuses"));
        QVERIFY(!post->header("idempotency-key").isEmpty());

        std::unique_ptr<Database> db = Database::open(m_dbPath);
        const std::optional<OutboxEntry> entry = OutboxRepository(*db).find(outboxId);
        QVERIFY(entry);
        QCOMPARE(entry->state, OutboxState::Sent);
        QCOMPARE(entry->externalId, QStringLiteral("7001"));
        QCOMPARE(QString::fromUtf8(post->header("idempotency-key")), entry->idempotencyKey);
        QCOMPARE(ItemRepository(*db).find(item)->state.status, ItemStatus::Answered);
        const std::vector<StoredItem> replies = ItemRepository(*db).replies(item);
        QCOMPARE(replies.size(), std::size_t(1));
        QCOMPARE(replies.front().item.externalId, QStringLiteral("7001"));

        // The next pass has nothing left to send.
        syncNow();
        waitFor([this] { return !m_online->accounts().isBusy(); });
        QCOMPARE(posts(), 1);
    }

    // The platform fails the POST: the reply stays in the outbox, failed with the reason,
    // which reaches the status bar; the item is not answered. The next Sync Now retries it
    // with the same idempotency key.
    void failedSendStaysInTheOutboxWithItsReason()
    {
        syncNow();
        waitFor([this] { return !m_online->accounts().isBusy(); });
        m_messages.clear();
        m_postsFail = true;
        qint64 item = 0;
        const qint64 outboxId = queueReplyToHomeStatus(&item);
        QVERIFY(outboxId > 0);
        QCOMPARE(posts(), 1);
        {
            std::unique_ptr<Database> db = Database::open(m_dbPath);
            const std::optional<OutboxEntry> entry = OutboxRepository(*db).find(outboxId);
            QVERIFY(entry);
            QCOMPARE(entry->state, OutboxState::Failed);
            QVERIFY2(entry->error.contains(QStringLiteral("503")), qPrintable(entry->error));
            QCOMPARE(ItemRepository(*db).find(item)->state.status, ItemStatus::New);
        }
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.front().contains(QStringLiteral("not sent")),
                 qPrintable(m_messages.front()));
        QVERIFY2(m_messages.front().contains(QStringLiteral("503")),
                 qPrintable(m_messages.front()));

        m_postsFail = false;
        syncNow();
        waitFor([this] { return !m_online->accounts().isBusy(); });
        QCOMPARE(posts(), 2);
        const QList<RecordedRequest> &requests = m_server->requests();
        QByteArrayList keys;
        for (const RecordedRequest &r : requests) {
            if (r.method == "POST")
                keys.append(r.header("idempotency-key"));
        }
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(0), keys.at(1));
        std::unique_ptr<Database> db = Database::open(m_dbPath);
        QCOMPARE(OutboxRepository(*db).find(outboxId)->state, OutboxState::Sent);
        QCOMPARE(ItemRepository(*db).find(item)->state.status, ItemStatus::Answered);
    }
};

QTEST_MAIN(TestAccountServicesUi)
#include "test_account_services_ui.moc"
