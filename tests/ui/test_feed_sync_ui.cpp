// SPDX-License-Identifier: GPL-3.0-or-later
// Feed sync and sources in the window, offscreen, against a loopback feed server serving
// the shared corpus: sync from the window fills the open inbox with progress and per-source
// state, "retry failed" fetches only the failed sources, and the add-source dialog finds a
// page's feed and previews it. Waits are on conditions only.
#include "core/connectors/feed/FeedParser.h"
#include "core/net/HttpClient.h"
#include "core/services/AsyncWorkspace.h"
#include "core/storage/Database.h"
#include "core/storage/SourceRepository.h"
#include "core/sync/SourceManager.h"
#include "tests/support/Corpus.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/TempDir.h"
#include "tests/ui/Screenshot.h"
#include "tests/ui/UiTestData.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/Shortcuts.h"
#include "ui/models/InboxModel.h"
#include "ui/models/SidebarModel.h"
#include "ui/sources/AddSourceDialog.h"
#include "ui/sources/EditSourceDialog.h"
#include "ui/sources/SourceActions.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStatus.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>

using namespace earshot;
using earshot::test::LocalHttpServer;
using earshot::test::NoPrompter;
using earshot::test::ScriptedResponse;
using earshot::test::waitFor;

namespace {

QByteArray smallFeed(const QByteArray &title, int items)
{
    QByteArray out =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title>";
    for (int i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "<item><guid>" + title + n + "</guid><title>" + title + " post " + n +
               "</title><description>About " + title + "</description></item>";
    }
    return out + "</channel></rss>";
}

QByteArray corpusFeed()
{
    QFile file(
        test::corpusPath(QStringLiteral("feeds/feedparser/wellformed/sanitize/"
                                        "large_atom_feed_that_needs_css_sanitisation.xml")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ScriptedResponse notFound()
{
    ScriptedResponse response;
    response.status = 404;
    response.body = "not here";
    return response;
}

}  // namespace

// The main window with a network, on its own settings file, shown.
struct OpenWindow {
    OpenWindow(const QString &db, const QString &ini)
        : settings(ini, QSettings::IniFormat),
          workspace(db),
          window(workspace, settings, prompter, &network)
    {
        window.resize(1300, 800);
        window.show();
    }

    QSettings settings;
    AsyncWorkspace workspace;
    NoPrompter prompter;
    QNetworkAccessManager network;
    MainWindow window;
};

class TestFeedSyncUi : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    QByteArray m_corpus;
    int m_corpusEntries = 0;
    QString m_newestTitle;

    // A migrated workspace with these feed sources; returns their ids in order.
    QList<qint64> workspaceWith(const QString &db, const QStringList &addresses)
    {
        if (!test::createWorkspace(db))
            return {};
        auto connection = Database::open(db);
        SourceRepository sources(*connection);
        QList<qint64> ids;
        for (const QString &address : addresses)
            ids.append(sources.ensure(QStringLiteral("feed"), address));
        return ids;
    }

    static SidebarModel::SourceState stateOf(SidebarModel *sidebar, qint64 sourceId)
    {
        const int row = sidebar->rowOfKey(QStringLiteral("source:%1").arg(sourceId));
        if (row < 0)
            return SidebarModel::SourceState::None;
        return static_cast<SidebarModel::SourceState>(
            sidebar->index(row).data(SidebarModel::SourceStateRole).toInt());
    }

    static QString tooltipOf(SidebarModel *sidebar, qint64 sourceId)
    {
        const int row = sidebar->rowOfKey(QStringLiteral("source:%1").arg(sourceId));
        return row < 0 ? QString() : sidebar->index(row).data(Qt::ToolTipRole).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_corpus = corpusFeed();
        QVERIFY(!m_corpus.isEmpty());
        const Result<ParsedFeed> parsed =
            parseFeed(m_corpus, QUrl(QStringLiteral("http://127.0.0.1/feed.xml")), "");
        QVERIFY(parsed.ok());
        m_corpusEntries = int(parsed->entries.size());
        QVERIFY(m_corpusEntries > 5);
        const std::vector<FeedPreviewEntry> newest = previewEntries(*parsed);
        QVERIFY(!newest.empty());
        m_newestTitle = newest.front().title;
    }

    void syncFromWindowFillsInboxAndRetriesFailedOnly()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/corpus.xml"),
                     ScriptedResponse::ok(m_corpus, "application/atom+xml"));
        // Broken now, a feed once it is mended below.
        server.routeSequence(
            QStringLiteral("/mended.rss"),
            {ScriptedResponse::ok("<html><body>maintenance</body></html>", "text/html"),
             ScriptedResponse::ok(smallFeed("Mended", 2), "application/rss+xml")});
        server.route(QStringLiteral("/gone.rss"), notFound());

        const QString db = m_dir.filePath(QStringLiteral("sync.db"));
        const QList<qint64> ids =
            workspaceWith(db, {server.url(QStringLiteral("/corpus.xml")).toString(),
                               server.url(QStringLiteral("/mended.rss")).toString(),
                               server.url(QStringLiteral("/gone.rss")).toString()});
        QCOMPARE(ids.size(), 3);
        const qint64 good = ids[0];
        const qint64 mended = ids[1];
        const qint64 gone = ids[2];

        OpenWindow open(db, m_dir.filePath(QStringLiteral("sync.ini")));
        MainWindow &window = open.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SyncController *sync = window.syncController();
        QVERIFY(sync);
        InboxModel *inbox = window.inboxModel();
        SidebarModel *sidebar = window.sidebarModel();
        waitFor([&] { return sidebar->rowOfKey(QStringLiteral("source:%1").arg(good)) >= 0; });
        QCOMPARE(inbox->rowCount(), 0);
        QCOMPARE(stateOf(sidebar, good), SidebarModel::SourceState::None);  // never fetched

        QProgressBar *bar = sync->status()->progressBar();
        QSignalSpy barValues(bar, &QProgressBar::valueChanged);
        QSignalSpy reloads(inbox, &InboxModel::reloaded);
        sync->syncNowAction()->trigger();  // what F5 and Sources > Sync Now do
        QVERIFY(bar->isVisible());
        QVERIFY(sync->status()->cancelButton()->isVisible());
        QVERIFY(!sync->syncNowAction()->isEnabled());
        QVERIFY(sync->cancelAction()->isEnabled());

        // New items reach the open inbox without a reload by hand.
        waitFor([&] { return inbox->rowCount() == m_corpusEntries; });
        waitFor([&] { return sync->syncNowAction()->isEnabled(); });
        QVERIFY(reloads.count() >= 1);
        QCOMPARE(bar->maximum(), 3);
        QCOMPARE(barValues.last().first().toInt(), 3);  // 3 of 3 sources done
        QVERIFY(!bar->isVisible());
        const QString message = sync->status()->message();
        QVERIFY2(message.contains(QStringLiteral("%1 new").arg(m_corpusEntries)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("2 source")) &&
                     message.contains(QStringLiteral("failed")),
                 qPrintable(message));
        QVERIFY(sync->status()->retryButton()->isVisible());

        // Per-source state, with the reason in plain words in the tooltip.
        QCOMPARE(stateOf(sidebar, good), SidebarModel::SourceState::Ok);
        QCOMPARE(stateOf(sidebar, mended), SidebarModel::SourceState::Failing);
        QCOMPARE(stateOf(sidebar, gone), SidebarModel::SourceState::Failing);
        QVERIFY2(tooltipOf(sidebar, mended).contains(QStringLiteral("web page, not a feed")),
                 qPrintable(tooltipOf(sidebar, mended)));
        QVERIFY2(tooltipOf(sidebar, gone).contains(QStringLiteral("HTTP 404")),
                 qPrintable(tooltipOf(sidebar, gone)));
        test::screenshot(&window, QStringLiteral("window-after-sync"));

        // Retry fetches the failed sources only; the mended one now brings its items.
        server.clearRequests();
        sync->retryFailedAction()->trigger();
        QVERIFY(bar->isVisible());
        waitFor([&] { return inbox->rowCount() == m_corpusEntries + 2; });
        waitFor([&] { return sync->syncNowAction()->isEnabled(); });
        QCOMPARE(server.count(QStringLiteral("/corpus.xml")), 0);
        QCOMPARE(server.count(QStringLiteral("/mended.rss")), 1);
        QCOMPARE(server.count(QStringLiteral("/gone.rss")), 1);
        QCOMPARE(bar->maximum(), 2);
        QCOMPARE(stateOf(sidebar, mended), SidebarModel::SourceState::Ok);
        QCOMPARE(stateOf(sidebar, gone), SidebarModel::SourceState::Failing);
        QVERIFY(sync->status()->message().contains(QStringLiteral("1 source")));
        // The stored health agrees once fresh counts arrive (a restart would show it).
        sidebar->refresh();
        QSignalSpy stats(sidebar, &SidebarModel::statsLoaded);
        waitFor([&] { return stats.count() > 0; });
        QVERIFY(tooltipOf(sidebar, gone).contains(QStringLiteral("HTTP 404")));
        test::screenshot(&window, QStringLiteral("window-after-retry"));
    }

    void cancelStopsARunningSync()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/quick.rss"),
                     ScriptedResponse::ok(smallFeed("Quick", 3), "application/rss+xml"));
        ScriptedResponse never = ScriptedResponse::ok(smallFeed("Slow", 1), "application/rss+xml");
        never.delayMs = 24 * 3600 * 1000;  // still waiting when the test ends
        server.route(QStringLiteral("/slow.rss"), never);
        const QString db = m_dir.filePath(QStringLiteral("cancel.db"));
        const QList<qint64> ids =
            workspaceWith(db, {server.url(QStringLiteral("/quick.rss")).toString(),
                               server.url(QStringLiteral("/slow.rss")).toString()});
        QCOMPARE(ids.size(), 2);

        OpenWindow open(db, m_dir.filePath(QStringLiteral("cancel.ini")));
        MainWindow &window = open.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SyncController *sync = window.syncController();
        SidebarModel *sidebar = window.sidebarModel();
        waitFor([&] { return sidebar->rowOfKey(QStringLiteral("source:%1").arg(ids[1])) >= 0; });

        sync->syncNowAction()->trigger();
        // The quick source is in, the slow one is still syncing.
        waitFor([&] { return window.inboxModel()->rowCount() == 3; });
        waitFor([&] { return server.count(QStringLiteral("/slow.rss")) == 1; });
        QCOMPARE(stateOf(sidebar, ids[0]), SidebarModel::SourceState::Ok);
        QCOMPARE(stateOf(sidebar, ids[1]), SidebarModel::SourceState::Syncing);
        QVERIFY(tooltipOf(sidebar, ids[1]).contains(QStringLiteral("Fetching now")));
        QCOMPARE(sync->status()->progressBar()->value(), 1);
        test::screenshot(&window, QStringLiteral("window-during-sync"));

        sync->status()->cancelButton()->click();
        waitFor([&] { return sync->syncNowAction()->isEnabled(); });
        QVERIFY(sync->status()->message().contains(QStringLiteral("cancelled")));
        QCOMPARE(stateOf(sidebar, ids[1]), SidebarModel::SourceState::None);
        QCOMPARE(window.inboxModel()->rowCount(), 3);
    }

    void sourceCommandsFromTheSidebar()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/a.rss"),
                     ScriptedResponse::ok(smallFeed("Alpha", 2), "application/rss+xml"));
        server.route(QStringLiteral("/b.rss"),
                     ScriptedResponse::ok(smallFeed("Beta", 3), "application/rss+xml"));
        const QString db = m_dir.filePath(QStringLiteral("commands.db"));
        const QList<qint64> ids =
            workspaceWith(db, {server.url(QStringLiteral("/a.rss")).toString(),
                               server.url(QStringLiteral("/b.rss")).toString()});
        QCOMPARE(ids.size(), 2);
        const qint64 alpha = ids[0];
        const qint64 beta = ids[1];
        qint64 imported = 0;
        {
            auto connection = Database::open(db);
            imported =
                SourceRepository(*connection)
                    .ensure(QStringLiteral("feed"), QStringLiteral("https://example.org/saved"),
                            QStringLiteral("Saved posts"), source_kind::Import);
        }

        OpenWindow open(db, m_dir.filePath(QStringLiteral("commands.ini")));
        MainWindow &window = open.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SidebarModel *sidebar = window.sidebarModel();
        SourceActions *actions = window.sourceActions();
        SyncController *sync = window.syncController();
        QVERIFY(actions && sync);
        const auto rowOf = [&](qint64 id) {
            return sidebar->rowOfKey(QStringLiteral("source:%1").arg(id));
        };
        waitFor([&] { return rowOf(imported) >= 0 && rowOf(beta) >= 0; });

        // F5 and Ctrl+Shift+N come from the one shortcut table the help dialog lists.
        const std::vector<ShortcutEntry> table = shortcutTable();
        QCOMPARE(sync->syncNowAction()->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(sync->syncNowAction()->shortcuts(), shortcutFor(Command::SyncNow, table).keys);
        QCOMPARE(actions->addSourceAction()->shortcuts(),
                 shortcutFor(Command::AddSource, table).keys);
        QCOMPARE(actions->addSourceAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

        // The menu of a followed feed offers a sync of its own; an imported source's not.
        const auto menuActions = [&](qint64 id) {
            const std::optional<SourceRecord> source = sidebar->sourceAt(rowOf(id));
            QStringList names;
            if (!source)
                return names;
            QMenu menu;
            actions->addSourceCommands(menu, *source);
            for (const QAction *a : menu.actions())
                names.append(a->objectName());
            return names;
        };
        QCOMPARE(menuActions(alpha), (QStringList{QStringLiteral("syncSourceAction"),
                                                  QStringLiteral("editSourceAction"),
                                                  QStringLiteral("removeSourceAction")}));
        QCOMPARE(menuActions(imported), (QStringList{QStringLiteral("editSourceAction"),
                                                     QStringLiteral("removeSourceAction")}));
        QVERIFY(!sidebar->sourceAt(0));  // the first row is a heading

        // Sync one source: only its address is requested.
        actions->syncSource(*sidebar->sourceAt(rowOf(alpha)));
        waitFor([&] { return !sync->syncNowAction()->isEnabled(); });
        waitFor([&] { return sync->syncNowAction()->isEnabled(); });
        QCOMPARE(server.count(QStringLiteral("/a.rss")), 1);
        QCOMPARE(server.count(QStringLiteral("/b.rss")), 0);
        waitFor([&] { return window.inboxModel()->rowCount() == 2; });

        // Edit: the dialog shows the source; what is changed is stored and shown.
        actions->editSource(*sidebar->sourceAt(rowOf(beta)));
        auto *dialog = window.findChild<EditSourceDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("sourceTitle"))
            ->setText(QStringLiteral("Beta forum"));
        dialog->findChild<QSpinBox *>(QStringLiteral("sourceInterval"))->setValue(120);
        dialog->findChild<QCheckBox *>(QStringLiteral("sourceEnabled"))->setChecked(false);
        test::screenshot(dialog, QStringLiteral("edit-source"));
        dialog->accept();
        waitFor([&] {
            return sidebar->index(rowOf(beta)).data().toString() == QLatin1String("Beta forum");
        });
        std::optional<SourceRecord> stored;
        {
            auto connection = Database::open(db, Database::Mode::ReadOnly);
            stored = SourceRepository(*connection).find(beta);
        }
        QVERIFY(stored);
        QCOMPARE(stored->intervalSeconds, 120 * 60);
        QCOMPARE(stored->enabled, false);
        QCOMPARE(stored->address, server.url(QStringLiteral("/b.rss")).toString());
        // The imported source's dialog has no fetch settings to offer.
        actions->editSource(*sidebar->sourceAt(rowOf(imported)));
        auto dialogs = window.findChildren<EditSourceDialog *>();
        QCOMPARE(dialogs.size(), 1);  // the first one closed and went
        QVERIFY(!dialogs.first()->findChild<QSpinBox *>(QStringLiteral("sourceInterval")));
        dialogs.first()->reject();

        // Remove asks first; "no" keeps everything.
        QStringList questions;
        bool answer = false;
        actions->setConfirmer([&](QWidget *, const QString &question) {
            questions.append(question);
            return answer;
        });
        actions->removeSource(*sidebar->sourceAt(rowOf(alpha)));
        QCOMPARE(questions.size(), 1);
        // The count of what goes with it (plural forms are the translation's job).
        QVERIFY2(questions.first().contains(QStringLiteral("2 item")),
                 qPrintable(questions.first()));
        QVERIFY(rowOf(alpha) >= 0);
        answer = true;
        actions->removeSource(*sidebar->sourceAt(rowOf(alpha)));
        waitFor([&] { return rowOf(alpha) < 0; });
        waitFor([&] { return window.inboxModel()->rowCount() == 0; });
        QVERIFY(rowOf(beta) >= 0);
    }

    void addSourceDialogDiscoversAndPreviews()
    {
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/blog/"),
                     ScriptedResponse::ok("<!DOCTYPE html><html><head><title>Blog</title>"
                                          "<link rel=\"alternate\" type=\"application/atom+xml\" "
                                          "title=\"Blog feed\" href=\"/blog/atom.xml\"></head>"
                                          "<body>Hello</body></html>",
                                          "text/html; charset=utf-8"));
        server.route(QStringLiteral("/blog/atom.xml"),
                     ScriptedResponse::ok(m_corpus, "application/atom+xml"));
        server.route(QStringLiteral("/plain/"),
                     ScriptedResponse::ok("<html><body>No feeds here</body></html>", "text/html"));

        const QString db = m_dir.filePath(QStringLiteral("add.db"));
        QVERIFY(test::createWorkspace(db));
        {
            auto connection = Database::open(db);
            SourceRepository sources(*connection);
            sources.setGroup(sources.ensure(QStringLiteral("feed"),
                                            QStringLiteral("https://example.org/old.rss")),
                             QStringLiteral("Forums"));
        }
        AsyncWorkspace workspace(db);
        QNetworkAccessManager network;
        HttpClient http(network);
        SourceManager manager(workspace, http);
        AddSourceDialog dialog(manager);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        waitFor([&] { return dialog.groupField()->findText(QStringLiteral("Forums")) >= 0; });

        // A page with <link rel="alternate">: its feed, with the newest entries.
        QSignalSpy searched(&dialog, &AddSourceDialog::searchFinished);
        QTest::keyClicks(dialog.addressField(), server.url(QStringLiteral("/blog/")).toString());
        QTest::keyClick(dialog.addressField(), Qt::Key_Return);
        QVERIFY(dialog.isSearching());
        waitFor([&] { return searched.count() == 1; });
        QCOMPARE(dialog.feedList()->count(), 1);
        QVERIFY(dialog.feedList()->item(0)->text().contains(
            server.url(QStringLiteral("/blog/atom.xml")).toString()));
        QTreeWidget *preview = dialog.previewList();
        QCOMPARE(preview->topLevelItemCount(), FeedCandidate::kPreviewEntries);
        QCOMPARE(preview->topLevelItem(0)->text(0), m_newestTitle);
        QVERIFY(!preview->topLevelItem(0)->text(1).isEmpty());  // its date
        QVERIFY(!dialog.titleField()->text().isEmpty());        // the feed's own title
        QVERIFY(dialog.addButton()->isEnabled());
        test::screenshot(&dialog, QStringLiteral("add-source-found"));

        // Errors in plain words: a page without feeds, a missing page, no server at all.
        dialog.findFeeds(server.url(QStringLiteral("/plain/")).toString());
        waitFor([&] { return searched.count() == 2; });
        QVERIFY2(dialog.message().contains(QStringLiteral("No feed found")),
                 qPrintable(dialog.message()));
        QVERIFY(!dialog.addButton()->isEnabled());
        test::screenshot(&dialog, QStringLiteral("add-source-no-feed"));
        server.route(QStringLiteral("/missing/"), notFound());
        dialog.findFeeds(server.url(QStringLiteral("/missing/")).toString());
        waitFor([&] { return searched.count() == 3; });
        QVERIFY2(dialog.message().contains(QStringLiteral("HTTP 404")),
                 qPrintable(dialog.message()));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();  // nothing listens there any more: connection refused
        dialog.findFeeds(QStringLiteral("http://127.0.0.1:%1/").arg(deadPort));
        waitFor([&] { return searched.count() == 4; });
        QVERIFY(!dialog.message().isEmpty());
        QVERIFY(!dialog.message().contains(QStringLiteral("No feed found")));
        dialog.findFeeds(QStringLiteral("ftp://example.org/"));
        waitFor([&] { return searched.count() == 5; });
        QVERIFY(dialog.message().contains(QStringLiteral("not a web address")));

        // Found again, picked, put in a group, added.
        dialog.findFeeds(server.url(QStringLiteral("/blog/")).toString());
        waitFor([&] { return searched.count() == 6; });
        dialog.groupField()->setEditText(QStringLiteral("Blogs"));
        dialog.titleField()->setText(QStringLiteral("Phone blog"));
        QSignalSpy added(&dialog, &AddSourceDialog::sourceAdded);
        dialog.addButton()->click();
        waitFor([&] { return added.count() == 1; });
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto source = added.first().first().value<AddedSource>();
        QVERIFY(!source.existed);
        QCOMPARE(source.address, server.url(QStringLiteral("/blog/atom.xml")).toString());
        std::optional<SourceRecord> stored;
        {
            auto connection = Database::open(db, Database::Mode::ReadOnly);
            stored = SourceRepository(*connection).find(source.id);
        }
        QVERIFY(stored);
        QCOMPARE(stored->group, QStringLiteral("Blogs"));
        QCOMPARE(stored->title, QStringLiteral("Phone blog"));
    }
};

QTEST_MAIN(TestFeedSyncUi)
#include "test_feed_sync_ui.moc"
