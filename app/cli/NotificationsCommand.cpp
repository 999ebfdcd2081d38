// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/NotificationsCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/JsonOutput.h"
#include "core/services/NotificationService.h"

#include <QCoreApplication>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

}  // namespace

QString NotificationsCommand::summary() const
{
    return tr("Notifications raised by rules: the new ones, or all");
}

int NotificationsCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli notifications [--all] [--json]"),
                         summary() + QStringLiteral(". ") +
                             tr("Without --all the new ones are listed and marked as shown, "
                                "so the window does not show them again."));
    const QCommandLineOption all(QStringLiteral("all"), tr("Every notification, shown or not."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(all);
    parser.addOption(json);
    if (const int code = parser.parse(arguments, context, 0, 0); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return Failure;
    NotificationService service(*db);
    const Result<std::vector<RuleNotification>> list =
        parser.isSet(all) ? service.all() : service.takeUnseen();
    if (!list)
        return context.fail(list.error().message);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RuleNotification &n : *list)
            array.append(QJsonObject{{QLatin1String("id"), n.id},
                                     {QLatin1String("item"), n.itemId},
                                     {QLatin1String("rule"), n.ruleName},
                                     {QLatin1String("message"), n.message},
                                     {QLatin1String("title"), n.itemTitle},
                                     {QLatin1String("at"), jsonTime(n.atMs)},
                                     {QLatin1String("seen"), n.seen}});
        printJson(context, QJsonDocument(array));
        return Success;
    }
    for (const RuleNotification &n : *list) {
        context.out() << n.itemId << '\t'
                      << (n.ruleName.isEmpty() ? QStringLiteral("-") : n.ruleName) << '\t'
                      << n.message << '\t' << n.itemTitle << '\n';
    }
    if (list->empty())
        context.err() << (parser.isSet(all) ? tr("no notifications") : tr("no new notifications"))
                      << '\n';
    context.out().flush();
    return Success;
}

}  // namespace earshot::cli
