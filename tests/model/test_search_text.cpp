// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/SearchText.h"
#include "core/services/Workspace.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/StorageError.h"
#include "tests/support/TempDir.h"

#include <QRandomGenerator>
#include <QTest>

using namespace earshot;
using namespace Qt::StringLiterals;

class TestSearchText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void expression_data();
    void expression();
    void matches_data();
    void matches();
    void hostileInputNeverBreaksTheQuery_data();
    void hostileInputNeverBreaksTheQuery();
    void randomInputNeverBreaksTheQuery();

private:
    QList<qint64> search(const QString &text, bool prefix = false);

    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_ids;  // external id -> row id
};

void TestSearchText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = Workspace::open(m_dir.filePath(u"search.db"_s));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_db = std::move(opened).value();
    const QList<std::pair<QString, QString>> texts = {
        {u"a"_s, u"Новый тариф не работает, связь пропадает"_s},
        {u"b"_s, u"Плохая связь в метро, тарифами недоволен"_s},
        {u"c"_s, u"Роуминг съел все деньги, тариф ужасный"_s},
        {u"d"_s, u"The connection keeps dropping after the update"_s},
        {u"e"_s, u"Great support, fixed my connections quickly"_s},
        {u"f"_s, u"Связь плохая, но поддержка помогла"_s},
    };
    ItemRepository items(*m_db);
    Transaction transaction(*m_db);
    qint64 time = 1'700'000'000'000;
    for (const auto &[id, text] : texts) {
        Item item;
        item.platform = u"feed"_s;
        item.source = u"https://example.org/feed"_s;
        item.externalId = id;
        item.text = text;
        item.publishedMs = time += 1000;
        m_ids.insert(id, items.upsert(item).id);
    }
    transaction.commit();
}

void TestSearchText::cleanupTestCase()
{
    m_db.reset();
}

QList<qint64> TestSearchText::search(const QString &text, bool prefix)
{
    InboxFilter filter;
    filter.text = text;
    filter.prefixLastWord = prefix;
    QList<qint64> ids;
    for (const InboxRow &row : ItemRepository(*m_db).page(filter, std::nullopt, 100))
        ids.append(row.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestSearchText::expression_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("spaces") << u"   "_s << false << QString();
    QTest::newRow("one word") << u"тариф"_s << false << u"\"тариф\""_s;
    QTest::newRow("two words") << u"тариф  связь"_s << false << u"\"тариф\" AND \"связь\""_s;
    QTest::newRow("phrase") << u"\"плохая связь\""_s << false << u"\"плохая связь\""_s;
    QTest::newRow("unclosed phrase") << u"\"плохая связь"_s << false << u"\"плохая связь\""_s;
    QTest::newRow("exclusion") << u"тариф -роуминг"_s << false << u"(\"тариф\") NOT \"роуминг\""_s;
    QTest::newRow("two exclusions")
        << u"тариф -роуминг -метро"_s << false << u"((\"тариф\") NOT \"роуминг\") NOT \"метро\""_s;
    QTest::newRow("excluded phrase")
        << u"тариф -\"плохая связь\""_s << false << u"(\"тариф\") NOT \"плохая связь\""_s;
    QTest::newRow("only exclusion") << u"-роуминг"_s << false << QString();
    QTest::newRow("or") << u"тариф OR роуминг"_s << false << u"(\"тариф\" OR \"роуминг\")"_s;
    QTest::newRow("or chain") << u"a OR b OR c"_s << false << u"((\"a\" OR \"b\") OR \"c\")"_s;
    QTest::newRow("or and") << u"a OR b c"_s << false << u"(\"a\" OR \"b\") AND \"c\""_s;
    QTest::newRow("leading or") << u"OR a"_s << false << u"\"a\""_s;
    QTest::newRow("trailing or") << u"a OR"_s << false << u"\"a\""_s;
    QTest::newRow("lowercase or is a word")
        << u"a or b"_s << false << u"\"a\" AND \"or\" AND \"b\""_s;
    QTest::newRow("lone dash") << u"a - b"_s << false << u"\"a\" AND \"b\""_s;
    QTest::newRow("quote inside word") << u"a\"b"_s << false << u"\"a\"\"b\""_s;
    QTest::newRow("fts operators are words")
        << u"NEAR(a b) AND NOT c*"_s << false
        << u"\"NEAR(a\" AND \"b)\" AND \"AND\" AND \"NOT\" AND \"c*\""_s;
    QTest::newRow("punctuation only") << u"!!! ??? ..."_s << false << QString();
    QTest::newRow("nul separates words") << u"a\u0000b"_s << false << u"\"a\" AND \"b\""_s;
    QTest::newRow("prefix last word")
        << u"тариф свя"_s << true << u"\"тариф\" AND (\"свя\" OR \"свя\"*)"_s;
    QTest::newRow("prefix after space") << u"тариф "_s << true << u"\"тариф\""_s;
    QTest::newRow("prefix not on phrase") << u"\"плохая свя\""_s << true << u"\"плохая свя\""_s;
    QTest::newRow("prefix not on exclusion")
        << u"тариф -роу"_s << true << u"(\"тариф\") NOT \"роу\""_s;
}

void TestSearchText::expression()
{
    QFETCH(QString, input);
    QFETCH(bool, prefix);
    QFETCH(QString, expected);
    QCOMPARE(toFtsExpression(input, prefix), expected);
}

// What a search finds in the small fixture: stems, phrases, exclusions and OR together.
void TestSearchText::matches_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("stem") << u"тарифы"_s << false << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("capitalised") << u"ТАРИФОМ"_s << false << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("and") << u"тариф связь"_s << false << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("phrase") << u"\"плохая связь\""_s << false << QStringList{u"b"_s};
    QTest::newRow("phrase other order") << u"\"связь плохая\""_s << false << QStringList{u"f"_s};
    QTest::newRow("exclusion") << u"связь -тариф"_s << false << QStringList{u"f"_s};
    QTest::newRow("or") << u"роуминг OR метро"_s << false << QStringList{u"b"_s, u"c"_s};
    QTest::newRow("english") << u"connection"_s << false << QStringList{u"d"_s, u"e"_s};
    QTest::newRow("prefix") << u"подде"_s << true << QStringList{u"f"_s};
    QTest::newRow("prefix whole inflected word")
        << u"тарифами"_s << true << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("no prefix without flag") << u"подде"_s << false << QStringList{};
    QTest::newRow("nothing") << u"интернет"_s << false << QStringList{};
    QTest::newRow("punctuation only") << u"\"\" -- ***"_s << false << QStringList{};
}

void TestSearchText::matches()
{
    QFETCH(QString, input);
    QFETCH(bool, prefix);
    QFETCH(QStringList, expected);
    QList<qint64> ids;
    for (const QString &id : expected)
        ids.append(m_ids.value(id));
    std::sort(ids.begin(), ids.end());
    QCOMPARE(search(input, prefix), ids);
}

void TestSearchText::hostileInputNeverBreaksTheQuery_data()
{
    QTest::addColumn<QString>("input");
    const QStringList inputs = {
        u"\""_s,
        u"\"\""_s,
        u"\"\"\""_s,
        u"a\"b\"c"_s,
        u"*"_s,
        u"a*"_s,
        u"*a"_s,
        u"^a"_s,
        u"a:b"_s,
        u"title:a"_s,
        u"(a"_s,
        u"a)"_s,
        u"{a b}"_s,
        u"NEAR(a b, 2)"_s,
        u"AND"_s,
        u"OR"_s,
        u"NOT"_s,
        u"a AND"_s,
        u"OR OR OR"_s,
        u"- -"_s,
        u"-\"\""_s,
        u"-\"a"_s,
        u"a -"_s,
        u"+a"_s,
        u"a\u0000b"_s,
        u"\u0000"_s,
        u"\"a\u0000\""_s,
        u"a\tb\nc"_s,
        u"\u0301"_s,
        u"\u0301a"_s,
        u"😀"_s,
        u"𝐀𝐁𝐂"_s,
        u"\uFFFF"_s,
        QString(1, QChar(0xD800)),
        u"тари\u0301ф"_s,
        QString(3000, u'a'),
        QString(500, u'"'),
        u"a OR -b OR"_s,
    };
    for (const QString &input : inputs)
        QTest::newRow(input.left(20).toUtf8().toPercentEncoding().constData()) << input;
}

void TestSearchText::hostileInputNeverBreaksTheQuery()
{
    QFETCH(QString, input);
    for (const bool prefix : {false, true}) {
        InboxFilter filter;
        filter.text = input;
        filter.prefixLastWord = prefix;
        for (const auto order : {InboxFilter::Order::Newest, InboxFilter::Order::Relevance}) {
            filter.order = order;
            try {
                ItemRepository items(*m_db);
                (void)items.page(filter, std::nullopt, 10);
                (void)items.count(filter);
            } catch (const StorageError &e) {
                QFAIL(qPrintable(u"query failed for expression "_s +
                                 toFtsExpression(input, prefix) + u": "_s + e.error().message));
            }
        }
    }
}

void TestSearchText::randomInputNeverBreaksTheQuery()
{
    // Random strings made of the characters FTS5 gives meaning to, words and junk.
    const QStringList pieces = {
        u"\""_s,     u"*"_s,      u"-"_s,    u"+"_s,     u"("_s,     u")"_s,          u":"_s,
        u"^"_s,      u"{"_s,      u"}"_s,    u","_s,     u" "_s,     u" "_s,          u"OR"_s,
        u"AND"_s,    u"NOT"_s,    u"NEAR"_s, u"тариф"_s, u"связь"_s, u"connection"_s, u"a"_s,
        u"\u0000"_s, u"\u0301"_s, u"\t"_s,   u"ё"_s,     u"'"_s,     u"\\"_s,         u"😀"_s,
    };
    QRandomGenerator random(4242);
    ItemRepository items(*m_db);
    for (int round = 0; round < 3000; ++round) {
        QString input;
        const int length = static_cast<int>(random.bounded(1, 12));
        for (int i = 0; i < length; ++i)
            input += pieces.at(random.bounded(static_cast<int>(pieces.size())));
        InboxFilter filter;
        filter.text = input;
        filter.prefixLastWord = random.bounded(2) == 0;
        filter.order =
            random.bounded(2) == 0 ? InboxFilter::Order::Newest : InboxFilter::Order::Relevance;
        try {
            (void)items.page(filter, std::nullopt, 5);
            (void)items.count(filter);
        } catch (const StorageError &e) {
            QFAIL(qPrintable(u"query failed for input \""_s + input + u"\" (expression "_s +
                             toFtsExpression(input, filter.prefixLastWord) + u"): "_s +
                             e.error().message));
        }
    }
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "test_search_text.moc"
