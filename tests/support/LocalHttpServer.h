// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace earshot::test {

// One scripted answer. The wire is written by hand so tests control every byte: status,
// headers, pauses, a body cut short, chunked transfer.
struct ScriptedResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;            // wait before sending anything
    qsizetype truncateAt = -1;  // close after this many body bytes (the length still promises all)
    bool chunked = false;       // Transfer-Encoding: chunked
    bool sendLength = true;     // Content-Length (ignored when chunked)
    qsizetype chunkSize = 16 * 1024;
    int chunkDelayMs = 0;         // pause between chunks: a slow server
    bool dropConnection = false;  // close once the request is read, without any answer

    ScriptedResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    static ScriptedResponse ok(const QByteArray &body, const QByteArray &contentType);
    static ScriptedResponse redirect(int status, const QByteArray &location);
};

// What the server saw.
struct RecordedRequest {
    QByteArray method;
    QByteArray target;                      // path and query as sent
    QHash<QByteArray, QByteArray> headers;  // names lower-cased
    QByteArray body;                        // as many bytes as Content-Length promised

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// An HTTP/1.1 server on 127.0.0.1 (ephemeral port) that answers requests (any method; a
// body is read by its Content-Length) from a script and records every request. Every
// answer closes its connection. Lives on the test's thread.
class LocalHttpServer : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest &)>;

    explicit LocalHttpServer(QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &target) const;

    // The same answer for every request to `target` (path with query).
    void route(const QString &target, const ScriptedResponse &response);
    // Answers in turn; the last one repeats.
    void routeSequence(const QString &target, const QList<ScriptedResponse> &responses);
    // Anything not routed; the default answers 404.
    void setFallback(Handler handler) { m_fallback = std::move(handler); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int count(const QString &target) const;
    void clearRequests() { m_requests.clear(); }

private:
    void onConnection();
    void answer(class QTcpSocket *socket, const RecordedRequest &request);
    void send(QTcpSocket *socket, const ScriptedResponse &response);

    QTcpServer m_server;
    QHash<QByteArray, QList<ScriptedResponse>> m_routes;
    QHash<QByteArray, int> m_served;
    Handler m_fallback;
    QList<RecordedRequest> m_requests;
};

}  // namespace earshot::test
