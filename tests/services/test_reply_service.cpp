// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ImportService.h"
#include "core/services/InboxService.h"
#include "core/services/ReplyService.h"
#include "core/services/SavedSearchService.h"
#include "core/services/Workspace.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/OutboxRepository.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QTest>

using namespace earshot;
using namespace Qt::StringLiterals;

class TestReplyService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void targetSaysWhereAReplyCanGo();
    void queueChecksTextAndLimit();
    void manualAnswerMarksTheItem();
    void savedSearchesCountUnread();

private:
    qint64 itemOf(const QString &platform);

    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestReplyService::init()
{
    m_dir = std::make_unique<test::TempDir>();
    const QString path = m_dir->filePath(u"ws.db"_s);
    Result<std::unique_ptr<Database>> opened = Workspace::open(path);
    QVERIFY(opened);
    m_db = std::move(*opened);
    QFile file(m_dir->filePath(u"items.jsonl"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"platform":"mastodon","source":"#brand","id":"1","published":"2026-03-01T10:00:00Z","url":"https://m.example/1","author":"A","title":"","text":"slow internet"}
{"platform":"feed","source":"https://blog.example/feed","id":"p1","published":"2026-03-01T09:00:00Z","url":"https://blog.example/p1","author":"B","title":"Post","text":"about us"}
)");
    file.close();
    const Result<ImportReport> report = ImportService(*m_db).importFile(file.fileName(), {});
    QVERIFY(report);
    QCOMPARE(report->stored(), qint64(2));
}

void TestReplyService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestReplyService::itemOf(const QString &platform)
{
    InboxFilter filter;
    filter.platform = platform;
    const auto rows = InboxService(*m_db).page(filter, std::nullopt, 5);
    return rows && rows->size() == 1 ? rows->front().id : 0;
}

void TestReplyService::targetSaysWhereAReplyCanGo()
{
    ReplyService replies(*m_db);
    const Result<ReplyTarget> feed = replies.target(itemOf(u"feed"_s));
    QVERIFY(feed);
    QVERIFY(!feed->canSend);
    QVERIFY(!feed->whyNotSendable.isEmpty());
    QCOMPARE(feed->pageUrl, QUrl(u"https://blog.example/p1"_s));

    // Mastodon can reply, but only with an account.
    Result<ReplyTarget> mastodon = replies.target(itemOf(u"mastodon"_s));
    QVERIFY(mastodon && !mastodon->canSend);
    QCOMPARE(mastodon->maxLength, 500);
    AccountRecord account;
    account.platform = u"mastodon"_s;
    account.baseUrl = u"https://m.example"_s;
    account.user = u"brand"_s;
    account.secretKey = u"k"_s;
    const qint64 accountId = AccountRepository(*m_db).add(account);
    mastodon = replies.target(itemOf(u"mastodon"_s));
    QVERIFY(mastodon && mastodon->canSend);
    QCOMPARE(mastodon->accountId, accountId);

    QVERIFY(!replies.target(999999));
}

void TestReplyService::queueChecksTextAndLimit()
{
    AccountRecord account;
    account.platform = u"mastodon"_s;
    account.baseUrl = u"https://m.example"_s;
    account.secretKey = u"k"_s;
    QVERIFY(AccountRepository(*m_db).add(account) > 0);
    ReplyService replies(*m_db, {}, [] { return qint64(5000); });
    const qint64 id = itemOf(u"mastodon"_s);
    QVERIFY(!replies.queue({id, u"   "_s, 0, 0}));
    QVERIFY(!replies.queue({id, QString(501, u'x'), 0, 0}));
    QVERIFY(!replies.queue({itemOf(u"feed"_s), u"hi"_s, 0, 0}));  // no reply interface
    QVERIFY(OutboxRepository(*m_db).list().empty());

    const Result<OutboxEntry> queued = replies.queue({id, u" Thanks! "_s, 4000, 0});
    QVERIFY(queued);
    const std::vector<OutboxEntry> outbox = OutboxRepository(*m_db).list();
    QCOMPARE(outbox.size(), 1u);
    QCOMPARE(outbox.front().text, u"Thanks!"_s);
    QCOMPARE(outbox.front().inReplyTo, u"1"_s);
    QCOMPARE(outbox.front().draftMs, qint64(4000));
}

void TestReplyService::manualAnswerMarksTheItem()
{
    const qint64 id = itemOf(u"feed"_s);
    QVERIFY(ReplyService(*m_db, u"anna"_s).recordManual({id, u"done"_s, 0, 0}));
    QCOMPARE(ItemRepository(*m_db).find(id)->state.status, ItemStatus::Answered);
}

void TestReplyService::savedSearchesCountUnread()
{
    SavedSearchService searches(*m_db);
    QVERIFY(!searches.save(u"bad"_s, u"tag:(x"_s));
    QVERIFY(!searches.save(u" "_s, u"platform:feed"_s));
    const Result<qint64> id = searches.save(u"Blogs"_s, u"platform:feed OR internet"_s);
    QVERIFY(id);
    // Saving under the same name replaces the query.
    QCOMPARE(*searches.save(u"blogs"_s, u"platform:feed"_s), *id);
    Result<std::vector<SavedSearchCount>> list = searches.listWithCounts();
    QVERIFY(list);
    QCOMPARE(list->size(), 1u);
    QCOMPARE(list->front().search.query, u"platform:feed"_s);
    QCOMPARE(list->front().unread, qint64(1));
    QVERIFY(InboxService(*m_db).setRead({itemOf(u"feed"_s)}, true));
    QCOMPARE(searches.listWithCounts()->front().unread, qint64(0));
    QVERIFY(searches.remove(*id));
    QVERIFY(searches.listWithCounts()->empty());
}

QTEST_GUILESS_MAIN(TestReplyService)
#include "test_reply_service.moc"
