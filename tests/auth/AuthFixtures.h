// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/LocalHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace earshot::test {

// The fields of a form body, decoded ('+' is a space).
inline QUrlQuery formOf(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromLatin1(text));
}

inline QString field(const QUrlQuery &form, const char *name)
{
    return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

inline QString pathOf(const RecordedRequest &request)
{
    return QUrl::fromEncoded(request.target).path();
}

// Plays the user's browser: takes the authorization address, lets the test look at it,
// and goes back to the redirect address with what `answer` says the server would add
// (by default the code "the-code" and the state it was given).
class FakeBrowser : public QObject {
public:
    using Answer = std::function<QUrlQuery(const QUrlQuery &asked)>;

    static QUrlQuery grant(const QUrlQuery &asked)
    {
        QUrlQuery back;
        back.addQueryItem(QStringLiteral("code"), QStringLiteral("the-code"));
        back.addQueryItem(QStringLiteral("state"),
                          asked.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        return back;
    }

    Answer answer = grant;
    QUrl opened;        // the authorization address
    QUrlQuery asked;    // its parameters
    bool came = false;  // the redirect was answered
    int status = 0;
    QByteArray page;

    void open(const QUrl &url)
    {
        opened = url;
        asked = QUrlQuery(url);
        QUrl back(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        back.setQuery(answer(asked));
        QNetworkReply *reply = m_network.get(QNetworkRequest(back));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            page = reply->readAll();
            came = true;
            reply->deleteLater();
        });
    }

    QString param(const char *name) const
    {
        return asked.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    }

private:
    QNetworkAccessManager m_network;
};

inline ScriptedResponse jsonAnswer(const QByteArray &body, int status = 200)
{
    ScriptedResponse r = ScriptedResponse::ok(body, "application/json");
    r.status = status;
    return r;
}

}  // namespace earshot::test
