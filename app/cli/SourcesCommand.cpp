// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SourcesCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/JsonOutput.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QJsonValue timeJson(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : tr("never");
}

QString health(const SourceRecord &s)
{
    if (s.kind == source_kind::Import)
        return tr("imported");  // never fetched: nobody follows its address
    if (!s.enabled)
        return tr("off");
    if (s.consecutiveFailures > 0)
        return tr("failing x%1").arg(s.consecutiveFailures);
    return s.lastSuccessMs > 0 ? tr("ok") : tr("new");
}

QJsonObject toJson(const SourceRecord &s)
{
    QJsonObject o{{QLatin1String("id"), s.id},
                  {QLatin1String("platform"), s.platform},
                  {QLatin1String("kind"), s.kind},
                  {QLatin1String("address"), s.address},
                  {QLatin1String("title"), s.title},
                  {QLatin1String("group"), s.group},
                  {QLatin1String("enabled"), s.enabled},
                  {QLatin1String("interval_s"), s.intervalSeconds},
                  {QLatin1String("items"), s.itemCount},
                  {QLatin1String("unread"), s.unreadCount},
                  {QLatin1String("last_attempt"), timeJson(s.lastAttemptMs)},
                  {QLatin1String("last_success"), timeJson(s.lastSuccessMs)},
                  {QLatin1String("next_due"), timeJson(s.nextDueMs)},
                  {QLatin1String("consecutive_failures"), s.consecutiveFailures},
                  {QLatin1String("last_error"), s.lastError},
                  {QLatin1String("ok"), s.consecutiveFailures == 0}};
    if (!s.movedTo.isEmpty())
        o.insert(QLatin1String("moved_to"), s.movedTo);
    if (s.retryAfterMs > QDateTime::currentMSecsSinceEpoch())
        o.insert(QLatin1String("paused_until"), timeJson(s.retryAfterMs));
    return o;
}

// The source id of a positional argument, or nullopt after printing a usage error.
std::optional<qint64> sourceId(const QString &text, Context &context)
{
    if (const std::optional<qint64> id = parseId(text))
        return id;
    context.err() << "earshot-cli: "
                  << tr("\"%1\" is not a source id; see earshot-cli sources --json").arg(text)
                  << Qt::endl;
    return std::nullopt;
}

}  // namespace

QString SourcesCommand::summary() const
{
    return tr("List sources with their health, edit or remove one");
}

int SourcesCommand::run(const QStringList &arguments, Context &context)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("edit"))
        return edit(arguments.mid(1), context);
    if (action == QLatin1String("remove"))
        return remove(arguments.mid(1), context);
    CommandParser parser(QStringLiteral("earshot-cli sources [--json] | edit ID ... | remove ID"),
                         summary() + QLatin1Char('.'));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOption(json);
    if (const int code = parser.parse(arguments, context, 0, 0); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return Failure;
    std::vector<SourceRecord> sources;
    try {
        sources = SourceRepository(*db).list();
    } catch (const StorageError &e) {
        return context.fail(e.error().message);
    }
    QTextStream &out = context.out();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SourceRecord &s : sources)
            array.append(toJson(s));
        printJson(context, QJsonDocument(array));
        return Success;
    }
    if (sources.empty()) {
        out << tr("No sources yet. Add one with: earshot-cli add-source URL") << Qt::endl;
        return Success;
    }
    for (const SourceRecord &s : sources) {
        out << QStringLiteral("%1  %2").arg(health(s).leftJustified(12), s.displayTitle());
        if (!s.group.isEmpty())
            out << "  [" << s.group << ']';
        out << '\n'
            << "    " << s.address << '\n'
            << "    "
            << tr("%1 items, %2 unread; last success %3")
                   .arg(s.itemCount)
                   .arg(s.unreadCount)
                   .arg(timeText(s.lastSuccessMs))
            << '\n';
        if (!s.movedTo.isEmpty())
            out << "    " << tr("moved to %1").arg(s.movedTo) << '\n';
        if (!s.lastError.isEmpty())
            out << "    " << tr("last error: %1").arg(s.lastError) << '\n';
    }
    out << Qt::flush;
    return Success;
}

int SourcesCommand::edit(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli sources edit ID [--title T] [--group G] "
                                        "[--interval MINUTES] [--enable | --disable]"),
                         tr("Change a source: its title, group, how often it is fetched, or "
                            "whether it is fetched at all."));
    parser.addPositional(QStringLiteral("ID"), tr("source id (see earshot-cli sources --json)"));
    const QCommandLineOption title(QStringLiteral("title"), tr("New title."), tr("T"));
    const QCommandLineOption group(QStringLiteral("group"), tr("New group (empty: none)."),
                                   tr("G"));
    const QCommandLineOption interval(
        QStringLiteral("interval"), tr("Fetch every MINUTES minutes (at least 1)."), tr("MINUTES"));
    const QCommandLineOption enable(QStringLiteral("enable"), tr("Fetch it again."));
    const QCommandLineOption disable(QStringLiteral("disable"),
                                     tr("Stop fetching it; its items stay."));
    for (const QCommandLineOption &o : {title, group, interval, enable, disable})
        parser.addOption(o);
    if (const int code = parser.parse(arguments, context, 1, 1); code >= 0)
        return code;
    const std::optional<qint64> id = sourceId(parser.positional().constFirst(), context);
    if (!id)
        return UsageError;
    SourceEdit change;
    if (parser.isSet(title))
        change.title = parser.value(title);
    if (parser.isSet(group))
        change.group = parser.value(group);
    if (parser.isSet(interval)) {
        bool ok = false;
        const int minutes = parser.value(interval).toInt(&ok);
        if (!ok || minutes < 1 || minutes > 7 * 24 * 60) {
            context.err() << "earshot-cli: "
                          << tr("--interval takes minutes from 1 to %1").arg(7 * 24 * 60)
                          << Qt::endl;
            return UsageError;
        }
        change.intervalSeconds = minutes * 60;
    }
    if (parser.isSet(enable) && parser.isSet(disable)) {
        context.err() << "earshot-cli: " << tr("--enable and --disable exclude each other")
                      << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(enable) || parser.isSet(disable))
        change.enabled = parser.isSet(enable);
    Database *db = context.database();
    if (!db)
        return Failure;
    try {
        if (!SourceRepository(*db).edit(*id, change))
            return context.fail(tr("there is no source %1").arg(*id));
    } catch (const StorageError &e) {
        return context.fail(e.error().message);
    }
    context.out() << tr("Source %1 changed").arg(*id) << Qt::endl;
    return Success;
}

int SourcesCommand::remove(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli sources remove ID"),
                         tr("Remove a source with every item stored from it, their tags, "
                            "notes and activity. To keep the items, use "
                            "earshot-cli sources edit ID --disable instead."));
    parser.addPositional(QStringLiteral("ID"), tr("source id (see earshot-cli sources --json)"));
    if (const int code = parser.parse(arguments, context, 1, 1); code >= 0)
        return code;
    const std::optional<qint64> id = sourceId(parser.positional().constFirst(), context);
    if (!id)
        return UsageError;
    Database *db = context.database();
    if (!db)
        return Failure;
    try {
        if (!SourceRepository(*db).remove(*id))
            return context.fail(tr("there is no source %1").arg(*id));
    } catch (const StorageError &e) {
        return context.fail(e.error().message);
    }
    context.out() << tr("Source %1 removed with its items").arg(*id) << Qt::endl;
    return Success;
}

}  // namespace earshot::cli
