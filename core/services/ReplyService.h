// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"
#include "core/storage/OutboxRepository.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace earshot {

class Database;

// Where a reply to one item can go, as the composer shows it.
struct ReplyTarget {
    qint64 itemId = 0;
    QString platform;
    QUrl pageUrl;          // the item on the web, for answering by hand
    bool canSend = false;  // the platform has a reply API and an enabled account exists
    qint64 accountId = 0;
    QString accountTitle;
    QString whyNotSendable;  // in plain words, when !canSend
    int maxLength = 0;       // characters; 0 when the platform sets none
};

// A reply as the user wrote it.
struct ReplyDraft {
    qint64 itemId = 0;
    QString text;
    qint64 draftMs = 0;   // when the user last saw the thread (collision check)
    qint64 answerId = 0;  // the official answer it started from, 0 for none
};

// Replying to an item: where it can go, queueing it in the outbox (the outbox sender
// delivers it) and recording a reply the user posted by hand on the page. Synchronous
// on the given (writer) connection.
class ReplyService {
public:
    using Clock = std::function<qint64()>;  // ms since the epoch

    explicit ReplyService(Database &db, QString actor = {}, Clock clock = {});

    Result<ReplyTarget> target(qint64 itemId);
    // Stores the reply as a queued outbox entry for the item's account.
    Result<OutboxEntry> queue(const ReplyDraft &draft);
    // The user answered on the page itself: the item becomes answered (logged in its
    // activity, undoable like any triage action).
    Status recordManual(const ReplyDraft &draft);

    // The reply length a platform accepts, 0 for no limit. The connectors report the
    // same figure through Connector::limits(), which needs a live account.
    static int replyLimit(const QString &platform);

private:
    Database &m_db;
    QString m_actor;
    Clock m_clock;
};

}  // namespace earshot
