// SPDX-License-Identifier: GPL-3.0-or-later
// Official answers: versions with history, suggestions by tag hierarchy, word forms and
// language, rendering per platform, usage, and the CSV exchange with a spreadsheet.
#include "core/services/AnswerService.h"
#include "core/services/ImportService.h"
#include "core/services/TriageService.h"
#include "tests/storage/StorageFixture.h"
#include "tests/support/TempDir.h"

#include <QBuffer>
#include <QDateTime>
#include <QTest>

using namespace earshot;

namespace {

// 2026-11-20 12:00 UTC.
constexpr qint64 kNow = 1'795'176'000'000;

QByteArray line(const QString &id, const QString &text, const QString &lang = {})
{
    return QStringLiteral(
               R"({"platform":"vk","source":"vk.com/x","id":"%1","text":"%2","lang":"%3","published":"2026-11-20T10:00:00Z"})"
               "\n")
        .arg(id, text, lang)
        .toUtf8();
}

OfficialAnswer answer(const QString &tag, const QString &title, const QString &text,
                      const QString &language = {})
{
    OfficialAnswer a;
    a.problemTag = tag;
    a.title = title;
    a.text = text;
    a.language = language;
    a.status = QStringLiteral("approved");
    return a;
}

}  // namespace

class TestAnswers : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    AnswerService service()
    {
        return AnswerService(*m_db, [] { return kNow; });
    }

    qint64 import(const QByteArray &jsonl)
    {
        QBuffer buffer;
        buffer.setData(jsonl);
        buffer.open(QIODevice::ReadOnly);
        if (!ImportService(*m_db).importJsonLines(buffer).ok())
            qFatal("import failed");
        return test::scalar(*m_db, "SELECT max(id) FROM items");
    }

    qint64 save(const OfficialAnswer &a)
    {
        const Result<OfficialAnswer> saved = service().save(a, QStringLiteral("olga"));
        if (!saved)
            qFatal("save failed: %s", qPrintable(saved.error().toString()));
        return saved->id;
    }

    QStringList suggestedTitles(qint64 itemId)
    {
        const Result<std::vector<AnswerSuggestion>> found = service().suggest(itemId, 10);
        if (!found)
            qFatal("suggest failed: %s", qPrintable(found.error().toString()));
        QStringList titles;
        for (const AnswerSuggestion &s : *found)
            titles.append(s.answer.title);
        return titles;
    }

    QByteArray exportCsv()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!service().exportCsv(buffer))
            qFatal("export failed");
        return buffer.data();
    }

    Result<AnswerImportReport> importCsv(const QByteArray &csv)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        return service().importCsv(buffer, QStringLiteral("sheet"));
    }

private Q_SLOTS:
    void init() { m_db = test::openWorkspace(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_n))); }

    void saveBumpsVersionAndKeepsHistory()
    {
        OfficialAnswer a =
            answer(QStringLiteral("problem/billing"), QStringLiteral("Double charge"),
                   QStringLiteral("We refund within 3 days."));
        a.status = QStringLiteral("draft");
        a.keywords = {QStringLiteral("charge")};
        a.variants.push_back({QStringLiteral("vk"), QStringLiteral("plain"),
                              QStringLiteral("VK: refund in 3 days"), 280});
        const qint64 id = save(a);
        QVERIFY(id > 0);

        OfficialAnswer edited = *service().get(id);
        QCOMPARE(edited.version, 1);
        QCOMPARE(edited.variants.size(), std::size_t(1));
        edited.text = QStringLiteral("We refund within 2 days.");
        const Result<OfficialAnswer> second =
            AnswerService(*m_db, [] { return kNow + 1000; }).save(edited, QStringLiteral("ivan"));
        QVERIFY(second.ok());
        QCOMPARE(second->version, 2);
        QVERIFY(service().setStatus(id, QStringLiteral("approved"), QStringLiteral("boss")).ok());

        const OfficialAnswer stored = *service().get(id);
        QCOMPARE(stored.version, 3);
        QCOMPARE(stored.status, QStringLiteral("approved"));
        QCOMPARE(stored.text, QStringLiteral("We refund within 2 days."));

        const std::vector<AnswerRevision> history = *service().history(id);
        QCOMPARE(history.size(), std::size_t(3));
        QCOMPARE(history[0].who, QStringLiteral("olga"));
        QCOMPARE(history[0].snapshot.text, QStringLiteral("We refund within 3 days."));
        QCOMPARE(history[0].snapshot.variants.size(), std::size_t(1));
        QCOMPARE(history[1].who, QStringLiteral("ivan"));
        QCOMPARE(history[1].atMs, kNow + 1000);
        QCOMPARE(history[2].who, QStringLiteral("boss"));
        QCOMPARE(history[2].change, QStringLiteral("status"));
        QCOMPARE(history[2].snapshot.status, QStringLiteral("approved"));
    }

    void invalidAnswersAreRefused()
    {
        OfficialAnswer a = answer({}, QStringLiteral("t"), QStringLiteral("text"));
        a.status = QStringLiteral("published");
        QCOMPARE(service().save(a, {}).error().kind, ErrorKind::InvalidInput);
        a.status = QStringLiteral("draft");
        a.variants.push_back(
            {QStringLiteral("vk"), QStringLiteral("html"), QStringLiteral("x"), 0});
        QCOMPARE(service().save(a, {}).error().kind, ErrorKind::InvalidInput);
        a.variants.clear();
        a.id = 4242;
        QVERIFY(!service().save(a, {}).ok());
        QCOMPARE(service().setStatus(4242, QStringLiteral("approved"), {}).error().kind,
                 ErrorKind::NotFound);
        QCOMPARE(test::scalar(*m_db, "SELECT count(*) FROM answers"), 0);
    }

    void suggestsByTagHierarchy()
    {
        const qint64 item = import(line(QStringLiteral("1"), QStringLiteral("Something odd")));
        QVERIFY(TriageService(*m_db).addTag({item}, QStringLiteral("problem/billing")).ok());
        save(answer(QStringLiteral("problem"), QStringLiteral("General"), QStringLiteral("g")));
        save(answer(QStringLiteral("problem/billing"), QStringLiteral("Billing"),
                    QStringLiteral("b")));
        save(answer(QStringLiteral("problem/network"), QStringLiteral("Network"),
                    QStringLiteral("n")));
        save(answer(QStringLiteral("prob"), QStringLiteral("Prefix only"), QStringLiteral("p")));
        // The most specific tag first; a sibling tag and a mere text prefix do not fit.
        QCOMPARE(suggestedTitles(item),
                 (QStringList{QStringLiteral("Billing"), QStringLiteral("General")}));
    }

    void suggestsByKeywordsInAnyWordForm()
    {
        const qint64 item = import(
            line(QStringLiteral("1"), QStringLiteral("Опять списали деньгу за тарифом дважды")));
        OfficialAnswer a = answer({}, QStringLiteral("Вернём деньги"), QStringLiteral("..."));
        a.keywords = {QStringLiteral("тарифы")};
        save(a);
        OfficialAnswer other = answer({}, QStringLiteral("Roaming"), QStringLiteral("..."));
        other.keywords = {QStringLiteral("роуминг")};
        save(other);
        const Result<std::vector<AnswerSuggestion>> found = service().suggest(item, 5);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), std::size_t(1));
        QCOMPARE(found->front().answer.title, QStringLiteral("Вернём деньги"));
        // "тарифы" matched "тарифом", and the title word "деньги" matched "деньгу".
        QVERIFY(found->front().reason.contains(QStringLiteral("тарифы")));
        QVERIFY(found->front().score > 3.0);
    }

    void onlyApprovedAndUnexpiredAnswers()
    {
        const qint64 item = import(line(QStringLiteral("1"), QStringLiteral("refund please")));
        OfficialAnswer draft = answer({}, QStringLiteral("Refund draft"), QStringLiteral("d"));
        draft.status = QStringLiteral("draft");
        save(draft);
        OfficialAnswer expired = answer({}, QStringLiteral("Refund old"), QStringLiteral("o"));
        expired.expires = QDate(2026, 11, 19);
        save(expired);
        OfficialAnswer today = answer({}, QStringLiteral("Refund today"), QStringLiteral("t"));
        today.expires = QDate(2026, 11, 20);  // valid through its last day
        save(today);
        const qint64 retired =
            save(answer({}, QStringLiteral("Refund retired"), QStringLiteral("r")));
        QVERIFY(service().setStatus(retired, QStringLiteral("retired"), {}).ok());
        QCOMPARE(suggestedTitles(item), QStringList{QStringLiteral("Refund today")});
    }

    void prefersTheItemsLanguage()
    {
        const qint64 ru = import(line(QStringLiteral("ru"), QStringLiteral("Нет связи, роутер")));
        const qint64 en = import(
            line(QStringLiteral("en"), QStringLiteral("router is down"), QStringLiteral("en")));
        OfficialAnswer inRussian =
            answer({}, QStringLiteral("Router ru"), QStringLiteral("ru"), QStringLiteral("ru"));
        inRussian.keywords = {QStringLiteral("роутер"), QStringLiteral("router")};
        OfficialAnswer inEnglish =
            answer({}, QStringLiteral("Router en"), QStringLiteral("en"), QStringLiteral("en"));
        inEnglish.keywords = {QStringLiteral("роутер"), QStringLiteral("router"),
                              QStringLiteral("связь")};  // scores higher on the ru item
        save(inEnglish);
        save(inRussian);
        // The Russian item has no lang: its Cyrillic text says Russian.
        QCOMPARE(suggestedTitles(ru).first(), QStringLiteral("Router ru"));
        QCOMPARE(suggestedTitles(en).first(), QStringLiteral("Router en"));
    }

    void suggestForUnknownItemFails()
    {
        QCOMPARE(service().suggest(999, 5).error().kind, ErrorKind::NotFound);
    }

    void rendersPlatformVariantWithPlaceholders()
    {
        OfficialAnswer a = answer({}, QStringLiteral("Outage"),
                                  QStringLiteral("Hello {author}, see {link} ({support})"));
        a.customVariables.insert(QStringLiteral("support"), QStringLiteral("8-800"));
        a.variants.push_back({QStringLiteral("telegram"), QStringLiteral("markdown"),
                              QStringLiteral("*{author}*, on {platform}: {title} {unknown} 😀"),
                              20});
        AnswerContext ctx;
        ctx.author = QStringLiteral("Ann");
        ctx.link = QStringLiteral("https://status.example");
        ctx.title = QStringLiteral("Down");

        const RenderedAnswer plain = AnswerService::render(a, QStringLiteral("vk"), ctx);
        QCOMPARE(plain.text, QStringLiteral("Hello Ann, see https://status.example (8-800)"));
        QCOMPARE(plain.format, QStringLiteral("plain"));
        QVERIFY(plain.platform.isEmpty());
        QCOMPARE(plain.maxLength, 0);
        QVERIFY(!plain.tooLong);

        ctx.variables.insert(QStringLiteral("support"), QStringLiteral("chat"));
        QVERIFY(AnswerService::render(a, QStringLiteral("vk"), ctx)
                    .text.endsWith(QStringLiteral("(chat)")));

        const RenderedAnswer tg = AnswerService::render(a, QStringLiteral("Telegram"), ctx);
        QCOMPARE(tg.text, QStringLiteral("*Ann*, on Telegram: Down {unknown} 😀"));
        QCOMPARE(tg.format, QStringLiteral("markdown"));
        QCOMPARE(tg.platform, QStringLiteral("telegram"));
        QCOMPARE(tg.maxLength, 20);
        QVERIFY(tg.tooLong);
        QCOMPARE(tg.unknownPlaceholders, QStringList{QStringLiteral("unknown")});
    }

    void lengthLimitCountsCharactersNotUtf16Units()
    {
        OfficialAnswer a = answer({}, QStringLiteral("e"), QStringLiteral("x"));
        a.variants.push_back({QStringLiteral("vk"), {}, QStringLiteral("😀😀😀"), 3});
        QVERIFY(!AnswerService::render(a, QStringLiteral("vk"), {}).tooLong);
    }

    void recordsUsage()
    {
        const qint64 item = import(line(QStringLiteral("1"), QStringLiteral("x")));
        const qint64 id = save(answer({}, QStringLiteral("t"), QStringLiteral("x")));
        QVERIFY(service().recordUsage(id, item).ok());
        QVERIFY(service().recordUsage(id, item).ok());
        QCOMPARE(service().get(id)->usageCount, 2);
        QCOMPARE(test::scalar(*m_db, "SELECT count(*) FROM answer_usage WHERE item_id IS NOT NULL"),
                 2);
        QCOMPARE(service().recordUsage(id + 1, item).error().kind, ErrorKind::NotFound);
        // An edit keeps the count.
        OfficialAnswer edited = *service().get(id);
        edited.text = QStringLiteral("y");
        QCOMPARE(service().save(edited, {})->usageCount, 2);
    }

    void csvRoundTrip()
    {
        OfficialAnswer a =
            answer(QStringLiteral("problem/billing"), QStringLiteral("Charge, twice"),
                   QStringLiteral("Line one\nline \"two\", -three"), QStringLiteral("ru"));
        a.keywords = {QStringLiteral("списание"), QStringLiteral("a;b")};
        a.customVariables = {{QStringLiteral("phone"), QStringLiteral("8-800; ext 1")},
                             {QStringLiteral("x"), QStringLiteral("=1+1")}};
        a.expires = QDate(2027, 1, 31);
        a.variants.push_back(
            {QStringLiteral("vk"), QStringLiteral("plain"), QStringLiteral("=SUM(A1)"), 4096});
        a.variants.push_back({QStringLiteral("discourse"), QStringLiteral("bbcode"),
                              QStringLiteral("[b]{author}[/b]\r\n'-x"), 0});
        save(a);
        OfficialAnswer b = answer({}, QStringLiteral("Plain"), QStringLiteral("Just text"));
        b.status = QStringLiteral("draft");
        save(b);
        const std::vector<OfficialAnswer> before = *service().list();
        const QByteArray csv = exportCsv();
        QVERIFY(csv.startsWith("id,problem_tag,title,"));
        QVERIFY(csv.contains("'=SUM(A1)"));  // no formula reaches a spreadsheet

        // Into an empty database the exported ids name nothing: reported, not guessed.
        m_db = test::openWorkspace(m_dir.filePath(QStringLiteral("rt%1.db").arg(++m_n)));
        const Result<AnswerImportReport> first = importCsv(csv);
        QVERIFY(first.ok());
        QCOMPARE(first->issues.size(), std::size_t(2));
        QCOMPARE(first->created, 0);

        // Without the ids (and with the byte order mark a spreadsheet may add) the same
        // answers are created, and a second import finds them identical.
        const QStringList rows = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
        QByteArray stripped = "\xEF\xBB\xBF";
        {
            // Remove the leading id cell of every data row (ids are plain numbers).
            QStringList out;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QString row = rows.at(i);
                if (i > 0 && !row.isEmpty() && row.front().isDigit())
                    row = row.mid(row.indexOf(QLatin1Char(',')));
                out.append(row);
            }
            stripped += out.join(QStringLiteral("\r\n")).toUtf8();
        }
        const Result<AnswerImportReport> created = importCsv(stripped);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QVERIFY2(created->issues.empty(),
                 created->issues.empty() ? "" : qPrintable(created->issues.front().message));
        QCOMPARE(created->created, 2);
        const std::vector<OfficialAnswer> after = *service().list();
        QCOMPARE(after.size(), before.size());
        for (std::size_t i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].title, before[i].title);
            QCOMPARE(after[i].text, before[i].text);
            QCOMPARE(after[i].keywords, before[i].keywords);
            QCOMPARE(after[i].customVariables, before[i].customVariables);
            QCOMPARE(after[i].expires, before[i].expires);
            QCOMPARE(after[i].status, before[i].status);
            QCOMPARE(after[i].language, before[i].language);
            QCOMPARE(after[i].variants.size(), before[i].variants.size());
            for (std::size_t v = 0; v < after[i].variants.size(); ++v) {
                QCOMPARE(after[i].variants[v].platform, before[i].variants[v].platform);
                QCOMPARE(after[i].variants[v].text, before[i].variants[v].text);
                QCOMPARE(after[i].variants[v].format, before[i].variants[v].format);
                QCOMPARE(after[i].variants[v].maxLength, before[i].variants[v].maxLength);
            }
        }
        const Result<AnswerImportReport> again = importCsv(stripped);
        QVERIFY(again.ok());
        QCOMPARE(again->created, 0);
        QCOMPARE(again->unchanged, 2);
        QCOMPARE(service().list()->front().version, 1);

        // With ids, an exported sheet re-imports unchanged; an edited cell is a new version.
        const QByteArray own = exportCsv();
        QCOMPARE(importCsv(own)->unchanged, 2);
        QByteArray edited = own;
        edited.replace("Just text", "Just other text");
        const Result<AnswerImportReport> update = importCsv(edited);
        QCOMPARE(update->updated, 1);
        QCOMPARE(update->unchanged, 1);
        QCOMPARE(
            test::scalar(*m_db, "SELECT max(version) FROM answers WHERE text = 'Just other text'"),
            2);
    }

    void csvMalformedRowsReportTheirLine()
    {
        const QByteArray csv =
            "title,text,status,platform,max_length\r\n"
            "Good,\"two\nlines\",approved,,\r\n"   // lines 2-3
            "Bad status,text,published,,\r\n"      // line 4
            "Stray,te\"xt,approved,,\r\n"          // line 5
            "Short,text\r\n"                       // line 6
            "Limit,text,approved,,\r\n"            // line 7
            "Limit,variant,,vk,lots\r\n"           // line 8: the Limit answer is skipped
            "Orphan,variant,,vk,10\r\n"            // line 9: a variant without its answer
            "Open,\"never closed,approved,,\r\n";  // line 10 to the end
        const Result<AnswerImportReport> report = importCsv(csv);
        QVERIFY(report.ok());
        QCOMPARE(report->created, 1);
        std::vector<qint64> lines;
        for (const AnswerCsvIssue &issue : report->issues)
            lines.push_back(issue.line);
        QCOMPARE(lines, (std::vector<qint64>{4, 5, 6, 8, 9, 10}));
        QCOMPARE(service().list()->front().text, QStringLiteral("two\nlines"));
    }

    void csvWithoutHeaderIsRefused()
    {
        QCOMPARE(importCsv("").error().kind, ErrorKind::InvalidInput);
        QCOMPARE(importCsv("a,b\r\n1,2\r\n").error().kind, ErrorKind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestAnswers)
#include "test_answers.moc"
