// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"
#include "core/storage/RuleRepository.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace earshot {

class Database;
class ItemSet;

// What one rule did (or would do, in a dry run).
struct RuleOutcome {
    qint64 ruleId = 0;
    QString name;
    qint64 matched = 0;  // items the rule matched (after earlier stop rules)
    qint64 changed = 0;  // item changes made (0 in a dry run)
};

struct RuleReport {
    std::vector<RuleOutcome> rules;  // enabled rules, in order
    qint64 profileMatches = 0;       // items newly matched by monitoring profiles (apply())
    bool dryRun = false;
};

// Runs the stored rules: every enabled rule, in order, applies its actions to the items
// matching its query (and regular expression), unless an earlier rule that matched the
// item says stop. All changes of one run form one batch in the activity log, so one undo
// takes the whole run back. Synchronous on the given (writer) connection.
class RuleEngine {
public:
    using Clock = std::function<qint64()>;
    explicit RuleEngine(Database &db, Clock clock = {});

    // For newly stored items (import, sync): matches monitoring profiles first, so rules
    // can use profile:NAME, then applies the rules. One transaction.
    Result<RuleReport> apply(const std::vector<qint64> &ids);

    // apply() for items a sync pass just stored, shaped for SyncEngine::setItemsStoredHook;
    // a failure is logged, the items stay stored.
    static void applyAfterStore(Database &db, const std::vector<qint64> &ids);

    // Applies the rules to every cached item; with `dryRun` only counts the matches.
    Result<RuleReport> applyToCache(bool dryRun);

    Result<std::vector<Rule>> rules();
    // Checks and stores a rule after the last one; returns its id.
    Result<qint64> addRule(const Rule &rule);
    Status setEnabled(qint64 id, bool enabled);
    Status removeRule(qint64 id);

    // Why a rule cannot be stored (bad query with its position, bad regular expression,
    // unknown action or value), or nullopt when it is fine.
    static std::optional<Error> validate(const Rule &rule);

private:
    // Runs the rules over the items of `scope` (every item when null).
    RuleReport run(const ItemSet *scope, bool dryRun);

    Database &m_db;
    Clock m_clock;
};

}  // namespace earshot
