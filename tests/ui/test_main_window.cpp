// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AsyncWorkspace.h"
#include "tests/support/TempDir.h"
#include "tests/ui/UiTestData.h"
#include "ui/InboxActions.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/Translations.h"
#include "ui/dialogs/ShortcutsDialog.h"
#include "ui/models/InboxModel.h"
#include "ui/models/SidebarModel.h"
#include "ui/widgets/ContentBrowser.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace earshot;

namespace {

// Answers the window's questions as a test tells it to, and counts them.
class ScriptedPrompter : public Prompter {
public:
    bool offerSampleWorkspace(QWidget *) override
    {
        ++sampleOffers;
        return loadSample;
    }
    QString chooseImportFile(QWidget *) override
    {
        ++fileChoices;
        return importPath;
    }

    bool loadSample = false;
    QString importPath;
    int sampleOffers = 0;
    int fileChoices = 0;
};

QString line(const QString &id, const QString &title, const QString &text, const QString &published,
             const QString &platform = QStringLiteral("vk"))
{
    const QJsonObject o{
        {QStringLiteral("platform"), platform},
        {QStringLiteral("source"), QStringLiteral("club42")},
        {QStringLiteral("source_title"), QStringLiteral("Fans")},
        {QStringLiteral("id"), id},
        {QStringLiteral("url"), QString(QStringLiteral("https://example.org/") + id)},
        {QStringLiteral("author"), QStringLiteral("Мария")},
        {QStringLiteral("title"), title},
        {QStringLiteral("text"), text},
        {QStringLiteral("published"), published}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// QTest::keyClicks only knows Latin-1; Cyrillic is typed as text events.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyWorkspaceOffersSample();
    void declinedSampleLeavesWorkspaceEmpty();
    void selectionFillsReadingPane();
    void searchFindsRussianWordForms();
    void sidebarSelectsView();
    void keyboardShortcuts();
    void shortcutsDialogListsEveryShortcut();
    void marksReadAfterDelay();
    void remembersGeometry();
    void importsThroughFileMenu();
    void speaksRussian();

private:
    void fillWorkspace();
    void openWindow();
    QListView *inboxList() const
    {
        return m_window->findChild<QListView *>(QStringLiteral("inboxList"));
    }

    std::unique_ptr<test::TempDir> m_dir;
    QString m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AsyncWorkspace> m_workspace;
    ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<test::TempDir>();
    m_db = m_dir->filePath(QStringLiteral("ws.db"));
    QVERIFY(test::createWorkspace(m_db));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("inbox/markReadDelayMs"), -1);  // tests mark by hand
    m_prompter = ScriptedPrompter{};
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::fillWorkspace()
{
    const QString data = m_dir->filePath(QStringLiteral("items.jsonl"));
    QVERIFY(test::writeLines(
        data, {line(QStringLiteral("1"), QStringLiteral("Новый тариф"),
                    QStringLiteral("Я недоволен новым тарифом, верните старый."),
                    QStringLiteral("2026-03-01T10:00:00Z")),
               line(QStringLiteral("2"), QString(), QStringLiteral("Спасибо за быструю доставку!"),
                    QStringLiteral("2026-03-01T09:00:00Z"), QStringLiteral("telegram")),
               line(QStringLiteral("3"), QStringLiteral("Outage"),
                    QStringLiteral("No internet since morning."),
                    QStringLiteral("2026-03-01T08:00:00Z"), QStringLiteral("mastodon"))}));
    QCOMPARE(test::importNow(m_db, data), qint64(3));
}

void TestMainWindow::openWindow()
{
    m_workspace = std::make_unique<AsyncWorkspace>(m_db);
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_settings, m_prompter, nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::emptyWorkspaceOffersSample()
{
    m_prompter.loadSample = true;
    openWindow();
    QTRY_COMPARE(m_prompter.sampleOffers, 1);
    QTRY_VERIFY(m_window->inboxModel()->rowCount() > 0);
    QTRY_VERIFY(m_window->sidebarModel()->totalItems() > 0);
    // Platforms of the sample appear in the sidebar.
    QTRY_VERIFY(m_window->sidebarModel()->rowOfKey(QStringLiteral("platform:vk")) >= 0);
}

void TestMainWindow::declinedSampleLeavesWorkspaceEmpty()
{
    openWindow();
    QTRY_COMPARE(m_prompter.sampleOffers, 1);
    QTest::qWait(200);
    QCOMPARE(m_window->inboxModel()->rowCount(), 0);
    QVERIFY(!m_workspace->isImporting());
}

void TestMainWindow::selectionFillsReadingPane()
{
    fillWorkspace();
    openWindow();
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 3);
    QCOMPARE(m_prompter.sampleOffers, 0);  // not empty: no question
    QListView *list = inboxList();
    list->setCurrentIndex(m_window->inboxModel()->index(0));
    auto *title = m_window->findChild<QLabel *>(QStringLiteral("itemTitle"));
    auto *browser = m_window->findChild<ContentBrowser *>(QStringLiteral("contentBrowser"));
    QVERIFY(title && browser);
    QTRY_COMPARE(title->text(), QStringLiteral("Новый тариф"));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("верните старый")));
    auto *meta = m_window->findChild<QLabel *>(QStringLiteral("itemMeta"));
    QVERIFY(meta->text().contains(QStringLiteral("Мария")));
    QVERIFY(meta->text().contains(QStringLiteral("Fans")));

    list->setCurrentIndex(m_window->inboxModel()->index(2));
    QTRY_COMPARE(title->text(), QStringLiteral("Outage"));
}

void TestMainWindow::searchFindsRussianWordForms()
{
    fillWorkspace();
    openWindow();
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 3);
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(field);
    field->setFocus();
    typeText(field, QStringLiteral("тарифы"));
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 1);
    QCOMPARE(m_window->inboxModel()->index(0).data(InboxModel::TitleRole).toString(),
             QStringLiteral("Новый тариф"));
    QCOMPARE(m_window->inboxModel()->filter().text, QStringLiteral("тарифы"));
    QVERIFY(m_window->inboxModel()->filter().prefixLastWord);

    // As you type: an unfinished word already finds its item.
    field->clear();
    typeText(field, QStringLiteral("доста"));
    QTRY_COMPARE(m_window->inboxModel()->filter().text, QStringLiteral("доста"));
    QTRY_VERIFY(!m_window->inboxModel()->isLoading());
    QCOMPARE(m_window->inboxModel()->rowCount(), 1);
    QCOMPARE(m_window->inboxModel()->index(0).data(InboxModel::PlatformRole).toString(),
             QStringLiteral("telegram"));

    QTest::keyClick(field, Qt::Key_Escape);  // clears and goes back to the list
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 3);
    QVERIFY(field->text().isEmpty());
}

void TestMainWindow::sidebarSelectsView()
{
    fillWorkspace();
    openWindow();
    SidebarModel *sidebar = m_window->sidebarModel();
    QAbstractItemModelTester tester(sidebar,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(sidebar->rowOfKey(QStringLiteral("platform:telegram")) >= 0);
    const int vkRow = sidebar->rowOfKey(QStringLiteral("platform:vk"));
    QCOMPARE(sidebar->index(vkRow).data(SidebarModel::UnreadRole).toLongLong(), qint64(1));
    QCOMPARE(sidebar->index(vkRow).data(SidebarModel::BadgeRole).toLongLong(), qint64(1));
    auto *view = m_window->findChild<QListView *>(QStringLiteral("sidebar"));
    view->setCurrentIndex(sidebar->index(sidebar->rowOfKey(QStringLiteral("platform:telegram"))));
    QTRY_COMPARE(m_window->inboxModel()->filter().platform, QStringLiteral("telegram"));
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 1);
    // Headings are not views.
    QVERIFY(!(sidebar->flags(sidebar->index(0)) & Qt::ItemIsSelectable));
    view->setCurrentIndex(sidebar->index(sidebar->rowOfKey(QStringLiteral("view:all"))));
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 3);

    // New content refreshes the counts: the layout changes (a new platform), the view stays.
    const QString more = m_dir->filePath(QStringLiteral("more.jsonl"));
    QVERIFY(test::writeLines(
        more, {line(QStringLiteral("9"), QStringLiteral("Reddit post"), QStringLiteral("Hello"),
                    QStringLiteral("2026-03-02T10:00:00Z"), QStringLiteral("reddit"))}));
    m_window->importFile(more);
    QTRY_VERIFY(sidebar->rowOfKey(QStringLiteral("platform:reddit")) >= 0);
    QCOMPARE(view->currentIndex().data(SidebarModel::KeyRole).toString(),
             QStringLiteral("view:all"));
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 4);
}

void TestMainWindow::keyboardShortcuts()
{
    fillWorkspace();
    openWindow();
    InboxModel *model = m_window->inboxModel();
    QTRY_COMPARE(model->rowCount(), 3);
    QListView *list = inboxList();
    list->setFocus();
    list->setCurrentIndex(model->index(0));

    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_J);
    QTest::keyClick(list, Qt::Key_J);  // stays on the last one
    QCOMPARE(list->currentIndex().row(), 2);
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(list->currentIndex().row(), 0);

    const QModelIndex first = model->index(0);
    QVERIFY(!first.data(InboxModel::SavedRole).toBool());
    QSignalSpy written(m_workspace.get(), &AsyncWorkspace::itemsChanged);
    QTest::keyClick(list, Qt::Key_S);
    QVERIFY(first.data(InboxModel::SavedRole).toBool());
    QVERIFY(!first.data(InboxModel::ReadRole).toBool());
    QTest::keyClick(list, Qt::Key_U);
    QVERIFY(first.data(InboxModel::ReadRole).toBool());

    // The writes reached the database: a fresh model sees them.
    QTRY_COMPARE(written.count(), 2);
    InboxModel fresh(*m_workspace);
    fresh.setFilter({});
    QTRY_COMPARE(fresh.rowCount(), 3);
    QVERIFY(fresh.index(0).data(InboxModel::SavedRole).toBool());
    QVERIFY(fresh.index(0).data(InboxModel::ReadRole).toBool());
    // ... and the sidebar counts follow.
    QTRY_COMPARE(m_window->sidebarModel()
                     ->index(m_window->sidebarModel()->rowOfKey(QStringLiteral("view:saved")))
                     .data(SidebarModel::TotalRole)
                     .toLongLong(),
                 qint64(1));

    QTest::keyClick(list, Qt::Key_U);
    QVERIFY(!first.data(InboxModel::ReadRole).toBool());

    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTest::keyClick(list, Qt::Key_Slash);
    QTRY_VERIFY(field->hasFocus());
    QVERIFY(field->text().isEmpty());  // the slash is not typed into the field
    // Letters typed in the search field are text, not commands.
    QTest::keyClicks(field, QStringLiteral("js"));
    QCOMPARE(field->text(), QStringLiteral("js"));
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(field, Qt::Key_Escape);
    QTRY_VERIFY(list->hasFocus());
}

void TestMainWindow::shortcutsDialogListsEveryShortcut()
{
    fillWorkspace();
    openWindow();
    int rows = 0;
    bool seen = false;
    // The dialog is modal: look at it from the event loop, then close it.
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        rows = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"))->rowCount();
        dialog->reject();
    });
    QTest::keyClick(inboxList(), Qt::Key_Question);
    QVERIFY(seen);
    QCOMPARE(rows, static_cast<int>(shortcutTable().size()));

    // The offscreen platform has no window manager to hand the focus back.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    seen = false;
    QTimer::singleShot(200, this, [&] {
        if (auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget())) {
            seen = true;
            dialog->reject();
        }
    });
    QTest::keyClick(inboxList(), Qt::Key_F1);
    QVERIFY(seen);
}

void TestMainWindow::marksReadAfterDelay()
{
    fillWorkspace();
    m_settings->setValue(QStringLiteral("inbox/markReadDelayMs"), 100);
    openWindow();
    InboxModel *model = m_window->inboxModel();
    QTRY_COMPARE(model->rowCount(), 3);
    inboxList()->setCurrentIndex(model->index(1));
    QVERIFY(!model->index(1).data(InboxModel::ReadRole).toBool());
    QTRY_VERIFY(model->index(1).data(InboxModel::ReadRole).toBool());

    // Moving on before the delay leaves the item unread.
    m_window->inboxActions()->setMarkReadDelay(5000);
    inboxList()->setCurrentIndex(model->index(2));
    inboxList()->setCurrentIndex(model->index(0));
    QTest::qWait(150);
    QVERIFY(!model->index(2).data(InboxModel::ReadRole).toBool());
}

void TestMainWindow::remembersGeometry()
{
    fillWorkspace();
    openWindow();
    m_window->resize(900, 600);
    m_window->close();
    QVERIFY(!m_settings->value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    QVERIFY(!m_settings->value(QStringLiteral("window/splitter")).toByteArray().isEmpty());
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_settings, m_prompter, nullptr);
    QCOMPARE(m_window->size(), QSize(900, 600));
}

void TestMainWindow::importsThroughFileMenu()
{
    fillWorkspace();
    const QString more = m_dir->filePath(QStringLiteral("more.jsonl"));
    QVERIFY(test::writeGeneratedItems(more, 50));
    m_prompter.importPath = more;
    openWindow();
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 3);
    inboxList()->setCurrentIndex(m_window->inboxModel()->index(1));
    const qint64 selected = m_window->inboxActions()->currentId();
    m_window->action(Command::ImportFile)->trigger();
    QCOMPARE(m_prompter.fileChoices, 1);
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 53);
    // The reload after the import keeps the selected item.
    QCOMPARE(m_window->inboxActions()->currentId(), selected);
    QCOMPARE(inboxList()->currentIndex().row(), 1);
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("importMessage"))
                    ->text()
                    .contains(QStringLiteral("50")));

    // A broken file says so in the status bar.
    const QString broken = m_dir->filePath(QStringLiteral("missing.jsonl"));
    m_window->importFile(broken);
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("importMessage"))
                    ->text()
                    .contains(QStringLiteral("missing.jsonl")));
}

void TestMainWindow::speaksRussian()
{
    QCOMPARE(Translations::resolve(QStringLiteral("ru")), QStringLiteral("ru"));
    QCOMPARE(Translations::resolve(QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(Translations::install(*qApp, QStringLiteral("ru")));
    fillWorkspace();
    openWindow();
    SidebarModel *sidebar = m_window->sidebarModel();
    QCOMPARE(sidebar->index(sidebar->rowOfKey(QStringLiteral("view:unread"))).data().toString(),
             QStringLiteral("Непрочитанные"));
    // Core strings are found under the context the core code uses at run time.
    QCOMPARE(QCoreApplication::translate("AsyncWorkspace", "%n item(s) imported", nullptr, 5),
             QStringLiteral("Импортировано 5 упоминаний"));
    QCOMPARE(QCoreApplication::translate("ImportService", "Import cancelled; nothing was stored."),
             QStringLiteral("Импорт отменён; ничего не сохранено."));
    QCOMPARE(QCoreApplication::translate("Database", "Details: %1"),
             QStringLiteral("Подробности: %1"));
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
