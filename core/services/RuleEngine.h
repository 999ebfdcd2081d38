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
    qint64 items = 0;    // distinct items changed (whole-cache runs and previews only)
};

struct RuleReport {
    std::vector<RuleOutcome> rules;  // enabled rules, in order
    qint64 profileMatches = 0;       // items newly matched by monitoring profiles (apply())
    bool dryRun = false;
    // Whole-cache runs and previews: the items changed by all rules together, once each.
    std::vector<qint64> changedItems;
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
    // Exactly what applyToCache(false) would change now: the run is made and rolled back,
    // so a rule that matches what an earlier rule changes counts as it will. Takes the
    // write lock for the run's length.
    Result<RuleReport> previewOnCache();

    Result<std::vector<Rule>> rules();
    // Checks and stores a rule after the last one; returns its id.
    Result<qint64> addRule(const Rule &rule);
    Status setEnabled(qint64 id, bool enabled);
    Status removeRule(qint64 id);
    // Checks and stores a changed rule in its place.
    Status updateRule(const Rule &rule);
    // Moves a rule `offset` places later (earlier when negative) in the order.
    Status moveRule(qint64 id, int offset);

    // Why a rule cannot be stored (bad query with its position, bad regular expression,
    // unknown action or value), or nullopt when it is fine.
    static std::optional<Error> validate(const Rule &rule);

private:
    // Runs the rules over the items of `scope` (every item when null). `countItems` also
    // counts the distinct items changed, from the activity log: a few statements more per
    // rule, worth it for a run the user looks at, not for every import.
    RuleReport run(const ItemSet *scope, bool dryRun, bool countItems = false);

    Database &m_db;
    Clock m_clock;
};

}  // namespace earshot
