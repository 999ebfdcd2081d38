// SPDX-License-Identifier: GPL-3.0-or-later
// Connector benchmarks (figures are printed, never asserted):
//   parse/<platform>  parsing throughput of one timeline answer of 10,000 items, built by
//                     repeating the platform's sample entries with distinct ids
//   fetch/<platform>  10,000 items fetched page by page from a loopback server through the
//                     application's transport (HttpApiTransport over HttpClient); the pages
//                     are made before the clock starts
//   feed/<format>     parseFeed() on one generated feed document of 2,000 entries whose
//                     texts are real posts of the shared corpora: rss20 as blog engines write
//                     it (CDATA HTML), rss20-short with one-line entries, atom10 with escaped
//                     HTML; xmlfloor/qt is QXmlStreamReader alone on the rss20 document
// Samples come from the shared corpora (EARSHOT_CORPUS_DIR); VK and Telegram publish only
// schemas, so their entries are the schema-checked answers of the connector tests.
#include "core/connectors/HttpApiTransport.h"
#include "core/connectors/discourse/DiscourseConnector.h"
#include "core/connectors/discourse/DiscourseParser.h"
#include "core/connectors/feed/FeedParser.h"
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
#include <QXmlStreamReader>

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

// --- feeds ------------------------------------------------------------------------------

constexpr int kFeedEntries = 2'000;

// Real post texts, English and Russian, to fill the generated entries.
QStringList corpusTexts()
{
    QStringList texts;
    const auto readColumn = [&](const char *relative, const char *column) {
        QFile file(test::corpusPath(QLatin1String(relative)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", relative);
        const QList<QByteArray> header = file.readLine().trimmed().split('\t');
        const qsizetype col = header.indexOf(QByteArray(column));
        while (!file.atEnd() && texts.size() < 4 * kFeedEntries) {
            const QList<QByteArray> fields = file.readLine().split('\t');
            if (col >= 0 && col < fields.size())
                texts.append(QString::fromUtf8(fields[col]).trimmed());
        }
    };
    readColumn("sentiment/airline_tweets/dev.tsv", "text");
    readColumn("sentiment/sentirueval2016/dev.tsv", "text");
    return texts;
}

QString htmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}

// The content a blog engine puts in an entry: paragraphs, a link, emphasis, a list, an image.
QString entryHtml(const QStringList &texts, int n)
{
    const auto t = [&](int k) { return htmlEscaped(texts[(n * 3 + k) % texts.size()]); };
    return QStringLiteral(
               "<p>%1</p>\n<p>%2 <a href=\"https://blog.example.org/2024/05/"
               "post-%3/#more\">Read more</a> <strong>%4</strong></p>\n"
               "<ul><li>%5</li><li>%6</li></ul>\n<p><img src=\"https://blog.example"
               ".org/uploads/%3.jpg\" alt=\"photo\" width=\"640\" height=\"480\"></p>")
        .arg(t(0), t(1), QString::number(n), t(2), t(3), t(4));
}

// An RSS 2.0 document as WordPress writes it: CDATA HTML in description and content:encoded.
QByteArray rss20Document(const QStringList &texts)
{
    QString doc = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
        "xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:atom=\"http://www.w3.org/2005/Atom\" "
        "xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\">\n<channel>\n"
        "<title>Support &amp; Service Blog</title>\n<atom:link href=\"https://blog.example.org/"
        "feed/\" rel=\"self\" type=\"application/rss+xml\" />\n<link>https://blog.example.org"
        "</link>\n<description>Notes from the help desk</description>\n<language>en-US"
        "</language>\n");
    for (int n = 0; n < kFeedEntries; ++n) {
        const QString post = QStringLiteral("https://blog.example.org/2024/05/post-%1/").arg(n);
        const QString title = htmlEscaped(texts[n % texts.size()].left(70));
        doc += QStringLiteral(
                   "<item>\n<title>%1</title>\n<link>%2</link>\n<comments>%2#respond</comments>\n"
                   "<dc:creator><![CDATA[Author %3]]></dc:creator>\n<pubDate>Tue, 14 May 2024 "
                   "%4:%5:00 +0000</pubDate>\n<category><![CDATA[Support]]></category>\n"
                   "<category><![CDATA[Network]]></category>\n<guid isPermaLink=\"false\">"
                   "https://blog.example.org/?p=%6</guid>\n<description><![CDATA[<p>%7 "
                   "[&#8230;]</p>]]></description>\n<content:encoded><![CDATA[%8]]>"
                   "</content:encoded>\n<wfw:commentRss>%2feed/</wfw:commentRss>\n"
                   "<slash:comments>%9</slash:comments>\n</item>\n")
                   .arg(title, post, QString::number(n % 13))
                   .arg(n / 60 % 24, 2, 10, QLatin1Char('0'))
                   .arg(n % 60, 2, 10, QLatin1Char('0'))
                   .arg(n)
                   .arg(htmlEscaped(texts[(n * 3) % texts.size()]), entryHtml(texts, n))
                   .arg(n % 7);
    }
    doc += QStringLiteral("</channel>\n</rss>\n");
    return doc.toUtf8();
}

// The same entries as Atom 1.0 with type="html" content, escaped rather than CDATA.
QByteArray atom10Document(const QStringList &texts)
{
    QString doc = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
        "xml:lang=\"en\">\n<title>Support &amp; Service Blog</title>\n<link href=\"https://"
        "blog.example.org/\"/>\n<id>https://blog.example.org/</id>\n<updated>2024-05-14T10:00:"
        "00Z</updated>\n");
    for (int n = 0; n < kFeedEntries; ++n) {
        doc += QStringLiteral(
                   "<entry>\n<title>%1</title>\n<link rel=\"alternate\" href=\"https:"
                   "//blog.example.org/2024/05/post-%2/\"/>\n<id>tag:blog.example.org,"
                   "2024:%2</id>\n<updated>2024-05-14T10:%3:00Z</updated>\n<author>"
                   "<name>Author %4</name></author>\n<summary type=\"html\">%5"
                   "</summary>\n<content type=\"html\">%6</content>\n</entry>\n")
                   .arg(htmlEscaped(texts[n % texts.size()].left(70)), QString::number(n))
                   .arg(n % 60, 2, 10, QLatin1Char('0'))
                   .arg(n % 13)
                   .arg(htmlEscaped(htmlEscaped(texts[(n * 3) % texts.size()])),
                        htmlEscaped(entryHtml(texts, n)));
    }
    doc += QStringLiteral("</feed>\n");
    return doc.toUtf8();
}

// Short entries as many forums and news sites write them: a line of plain or escaped HTML
// text each, so markup and per-entry work weigh more than text.
QByteArray rss20ShortDocument(const QStringList &texts)
{
    QString doc = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
        "<title>Forum</title><link>http://forum.example/</link><description>Topics"
        "</description>");
    for (int n = 0; n < kFeedEntries; ++n) {
        const QString text = htmlEscaped(texts[n % texts.size()]);
        doc += QStringLiteral(
                   "<item><guid isPermaLink=\"false\">forum-%1</guid><title>Topic %1"
                   "</title><link>http://forum.example/t/%1</link><author>user%2@"
                   "forum.example (User %2)</author><pubDate>Thu, 01 Jan 2004 19:48:21 "
                   "GMT</pubDate><description>%3</description></item>")
                   .arg(n)
                   .arg(n % 17)
                   .arg(n % 2 ? text : htmlEscaped(u"<p>" + text + u"</p>"));
    }
    doc += QStringLiteral("</channel></rss>");
    return doc.toUtf8();
}

void feedParseBenchmark(benchmark::State &state, const QByteArray &doc)
{
    const QUrl url(QStringLiteral("https://blog.example.org/feed/"));
    std::size_t entries = 0;
    for (auto _ : state) {
        const Result<ParsedFeed> feed = parseFeed(doc, url, "application/rss+xml");
        if (!feed || feed->entries.size() != std::size_t(kFeedEntries) || feed->recovered) {
            state.SkipWithError("the feed did not parse completely");
            return;
        }
        entries += feed->entries.size();
        benchmark::DoNotOptimize(feed->entries.data());
    }
    state.SetItemsProcessed(static_cast<int64_t>(entries));
    state.SetBytesProcessed(static_cast<int64_t>(doc.size()) * state.iterations());
    state.counters["payload_MB"] = static_cast<double>(doc.size()) / 1e6;
}

// QXmlStreamReader alone over the decoded document: tokens, no mapping.
void qtXmlFloorBenchmark(benchmark::State &state, const QByteArray &doc)
{
    for (auto _ : state) {
        QXmlStreamReader xml(QString::fromUtf8(doc));
        std::size_t tokens = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            ++tokens;
        }
        benchmark::DoNotOptimize(tokens);
    }
    state.SetBytesProcessed(static_cast<int64_t>(doc.size()) * state.iterations());
    state.counters["payload_MB"] = static_cast<double>(doc.size()) / 1e6;
}

struct FeedFigures {
    double entriesPerSecond = 0;
    double megabytesPerSecond = 0;
};
std::map<std::string, FeedFigures> g_feedFigures;

// CPU-time figures of a feed/ or xmlfloor/ run, for the summary.
void collectFeedRun(const benchmark::BenchmarkReporter::Run &run)
{
    const std::string name = run.benchmark_name();
    if ((name.rfind("feed/", 0) != 0 && name.rfind("xmlfloor/", 0) != 0) || run.error_occurred)
        return;
    const double seconds =
        run.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
    const auto mb = run.counters.find("payload_MB");
    if (seconds <= 0 || mb == run.counters.end())
        return;
    FeedFigures &f = g_feedFigures[name.substr(0, name.find('/', name.find('/') + 1))];
    f.entriesPerSecond = kFeedEntries / seconds;
    f.megabytesPerSecond = mb->second.value / seconds;
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
            collectFeedRun(run);
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
    const QStringList texts = corpusTexts();
    const QByteArray rss20 = rss20Document(texts);
    benchmark::RegisterBenchmark("feed/rss20", feedParseBenchmark, rss20)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("feed/rss20-short", feedParseBenchmark, rss20ShortDocument(texts))
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("feed/atom10", feedParseBenchmark, atom10Document(texts))
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("xmlfloor/qt", qtXmlFloorBenchmark, rss20)
        ->Unit(benchmark::kMillisecond);
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
    std::printf("\n%-14s %14s %10s  (CPU time, %d entries)\n", "feed", "entries/s", "MB/s",
                kFeedEntries);
    for (const auto &[name, f] : g_feedFigures)
        std::printf("%-14s %14.0f %10.1f\n", name.c_str(), f.entriesPerSecond,
                    f.megabytesPerSecond);
    std::printf("target: feed parsing >= 100 MB/s on RSS 2.0\n");
    return 0;
}
