// SPDX-License-Identifier: GPL-3.0-or-later
// Triage benchmarks at 1,000,000 cached items (EARSHOT_BENCH_ITEMS for a quick run,
// EARSHOT_BENCH_DIR for where the files go). Prints its figures; asserts nothing.
// EARSHOT_BENCH_PREPARED names a database file kept between runs: when it exists it is
// copied instead of importing the items again (it must hold EARSHOT_BENCH_ITEMS items of
// this generator), otherwise the imported database is saved there. CPU time is reported
// next to wall time because the figures are often taken on a shared machine.
//   query        200 inbox queries with three fields and two words, first page of 200
//   rules        50 rules applied to 100,000 newly stored items (RuleEngine::apply)
//   profiles     20 monitoring profiles matched on 100,000 newly stored items
#include "bench/DataGenerator.h"
#include "core/services/ImportService.h"
#include "core/services/InboxService.h"
#include "core/services/ProfileService.h"
#include "core/services/RuleEngine.h"
#include "core/services/Workspace.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace earshot;

namespace {

qint64 kNewItems = 100'000;  // EARSHOT_BENCH_NEW_ITEMS for a quick run
constexpr int kQueries = 200;
constexpr int kRules = 50;
constexpr int kProfiles = 20;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

double secondsSince(const std::chrono::steady_clock::time_point &start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of this process: what an operation costs regardless of other load.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_triage: %s\n", qPrintable(message));
    std::exit(1);
}

// Stores `count` generated items as new rows (no rules run) and returns their ids.
std::vector<qint64> storeNew(Database &db, bench::DataGenerator &generator, qint64 count)
{
    std::vector<qint64> ids;
    ids.reserve(static_cast<std::size_t>(count));
    ItemRepository items(db);
    Transaction transaction(db);
    for (qint64 i = 0; i < count; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(generator.nextJsonLine()).object();
        Item item;
        item.platform = o.value(QLatin1String("platform")).toString();
        item.source = o.value(QLatin1String("source")).toString();
        item.externalId = o.value(QLatin1String("id")).toString();
        item.url = o.value(QLatin1String("url")).toString();
        item.author.name = o.value(QLatin1String("author")).toString();
        item.author.handle = o.value(QLatin1String("author_id")).toString();
        item.title = o.value(QLatin1String("title")).toString();
        item.text = o.value(QLatin1String("text")).toString();
        item.lang = o.value(QLatin1String("lang")).toString();
        item.publishedMs = bench::DataGenerator::kStartMs + bench::DataGenerator::kSpanMs + i;
        item.fetchedMs = item.publishedMs;
        const ItemRepository::Stored stored = items.upsert(item);
        if (stored.outcome != ItemRepository::Outcome::Inserted)
            die(QStringLiteral("item %1 was not new").arg(item.externalId));
        ids.push_back(stored.id);
    }
    transaction.commit();
    return ids;
}

// Queries of the kind a triage view saves: platform, language and state, two words.
QStringList fieldQueries()
{
    static const char *const kPlatforms[] = {"vk",     "telegram", "mastodon",
                                             "reddit", "feed",     "discourse"};
    const QStringList words = bench::DataGenerator::twoWordQueries(kQueries);
    QStringList out;
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        const bool latin = w.front().script() == QChar::Script_Latin;
        out.append(QStringLiteral("platform:%1 lang:%2 is:unread %3")
                       .arg(QLatin1String(kPlatforms[i % 6]),
                            latin ? QStringLiteral("en") : QStringLiteral("ru"), w));
    }
    return out;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    qint64 count = qEnvironmentVariableIntValue("EARSHOT_BENCH_ITEMS", &ok);
    if (!ok || count <= 0)
        count = 1'000'000;
    if (const int n = qEnvironmentVariableIntValue("EARSHOT_BENCH_NEW_ITEMS"); n > 0)
        kNewItems = n;
    const QString base = qEnvironmentVariable("EARSHOT_BENCH_DIR");
    QTemporaryDir folder((base.isEmpty() ? QDir::tempPath() : base) +
                         QStringLiteral("/earshot-triage-XXXXXX"));
    if (!folder.isValid())
        die(QStringLiteral("cannot create a working folder"));
    const QString jsonl = folder.filePath(QStringLiteral("items.jsonl"));
    const QString dbPath = folder.filePath(QStringLiteral("bench.db"));

    // One generator for everything, so the new items continue its sequence of ids.
    bench::DataGenerator generator;
    QElapsedTimer timer;
    timer.start();
    const QString prepared = qEnvironmentVariable("EARSHOT_BENCH_PREPARED");
    const bool reuse = !prepared.isEmpty() && QFile::exists(prepared);
    if (reuse) {
        if (!QFile::copy(prepared, dbPath))
            die(QStringLiteral("cannot copy %1").arg(prepared));
        for (qint64 i = 0; i < count; ++i)
            (void)generator.nextJsonLine();
    } else {
        QFile out(jsonl);
        if (!out.open(QIODevice::WriteOnly) || !generator.writeJsonLines(out, count))
            die(QStringLiteral("cannot write %1").arg(jsonl));
    }
    auto opened = Workspace::open(dbPath);
    if (!opened)
        die(opened.error().toString());
    Database &db = **opened;
    if (!reuse) {
        const Result<ImportReport> imported = ImportService(db).importFile(jsonl);
        if (!imported)
            die(imported.error().toString());
        QFile::remove(jsonl);
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        if (!prepared.isEmpty() && !QFile::copy(dbPath, prepared))
            die(QStringLiteral("cannot save %1").arg(prepared));
    }
    std::printf("prepared %lld items in %.1f s%s\n", static_cast<long long>(count),
                static_cast<double>(timer.elapsed()) / 1000.0, reuse ? " (copied)" : "");

    // 1. Queries with three fields and two words, on a reader connection of their own.
    std::vector<double> latencies;
    std::vector<double> cpuTimes;
    double rows = 0;
    {
        std::unique_ptr<Database> reader = Database::open(dbPath, Database::Mode::ReadOnly);
        InboxService inbox(*reader);
        const QStringList queries = fieldQueries();
        InboxFilter filter;
        for (int i = 0; i < 5; ++i) {  // warm the statement cache, as any session would
            filter.query = queries.at(i);
            (void)inbox.page(filter, std::nullopt, 200);
        }
        for (const QString &query : queries) {
            filter.query = query;
            const auto start = std::chrono::steady_clock::now();
            const double cpuStart = cpuSeconds();
            const auto page = inbox.page(filter, std::nullopt, 200);
            latencies.push_back(secondsSince(start) * 1000.0);
            cpuTimes.push_back((cpuSeconds() - cpuStart) * 1000.0);
            if (!page)
                die(page.error().toString());
            rows += static_cast<double>(page->size());
        }
    }

    std::fprintf(stderr, "queries done\n");
    // 2. 50 rules on 100,000 new items.
    RuleEngine engine(db);
    const QStringList ruleWords = bench::DataGenerator::twoWordQueries(kRules, 99);
    static const char *const kFields[] = {"platform:vk", "lang:ru", "platform:reddit", "lang:en",
                                          "platform:telegram"};
    for (int i = 0; i < kRules; ++i) {
        Rule rule;
        rule.name = QStringLiteral("rule %1").arg(i);
        const QString word = ruleWords.at(i).section(QLatin1Char(' '), 0, 0);
        rule.query = QStringLiteral("%1 %2").arg(QLatin1String(kFields[i % 5]), word);
        if (i % 10 == 0)
            rule.regex = QStringLiteral("\\d{2,}");
        rule.actions = {{QStringLiteral("tag"), QStringLiteral("bench/r%1").arg(i)}};
        if (i % 7 == 0)
            rule.actions.push_back({QStringLiteral("priority"), QStringLiteral("1")});
        if (!engine.addRule(rule))
            die(QStringLiteral("cannot add rule %1").arg(i));
    }
    const std::vector<qint64> forRules = storeNew(db, generator, kNewItems);
    std::fprintf(stderr, "stored new items for rules\n");
    auto start = std::chrono::steady_clock::now();
    double cpuStart = cpuSeconds();
    const Result<RuleReport> ruled = engine.apply(forRules);
    const double ruleSeconds = secondsSince(start);
    const double ruleCpu = cpuSeconds() - cpuStart;
    if (!ruled)
        die(ruled.error().toString());
    qint64 changes = 0;
    for (const RuleOutcome &o : ruled->rules)
        changes += o.changed;

    std::fprintf(stderr, "rules applied in %.2f s\n", ruleSeconds);
    // 3. 20 profiles matched on another 100,000 new items (rules off).
    const std::vector<Rule> stored = *engine.rules();
    for (const Rule &rule : stored)
        (void)engine.setEnabled(rule.id, false);
    static const char *const kTerms[] = {
        "Earshot",   "СвязьТел",    "MegaNet",  "ДоставкаПро", "FastPay", "Облако24", "Tele2Go",
        "QuickShop", "тариф",       "роуминг",  "курьер",      "router",  "refund",   "outage",
        "оплата",    "подключение", "password", "coverage",    "возврат", "delivery"};
    for (int i = 0; i < kProfiles; ++i) {
        Profile profile;
        profile.name = QStringLiteral("profile %1").arg(i);
        profile.terms = {QString::fromUtf8(kTerms[i]), QString::fromUtf8(kTerms[(i + 7) % 20])};
        profile.exclusions = {QStringLiteral("спасибо")};
        if (!ProfileService(db).save(profile))
            die(QStringLiteral("cannot add profile %1").arg(i));
    }
    std::fprintf(stderr, "profiles saved\n");
    const std::vector<qint64> forProfiles = storeNew(db, generator, kNewItems);
    start = std::chrono::steady_clock::now();
    cpuStart = cpuSeconds();
    const Result<RuleReport> matched = engine.apply(forProfiles);
    const double profileSeconds = secondsSince(start);
    const double profileCpu = cpuSeconds() - cpuStart;
    if (!matched)
        die(matched.error().toString());

    const double p95 = percentile(latencies, 0.95);
    std::printf("\n%-52s %12s %12s\n", "measure", "result", "target");
    std::printf("%-52s %9.1f ms %12s  %s\n", "query, 3 fields + 2 words, first page: p95", p95,
                "< 50 ms", p95 < 50 ? "met" : "MISSED");
    std::printf("%-52s %9.1f ms\n", "  p50", percentile(latencies, 0.5));
    std::printf("%-52s %9.1f ms\n", "  max", percentile(latencies, 1.0));
    std::printf("%-52s %9.1f ms\n", "  CPU time p50", percentile(cpuTimes, 0.5));
    std::printf("%-52s %9.1f ms\n", "  CPU time p95", percentile(cpuTimes, 0.95));
    std::printf("%-52s %12.1f\n", "  rows per query", rows / kQueries);
    std::printf("%-52s %10.2f s %12s  %s\n",
                "50 rules on 100,000 new items (or EARSHOT_BENCH_NEW_ITEMS)", ruleSeconds, "< 2 s",
                ruleSeconds < 2 ? "met" : "MISSED");
    std::printf("%-52s %10.2f s\n", "  CPU time", ruleCpu);
    std::printf("%-52s %12lld\n", "  item changes made", static_cast<long long>(changes));
    std::printf("%-52s %8.0f /s\n", "20 profiles at ingest, 100,000 new items",
                static_cast<double>(kNewItems) / profileSeconds);
    std::printf("%-52s %8.0f /s\n", "  per CPU second",
                static_cast<double>(kNewItems) / profileCpu);
    std::printf("%-52s %12lld\n", "  profile matches",
                static_cast<long long>(matched->profileMatches));
    std::fflush(stdout);
    return 0;
}
