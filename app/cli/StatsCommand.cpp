// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/StatsCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/JsonOutput.h"
#include "core/model/Platform.h"
#include "core/services/InboxService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QJsonObject toJson(const WorkspaceStats &stats)
{
    QJsonArray platforms;
    for (const PlatformCount &p : stats.platforms) {
        platforms.append(QJsonObject{{QLatin1String("platform"), p.platform},
                                     {QLatin1String("items"), p.total},
                                     {QLatin1String("unread"), p.unread}});
    }
    QJsonArray sources;
    for (const SourceRecord &s : stats.sources) {
        sources.append(QJsonObject{{QLatin1String("id"), s.id},
                                   {QLatin1String("platform"), s.platform},
                                   {QLatin1String("address"), s.address},
                                   {QLatin1String("title"), s.title},
                                   {QLatin1String("items"), s.itemCount},
                                   {QLatin1String("unread"), s.unreadCount}});
    }
    QJsonArray tags;
    for (const TagRecord &t : stats.tags) {
        tags.append(QJsonObject{{QLatin1String("tag"), t.name},
                                {QLatin1String("items"), t.itemCount},
                                {QLatin1String("unread"), t.unreadCount}});
    }
    return QJsonObject{
        {QLatin1String("items"), stats.total}, {QLatin1String("unread"), stats.unread},
        {QLatin1String("saved"), stats.saved}, {QLatin1String("platforms"), platforms},
        {QLatin1String("sources"), sources},   {QLatin1String("tags"), tags}};
}

}  // namespace

QString StatsCommand::summary() const
{
    return tr("Count items by platform, source and tag");
}

int StatsCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli stats [--json]"),
                         summary() + QLatin1Char('.'));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON object."));
    parser.addOption(json);
    if (const int code = parser.parse(arguments, context, 0, 0); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return Failure;
    const Result<WorkspaceStats> stats = InboxService(*db).stats();
    if (!stats)
        return context.fail(stats.error().message);

    QTextStream &out = context.out();
    if (parser.isSet(json)) {
        printJson(context, QJsonDocument(toJson(*stats)));
        return Success;
    }
    out << tr("Items: %1 (unread %2, saved %3)")
               .arg(stats->total)
               .arg(stats->unread)
               .arg(stats->saved)
        << "\n\n"
        << tr("By platform:") << '\n';
    for (const PlatformCount &p : stats->platforms)
        out << "  " << Platform::displayName(p.platform) << '\t' << p.total << '\t' << p.unread
            << '\n';
    out << '\n' << tr("By source:") << '\n';
    for (const SourceRecord &s : stats->sources)
        out << "  " << s.platform << '\t' << s.displayTitle() << '\t' << s.itemCount << '\t'
            << s.unreadCount << '\n';
    out << '\n' << tr("By tag:") << '\n';
    for (const TagRecord &t : stats->tags)
        out << "  " << t.name << '\t' << t.itemCount << '\t' << t.unreadCount << '\n';
    out.flush();
    return Success;
}

}  // namespace earshot::cli
