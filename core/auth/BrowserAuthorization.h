// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace earshot {

namespace detail {
class LoopbackReplyHandler;
class AuthorizationUrlFlow;
}  // namespace detail

// The browser half of an OAuth2 authorization code flow (RFC 6749 4.1, RFC 8252): a
// listener on 127.0.0.1 the browser is sent back to, the authorization address the user
// opens, and the answer checked (state, error, code). Qt NetworkAuth does the listening and
// builds the address; the checks are done here because Qt 6.4 only logs a state mismatch
// or a missing code and then waits for ever.
//
// The listener takes the first answer that looks like one (code, error or state; a
// browser's favicon request is not) and closes: a second sign-in needs a new object.
//
// Threading: one thread with an event loop. `done` runs after start() returned, exactly
// once, unless the object is destroyed first.
class BrowserAuthorization : public QObject {
    Q_OBJECT

public:
    struct Request {
        QUrl authorizeUrl;
        QString clientId;
        QString scope;
        QList<QPair<QString, QString>> extra;  // more query parameters (Reddit's duration)
        int timeoutMs = 5 * 60 * 1000;         // 0 or less: wait until cancelled
        quint16 port = 0;                      // of the listener, when not listening yet
    };
    using Callback = std::function<void(const Result<QString> &code)>;

    explicit BrowserAuthorization(QObject *parent = nullptr);
    ~BrowserAuthorization() override;

    // Opens the loopback listener, on `port` or (0) on a free one. The redirect address is
    // known after this, before the authorization address (Mastodon registers it first).
    // Reddit compares the redirect address with the registered one, port included, so its
    // port is fixed.
    Status listen(quint16 port = 0);
    // "http://127.0.0.1:PORT/"; empty until listen() succeeded, kept after the answer.
    QString redirectUri() const;

    // Emits openInBrowser() with the authorization address, then waits for the browser.
    void start(const Request &request, Callback done);
    // Stops listening; `done` is not called.
    void cancel();

    // The state the answer must carry; empty before start(). For tests.
    QString state() const { return m_state; }

Q_SIGNALS:
    void openInBrowser(const QUrl &url);

private:
    void onCallback(const QVariantMap &values);
    void finish(const Result<QString> &result);

    std::unique_ptr<detail::LoopbackReplyHandler> m_handler;
    std::unique_ptr<detail::AuthorizationUrlFlow> m_flow;
    QTimer m_timer;
    Callback m_done;
    QString m_state;
    QString m_redirectUri;
    QString m_server;  // the authorization server's host, for messages
};

}  // namespace earshot
