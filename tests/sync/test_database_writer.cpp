// SPDX-License-Identifier: GPL-3.0-or-later
// runOnWriter: database work runs as a writer's job, its answer comes back queued on the
// thread of the object that asked, and is dropped when that object is gone.
#include "core/storage/Database.h"
#include "core/sync/DatabaseWriter.h"
#include "tests/support/TempDir.h"

#include <QTest>
#include <QThread>

#include <future>
#include <mutex>
#include <thread>
#include <vector>

using namespace earshot;

namespace {

// A writer that runs each job on a thread of its own, one job at a time, on a connection
// opened by the test: as the window's writer thread does, the job never runs on the
// thread that posted it.
class ThreadedWriter {
public:
    explicit ThreadedWriter(Database &db) : m_db(db) {}
    ~ThreadedWriter() { join(); }
    ThreadedWriter(const ThreadedWriter &) = delete;
    ThreadedWriter &operator=(const ThreadedWriter &) = delete;

    Writer writer()
    {
        return [this](WriteJob job) {
            m_threads.emplace_back([this, job = std::move(job)] {
                const std::lock_guard lock(m_mutex);
                job(m_db);
            });
        };
    }
    void join()
    {
        for (std::thread &t : m_threads)
            t.join();
        m_threads.clear();
    }

private:
    Database &m_db;
    std::mutex m_mutex;
    std::vector<std::thread> m_threads;
};

qint64 answerOf(Database &db)
{
    Statement query = db.prepare("SELECT 6 * 7");
    return query.step() ? query.int64(0) : 0;
}

}  // namespace

class TestDatabaseWriter : public QObject {
    Q_OBJECT

    test::TempDir m_dir;

private Q_SLOTS:
    void answerComesQueuedToTheAskingThread();
    void answerOfAGoneContextIsDropped();
};

void TestDatabaseWriter::answerComesQueuedToTheAskingThread()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("a.sqlite")));
    ThreadedWriter threaded(*db);
    for (const Writer &writer : {directWriter(*db), threaded.writer()}) {
        QObject context;
        std::thread::id workedOn;
        QThread *answeredOn = nullptr;
        qint64 answer = 0;
        runOnWriter(
            writer, &context,
            [&workedOn](Database &d) {
                workedOn = std::this_thread::get_id();
                return answerOf(d);
            },
            [&](qint64 value) {
                answer = value;
                answeredOn = QThread::currentThread();
            });
        QCOMPARE(answer, 0);  // never inside the call, not even with the direct writer
        QTRY_COMPARE(answer, 42);
        QCOMPARE(answeredOn, QThread::currentThread());
        threaded.join();
    }
}

// The asking object is deleted while its job runs: the job finishes, the answer goes
// nowhere, and nothing touches the deleted object (the sanitizers watch).
void TestDatabaseWriter::answerOfAGoneContextIsDropped()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("b.sqlite")));
    ThreadedWriter threaded(*db);
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::promise<void> started;
    bool answered = false;
    bool worked = false;
    auto *context = new QObject;
    runOnWriter(
        threaded.writer(), context,
        [released, &started, &worked](Database &d) {
            started.set_value();
            released.wait();
            worked = true;
            return answerOf(d);
        },
        [&answered](qint64) { answered = true; });
    started.get_future().wait();
    delete context;
    release.set_value();
    threaded.join();
    QVERIFY(worked);
    // Let the posted answer (and the relay's deletion) be delivered.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!answered);

    // A later job for a live object still answers.
    QObject alive;
    qint64 answer = 0;
    runOnWriter(
        threaded.writer(), &alive, [](Database &d) { return answerOf(d); },
        [&answer](qint64 value) { answer = value; });
    QTRY_COMPARE(answer, 42);
}

QTEST_GUILESS_MAIN(TestDatabaseWriter)
#include "test_database_writer.moc"
