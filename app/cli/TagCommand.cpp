// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TagCommand.h"

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

QString TagCommand::summary() const
{
    return tr("Tag items (tags nest with /: problem/billing), untag, or colour a tag");
}

int TagCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli tag NAME (ID...|--query Q) [--remove] | "
                                        "tag NAME --color #rrggbb"),
                         summary() + QLatin1Char('.'));
    parser.addPositional(QStringLiteral("NAME"), tr("the tag"));
    parser.addPositional(QStringLiteral("ID"), tr("items to tag"), QStringLiteral("[ID...]"));
    const QCommandLineOption remove(QStringLiteral("remove"), tr("Remove the tag instead."));
    const QCommandLineOption color(QStringLiteral("color"),
                                   tr("Set the tag's colour (#rrggbb, empty for none)."),
                                   QStringLiteral("COLOR"));
    parser.addOption(remove);
    parser.addOption(color);
    ItemSelection selection;
    selection.addTo(parser);
    if (const int code = parser.parse(arguments, context, 1, -1); code >= 0)
        return code;
    const QStringList positional = parser.positional();
    const QString tag = positional.first();
    if (parser.isSet(color)) {
        Database *db = context.database();
        if (!db)
            return Failure;
        const Status done = TriageService(*db, cliActor()).setTagColor(tag, parser.value(color));
        if (!done)
            return context.fail(done.error().message);
        context.out() << tr("colour of %1 set").arg(tag) << Qt::endl;
        if (positional.size() == 1 && !selection.isSet(parser))
            return Success;
    }
    const std::optional<std::vector<qint64>> ids =
        selection.resolve(parser, positional.mid(1), context);
    if (!ids)
        return UsageError;
    Database *db = context.database();
    if (!db)
        return Failure;
    TriageService triage(*db, cliActor());
    const Result<int> changed =
        parser.isSet(remove) ? triage.removeTag(*ids, tag) : triage.addTag(*ids, tag);
    if (!changed)
        return context.fail(changed.error().message);
    context.out() << (parser.isSet(remove) ? tr("untagged %1 of %2 items")
                                           : tr("tagged %1 of %2 items"))
                         .arg(*changed)
                         .arg(ids->size())
                  << Qt::endl;
    return Success;
}

}  // namespace earshot::cli
