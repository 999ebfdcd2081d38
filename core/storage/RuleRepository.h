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

private:
    Database &m_db;
};

}  // namespace earshot
