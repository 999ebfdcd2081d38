// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/DataGenerator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace earshot::bench {

namespace {

// Word pools. Nouns come in several inflected forms so that the index has to stem them.
constexpr std::array<std::u16string_view, 48> kRuNouns = {
    u"тариф",     u"тарифы",    u"тарифом",     u"тарифами",    u"связь",       u"связи",
    u"связью",    u"интернет",  u"интернета",   u"роуминг",     u"роуминга",    u"поддержка",
    u"поддержки", u"поддержку", u"приложение",  u"приложения",  u"приложением", u"оплата",
    u"оплаты",    u"оплату",    u"доставка",    u"доставки",    u"доставкой",   u"заказ",
    u"заказа",    u"заказом",   u"скорость",    u"скорости",    u"счёт",        u"счета",
    u"деньги",    u"денег",     u"оператор",    u"оператора",   u"сеть",        u"сети",
    u"абонент",   u"абонента",  u"подключение", u"подключения", u"обновление",  u"обновления",
    u"карта",     u"карты",     u"курьер",      u"курьера",     u"возврат",     u"возврата",
};
constexpr std::array<std::u16string_view, 24> kRuVerbs = {
    u"не работает", u"пропала",    u"списали",  u"жду",       u"починили", u"тормозит",
    u"отключили",   u"вернули",    u"обещали",  u"сломалось", u"помогли",  u"задерживается",
    u"работает",    u"подключили", u"поменяли", u"исправьте", u"верните",  u"проверьте",
    u"зависает",    u"упала",      u"выросла",  u"снизилась", u"ответили", u"игнорируют",
};
constexpr std::array<std::u16string_view, 24> kRuFiller = {
    u"опять",  u"снова",     u"вчера",       u"сегодня", u"уже",     u"почему",
    u"когда",  u"очень",     u"совсем",      u"всё",     u"ещё",     u"как",
    u"просто", u"нормально", u"быстро",      u"долго",   u"спасибо", u"вообще",
    u"неделю", u"месяц",     u"третий день", u"с утра",  u"после",   u"у меня",
};
constexpr std::array<std::u16string_view, 40> kEnNouns = {
    u"connection",   u"connections",   u"app",           u"apps",     u"update",     u"updates",
    u"support",      u"refund",        u"refunds",       u"delivery", u"deliveries", u"order",
    u"orders",       u"payment",       u"payments",      u"account",  u"accounts",   u"speed",
    u"network",      u"outage",        u"outages",       u"plan",     u"plans",      u"pricing",
    u"router",       u"routers",       u"courier",       u"bill",     u"billing",    u"card",
    u"subscription", u"subscriptions", u"roaming",       u"signal",   u"coverage",   u"login",
    u"password",     u"notification",  u"notifications", u"feature",
};
constexpr std::array<std::u16string_view, 20> kEnVerbs = {
    u"keeps dropping", u"is broken",  u"was charged", u"is waiting",    u"got fixed",
    u"is slow",        u"stopped",    u"crashed",     u"failed",        u"works again",
    u"was refunded",   u"is delayed", u"disconnects", u"changed",       u"doesn't load",
    u"improved",       u"got worse",  u"timed out",   u"was cancelled", u"keeps crashing",
};
constexpr std::array<std::u16string_view, 16> kEnFiller = {
    u"again",       u"today",    u"since Monday",  u"still",          u"why",
    u"seriously",   u"thanks",   u"for a week",    u"every evening",  u"after the update",
    u"please",      u"honestly", u"the whole day", u"in the morning", u"at home",
    u"on my phone",
};
constexpr std::array<std::u16string_view, 8> kBrands = {
    u"Earshot", u"СвязьТел", u"MegaNet", u"ДоставкаПро",
    u"FastPay", u"Облако24", u"Tele2Go", u"QuickShop",
};

struct PlatformShape {
    const char16_t *id;
    int sources;
    bool titles;
};
constexpr std::array<PlatformShape, 6> kPlatforms = {{
    {u"vk", 60, false},
    {u"telegram", 50, false},
    {u"mastodon", 30, false},
    {u"reddit", 25, true},
    {u"feed", 40, true},
    {u"discourse", 15, true},
}};

constexpr int kAuthors = 20000;

QString word(std::u16string_view w)
{
    return QString::fromUtf16(w.data(), static_cast<qsizetype>(w.size()));
}

// Real posts, split into words, per language. Loaded once from the corpora's tab-separated
// files (one header line, the text in the last column).
struct RealText {
    std::vector<QStringList> russian;
    std::vector<QStringList> english;
    QStringList commonWords;  // the most frequent words of five letters or more

    bool empty() const { return russian.empty() || english.empty(); }
};

QString corpusDir()
{
    const QString fromEnv = qEnvironmentVariable("EARSHOT_CORPUS_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(EARSHOT_BENCH_CORPUS_DIR) : fromEnv;
}

std::vector<QStringList> loadPosts(const QString &relative)
{
    std::vector<QStringList> posts;
    QFile file(corpusDir() + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        return posts;
    file.readLine();  // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const QString text = line.section(QLatin1Char('\t'), -1);
        QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 3)
            posts.push_back(std::move(words));
    }
    return posts;
}

// A word a person would search for: letters only (after trimming punctuation), not a
// handle, hashtag or address.
QString searchableWord(const QString &raw)
{
    qsizetype begin = 0;
    qsizetype end = raw.size();
    while (begin < end && !raw.at(begin).isLetter())
        ++begin;
    while (end > begin && !raw.at(end - 1).isLetter())
        --end;
    if (begin > 0 &&
        (raw.at(begin - 1) == QLatin1Char('@') || raw.at(begin - 1) == QLatin1Char('#')))
        return {};
    const QString w = raw.mid(begin, end - begin);
    if (w.size() < 4 || w.contains(QLatin1String("http")))
        return {};
    for (const QChar c : w) {
        if (!c.isLetter())
            return {};
    }
    return w;
}

const RealText &realText()
{
    static const RealText text = [] {
        RealText loaded;
        loaded.russian = loadPosts(QStringLiteral("sentiment/sentirueval2016/dev.tsv"));
        loaded.english = loadPosts(QStringLiteral("sentiment/airline_tweets/dev.tsv"));
        QHash<QString, int> counts;
        for (const auto *posts : {&loaded.russian, &loaded.english}) {
            for (const QStringList &post : *posts) {
                for (const QString &raw : post) {
                    const QString w = searchableWord(raw).toLower();
                    if (w.size() >= 5)
                        ++counts[w];
                }
            }
        }
        std::vector<std::pair<int, QString>> ranked;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            ranked.emplace_back(it.value(), it.key());
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (std::size_t i = 0; i < ranked.size() && i < 40; ++i)
            loaded.commonWords.append(ranked[i].second);
        return loaded;
    }();
    return text;
}

}  // namespace

DataGenerator::DataGenerator(std::uint64_t seed) : m_random(seed) {}

int DataGenerator::pick(int size)
{
    return static_cast<int>(m_random() % static_cast<std::uint64_t>(size));
}

QString DataGenerator::sentence(bool russian)
{
    QString out;
    const int parts = 3 + pick(5);
    for (int i = 0; i < parts; ++i) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        const int kind = pick(10);
        if (russian) {
            if (kind < 4)
                out += word(kRuNouns[static_cast<std::size_t>(pick(kRuNouns.size()))]);
            else if (kind < 6)
                out += word(kRuVerbs[static_cast<std::size_t>(pick(kRuVerbs.size()))]);
            else if (kind < 9)
                out += word(kRuFiller[static_cast<std::size_t>(pick(kRuFiller.size()))]);
            else
                out += word(
                    kEnNouns[static_cast<std::size_t>(pick(kEnNouns.size()))]);  // code-switching
        } else {
            if (kind < 4)
                out += word(kEnNouns[static_cast<std::size_t>(pick(kEnNouns.size()))]);
            else if (kind < 6)
                out += word(kEnVerbs[static_cast<std::size_t>(pick(kEnVerbs.size()))]);
            else
                out += word(kEnFiller[static_cast<std::size_t>(pick(kEnFiller.size()))]);
        }
    }
    if (pick(4) == 0)
        out += QLatin1Char(' ') + word(kBrands[static_cast<std::size_t>(pick(kBrands.size()))]);
    out[0] = out[0].toUpper();
    out += pick(3) == 0 ? QStringLiteral("!") : QStringLiteral(".");
    return out;
}

bool DataGenerator::usesRealText()
{
    return !realText().empty();
}

// A run of consecutive words of one real post: real word order and co-occurrence, and
// with one to three runs per item, texts that are not copies of each other.
QString DataGenerator::realFragment(bool russian, int minWords, int maxWords)
{
    const auto &posts = russian ? realText().russian : realText().english;
    const QStringList &post = posts[static_cast<std::size_t>(pick(static_cast<int>(posts.size())))];
    const int size = static_cast<int>(post.size());
    const int length = std::min(size, minWords + pick(maxWords - minWords + 1));
    const int start = pick(size - length + 1);
    return post.mid(start, length).join(QLatin1Char(' '));
}

QString DataGenerator::text(bool russian)
{
    QString out;
    const int parts = 1 + pick(3);
    for (int i = 0; i < parts; ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += realText().empty() ? sentence(russian) : realFragment(russian, 6, 24);
    }
    return out;
}

QByteArray DataGenerator::nextJsonLine()
{
    const qint64 index = m_index++;
    const PlatformShape &platform = kPlatforms[static_cast<std::size_t>(pick(kPlatforms.size()))];
    const QString platformId = QString::fromUtf16(platform.id);
    const int source = pick(platform.sources);
    const int author = pick(kAuthors);
    const bool russian = pick(10) < 7;

    const QString body = text(russian);

    QJsonObject o;
    o.insert(QLatin1String("platform"), platformId);
    o.insert(QLatin1String("source"),
             QStringLiteral("https://%1.example/s/%2").arg(platformId).arg(source));
    o.insert(QLatin1String("source_title"),
             QStringLiteral("%1 source %2").arg(platformId).arg(source));
    o.insert(QLatin1String("id"), QStringLiteral("%1-%2").arg(platformId).arg(index));
    o.insert(QLatin1String("url"),
             QStringLiteral("https://%1.example/p/%2").arg(platformId).arg(index));
    o.insert(QLatin1String("author"), QStringLiteral("Автор %1").arg(author));
    o.insert(QLatin1String("author_id"), QStringLiteral("@user%1").arg(author));
    o.insert(QLatin1String("title"), !platform.titles     ? QString()
                                     : realText().empty() ? sentence(russian)
                                                          : realFragment(russian, 4, 10));
    o.insert(QLatin1String("text"), body);
    // Mostly increasing with the index (as imports and syncs arrive), with jitter, at
    // one-second resolution so that equal timestamps are common.
    const qint64 published =
        DataGenerator::kStartMs + (index * 31'536 + static_cast<qint64>(pick(3'600'000))) % kSpanMs;
    o.insert(QLatin1String("lang"), russian ? QStringLiteral("ru") : QStringLiteral("en"));
    if (pick(8) == 0)
        o.insert(QLatin1String("tags"), QJsonArray{pick(2) ? QStringLiteral("problem/billing")
                                                           : QStringLiteral("praise")});
    if (pick(5) == 0)
        o.insert(QLatin1String("likes"), pick(500));

    // RFC 3339 in UTC, built by hand: QDateTime formatting would dominate generation time.
    const qint64 seconds = published / 1000;
    const qint64 days = seconds / 86400;
    const qint64 rest = seconds % 86400;
    // Civil date from days since the epoch (Howard Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    o.insert(QLatin1String("published"),
             QString::asprintf("%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ",
                               static_cast<long long>(year), static_cast<long long>(month),
                               static_cast<long long>(day), static_cast<long long>(rest / 3600),
                               static_cast<long long>(rest / 60 % 60),
                               static_cast<long long>(rest % 60)));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

bool DataGenerator::writeJsonLines(QIODevice &out, qint64 count)
{
    QByteArray buffer;
    buffer.reserve(1 << 20);
    for (qint64 i = 0; i < count; ++i) {
        buffer += nextJsonLine();
        if (buffer.size() > (1 << 20) - 4096 || i + 1 == count) {
            if (out.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return true;
}

QStringList DataGenerator::twoWordQueries(int count, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    const auto pickFrom = [&](const auto &pool) {
        return word(pool[static_cast<std::size_t>(random() % pool.size())]);
    };
    QStringList queries;
    queries.reserve(count);
    const RealText &real = realText();
    while (!real.empty() && queries.size() < count) {
        const bool russian = random() % 10 < 7;
        const auto &posts = russian ? real.russian : real.english;
        const QStringList &post = posts[static_cast<std::size_t>(random() % posts.size())];
        QStringList words;
        for (const QString &raw : post) {
            const QString w = searchableWord(raw);
            if (!w.isEmpty() && !words.contains(w, Qt::CaseInsensitive))
                words.append(w);
        }
        if (words.size() < 2)
            continue;
        const auto first =
            static_cast<qsizetype>(random() % static_cast<std::uint64_t>(words.size()));
        auto second =
            static_cast<qsizetype>(random() % static_cast<std::uint64_t>(words.size() - 1));
        if (second >= first)
            ++second;
        QString query = words.at(first) + QLatin1Char(' ') + words.at(second);
        if (random() % 3 == 0)
            query = query.toUpper();
        queries.append(query);
    }
    while (queries.size() < count) {
        const int kind = static_cast<int>(random() % 10);
        QString query;
        if (kind < 6)  // Russian: two nouns in whatever form the person typed
            query = pickFrom(kRuNouns) + QLatin1Char(' ') + pickFrom(kRuNouns);
        else if (kind < 8)  // Russian noun and a word of a verb phrase
            query = pickFrom(kRuNouns) + QLatin1Char(' ') +
                    pickFrom(kRuVerbs).section(QLatin1Char(' '), -1);
        else  // English
            query = pickFrom(kEnNouns) + QLatin1Char(' ') + pickFrom(kEnNouns);
        if (random() % 3 == 0)
            query = query.toUpper();
        queries.append(query);
    }
    return queries;
}

QStringList DataGenerator::commonWordQueries(int count, std::uint64_t seed)
{
    const QStringList &common = realText().commonWords;
    if (common.size() < 2)
        return twoWordQueries(count, seed);
    std::mt19937_64 random(seed);
    const auto size = static_cast<std::uint64_t>(common.size());
    QStringList queries;
    while (queries.size() < count) {
        const QString a = common.at(static_cast<qsizetype>(random() % size));
        const QString b = common.at(static_cast<qsizetype>(random() % size));
        if (a != b)
            queries.append(a + QLatin1Char(' ') + b);
    }
    return queries;
}

}  // namespace earshot::bench
