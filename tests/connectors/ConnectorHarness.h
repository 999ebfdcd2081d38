// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/Connector.h"
#include "core/connectors/HttpApiTransport.h"
#include "core/net/HttpClient.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/UnboundedWaits.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace earshot::test {

// The transport the application uses: HttpApiTransport over HttpClient, which must not
// send a POST twice even where Qt's HTTP stack would resend it on a fresh connection.
struct ProductionTransport {
    QNetworkAccessManager network;
    HttpClient http{network};
    HttpApiTransport transport{http};
};

// Runs a connector call to its callback. The wait is only a cap so a broken connector fails
// the test instead of hanging it; no test asserts how long anything takes.
inline FetchResult fetchNow(Connector &connector, const Timeline &timeline,
                            const PageRequest &page = {})
{
    std::optional<FetchResult> result;
    connector.fetch(timeline, page, [&](const FetchResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, earshot::test::kUnboundedWaitMs))
        return FetchResult{Error{ErrorKind::Timeout, QStringLiteral("no answer")}, {}, {}, {}, 0};
    return *result;
}

inline ReplyResult replyNow(Connector &connector, const ReplyRequest &request)
{
    std::optional<ReplyResult> result;
    connector.reply(request, [&](const ReplyResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, earshot::test::kUnboundedWaitMs))
        return ReplyResult{Error{ErrorKind::Timeout, QStringLiteral("no answer")}, {}, {}, false};
    return *result;
}

inline ReplyResult findSentNow(Connector &connector, const ReplyRequest &request, qint64 sinceMs)
{
    std::optional<ReplyResult> result;
    connector.findSentReply(request, sinceMs, [&](const ReplyResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, earshot::test::kUnboundedWaitMs))
        return ReplyResult{Error{ErrorKind::Timeout, QStringLiteral("no answer")}, {}, {}, false};
    return *result;
}

// The loopback server's address as a connector's base address (no trailing slash).
inline QUrl baseUrl(const LocalHttpServer &server)
{
    return server.url(QString()).adjusted(QUrl::StripTrailingSlash);
}

// The "lost answer" scaffold: the server acts on the first request, but its answer never
// reaches the client, which cannot tell whether anything was done; later answers arrive.
class FirstAnswerLost {
public:
    enum class How {
        Dropped,          // the connection closes once the request is read
        CutAfterHeaders,  // the headers come, the promised body never does
    };
    explicit FirstAnswerLost(How how = How::Dropped) : m_how(how) {}

    ScriptedResponse operator()(ScriptedResponse answer)
    {
        if (std::exchange(m_lost, true))
            return answer;
        if (m_how == How::Dropped)
            answer.dropConnection = true;
        else
            answer.truncateAt = 0;
        return answer;
    }

private:
    How m_how;
    bool m_lost = false;
};

inline ScriptedResponse json(const QByteArray &body, int status = 200)
{
    ScriptedResponse r = ScriptedResponse::ok(body, "application/json; charset=utf-8");
    r.status = status;
    return r;
}

inline QByteArray pathOf(const RecordedRequest &request)
{
    const qsizetype q = request.target.indexOf('?');
    return q < 0 ? request.target : request.target.left(q);
}

// The query of a recorded request, or its form body: values fully decoded.
inline QString queryValue(const RecordedRequest &request, const QString &key)
{
    const qsizetype q = request.target.indexOf('?');
    const QUrlQuery query(q < 0 ? QString() : QString::fromUtf8(request.target.mid(q + 1)));
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

inline QString formValue(const RecordedRequest &request, const QString &key)
{
    return QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(key, QUrl::FullyDecoded);
}

inline QString message(const std::optional<Error> &error)
{
    return error ? error->message : QString();
}

}  // namespace earshot::test
