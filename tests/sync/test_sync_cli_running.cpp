// SPDX-License-Identifier: GPL-3.0-or-later
// `earshot-cli sync` without --once, as a separate process against a loopback feed server:
// it fetches, keeps running, and stops cleanly on SIGTERM, also in the middle of a pass.
// Every wait is on a condition, never on a clock.
#include "core/services/Workspace.h"
#include "core/storage/Database.h"
#include "core/storage/SourceRepository.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TempDir.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <functional>

using namespace earshot;
using earshot::test::LocalHttpServer;
using earshot::test::ScriptedResponse;

namespace {

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

// Runs the event loop (the feed server lives on it) until `done` holds or the process
// ended; true when `done` holds.
bool waitFor(QProcess &process, const std::function<bool()> &done)
{
    while (!done()) {
        if (process.state() == QProcess::NotRunning)
            return done();
        // Polls the store too, which no event announces: a short nap between checks, no
        // limit on how long it may take in all.
        QTest::qWait(20);
    }
    return true;
}

qint64 storedItems(const QString &db, const QString &address)
{
    auto connection = Database::open(db, Database::Mode::ReadOnly);
    for (const SourceRecord &s : SourceRepository(*connection).list()) {
        if (s.address == address)
            return s.itemCount;
    }
    return -1;
}

}  // namespace

class TestSyncCliRunning : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;

    QString workspaceWith(const QStringList &addresses)
    {
        const QString path = m_dir.filePath(
            QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        auto db = Workspace::open(path);
        if (!db)
            return {};
        SourceRepository sources(**db);
        for (const QString &address : addresses)
            sources.ensure(QStringLiteral("feed"), address);
        return path;
    }

    static void start(QProcess &process, const QString &db)
    {
        process.setProgram(QStringLiteral(EARSHOT_CLI_PATH));
        process.setArguments({QStringLiteral("--db"), db, QStringLiteral("sync")});
        process.start();
    }

private Q_SLOTS:
    void fetchesAndStopsWhenIdle()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/news.rss"),
                     ScriptedResponse::ok(feed("News", 3), "application/rss+xml"));
        const QString address = server.url(QStringLiteral("/news.rss")).toString();
        const QString db = workspaceWith({address});
        QVERIFY(!db.isEmpty());

        QProcess process;
        start(process, db);
        QVERIFY2(process.waitForStarted(-1), qPrintable(process.errorString()));
        QByteArray out;
        // Each pass of the running mode prints its summary; the first one is the fetch.
        QVERIFY(waitFor(process, [&] {
            out += process.readAllStandardOutput();
            return out.contains("3 new items");
        }));
        QCOMPARE(process.state(), QProcess::Running);  // still running, waiting for more
        QCOMPARE(server.count(QStringLiteral("/news.rss")), 1);
        QCOMPARE(storedItems(db, address), 3);

        process.terminate();  // SIGTERM
        QVERIFY(process.waitForFinished(-1));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        // The store is left consistent and closed: the items are there.
        QCOMPARE(storedItems(db, address), 3);
    }

    void stopsCleanlyDuringAPass()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/quick.rss"),
                     ScriptedResponse::ok(feed("Quick", 2), "application/rss+xml"));
        ScriptedResponse never = ScriptedResponse::ok(feed("Slow", 1), "application/rss+xml");
        never.delayMs = 24 * 3600 * 1000;  // answers only after the test is long over
        server.route(QStringLiteral("/slow.rss"), never);
        const QString quick = server.url(QStringLiteral("/quick.rss")).toString();
        const QString db =
            workspaceWith({quick, server.url(QStringLiteral("/slow.rss")).toString()});
        QVERIFY(!db.isEmpty());

        QProcess process;
        start(process, db);
        QVERIFY2(process.waitForStarted(-1), qPrintable(process.errorString()));
        // The quick source is stored while the slow one keeps the pass open.
        QVERIFY(waitFor(process, [&] {
            return server.count(QStringLiteral("/slow.rss")) == 1 && storedItems(db, quick) == 2;
        }));
        QCOMPARE(process.state(), QProcess::Running);

        process.terminate();
        QVERIFY(process.waitForFinished(-1));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Sync cancelled.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("2 new items")), qPrintable(out));
        QCOMPARE(storedItems(db, quick), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncCliRunning)
#include "test_sync_cli_running.moc"
