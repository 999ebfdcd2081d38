// SPDX-License-Identifier: GPL-3.0-or-later
// The query language compiled to SQL and run against a real database: every field, the
// boolean operators, stemming, hostile values, and paging with a query.
#include "core/storage/ItemRepository.h"
#include "core/storage/ProfileRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/TriageRepository.h"
#include "tests/storage/StorageFixture.h"
#include "tests/support/TempDir.h"

#include <QDateTime>
#include <QTest>

using namespace earshot;

namespace {

const qint64 kNow = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 kHour = 3600 * 1000LL;

}  // namespace

class TestQuerySql : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<qint64, QString> m_names;  // id -> external id

    void store(Item item, const ItemState &state = {})
    {
        ItemRepository items(*m_db);
        const auto stored = items.upsert(item, &state);
        m_names.insert(stored.id, item.externalId);
    }

    qint64 idOf(const QString &externalId) const { return m_names.key(externalId); }

    // External ids matching `query`, sorted, joined with spaces.
    QString run(const QString &query)
    {
        InboxFilter filter;
        filter.query = query;
        filter.nowMs = kNow;
        QStringList names;
        for (const qint64 id : ItemRepository(*m_db).matchingIds(filter))
            names.append(m_names.value(id));
        names.sort();
        return names.join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::openWorkspace(m_dir.filePath(QStringLiteral("q.db")));
        Transaction tx(*m_db);
        Item a =
            test::makeItem(QStringLiteral("a"), QStringLiteral("Опять списали деньги за тариф"),
                           kNow - 2 * kHour, QStringLiteral("vk.com/brand"), QStringLiteral("vk"));
        a.author = {QStringLiteral("@ivan"), QStringLiteral("Иван"), {}, -1};
        a.lang = QStringLiteral("ru");
        a.sourceTitle = QStringLiteral("Бренд");
        ItemState aState;
        aState.tags = {QStringLiteral("problem/billing")};
        store(a, aState);

        Item b = test::makeItem(
            QStringLiteral("b"),
            QStringLiteral("Connections keep dropping, see https://status.example.org"),
            kNow - 30 * kHour, QStringLiteral("t.me/brandchat"), QStringLiteral("telegram"));
        b.author = {QStringLiteral("anna"), QStringLiteral("Anna K"), {}, -1};
        b.lang = QStringLiteral("en-GB");
        ItemState bState;
        bState.read = true;
        bState.status = ItemStatus::Waiting;
        bState.tags = {QStringLiteral("problem")};
        store(b, bState);

        Item c = test::makeItem(QStringLiteral("c"), QStringLiteral("С новым тарифом всё отлично"),
                                kNow - 10 * 24 * kHour, QStringLiteral("vk.com/brand"),
                                QStringLiteral("vk"));
        c.author = {QStringLiteral("@ezh"), QStringLiteral("Ёжик"), {}, -1};
        c.lang = QStringLiteral("ru");
        ItemState cState;
        cState.saved = true;
        cState.status = ItemStatus::Answered;
        cState.tags = {QStringLiteral("praise"), QStringLiteral("problems")};
        store(c, cState);

        Item d =
            test::makeItem(QStringLiteral("d"), QStringLiteral("Ищем менеджера, вакансия: тариф"),
                           kNow - 40 * 24 * kHour);
        d.html = QStringLiteral("<p>Ищем <a href=\"https://jobs.example\">менеджера</a></p>");
        ItemState dState;
        dState.read = true;
        store(d, dState);

        TriageRepository triage(*m_db);
        const TriageContext context{triage.newBatch(), kNow, QStringLiteral("test")};
        triage.apply({idOf(QStringLiteral("b"))}, QStringLiteral("assign"), QStringLiteral("Maria"),
                     context);
        triage.apply({idOf(QStringLiteral("d"))}, QStringLiteral("spam"), QStringLiteral("1"),
                     context);

        ProfileRepository profiles(*m_db);
        Profile brand;
        brand.name = QStringLiteral("tariffs");
        brand.terms = {QStringLiteral("тариф")};
        brand.exclusions = {QStringLiteral("-вакансия")};
        brand.id = profiles.save(brand);
        profiles.match(brand);
        tx.commit();
    }

    void fields_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << ""
                               << "a b c d";
        QTest::newRow("stemmed word") << "тарифы"
                                      << "a c d";
        QTest::newRow("phrase") << "\"списали деньги\""
                                << "a";
        QTest::newRow("phrase order matters") << "\"деньги списали\""
                                              << "";
        QTest::newRow("negation") << "тариф -вакансия"
                                  << "a c";
        QTest::newRow("negation alone") << "-тариф"
                                        << "b";
        QTest::newRow("OR") << "деньги OR connections"
                            << "a b";
        QTest::newRow("parentheses") << "(деньги OR connections) platform:vk"
                                     << "a";
        QTest::newRow("platform") << "platform:telegram"
                                  << "b";
        QTest::newRow("platform case") << "platform:VK"
                                       << "a c";
        QTest::newRow("source address") << "source:vk.com/brand"
                                        << "a c";
        QTest::newRow("source part") << "source:brandchat"
                                     << "b";
        QTest::newRow("source title") << "source:\"Бренд\""
                                      << "a c";
        QTest::newRow("author handle") << "author:ivan"
                                       << "a";
        QTest::newRow("author with @") << "author:@ezh"
                                       << "c";
        QTest::newRow("author name") << "author:\"Anna K\""
                                     << "b";
        QTest::newRow("tag hierarchy") << "tag:problem"
                                       << "a b";
        QTest::newRow("tag child") << "tag:problem/billing"
                                   << "a";
        QTest::newRow("tag prefix is not a parent") << "tag:prob"
                                                    << "";
        QTest::newRow("tag case") << "tag:PRAISE"
                                  << "c";
        QTest::newRow("status") << "status:waiting"
                                << "b";
        QTest::newRow("status new") << "status:new"
                                    << "a d";
        QTest::newRow("profile") << "profile:tariffs"
                                 << "a c";
        QTest::newRow("lang") << "lang:ru"
                              << "a c";
        QTest::newRow("lang region") << "lang:en"
                                     << "b";
        QTest::newRow("is unread") << "is:unread"
                                   << "a c";
        QTest::newRow("is read") << "is:read"
                                 << "b d";
        QTest::newRow("is saved") << "is:saved"
                                  << "c";
        QTest::newRow("is answered") << "is:answered"
                                     << "c";
        QTest::newRow("is spam") << "is:spam"
                                 << "d";
        QTest::newRow("not spam") << "-is:spam"
                                  << "a b c";
        QTest::newRow("after relative") << "after:24h"
                                        << "a";
        QTest::newRow("after days") << "after:7d"
                                    << "a b";
        QTest::newRow("before relative") << "before:7d"
                                         << "c d";
        QTest::newRow("after date") << "after:2026-11-15"
                                    << "a b c";
        QTest::newRow("before date") << "before:2026-11-15"
                                     << "d";
        QTest::newRow("has link") << "has:link"
                                  << "b d";
        QTest::newRow("assignee") << "assignee:maria"
                                  << "b";
        QTest::newRow("combined") << "tag:problem -is:read after:7d"
                                  << "a";
    }

    void fields()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(run(query), expected);
    }

    void hostileValuesAreData()
    {
        QCOMPARE(run(QStringLiteral("tag:\"x' OR 1=1 --\"")), QString());
        QCOMPARE(run(QStringLiteral("author:\"%\"")), QString());
        QCOMPARE(run(QStringLiteral("tag:%")), QString());
        QCOMPARE(run(QStringLiteral("lang:_u")), QString());
        QCOMPARE(run(QStringLiteral("\"NEAR(a b)\" OR \"*\"")), QString());
        QCOMPARE(run(QStringLiteral("source:\"'; DROP TABLE items; --\"")), QString());
        QCOMPARE(test::scalar(*m_db, "SELECT count(*) FROM items"), 4);
    }

    void badQueryIsInvalidInputWithPosition()
    {
        InboxFilter filter;
        filter.query = QStringLiteral("tag:problem (a OR");
        try {
            ItemRepository(*m_db).count(filter);
            QFAIL("expected an error");
        } catch (const StorageError &e) {
            QCOMPARE(e.error().kind, ErrorKind::InvalidInput);
            QVERIFY2(e.error().message.contains(QStringLiteral("position 16")),
                     qPrintable(e.error().message));
        }
    }

    void queryCombinesWithFilterFields()
    {
        InboxFilter filter;
        filter.query = QStringLiteral("тариф");
        filter.platform = QStringLiteral("vk");
        filter.view = InboxFilter::View::Saved;
        filter.nowMs = kNow;
        QCOMPARE(ItemRepository(*m_db).count(filter), 1);
    }

    void pagingWithQuery()
    {
        ItemRepository items(*m_db);
        InboxFilter filter;
        filter.query = QStringLiteral("-is:spam");
        filter.nowMs = kNow;
        const auto first = items.page(filter, std::nullopt, 2);
        QCOMPARE(first.size(), 2u);
        QCOMPARE(m_names.value(first[0].id), QStringLiteral("a"));
        QCOMPARE(m_names.value(first[1].id), QStringLiteral("b"));
        const PageCursor cursor{first.back().publishedMs, first.back().id, 2};
        const auto second = items.page(filter, cursor, 2);
        QCOMPARE(second.size(), 1u);
        QCOMPARE(m_names.value(second[0].id), QStringLiteral("c"));
        QCOMPARE(items.count(filter), 3);
    }

    void relevanceWithQuery()
    {
        ItemRepository items(*m_db);
        InboxFilter filter;
        filter.query = QStringLiteral("(тариф OR деньги) -is:spam");
        filter.order = InboxFilter::Order::Relevance;
        filter.nowMs = kNow;
        const auto rows = items.page(filter, std::nullopt, 10);
        QStringList names;
        for (const InboxRow &row : rows)
            names.append(m_names.value(row.id));
        names.sort();
        QCOMPARE(names.join(QLatin1Char(' ')), QStringLiteral("a c"));
        // A field-only alternative cannot be ranked by words: every result is still found.
        filter.query = QStringLiteral("деньги OR platform:telegram");
        QCOMPARE(items.page(filter, std::nullopt, 10).size(), 2u);
        // Relevance with only fields falls back to date order.
        filter.query = QStringLiteral("platform:vk");
        const auto byDate = items.page(filter, std::nullopt, 10);
        QCOMPARE(byDate.size(), 2u);
        QCOMPARE(m_names.value(byDate[0].id), QStringLiteral("a"));
    }

    void textAndQueryTogether()
    {
        ItemRepository items(*m_db);
        InboxFilter filter;
        filter.text = QStringLiteral("тариф");
        filter.query = QStringLiteral("platform:vk");
        filter.order = InboxFilter::Order::Relevance;
        QCOMPARE(items.page(filter, std::nullopt, 10).size(), 2u);
        filter.order = InboxFilter::Order::Newest;
        QCOMPARE(items.page(filter, std::nullopt, 10).size(), 2u);
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestQuerySql)
#include "test_query_sql.moc"
