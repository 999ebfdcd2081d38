// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TriageValueCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/ItemSelection.h"
#include "app/cli/JsonOutput.h"
#include "core/services/TriageService.h"

#include <QCoreApplication>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int usage(Context &context, const QString &message)
{
    context.err() << "earshot-cli: " << message << Qt::endl;
    return UsageError;
}

}  // namespace

QString TriageValueCommand::name() const
{
    switch (m_kind) {
    case Kind::Assign: return QStringLiteral("assign");
    case Kind::Priority: return QStringLiteral("priority");
    case Kind::Spam: return QStringLiteral("spam");
    }
    return {};
}

QString TriageValueCommand::summary() const
{
    switch (m_kind) {
    case Kind::Assign: return tr("Assign items to a person (or --none to clear)");
    case Kind::Priority: return tr("Set the priority of items (a number, 0 = none)");
    case Kind::Spam: return tr("Mark items as spam (or --not to take it back)");
    }
    return {};
}

int TriageValueCommand::run(const QStringList &arguments, Context &context)
{
    const QString usageLine =
        m_kind == Kind::Assign ? QStringLiteral("earshot-cli assign NAME|--none (ID...|--query Q)")
        : m_kind == Kind::Priority ? QStringLiteral("earshot-cli priority N (ID...|--query Q)")
                                   : QStringLiteral("earshot-cli spam [--not] (ID...|--query Q)");
    CommandParser parser(usageLine, summary() + QLatin1Char('.'));
    if (m_kind == Kind::Assign)
        parser.addPositional(QStringLiteral("NAME"), tr("who takes the items"),
                             QStringLiteral("[NAME]"));
    if (m_kind == Kind::Priority)
        parser.addPositional(QStringLiteral("N"), tr("the priority"));
    parser.addPositional(QStringLiteral("ID"), tr("items to change"), QStringLiteral("[ID...]"));
    const QCommandLineOption none(QStringLiteral("none"), tr("Clear the assignee."));
    const QCommandLineOption no(QStringLiteral("not"), tr("Not spam after all."));
    if (m_kind == Kind::Assign)
        parser.addOption(none);
    if (m_kind == Kind::Spam)
        parser.addOption(no);
    ItemSelection selection;
    selection.addTo(parser);
    if (const int code = parser.parse(arguments, context, 0, -1); code >= 0)
        return code;
    QStringList positional = parser.positional();

    QString value;
    if (m_kind == Kind::Assign && !parser.isSet(none)) {
        if (positional.isEmpty())
            return usage(context, tr("assign needs a NAME, or --none to clear"));
        value = positional.takeFirst();
    } else if (m_kind == Kind::Priority) {
        if (positional.isEmpty())
            return usage(context, tr("priority needs a number"));
        bool ok = false;
        value = QString::number(positional.takeFirst().toInt(&ok));
        if (!ok)
            return usage(context, tr("the priority must be a number"));
    } else if (m_kind == Kind::Spam) {
        value = parser.isSet(no) ? QStringLiteral("0") : QStringLiteral("1");
    }
    const std::optional<std::vector<qint64>> ids = selection.resolve(parser, positional, context);
    if (!ids)
        return UsageError;
    Database *db = context.database();
    if (!db)
        return Failure;
    const Result<int> changed = TriageService(*db, cliActor()).apply(*ids, name(), value);
    if (!changed)
        return context.fail(changed.error().message);
    context.out() << tr("changed %1 of %2 items").arg(*changed).arg(ids->size()) << Qt::endl;
    return Success;
}

QString ActivityCommand::summary() const
{
    return tr("Show an item's activity log: who changed what, and when");
}

int ActivityCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli activity ITEM [--json]"),
                         summary() + QLatin1Char('.'));
    parser.addPositional(QStringLiteral("ITEM"), tr("the item's id"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (const int code = parser.parse(arguments, context, 1, 1); code >= 0)
        return code;
    const qint64 id = parseId(parser.positional().first()).value_or(0);
    if (id == 0)
        return usage(context, tr("\"%1\" is not an item id").arg(parser.positional().first()));
    Database *db = context.database();
    if (!db)
        return Failure;
    const Result<std::vector<ActivityEntry>> entries = TriageService(*db).activity(id);
    if (!entries)
        return context.fail(entries.error().message);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ActivityEntry &e : *entries) {
            array.append(QJsonObject{{QLatin1String("at"), jsonTime(e.atMs)},
                                     {QLatin1String("actor"), e.actor},
                                     {QLatin1String("action"), e.action},
                                     {QLatin1String("old"), e.oldValue},
                                     {QLatin1String("new"), e.newValue},
                                     {QLatin1String("undone"), e.undone}});
        }
        printJson(context, QJsonDocument(array));
        return Success;
    }
    for (const ActivityEntry &e : *entries) {
        context.out() << QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm"))
                      << '\t' << e.actor << '\t' << e.action << '\t' << e.oldValue << " -> "
                      << e.newValue << (e.undone ? QStringLiteral("\t(undone)") : QString())
                      << '\n';
    }
    if (entries->empty())
        context.err() << tr("no activity for item %1").arg(id) << '\n';
    context.out().flush();
    return Success;
}

}  // namespace earshot::cli
