// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AsyncWorkspace.h"
#include "tests/support/TempDir.h"
#include "tests/ui/UiTestData.h"
#include "ui/models/InboxModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace earshot;

class TestInboxModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fetchesLazilyInKeysetOrder();
    void fetchesToTheEnd();
    void filterChangeDiscardsStalePages();
    void passesModelTester_data();
    void passesModelTester();
    void editsReadAndSavedInPlace();
    void reloadsOnNewContent();
    void cleanupTestCase();

private:
    test::TempDir m_dir;
    QString m_db;
    std::unique_ptr<AsyncWorkspace> m_workspace;
    static constexpr int kItems = 100000;
};

void TestInboxModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("inbox.db"));
    const QString data = m_dir.filePath(QStringLiteral("items.jsonl"));
    QVERIFY(test::createWorkspace(m_db));
    QVERIFY(test::writeGeneratedItems(data, kItems));
    QCOMPARE(test::importNow(m_db, data), qint64(kItems));
    m_workspace = std::make_unique<AsyncWorkspace>(m_db);
}

void TestInboxModel::cleanupTestCase()
{
    m_workspace.reset();
}

void TestInboxModel::fetchesLazilyInKeysetOrder()
{
    // No model tester here: it calls fetchMore after every change and would load it all.
    InboxModel model(*m_workspace);
    QSignalSpy pages(&model, &InboxModel::pageLoaded);
    model.setFilter({});
    QTRY_COMPARE(model.rowCount(), InboxModel::kDefaultPageSize);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.isLoading());

    for (int page = 2; page <= 5; ++page) {
        model.fetchMore({});
        model.fetchMore({});  // a second call while loading must not fetch twice
        QTRY_COMPARE(model.rowCount(), page * InboxModel::kDefaultPageSize);
        QVERIFY(model.canFetchMore({}));
    }
    QCOMPARE(pages.count(), 5);
    // Newest first: generated item n is n minutes older than item 0.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(InboxModel::TitleRole).toString(), QStringLiteral("Item %1").arg(row));
        if (row > 0) {
            QVERIFY(index.data(InboxModel::PublishedRole).toDateTime() <
                    model.index(row - 1).data(InboxModel::PublishedRole).toDateTime());
        }
    }
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(InboxModel::PlatformRole).toString(), QStringLiteral("vk"));
    QCOMPARE(first.data(InboxModel::AuthorRole).toString(), QStringLiteral("Author 0"));
    QCOMPARE(first.data(InboxModel::TagsRole).toStringList(), QStringList{QStringLiteral("five")});
    QCOMPARE(first.data(InboxModel::ReadRole).toBool(), false);
    QVERIFY(first.data(InboxModel::IdRole).toLongLong() > 0);
    QCOMPARE(model.rowOfId(first.data(InboxModel::IdRole).toLongLong()), 0);
}

void TestInboxModel::fetchesToTheEnd()
{
    InboxModel model(*m_workspace);
    model.setPageSize(1000);
    InboxFilter filter;
    filter.platform = QStringLiteral("telegram");  // every 4th item: 25,000
    model.setFilter(filter);
    int expected = 0;
    while (expected < kItems / 4) {
        expected += 1000;
        QTRY_COMPARE(model.rowCount(), expected);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
    }
    // The last page is empty: only then is the end known.
    QTRY_VERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), kItems / 4);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.index(1).data(InboxModel::TitleRole).toString(), QStringLiteral("Item 5"));
    QCOMPARE(model.index(model.rowCount() - 1).data(InboxModel::TitleRole).toString(),
             QStringLiteral("Item %1").arg(kItems - 3));
}

void TestInboxModel::filterChangeDiscardsStalePages()
{
    InboxModel model(*m_workspace);
    model.setFilter({});
    QTRY_COMPARE(model.rowCount(), InboxModel::kDefaultPageSize);
    model.fetchMore({});  // a page of "all" is now on its way...
    InboxFilter vk;
    vk.platform = QStringLiteral("vk");
    model.setFilter(vk);  // ...and means nothing any more
    InboxFilter mastodon;
    mastodon.platform = QStringLiteral("mastodon");
    model.setFilter(mastodon);
    QTRY_COMPARE(model.rowCount(), InboxModel::kDefaultPageSize);
    QTRY_VERIFY(!model.isLoading());
    QTest::qWait(100);  // give any stale page time to (wrongly) arrive
    QCOMPARE(model.rowCount(), InboxModel::kDefaultPageSize);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(InboxModel::PlatformRole).toString(),
                 QStringLiteral("mastodon"));
    QCOMPARE(model.index(0).data(InboxModel::TitleRole).toString(), QStringLiteral("Item 2"));
}

void TestInboxModel::passesModelTester_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("newest") << static_cast<int>(InboxFilter::Order::Newest);
    QTest::newRow("relevance") << static_cast<int>(InboxFilter::Order::Relevance);
}

void TestInboxModel::passesModelTester()
{
    QFETCH(int, order);
    InboxModel model(*m_workspace);
    model.setPageSize(4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // As typed: "1234" also finds 12340..12349, so 11 items over three small pages.
    InboxFilter filter;
    filter.text = QStringLiteral("1234");
    filter.prefixLastWord = true;
    filter.order = static_cast<InboxFilter::Order>(order);
    model.setFilter(filter);
    for (int pages = 0; model.canFetchMore({}) && pages < 10; ++pages) {
        QTRY_VERIFY(!model.isLoading());
        model.fetchMore({});
    }
    QTRY_VERIFY(!model.canFetchMore({}));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 11);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row).data(InboxModel::IdRole).toLongLong());
    QCOMPARE(ids.size(), model.rowCount());  // no row twice across pages
    model.setFilter({});
    QTRY_VERIFY(model.rowCount() > 0);
    model.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), 4);
}

void TestInboxModel::editsReadAndSavedInPlace()
{
    InboxModel model(*m_workspace);
    model.setFilter({});
    QTRY_COMPARE(model.rowCount(), InboxModel::kDefaultPageSize);
    InboxModel other(*m_workspace);  // another view of the same items
    other.setFilter({});
    QTRY_COMPARE(other.rowCount(), InboxModel::kDefaultPageSize);

    QSignalSpy changed(m_workspace.get(), &AsyncWorkspace::itemsChanged);
    const QModelIndex third = model.index(2);
    QVERIFY(model.setData(third, true, InboxModel::SavedRole));
    QVERIFY(model.setData(third, true, InboxModel::ReadRole));
    QCOMPARE(third.data(InboxModel::SavedRole).toBool(), true);  // shown at once
    QTRY_COMPARE(changed.count(), 2);
    QTRY_VERIFY(other.index(2).data(InboxModel::SavedRole).toBool());
    QTRY_VERIFY(other.index(2).data(InboxModel::ReadRole).toBool());
    QCOMPARE(other.rowCount(), InboxModel::kDefaultPageSize);  // in place, no reload

    QVERIFY(model.setData(third, false, InboxModel::ReadRole));
    QTRY_VERIFY(!other.index(2).data(InboxModel::ReadRole).toBool());
    QVERIFY(!model.setData(third, QStringLiteral("x"), InboxModel::TitleRole));
}

void TestInboxModel::reloadsOnNewContent()
{
    InboxModel model(*m_workspace);
    model.setFilter({});
    QTRY_COMPARE(model.rowCount(), InboxModel::kDefaultPageSize);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 2 * InboxModel::kDefaultPageSize);

    // Newer items than all others: numbers below zero are in the future.
    const QString newer = m_dir.filePath(QStringLiteral("newer.jsonl"));
    QVERIFY(test::writeGeneratedItems(newer, 3, -3));
    QSignalSpy reloaded(&model, &InboxModel::reloaded);
    QSignalSpy finished(m_workspace.get(), &AsyncWorkspace::importFinished);
    m_workspace->importFile(newer);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.first().at(0).toBool());
    QTRY_COMPARE(reloaded.count(), 1);
    QCOMPARE(model.rowCount(), InboxModel::kDefaultPageSize);
    QCOMPARE(model.index(0).data(InboxModel::TitleRole).toString(), QStringLiteral("Item -3"));
    QVERIFY(model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestInboxModel)
#include "test_inbox_model.moc"
