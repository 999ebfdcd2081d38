// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProfilesCommand.h"

#include "app/cli/CommandParser.h"
#include "core/services/ProfileService.h"

#include <QCoreApplication>

namespace earshot::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QStringList splitTerms(const QString &list)
{
    QStringList out;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}
}  // namespace

QString ProfilesCommand::summary() const
{
    return tr("List monitoring profiles, or add (and match), remove, rematch them");
}

int ProfilesCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli profiles [add NAME --terms \"a,b\" "
                                        "[--exclude \"x,y\"] | remove NAME | rematch]"),
                         summary() + QStringLiteral(". ") +
                             tr("Terms match in any Russian or English word form; an item with "
                                "an excluded word does not match. Query with profile:NAME."));
    parser.addPositional(QStringLiteral("SUBCOMMAND"), tr("add, remove or rematch"),
                         QStringLiteral("[SUBCOMMAND]"));
    const QCommandLineOption terms(QStringLiteral("terms"), tr("Comma-separated spellings."),
                                   QStringLiteral("LIST"));
    const QCommandLineOption exclude(QStringLiteral("exclude"), tr("Comma-separated exclusions."),
                                     QStringLiteral("LIST"));
    parser.addOption(terms);
    parser.addOption(exclude);
    if (const int code = parser.parse(arguments, context, 0, 2); code >= 0)
        return code;
    const QStringList positional = parser.positional();
    Database *db = context.database();
    if (!db)
        return Failure;
    ProfileService profiles(*db);

    if (positional.isEmpty()) {
        const Result<std::vector<Profile>> list = profiles.list();
        if (!list)
            return context.fail(list.error().message);
        for (const Profile &p : *list) {
            QStringList excluded;
            for (const QString &x : p.exclusions)
                excluded.append(QString(QLatin1Char('-') + x));
            context.out() << p.name << '\t' << p.terms.join(QStringLiteral(", ")) << '\t'
                          << excluded.join(QStringLiteral(", ")) << '\t'
                          << tr("%1 items").arg(p.itemCount) << '\n';
        }
        if (list->empty())
            context.err() << tr("no profiles") << '\n';
        context.out().flush();
        return Success;
    }
    const QString sub = positional.first();
    if (sub == QLatin1String("add")) {
        if (positional.size() != 2 || !parser.isSet(terms)) {
            context.err() << "earshot-cli: " << tr("profiles add needs NAME and --terms")
                          << Qt::endl;
            return UsageError;
        }
        Profile profile;
        profile.name = positional.at(1);
        profile.terms = splitTerms(parser.value(terms));
        profile.exclusions = splitTerms(parser.value(exclude));
        const Result<qint64> matched = profiles.save(profile);
        if (!matched)
            return context.fail(matched.error().message);
        context.out() << tr("profile %1 matches %2 items").arg(profile.name).arg(*matched)
                      << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("remove") && positional.size() == 2) {
        const Status done = profiles.remove(positional.at(1));
        return done ? Success : context.fail(done.error().message);
    }
    if (sub == QLatin1String("rematch") && positional.size() == 1) {
        const Result<qint64> matched = profiles.rematchAll();
        if (!matched)
            return context.fail(matched.error().message);
        context.out() << tr("%1 matches").arg(*matched) << Qt::endl;
        return Success;
    }
    context.err() << "earshot-cli: " << tr("unknown profiles subcommand \"%1\"").arg(sub)
                  << Qt::endl;
    return UsageError;
}

}  // namespace earshot::cli
