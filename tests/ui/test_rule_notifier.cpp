// SPDX-License-Identifier: GPL-3.0-or-later
// Rules' desktop notifications in the window: raised at import, shown once through the
// presenter (the tray or the status bar in the app), marked shown in the store, and folded
// when a rule matches many items at once.
#include "core/services/AsyncJobs.h"
#include "core/services/AsyncWorkspace.h"
#include "core/services/RuleEngine.h"
#include "core/storage/Database.h"
#include "core/storage/NotificationRepository.h"
#include "tests/support/TempDir.h"
#include "tests/ui/UiTestData.h"
#include "ui/notify/RuleNotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace earshot;

class TestRuleNotifier : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempDir> m_dir;
    QString m_db;
    std::vector<std::pair<QString, QString>> m_shown;

    int unseenInStore()
    {
        std::unique_ptr<Database> db = Database::open(m_db);
        return int(NotificationRepository(*db).list(true).size());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_db = m_dir->filePath(QStringLiteral("ws.db"));
        m_shown.clear();
        QVERIFY(test::createWorkspace(m_db));
        std::unique_ptr<Database> db = Database::open(m_db);
        Rule rule;
        rule.name = QStringLiteral("VK watch");
        rule.query = QStringLiteral("platform:vk");
        rule.actions = {{QStringLiteral("notify"), QStringLiteral("New VK mention")}};
        QVERIFY(RuleEngine(*db).addRule(rule));
    }

    // Items imported while the window was closed: shown on the first look, once.
    void showsUnseenOnceAndMarksThemShown()
    {
        const QString data = m_dir->filePath(QStringLiteral("items.jsonl"));
        QVERIFY(test::writeGeneratedItems(data, 8));  // items 0 and 4 are VK
        QCOMPARE(test::importNow(m_db, data), qint64(8));
        QCOMPARE(unseenInStore(), 2);

        AsyncWorkspace workspace(m_db);
        RuleNotifier notifier(workspace, [this](const QString &title, const QString &body) {
            m_shown.push_back({title, body});
        });
        QSignalSpy shown(&notifier, &RuleNotifier::shown);
        notifier.check();
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first().toInt(), 2);
        QCOMPARE(m_shown.size(), std::size_t(2));
        QCOMPARE(m_shown[0].first, QStringLiteral("New VK mention"));
        QStringList bodies{m_shown[0].second, m_shown[1].second};
        bodies.sort();
        QCOMPARE(bodies, (QStringList{QStringLiteral("Item 0"), QStringLiteral("Item 4")}));
        QCOMPARE(unseenInStore(), 0);

        // Nothing new: a second look shows nothing.
        notifier.check();
        // A write queued after the look answers after it: by then its result was delivered.
        bool idle = false;
        QObject asker;
        async::run<int>(
            workspace, &AsyncWorkspace::postWrite, &asker, [&idle](Result<int>) { idle = true; },
            [](Database &) -> Result<int> { return 0; });
        test::waitFor([&idle] { return idle; });
        QCOMPARE(shown.size(), 1);
        QCOMPARE(m_shown.size(), std::size_t(2));
    }

    // An import in the open window: the new items' notifications come without asking.
    void importInTheWindowNotifies()
    {
        AsyncWorkspace workspace(m_db);
        RuleNotifier notifier(workspace, [this](const QString &title, const QString &body) {
            m_shown.push_back({title, body});
        });
        const QString data = m_dir->filePath(QStringLiteral("more.jsonl"));
        QVERIFY(test::writeGeneratedItems(data, 4, 8));  // item 8 is VK
        workspace.importFile(data);
        QTRY_COMPARE(m_shown.size(), std::size_t(1));
        QCOMPARE(m_shown[0].second, QStringLiteral("Item 8"));
        QCOMPARE(unseenInStore(), 0);
    }

    // A rule matching many items at once: a few shown, the rest summed up in one.
    void burstsAreFolded()
    {
        std::vector<RuleNotification> many;
        for (int i = 0; i < 10; ++i)
            many.push_back({i + 1, i + 1, QStringLiteral("r"), QString(),
                            QStringLiteral("t%1").arg(i), 0, false});
        const auto folded = RuleNotifier::messagesFor(many);
        QCOMPARE(folded.size(), std::size_t(RuleNotifier::kShownSeparately + 1));
        QCOMPARE(folded[0].first, QStringLiteral("r"));  // no message: the rule's name
        QVERIFY2(folded.back().first.contains(QStringLiteral("7")),
                 qPrintable(folded.back().first));

        many.resize(RuleNotifier::kShownSeparately + 1);
        QCOMPARE(RuleNotifier::messagesFor(many).size(), many.size());  // no summary for one
    }
};

QTEST_MAIN(TestRuleNotifier)
#include "test_rule_notifier.moc"
