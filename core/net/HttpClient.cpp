// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/HttpClient.h"

#include "core/model/Logging.h"
#include "core/net/HttpErrors.h"
#include "core/net/TransportError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QSslError>
#include <QTimer>

#include <cstring>

namespace earshot {

namespace {

QString trNet(const char *text)
{
    return QCoreApplication::translate("net", text);
}

QString shown(const QUrl &url)
{
    return http::safeAddress(url);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Same host and port: the server a token or a body was meant for.
bool sameHost(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443
                                                                                           : 80);
    };
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

// Failures that happen before a byte of the request can have reached the server.
bool neverSent(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::NetworkSessionFailedError: return true;
    default: return false;
    }
}

bool idempotentMethod(const QByteArray &method)
{
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS";
}

QHash<QByteArray, QByteArray> lowerCasedHeaders(const QNetworkReply &reply)
{
    QHash<QByteArray, QByteArray> headers;
    for (const auto &h : reply.rawHeaderPairs())
        headers.insert(h.first.toLower(), h.second);
    return headers;
}

// The body of a request that must not be sent twice. Qt's HTTP stack silently sends a
// request again on a new connection when the first one closed before any answer; it can
// only do that by rewinding the body. This body cannot be rewound, so such a resend fails
// instead (and is reported as maybe sent) rather than posting a second time.
class OnceOnlyBody : public QIODevice {
public:
    OnceOnlyBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

}  // namespace

bool HttpRequest::idempotent() const
{
    return idempotentMethod(method.isEmpty() ? QByteArray("GET") : method);
}

struct HttpClient::Job {
    quint64 id = 0;
    HttpRequest request;
    Callback done;
    QString host;  // limiter key of the first address
    QUrl current;
    QByteArray method;       // of the current hop (a 303 turns it into GET)
    QByteArray sendBody;     // of the current hop
    bool ownHeaders = true;  // false once a redirect left the first host
    QSet<QUrl> visited;
    bool onlyPermanent = true;
    QUrl movedTo;
    int redirects = 0;
    int attempts = 0;
    bool holdsSlot = false;
    qint64 deadlineMs = 0;
    QPointer<QNetworkReply> reply;
    QByteArray body;
    QStringList sslErrors;
    Abort abort = Abort::None;
    QTimer *deadline = nullptr;  // total timeout
    QTimer *retry = nullptr;     // back-off wait
};

HttpClient::HttpClient(QNetworkAccessManager &network, QObject *parent)
    : HttpClient(network, Options{}, {}, {}, parent)
{
}

HttpClient::HttpClient(QNetworkAccessManager &network, Options options, Clock clock, Jitter jitter,
                       QObject *parent)
    : QObject(parent),
      m_network(network),
      m_options(std::move(options)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); })),
      m_jitter(jitter ? std::move(jitter)
                      : Jitter([] { return QRandomGenerator::global()->generateDouble(); }))
{
}

HttpClient::~HttpClient()
{
    cancelAll();
}

QString HttpClient::hostKey(const QUrl &url) const
{
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(-1));
}

qint64 HttpClient::pausedUntil(const QString &host) const
{
    qint64 until = 0;
    for (auto it = m_pausedUntil.constBegin(); it != m_pausedUntil.constEnd(); ++it) {
        if (it.key().section(QLatin1Char(':'), 0, 0) == host.toLower())
            until = std::max(until, it.value());
    }
    return until > m_clock() ? until : 0;
}

quint64 HttpClient::send(const HttpRequest &request, Callback done)
{
    auto job = std::make_unique<Job>();
    job->id = m_nextId++;
    job->request = request;
    job->done = std::move(done);
    job->current = request.url;
    job->method = request.method.isEmpty() ? QByteArray("GET") : request.method.toUpper();
    job->sendBody = request.body;
    job->host = hostKey(request.url);
    const quint64 id = job->id;
    m_jobs.emplace(id, std::move(job));
    m_queue.push_back(id);
    // Start from the event loop so that a callback never runs inside get().
    QMetaObject::invokeMethod(this, &HttpClient::pump, Qt::QueuedConnection);
    return id;
}

void HttpClient::pump()
{
    // Two phases: callbacks may call get() or cancel(), which must not happen while the
    // queue is being walked.
    std::vector<quint64> toStart;
    std::vector<std::pair<quint64, qint64>> toRefuse;  // paused hosts: id, until
    int running = m_running;
    QHash<QString, int> starting;
    for (auto it = m_queue.begin(); it != m_queue.end() && running < m_options.globalLimit;) {
        const auto found = m_jobs.find(*it);
        if (found == m_jobs.end()) {
            it = m_queue.erase(it);
            continue;
        }
        const Job &job = *found->second;
        const qint64 paused = m_pausedUntil.value(job.host, 0);
        if (paused > m_clock()) {
            toRefuse.emplace_back(job.id, paused);
            it = m_queue.erase(it);
            continue;
        }
        if (m_perHost.value(job.host, 0) + starting.value(job.host, 0) >= m_options.perHostLimit) {
            ++it;
            continue;
        }
        ++starting[job.host];
        ++running;
        toStart.push_back(job.id);
        it = m_queue.erase(it);
    }
    for (const quint64 id : toStart) {
        const auto found = m_jobs.find(id);
        if (found != m_jobs.end())
            startJob(*found->second);
    }
    for (const auto &[id, until] : toRefuse) {
        const auto found = m_jobs.find(id);
        if (found == m_jobs.end())
            continue;
        HttpReply reply;
        reply.url = found->second->current;
        reply.status = 429;
        reply.retryAtMs = until;
        reply.error = http::statusError(429, shown(found->second->request.url), until);
        finish(id, std::move(reply));
    }
}

void HttpClient::startJob(Job &job)
{
    job.holdsSlot = true;
    ++m_running;
    ++m_perHost[job.host];
    job.deadlineMs = m_clock() + job.request.totalTimeoutMs;
    job.deadline = new QTimer(this);
    job.deadline->setSingleShot(true);
    const quint64 id = job.id;
    connect(job.deadline, &QTimer::timeout, this, [this, id] {
        const auto found = m_jobs.find(id);
        if (found == m_jobs.end())
            return;
        Job &j = *found->second;
        if (j.reply) {
            j.abort = Abort::Deadline;
            j.reply->abort();
        } else {
            fail(id,
                 {ErrorKind::Timeout, trNet("%1 did not answer in time.").arg(j.current.host())});
        }
    });
    job.deadline->start(job.request.totalTimeoutMs);
    sendCurrent(job);
}

void HttpClient::sendCurrent(Job &job)
{
    const QString scheme = job.current.scheme().toLower();
    if (!job.current.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // Reported from the event loop: this may run inside pump(), where callbacks must not.
        const quint64 id = job.id;
        const Error error{ErrorKind::InvalidInput,
                          trNet("%1 is not an http or https address.").arg(shown(job.current))};
        QMetaObject::invokeMethod(
            this, [this, id, error] { fail(id, error); }, Qt::QueuedConnection);
        return;
    }
    ++job.attempts;
    job.body.clear();
    job.sslErrors.clear();
    job.abort = Abort::None;

    QNetworkRequest request(job.current);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(job.request.idleTimeoutMs);
    request.setRawHeader("User-Agent", m_options.userAgent);
    request.setRawHeader("Accept",
                         job.request.accept.isEmpty() ? QByteArray("*/*") : job.request.accept);
    if (!job.request.etag.isEmpty())
        request.setRawHeader("If-None-Match", job.request.etag);
    if (!job.request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", job.request.lastModified);
    if (job.ownHeaders) {
        for (const auto &h : job.request.headers)
            request.setRawHeader(h.first, h.second);
    }
    if (!job.sendBody.isEmpty() && !job.request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, job.request.contentType);
    // Accept-Encoding is deliberately not set: Qt then asks for gzip/deflate itself and
    // decompresses transparently (setting it by hand would hand us compressed bytes).

    QNetworkReply *reply = nullptr;
    if (job.method == "GET") {
        reply = m_network.get(request);
    } else if (idempotentMethod(job.method)) {
        reply = m_network.sendCustomRequest(request, job.method, job.sendBody);
    } else {
        // Streamed from a device that cannot rewind: see OnceOnlyBody.
        request.setHeader(QNetworkRequest::ContentLengthHeader, job.sendBody.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OnceOnlyBody(job.sendBody, nullptr);
        reply = m_network.sendCustomRequest(request, job.method, body);
        body->setParent(reply);
    }
    job.reply = reply;
    const quint64 id = job.id;
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        const auto found = m_jobs.find(id);
        if (found == m_jobs.end())
            return;
        for (const QSslError &e : errors)
            found->second->sslErrors << e.errorString();
        // Never ignored: the handshake fails and the reply finishes with an error.
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] {
        const auto found = m_jobs.find(id);
        if (found == m_jobs.end() || !found->second->reply)
            return;
        Job &j = *found->second;
        const QVariant length = j.reply->header(QNetworkRequest::ContentLengthHeader);
        // Content-Length of a compressed answer is the compressed size; the running count
        // in readyRead catches what it does not.
        if (length.isValid() && length.toLongLong() > j.request.maxBytes &&
            j.reply->rawHeader("Content-Encoding").isEmpty()) {
            j.abort = Abort::TooLarge;
            j.reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] {
        const auto found = m_jobs.find(id);
        if (found == m_jobs.end() || !found->second->reply)
            return;
        Job &j = *found->second;
        j.body += j.reply->readAll();
        if (j.body.size() > j.request.maxBytes) {
            j.abort = Abort::TooLarge;
            j.body.clear();
            j.reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

void HttpClient::onFinished(quint64 id)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    Job &job = *found->second;
    QNetworkReply *reply = job.reply;
    job.reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (job.abort == Abort::Cancelled)
        return;
    if (job.abort == Abort::TooLarge) {
        HttpReply out;
        out.url = job.current;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = Error{ErrorKind::TooLarge,
                          trNet("%1 sent more than %2 MB; the answer was not read. If this is "
                                "really a feed, it is too large to follow.")
                              .arg(shown(job.current))
                              .arg(job.request.maxBytes / (1024 * 1024))};
        finish(id, std::move(out));
        return;
    }
    if (job.abort == Abort::Deadline) {
        fail(id,
             {ErrorKind::Timeout, trNet("%1 took longer than %2 seconds to answer.")
                                      .arg(job.current.host())
                                      .arg(job.request.totalTimeoutMs / 1000)},
             true);
        return;
    }
    if (reply->bytesAvailable() > 0)
        job.body += reply->readAll();
    if (job.body.size() > job.request.maxBytes) {
        fail(id, {ErrorKind::TooLarge, trNet("%1 sent more than %2 MB; the answer was not read.")
                                           .arg(shown(job.current))
                                           .arg(job.request.maxBytes / (1024 * 1024))});
        return;
    }

    HttpReply out;
    out.url = job.current;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.contentType = reply->rawHeader("Content-Type");
    out.etag = reply->rawHeader("ETag");
    out.lastModified = reply->rawHeader("Last-Modified");
    out.headers = lowerCasedHeaders(*reply);
    out.redirects = job.redirects;
    out.attempts = job.attempts;
    out.movedTo = job.movedTo;
    QNetworkReply::NetworkError code = reply->error();
    if (code == QNetworkReply::ContentReSendError && isRedirect(out.status)) {
        // Qt gives up on a 307/308 whose OnceOnlyBody it cannot rewind; the redirect is
        // followed below with a fresh body, by the rules for bodies.
        code = QNetworkReply::NoError;
    }

    if (out.status >= 400) {
        out.retryAtMs = http::parseRetryAfter(reply->rawHeader("Retry-After"), m_clock());
        out.error = http::statusError(out.status, shown(job.current), out.retryAtMs);
        // A 429 refuses the request unprocessed, so any method may ask again; after a 5xx
        // a POST may have been applied and is left to the caller.
        const bool mayRetry = out.status == 429 || idempotentMethod(job.method);
        if ((out.status == 429 || out.status >= 500) && mayRetry && retryLater(job, out))
            return;
        out.body = std::move(job.body);
        out.maybeSent = out.status >= 500 && !idempotentMethod(job.method);
        finish(id, std::move(out));
        return;
    }
    if (code == QNetworkReply::OperationCanceledError) {
        // Qt aborts the reply itself when the idle transfer timeout fires.
        fail(id,
             {ErrorKind::Timeout, trNet("%1 stopped sending for %2 seconds.")
                                      .arg(job.current.host())
                                      .arg(job.request.idleTimeoutMs / 1000)},
             true);
        return;
    }
    if (code != QNetworkReply::NoError) {
        fail(id, http::transportError(code, job.current, reply->errorString(), job.sslErrors),
             !neverSent(code));
        return;
    }
    if (isRedirect(out.status)) {
        const QByteArray location = reply->rawHeader("Location");
        const QUrl next = job.current.resolved(QUrl::fromEncoded(location));
        if (location.isEmpty() || !next.isValid()) {
            fail(id, {ErrorKind::BadPayload,
                      trNet("%1 redirects without saying where to.").arg(shown(job.current))});
            return;
        }
        job.visited.insert(job.current.adjusted(QUrl::RemoveFragment));
        if (job.visited.contains(next.adjusted(QUrl::RemoveFragment))) {
            fail(id, {ErrorKind::BadPayload, trNet("%1 redirects in a loop (back to %2).")
                                                 .arg(shown(job.request.url), shown(next))});
            return;
        }
        if (job.redirects >= job.request.maxRedirects) {
            fail(id, {ErrorKind::BadPayload, trNet("%1 redirects more than %2 times.")
                                                 .arg(shown(job.request.url))
                                                 .arg(job.request.maxRedirects)});
            return;
        }
        if (job.current.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
            next.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
            fail(id, {ErrorKind::Network, trNet("%1 redirects to the insecure address %2; Earshot "
                                                "does not follow it.")
                                              .arg(shown(job.current), shown(next))});
            return;
        }
        if (!job.sendBody.isEmpty() || !idempotentMethod(job.method)) {
            if (out.status == 303) {
                // "See other": the request was handled; its result is read with a GET.
                job.method = "GET";
                job.sendBody.clear();
            } else if (!sameHost(job.current, next)) {
                fail(id, {ErrorKind::Network,
                          trNet("%1 redirects the request to another server (%2); Earshot does "
                                "not send it there.")
                              .arg(shown(job.current), shown(next))});
                return;
            }
        }
        if (!sameHost(job.request.url, next))
            job.ownHeaders = false;  // tokens stay with the server they were meant for
        const bool permanent = out.status == 301 || out.status == 308;
        job.onlyPermanent = job.onlyPermanent && permanent;
        if (job.onlyPermanent)
            job.movedTo = next;
        ++job.redirects;
        job.current = next;
        qCDebug(lcNet) << "redirect" << out.status << "to" << shown(next);
        sendCurrent(job);
        return;
    }
    if (out.status == 304 || (out.status >= 200 && out.status < 300)) {
        out.body = std::move(job.body);
        finish(id, std::move(out));
        return;
    }
    out.error = http::statusError(out.status, shown(job.current));
    finish(id, std::move(out));
}

bool HttpClient::retryLater(Job &job, const HttpReply &reply)
{
    const int maxRetries =
        job.request.maxRetries >= 0 ? job.request.maxRetries : m_options.maxRetries;
    const qint64 now = m_clock();
    if (reply.status == 429 && reply.retryAtMs > now + m_options.maxRetryDelayMs) {
        // A long pause: stop asking this host for now, and tell every queued request.
        m_pausedUntil.insert(job.host, reply.retryAtMs);
        return false;
    }
    if (job.attempts > maxRetries) {
        if (reply.status == 429) {
            m_pausedUntil.insert(job.host, reply.retryAtMs > now ? reply.retryAtMs
                                                                 : now + m_options.maxRetryDelayMs);
        }
        return false;
    }
    qint64 delay = http::backoffDelayMs(job.attempts, m_options.retryBaseMs,
                                        m_options.maxRetryDelayMs, m_jitter());
    if (reply.retryAtMs > now)
        delay = std::max(delay, reply.retryAtMs - now);
    if (now + delay > job.deadlineMs)
        return false;
    qCInfo(lcNet) << "HTTP" << reply.status << "from" << job.current.host() << "- retry in" << delay
                  << "ms";
    const quint64 id = job.id;
    job.retry = new QTimer(this);
    job.retry->setSingleShot(true);
    connect(job.retry, &QTimer::timeout, this, [this, id] {
        const auto found = m_jobs.find(id);
        if (found == m_jobs.end())
            return;
        Job &j = *found->second;
        j.retry->deleteLater();
        j.retry = nullptr;
        sendCurrent(j);
    });
    job.retry->start(static_cast<int>(delay));
    return true;
}

void HttpClient::fail(quint64 id, Error error, bool afterSending)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    HttpReply out;
    out.maybeSent = afterSending;
    out.url = found->second->current;
    out.redirects = found->second->redirects;
    out.attempts = found->second->attempts;
    out.error = std::move(error);
    finish(id, std::move(out));
}

void HttpClient::releaseSlot(Job &job)
{
    if (!job.holdsSlot)
        return;
    job.holdsSlot = false;
    --m_running;
    if (--m_perHost[job.host] <= 0)
        m_perHost.remove(job.host);
}

void HttpClient::finish(quint64 id, HttpReply reply)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(found->second);
    m_jobs.erase(found);
    releaseSlot(*job);
    delete job->deadline;
    delete job->retry;
    if (job->reply) {
        job->reply->disconnect(this);
        job->reply->abort();
        job->reply->deleteLater();
    }
    if (reply.error)
        qCDebug(lcNet) << job->method << shown(job->request.url)
                       << "failed:" << reply.error->message;
    if (job->done)
        job->done(reply);
    QMetaObject::invokeMethod(this, &HttpClient::pump, Qt::QueuedConnection);
}

void HttpClient::cancel(quint64 id)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(found->second);
    m_jobs.erase(found);
    releaseSlot(*job);
    delete job->deadline;
    delete job->retry;
    if (job->reply) {
        job->abort = Abort::Cancelled;
        job->reply->disconnect(this);
        job->reply->abort();
        job->reply->deleteLater();
    }
    QMetaObject::invokeMethod(this, &HttpClient::pump, Qt::QueuedConnection);
}

void HttpClient::cancelAll()
{
    std::vector<quint64> ids;
    ids.reserve(m_jobs.size());
    for (const auto &entry : m_jobs)
        ids.push_back(entry.first);
    for (const quint64 id : ids)
        cancel(id);
    m_queue.clear();
}

}  // namespace earshot
