// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Item.h"
#include "core/model/Result.h"
#include "core/storage/TagRepository.h"
#include "core/storage/TriageRepository.h"

#include <QString>

#include <functional>
#include <vector>

namespace earshot {

class Database;

// Triage use cases shared by the GUI and the CLI: status, tags, assignee, notes,
// priority, spam, on one item or many (bulk), each logged in the item's activity and
// undoable as a whole. Synchronous on the given (writer) connection; every action is one
// transaction.
class TriageService {
public:
    using Clock = std::function<qint64()>;  // ms since the epoch

    // `actor` is recorded in the activity log; `clock` defaults to the system time.
    explicit TriageService(Database &db, QString actor = {}, Clock clock = {});

    // Ids of every item matching a query in the inbox query language (InvalidInput with
    // the position when it does not parse).
    Result<std::vector<qint64>> select(const QString &query);

    // One triage action on every item in `ids`; returns how many items changed. Items
    // already in that state are not logged (and not counted).
    Result<int> apply(const std::vector<qint64> &ids, const QString &action, const QString &value);

    Result<int> setStatus(const std::vector<qint64> &ids, ItemStatus status);
    Result<int> addTag(const std::vector<qint64> &ids, const QString &tag);
    Result<int> removeTag(const std::vector<qint64> &ids, const QString &tag);
    Result<int> assign(const std::vector<qint64> &ids, const QString &assignee);
    Result<int> setNote(const std::vector<qint64> &ids, const QString &note);
    Result<int> setPriority(const std::vector<qint64> &ids, int priority);
    Result<int> markSpam(const std::vector<qint64> &ids, bool spam);

    // Reverts the newest triage action not undone yet (by a person or a rule); returns
    // the entries reverted, empty when there is nothing to undo.
    Result<std::vector<ActivityEntry>> undoLast();

    Result<std::vector<ActivityEntry>> activity(qint64 itemId);
    Result<std::vector<TagRecord>> tags();
    Status setTagColor(const QString &tag, const QString &color);

private:
    Database &m_db;
    QString m_actor;
    Clock m_clock;
};

}  // namespace earshot
