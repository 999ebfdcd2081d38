// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QNetworkAccessManager;

namespace earshot {

// One request; a GET unless `method` says otherwise. Validators from the last successful
// fetch make a GET conditional. Header values may hold a token: they are never logged.
struct HttpRequest {
    QUrl url;
    QByteArray method = "GET";
    QList<QPair<QByteArray, QByteArray>> headers;  // added after (and over) the defaults
    QByteArray contentType;                        // with a body
    QByteArray body;
    QByteArray etag;          // sent as If-None-Match
    QByteArray lastModified;  // sent as If-Modified-Since
    QByteArray accept;        // Accept header; empty for */*
    int maxRedirects = 5;
    int idleTimeoutMs = 30'000;            // no byte for this long: Timeout
    int totalTimeoutMs = 120'000;          // whole exchange, redirects and retries included
    qint64 maxBytes = 32LL * 1024 * 1024;  // decompressed body; beyond it: TooLarge
    int maxRetries = -1;                   // for 5xx and 429; -1 takes the client's default

    // GET, HEAD, PUT, DELETE, OPTIONS: sending them twice does no more than once.
    bool idempotent() const;
};

// What came back. `error` is set when the request failed; everything else describes the
// last answer received.
struct HttpReply {
    std::optional<Error> error;
    int status = 0;  // last HTTP status, 0 when no answer came
    QUrl url;        // the address that gave the final answer
    QUrl movedTo;    // where 301/308 redirects at the start of the chain led; empty if none
    QByteArray contentType;
    QByteArray etag;
    QByteArray lastModified;
    QHash<QByteArray, QByteArray> headers;  // of the last answer; names lower-cased
    QByteArray body;                        // decompressed
    qint64 retryAtMs = 0;  // with RateLimited/ServerError: when the server said to come back
    int redirects = 0;
    int attempts = 0;
    // With an error: the request may have reached the server although no complete answer
    // came (connection lost or timed out after sending). A POST is never sent again by
    // the client in that case; the caller decides.
    bool maybeSent = false;

    bool ok() const { return !error.has_value(); }
    bool notModified() const { return ok() && status == 304; }
};

// Asynchronous HTTP over an injected QNetworkAccessManager, with the politeness every
// source needs in one place: a per-host and a global concurrency limit, redirects followed
// by hand (limit, loop detection, no https-to-http downgrade, permanent moves reported),
// idle and total timeouts, a size cap, jittered exponential back-off for 5xx and 429
// (honouring Retry-After), and hosts paused while a Retry-After is in force. TLS errors
// are never ignored. Compressed answers are decompressed by Qt (Accept-Encoding is left to
// it on purpose).
//
// Requests that are not idempotent (POST, PATCH) are sent at most once: a 5xx or a lost
// connection is reported (with maybeSent when the request may have arrived), only a 429,
// which says the request was refused unprocessed, is retried after its Retry-After. A
// request with a body is redirected only to the same host (303 turns it into a GET), and
// the request's own headers (tokens) never follow a redirect to another host.
//
// Threading: lives on the thread of the QNetworkAccessManager; callbacks run there.
// Ownership: the manager must outlive the client.
class HttpClient : public QObject {
    Q_OBJECT

public:
    struct Options {
        int perHostLimit = 2;
        int globalLimit = 16;
        int maxRetries = 2;
        qint64 retryBaseMs = 1'000;
        qint64 maxRetryDelayMs = 30'000;  // a longer Retry-After fails now and pauses the host
        QByteArray userAgent = "Earshot/0.1 (feed reader)";
    };
    using Callback = std::function<void(const HttpReply &)>;
    using Clock = std::function<qint64()>;   // ms since the epoch
    using Jitter = std::function<double()>;  // uniform in [0, 1)

    explicit HttpClient(QNetworkAccessManager &network, QObject *parent = nullptr);
    HttpClient(QNetworkAccessManager &network, Options options, Clock clock = {},
               Jitter jitter = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    // Queues a request with the method it names; `done` is called exactly once unless the
    // request is cancelled. Returns an id for cancel().
    quint64 send(const HttpRequest &request, Callback done);
    // The same as send(); kept for the many callers that only read.
    quint64 get(const HttpRequest &request, Callback done)
    {
        return send(request, std::move(done));
    }

    // Drops a queued or running request without calling its callback.
    void cancel(quint64 id);
    void cancelAll();

    // Until when (ms since the epoch) a host is paused by its Retry-After; 0 if it is not.
    qint64 pausedUntil(const QString &host) const;

    int running() const { return m_running; }
    int queued() const { return static_cast<int>(m_queue.size()); }

private:
    struct Job;
    enum class Abort { None, Cancelled, TooLarge, Deadline };

    void pump();
    void startJob(Job &job);
    void sendCurrent(Job &job);
    void onFinished(quint64 id);
    void finish(quint64 id, HttpReply reply);
    // `afterSending`: the request may have reached the server (HttpReply::maybeSent).
    void fail(quint64 id, Error error, bool afterSending = false);
    void releaseSlot(Job &job);
    bool retryLater(Job &job, const HttpReply &reply);
    QString hostKey(const QUrl &url) const;

    QNetworkAccessManager &m_network;
    Options m_options;
    Clock m_clock;
    Jitter m_jitter;
    quint64 m_nextId = 1;
    int m_running = 0;
    std::deque<quint64> m_queue;
    std::unordered_map<quint64, std::unique_ptr<Job>> m_jobs;
    QHash<QString, int> m_perHost;
    QHash<QString, qint64> m_pausedUntil;
};

}  // namespace earshot
