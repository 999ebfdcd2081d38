// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/ApiRequest.h"
#include "core/connectors/Connector.h"

#include <QString>
#include <QUrl>

namespace earshot {

// Builds the Mastodon REST calls Earshot makes (API v1/v2 as documented on
// docs.joinmastodon.org). Pure: no I/O. Every request carries "Authorization: Bearer" with
// the account's token and asks for JSON.
//
// Cursors: "max:<id>" continues to older items (max_id), "min:<id>" to newer ones
// (min_id); ids are opaque strings taken from the Link header.
class MastodonApi {
public:
    MastodonApi(QUrl instance, QString token)
        : m_instance(std::move(instance)), m_token(std::move(token))
    {
    }

    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 40;

    ApiRequest homeTimeline(const PageRequest &page) const;
    ApiRequest hashtagTimeline(const QString &hashtag, const PageRequest &page) const;
    // Notifications; `mentionsOnly` asks the server for mentions only (types[]=mention).
    ApiRequest notifications(const PageRequest &page, bool mentionsOnly = true) const;
    ApiRequest searchStatuses(const QString &query, const PageRequest &page) const;
    ApiRequest accountStatuses(const QString &accountId, const PageRequest &page) const;
    ApiRequest status(const QString &statusId) const;
    ApiRequest context(const QString &statusId) const;
    // POST /api/v1/statuses answering `request.inReplyTo`. The Idempotency-Key makes a
    // retried request return the status created by the first one instead of a second post.
    ApiRequest postReply(const ReplyRequest &request, const QString &visibility = {}) const;
    // The account that owns the token (to check a token when an account is added).
    ApiRequest verifyCredentials() const;

    // "max:<id>" / "min:<id>" from ids; empty id gives an empty cursor.
    static QString olderCursor(const QString &maxId);
    static QString newerCursor(const QString &minId);

    const QUrl &instance() const { return m_instance; }

private:
    ApiRequest get(const QString &path, const QList<QPair<QString, QString>> &query) const;
    void addPage(QList<QPair<QString, QString>> &query, const PageRequest &page) const;

    QUrl m_instance;
    QString m_token;
};

}  // namespace earshot
