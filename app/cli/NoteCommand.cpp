// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/NoteCommand.h"

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

QString NoteCommand::summary() const
{
    return tr("Write a private note on items (empty text clears it)");
}

int NoteCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli note TEXT (ID...|--query Q)"),
                         summary() + QLatin1Char('.'));
    parser.addPositional(QStringLiteral("TEXT"), tr("the note"));
    parser.addPositional(QStringLiteral("ID"), tr("items"), QStringLiteral("[ID...]"));
    ItemSelection selection;
    selection.addTo(parser);
    if (const int code = parser.parse(arguments, context, 1, -1); code >= 0)
        return code;
    const std::optional<std::vector<qint64>> ids =
        selection.resolve(parser, parser.positional().mid(1), context);
    if (!ids)
        return UsageError;
    Database *db = context.database();
    if (!db)
        return Failure;
    const Result<int> changed =
        TriageService(*db, cliActor()).setNote(*ids, parser.positional().first());
    if (!changed)
        return context.fail(changed.error().message);
    context.out() << tr("note set on %1 of %2 items").arg(*changed).arg(ids->size()) << Qt::endl;
    return Success;
}

}  // namespace earshot::cli
