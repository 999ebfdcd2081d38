// SPDX-License-Identifier: GPL-3.0-or-later
// Sites watched by hand in the window: the watch list (add, edit, remove, open, due ones
// first), the reminder, quick capture into the inbox, and the main window's entries.
#include "core/model/InboxFilter.h"
#include "core/services/AsyncWatch.h"
#include "core/services/AsyncWorkspace.h"
#include "core/services/WatchService.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "tests/support/TempDir.h"
#include "tests/ui/UiTestData.h"
#include "ui/MainWindow.h"
#include "ui/models/InboxModel.h"
#include "ui/watch/CaptureDialog.h"
#include "ui/watch/PlatformField.h"
#include "ui/watch/WatchActions.h"
#include "ui/watch/WatchListDialog.h"
#include "ui/watch/WatchReminder.h"
#include "ui/watch/WatchSiteDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <atomic>
#include <memory>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

// A clock the test moves; read on database threads too.
struct TestClock {
    std::shared_ptr<std::atomic<qint64>> now =
        std::make_shared<std::atomic<qint64>>(QDateTime::currentMSecsSinceEpoch());
    std::function<qint64()> function() const
    {
        return [now = now] { return now->load(); };
    }
};

}  // namespace

class TestWatchWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addEditRemovePersists();
    void siteEditorRejectsBadAddress();
    void dueSiteListedFirstAndReminded();
    void openUsesOpenerAndMarksChecked();
    void captureFormValidates();
    void captureLandsInDatabaseAndInbox();
    void mainWindowOffersWatchListAndCapture();

private:
    std::unique_ptr<Database> openDb() { return Database::open(m_db); }
    // Adds a site directly, as last checked `checkedAgoMs` before the test clock's now.
    qint64 addSite(const QString &url, qint64 intervalS, std::optional<qint64> checkedAgoMs,
                   const QString &platform = {});
    std::optional<WatchedSite> stored(qint64 id);

    std::unique_ptr<test::TempDir> m_dir;
    QString m_db;
    TestClock m_clock;
    std::unique_ptr<AsyncWorkspace> m_workspace;
    std::unique_ptr<AsyncWatch> m_watch;
};

void TestWatchWindow::init()
{
    m_dir = std::make_unique<test::TempDir>();
    m_db = m_dir->filePath(u"ws.db"_s);
    QVERIFY(test::createWorkspace(m_db));
    m_clock = TestClock{};
    m_workspace = std::make_unique<AsyncWorkspace>(m_db);
    m_watch = std::make_unique<AsyncWatch>(*m_workspace, m_clock.function());
}

void TestWatchWindow::cleanup()
{
    // Dialogs parented to nothing are deleted by the tests; the workspace joins its threads.
    m_watch.reset();
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestWatchWindow::addSite(const QString &url, qint64 intervalS,
                                std::optional<qint64> checkedAgoMs, const QString &platform)
{
    std::unique_ptr<Database> db = openDb();
    const qint64 now = m_clock.now->load();
    // Added a week ago, so a site never checked is due.
    WatchService watch(*db, [now] { return now - 7 * kDayMs; });
    const Result<qint64> id = watch.add(url, intervalS, platform);
    if (!id)
        return 0;
    if (checkedAgoMs)
        WatchRepository(*db).markChecked(*id, now - *checkedAgoMs);
    return *id;
}

std::optional<WatchedSite> TestWatchWindow::stored(qint64 id)
{
    std::unique_ptr<Database> db = openDb();
    return WatchRepository(*db).find(id);
}

void TestWatchWindow::addEditRemovePersists()
{
    auto dialog = std::make_unique<WatchListDialog>(*m_watch);
    dialog->setClock(m_clock.function());
    dialog->show();
    QSignalSpy reloaded(dialog.get(), &WatchListDialog::reloaded);
    QTRY_VERIFY(reloaded.size() >= 1);
    QCOMPARE(dialog->table()->rowCount(), 0);

    WatchSiteDialog *editor = dialog->addSite();
    QVERIFY(editor);
    editor->urlField()->setText(u"https://market.example/shop/42"_s);
    editor->titleField()->setText(u"Shop reviews"_s);
    editor->platformField()->setPlatformId(u"reviews"_s);
    editor->intervalCount()->setValue(2);
    editor->intervalUnit()->setCurrentIndex(2);  // days
    editor->accept();
    QTRY_COMPARE(dialog->sites().size(), 1u);
    const qint64 id = dialog->sites().front().id;
    std::optional<WatchedSite> site = stored(id);
    QVERIFY(site);
    QCOMPARE(site->url, u"https://market.example/shop/42"_s);
    QCOMPARE(site->title, u"Shop reviews"_s);
    QCOMPARE(site->platform, u"reviews"_s);
    QCOMPARE(site->intervalS, qint64(2 * 86400));
    QCOMPARE(dialog->table()->item(0, 0)->text(), u"Shop reviews"_s);

    // A look recorded before the address changes is kept with the new address.
    const qint64 checkedAt = m_clock.now->load() - kHourMs;
    {
        std::unique_ptr<Database> db = openDb();
        QVERIFY(WatchRepository(*db).markChecked(id, checkedAt));
    }
    dialog->reload();
    QTRY_VERIFY(dialog->sites().front().lastCheckedMs.has_value());

    editor = dialog->editSite(id);
    QVERIFY(editor);
    QCOMPARE(editor->urlField()->text(), u"https://market.example/shop/42"_s);
    QCOMPARE(editor->intervalCount()->value(), 2);
    QCOMPARE(editor->intervalUnit()->currentIndex(), 2);
    editor->urlField()->setText(u"https://market.example/shop/43"_s);
    editor->titleField()->setText(u"Shop 43"_s);
    editor->intervalCount()->setValue(12);
    editor->intervalUnit()->setCurrentIndex(1);  // hours
    editor->accept();
    QTRY_COMPARE(dialog->sites().size() == 1 ? dialog->sites().front().url : QString(),
                 u"https://market.example/shop/43"_s);
    {
        std::unique_ptr<Database> db = openDb();
        const std::vector<WatchedSite> all = WatchRepository(*db).list();
        QCOMPARE(all.size(), 1u);
        QCOMPARE(all.front().url, u"https://market.example/shop/43"_s);
        QCOMPARE(all.front().title, u"Shop 43"_s);
        QCOMPARE(all.front().platform, u"reviews"_s);
        QCOMPARE(all.front().intervalS, qint64(12 * 3600));
        QCOMPARE(all.front().lastCheckedMs, std::optional<qint64>(checkedAt));
    }

    dialog->removeSite(dialog->sites().front().id);
    QTRY_COMPARE(dialog->table()->rowCount(), 0);
    std::unique_ptr<Database> db = openDb();
    QVERIFY(WatchRepository(*db).list().empty());
}

void TestWatchWindow::siteEditorRejectsBadAddress()
{
    WatchSiteDialog editor(WatchedSite{});
    editor.show();
    editor.urlField()->setText(u"market.example shop"_s);
    QSignalSpy accepted(&editor, &QDialog::accepted);
    editor.accept();
    QCOMPARE(accepted.size(), 0);
    QVERIFY(editor.isVisible());
    QVERIFY2(editor.messageLabel()->text().contains(u"not a web address"_s),
             qPrintable(editor.messageLabel()->text()));
    editor.urlField()->setText(u"https://market.example/shop"_s);
    editor.accept();
    QCOMPARE(accepted.size(), 1);
}

void TestWatchWindow::dueSiteListedFirstAndReminded()
{
    // By address the fresh one comes first; by due time the overdue one must.
    const qint64 fresh = addSite(u"https://a.example/reviews"_s, 86400, kHourMs);
    const qint64 overdue = addSite(u"https://b.example/reviews"_s, 86400, 2 * kDayMs);
    QVERIFY(fresh > 0 && overdue > 0);

    WatchListDialog dialog(*m_watch);
    dialog.setClock(m_clock.function());
    dialog.show();
    QTRY_COMPARE(dialog.sites().size(), 2u);
    QCOMPARE(dialog.sites().at(0).id, overdue);
    QCOMPARE(dialog.sites().at(1).id, fresh);
    QVERIFY(dialog.isDue(dialog.sites().at(0)));
    QVERIFY(!dialog.isDue(dialog.sites().at(1)));
    QVERIFY(dialog.table()->item(0, 0)->font().bold());
    QVERIFY(!dialog.table()->item(1, 0)->font().bold());
    QCOMPARE(dialog.table()->item(0, 1)->text(), u"https://b.example/reviews"_s);

    WatchReminder reminder(*m_watch);
    reminder.setClock(m_clock.function());
    QSignalSpy due(&reminder, &WatchReminder::dueChanged);
    reminder.start();  // the check at start-up
    QTRY_COMPARE(due.size(), 1);
    QCOMPARE(due.at(0).at(0).toInt(), 1);
    QCOMPARE(due.at(0).at(1).value<QList<qint64>>(), QList<qint64>{overdue});
    QCOMPARE(reminder.dueSites().size(), 1u);
    QCOMPARE(reminder.dueSites().front().id, overdue);

    // Looking at the page settles it: the reminder hears of the change.
    dialog.setUrlOpener([](const QUrl &) { return true; });
    dialog.openSite(overdue);
    QTRY_COMPARE(due.size(), 2);
    QCOMPARE(due.at(1).at(0).toInt(), 0);
    QCOMPARE(reminder.dueCount(), 0);

    // A day and a bit later both fall due, found by the timer alone.
    reminder.setCheckInterval(20);
    reminder.start();
    m_clock.now->fetch_add(kDayMs + kHourMs);
    QTRY_COMPARE(due.size(), 3);
    QCOMPARE(due.at(2).at(0).toInt(), 2);
    QCOMPARE(reminder.dueSites().front().id, fresh);  // due an hour earlier than the other
}

void TestWatchWindow::openUsesOpenerAndMarksChecked()
{
    const qint64 id = addSite(u"https://forum.example/t/123"_s, 3600, std::nullopt, u"forum"_s);
    QVERIFY(id > 0);
    WatchListDialog dialog(*m_watch);
    dialog.setClock(m_clock.function());
    QList<QUrl> opened;
    bool opens = false;
    dialog.setUrlOpener([&](const QUrl &url) {
        opened << url;
        return opens;
    });
    dialog.show();
    QTRY_COMPARE(dialog.sites().size(), 1u);
    dialog.selectSite(id);
    auto *open = dialog.findChild<QPushButton *>(u"watchOpenButton"_s);
    QVERIFY(open && open->isEnabled());

    // The browser did not start: nothing is recorded.
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl(u"https://forum.example/t/123"_s)});
    QVERIFY(dialog.messageLabel()->text().contains(u"Could not open"_s));
    QTest::qWait(100);
    QVERIFY(!stored(id)->lastCheckedMs);

    opens = true;
    m_clock.now->fetch_add(kHourMs / 2);
    const qint64 clickedAt = m_clock.now->load();
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.last(), QUrl(u"https://forum.example/t/123"_s));
    QTRY_VERIFY(stored(id)->lastCheckedMs.has_value());
    QCOMPARE(*stored(id)->lastCheckedMs, clickedAt);
    QTRY_VERIFY(dialog.sites().front().lastCheckedMs.has_value());
    QVERIFY(!dialog.isDue(dialog.sites().front()));
    QVERIFY(!dialog.table()->item(0, 0)->font().bold());
}

void TestWatchWindow::captureFormValidates()
{
    CaptureDialog dialog(*m_watch);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy storedSpy(&dialog, &CaptureDialog::stored);

    dialog.accept();  // an empty form
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageLabel()->isVisible());
    QVERIFY2(dialog.messageLabel()->text().contains(u"link"_s),
             qPrintable(dialog.messageLabel()->text()));

    dialog.urlField()->setText(u"example.org/post 1"_s);
    dialog.platformField()->setPlatformId(u"reviews"_s);
    dialog.authorField()->setText(u"Ann"_s);
    dialog.textField()->setPlainText(u"Broken on arrival."_s);
    dialog.accept();
    QVERIFY2(dialog.messageLabel()->text().contains(u"not a web address"_s),
             qPrintable(dialog.messageLabel()->text()));
    QTRY_COMPARE(QApplication::focusWidget(), dialog.urlField());

    dialog.urlField()->setText(u"https://reviews.example/p/1"_s);
    dialog.textField()->setPlainText(u"   "_s);
    dialog.accept();
    QVERIFY2(dialog.messageLabel()->text().contains(u"text"_s),
             qPrintable(dialog.messageLabel()->text()));

    dialog.textField()->setPlainText(u"Broken on arrival."_s);
    dialog.authorField()->clear();
    dialog.accept();
    QVERIFY2(dialog.messageLabel()->text().contains(u"who wrote"_s),
             qPrintable(dialog.messageLabel()->text()));

    dialog.authorField()->setText(u"Ann"_s);
    dialog.timeKnown()->setChecked(true);
    dialog.timeField()->setDateTime(QDateTime::currentDateTime().addDays(3));
    dialog.accept();
    QVERIFY2(dialog.messageLabel()->text().contains(u"future"_s),
             qPrintable(dialog.messageLabel()->text()));

    QTest::qWait(100);
    QCOMPARE(storedSpy.size(), 0);
    QVERIFY(dialog.isVisible());
    std::unique_ptr<Database> db = openDb();
    QVERIFY(!ItemRepository(*db).findIdByUrl(u"https://reviews.example/p/1"_s));
}

void TestWatchWindow::captureLandsInDatabaseAndInbox()
{
    InboxModel inbox(*m_workspace);
    inbox.setFilter(InboxFilter{});
    QTRY_VERIFY(!inbox.canFetchMore({}));  // the first (empty) page is in
    QCOMPARE(inbox.rowCount(), 0);

    // Quick capture from a watched page starts with its address and platform.
    const qint64 site =
        addSite(u"https://market.example/shop/42"_s, 86400, std::nullopt, u"reviews"_s);
    WatchListDialog list(*m_watch);
    list.show();
    QTRY_COMPARE(list.sites().size(), 1u);
    CaptureDialog *dialog = list.captureFrom(site);
    QVERIFY(dialog);
    QCOMPARE(dialog->urlField()->text(), u"https://market.example/shop/42"_s);
    QCOMPARE(dialog->platformField()->platformId(), u"reviews"_s);

    QSignalSpy storedSpy(dialog, &CaptureDialog::stored);
    QSignalSpy captured(m_watch.get(), &AsyncWatch::captured);
    dialog->urlField()->setText(u"https://market.example/shop/42#review-7"_s);
    dialog->authorField()->setText(u"Ann"_s);
    dialog->titleField()->setText(u"Arrived broken"_s);
    dialog->textField()->setPlainText(u"The kettle arrived with a cracked lid."_s);
    dialog->timeKnown()->setChecked(true);
    const QDateTime written(QDate::currentDate().addDays(-1), QTime(14, 30));
    dialog->timeField()->setDateTime(written);
    dialog->accept();
    QTRY_COMPARE(storedSpy.size(), 1);
    QCOMPARE(storedSpy.at(0).at(1).toBool(), true);  // new
    QCOMPARE(captured.size(), 1);
    const qint64 itemId = storedSpy.at(0).at(0).toLongLong();

    {
        std::unique_ptr<Database> db = openDb();
        const std::optional<StoredItem> item = ItemRepository(*db).find(itemId);
        QVERIFY(item);
        QCOMPARE(item->item.url, u"https://market.example/shop/42#review-7"_s);
        QCOMPARE(item->item.platform, u"reviews"_s);
        QCOMPARE(item->item.author.name, u"Ann"_s);
        QCOMPARE(item->item.title, u"Arrived broken"_s);
        QCOMPARE(item->item.text, u"The kettle arrived with a cracked lid."_s);
        QCOMPARE(item->item.publishedMs, written.toMSecsSinceEpoch());
    }

    QTRY_COMPARE(inbox.rowCount(), 1);
    const QModelIndex row = inbox.index(0, 0);
    QCOMPARE(row.data(InboxModel::IdRole).toLongLong(), itemId);
    QCOMPARE(row.data(InboxModel::PlatformRole).toString(), u"reviews"_s);
    QCOMPARE(row.data(InboxModel::AuthorRole).toString(), u"Ann"_s);

    // The same link again is not a second item.
    CaptureDialog again(*m_watch);
    QSignalSpy againStored(&again, &CaptureDialog::stored);
    again.urlField()->setText(u"https://market.example/shop/42#review-7"_s);
    again.platformField()->setPlatformId(u"reviews"_s);
    again.authorField()->setText(u"Ann"_s);
    again.textField()->setPlainText(u"Copied twice."_s);
    again.accept();
    QTRY_COMPARE(againStored.size(), 1);
    QCOMPARE(againStored.at(0).at(0).toLongLong(), itemId);
    QCOMPARE(againStored.at(0).at(1).toBool(), false);
}

void TestWatchWindow::mainWindowOffersWatchListAndCapture()
{
    // Items present, so the window asks no first-run question.
    const QString data = m_dir->filePath(u"items.jsonl"_s);
    QVERIFY(test::writeGeneratedItems(data, 3));
    QCOMPARE(test::importNow(m_db, data), qint64(3));
    addSite(u"https://market.example/shop/42"_s, 86400, 2 * kDayMs, u"reviews"_s);
    addSite(u"https://forum.example/t/9"_s, 7 * 86400, kHourMs, u"forum"_s);

    QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    test::NoPrompter prompter;
    MainWindow window(*m_workspace, settings, prompter, nullptr);
    window.show();
    WatchActions *watch = window.watchActions();
    QVERIFY(watch);

    // The reminder looked at start-up: one site is due, the one checked an hour ago is not.
    QToolButton *button = watch->reminderButton();
    QTRY_VERIFY(button->isVisible());
    QVERIFY2(button->text().contains(u'1'), qPrintable(button->text()));
    QCOMPARE(watch->reminder()->dueCount(), 1);

    const std::vector<ShortcutEntry> table = shortcutTable();
    QCOMPARE(watch->watchListAction()->shortcuts(), shortcutFor(Command::WatchList, table).keys);
    QCOMPARE(watch->captureAction()->shortcuts(), shortcutFor(Command::QuickCapture, table).keys);
    QVERIFY(!watch->captureAction()->shortcut().isEmpty());

    QTest::mouseClick(button, Qt::LeftButton);
    auto *list = window.findChild<WatchListDialog *>();
    QVERIFY(list);
    QTRY_VERIFY(list->isVisible());
    QTRY_COMPARE(list->sites().size(), 2u);
    QCOMPARE(list->sites().front().url, u"https://market.example/shop/42"_s);
    list->setUrlOpener([](const QUrl &) { return true; });
    list->openSite(list->sites().front().id);
    QTRY_VERIFY(!button->isVisible());  // nothing is due any more
    list->close();

    watch->captureAction()->trigger();
    CaptureDialog *capture = nullptr;
    QTRY_VERIFY((capture = window.findChild<CaptureDialog *>()) != nullptr);
    QTRY_VERIFY(capture->isVisible());
    capture->reject();
}

QTEST_MAIN(TestWatchWindow)
#include "test_watch_window.moc"
