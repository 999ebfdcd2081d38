// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"
#include "core/model/Item.h"
#include "core/sync/DatabaseWriter.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace earshot {

class Database;
class HttpClient;
struct HttpReply;
struct SourceRecord;
class SourceRepository;

// How one source fared in a sync pass.
struct SourceOutcome {
    qint64 sourceId = 0;
    QString address;
    QString title;
    bool ok = false;
    bool notModified = false;  // 304: nothing downloaded, nothing parsed
    qint64 newItems = 0;
    qint64 updatedItems = 0;
    std::optional<Error> error;  // plain words, also stored as the source's last error
};

struct SyncSummary {
    int total = 0;
    int succeeded = 0;
    int notModified = 0;
    qint64 newItems = 0;
    qint64 updatedItems = 0;
    bool cancelled = false;
    std::optional<Error> error;           // the pass itself failed (e.g. database locked)
    std::vector<SourceOutcome> failures;  // in the order they finished

    int failed() const { return static_cast<int>(failures.size()); }
};

// Syncs feed sources: picks the ones to fetch, fetches them through HttpClient
// (conditional GET with the stored validators), parses on a thread pool, and stores
// results in batches through the one writer, recording every source's health. One
// broken source never holds up the others; a re-fetch never touches user state; a
// source's validators are saved in the same transaction as its items, so a failed store
// is fetched again in full next time.
//
// Threading: lives on the thread of its HttpClient (the GUI thread is fine: nothing here
// blocks). Writes go through `Writer`, which runs jobs on the writer connection in order,
// on whatever thread that connection lives on; results come back queued to this object,
// so the writer must finish its queued jobs before the engine is destroyed.
class SyncEngine : public QObject {
    Q_OBJECT

public:
    using WriteJob = earshot::WriteJob;  // see DatabaseWriter.h
    using Writer = earshot::Writer;
    using Clock = std::function<qint64()>;

    struct Options {
        QString platform = QStringLiteral("feed");
        double intervalJitter = 0.1;  // next fetch at interval * (1 +- jitter)
        qint64 maxBackoffMs = 24LL * 3600 * 1000;
        int parseThreads = 0;        // 0: one per core
        int idleTimeoutMs = 30'000;  // per request, see HttpRequest
        int totalTimeoutMs = 120'000;
    };

    enum class Selection { All, Due, Failed };

    SyncEngine(HttpClient &http, Writer writer, QObject *parent = nullptr);
    SyncEngine(HttpClient &http, Writer writer, Options options, Clock clock = {},
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // A writer for a connection that lives on this engine's thread (the command line).
    static Writer directWriter(Database &db) { return earshot::directWriter(db); }

    // Called in the write job right after a batch commits, with the ids of the items it
    // inserted, on the writer's connection: how monitoring profiles and rules reach
    // synced items (RuleEngine::applyAfterStore) without the engine knowing them. A
    // failure inside the hook never undoes the stored items.
    using StoredHook = std::function<void(Database &, const std::vector<qint64> &newIds)>;
    void setItemsStoredHook(StoredHook hook) { m_storedHook = std::move(hook); }

    // Starts one pass over the selected sources; false if a pass is already running.
    // Emits progress() as sources finish and finished() once.
    bool syncNow(Selection selection = Selection::All);
    // Starts one pass over the given sources of the engine's platform, enabled or not
    // (a person asked for them); false if a pass is already running.
    bool syncSources(const QList<qint64> &sourceIds);

    // Keeps syncing sources as they fall due, checking every `checkEveryMs`.
    void startScheduler(int checkEveryMs = 30'000);
    void stopScheduler();

    // Stops the running pass: fetches in flight are dropped, what is already parsed is
    // stored, and finished() reports cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The sources this pass fetches, once they are known (before any progress).
    void passStarted(const QList<qint64> &sourceIds);
    void progress(int done, int total, qint64 newItems);
    void sourceFinished(const earshot::SourceOutcome &outcome);
    void finished(const earshot::SyncSummary &summary);

private:
    struct Target;
    struct Pending;
    struct Parsed;

    using SourceSelector = std::function<std::vector<SourceRecord>(
        SourceRepository &, const QString &platform, qint64 nowMs)>;
    bool startPass(SourceSelector select);
    void onSourcesLoaded(quint64 pass, std::vector<Target> targets);
    void fetch(const Target &target);
    void onFetched(quint64 pass, const Target &target, const HttpReply &reply);
    void onParsed(quint64 pass, Pending pending);
    void queueWrite(Pending pending);
    void flush();
    void onStored(quint64 pass, std::vector<SourceOutcome> outcomes);
    void maybeFinish();
    void finishPass(std::optional<Error> error = std::nullopt);
    qint64 nextDue(const Target &target, bool failed, qint64 retryAtMs) const;
    double random() const;

    HttpClient &m_http;
    Writer m_writer;
    StoredHook m_storedHook;
    Options m_options;
    Clock m_clock;
    QThreadPool m_parsers;
    QTimer m_scheduler;

    quint64 m_pass = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_writing = false;
    int m_total = 0;
    int m_done = 0;
    int m_parsing = 0;
    QSet<quint64> m_requests;
    std::vector<Pending> m_pending;
    SyncSummary m_summary;
};

}  // namespace earshot

Q_DECLARE_METATYPE(earshot::SourceOutcome)
Q_DECLARE_METATYPE(earshot::SyncSummary)
