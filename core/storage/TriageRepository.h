// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/TagRepository.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace earshot {

class Database;
class ItemSet;

// One entry of an item's activity log: who did what, when, and the value before and
// after (which is what undo restores).
struct ActivityEntry {
    qint64 id = 0;
    qint64 batch = 0;  // entries of one triage action share a batch
    qint64 itemId = 0;
    qint64 atMs = 0;
    QString actor;   // a person's name, or "rule:NAME"
    QString action;  // status, tag, untag, assign, note, priority, spam, notify
    QString oldValue;
    QString newValue;
    bool undone = false;
};

// Who performs a triage action and which batch (undo unit) it belongs to.
struct TriageContext {
    qint64 batch = 0;
    qint64 atMs = 0;
    QString actor;
};

// Triage writes on items (status, tags, assignee, note, priority, spam, notifications),
// each logged in the activity table with its old value. Lives on one connection/thread;
// throws StorageError; expects the caller to hold a Transaction.
class TriageRepository {
public:
    explicit TriageRepository(Database &db);

    // A batch number no entry uses yet.
    qint64 newBatch();

    // Applies `action` with `value` to every item that it would change and logs one entry
    // per changed item; returns how many changed. Actions: "status" (a status id),
    // "tag"/"untag" (a tag name), "assign" (a name, empty to clear), "note", "priority"
    // (an integer), "spam" ("1" or "0"), "notify" (a message; always logged).
    // Unknown items are skipped.
    int apply(const std::vector<qint64> &ids, const QString &action, const QString &value,
              const TriageContext &context, qint64 ruleId = 0);
    // The same for every item of a set, as a few statements over the whole set rather than
    // several per item (rules over an import of many items). The outcome is that of the
    // list version with the ids in ascending order: the same values written, the same
    // entries logged in the same order.
    int apply(const ItemSet &items, const QString &action, const QString &value,
              const TriageContext &context, qint64 ruleId = 0);

    // The newest batch not undone yet, if any.
    std::optional<qint64> lastBatch();
    // Restores the old values of every entry in `batch` (newest first) and marks them
    // undone; returns the entries reverted.
    std::vector<ActivityEntry> undo(qint64 batch);

    std::vector<ActivityEntry> activity(qint64 itemId);

    struct Triage {
        QString assignee;
        int priority = 0;
        bool spam = false;
    };
    std::optional<Triage> triage(qint64 itemId);

    // Unseen notifications raised by rules, oldest first: (item id, message).
    std::vector<std::pair<qint64, QString>> notifications();

    static bool isAction(const QString &action);

private:
    // Writes `value` for `action` on one item, returning the previous value, or nullopt
    // when the item is unknown or already has that value.
    std::optional<QString> write(qint64 itemId, const QString &action, const QString &value,
                                 qint64 ruleId, qint64 atMs);
    void log(const TriageContext &context, qint64 itemId, const QString &action,
             const QString &oldValue, const QString &newValue);

    Database &m_db;
    TagRepository m_tags;
};

}  // namespace earshot
