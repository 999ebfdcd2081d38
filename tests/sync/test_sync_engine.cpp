// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine end to end: real HTTP against a scripted local server, real parser, real
// database. Nothing stored may be lost or duplicated, whatever the server does.
#include "core/net/HttpClient.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/Migrations.h"
#include "core/storage/SourceRepository.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/Corpus.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace earshot;
using earshot::test::LocalHttpServer;
using earshot::test::RecordedRequest;
using earshot::test::ScriptedResponse;

namespace {

struct Entry {
    QByteArray guid;
    QByteArray title;
    QByteArray text;
    QByteArray link;
};

QByteArray rss(const QByteArray &title, const QList<Entry> &entries, const QByteArray &decl = {})
{
    QByteArray out =
        decl.isEmpty() ? QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n") : decl;
    out += "<rss version=\"2.0\"><channel><title>" + title +
           "</title><link>http://example.org/</link>";
    int day = 1;
    for (const Entry &e : entries) {
        out += "<item><guid isPermaLink=\"false\">" + e.guid + "</guid><title>" + e.title +
               "</title><description>" + e.text + "</description>";
        if (!e.link.isEmpty())
            out += "<link>" + e.link + "</link>";
        out += "<pubDate>Mon, 0" + QByteArray::number(day++) +
               " Nov 2026 10:00:00 GMT</pubDate></item>";
    }
    return out + "</channel></rss>";
}

QList<Entry> threeEntries()
{
    return {{"a1", "First", "The first post", "http://example.org/1"},
            {"a2", "Second", "The second post", "http://example.org/2"},
            {"a3", "Third", "The third post", "http://example.org/3"}};
}

// Cyrillic to windows-1251 by hand, so the test does not depend on codec availability.
QByteArray cp1251(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            out += static_cast<char>(u);
        else if (u >= 0x410 && u <= 0x44F)
            out += static_cast<char>(0xC0 + (u - 0x410));
        else if (u == 0x451)
            out += static_cast<char>(0xB8);
        else if (u == 0x401)
            out += static_cast<char>(0xA8);
        else
            out += '?';
    }
    return out;
}

}  // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager m_network;
    qint64 m_now = 1'800'000'000'000;

    qint64 addSource(const QUrl &url, const QString &title = {})
    {
        return SourceRepository(*m_db).ensure(QStringLiteral("feed"), url.toString(), title);
    }

    SourceRecord source(qint64 id) { return *SourceRepository(*m_db).find(id); }

    qint64 itemCount(qint64 sourceId = 0)
    {
        Statement q = m_db->prepare(sourceId > 0 ? "SELECT count(*) FROM items WHERE source_id = ?1"
                                                 : "SELECT count(*) FROM items");
        if (sourceId > 0)
            q.bind(1, sourceId);
        return q.step() ? q.int64(0) : -1;
    }

    // One pass with a fresh client (so one test's paused host does not leak into the next).
    SyncSummary sync(SyncEngine::Selection selection = SyncEngine::Selection::All,
                     int idleTimeoutMs = 5'000)
    {
        HttpClient::Options httpOptions;
        httpOptions.retryBaseMs = 20;
        httpOptions.maxRetryDelayMs = 2'000;
        HttpClient http(m_network, httpOptions, [this] { return m_now; });
        SyncEngine::Options options;
        options.idleTimeoutMs = idleTimeoutMs;
        options.totalTimeoutMs = 20'000;
        SyncEngine engine(http, SyncEngine::directWriter(*m_db), options, [this] { return m_now; });
        QSignalSpy finished(&engine, &SyncEngine::finished);
        SyncSummary summary;
        connect(&engine, &SyncEngine::finished, this, [&](const SyncSummary &s) { summary = s; });
        [&] {
            QVERIFY(engine.syncNow(selection));
            QVERIFY(finished.wait(earshot::test::kUnboundedWaitMs));
            QCOMPARE(finished.count(), 1);
        }();
        QTest::qWait(20);  // let the queued optimize run before the engine goes
        return summary;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_db = Database::open(m_dir->filePath(QStringLiteral("sync.db")));
        Migrations::migrate(*m_db);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void migratesAVersionOneStore()
    {
        test::TempDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("v1.db")));
        Migrations::migrate(*db, 1);
        db->exec(
            "INSERT INTO sources(id, platform, address, created_ms, last_error, "
            "consecutive_failures) VALUES (1, 'feed', 'https://a.example/rss', 1, 'down', 2);"
            "INSERT INTO items(source_id, platform, external_id, title, published_ms, "
            "fetched_ms, is_read) VALUES (1, 'feed', 'x', 'Kept', 5, 5, 1);");
        Migrations::migrate(*db);
        QCOMPARE(db->userVersion(), Migrations::latestVersion());
        const SourceRecord s = *SourceRepository(*db).find(1);
        QCOMPARE(s.consecutiveFailures, 2);
        QCOMPARE(s.lastError, QStringLiteral("down"));
        QVERIFY(s.etag.isEmpty());
        QCOMPARE(s.nextDueMs, 0);
        ItemRepository items(*db);
        const std::vector<InboxRow> rows = items.page(InboxFilter{}, std::nullopt, 10);
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0].title, QStringLiteral("Kept"));
        QVERIFY(rows[0].read);
        QCOMPARE(rows[0].seenInSources, 1);
    }

    void coldThenNotModified()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        const QByteArray body = rss("Feed", threeEntries());
        server.setFallback([body](const RecordedRequest &r) {
            ScriptedResponse out = ScriptedResponse::ok(body, "application/rss+xml");
            if (r.header("if-none-match") == "\"e1\"") {
                out.status = 304;
                out.body.clear();
            }
            return out.header("ETag", "\"e1\"")
                .header("Last-Modified", "Mon, 02 Nov 2026 10:00:00 GMT");
        });
        const qint64 id = addSource(server.url(QStringLiteral("/feed")));

        const SyncSummary first = sync();
        QCOMPARE(first.total, 1);
        QCOMPARE(first.succeeded, 1);
        QCOMPARE(first.newItems, 3);
        // Validators are kept from the very first fetch.
        QCOMPARE(source(id).etag, QStringLiteral("\"e1\""));
        QCOMPARE(source(id).lastModified, QStringLiteral("Mon, 02 Nov 2026 10:00:00 GMT"));
        QVERIFY(source(id).lastSuccessMs > 0);
        QVERIFY(source(id).nextDueMs > m_now);

        const SyncSummary second = sync();
        QCOMPARE(second.notModified, 1);
        QCOMPARE(second.newItems, 0);
        QCOMPARE(second.updatedItems, 0);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).header("if-none-match"), QByteArray("\"e1\""));
        QCOMPARE(itemCount(), 3);
    }

    void userStateSurvivesRefetch()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        QList<Entry> edited = threeEntries();
        edited[0].title = "First (edited)";
        edited.append({"a4", "Fourth", "A new one", "http://example.org/4"});
        server.routeSequence(
            QStringLiteral("/feed"),
            {ScriptedResponse::ok(rss("Feed", threeEntries()), "application/rss+xml"),
             ScriptedResponse::ok(rss("Feed", edited), "application/rss+xml")});
        const qint64 sourceId = addSource(server.url(QStringLiteral("/feed")));
        QCOMPARE(sync().newItems, 3);

        ItemRepository items(*m_db);
        InboxFilter filter;
        const std::vector<InboxRow> rows = items.page(filter, std::nullopt, 10);
        QCOMPARE(rows.size(), std::size_t(3));
        qint64 firstId = 0;
        for (const InboxRow &row : rows) {
            if (row.title == QStringLiteral("First"))
                firstId = row.id;
        }
        QVERIFY(firstId > 0);
        items.setRead({firstId}, true);
        items.setSaved({firstId}, true);
        items.setStatus({firstId}, ItemStatus::Answered);
        items.setNote(firstId, QStringLiteral("called them"));
        items.addTag({firstId}, QStringLiteral("vip"));

        const SyncSummary second = sync();
        QCOMPARE(second.newItems, 1);
        QCOMPARE(second.updatedItems, 1);
        QCOMPARE(itemCount(sourceId), 4);
        const std::optional<StoredItem> stored = items.find(firstId);
        QVERIFY(stored);
        QCOMPARE(stored->item.title, QStringLiteral("First (edited)"));
        QVERIFY(stored->state.read);
        QVERIFY(stored->state.saved);
        QCOMPARE(stored->state.status, ItemStatus::Answered);
        QCOMPARE(stored->state.note, QStringLiteral("called them"));
        QCOMPARE(stored->state.tags, QStringList{QStringLiteral("vip")});
    }

    void permanentRedirectMovesTheSource()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/old"), ScriptedResponse::redirect(301, "/new"));
        server.route(QStringLiteral("/new"),
                     ScriptedResponse::ok(rss("Feed", threeEntries()), "application/rss+xml"));
        const QUrl oldUrl = server.url(QStringLiteral("/old"));
        const qint64 id = addSource(oldUrl);
        QCOMPARE(sync().newItems, 3);
        QCOMPARE(source(id).movedTo, server.url(QStringLiteral("/new")).toString());
        QCOMPARE(source(id).fetchAddress(), server.url(QStringLiteral("/new")).toString());
        QCOMPARE(source(id).address, oldUrl.toString());  // the user's address stays its identity

        const SyncSummary second = sync();
        QCOMPARE(second.succeeded, 1);
        QCOMPARE(second.newItems, 0);
        QCOMPARE(server.count(QStringLiteral("/old")), 1);  // read from the new address now
        QCOMPARE(server.count(QStringLiteral("/new")), 2);
        QCOMPARE(itemCount(id), 3);
        QCOMPARE(SourceRepository(*m_db).findByAddressOrMove(
                     QStringLiteral("feed"), server.url(QStringLiteral("/new")).toString()),
                 id);
    }

    void failuresKeepWhatIsStored_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated")
            << QStringLiteral("truncated") << QStringLiteral("closed the connection");
        QTest::newRow("slow") << QStringLiteral("slow") << QStringLiteral("stopped sending");
        QTest::newRow("loop") << QStringLiteral("loop") << QStringLiteral("loop");
        QTest::newRow("too large") << QStringLiteral("large") << QStringLiteral("MB");
        QTest::newRow("html page")
            << QStringLiteral("html") << QStringLiteral("web page, not a feed");
        QTest::newRow("server error") << QStringLiteral("500") << QStringLiteral("HTTP 500");
        QTest::newRow("gone") << QStringLiteral("410") << QStringLiteral("gone");
    }

    void failuresKeepWhatIsStored()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse good =
            ScriptedResponse::ok(rss("Feed", threeEntries()), "application/rss+xml");
        good.header("ETag", "\"good\"");
        ScriptedResponse bad = good;
        if (kind == QLatin1String("truncated")) {
            bad.truncateAt = bad.body.size() / 2;
        } else if (kind == QLatin1String("slow")) {
            bad.delayMs = 2'500;
        } else if (kind == QLatin1String("loop")) {
            bad = ScriptedResponse::redirect(302, "/loop");
            server.route(QStringLiteral("/loop"), ScriptedResponse::redirect(302, "/feed"));
        } else if (kind == QLatin1String("large")) {
            bad = ScriptedResponse::ok(QByteArray(50 * 1024 * 1024, ' '), "application/rss+xml");
            bad.sendLength = false;
            bad.chunkSize = 1024 * 1024;
        } else if (kind == QLatin1String("html")) {
            bad = ScriptedResponse::ok(
                "<!DOCTYPE "
                "html><html><head><title>Forum</title></head><body><p>Hi</p></body></html>",
                "text/html; charset=utf-8");
        } else {
            bad = ScriptedResponse::ok("no", "text/plain");
            bad.status = kind.toInt();
        }
        server.routeSequence(QStringLiteral("/feed"), {good, bad});
        const qint64 id = addSource(server.url(QStringLiteral("/feed")));
        QCOMPARE(sync().newItems, 3);

        // A short idle timeout makes the "slow" row quick; the 50 MB row must fail on its
        // size, not on a stall of a loaded (e.g. sanitizer) build, so it gets more slack.
        const int idleTimeoutMs = kind == QLatin1String("large") ? 30'000 : 1'000;
        const SyncSummary second = sync(SyncEngine::Selection::All, idleTimeoutMs);
        QCOMPARE(second.failed(), 1);
        const SourceRecord after = source(id);
        QVERIFY2(after.lastError.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(after.lastError));
        QCOMPARE(second.failures.at(0).error->message, after.lastError);
        QCOMPARE(after.consecutiveFailures, 1);
        QCOMPARE(after.etag, QStringLiteral("\"good\""));  // validators of the good copy kept
        QVERIFY(after.lastSuccessMs > 0);
        QVERIFY(after.nextDueMs > m_now);
        QCOMPARE(itemCount(id), 3);  // nothing lost, nothing duplicated
    }

    void rateLimitedSourceWaits()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse limited = ScriptedResponse::ok("slow down", "text/plain");
        limited.status = 429;
        limited.header("Retry-After", "7200");
        server.route(QStringLiteral("/feed"), limited);
        const qint64 id = addSource(server.url(QStringLiteral("/feed")));
        const SyncSummary summary = sync();
        QCOMPARE(summary.failed(), 1);
        QCOMPARE(summary.failures.at(0).error->kind, ErrorKind::RateLimited);
        const SourceRecord after = source(id);
        QVERIFY(after.retryAfterMs >= m_now + 7'199'000);
        QVERIFY(after.nextDueMs >= after.retryAfterMs);
        // Retrying the failed ones leaves it alone until the server's time has come.
        QCOMPARE(sync(SyncEngine::Selection::Failed).total, 0);
        QCOMPARE(server.count(QStringLiteral("/feed")), 1);
        m_now += 7'300'000;
        QCOMPARE(sync(SyncEngine::Selection::Failed).total, 1);
    }

    void serverErrorsBackOff()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse fail = ScriptedResponse::ok("down", "text/plain");
        fail.status = 503;
        server.routeSequence(QStringLiteral("/flaky"),
                             {fail, ScriptedResponse::ok(rss("F", threeEntries()), "text/xml")});
        server.route(QStringLiteral("/down"), fail);
        const qint64 flaky = addSource(server.url(QStringLiteral("/flaky")));
        const qint64 down = addSource(server.url(QStringLiteral("/down")));
        const SyncSummary first = sync();
        QCOMPARE(first.succeeded, 1);  // the flaky one recovered on a retry
        QCOMPARE(itemCount(flaky), 3);
        QCOMPARE(source(down).consecutiveFailures, 1);
        const qint64 firstDelay = source(down).nextDueMs - m_now;
        sync(SyncEngine::Selection::Failed);
        QCOMPARE(source(down).consecutiveFailures, 2);
        const qint64 secondDelay = source(down).nextDueMs - m_now;
        QVERIFY2(secondDelay > firstDelay * 1.5, "back-off grows with each failure");
        QCOMPARE(server.count(QStringLiteral("/flaky")), 2);  // not re-fetched by --failed-only
    }

    void dueSelectionFollowsTheInterval()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/feed"),
                     ScriptedResponse::ok(rss("F", threeEntries()), "text/xml"));
        const qint64 id = addSource(server.url(QStringLiteral("/feed")));
        QCOMPARE(sync(SyncEngine::Selection::Due).total, 1);  // never fetched: due at once
        const qint64 due = source(id).nextDueMs;
        // Interval 30 min, +-10 % jitter.
        QVERIFY(due >= m_now + 27 * 60 * 1000 && due <= m_now + 33 * 60 * 1000);
        QCOMPARE(sync(SyncEngine::Selection::Due).total, 0);
        m_now = due;
        QCOMPARE(sync(SyncEngine::Selection::Due).total, 1);
        QCOMPARE(server.count(QStringLiteral("/feed")), 2);
    }

    void oneBrokenSourceDoesNotStallOthers()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        QList<qint64> ids;
        for (int i = 0; i < 8; ++i) {
            const QString path = QStringLiteral("/f%1").arg(i);
            QList<Entry> entries;
            for (int j = 0; j < 5; ++j) {
                const QByteArray id = "f" + QByteArray::number(i) + "-" + QByteArray::number(j);
                entries.append({id, "Post " + id, "Text of " + id, "http://example.org/" + id});
            }
            ScriptedResponse r = ScriptedResponse::ok(rss("F", entries), "application/rss+xml");
            if (i == 3)
                r.status = 404;
            if (i == 5)
                r.delayMs = 300;
            server.route(path, r);
            ids.append(addSource(server.url(path)));
        }
        HttpClient http(m_network);
        SyncEngine engine(http, SyncEngine::directWriter(*m_db));
        QSignalSpy progress(&engine, &SyncEngine::progress);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QVERIFY(engine.syncNow());
        QVERIFY(finished.wait(earshot::test::kUnboundedWaitMs));
        const auto summary = finished.at(0).at(0).value<SyncSummary>();
        QCOMPARE(summary.total, 8);
        QCOMPARE(summary.succeeded, 7);
        QCOMPARE(summary.newItems, 35);
        QCOMPARE(summary.failures.at(0).sourceId, ids.at(3));
        QCOMPARE(summary.failures.at(0).error->kind, ErrorKind::NotFound);
        const QList<QVariant> last = progress.constLast();
        QCOMPARE(last.at(0).toInt(), 8);
        QCOMPARE(last.at(1).toInt(), 8);
        QCOMPARE(last.at(2).toLongLong(), 35);
        QCOMPARE(itemCount(), 35);
    }

    void wrongContentTypeStillParses()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/plain"),
                     ScriptedResponse::ok(rss("Feed", threeEntries()), "text/plain"));
        server.route(QStringLiteral("/octets"),
                     ScriptedResponse::ok(rss("Feed", threeEntries()), "application/octet-stream"));
        addSource(server.url(QStringLiteral("/plain")));
        addSource(server.url(QStringLiteral("/octets")));
        const SyncSummary summary = sync();
        QCOMPARE(summary.succeeded, 2);
        QCOMPARE(summary.newItems, 6);
    }

    void windows1251ByHttpCharset()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        const QString title = QStringLiteral("Новости форума");
        const QString text = QStringLiteral("Привет, ёжик! Съешь же ещё этих мягких булок");
        const QByteArray body = rss(cp1251(title), {{"r1", cp1251(title), cp1251(text), {}}},
                                    "<?xml version=\"1.0\"?>\n");
        server.route(QStringLiteral("/ru"),
                     ScriptedResponse::ok(body, "application/rss+xml; charset=windows-1251"));
        const qint64 id = addSource(server.url(QStringLiteral("/ru")));
        QCOMPARE(sync().newItems, 1);
        ItemRepository items(*m_db);
        InboxFilter filter;
        filter.sourceId = id;
        const std::vector<InboxRow> rows = items.page(filter, std::nullopt, 10);
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows.at(0).title, title);
        QCOMPARE(rows.at(0).snippet, text);
        QCOMPARE(source(id).title, title);  // an untitled source takes the feed's title
    }

    void crossPostShownOnce()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        const Entry shared{"x1", "Outage in the north",
                           "Connections keep dropping since Monday in several towns",
                           "http://example.org/outage"};
        const Entry copyByText{"y9",
                               "Outage in the north",
                               "Connections keep dropping since Monday in several towns!",
                               {}};
        const Entry other{"b2", "Unrelated", "Something else entirely", "http://example.org/other"};
        server.route(QStringLiteral("/a"), ScriptedResponse::ok(rss("A", {shared}), "text/xml"));
        server.route(QStringLiteral("/b"),
                     ScriptedResponse::ok(rss("B", {shared, other}), "text/xml"));
        server.route(QStringLiteral("/c"),
                     ScriptedResponse::ok(rss("C", {copyByText}), "text/xml"));
        const qint64 a = addSource(server.url(QStringLiteral("/a")));
        const qint64 b = addSource(server.url(QStringLiteral("/b")));
        const qint64 c = addSource(server.url(QStringLiteral("/c")));
        QCOMPARE(sync().newItems, 4);
        QCOMPARE(sync().newItems, 0);  // re-fetch: still no duplicates

        ItemRepository items(*m_db);
        InboxFilter all;
        const std::vector<InboxRow> rows = items.page(all, std::nullopt, 10);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(items.count(all), 2);
        for (const InboxRow &row : rows) {
            if (row.title == QStringLiteral("Outage in the north"))
                QCOMPARE(row.seenInSources, 3);  // by link (a, b), by text (c)
            else
                QCOMPARE(row.seenInSources, 1);
        }
        // Every source keeps its own copy.
        for (const qint64 id : {a, b, c}) {
            InboxFilter one;
            one.sourceId = id;
            QVERIFY(items.count(one) >= 1);
        }
        QCOMPARE(itemCount(), 4);
    }

    void corpusFeedOverHttp()
    {
        const QString path = test::corpusPath(
            QStringLiteral("feeds/feedparser/encoding/bozo_http_text_plain_charset.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/corpus"),
                     ScriptedResponse::ok(file.readAll(), "text/plain; charset=utf-8"));
        addSource(server.url(QStringLiteral("/corpus")));
        const SyncSummary summary = sync();
        QCOMPARE(summary.total, 1);
        QVERIFY2(
            summary.failed() == 0,
            qPrintable(summary.failures.empty() ? QString() : summary.failures[0].error->message));
    }

    void cancelStopsAPass()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse slow = ScriptedResponse::ok(rss("S", threeEntries()), "text/xml");
        slow.delayMs = 2'000;
        server.setFallback([slow](const RecordedRequest &) { return slow; });
        for (int i = 0; i < 4; ++i)
            addSource(server.url(QStringLiteral("/s%1").arg(i)));
        HttpClient http(m_network);
        SyncEngine engine(http, SyncEngine::directWriter(*m_db));
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QVERIFY(engine.syncNow());
        QVERIFY(!engine.syncNow());  // one pass at a time
        QTest::qWait(200);
        engine.cancel();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).value<SyncSummary>().cancelled);
        QVERIFY(!engine.isRunning());
        QCOMPARE(itemCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_sync_engine.moc"
