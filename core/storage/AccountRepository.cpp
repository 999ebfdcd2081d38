// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AccountRepository.h"

#include "core/storage/Database.h"

#include <QUrl>

namespace earshot {

QString AccountRecord::title() const
{
    if (user.isEmpty())
        return baseUrl;
    const QString host = QUrl(baseUrl).host();
    return user + QLatin1Char('@') + (host.isEmpty() ? baseUrl : host);
}

QString AccountRecord::sourceAddressPrefix() const
{
    return baseUrl + QLatin1Char('#') + (user.isEmpty() ? QString() : user + QLatin1Char('/'));
}

namespace {

const std::string kColumns =
    "SELECT id, platform, base_url, user_name, secret_key, display_name, enabled, created_ms, "
    "ifnull(last_attempt_ms, 0), ifnull(last_success_ms, 0), last_error, consecutive_failures, "
    "retry_after_ms FROM accounts";

AccountRecord readRecord(const Statement &q)
{
    AccountRecord a;
    a.id = q.int64(0);
    a.platform = q.text(1);
    a.baseUrl = q.text(2);
    a.user = q.text(3);
    a.secretKey = q.text(4);
    a.displayName = q.text(5);
    a.enabled = q.int64(6) != 0;
    a.createdMs = q.int64(7);
    a.lastAttemptMs = q.int64(8);
    a.lastSuccessMs = q.int64(9);
    a.lastError = q.text(10);
    a.consecutiveFailures = q.int32(11);
    a.retryAfterMs = q.int64(12);
    return a;
}

}  // namespace

qint64 AccountRepository::add(const AccountRecord &account)
{
    Statement &insert = m_db.cached(
        "INSERT INTO accounts(platform, base_url, user_name, secret_key, display_name, enabled, "
        "created_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
        "ON CONFLICT(platform, base_url, user_name) DO NOTHING RETURNING id");
    insert.bind(1, account.platform)
        .bind(2, account.baseUrl)
        .bind(3, account.user)
        .bind(4, account.secretKey)
        .bind(5, account.displayName)
        .bind(6, account.enabled)
        .bind(7, account.createdMs);
    const qint64 id = insert.step() ? insert.int64(0) : 0;
    insert.reset();
    return id;
}

std::vector<AccountRecord> AccountRepository::list()
{
    Statement &query = m_db.cached(kColumns + " ORDER BY platform, base_url, user_name");
    std::vector<AccountRecord> accounts;
    while (query.step())
        accounts.push_back(readRecord(query));
    query.reset();
    return accounts;
}

std::optional<AccountRecord> AccountRepository::find(qint64 id)
{
    Statement &query = m_db.cached(kColumns + " WHERE id = ?1");
    query.bind(1, id);
    std::optional<AccountRecord> account;
    if (query.step())
        account = readRecord(query);
    query.reset();
    return account;
}

qint64 AccountRepository::findId(const QString &platform, const QString &baseUrl,
                                 const QString &user)
{
    Statement &query = m_db.cached(
        "SELECT id FROM accounts WHERE platform = ?1 AND base_url = ?2 AND user_name = ?3");
    query.bind(1, platform).bind(2, baseUrl).bind(3, user);
    const qint64 id = query.step() ? query.int64(0) : 0;
    query.reset();
    return id;
}

bool AccountRepository::remove(qint64 id)
{
    Statement &del = m_db.cached("DELETE FROM accounts WHERE id = ?1");
    del.bind(1, id).run();
    return m_db.changes() > 0;
}

void AccountRepository::recordSuccess(qint64 id, qint64 atMs)
{
    m_db.cached(
            "UPDATE accounts SET last_attempt_ms = ?2, last_success_ms = ?2, last_error = '', "
            "consecutive_failures = 0, retry_after_ms = 0 WHERE id = ?1")
        .bind(1, id)
        .bind(2, atMs)
        .run();
}

void AccountRepository::recordFailure(qint64 id, qint64 atMs, const QString &message,
                                      qint64 retryAfterMs)
{
    m_db.cached(
            "UPDATE accounts SET last_attempt_ms = ?2, last_error = ?3, "
            "consecutive_failures = consecutive_failures + 1, retry_after_ms = ?4 WHERE id = ?1")
        .bind(1, id)
        .bind(2, atMs)
        .bind(3, message)
        .bind(4, retryAfterMs)
        .run();
}

}  // namespace earshot
