// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AsyncWorkspace.h"
#include "core/services/DatabaseThread.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/StorageError.h"
#include "tests/storage/StorageFixture.h"
#include "tests/support/TempDir.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kBase = 1'763'640'000'000;

// A workspace file with `count` items, closed again.
void makeWorkspace(const QString &path, int count)
{
    auto db = openWorkspace(path);
    Transaction transaction(*db);
    ItemRepository items(*db);
    for (int i = 0; i < count; ++i) {
        items.upsert(makeItem(QString::number(i), u"Тариф и связь, сообщение %1"_s.arg(i),
                              kBase + i, u"https://example.org/feed%1"_s.arg(i % 3)));
    }
    transaction.commit();
}

// A JSON Lines file with `count` new items.
QString writeImportFile(const TempDir &dir, int count)
{
    QByteArray data;
    data.reserve(count * 160);
    for (int i = 0; i < count; ++i) {
        data += R"({"platform":"vk","source":"vk.com/big","id":"big-)" + QByteArray::number(i) +
                R"(","author":"Автор )" + QByteArray::number(i % 50) +
                R"(","text":"Импорт номер )" + QByteArray::number(i) +
                R"(: тарифы, роуминг и connection issues","published":"2026-11-20T14:03:00Z"})"
                "\n";
    }
    const QString path = dir.filePath(u"big.jsonl"_s);
    writeFile(path, data);
    return path;
}

}  // namespace

class TestAsyncWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void repliesArriveOnCallerThread();
    void errorsReachTheReply();
    void replyDroppedWhenContextIsGone();
    void writesReportChanges();
    void readsProceedDuringLongImport();
    void cancelledImportStoresNothing();
    void databaseThreadRunsJobsInOrder();
};

void TestAsyncWorkspace::repliesArriveOnCallerThread()
{
    TempDir dir;
    const QString path = dir.filePath(u"w.db"_s);
    makeWorkspace(path, 50);
    AsyncWorkspace workspace(path);
    QThread *const caller = QThread::currentThread();

    std::optional<Result<std::vector<InboxRow>>> page;
    std::optional<Result<ItemDetails>> details;
    std::optional<Result<WorkspaceStats>> stats;
    QThread *pageThread = nullptr;
    QThread *detailsThread = nullptr;
    QThread *statsThread = nullptr;
    InboxFilter filter;
    filter.text = u"тарифы"_s;
    workspace.page(filter, std::nullopt, 20, this, [&](Result<std::vector<InboxRow>> r) {
        pageThread = QThread::currentThread();
        page = std::move(r);
    });
    workspace.details(1, this, [&](Result<ItemDetails> r) {
        detailsThread = QThread::currentThread();
        details = std::move(r);
    });
    workspace.stats(this, [&](Result<WorkspaceStats> r) {
        statsThread = QThread::currentThread();
        stats = std::move(r);
    });
    // Nothing is answered synchronously.
    QVERIFY(!page && !details && !stats);
    QTRY_VERIFY(page && details && stats);
    QCOMPARE(pageThread, caller);
    QCOMPARE(detailsThread, caller);
    QCOMPARE(statsThread, caller);
    QVERIFY(page->ok());
    QCOMPARE(page->value().size(), std::size_t(20));
    QCOMPARE(page->value().front().publishedMs, kBase + 49);
    QVERIFY(details->ok());
    QCOMPARE(details->value().item.id, 1);
    QVERIFY(stats->ok());
    QCOMPARE(stats->value().total, 50);
    QCOMPARE(stats->value().sources.size(), std::size_t(3));

    std::optional<Result<ItemDetails>> missing;
    workspace.details(999999, this, [&](Result<ItemDetails> r) { missing = std::move(r); });
    QTRY_VERIFY(missing);
    QVERIFY(!missing->ok());
    QCOMPARE(missing->error().kind, ErrorKind::NotFound);
}

void TestAsyncWorkspace::errorsReachTheReply()
{
    TempDir dir;
    const QString path = dir.filePath(u"notes.txt"_s);
    QVERIFY(writeFile(path, QByteArray("not a database\n").repeated(100)));
    AsyncWorkspace workspace(path);
    std::optional<Result<std::vector<InboxRow>>> page;
    QThread *thread = nullptr;
    workspace.page(InboxFilter{}, std::nullopt, 10, this, [&](Result<std::vector<InboxRow>> r) {
        thread = QThread::currentThread();
        page = std::move(r);
    });
    QTRY_VERIFY(page);
    QCOMPARE(thread, QThread::currentThread());
    QVERIFY(!page->ok());
    QCOMPARE(page->error().kind, ErrorKind::StorageCorrupt);

    QSignalSpy failed(&workspace, &AsyncWorkspace::writeFailed);
    workspace.setRead({1}, true);
    QTRY_COMPARE(failed.size(), 1);
}

void TestAsyncWorkspace::replyDroppedWhenContextIsGone()
{
    TempDir dir;
    const QString path = dir.filePath(u"w.db"_s);
    makeWorkspace(path, 3000);
    AsyncWorkspace workspace(path);
    // Keep the reader busy so the page request below runs long after its context died.
    std::atomic_int statsDone = 0;
    for (int i = 0; i < 20; ++i)
        workspace.stats(this, [&](Result<WorkspaceStats>) { ++statsDone; });
    auto *context = new QObject;
    bool called = false;
    workspace.page(InboxFilter{}, std::nullopt, 10, context,
                   [&](Result<std::vector<InboxRow>>) { called = true; });
    delete context;
    bool lastDone = false;
    workspace.stats(this, [&](Result<WorkspaceStats>) { lastDone = true; });
    QTRY_VERIFY(lastDone);
    QCOMPARE(statsDone.load(), 20);
    QVERIFY(!called);
}

void TestAsyncWorkspace::writesReportChanges()
{
    TempDir dir;
    const QString path = dir.filePath(u"w.db"_s);
    makeWorkspace(path, 10);
    AsyncWorkspace workspace(path);
    QSignalSpy changed(&workspace, &AsyncWorkspace::itemsChanged);
    workspace.setRead({1, 2, 3}, true);
    workspace.setSaved({2}, true);
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{1, 2, 3}));
    QCOMPARE(changed.at(1).at(0).value<QList<qint64>>(), QList<qint64>{2});

    // The reader sees the writer's committed change.
    std::optional<Result<std::vector<InboxRow>>> unread;
    InboxFilter filter;
    filter.view = InboxFilter::View::Unread;
    workspace.page(filter, std::nullopt, 100, this, [&](auto r) { unread = std::move(r); });
    QTRY_VERIFY(unread);
    QVERIFY(unread->ok());
    QCOMPARE(unread->value().size(), std::size_t(7));
}

void TestAsyncWorkspace::readsProceedDuringLongImport()
{
    TempDir dir;
    const QString path = dir.filePath(u"w.db"_s);
    makeWorkspace(path, 100);
    const QString file = writeImportFile(dir, 60000);
    AsyncWorkspace workspace(path);
    QSignalSpy finished(&workspace, &AsyncWorkspace::importFinished);

    struct Seen {
        bool asked = false;
        bool answered = false;
        bool importRunning = false;
        std::size_t rows = 0;
        qint64 total = -1;
    } seen;
    connect(&workspace, &AsyncWorkspace::importProgress, this, [&](qint64, qint64, qint64 stored) {
        if (seen.asked || stored == 0)
            return;
        // The import is half-way through its transaction on the writer thread.
        seen.asked = true;
        workspace.stats(this,
                        [&](Result<WorkspaceStats> r) { seen.total = r.ok() ? r->total : -2; });
        workspace.page(InboxFilter{}, std::nullopt, 200, this,
                       [&](Result<std::vector<InboxRow>> r) {
                           seen.answered = true;
                           seen.importRunning = workspace.isImporting() && finished.isEmpty();
                           seen.rows = r.ok() ? r->size() : 0;
                       });
    });
    workspace.importFile(file);
    QVERIFY(workspace.isImporting());
    QTRY_VERIFY(!finished.isEmpty());
    QVERIFY(seen.asked);
    QVERIFY(seen.answered);
    QVERIFY2(seen.importRunning, "the page waited for the import to finish");
    // The reader saw the last committed state, not the import's uncommitted rows.
    QCOMPARE(seen.rows, std::size_t(100));
    QCOMPARE(seen.total, 100);
    QCOMPARE(finished.front().at(0).toBool(), true);
    QCOMPARE(finished.front().at(2).toLongLong(), 60000);

    std::optional<Result<WorkspaceStats>> after;
    workspace.stats(this, [&](Result<WorkspaceStats> r) { after = std::move(r); });
    QTRY_VERIFY(after);
    QCOMPARE(after->value().total, 60100);
}

void TestAsyncWorkspace::cancelledImportStoresNothing()
{
    TempDir dir;
    const QString path = dir.filePath(u"w.db"_s);
    makeWorkspace(path, 5);
    const QString file = writeImportFile(dir, 20000);
    AsyncWorkspace workspace(path);
    QSignalSpy finished(&workspace, &AsyncWorkspace::importFinished);
    connect(&workspace, &AsyncWorkspace::importProgress, &workspace, &AsyncWorkspace::cancelImport);
    workspace.importFile(file);
    QTRY_VERIFY(!finished.isEmpty());
    QCOMPARE(finished.front().at(0).toBool(), false);
    QVERIFY(!workspace.isImporting());
    std::optional<Result<WorkspaceStats>> after;
    workspace.stats(this, [&](Result<WorkspaceStats> r) { after = std::move(r); });
    QTRY_VERIFY(after);
    QCOMPARE(after->value().total, 5);
}

void TestAsyncWorkspace::databaseThreadRunsJobsInOrder()
{
    TempDir dir;
    const QString path = dir.filePath(u"w.db"_s);
    makeWorkspace(path, 1);
    std::mutex mutex;
    QList<int> order;
    QStringList threads;
    QList<ErrorKind> errors;
    {
        DatabaseThread thread(path, u"earshot-test-db"_s);
        for (int i = 0; i < 50; ++i) {
            thread.post(
                [&, i](Database &db) {
                    const std::lock_guard lock(mutex);
                    order.append(i);
                    threads.append(QThread::currentThread()->objectName());
                    if (i == 25)
                        db.exec("SELECT * FROM no_such_table");  // throws StorageError
                },
                [&](const Error &error) {
                    const std::lock_guard lock(mutex);
                    errors.append(error.kind);
                    threads.append(QThread::currentThread()->objectName());
                });
        }
        QTRY_VERIFY([&] {
            const std::lock_guard lock(mutex);
            return order.size() == 50;
        }());
    }
    QList<int> expected;
    for (int i = 0; i < 50; ++i)
        expected.append(i);
    QCOMPARE(order, expected);
    QCOMPARE(errors, QList<ErrorKind>{ErrorKind::Storage});
    QCOMPARE(threads.size(), 51);
    QCOMPARE(threads.count(u"earshot-test-db"_s), 51);
}

QTEST_GUILESS_MAIN(TestAsyncWorkspace)
#include "test_async_workspace.moc"
