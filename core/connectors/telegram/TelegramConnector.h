// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/Connector.h"
#include "core/connectors/telegram/TelegramApi.h"

#include <QObject>
#include <QSet>

namespace earshot {

class ApiTransport;
struct ApiResponse;

// A Telegram bot: the messages and channel posts of the groups and channels it is in, read
// with getUpdates long polling (Home or Latest; no argument), and replies with sendMessage.
//
// Cursor: "offset:<n>", n being the last update_id seen + 1. Fetching with it confirms every
// earlier update to Telegram, which then forgets them, so the caller stores the items before
// asking with the new cursor. A bot cannot read history: there are no older pages, and an
// empty batch gives back the cursor it was asked with.
//
// Privacy: the token is in every request path. No error message or log line of this class
// contains a URL; errors are rebuilt from the HTTP status and Telegram's description.
//
// Replies: Telegram has no idempotency key and a bot cannot read a chat's history, so a reply
// whose answer was lost cannot be checked. Rather than risk a second copy, such a reply fails
// with "may have been sent, check the chat" (maybeSent stays false: a blind retry is not
// safe); findSentReply() answers that it cannot check, so the outbox sends nothing on a later
// attempt; and reply() itself refuses a key whose attempt was lost earlier in this session.
//
// Threading and ownership: lives on the transport's thread; the transport must outlive it.
// Callbacks are dropped once the connector is destroyed.
class TelegramConnector : public QObject, public Connector {
    Q_OBJECT

public:
    TelegramConnector(ApiTransport &transport, QUrl base, QString token, QObject *parent = nullptr);

    // How long getUpdates waits for a first update; the transport's idle timeout must be
    // longer.
    static constexpr int kDefaultPollSeconds = 20;
    void setPollSeconds(int seconds) { m_pollSeconds = seconds; }

    QString platform() const override;
    Capabilities capabilities() const override;
    ConnectorLimits limits() const override;
    bool supports(Timeline::Kind kind) const override;
    void fetch(const Timeline &timeline, const PageRequest &page, FetchCallback done) override;
    void reply(const ReplyRequest &request, ReplyCallback done) override;
    void findSentReply(const ReplyRequest &request, qint64 sinceMs, ReplyCallback done) override;
    void cancelAll() override;

    // The error of a failed answer, in words that never include the request's URL.
    static Error failure(const ApiResponse &response);

private:
    ApiTransport &m_transport;
    TelegramApi m_api;
    int m_pollSeconds = kDefaultPollSeconds;
    QSet<QString> m_maybeSent;  // idempotency keys whose attempt may have reached the chat
};

}  // namespace earshot
