// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/RulesCommand.h"

#include "app/cli/CommandParser.h"
#include "core/services/RuleEngine.h"

#include <QCoreApplication>

namespace earshot::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString describeActions(const std::vector<RuleAction> &actions)
{
    QStringList parts;
    for (const RuleAction &a : actions)
        parts.append(a.value.isEmpty() ? a.action : QString(a.action + QLatin1Char('=') + a.value));
    return parts.join(QStringLiteral(", "));
}
}  // namespace

QString RulesCommand::summary() const
{
    return tr("List rules, or add, enable, disable and remove them");
}

int RulesCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(
        QStringLiteral("earshot-cli rules [add NAME --action ACTION=VALUE... [--query Q] "
                       "[--regex RE] [--stop] | enable ID | disable ID | remove ID]"),
        summary() + QStringLiteral(". ") +
            tr("Actions: tag=NAME, untag=NAME, status=STATUS, assign=NAME, priority=N, spam, "
               "notify=MESSAGE. Every matching rule applies, in order, unless a rule says stop."));
    parser.addPositional(QStringLiteral("SUBCOMMAND"), tr("add, enable, disable or remove"),
                         QStringLiteral("[SUBCOMMAND]"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    tr("What the rule does (repeatable)."),
                                    QStringLiteral("ACTION=VALUE"));
    const QCommandLineOption query(QStringLiteral("query"), tr("Which items the rule matches."),
                                   QStringLiteral("Q"));
    const QCommandLineOption regex(QStringLiteral("regex"),
                                   tr("Also require this regular expression in title or text."),
                                   QStringLiteral("RE"));
    const QCommandLineOption stop(QStringLiteral("stop"),
                                  tr("Later rules leave the items this rule matched alone."));
    parser.addOption(action);
    parser.addOption(query);
    parser.addOption(regex);
    parser.addOption(stop);
    if (const int code = parser.parse(arguments, context, 0, 2); code >= 0)
        return code;
    const QStringList positional = parser.positional();
    Database *db = context.database();
    if (!db)
        return Failure;
    RuleEngine engine(*db);

    if (positional.isEmpty()) {
        const Result<std::vector<Rule>> rules = engine.rules();
        if (!rules)
            return context.fail(rules.error().message);
        for (const Rule &rule : *rules) {
            context.out() << rule.id << '\t' << (rule.enabled ? "on" : "off") << '\t' << rule.name
                          << '\t' << rule.query << '\t' << rule.regex << '\t'
                          << describeActions(rule.actions) << (rule.stop ? "\tstop" : "") << '\n';
        }
        if (rules->empty())
            context.err() << tr("no rules") << '\n';
        context.out().flush();
        return Success;
    }
    const QString sub = positional.first();
    if (sub == QLatin1String("add")) {
        if (positional.size() != 2) {
            context.err() << "earshot-cli: " << tr("rules add needs a NAME") << Qt::endl;
            return UsageError;
        }
        Rule rule;
        rule.name = positional.at(1);
        rule.query = parser.value(query);
        rule.regex = parser.value(regex);
        rule.stop = parser.isSet(stop);
        for (const QString &spec : parser.parser().values(action)) {
            const qsizetype eq = spec.indexOf(QLatin1Char('='));
            rule.actions.push_back(eq < 0 ? RuleAction{spec.trimmed(), QString()}
                                          : RuleAction{spec.left(eq).trimmed(), spec.mid(eq + 1)});
        }
        const Result<qint64> id = engine.addRule(rule);
        if (!id)
            return context.fail(id.error().message);
        context.out() << tr("rule %1 added").arg(*id) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("enable") || sub == QLatin1String("disable") ||
        sub == QLatin1String("remove")) {
        const qint64 id = parseId(positional.value(1)).value_or(0);
        if (id == 0) {
            context.err() << "earshot-cli: " << tr("rules %1 needs a rule id").arg(sub) << Qt::endl;
            return UsageError;
        }
        const Status done = sub == QLatin1String("remove")
                                ? engine.removeRule(id)
                                : engine.setEnabled(id, sub == QLatin1String("enable"));
        if (!done)
            return context.fail(done.error().message);
        return Success;
    }
    context.err() << "earshot-cli: " << tr("unknown rules subcommand \"%1\"").arg(sub) << Qt::endl;
    return UsageError;
}

}  // namespace earshot::cli
