// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/AsyncWorkspace.h"
#include "core/services/RuleEngine.h"
#include "core/storage/RuleRepository.h"

#include <functional>
#include <vector>

class QObject;

namespace earshot {

// The stored rules as the GUI sees them. Every call returns at once; the work runs on the
// workspace's database threads (RuleEngine) and `reply` runs on the workspace's thread
// while `context` lives.
class AsyncRules {
public:
    template <typename T>
    using Reply = AsyncWorkspace::Reply<T>;
    using RulesReply = Reply<std::vector<Rule>>;

    explicit AsyncRules(AsyncWorkspace &workspace) : m_workspace(workspace) {}

    // The rules in the order they run.
    void list(QObject *context, RulesReply reply);

    // Changes reply with the rules as stored after the change, read on the writer: a read
    // posted after a write may run before it on the reader.
    void add(const Rule &rule, QObject *context, RulesReply reply);
    void update(const Rule &rule, QObject *context, RulesReply reply);
    void setEnabled(qint64 id, bool enabled, QObject *context, RulesReply reply);
    void move(qint64 id, int offset, QObject *context, RulesReply reply);
    void remove(qint64 id, QObject *context, RulesReply reply);

    // What applyToAll() would change now, per rule and in all, changing nothing.
    void dryRun(QObject *context, Reply<RuleReport> reply);
    // Applies the enabled rules to every cached item in one undoable batch; the workspace
    // then reports the changed items (itemsChanged) and reloads its views (contentChanged),
    // whether or not `context` still lives.
    void applyToAll(QObject *context, Reply<RuleReport> reply);

private:
    void change(QObject *context, RulesReply reply, std::function<Status(RuleEngine &)> write);

    AsyncWorkspace &m_workspace;
};

}  // namespace earshot
