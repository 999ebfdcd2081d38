// SPDX-License-Identifier: GPL-3.0-or-later
// The window's online services for platform accounts, offscreen, against a loopback server
// answering with the documented Mastodon samples: Sync Now syncs the account's timelines
// into the store, and a reply queued through the workspace (as the composer does) is sent
// once, with its idempotency key, and answers its item. The account work goes through the
// workspace's single writer: a long write elsewhere delays a pass but never the window.
// Tokens come from an in-memory secret store, as the keychain would give them. Waits are on
// conditions only.
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
#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
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
    // Called when the home timeline is asked for, before it is answered.
    std::function<void()> m_onHomeRequest;
    // The outbox entries stored as sending, read on a connection of their own, each time a
    // reply is posted.
    QList<qint64> m_sendingAtPost;

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
        m_onHomeRequest = nullptr;
        m_sendingAtPost.clear();
        m_server->setFallback([this](const RecordedRequest &request) {
            const QByteArray &t = request.target;
            if (request.header("authorization") != "Bearer tok-m")
                return json("{\"error\":\"The access token is invalid\"}", 401);
            if (t.startsWith("/m/api/v1/timelines/home?")) {
                if (m_onHomeRequest)
                    m_onHomeRequest();
                return json(mastodon("timelines/home__200.jsonc"));
            }
            if (t.startsWith("/m/api/v1/notifications?"))
                return json(mastodon("notifications/get__200.jsonc"));
            if (t.startsWith("/m/api/v1/statuses/") && t.endsWith("/context"))
                return json("{\"ancestors\":[],\"descendants\":[]}");
            if (t == "/m/api/v1/statuses" && request.method == "POST") {
                {
                    std::unique_ptr<Database> db = Database::open(m_dbPath);
                    for (const OutboxEntry &e : OutboxRepository(*db).list(OutboxState::Sending))
                        m_sendingAtPost.append(e.id);
                }
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
        m_onHomeRequest = nullptr;
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

    // A long write elsewhere (an import, say) holds the workspace's writer while an account
    // pass has its first page in hand: the window's event loop keeps turning, the pass waits
    // for the writer, and once it is free the pass stores its items and finishes without an
    // error. (Storing on a connection of its own on the GUI thread, the pass would sit in
    // SQLite's busy wait with the window frozen and then fail with "database is locked".)
    void accountPassWaitsForTheWriterWithoutBlockingTheWindow()
    {
        const auto writerHeld = std::make_shared<QSemaphore>();
        const auto releaseWriter = std::make_shared<QSemaphore>();
        // Whatever happens below, the writer thread is let go before the workspace ends.
        const auto release = qScopeGuard([releaseWriter] { releaseWriter->release(); });
        const auto posted = std::make_shared<bool>(false);
        m_onHomeRequest = [this, posted, writerHeld, releaseWriter] {
            if (*posted)
                return;
            *posted = true;
            m_workspace->postWrite([writerHeld, releaseWriter](Database &db) {
                Transaction transaction(db);  // BEGIN IMMEDIATE: the store's write lock
                writerHeld->release();
                releaseWriter->acquire();
                transaction.commit();
            });
        };
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();

        m_synced.reset();
        QVERIFY(m_online->sync().syncAll());
        // The home timeline has been asked for and answered while the writer holds the
        // write lock; its page now waits for the writer.
        waitFor([&writerHeld] { return writerHeld->available() > 0; });
        const int ticksWhileHeld = ticks;
        waitFor([&] { return ticks >= ticksWhileHeld + 50; });
        QVERIFY2(!m_synced.has_value(), "the pass cannot finish before its page is stored");
        QVERIFY(m_online->accounts().isBusy());

        releaseWriter->release();
        waitFor([this] { return m_synced.has_value(); });
        QCOMPARE(m_synced->accounts.size(), std::size_t(1));
        const AccountOutcome &outcome = m_synced->accounts.front();
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message : QString()));
        QVERIFY(outcome.newItems >= 2);
        waitFor([this] { return !m_online->accounts().isBusy(); });
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
        std::unique_ptr<Database> db = Database::open(m_dbPath);
        QVERIFY(itemId(*db, kHomeStatus) > 0);
        QCOMPARE(AccountRepository(*db).list().front().consecutiveFailures, 0);
    }

    // When the workspace's writer cannot open the database, an account pass and an
    // enrollment end with a clear message instead of waiting for ever.
    void writerThatCannotOpenTheDatabaseIsReported()
    {
        AsyncWorkspace broken(m_dir.filePath(QStringLiteral("no-such-folder/accounts.sqlite")));
        AccountServices accounts(broken, m_online->http(), *m_secrets);
        QStringList messages;
        QStringList notSynced;
        bool idle = false;
        connect(&accounts, &AccountServices::statusMessage, this,
                [&messages](const QString &text) { messages.append(text); });
        connect(&accounts, &AccountServices::accountsNotSynced, this,
                [&notSynced](const QString &text) { notSynced.append(text); });
        connect(&accounts, &AccountServices::idle, this, [&idle] { idle = true; });
        accounts.syncNow();
        waitFor([&idle] { return idle; });
        QVERIFY(!accounts.isBusy());
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.front().startsWith(QStringLiteral("Accounts cannot be synced")),
                 qPrintable(messages.front()));
        QCOMPARE(notSynced, messages);

        AccountRecord account;
        account.platform = QStringLiteral("mastodon");
        account.baseUrl = m_server->url(QStringLiteral("/m")).toString();
        account.user = QStringLiteral("other");
        SignedIn signedIn;
        signedIn.accessToken = QStringLiteral("tok-other");
        std::optional<Result<qint64>> enrolled;
        accounts.enroll(account, signedIn,
                        [&enrolled](const Result<qint64> &result) { enrolled = result; });
        waitFor([&enrolled] { return enrolled.has_value(); });
        QVERIFY(!enrolled->ok());
        QVERIFY2(enrolled->error().message.contains(QStringLiteral("could not be opened")),
                 qPrintable(enrolled->error().message));
    }

    // A reply queued as the composer queues it goes out at once: one POST with the
    // idempotency key, the entry is sent, the item answered and the reply in its thread.
    // When the POST arrives the entry is already committed as sending (another connection
    // sees it), so a crash from then on retries it with the same key.
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
        QCOMPARE(m_sendingAtPost, QList<qint64>{outboxId});
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
