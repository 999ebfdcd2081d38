// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/LocalHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace earshot::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

}  // namespace

ScriptedResponse ScriptedResponse::ok(const QByteArray &body, const QByteArray &contentType)
{
    ScriptedResponse r;
    r.body = body;
    r.header("Content-Type", contentType);
    return r;
}

ScriptedResponse ScriptedResponse::redirect(int status, const QByteArray &location)
{
    ScriptedResponse r;
    r.status = status;
    r.header("Location", location);
    return r;
}

LocalHttpServer::LocalHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onConnection);
    m_fallback = [](const RecordedRequest &) {
        ScriptedResponse r = ScriptedResponse::ok("not here", "text/plain");
        r.status = 404;
        return r;
    };
}

bool LocalHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LocalHttpServer::url(const QString &target) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(target));
}

void LocalHttpServer::route(const QString &target, const ScriptedResponse &response)
{
    routeSequence(target, {response});
}

void LocalHttpServer::routeSequence(const QString &target, const QList<ScriptedResponse> &responses)
{
    m_routes.insert(target.toUtf8(), responses);
    m_served.remove(target.toUtf8());
}

int LocalHttpServer::count(const QString &target) const
{
    const QByteArray t = target.toUtf8();
    int n = 0;
    for (const RecordedRequest &r : m_requests)
        n += r.target == t ? 1 : 0;
    return n;
}

void LocalHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0 || socket->property("answered").toBool())
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            RecordedRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0) {
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
                }
            }
            // A request with a body is answered once all of it arrived.
            const qsizetype length = request.header("content-length").toLongLong();
            if (buffer->size() - (end + 4) < length)
                return;
            request.body = buffer->mid(end + 4, length);
            socket->setProperty("answered", true);
            m_requests.append(request);
            answer(socket, request);
        });
    }
}

void LocalHttpServer::answer(QTcpSocket *socket, const RecordedRequest &request)
{
    ScriptedResponse response;
    const auto route = m_routes.constFind(request.target);
    if (route != m_routes.constEnd() && !route->isEmpty()) {
        const int served = m_served.value(request.target, 0);
        response = route->at(std::min<qsizetype>(served, route->size() - 1));
        m_served.insert(request.target, served + 1);
    } else {
        response = m_fallback(request);
    }
    QPointer<QTcpSocket> guard(socket);
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, this, [this, guard, response] {
            if (guard)
                send(guard, response);
        });
    } else {
        send(socket, response);
    }
}

void LocalHttpServer::send(QTcpSocket *socket, const ScriptedResponse &response)
{
    if (response.dropConnection) {
        // The request was read (and, for the test, acted on); the client never hears back.
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\nConnection: close\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    const bool bodyless = response.status == 304 || response.status == 204;
    if (response.chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (response.sendLength && !bodyless)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "\r\n";
    socket->write(head);
    if (bodyless) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray body = response.body;
    const bool truncated = response.truncateAt >= 0 && response.truncateAt < body.size();
    if (truncated)
        body.truncate(response.truncateAt);

    // Pieces of the body as they go on the wire (chunk framing added when chunked).
    auto pieces = std::make_shared<QList<QByteArray>>();
    for (qsizetype pos = 0; pos < body.size(); pos += response.chunkSize) {
        const QByteArray part = body.mid(pos, response.chunkSize);
        pieces->append(
            response.chunked ? QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n" : part);
    }
    if (response.chunked && !truncated)
        pieces->append("0\r\n\r\n");
    if (response.chunkDelayMs <= 0) {
        for (const QByteArray &piece : std::as_const(*pieces))
            socket->write(piece);
        // A graceful close after the bytes written: the client sees the promised length
        // (or the final chunk) never arrive.
        socket->disconnectFromHost();
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    auto timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [guard, timer, pieces] {
        if (!guard)
            return;
        if (pieces->isEmpty()) {
            timer->stop();
            guard->disconnectFromHost();
            return;
        }
        guard->write(pieces->takeFirst());
        guard->flush();
    });
    timer->start(response.chunkDelayMs);
}

}  // namespace earshot::test
