// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AsyncRules.h"

#include "core/services/AsyncJobs.h"

#include <QList>

namespace earshot {

using async::run;

void AsyncRules::list(QObject *context, RulesReply reply)
{
    run<std::vector<Rule>>(m_workspace, &AsyncWorkspace::postRead, context, std::move(reply),
                           [](Database &db) { return RuleEngine(db).rules(); });
}

void AsyncRules::change(QObject *context, RulesReply reply,
                        std::function<Status(RuleEngine &)> write)
{
    run<std::vector<Rule>>(m_workspace, &AsyncWorkspace::postWrite, context, std::move(reply),
                           [write = std::move(write)](Database &db) -> Result<std::vector<Rule>> {
                               RuleEngine engine(db);
                               if (Status written = write(engine); !written)
                                   return written.error();
                               return engine.rules();
                           });
}

void AsyncRules::add(const Rule &rule, QObject *context, RulesReply reply)
{
    change(context, std::move(reply), [rule](RuleEngine &engine) -> Status {
        const Result<qint64> id = engine.addRule(rule);
        if (!id)
            return id.error();
        return {};
    });
}

void AsyncRules::update(const Rule &rule, QObject *context, RulesReply reply)
{
    change(context, std::move(reply),
           [rule](RuleEngine &engine) { return engine.updateRule(rule); });
}

void AsyncRules::setEnabled(qint64 id, bool enabled, QObject *context, RulesReply reply)
{
    change(context, std::move(reply),
           [=](RuleEngine &engine) { return engine.setEnabled(id, enabled); });
}

void AsyncRules::move(qint64 id, int offset, QObject *context, RulesReply reply)
{
    change(context, std::move(reply),
           [=](RuleEngine &engine) { return engine.moveRule(id, offset); });
}

void AsyncRules::remove(qint64 id, QObject *context, RulesReply reply)
{
    change(context, std::move(reply), [=](RuleEngine &engine) { return engine.removeRule(id); });
}

void AsyncRules::dryRun(QObject *context, Reply<RuleReport> reply)
{
    // On the writer: the preview runs the rules in a transaction it rolls back, which a
    // reader connection cannot open.
    run<RuleReport>(m_workspace, &AsyncWorkspace::postWrite, context, std::move(reply),
                    [](Database &db) { return RuleEngine(db).previewOnCache(); });
}

void AsyncRules::applyToAll(QObject *context, Reply<RuleReport> reply)
{
    // Delivered to the workspace itself: the inbox must learn of the changes even when
    // the dialog that asked is gone by then.
    AsyncWorkspace *workspace = &m_workspace;
    const QPointer<QObject> guard(context);
    run<RuleReport>(
        m_workspace, &AsyncWorkspace::postWrite, workspace,
        [workspace, guard, reply](Result<RuleReport> report) {
            if (report && !report->changedItems.empty()) {
                const std::vector<qint64> &ids = report->changedItems;
                Q_EMIT workspace->itemsChanged(QList<qint64>(ids.begin(), ids.end()));
                // Items may now belong to other views (a status, a tag): reload them.
                Q_EMIT workspace->contentChanged();
            }
            if (guard)
                reply(std::move(report));
        },
        [](Database &db) { return RuleEngine(db).applyToCache(false); });
}

}  // namespace earshot
