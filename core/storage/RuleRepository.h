// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace earshot {

class Database;

// One thing a rule does to a matching item; `action` is a TriageRepository action
// (tag, status, assign, priority, spam, notify...).
struct RuleAction {
    QString action;
    QString value;
};

// "When an item matches `query` (and `regex`, if set, finds something in its title or
// text), do `actions`." Rules run in `position` order; every matching rule applies
// unless an earlier matching one has `stop`.
struct Rule {
    qint64 id = 0;
    int position = 0;
    QString name;
    bool enabled = true;
    QString query;  // the inbox query language; empty matches every item
    QString regex;  // optional, case-insensitive
    std::vector<RuleAction> actions;
    bool stop = false;
};

// Stored rules. Lives on one connection/thread; throws StorageError.
class RuleRepository {
public:
    explicit RuleRepository(Database &db) : m_db(db) {}

    std::vector<Rule> list();  // in order
    // Appends the rule after the last one; returns its id.
    qint64 add(const Rule &rule);
    bool setEnabled(qint64 id, bool enabled);
    bool remove(qint64 id);
    // Stores everything of the rule but its place in the order; false when it is gone.
    bool update(const Rule &rule);
    // Moves the rule `offset` places later (earlier when negative), stopping at either
    // end; false when it is unknown or already there. Renumbers every rule's position.
    bool move(qint64 id, int offset);

    // The items the activity entries of `batch` after entry `afterEntry` changed, once
    // each, ascending: what a rule run changed, as opposed to what it merely matched.
    std::vector<qint64> changedItems(qint64 batch, qint64 afterEntry = 0);
    // The newest activity entry, 0 when there is none; marks where a rule's entries begin.
    qint64 lastActivityEntry();

private:
    Database &m_db;
};

}  // namespace earshot
