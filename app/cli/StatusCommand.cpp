// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/StatusCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/ItemSelection.h"
#include "core/services/TriageService.h"

#include <QCoreApplication>

namespace earshot::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
}  // namespace

QString StatusCommand::summary() const
{
    return tr("Set the status: new, in-progress, waiting, answered, closed");
}

int StatusCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli status STATUS (ID...|--query Q)"),
                         summary() + QLatin1Char('.'));
    parser.addPositional(QStringLiteral("STATUS"),
                         tr("new, in-progress, waiting, answered, closed"));
    parser.addPositional(QStringLiteral("ID"), tr("items"), QStringLiteral("[ID...]"));
    ItemSelection selection;
    selection.addTo(parser);
    if (const int code = parser.parse(arguments, context, 1, -1); code >= 0)
        return code;
    ItemStatus status = ItemStatus::New;
    if (!parseStatusId(parser.positional().first(), &status)) {
        context.err() << "earshot-cli: "
                      << tr("unknown status \"%1\"; use new, in-progress, waiting, answered or "
                            "closed")
                             .arg(parser.positional().first())
                      << Qt::endl;
        return UsageError;
    }
    const std::optional<std::vector<qint64>> ids =
        selection.resolve(parser, parser.positional().mid(1), context);
    if (!ids)
        return UsageError;
    Database *db = context.database();
    if (!db)
        return Failure;
    const Result<int> changed = TriageService(*db, cliActor()).setStatus(*ids, status);
    if (!changed)
        return context.fail(changed.error().message);
    context.out() << tr("status %1 set on %2 of %3 items")
                         .arg(statusId(status))
                         .arg(*changed)
                         .arg(ids->size())
                  << Qt::endl;
    return Success;
}

}  // namespace earshot::cli
