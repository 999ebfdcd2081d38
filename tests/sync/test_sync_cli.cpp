// SPDX-License-Identifier: GPL-3.0-or-later
// The feed commands of earshot-cli, in-process, against a scripted local server.
#include "tests/support/CliRunner.h"
#include "tests/support/Corpus.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace earshot;
using earshot::test::LocalHttpServer;
using earshot::test::ScriptedResponse;

namespace {

using Outcome = test::CliOutcome;

QByteArray feed(const QByteArray &title, int items)
{
    QByteArray out =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title>";
    for (int i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "<item><guid>" + title + n + "</guid><title>Post " + n +
               "</title><description>About " + title + " " + n + "</description></item>";
    }
    return out + "</channel></rss>";
}

}  // namespace

class TestSyncCli : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    QString m_db;

    Outcome run(QStringList args) { return test::runCli(std::move(args), m_db); }

    QJsonArray sourcesJson()
    {
        const Outcome o = run({QStringLiteral("sources"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(o.out.toUtf8()).array();
    }

private Q_SLOTS:
    void init()
    {
        m_db = m_dir.filePath(
            QStringLiteral("cli-%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    }

    void addSyncAndHealth()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(
            QStringLiteral("/"),
            ScriptedResponse::ok("<html><head><link rel=alternate type=application/rss+xml "
                                 "title=Main href=/main.rss></head></html>",
                                 "text/html"));
        server.route(QStringLiteral("/main.rss"),
                     ScriptedResponse::ok(feed("Main", 4), "application/rss+xml"));
        server.route(QStringLiteral("/broken.rss"),
                     ScriptedResponse::ok("<html><body>maintenance</body></html>", "text/html"));

        Outcome added =
            run({QStringLiteral("add-source"), server.url(QStringLiteral("/")).toString(),
                 QStringLiteral("--group"), QStringLiteral("Forums")});
        QCOMPARE(added.code, 0);
        QVERIFY2(added.out.contains(server.url(QStringLiteral("/main.rss")).toString()),
                 qPrintable(added.out));
        QVERIFY(added.out.contains(QStringLiteral("Main")));
        // The same feed again: found, not added twice.
        added =
            run({QStringLiteral("add-source"), server.url(QStringLiteral("/main.rss")).toString()});
        QCOMPARE(added.code, 0);
        QVERIFY(added.out.contains(QStringLiteral("Already")));

        // A feed that later breaks: added directly while it still works.
        server.routeSequence(
            QStringLiteral("/later.rss"),
            {ScriptedResponse::ok(feed("Later", 2), "application/rss+xml"),
             ScriptedResponse::ok(feed("Later", 2), "application/rss+xml"),
             ScriptedResponse::ok("<html><body>maintenance</body></html>", "text/html")});
        QCOMPARE(
            run({QStringLiteral("add-source"), server.url(QStringLiteral("/later.rss")).toString(),
                 QStringLiteral("--title"), QStringLiteral("Later one")})
                .code,
            0);

        Outcome sync = run({QStringLiteral("sync"), QStringLiteral("--once")});
        QCOMPARE(sync.code, 0);
        QVERIFY2(sync.out.contains(QStringLiteral("6 new items")), qPrintable(sync.out));

        sync = run({QStringLiteral("sync"), QStringLiteral("--once")});
        QCOMPARE(sync.code, 1);
        QVERIFY2(sync.err.contains(QStringLiteral("Later one")), qPrintable(sync.err));
        QVERIFY(sync.err.contains(QStringLiteral("not a feed")));

        const QJsonArray sources = sourcesJson();
        QCOMPARE(sources.size(), 2);
        for (const QJsonValue &v : sources) {
            const QJsonObject s = v.toObject();
            if (s.value(QLatin1String("title")).toString() == QLatin1String("Later one")) {
                QCOMPARE(s.value(QLatin1String("ok")).toBool(), false);
                QCOMPARE(s.value(QLatin1String("consecutive_failures")).toInt(), 1);
                QVERIFY(s.value(QLatin1String("last_error"))
                            .toString()
                            .contains(QStringLiteral("web page")));
                QCOMPARE(s.value(QLatin1String("items")).toInt(), 2);
            } else {
                QCOMPARE(s.value(QLatin1String("group")).toString(), QStringLiteral("Forums"));
                QCOMPARE(s.value(QLatin1String("items")).toInt(), 4);
                QCOMPARE(s.value(QLatin1String("ok")).toBool(), true);
            }
        }
        const Outcome text = run({QStringLiteral("sources")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("failing")));

        // Only the failed source is retried.
        const int mainRequests = server.count(QStringLiteral("/main.rss"));
        sync = run(
            {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--failed-only")});
        QCOMPARE(sync.code, 1);
        QCOMPARE(server.count(QStringLiteral("/main.rss")), mainRequests);
        QVERIFY(sync.out.contains(QStringLiteral("1 sources")));
    }

    void addSourceWithoutFeed()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/"), ScriptedResponse::ok("<html></html>", "text/html"));
        const Outcome o =
            run({QStringLiteral("add-source"), server.url(QStringLiteral("/")).toString()});
        QCOMPARE(o.code, 1);
        QVERIFY(o.err.contains(QStringLiteral("No feed found")));
        QCOMPARE(run({QStringLiteral("add-source"), QStringLiteral("ftp://x/")}).code, 1);
        QCOMPARE(run({QStringLiteral("add-source")}).code, 2);
    }

    void opmlRoundTrip()
    {
        const QString opmlPath = m_dir.filePath(QStringLiteral("in.opml"));
        QFile in(opmlPath);
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(
            "<?xml version=\"1.0\"?><opml version=\"1.0\"><body><outline text=\"News\">"
            "<outline type=\"rss\" text=\"A\" xmlUrl=\"https://a.example/rss\"/></outline>"
            "<outline type=\"rss\" text=\"B\" xmlUrl=\"https://b.example/atom\"/></body></opml>");
        in.close();
        Outcome o = run({QStringLiteral("import-opml"), opmlPath});
        QCOMPARE(o.code, 0);
        QVERIFY(o.out.contains(QStringLiteral("2 sources added")));
        o = run({QStringLiteral("import-opml"), opmlPath});
        QVERIFY(o.out.contains(QStringLiteral("2 already there")));

        o = run({QStringLiteral("export-opml")});
        QCOMPARE(o.code, 0);
        QVERIFY(o.out.contains(QStringLiteral("xmlUrl=\"https://a.example/rss\"")));
        QVERIFY(o.out.contains(QStringLiteral("text=\"News\"")));
        const QString outPath = m_dir.filePath(QStringLiteral("out.opml"));
        QCOMPARE(run({QStringLiteral("export-opml"), outPath}).code, 0);
        QVERIFY(QFile::exists(outPath));
        QCOMPARE(
            run({QStringLiteral("import-opml"), m_dir.filePath(QStringLiteral("none.opml"))}).code,
            1);
    }

    void parseFeedJson()
    {
        const QString path = test::corpusPath(
            QStringLiteral("feeds/feedparser/encoding/bozo_http_text_plain_charset.xml"));
        const Outcome o =
            run({QStringLiteral("parse-feed"), path, QStringLiteral("--url"),
                 QStringLiteral("https://example.org/feed"), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QVERIFY(json.contains(QLatin1String("items")));
        QVERIFY(json.contains(QLatin1String("format")));

        const QString html = m_dir.filePath(QStringLiteral("page.html"));
        QFile file(html);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE html><html><body>hi</body></html>");
        file.close();
        const Outcome bad = run({QStringLiteral("parse-feed"), html, QStringLiteral("--json")});
        QCOMPARE(bad.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "test_sync_cli.moc"
