// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end figures of the window on a large workspace, printed, never asserted:
//   bench_gui <workspace.db> <import.jsonl>
// 1. time from constructing the main window to the first inbox page on screen,
// 2. resident memory with the window open and the first page shown,
// 3. the longest stall of the GUI event loop while <import.jsonl> is imported in the
//    background (a 5 ms timer measures the gaps between its ticks).
// Run it through bench/run-benchmarks.sh, which prepares both files.
#include "core/services/AsyncWorkspace.h"
#include "core/services/Workspace.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/models/InboxModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

// Never offers anything: the benchmark drives the window itself.
class SilentPrompter : public earshot::Prompter {
public:
    bool offerSampleWorkspace(QWidget *) override { return false; }
    QString chooseImportFile(QWidget *) override { return {}; }
};

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Spins the event loop until `done` holds; returns the longest gap between 5 ms ticks.
template <typename Done>
qint64 runMeasuringStalls(Done done)
{
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { longest = std::max(longest, sinceTick.restart()); });
    sinceTick.start();
    ticker.start();
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return longest;
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_gui <workspace.db> <import.jsonl>\n");
        return 2;
    }
    if (auto opened = earshot::Workspace::open(args.at(1)); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    SilentPrompter prompter;
    earshot::AsyncWorkspace workspace(args.at(1));

    QElapsedTimer openTimer;
    openTimer.start();
    earshot::MainWindow window(workspace, settings, prompter, nullptr);
    window.resize(1400, 900);
    window.show();
    const qint64 openStall =
        runMeasuringStalls([&] { return window.inboxModel()->rowCount() > 0; });
    const qint64 openMs = openTimer.elapsed();
    const double memoryMb = residentMegabytes();

    bool finished = false;
    QString summary;
    QObject::connect(&workspace, &earshot::AsyncWorkspace::importFinished,
                     [&](bool, const QString &text, qint64) {
                         finished = true;
                         summary = text;
                     });
    QElapsedTimer importTimer;
    importTimer.start();
    window.importFile(args.at(2));
    const qint64 importStall = runMeasuringStalls([&] { return finished; });

    std::printf(
        "open inbox at newest page: %lld ms (longest stall while opening %lld ms; "
        "target < 300 ms)\n",
        static_cast<long long>(openMs), static_cast<long long>(openStall));
    std::printf("resident memory with the window open: %.1f MB (target < 300 MB)\n", memoryMb);
    std::printf("background import: %s in %lld ms; longest GUI stall %lld ms (target < 50 ms)\n",
                qPrintable(summary), static_cast<long long>(importTimer.elapsed()),
                static_cast<long long>(importStall));
    return 0;
}
