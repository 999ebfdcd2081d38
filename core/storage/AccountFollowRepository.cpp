// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AccountFollowRepository.h"

#include "core/storage/Database.h"

namespace earshot {

std::vector<AccountFollow> AccountFollowRepository::list(qint64 accountId)
{
    Statement &query = m_db.cached(
        "SELECT account_id, kind, argument FROM account_follows WHERE ?1 = 0 OR account_id = ?1 "
        "ORDER BY account_id, id");
    query.bind(1, accountId);
    std::vector<AccountFollow> follows;
    while (query.step())
        follows.push_back({query.int64(0), query.text(1), query.text(2)});
    query.reset();
    return follows;
}

bool AccountFollowRepository::add(const AccountFollow &follow)
{
    Statement &insert = m_db.cached(
        "INSERT OR IGNORE INTO account_follows(account_id, kind, argument) VALUES (?1, ?2, ?3)");
    insert.bind(1, follow.accountId).bind(2, follow.kind).bind(3, follow.argument).run();
    return m_db.changes() > 0;
}

bool AccountFollowRepository::remove(const AccountFollow &follow)
{
    Statement &erase = m_db.cached(
        "DELETE FROM account_follows WHERE account_id = ?1 AND kind = ?2 AND argument = ?3");
    erase.bind(1, follow.accountId).bind(2, follow.kind).bind(3, follow.argument).run();
    return m_db.changes() > 0;
}

}  // namespace earshot
