// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox as one column per platform: columns follow the workspace's platforms, share
// the window's filter, and the keyboard and triage commands act on the focused column.
#include "core/services/AsyncWorkspace.h"
#include "tests/support/TempDir.h"
#include "tests/ui/UiTestData.h"
#include "ui/InboxActions.h"
#include "ui/InboxFocus.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/columns/PlatformColumns.h"
#include "ui/models/InboxModel.h"
#include "ui/models/SidebarModel.h"
#include "ui/triage/TriageController.h"
#include "ui/widgets/ReadingPane.h"
#include "ui/widgets/SearchBar.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>

#include <functional>
#include <memory>

using namespace earshot;
using earshot::test::NoPrompter;
using earshot::test::waitFor;

namespace {

bool loaded(InboxModel *model)
{
    return !model->isLoading() && model->rowCount() > 0;
}

}  // namespace

class TestPlatformColumns : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    QString m_db;
    std::unique_ptr<QSettings> m_settings;
    NoPrompter m_prompter;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("columns.db"));
        QVERIFY(test::createWorkspace(m_db));
        const QString data = m_dir.filePath(QStringLiteral("items.jsonl"));
        // 40 items over four platforms in rotation (vk, telegram, mastodon, feed).
        QVERIFY(test::writeGeneratedItems(data, 40));
        QCOMPARE(test::importNow(m_db, data), 40);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("ui.ini")),
                                                 QSettings::IniFormat);
        m_settings->setValue(QStringLiteral("inbox/markReadDelayMs"), -1);  // marked by hand
    }

    void columnsFollowPlatformsAndFilter()
    {
        AsyncWorkspace workspace(m_db);
        MainWindow window(workspace, *m_settings, m_prompter, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        waitFor([&] { return window.sidebarModel()->hasStats(); });
        QVERIFY(!window.platformColumns());  // built on first use only

        window.action(Command::ToggleColumns)->trigger();  // what Ctrl+Shift+C does
        PlatformColumns *columns = window.platformColumns();
        QVERIFY(columns);
        QVERIFY(columns->isVisible());
        QVERIFY(!window.findChild<QListView *>(QStringLiteral("inboxList"))->isVisible());
        QVERIFY(window.action(Command::ToggleColumns)->isChecked());
        QCOMPARE(columns->columnCount(), 4);
        QStringList platforms;
        for (int c = 0; c < columns->columnCount(); ++c) {
            platforms.append(columns->platformAt(c));
            InboxModel *model = columns->modelAt(c);
            waitFor([&] { return loaded(model); });
            QCOMPARE(model->rowCount(), 10);  // only its own platform's items
            for (int row = 0; row < model->rowCount(); ++row)
                QCOMPARE(model->index(row).data(InboxModel::PlatformRole).toString(),
                         columns->platformAt(c));
            QVERIFY2(columns->headerAt(c).contains(QStringLiteral("10")),
                     qPrintable(columns->headerAt(c)));  // its unread count
        }
        platforms.sort();
        QCOMPARE(platforms, (QStringList{QStringLiteral("feed"), QStringLiteral("mastodon"),
                                         QStringLiteral("telegram"), QStringLiteral("vk")}));

        // The search applies to every column.
        window.findChild<SearchBar *>()->findChild<QLineEdit *>()->setText(
            QStringLiteral("\"Item 7\""));
        for (int c = 0; c < columns->columnCount(); ++c) {
            InboxModel *model = columns->modelAt(c);
            waitFor([&] { return !model->isLoading() && model->rowCount() <= 1; });
        }
        int matches = 0;
        for (int c = 0; c < columns->columnCount(); ++c)
            matches += columns->modelAt(c)->rowCount();
        QCOMPARE(matches, 1);
        window.findChild<SearchBar *>()->findChild<QLineEdit *>()->clear();
        for (int c = 0; c < columns->columnCount(); ++c)
            waitFor([&] { return columns->modelAt(c)->rowCount() == 10; });
    }

    void keyboardAndTriageActOnTheFocusedColumn()
    {
        AsyncWorkspace workspace(m_db);
        MainWindow window(workspace, *m_settings, m_prompter, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The layout was remembered from the test before.
        PlatformColumns *columns = window.platformColumns();
        QVERIFY(columns);
        waitFor([&] { return columns->columnCount() == 4; });
        InboxModel *second = columns->modelAt(1);
        waitFor([&] { return loaded(second); });

        // Choosing an item in a column makes that column the one the keyboard works on.
        QListView *view = columns->viewAt(1);
        view->setCurrentIndex(second->index(2));
        QCOMPARE(&window.inboxFocus()->actions(), columns->actionsAt(1));
        const qint64 chosen = second->index(2).data(InboxModel::IdRole).toLongLong();
        auto *pane = window.findChild<ReadingPane *>();
        QCOMPARE(pane->itemId(), chosen);

        // j moves within the column; s saves the column's current item.
        window.action(Command::NextItem)->trigger();
        QCOMPARE(view->currentIndex().row(), 3);
        const qint64 next = second->index(3).data(InboxModel::IdRole).toLongLong();
        QCOMPARE(pane->itemId(), next);
        window.action(Command::ToggleSaved)->trigger();
        waitFor([&] { return second->index(3).data(InboxModel::SavedRole).toBool(); });

        // A triage key reaches the column's item, not the hidden single list's.
        InboxModel *single = window.inboxModel();
        waitFor([&] { return loaded(single); });
        const int singleRow = single->rowOfId(next);
        QVERIFY(singleRow >= 0);
        window.triage()->action(Command::StatusWaiting)->trigger();  // the "3" key
        waitFor([&] {
            return second->index(3).data(InboxModel::StatusRole).toInt() ==
                   static_cast<int>(ItemStatus::Waiting);
        });
        for (int row = 0; row < single->rowCount(); ++row) {
            const bool isNext = single->index(row).data(InboxModel::IdRole).toLongLong() == next;
            if (!isNext)
                QCOMPARE(single->index(row).data(InboxModel::StatusRole).toInt(),
                         static_cast<int>(ItemStatus::New));
        }

        // Back to one list: the keyboard works on it again, and the choice is remembered.
        window.setColumnsLayout(false);
        QCOMPARE(&window.inboxFocus()->actions(), window.inboxActions());
        QVERIFY(window.findChild<QListView *>(QStringLiteral("inboxList"))->isVisible());
        QCOMPARE(m_settings->value(QStringLiteral("window/columns")).toBool(), false);
    }
};

QTEST_MAIN(TestPlatformColumns)
#include "test_platform_columns.moc"
