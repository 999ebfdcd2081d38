// SPDX-License-Identifier: GPL-3.0-or-later
// Store benchmarks at the scale of a busy workspace (1,000,000 items by default; set
// EARSHOT_BENCH_ITEMS for a quick run, EARSHOT_BENCH_DIR for where the files go;
// EARSHOT_BENCH_KEEP_DB=FILE keeps the imported database, EARSHOT_BENCH_SEARCH_DB=FILE
// searches such a database without importing again, EARSHOT_BENCH_VERBOSE=1 prints each
// query with its CPU time and number of matches):
//   import     JSON Lines through ImportService into a fresh database, FTS index included
//   search     ~200 varied two-word queries, first page, by relevance and by date
//   open inbox a fresh connection and the newest page of 200
// Each benchmark runs its workload once and reports its own percentiles as counters; a
// summary with the targets is printed at the end.
#include "bench/DataGenerator.h"
#include "core/services/ImportService.h"
#include "core/services/InboxService.h"
#include "core/services/Workspace.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <tuple>
#include <vector>

using namespace earshot;

namespace {

constexpr int kPageSize = 200;
constexpr int kQueries = 200;
constexpr int kOpenRepeats = 20;

struct Figures {
    qint64 items = 0;
    double generateSeconds = 0;
    double importSeconds = 0;
    double importRate = 0;
    double importCpuRate = 0;
    struct Search {
        double p50 = 0, p95 = 0, max = 0, rows = 0, cpuP50 = 0, cpuP95 = 0;
        bool ran = false;
    };
    // [common words?][by relevance?]
    Search search[2][2];
    double openFirst = 0, openP50 = 0, openP95 = 0;
    qint64 databaseBytes = 0;
    bool failed = false;
};

struct Setup {
    QString folder;
    QString jsonl;
    QString database;
    qint64 items = 0;
    bool verbose = false;  // EARSHOT_BENCH_VERBOSE: each query with its CPU time and matches
};

Setup g_setup;
Figures g_figures;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

// CPU time of this thread: on a shared machine the wall clock also counts waiting for a core.
double threadCpuMilliseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double millisecondsSince(const std::chrono::steady_clock::time_point &start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

void fail(benchmark::State &state, const QString &message)
{
    g_figures.failed = true;
    state.SkipWithError(message.toUtf8().constData());
}

void importBenchmark(benchmark::State &state)
{
    for (auto _ : state) {
        QFile::remove(g_setup.database);
        QFile::remove(g_setup.database + QStringLiteral("-wal"));
        QFile::remove(g_setup.database + QStringLiteral("-shm"));
        auto opened = Workspace::open(g_setup.database);
        if (!opened) {
            fail(state, opened.error().toString());
            return;
        }
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = threadCpuMilliseconds();
        const Result<ImportReport> report = ImportService(**opened).importFile(g_setup.jsonl);
        const double seconds = millisecondsSince(start) / 1000.0;
        const double cpuSeconds = (threadCpuMilliseconds() - cpuStart) / 1000.0;
        state.SetIterationTime(seconds);
        if (!report || report->inserted != g_setup.items) {
            fail(state, report ? QStringLiteral("imported %1 of %2 items")
                                     .arg(report->inserted)
                                     .arg(g_setup.items)
                               : report.error().toString());
            return;
        }
        g_figures.importSeconds = seconds;
        g_figures.importRate = static_cast<double>(g_setup.items) / seconds;
        g_figures.importCpuRate = static_cast<double>(g_setup.items) / cpuSeconds;
        state.counters["items"] = static_cast<double>(g_setup.items);
        state.counters["items_per_s"] = g_figures.importRate;
    }
    g_figures.databaseBytes = QFileInfo(g_setup.database).size() +
                              QFileInfo(g_setup.database + QStringLiteral("-wal")).size();
}

enum class Queries { Typed, CommonWords };

void searchBenchmark(benchmark::State &state, InboxFilter::Order order, Queries kind)
{
    const QStringList queries = kind == Queries::Typed
                                    ? bench::DataGenerator::twoWordQueries(kQueries)
                                    : bench::DataGenerator::commonWordQueries(kQueries);
    for (auto _ : state) {
        // One long-lived reader connection, as the GUI's reader thread has.
        std::unique_ptr<Database> db = Database::open(g_setup.database);
        InboxService inbox(*db);
        InboxFilter filter;
        filter.order = order;
        for (int i = 0; i < 5; ++i) {  // warm the statement cache, as any session would
            filter.text = queries.at(i);
            (void)inbox.page(filter, std::nullopt, kPageSize);
        }
        std::vector<double> latencies;
        std::vector<double> cpuLatencies;
        double hits = 0;
        const auto total = std::chrono::steady_clock::now();
        for (const QString &query : queries) {
            filter.text = query;
            const auto start = std::chrono::steady_clock::now();
            const double cpuStart = threadCpuMilliseconds();
            const auto page = inbox.page(filter, std::nullopt, kPageSize);
            latencies.push_back(millisecondsSince(start));
            cpuLatencies.push_back(threadCpuMilliseconds() - cpuStart);
            if (!page) {
                fail(state, page.error().toString());
                return;
            }
            hits += static_cast<double>(page->size());
            if (g_setup.verbose) {
                const Result<qint64> matches = inbox.count(filter);
                std::printf("%8.2f ms CPU %8lld matches  %s\n", cpuLatencies.back(),
                            static_cast<long long>(matches ? *matches : -1), qPrintable(query));
            }
        }
        state.SetIterationTime(millisecondsSince(total) / 1000.0);
        const double p50 = percentile(latencies, 0.50);
        const double p95 = percentile(latencies, 0.95);
        const double max = percentile(latencies, 1.0);
        state.counters["p50_ms"] = p50;
        state.counters["p95_ms"] = p95;
        state.counters["max_ms"] = max;
        state.counters["rows_per_query"] = hits / static_cast<double>(queries.size());
        g_figures.search[kind == Queries::CommonWords][order == InboxFilter::Order::Relevance] = {
            p50,
            p95,
            max,
            hits / static_cast<double>(queries.size()),
            percentile(cpuLatencies, 0.50),
            percentile(cpuLatencies, 0.95),
            true};
    }
}

void openInboxBenchmark(benchmark::State &state)
{
    for (auto _ : state) {
        std::vector<double> latencies;
        const auto total = std::chrono::steady_clock::now();
        for (int i = 0; i < kOpenRepeats; ++i) {
            const auto start = std::chrono::steady_clock::now();
            std::unique_ptr<Database> db = Database::open(g_setup.database);
            const auto page = InboxService(*db).page(InboxFilter{}, std::nullopt, kPageSize);
            latencies.push_back(millisecondsSince(start));
            if (!page || page->size() !=
                             static_cast<std::size_t>(std::min<qint64>(kPageSize, g_setup.items))) {
                fail(state, page ? QStringLiteral("short first page") : page.error().toString());
                return;
            }
        }
        state.SetIterationTime(millisecondsSince(total) / 1000.0);
        g_figures.openFirst = latencies.front();
        g_figures.openP50 = percentile(latencies, 0.50);
        g_figures.openP95 = percentile(latencies, 0.95);
        state.counters["first_ms"] = g_figures.openFirst;
        state.counters["p50_ms"] = g_figures.openP50;
        state.counters["p95_ms"] = g_figures.openP95;
    }
}

void printSummary()
{
    const Figures &f = g_figures;
    const auto verdict = [](bool ok) { return ok ? "ok" : "MISSED"; };
    std::printf(
        "\nEarshot store at %lld items (database %.0f MB; JSON Lines generated in %.1f s)\n",
        static_cast<long long>(f.items), static_cast<double>(f.databaseBytes) / 1e6,
        f.generateSeconds);
    std::printf("%-36s %14s %14s  %s\n", "measure", "value", "target", "");
    if (f.importSeconds > 0) {
        std::printf("%-36s %11.0f /s %11s /s  %s\n", "import incl. FTS (items/s)", f.importRate,
                    ">= 50000", verdict(f.importRate >= 50000));
        std::printf("%-36s %11.0f /s %14s\n", "  items/s of the writer's CPU time", f.importCpuRate,
                    "");
        std::printf("%-36s %11.1f ms %14s\n", "  import total", f.importSeconds * 1000, "");
    }
    for (const bool common : {false, true}) {
        if (!f.search[common][0].ran && !f.search[common][1].ran)
            continue;
        std::printf("%s\n", common ? "two of the most common words (worst case):"
                                   : "two words of one real post, as typed:");
        for (const bool relevance : {true, false}) {
            const Figures::Search &s = f.search[common][relevance];
            if (!s.ran)
                continue;
            std::printf("%-36s %11.2f ms %11s ms  %s\n",
                        relevance ? "  search by relevance p95" : "  search by date p95", s.p95,
                        "< 30", verdict(s.p95 < 30));
            std::printf("%-36s %11.2f ms %14s\n", "    p50", s.p50, "");
            std::printf("%-36s %11.2f ms %14s\n", "    max", s.max, "");
            std::printf("%-36s %11.2f ms %14s\n", "    CPU time p50", s.cpuP50, "");
            std::printf("%-36s %11.2f ms %14s\n", "    CPU time p95", s.cpuP95, "");
            std::printf("%-36s %11.0f %17s\n", "    rows on the first page", s.rows, "");
        }
    }
    if (f.openFirst > 0) {
        std::printf("%-36s %11.2f ms %11s ms  %s\n", "open inbox, first connection", f.openFirst,
                    "< 300", verdict(f.openFirst < 300));
        std::printf("%-36s %11.2f ms %14s\n", "  p50 of fresh connections", f.openP50, "");
        std::printf("%-36s %11.2f ms %14s\n", "  p95 of fresh connections", f.openP95, "");
    }
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);

    bool ok = false;
    g_setup.items = qEnvironmentVariableIntValue("EARSHOT_BENCH_ITEMS", &ok);
    if (!ok || g_setup.items <= 0)
        g_setup.items = 1'000'000;
    g_figures.items = g_setup.items;
    g_setup.verbose = qEnvironmentVariableIntValue("EARSHOT_BENCH_VERBOSE") != 0;

    const QString base = qEnvironmentVariable("EARSHOT_BENCH_DIR");
    QTemporaryDir folder(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/earshot-bench-XXXXXX")
                                        : base + QStringLiteral("/earshot-bench-XXXXXX"));
    if (!folder.isValid()) {
        std::fprintf(stderr, "cannot create a working folder\n");
        return 1;
    }
    g_setup.folder = folder.path();
    g_setup.jsonl = folder.filePath(QStringLiteral("items.jsonl"));
    g_setup.database = folder.filePath(QStringLiteral("bench.db"));

    // EARSHOT_BENCH_SEARCH_DB names a database this benchmark imported before (keep one
    // with EARSHOT_BENCH_KEEP_DB): the searches and the inbox then run on it without
    // generating and importing the items again.
    const QString searchOnly = qEnvironmentVariable("EARSHOT_BENCH_SEARCH_DB");
    if (!searchOnly.isEmpty())
        g_setup.database = searchOnly;
    if (searchOnly.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        QFile out(g_setup.jsonl);
        bench::DataGenerator generator;
        if (!out.open(QIODevice::WriteOnly) || !generator.writeJsonLines(out, g_setup.items)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(g_setup.jsonl));
            return 1;
        }
        g_figures.generateSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
        std::printf("generated %lld items (%.0f MB of JSON Lines, texts from %s) in %.1f s\n",
                    static_cast<long long>(g_setup.items), static_cast<double>(out.size()) / 1e6,
                    bench::DataGenerator::usesRealText() ? "real posts" : "word pools",
                    g_figures.generateSeconds);
    }

    // Registration order is run order: the searches read the database the import wrote.
    if (searchOnly.isEmpty()) {
        benchmark::RegisterBenchmark("import_jsonl", importBenchmark)
            ->Iterations(1)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    }
    for (const auto &[name, order, kind] :
         {std::tuple{"search_two_words/relevance", InboxFilter::Order::Relevance, Queries::Typed},
          std::tuple{"search_two_words/newest", InboxFilter::Order::Newest, Queries::Typed},
          std::tuple{"search_common_words/relevance", InboxFilter::Order::Relevance,
                     Queries::CommonWords},
          std::tuple{"search_common_words/newest", InboxFilter::Order::Newest,
                     Queries::CommonWords}}) {
        benchmark::RegisterBenchmark(name, searchBenchmark, order, kind)
            ->Iterations(1)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark("open_inbox_first_page", openInboxBenchmark)
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    printSummary();
    const QString keep = qEnvironmentVariable("EARSHOT_BENCH_KEEP_DB");
    if (searchOnly.isEmpty() && !keep.isEmpty()) {
        QFile::remove(keep);
        if (!QFile::copy(g_setup.database, keep))
            std::fprintf(stderr, "cannot keep the database as %s\n", qPrintable(keep));
    }
    return g_figures.failed ? 1 : 0;
}
