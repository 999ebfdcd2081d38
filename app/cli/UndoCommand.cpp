// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/UndoCommand.h"

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

QString UndoCommand::summary() const
{
    return tr("Undo the last triage action (tag, status, note, rules...)");
}

int UndoCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli undo"), summary() + QLatin1Char('.'));
    if (const int code = parser.parse(arguments, context, 0, 0); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return Failure;
    const Result<std::vector<ActivityEntry>> undone = TriageService(*db, cliActor()).undoLast();
    if (!undone)
        return context.fail(undone.error().message);
    if (undone->empty()) {
        context.out() << tr("nothing to undo") << Qt::endl;
        return Success;
    }
    const ActivityEntry &first = undone->front();
    context.out()
        << tr("undone: %1 by %2 on %3 items").arg(first.action, first.actor).arg(undone->size())
        << Qt::endl;
    return Success;
}

}  // namespace earshot::cli
