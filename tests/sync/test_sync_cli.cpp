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

    void importedSourcesAreFetchedOnlyOnceFollowed()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/imported.rss"),
                     ScriptedResponse::ok(feed("Imported", 3), "application/rss+xml"));
        const QString address = server.url(QStringLiteral("/imported.rss")).toString();
        const QString jsonl = m_dir.filePath(QStringLiteral("saved.jsonl"));
        QFile file(jsonl);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("platform"), QStringLiteral("feed")},
                                             {QStringLiteral("source"), address},
                                             {QStringLiteral("id"), QStringLiteral("saved-1")},
                                             {QStringLiteral("url"), QString(address + u"#1")},
                                             {QStringLiteral("author"), QStringLiteral("anna")},
                                             {QStringLiteral("title"), QStringLiteral("Saved")},
                                             {QStringLiteral("text"), QStringLiteral("kept")},
                                             {QStringLiteral("published"),
                                              QStringLiteral("2026-01-02T03:04:05Z")}})
                       .toJson(QJsonDocument::Compact) +
                   '\n');
        file.close();
        QCOMPARE(run({QStringLiteral("import"), jsonl}).code, 0);

        // Importing items is not subscribing: no sync pass requests the address.
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--once")}).code, 0);
        QCOMPARE(server.count(QStringLiteral("/imported.rss")), 0);
        QJsonArray sources = sourcesJson();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.at(0)[QLatin1String("kind")].toString(), QStringLiteral("import"));
        QVERIFY(run({QStringLiteral("sources")}).out.contains(QStringLiteral("imported")));
        // Nor is it a subscription to export.
        QVERIFY(!run({QStringLiteral("export-opml")}).out.contains(address));

        // Adding it as a feed follows the same source, with the imported item kept.
        const Outcome added = run({QStringLiteral("add-source"), address, QStringLiteral("--group"),
                                   QStringLiteral("Blogs")});
        QCOMPARE(added.code, 0);
        QVERIFY2(added.out.contains(QStringLiteral("Added")), qPrintable(added.out));
        const int discoveryRequests = server.count(QStringLiteral("/imported.rss"));
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--once")}).code, 0);
        QCOMPARE(server.count(QStringLiteral("/imported.rss")), discoveryRequests + 1);
        sources = sourcesJson();
        QCOMPARE(sources.size(), 1);
        const QJsonObject followed = sources.at(0).toObject();
        QCOMPARE(followed[QLatin1String("kind")].toString(), QStringLiteral("feed"));
        QCOMPARE(followed[QLatin1String("group")].toString(), QStringLiteral("Blogs"));
        QCOMPARE(followed[QLatin1String("items")].toInt(), 4);
        QVERIFY(run({QStringLiteral("export-opml")}).out.contains(address));
    }

    void editRemoveAndSyncOneSource()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/a.rss"),
                     ScriptedResponse::ok(feed("A", 2), "application/rss+xml"));
        server.route(QStringLiteral("/b.rss"),
                     ScriptedResponse::ok(feed("B", 3), "application/rss+xml"));
        for (const char *path : {"/a.rss", "/b.rss"}) {
            QCOMPARE(run({QStringLiteral("add-source"),
                          server.url(QString::fromLatin1(path)).toString()})
                         .code,
                     0);
        }
        qint64 a = 0;
        qint64 b = 0;
        for (const QJsonValue &v : sourcesJson()) {
            const QString address = v[QLatin1String("address")].toString();
            (address.endsWith(QLatin1String("/a.rss")) ? a : b) =
                v[QLatin1String("id")].toInteger();
        }
        QVERIFY(a > 0 && b > 0);
        // Adding looked at each feed once; count the sync passes' requests from here.
        const int aSeen = server.count(QStringLiteral("/a.rss"));
        const int bSeen = server.count(QStringLiteral("/b.rss"));

        // One source on its own.
        Outcome sync =
            run({QStringLiteral("sync"), QStringLiteral("--source"), QString::number(a)});
        QCOMPARE(sync.code, 0);
        QCOMPARE(server.count(QStringLiteral("/a.rss")), aSeen + 1);
        QCOMPARE(server.count(QStringLiteral("/b.rss")), bSeen);

        // Edit: every field, and a disabled source is left out of passes...
        const Outcome edited =
            run({QStringLiteral("sources"), QStringLiteral("edit"), QString::number(b),
                 QStringLiteral("--title"), QStringLiteral("Forum B"), QStringLiteral("--group"),
                 QStringLiteral("Forums"), QStringLiteral("--interval"), QStringLiteral("90"),
                 QStringLiteral("--disable")});
        QCOMPARE(edited.code, 0);
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--once")}).code, 0);
        QCOMPARE(server.count(QStringLiteral("/b.rss")), bSeen);
        QCOMPARE(server.count(QStringLiteral("/a.rss")), aSeen + 2);
        // ...but fetched when asked for by id.
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--source"), QString::number(b)}).code,
                 0);
        QCOMPARE(server.count(QStringLiteral("/b.rss")), bSeen + 1);
        for (const QJsonValue &v : sourcesJson()) {
            if (v[QLatin1String("id")].toInteger() != b)
                continue;
            QCOMPARE(v[QLatin1String("title")].toString(), QStringLiteral("Forum B"));
            QCOMPARE(v[QLatin1String("group")].toString(), QStringLiteral("Forums"));
            QCOMPARE(v[QLatin1String("interval_s")].toInt(), 90 * 60);
            QCOMPARE(v[QLatin1String("enabled")].toBool(), false);
            QCOMPARE(v[QLatin1String("items")].toInt(), 3);
        }

        // Remove takes the source and its items; the other stays.
        QCOMPARE(
            run({QStringLiteral("sources"), QStringLiteral("remove"), QString::number(a)}).code, 0);
        const QJsonArray left = sourcesJson();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0)[QLatin1String("id")].toInteger(), b);
        const Outcome found =
            run({QStringLiteral("search"), QStringLiteral("About"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(found.out.toUtf8()).array().size(), 3);

        // Mistakes are told apart: usage (2) and a missing source (1).
        QCOMPARE(
            run({QStringLiteral("sources"), QStringLiteral("remove"), QString::number(a)}).code, 1);
        QCOMPARE(run({QStringLiteral("sources"), QStringLiteral("edit"), QStringLiteral("x")}).code,
                 2);
        QCOMPARE(run({QStringLiteral("sources"), QStringLiteral("edit"), QString::number(b),
                      QStringLiteral("--enable"), QStringLiteral("--disable")})
                     .code,
                 2);
        const Outcome missing =
            run({QStringLiteral("sync"), QStringLiteral("--source"), QString::number(a)});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("only 0 of the 1")), qPrintable(missing.err));
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
