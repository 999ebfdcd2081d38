// SPDX-License-Identifier: GPL-3.0-or-later
// Connector benchmarks (figures are printed, never asserted):
//   parse/<platform>  parsing throughput of one timeline answer of 10,000 items, built by
//                     repeating the platform's sample entries with distinct ids
//   fetch/<platform>  10,000 items fetched page by page from a loopback server through the
//                     application's transport (HttpApiTransport over HttpClient); the pages
//                     are made before the clock starts
// Samples come from the shared corpora (EARSHOT_CORPUS_DIR); VK and Telegram publish only
// schemas, so their entries are the schema-checked answers of the connector tests.
#include "core/connectors/HttpApiTransport.h"
#include "core/connectors/discourse/DiscourseConnector.h"
#include "core/connectors/discourse/DiscourseParser.h"
#include "core/connectors/mastodon/MastodonConnector.h"
#include "core/connectors/mastodon/MastodonParser.h"
#include "core/connectors/reddit/RedditConnector.h"
#include "core/connectors/reddit/RedditParser.h"
#include "core/connectors/telegram/TelegramConnector.h"
#include "core/connectors/telegram/TelegramParser.h"
#include "core/connectors/vk/VkConnector.h"
#include "core/connectors/vk/VkParser.h"
#include "core/net/HttpClient.h"
#include "tests/connectors/TelegramFixtures.h"
#include "tests/connectors/VkFixtures.h"
#include "tests/support/Corpus.h"
#include "tests/support/LocalHttpServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <functional>
#include <map>
#include <string>

using namespace earshot;

namespace {

constexpr int kItems = 10'000;

QJsonDocument corpusJson(const char *relative)
{
    QFile file(test::corpusPath(QStringLiteral("api-samples/") + QLatin1String(relative)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", relative);
    return QJsonDocument::fromJson(file.readAll());
}

// The sample entries of one platform and how to give entry number n its own ids.
struct Entries {
    QJsonArray samples;
    std::function<void(QJsonObject &, int)> renumber;
};

QJsonArray repeat(const Entries &entries, int first, int count)
{
    QJsonArray out;
    for (int n = first; n < first + count; ++n) {
        QJsonObject o = entries.samples.at(n % entries.samples.size()).toObject();
        entries.renumber(o, n);
        out.append(o);
    }
    return out;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

// Per platform: its entries, and the answer holding entries [first, first + count).
struct Platform {
    std::string name;
    Entries entries;
    std::function<QByteArray(const QJsonArray &items, int page, bool last)> wrap;
};

Platform mastodon()
{
    Entries e;
    e.samples.append(corpusJson("mastodon/entities/Status.json").object());
    e.renumber = [](QJsonObject &o, int n) {
        o.insert(QLatin1String("id"), QString::number(900000000000000000LL + n));
    };
    return {"mastodon", e, [](const QJsonArray &items, int, bool) { return compact(items); }};
}

Platform discourse()
{
    const QJsonObject sample =
        corpusJson("discourse/responses/topics/latest_topics_response.json").object();
    Entries e;
    e.samples = sample.value(QLatin1String("topic_list"))
                    .toObject()
                    .value(QLatin1String("topics"))
                    .toArray();
    e.renumber = [](QJsonObject &o, int n) { o.insert(QLatin1String("id"), 100000 + n); };
    const QJsonArray users = sample.value(QLatin1String("users")).toArray();
    return {"discourse", e, [users](const QJsonArray &items, int page, bool last) {
                QJsonObject list{{QLatin1String("topics"), items}};
                if (!last)
                    list.insert(QLatin1String("more_topics_url"),
                                QStringLiteral("/latest?page=%1").arg(page + 1));
                return compact(QJsonObject{{QLatin1String("users"), users},
                                           {QLatin1String("topic_list"), list}});
            }};
}

Platform reddit()
{
    Entries e;
    e.samples = corpusJson("reddit/r_askreddit_new.listing.json")
                    .object()
                    .value(QLatin1String("data"))
                    .toObject()
                    .value(QLatin1String("children"))
                    .toArray();
    e.renumber = [](QJsonObject &thing, int n) {
        QJsonObject d = thing.value(QLatin1String("data")).toObject();
        const QString id = QStringLiteral("b%1").arg(n);
        d.insert(QLatin1String("id"), id);
        d.insert(QLatin1String("name"), QString(QStringLiteral("t3_") + id));
        thing.insert(QLatin1String("data"), d);
    };
    return {"reddit", e, [](const QJsonArray &items, int page, bool last) {
                QJsonObject data{{QLatin1String("children"), items},
                                 {QLatin1String("before"), QJsonValue::Null}};
                data.insert(QLatin1String("after"),
                            last ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(QStringLiteral("t3_page%1").arg(page + 1)));
                return compact(QJsonObject{{QLatin1String("kind"), QLatin1String("Listing")},
                                           {QLatin1String("data"), data}});
            }};
}

Platform vk()
{
    const QJsonObject sample = QJsonDocument::fromJson(test::vk::kWall)
                                   .object()
                                   .value(QLatin1String("response"))
                                   .toObject();
    Entries e;
    e.samples = sample.value(QLatin1String("items")).toArray();
    e.renumber = [](QJsonObject &o, int n) { o.insert(QLatin1String("id"), 100000 + n); };
    const QJsonArray profiles = sample.value(QLatin1String("profiles")).toArray();
    const QJsonArray groups = sample.value(QLatin1String("groups")).toArray();
    return {"vk", e, [profiles, groups](const QJsonArray &items, int, bool) {
                const QJsonObject response{{QLatin1String("count"), kItems},
                                           {QLatin1String("items"), items},
                                           {QLatin1String("profiles"), profiles},
                                           {QLatin1String("groups"), groups}};
                return compact(QJsonObject{{QLatin1String("response"), response}});
            }};
}

Platform telegram()
{
    Entries e;
    for (const QJsonValue &u : QJsonDocument::fromJson(test::telegram::kUpdates)
                                   .object()
                                   .value(QLatin1String("result"))
                                   .toArray()) {
        if (u.toObject().contains(QLatin1String("message")) ||
            u.toObject().contains(QLatin1String("channel_post")))
            e.samples.append(u);
    }
    e.renumber = [](QJsonObject &update, int n) {
        update.insert(QLatin1String("update_id"), n + 1);
        for (const QLatin1String kind : {QLatin1String("message"), QLatin1String("channel_post")}) {
            if (!update.contains(kind))
                continue;
            QJsonObject m = update.value(kind).toObject();
            m.insert(QLatin1String("message_id"), n + 1);
            update.insert(kind, m);
        }
    };
    return {"telegram", e, [](const QJsonArray &items, int, bool) {
                return compact(
                    QJsonObject{{QLatin1String("ok"), true}, {QLatin1String("result"), items}});
            }};
}

const QUrl kSite(QStringLiteral("https://example.org"));

// Parse functions by platform; each returns the number of items read (0 on failure).
std::map<std::string, std::function<std::size_t(const QByteArray &)>> parsers()
{
    return {
        {"mastodon",
         [](const QByteArray &b) {
             auto r = MastodonParser::statuses(b, kSite);
             return r ? r->size() : 0;
         }},
        {"discourse",
         [](const QByteArray &b) {
             auto r = DiscourseParser::topicList(b, kSite);
             return r ? r->size() : 0;
         }},
        {"reddit",
         [](const QByteArray &b) {
             auto r = RedditParser::listing(b);
             return r ? r->items.size() : 0;
         }},
        {"vk",
         [](const QByteArray &b) {
             auto r = VkParser::wall(b);
             return r ? r->items.size() : 0;
         }},
        {"telegram",
         [](const QByteArray &b) {
             auto r = TelegramParser::updates(b);
             return r ? r->items.size() : 0;
         }},
    };
}

struct Figures {
    double parseRate = 0;
    double parseMBs = 0;
    double fetchSeconds = 0;
    double fetchRate = 0;
};
std::map<std::string, Figures> g_figures;

void parseBenchmark(benchmark::State &state, Platform platform)
{
    const QByteArray body = platform.wrap(repeat(platform.entries, 0, kItems), 0, true);
    const auto parse = parsers().at(platform.name);
    std::size_t items = 0;
    for (auto _ : state) {
        const std::size_t n = parse(body);
        if (n != static_cast<std::size_t>(kItems)) {
            state.SkipWithError("the payload did not parse completely");
            return;
        }
        items += n;
        benchmark::DoNotOptimize(n);
    }
    state.SetItemsProcessed(static_cast<int64_t>(items));
    state.SetBytesProcessed(static_cast<int64_t>(body.size()) * state.iterations());
    state.counters["payload_MB"] = static_cast<double>(body.size()) / 1e6;
}

// QJsonDocument alone on the same answer: the floor under every parser built on it.
void jsonFloorBenchmark(benchmark::State &state, Platform platform)
{
    const QByteArray body = platform.wrap(repeat(platform.entries, 0, kItems), 0, true);
    for (auto _ : state) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        benchmark::DoNotOptimize(doc.isNull());
    }
    state.SetItemsProcessed(static_cast<int64_t>(kItems) * state.iterations());
    state.SetBytesProcessed(static_cast<int64_t>(body.size()) * state.iterations());
}

// Which page a request asks for, from the platform's paging parameter.
int pageOf(const std::string &platform, const test::RecordedRequest &r, int pageSize)
{
    const qsizetype q = r.target.indexOf('?');
    const QUrlQuery query(q < 0 ? QString() : QString::fromUtf8(r.target.mid(q + 1)));
    const auto value = [&](const char *key) { return query.queryItemValue(QLatin1String(key)); };
    if (platform == "mastodon")
        return value("max_id").toInt();
    if (platform == "discourse")
        return value("page").toInt();
    if (platform == "reddit")
        return value("after").mid(7).toInt();  // "t3_page<n>"
    if (platform == "vk")
        return value("offset").toInt() / pageSize;
    const int offset = value("offset").toInt();  // telegram: last update_id + 1
    return offset > 0 ? (offset - 1) / pageSize : 0;
}

void fetchBenchmark(benchmark::State &state, Platform platform, int pageSize)
{
    const int pages = (kItems + pageSize - 1) / pageSize;
    test::LocalHttpServer server;
    if (!server.listen()) {
        state.SkipWithError("cannot listen on the loopback interface");
        return;
    }
    const QUrl base = server.url(QString()).adjusted(QUrl::StripTrailingSlash);
    QList<QByteArray> bodies;
    for (int p = 0; p < pages; ++p)
        bodies.append(
            platform.wrap(repeat(platform.entries, p * pageSize, pageSize), p, p == pages - 1));
    const std::string name = platform.name;
    server.setFallback([&](const test::RecordedRequest &r) {
        const int page = pageOf(name, r, pageSize);
        test::ScriptedResponse answer =
            test::ScriptedResponse::ok(bodies.value(page, "[]"), "application/json");
        if (name == "mastodon" && page + 1 < pages) {
            answer.header("Link", "<" + base.toEncoded() + "/api/v1/timelines/home?max_id=" +
                                      QByteArray::number(page + 1) + ">; rel=\"next\"");
        }
        return answer;
    });

    QNetworkAccessManager network;
    HttpClient::Options options;
    HttpClient http(network, options);
    HttpApiTransport transport(http);
    std::unique_ptr<Connector> connector;
    Timeline timeline;
    if (name == "mastodon") {
        connector = std::make_unique<MastodonConnector>(transport, base, QStringLiteral("t"));
        timeline = {Timeline::Kind::Home, {}};
    } else if (name == "discourse") {
        connector = std::make_unique<DiscourseConnector>(transport, base, QStringLiteral("t"),
                                                         QStringLiteral("u"));
        timeline = {Timeline::Kind::Latest, {}};
    } else if (name == "reddit") {
        connector = std::make_unique<RedditConnector>(transport, base, QStringLiteral("t"),
                                                      QStringLiteral("u"));
        timeline = {Timeline::Kind::Latest, QStringLiteral("acme")};
    } else if (name == "vk") {
        connector = std::make_unique<VkConnector>(transport, base, QStringLiteral("t"));
        timeline = {Timeline::Kind::AccountPosts, QStringLiteral("-1")};
    } else {
        auto bot = std::make_unique<TelegramConnector>(transport, base, QStringLiteral("1:t"));
        bot->setPollSeconds(0);
        connector = std::move(bot);
        timeline = {Timeline::Kind::Home, {}};
    }

    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        std::size_t items = 0;
        QString cursor;
        QString failure;
        while (items < static_cast<std::size_t>(kItems)) {
            QEventLoop loop;
            FetchResult page;
            connector->fetch(timeline, {cursor, pageSize}, [&](const FetchResult &r) {
                page = r;
                loop.quit();
            });
            loop.exec();
            if (!page.ok()) {
                failure = page.error->message;
                break;
            }
            items += page.items.size();
            cursor = name == "telegram" ? page.newerCursor : page.olderCursor;
            if (cursor.isEmpty() || page.items.empty())
                break;
        }
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!failure.isEmpty() || items != static_cast<std::size_t>(kItems)) {
            state.SkipWithError(
                (failure.isEmpty() ? QStringLiteral("fetched %1 items").arg(items) : failure)
                    .toUtf8()
                    .constData());
            return;
        }
        state.SetIterationTime(seconds);
        g_figures[name].fetchSeconds = seconds;
        g_figures[name].fetchRate = static_cast<double>(items) / seconds;
    }
    state.SetItemsProcessed(static_cast<int64_t>(kItems) * state.iterations());
    state.counters["pages"] = pages;
}

// Keeps the parse figures for the summary.
class Collector : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            const std::string name = run.benchmark_name();
            if (name.rfind("parse/", 0) != 0 || run.error_occurred)
                continue;
            // CPU time per iteration: on a shared machine the wall clock also counts waiting
            // for a core.
            const double seconds =
                run.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
            Figures &f = g_figures[name.substr(6, name.find('/', 6) - 6)];
            f.parseRate = seconds > 0 ? kItems / seconds : 0;
            const auto bytes = run.counters.find("payload_MB");
            if (bytes != run.counters.end() && seconds > 0)
                f.parseMBs = bytes->second.value / seconds;
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    const std::vector<std::pair<Platform, int>> platforms{
        {mastodon(), 40}, {discourse(), 100}, {reddit(), 100}, {vk(), 100}, {telegram(), 100}};
    for (const auto &[platform, pageSize] : platforms) {
        benchmark::RegisterBenchmark(("parse/" + platform.name).c_str(), parseBenchmark, platform)
            ->Unit(benchmark::kMillisecond);
    }
    for (const auto &[platform, pageSize] : platforms) {
        benchmark::RegisterBenchmark(("jsonfloor/" + platform.name).c_str(), jsonFloorBenchmark,
                                     platform)
            ->Unit(benchmark::kMillisecond);
    }
    for (const auto &[platform, pageSize] : platforms) {
        benchmark::RegisterBenchmark(("fetch/" + platform.name).c_str(), fetchBenchmark, platform,
                                     pageSize)
            ->Unit(benchmark::kMillisecond)
            ->UseManualTime()
            ->Iterations(3);
    }
    Collector reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    std::printf("\n%-10s %18s %12s %22s\n", "platform", "parse items/s", "parse MB/s",
                "fetch 10,000 items");
    for (const auto &[platform, pageSize] : platforms) {
        const Figures &f = g_figures[platform.name];
        std::printf("%-10s %18.0f %12.1f %12.2f s %7.0f/s\n", platform.name.c_str(), f.parseRate,
                    f.parseMBs, f.fetchSeconds, f.fetchRate);
    }
    std::printf("target: parse >= 100,000 items/s per platform\n");
    return 0;
}
