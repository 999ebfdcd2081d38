// SPDX-License-Identifier: GPL-3.0-or-later
// Items stored by a sync pass get monitoring profiles and rules, as imported items do,
// through the engine's items-stored hook; an unchanged re-fetch applies nothing again.
#include "core/net/HttpClient.h"
#include "core/services/ProfileService.h"
#include "core/services/RuleEngine.h"
#include "core/services/TriageService.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/SourceRepository.h"
#include "core/sync/SyncEngine.h"
#include "tests/storage/StorageFixture.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TempDir.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace earshot;
using earshot::test::LocalHttpServer;
using earshot::test::ScriptedResponse;

namespace {

QByteArray feed(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray out =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
        "<title>Forum</title><link>http://example.org/</link>";
    for (const auto &[guid, text] : entries)
        out += "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + guid +
               "</title><description>" + text +
               "</description><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>";
    return out + "</channel></rss>";
}

}  // namespace

class TestSyncRules : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager m_network;

    SyncSummary sync(bool withHook)
    {
        HttpClient http(m_network);
        SyncEngine engine(http, SyncEngine::directWriter(*m_db));
        if (withHook)
            engine.setItemsStoredHook(&RuleEngine::applyAfterStore);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        SyncSummary summary;
        connect(&engine, &SyncEngine::finished, this, [&](const SyncSummary &s) { summary = s; });
        [&] {
            QVERIFY(engine.syncNow());
            QVERIFY(finished.wait(earshot::test::kUnboundedWaitMs));
        }();
        QTest::qWait(20);  // let the queued optimize run before the engine goes
        return summary;
    }

    QStringList tagsOf(const QString &externalId)
    {
        const std::vector<qint64> ids = *TriageService(*m_db).select({});
        for (const qint64 id : ids) {
            const std::optional<StoredItem> item = ItemRepository(*m_db).find(id);
            if (item && item->item.externalId == externalId)
                return item->state.tags;
        }
        return {QStringLiteral("<missing>")};
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = test::openWorkspace(m_dir.filePath(QStringLiteral("s%1.db").arg(++n)));
        Profile profile;
        profile.name = QStringLiteral("brand");
        profile.terms = {QStringLiteral("Эршот")};
        QVERIFY(ProfileService(*m_db).save(profile).ok());
        Rule rule;
        rule.name = QStringLiteral("brand billing");
        rule.query = QStringLiteral("profile:brand тариф");
        rule.actions = {{QStringLiteral("tag"), QStringLiteral("problem/billing")},
                        {QStringLiteral("priority"), QStringLiteral("2")}};
        QVERIFY(RuleEngine(*m_db).addRule(rule).ok());
    }

    void rulesAndProfilesApplyToSyncedItems()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/feed"),
                     ScriptedResponse::ok(feed({{"b1", "Эршоту подняли тарифы"},
                                                {"b2", "Эршот хороший"},
                                                {"o1", "Про тарифы вообще"}}),
                                          "application/rss+xml"));
        SourceRepository(*m_db).ensure(QStringLiteral("feed"),
                                       server.url(QStringLiteral("/feed")).toString());

        const SyncSummary first = sync(true);
        QCOMPARE(first.newItems, 3);
        QCOMPARE(tagsOf(QStringLiteral("b1")), QStringList{QStringLiteral("problem/billing")});
        QVERIFY(tagsOf(QStringLiteral("b2")).isEmpty());
        QVERIFY(tagsOf(QStringLiteral("o1")).isEmpty());
        QCOMPARE(TriageService(*m_db).select(QStringLiteral("profile:brand"))->size(),
                 std::size_t(2));
        const qint64 logged = test::scalar(*m_db, "SELECT count(*) FROM activity");
        QCOMPARE(logged, 2);  // tag and priority on b1, by the rule

        // A person removes the tag; fetching the same feed again must not put it back.
        const std::vector<qint64> b1 = *TriageService(*m_db).select(QStringLiteral("tag:problem"));
        QCOMPARE(b1.size(), std::size_t(1));
        QVERIFY(TriageService(*m_db).removeTag(b1, QStringLiteral("problem/billing")).ok());
        const SyncSummary second = sync(true);
        QCOMPARE(second.newItems, 0);
        QVERIFY(tagsOf(QStringLiteral("b1")).isEmpty());
    }

    void withoutTheHookNothingIsApplied()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(
            QStringLiteral("/feed"),
            ScriptedResponse::ok(feed({{"b1", "Эршоту подняли тарифы"}}), "application/rss+xml"));
        SourceRepository(*m_db).ensure(QStringLiteral("feed"),
                                       server.url(QStringLiteral("/feed")).toString());
        QCOMPARE(sync(false).newItems, 1);
        QVERIFY(tagsOf(QStringLiteral("b1")).isEmpty());
        QCOMPARE(test::scalar(*m_db, "SELECT count(*) FROM item_profiles"), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncRules)
#include "test_sync_rules.moc"
