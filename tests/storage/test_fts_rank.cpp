// SPDX-License-Identifier: GPL-3.0-or-later
// earshot_rank() must order matches exactly as FTS5's bm25() with the same weights, page
// by page, while skipping the exact score of rows that cannot be on the page.
#include "StorageFixture.h"

#include "core/storage/FtsRank.h"
#include "core/storage/ItemRepository.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace earshot;

namespace {

struct Ranked {
    std::vector<qint64> ids;
    std::vector<double> scores;
};

// The page of `limit` rows after `offset` by one ranking function, best first.
Ranked rankedPage(Database &db, const QString &match, const char *function, qint64 limit,
                  qint64 offset, bool withKeep)
{
    const std::string score =
        std::string(function) + (withKeep ? "(items_fts, ?1, 3.0, 1.0)" : "(items_fts, 3.0, 1.0)");
    Statement query = db.prepare("SELECT rowid, " + score +
                                 " AS s FROM items_fts WHERE items_fts MATCH ?2 "
                                 "ORDER BY s, rowid DESC LIMIT ?3 OFFSET ?4");
    query.bind(1, limit + offset).bind(2, match).bind(3, limit).bind(4, offset);
    Ranked out;
    while (query.step()) {
        out.ids.push_back(query.int64(0));
        out.scores.push_back(query.real(1));
    }
    return out;
}

}  // namespace

class TestFtsRank : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameOrderAsBm25_data();
    void sameOrderAsBm25();
    void skipsRowsThatCannotBeOnThePage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFtsRank::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openWorkspace(m_dir.filePath(QStringLiteral("rank.db")));
    // Texts of varied length from a small vocabulary, so common pairs match thousands of
    // rows with many equal and many different scores; some words also in titles, which
    // weigh three times as much.
    const QStringList words{QStringLiteral("тариф"),   QStringLiteral("связь"),
                            QStringLiteral("роуминг"), QStringLiteral("интернет"),
                            QStringLiteral("service"), QStringLiteral("delay"),
                            QStringLiteral("baggage"), QStringLiteral("refund"),
                            QStringLiteral("кредит"),  QStringLiteral("банк")};
    QRandomGenerator random(20261129);
    ItemRepository items(*m_db);
    Transaction transaction(*m_db);
    for (int i = 0; i < 6000; ++i) {
        QStringList text;
        const int length = 1 + static_cast<int>(random.bounded(40));
        for (int w = 0; w < length; ++w)
            text << words.at(static_cast<qsizetype>(random.bounded(words.size())));
        Item item = test::makeItem(QString::number(i), text.join(QLatin1Char(' ')), 1000 + i);
        if (random.bounded(5) == 0)
            item.title = words.at(static_cast<qsizetype>(random.bounded(words.size())));
        items.upsert(item);
    }
    transaction.commit();
}

void TestFtsRank::sameOrderAsBm25_data()
{
    QTest::addColumn<QString>("match");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("common pair, first page") << QStringLiteral("тариф AND связь") << 200LL << 0LL;
    QTest::newRow("common pair, third page") << QStringLiteral("тариф AND связь") << 200LL << 400LL;
    QTest::newRow("one word, small page") << QStringLiteral("refund") << 10LL << 0LL;
    QTest::newRow("either word") << QStringLiteral("delay OR baggage") << 50LL << 25LL;
    QTest::newRow("three words") << QStringLiteral("кредит AND банк AND service") << 200LL << 0LL;
    QTest::newRow("page beyond the matches") << QStringLiteral("роуминг") << 100LL << 100000LL;
}

void TestFtsRank::sameOrderAsBm25()
{
    QFETCH(QString, match);
    QFETCH(qint64, limit);
    QFETCH(qint64, offset);
    const Ranked expected = rankedPage(*m_db, match, "bm25", limit, offset, false);
    const Ranked actual = rankedPage(*m_db, match, "earshot_rank", limit, offset, true);
    QCOMPARE(actual.ids, expected.ids);
    QCOMPARE(actual.scores.size(), expected.scores.size());
    for (std::size_t i = 0; i < actual.scores.size(); ++i)
        QCOMPARE(actual.scores[i], expected.scores[i]);
}

void TestFtsRank::skipsRowsThatCannotBeOnThePage()
{
    // Over every match of a common pair, a ten-row page leaves most rows skipped, and the
    // skipped ones all sort after the rows that got an exact score.
    Statement query = m_db->prepare(
        "SELECT earshot_rank(items_fts, 10, 3.0, 1.0) FROM items_fts "
        "WHERE items_fts MATCH ?1");
    query.bind(1, QStringLiteral("тариф AND связь"));
    qint64 matches = 0;
    qint64 skipped = 0;
    double worstExact = -1e300;
    while (query.step()) {
        ++matches;
        const double score = query.real(0);
        if (score == kFtsRankSkipped)
            ++skipped;
        else
            worstExact = std::max(worstExact, score);
    }
    QVERIFY2(matches > 1000, qPrintable(QString::number(matches)));
    QVERIFY2(skipped > matches / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(skipped).arg(matches)));
    QVERIFY(worstExact < 0);  // exact scores are bm25's: negative, better is lower
}

QTEST_GUILESS_MAIN(TestFtsRank)
#include "test_fts_rank.moc"
