// SPDX-License-Identifier: GPL-3.0-or-later
// Sites watched by hand (when each is due) and quick capture of a mention into the store,
// with profiles and rules applied as for any new item.
#include "core/services/CaptureService.h"
#include "core/services/ProfileService.h"
#include "core/services/RuleEngine.h"
#include "core/services/TriageService.h"
#include "core/services/WatchService.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/SourceRepository.h"
#include "tests/storage/StorageFixture.h"
#include "tests/support/TempDir.h"

#include <QTest>

using namespace earshot;

namespace {
constexpr qint64 kStart = 1'800'000'000'000;
constexpr qint64 kHour = 3600 * 1000;
}  // namespace

class TestWatchCapture : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_now = kStart;

    WatchService watch()
    {
        return WatchService(*m_db, [this] { return m_now; });
    }
    CaptureService capture()
    {
        return CaptureService(*m_db, [this] { return m_now; });
    }

    QStringList dueUrls()
    {
        QStringList urls;
        const std::vector<WatchedSite> due = *watch().due();
        for (const WatchedSite &site : due)
            urls.append(site.url);
        return urls;
    }

    CaptureRequest request(const QString &url, const QString &text)
    {
        CaptureRequest r;
        r.url = url;
        r.platform = QStringLiteral("forum");
        r.author = QStringLiteral("Ann");
        r.text = text;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_now = kStart;
        m_db = test::openWorkspace(m_dir.filePath(QStringLiteral("w%1.db").arg(++n)));
    }

    void parsesIntervals()
    {
        QCOMPARE(WatchService::parseInterval(QStringLiteral("1d")), std::optional<qint64>(86400));
        QCOMPARE(WatchService::parseInterval(QStringLiteral("12h")), std::optional<qint64>(43200));
        QCOMPARE(WatchService::parseInterval(QStringLiteral("30m")), std::optional<qint64>(1800));
        QCOMPARE(WatchService::parseInterval(QStringLiteral("2w")), std::optional<qint64>(1209600));
        QCOMPARE(WatchService::parseInterval(QStringLiteral("90")), std::optional<qint64>(90));
        QVERIFY(!WatchService::parseInterval(QStringLiteral("1x")));
        QVERIFY(!WatchService::parseInterval(QStringLiteral("0d")));
        QVERIFY(!WatchService::parseInterval(QStringLiteral("-1d")));
        QVERIFY(!WatchService::parseInterval(QStringLiteral("d")));
        QVERIFY(!WatchService::parseInterval({}));
    }

    void sitesFallDueAfterTheirInterval()
    {
        const Result<qint64> daily =
            watch().add(QStringLiteral("https://forum.example/brand"), 86400,
                        QStringLiteral("Forum"), QStringLiteral("Brand thread"));
        QVERIFY(daily.ok());
        m_now += kHour;
        const Result<qint64> hourly =
            watch().add(QStringLiteral("https://market.example/p/1"), 3600);
        QVERIFY(hourly.ok());
        // Never checked: both due at once, the longest waiting first.
        QCOMPARE(dueUrls(), (QStringList{QStringLiteral("https://forum.example/brand"),
                                         QStringLiteral("https://market.example/p/1")}));
        QVERIFY(watch().markChecked(*daily).ok());
        QVERIFY(watch().markChecked(*hourly).ok());
        QVERIFY(dueUrls().isEmpty());
        m_now += kHour;
        QCOMPARE(dueUrls(), QStringList{QStringLiteral("https://market.example/p/1")});
        m_now += 23 * kHour;
        QCOMPARE(dueUrls().size(), 2);

        const std::vector<WatchedSite> all = *watch().list();
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].title, QStringLiteral("Brand thread"));
        QCOMPARE(all[0].platform, QStringLiteral("forum"));
        QCOMPARE(all[0].lastCheckedMs, std::optional<qint64>(kStart + kHour));

        // Adding a known URL again changes its interval, not the list's length.
        QCOMPARE(*watch().add(QStringLiteral("https://forum.example/brand"), 7200), *daily);
        QCOMPARE(watch().list()->size(), std::size_t(2));
        QCOMPARE(watch().markChecked(999).error().kind, ErrorKind::NotFound);
    }

    void refusesBadSites()
    {
        QCOMPARE(watch().add(QStringLiteral("forum.example"), 3600).error().kind,
                 ErrorKind::InvalidInput);
        QCOMPARE(watch().add(QStringLiteral("ftp://forum.example/x"), 3600).error().kind,
                 ErrorKind::InvalidInput);
        QCOMPARE(watch().add(QStringLiteral("https://forum.example/x"), 10).error().kind,
                 ErrorKind::InvalidInput);
        QVERIFY(watch().list()->empty());
    }

    void captureStoresAnItemOnce()
    {
        CaptureRequest r = request(QStringLiteral("https://forum.example/t/5#p2"),
                                   QStringLiteral("The app lost my settings"));
        r.title = QStringLiteral("Settings gone");
        r.publishedMs = kStart - kHour;
        const Result<CaptureResult> first = capture().capture(r);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY(first->created);
        const std::optional<StoredItem> stored = ItemRepository(*m_db).find(first->itemId);
        QVERIFY(stored);
        QCOMPARE(stored->item.platform, QStringLiteral("forum"));
        QCOMPARE(stored->item.source, CaptureService::manualSourceAddress(QStringLiteral("forum")));
        QCOMPARE(stored->item.author.name, QStringLiteral("Ann"));
        QCOMPARE(stored->item.title, QStringLiteral("Settings gone"));
        QCOMPARE(stored->item.publishedMs, kStart - kHour);
        QCOMPARE(stored->item.fetchedMs, kStart);
        // Searchable like any other item.
        QCOMPARE(*TriageService(*m_db).select(QStringLiteral("settings")),
                 std::vector<qint64>{first->itemId});

        const Result<CaptureResult> again = capture().capture(r);
        QVERIFY(again.ok());
        QVERIFY(!again->created);
        QCOMPARE(again->itemId, first->itemId);
        QCOMPARE(test::scalar(*m_db, "SELECT count(*) FROM items"), 1);
    }

    void captureFindsAnItemAlreadySynced()
    {
        Item synced = test::makeItem(QStringLiteral("g1"), QStringLiteral("from a feed"), kStart);
        synced.url = QStringLiteral("https://blog.example/post");
        Transaction transaction(*m_db);
        const qint64 id = ItemRepository(*m_db).upsert(synced).id;
        transaction.commit();
        const Result<CaptureResult> captured =
            capture().capture(request(synced.url, QStringLiteral("copied by hand")));
        QVERIFY(captured.ok());
        QVERIFY(!captured->created);
        QCOMPARE(captured->itemId, id);
    }

    void capturedItemsGetProfilesAndRules()
    {
        Profile profile;
        profile.name = QStringLiteral("brand");
        profile.terms = {QStringLiteral("Эршот")};
        QVERIFY(ProfileService(*m_db).save(profile).ok());
        Rule rule;
        rule.name = QStringLiteral("brand complaints");
        rule.query = QStringLiteral("profile:brand");
        rule.actions = {{QStringLiteral("tag"), QStringLiteral("problem/app")}};
        QVERIFY(RuleEngine(*m_db).addRule(rule).ok());

        const Result<CaptureResult> captured =
            capture().capture(request(QStringLiteral("https://forum.example/t/9"),
                                      QStringLiteral("Эршоту не хватает тёмной темы")));
        QVERIFY(captured.ok());
        QCOMPARE(captured->ruleChanges, 1);
        QCOMPARE(ItemRepository(*m_db).find(captured->itemId)->state.tags,
                 QStringList{QStringLiteral("problem/app")});
        QCOMPARE(*TriageService(*m_db).select(QStringLiteral("profile:brand")),
                 std::vector<qint64>{captured->itemId});
    }

    void manualSourcesAreNeverSynced()
    {
        CaptureRequest r = request(QStringLiteral("https://example.org/a"), QStringLiteral("text"));
        r.platform = QStringLiteral("feed");
        QVERIFY(capture().capture(r).ok());
        const std::vector<SourceRecord> due = SourceRepository(*m_db).forSync(
            QStringLiteral("feed"), SourceRepository::Selection::All, m_now);
        QVERIFY(due.empty());
    }

    void captureRefusesIncompleteInput()
    {
        QCOMPARE(capture()
                     .capture(request(QStringLiteral("not a link"), QStringLiteral("t")))
                     .error()
                     .kind,
                 ErrorKind::InvalidInput);
        CaptureRequest noAuthor =
            request(QStringLiteral("https://x.example/1"), QStringLiteral("t"));
        noAuthor.author.clear();
        QCOMPARE(capture().capture(noAuthor).error().kind, ErrorKind::InvalidInput);
        QCOMPARE(capture()
                     .capture(request(QStringLiteral("https://x.example/1"), QStringLiteral(" ")))
                     .error()
                     .kind,
                 ErrorKind::InvalidInput);
        CaptureRequest noPlatform =
            request(QStringLiteral("https://x.example/1"), QStringLiteral("t"));
        noPlatform.platform.clear();
        QCOMPARE(capture().capture(noPlatform).error().kind, ErrorKind::InvalidInput);
        QCOMPARE(test::scalar(*m_db, "SELECT count(*) FROM items"), 0);
    }
};

QTEST_GUILESS_MAIN(TestWatchCapture)
#include "test_watch_capture.moc"
