// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SourcesCommand.h"

#include "app/cli/CommandParser.h"
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

}  // namespace

QString SourcesCommand::summary() const
{
    return tr("List sources with their health");
}

int SourcesCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli sources [--json]"),
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
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
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

}  // namespace earshot::cli
