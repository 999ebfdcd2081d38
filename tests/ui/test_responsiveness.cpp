// SPDX-License-Identifier: GPL-3.0-or-later
// The window keeps handling events while a large import runs on the writer thread.
#include "core/services/AsyncWorkspace.h"
#include "tests/support/TempDir.h"
#include "tests/ui/UiTestData.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/models/InboxModel.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace earshot;
using earshot::test::NoPrompter;

namespace {
}  // namespace

class TestResponsiveness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eventLoopTurnsDuringLargeImport();
};

void TestResponsiveness::eventLoopTurnsDuringLargeImport()
{
    test::TempDir dir;
    const QString db = dir.filePath(QStringLiteral("ws.db"));
    QVERIFY(test::createWorkspace(db));
    const QString data = dir.filePath(QStringLiteral("big.jsonl"));
    constexpr int kItems = 100000;
    QVERIFY(test::writeGeneratedItems(data, kItems));

    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AsyncWorkspace workspace(db);
    NoPrompter prompter;
    MainWindow window(workspace, settings, prompter, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    int ticks = 0;
    qint64 longestGapMs = 0;
    QElapsedTimer sinceLastTick;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        if (sinceLastTick.isValid())
            longestGapMs = std::max(longestGapMs, sinceLastTick.elapsed());
        sinceLastTick.start();
        ++ticks;
    });

    QSignalSpy finished(&workspace, &AsyncWorkspace::importFinished);
    QSignalSpy progress(&workspace, &AsyncWorkspace::importProgress);
    QElapsedTimer importTime;
    importTime.start();
    heartbeat.start();
    window.importFile(data);
    QVERIFY(finished.wait(earshot::test::kUnboundedWaitMs));
    heartbeat.stop();
    const qint64 importMs = importTime.elapsed();

    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(finished.first().at(2).toLongLong(), qint64(kItems));
    qInfo(
        "import of %d items took %lld ms; %d heartbeat ticks, longest gap %lld ms, %lld "
        "progress signals",
        kItems, importMs, ticks, longestGapMs, static_cast<long long>(progress.count()));
    // No timing limit (machines differ), but the loop must have kept turning: a GUI
    // thread blocked on the import would have seen a handful of ticks at most.
    QVERIFY2(ticks > 20, qPrintable(QStringLiteral("only %1 ticks").arg(ticks)));
    QVERIFY(progress.count() > 0);

    // The new items show up without any further action.
    QTRY_VERIFY(window.inboxModel()->rowCount() >= InboxModel::kDefaultPageSize);
    QCOMPARE(window.inboxModel()->index(0).data(InboxModel::TitleRole).toString(),
             QStringLiteral("Item 0"));
}

QTEST_MAIN(TestResponsiveness)
#include "test_responsiveness.moc"
