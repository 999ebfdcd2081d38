// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/WatchCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/JsonOutput.h"
#include "core/services/WatchService.h"

#include <QCoreApplication>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QJsonObject toJson(const WatchedSite &s)
{
    return {{QLatin1String("id"), s.id},
            {QLatin1String("url"), s.url},
            {QLatin1String("title"), s.title},
            {QLatin1String("platform"), s.platform},
            {QLatin1String("interval_s"), s.intervalS},
            {QLatin1String("last_checked"), jsonTime(s.lastCheckedMs)},
            {QLatin1String("due"), jsonTime(s.dueMs())}};
}

int usage(Context &context, const QString &message)
{
    context.err() << "earshot-cli: " << message << Qt::endl;
    return UsageError;
}

int list(WatchService &watch, bool dueOnly, bool json, Context &context)
{
    const Result<std::vector<WatchedSite>> sites = dueOnly ? watch.due() : watch.list();
    if (!sites)
        return context.fail(sites.error().message);
    if (json) {
        QJsonArray array;
        for (const WatchedSite &s : *sites)
            array.append(toJson(s));
        printJson(context, QJsonDocument(array));
        return Success;
    }
    for (const WatchedSite &s : *sites) {
        const QString due = QDateTime::fromMSecsSinceEpoch(s.dueMs()).toLocalTime().toString(
            QStringLiteral("yyyy-MM-dd HH:mm"));
        context.out() << s.id << '\t' << s.url << '\t'
                      << (s.platform.isEmpty() ? QStringLiteral("-") : s.platform) << '\t'
                      << tr("due %1").arg(due) << '\t' << s.title << '\n';
    }
    if (sites->empty())
        context.err() << (dueOnly ? tr("nothing to check now") : tr("no watched sites")) << '\n';
    context.out().flush();
    return Success;
}

}  // namespace

QString WatchCommand::summary() const
{
    return tr("Sites checked by hand: add, list (what is due), mark checked, remove");
}

int WatchCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli watch add URL --every 1d [--platform P] "
                                        "[--title T] | list [--json] [--due] | done ID | "
                                        "remove ID"),
                         summary() + QStringLiteral(". ") +
                             tr("Intervals: 30m, 12h, 1d, 2w. Capture what you find there with "
                                "earshot-cli capture."));
    parser.addPositional(QStringLiteral("SUBCOMMAND"), tr("add, list, done or remove"));
    parser.addPositional(QStringLiteral("ARG"), tr("URL or site id"), QStringLiteral("[ARG]"));
    const QCommandLineOption every(QStringLiteral("every"), tr("How often to check the site."),
                                   QStringLiteral("INTERVAL"));
    const QCommandLineOption platform(QStringLiteral("platform"), tr("Platform of the site."),
                                      QStringLiteral("P"));
    const QCommandLineOption title(QStringLiteral("title"), tr("A name for the site."),
                                   QStringLiteral("T"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption due(QStringLiteral("due"), tr("Only the sites due for a check."));
    for (const QCommandLineOption &o : {every, platform, title, json, due})
        parser.addOption(o);
    if (const int code = parser.parse(arguments, context, 1, 2); code >= 0)
        return code;
    const QStringList positional = parser.positional();
    const QString sub = positional.first();

    if (sub == QLatin1String("list")) {
        if (positional.size() != 1)
            return usage(context, tr("watch list takes no argument"));
        Database *db = context.database();
        if (!db)
            return Failure;
        WatchService watch(*db);
        return list(watch, parser.isSet(due), parser.isSet(json), context);
    }
    if (positional.size() != 2)
        return usage(context, tr("unknown or incomplete watch subcommand \"%1\"; see earshot-cli "
                                 "watch --help")
                                  .arg(sub));
    if (sub == QLatin1String("add")) {
        if (!parser.isSet(every))
            return usage(context, tr("watch add needs --every (e.g. --every 1d)"));
        const std::optional<qint64> interval = WatchService::parseInterval(parser.value(every));
        if (!interval)
            return usage(context, tr("\"%1\" is not an interval; use e.g. 30m, 12h, 1d or 2w")
                                      .arg(parser.value(every)));
        Database *db = context.database();
        if (!db)
            return Failure;
        const Result<qint64> id = WatchService(*db).add(
            positional.at(1), *interval, parser.value(platform), parser.value(title));
        if (!id)
            return context.fail(id.error().message);
        context.out() << tr("watching %1 as site %2").arg(positional.at(1)).arg(*id) << Qt::endl;
        return Success;
    }
    if (sub != QLatin1String("done") && sub != QLatin1String("remove"))
        return usage(context, tr("unknown watch subcommand \"%1\"").arg(sub));
    const qint64 id = parseId(positional.at(1)).value_or(0);
    if (id == 0)
        return usage(context, tr("\"%1\" is not a site id").arg(positional.at(1)));
    Database *db = context.database();
    if (!db)
        return Failure;
    WatchService watch(*db);
    const Status done = sub == QLatin1String("done") ? watch.markChecked(id) : watch.remove(id);
    return done ? Success : context.fail(done.error().message);
}

}  // namespace earshot::cli
