// SPDX-License-Identifier: GPL-3.0-or-later
// Triage keys, the query language in the search bar and saved searches, in the main window.
#include "core/services/AsyncWorkspace.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "tests/support/TempDir.h"
#include "tests/ui/UiTestData.h"
#include "ui/InboxActions.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/Shortcuts.h"
#include "ui/models/InboxModel.h"
#include "ui/models/SidebarModel.h"
#include "ui/triage/TagPicker.h"
#include "ui/triage/TriageController.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

class QuietPrompter : public Prompter {
public:
    bool offerSampleWorkspace(QWidget *) override { return false; }
    QString chooseImportFile(QWidget *) override { return {}; }
};

QString line(const QString &id, const QString &text, const QString &published,
             const QString &platform)
{
    const QJsonObject o{{u"platform"_s, platform},
                        {u"source"_s, u"club42"_s},
                        {u"id"_s, id},
                        {u"url"_s, QString(u"https://example.org/"_s + id)},
                        {u"author"_s, u"Мария"_s},
                        {u"title"_s, QString()},
                        {u"text"_s, text},
                        {u"published"_s, published}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}  // namespace

class TestTriageWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void statusKeysAndUndo();
    void archiveClosesSelectionAndMovesOn();
    void tagKeyAddsHierarchicalTag();
    void triageCommandsAreInMenusAndHelp();
    void searchBarRunsQueries();
    void badQueryShowsItsPosition();
    void savedSearchAppearsInSidebar();

private:
    ItemState stateOf(qint64 id);
    QListView *list() const { return m_window->findChild<QListView *>(u"inboxList"_s); }
    QLineEdit *searchField() const { return m_window->findChild<QLineEdit *>(u"searchField"_s); }

    std::unique_ptr<test::TempDir> m_dir;
    QString m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AsyncWorkspace> m_workspace;
    QuietPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void TestTriageWindow::init()
{
    m_dir = std::make_unique<test::TempDir>();
    m_db = m_dir->filePath(u"ws.db"_s);
    QVERIFY(test::createWorkspace(m_db));
    const QString data = m_dir->filePath(u"items.jsonl"_s);
    QVERIFY(test::writeLines(
        data,
        {line(u"1"_s, u"Тариф стал дороже"_s, u"2026-03-01T10:00:00Z"_s, u"vk"_s),
         line(u"2"_s, u"Спасибо за доставку"_s, u"2026-03-01T09:00:00Z"_s, u"telegram"_s),
         line(u"3"_s, u"No internet since morning"_s, u"2026-03-01T08:00:00Z"_s, u"mastodon"_s)}));
    QCOMPARE(test::importNow(m_db, data), qint64(3));
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings->setValue(u"inbox/markReadDelayMs"_s, -1);
    m_workspace = std::make_unique<AsyncWorkspace>(m_db);
    m_window = std::make_unique<MainWindow>(*m_workspace, *m_settings, m_prompter, nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 3);
    list()->setFocus();
    list()->setCurrentIndex(m_window->inboxModel()->index(0));
}

void TestTriageWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_settings.reset();
    m_dir.reset();
}

ItemState TestTriageWindow::stateOf(qint64 id)
{
    std::unique_ptr<Database> db = Database::open(m_db);
    return ItemRepository(*db).find(id)->state;
}

void TestTriageWindow::statusKeysAndUndo()
{
    InboxModel *model = m_window->inboxModel();
    const QModelIndex first = model->index(0);
    const qint64 id = first.data(InboxModel::IdRole).toLongLong();
    QTest::keyClick(list(), Qt::Key_2);
    QTRY_COMPARE(first.data(InboxModel::StatusRole).toInt(), int(ItemStatus::InProgress));
    QCOMPARE(stateOf(id).status, ItemStatus::InProgress);
    QTest::keyClick(list(), Qt::Key_4);
    QTRY_COMPARE(first.data(InboxModel::StatusRole).toInt(), int(ItemStatus::Answered));

    QTest::keyClick(list(), Qt::Key_Z, Qt::ControlModifier);  // undoes the last one only
    QTRY_COMPARE(first.data(InboxModel::StatusRole).toInt(), int(ItemStatus::InProgress));
    QCOMPARE(stateOf(id).status, ItemStatus::InProgress);
}

void TestTriageWindow::archiveClosesSelectionAndMovesOn()
{
    InboxModel *model = m_window->inboxModel();
    QItemSelectionModel *selection = list()->selectionModel();
    selection->select(model->index(1), QItemSelectionModel::Select);  // rows 0 and 1
    QCOMPARE(m_window->triage()->targetIds().size(), 2u);
    const qint64 a = model->index(0).data(InboxModel::IdRole).toLongLong();
    const qint64 b = model->index(1).data(InboxModel::IdRole).toLongLong();
    const qint64 c = model->index(2).data(InboxModel::IdRole).toLongLong();

    QTest::keyClick(list(), Qt::Key_E);
    QTRY_COMPARE(model->index(1).data(InboxModel::StatusRole).toInt(), int(ItemStatus::Closed));
    QCOMPARE(model->index(0).data(InboxModel::StatusRole).toInt(), int(ItemStatus::Closed));
    QCOMPARE(stateOf(a).status, ItemStatus::Closed);
    QCOMPARE(stateOf(b).status, ItemStatus::Closed);
    QCOMPARE(stateOf(c).status, ItemStatus::New);
    QCOMPARE(list()->currentIndex().row(), 1);  // moved on from the current row

    // One undo reverts the whole bulk action.
    QTest::keyClick(list(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(model->index(0).data(InboxModel::StatusRole).toInt(), int(ItemStatus::New));
    QCOMPARE(stateOf(b).status, ItemStatus::New);
}

void TestTriageWindow::tagKeyAddsHierarchicalTag()
{
    InboxModel *model = m_window->inboxModel();
    const qint64 id = model->index(0).data(InboxModel::IdRole).toLongLong();
    QTest::keyClick(list(), Qt::Key_T);
    TagPicker *picker = m_window->triage()->tagPicker();
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());
    picker->field()->setText(u"problem/billing"_s);
    QCOMPARE(picker->chosenTag(), u"problem/billing"_s);  // new: the typed name
    picker->accept();
    QTRY_VERIFY(
        model->index(0).data(InboxModel::TagsRole).toStringList().contains(u"problem/billing"_s));
    QVERIFY(stateOf(id).tags.contains(u"problem/billing"_s));

    // The next time the tag is known and shown under its parent; typing part of it picks it.
    list()->setCurrentIndex(model->index(1));
    QTRY_VERIFY(!m_window->triage()->tagPicker());  // the first picker has gone
    m_window->activateWindow();  // the offscreen platform does not give the focus back
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(list(), Qt::Key_T);
    picker = m_window->triage()->tagPicker();
    QVERIFY(picker);
    QTRY_COMPARE(picker->tree()->topLevelItemCount(), 1);
    QCOMPARE(picker->tree()->topLevelItem(0)->text(0), u"problem"_s);
    QCOMPARE(picker->tree()->topLevelItem(0)->child(0)->text(0), u"billing"_s);
    picker->field()->setText(u"bill"_s);
    QCOMPARE(picker->chosenTag(), u"problem/billing"_s);
    picker->accept();
    QTRY_VERIFY(
        model->index(1).data(InboxModel::TagsRole).toStringList().contains(u"problem/billing"_s));
}

void TestTriageWindow::triageCommandsAreInMenusAndHelp()
{
    const std::vector<ShortcutEntry> table = shortcutTable();
    for (const Command c :
         {Command::StatusNew, Command::StatusClosed, Command::Archive, Command::AddTag,
          Command::Assign, Command::EditNote, Command::Reply, Command::UndoTriage}) {
        QAction *action = m_window->triage()->action(c);
        QVERIFY(action);
        QCOMPARE(action->shortcuts(), shortcutFor(c, table).keys);
        QVERIFY(!action->associatedObjects().isEmpty());
    }
    QCOMPARE(m_window->triage()->action(Command::StatusWaiting)->shortcut(), QKeySequence(u"3"_s));

    // Assign and note go through their dialogs.
    QTest::keyClick(list(), Qt::Key_A);
    auto *assign = m_window->findChild<QInputDialog *>(u"assignDialog"_s);
    QVERIFY(assign);
    assign->setTextValue(u"anna"_s);
    assign->accept();
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(list(), Qt::Key_N);
    QInputDialog *note = nullptr;
    QTRY_VERIFY((note = m_window->findChild<QInputDialog *>(u"noteDialog"_s)) != nullptr);
    note->setTextValue(u"Call back on Monday"_s);
    note->accept();
    const qint64 id = m_window->inboxModel()->index(0).data(InboxModel::IdRole).toLongLong();
    QTRY_COMPARE(stateOf(id).note, u"Call back on Monday"_s);
}

void TestTriageWindow::searchBarRunsQueries()
{
    QLineEdit *field = searchField();
    field->setFocus();
    QTest::keyClicks(field, u"platform:telegram OR platform:mastodon"_s);
    QTRY_COMPARE(m_window->inboxModel()->filter().query,
                 u"platform:telegram OR platform:mastodon"_s);
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 2);
    QVERIFY(m_window->inboxModel()->filter().text.isEmpty());
}

void TestTriageWindow::badQueryShowsItsPosition()
{
    QLineEdit *field = searchField();
    auto *error = m_window->findChild<QLabel *>(u"searchError"_s);
    QVERIFY(error);
    field->setFocus();
    QTest::keyClicks(field, u"platform:vk"_s);
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 1);
    QVERIFY(error->isHidden());

    field->setText(u"platform:vk (internet"_s);  // the parenthesis is never closed
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"position"_s), qPrintable(error->text()));
    QTest::qWait(2 * 150);  // longer than the debounce: a bad query must not run
    QCOMPARE(m_window->inboxModel()->filter().query, u"platform:vk"_s);
    QCOMPARE(m_window->inboxModel()->rowCount(), 1);
    QVERIFY(!m_window->findChild<QToolButton *>(u"saveSearchButton"_s)->isEnabled());

    field->setText(u"platform:vk (internet OR тариф)"_s);
    QVERIFY(error->isHidden());
    QTRY_COMPARE(m_window->inboxModel()->filter().query, u"platform:vk (internet OR тариф)"_s);
}

void TestTriageWindow::savedSearchAppearsInSidebar()
{
    QLineEdit *field = searchField();
    field->setText(u"platform:mastodon OR platform:vk"_s);
    auto *save = m_window->findChild<QToolButton *>(u"saveSearchButton"_s);
    QTRY_VERIFY(save->isEnabled());
    save->click();
    auto *dialog = m_window->findChild<QInputDialog *>(u"saveSearchDialog"_s);
    QVERIFY(dialog);
    dialog->setTextValue(u"Western front"_s);
    dialog->accept();

    SidebarModel *sidebar = m_window->sidebarModel();
    const auto rowOfName = [sidebar](const QString &name) {
        for (int r = 0; r < sidebar->rowCount(); ++r) {
            if (sidebar->index(r).data().toString() == name)
                return r;
        }
        return -1;
    };
    int row = -1;
    QTRY_VERIFY((row = rowOfName(u"Western front"_s)) >= 0);
    QCOMPARE(sidebar->index(row).data(SidebarModel::BadgeRole).toLongLong(), qint64(2));
    QVERIFY(sidebar->index(row).data(SidebarModel::KeyRole).toString().startsWith(u"search:"_s));

    // Choosing it shows its items; marking one read lowers its count.
    field->clear();
    auto *view = m_window->findChild<QListView *>(u"sidebar"_s);
    view->setCurrentIndex(sidebar->index(row));
    QTRY_COMPARE(m_window->inboxModel()->filter().query, u"platform:mastodon OR platform:vk"_s);
    QTRY_COMPARE(m_window->inboxModel()->rowCount(), 2);
    list()->setCurrentIndex(m_window->inboxModel()->index(0));
    m_window->inboxActions()->markCurrentRead();
    QTRY_COMPARE(sidebar->index(row).data(SidebarModel::BadgeRole).toLongLong(), qint64(1));
}

QTEST_MAIN(TestTriageWindow)
#include "test_triage_window.moc"
