// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ApplyRulesCommand.h"

#include "app/cli/CommandParser.h"
#include "core/services/RuleEngine.h"

#include <QCoreApplication>

namespace earshot::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
}  // namespace

QString ApplyRulesCommand::summary() const
{
    return tr("Apply the rules to every cached item (--dry-run only counts)");
}

int ApplyRulesCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli apply-rules [--dry-run]"),
                         summary() + QLatin1Char('.'));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Count what each rule would match; change nothing."));
    parser.addOption(dryRun);
    if (const int code = parser.parse(arguments, context, 0, 0); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return Failure;
    const Result<RuleReport> report = RuleEngine(*db).applyToCache(parser.isSet(dryRun));
    if (!report)
        return context.fail(report.error().message);
    for (const RuleOutcome &rule : report->rules) {
        if (report->dryRun)
            context.out() << rule.name << '\t' << tr("would match %1 items").arg(rule.matched)
                          << '\n';
        else
            context.out() << rule.name << '\t'
                          << tr("matched %1 items, %2 changes").arg(rule.matched).arg(rule.changed)
                          << '\n';
    }
    if (report->rules.empty())
        context.err() << tr("no enabled rules") << '\n';
    context.out().flush();
    return Success;
}

}  // namespace earshot::cli
