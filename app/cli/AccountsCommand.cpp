// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AccountsCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/JsonOutput.h"
#include "core/model/Platform.h"
#include "core/storage/AccountRepository.h"
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
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString health(const AccountRecord &a)
{
    if (!a.enabled)
        return tr("off");
    if (a.consecutiveFailures > 0)
        return tr("failing x%1").arg(a.consecutiveFailures);
    return a.lastSuccessMs > 0 ? tr("ok") : tr("new");
}

QJsonObject toJson(const AccountRecord &a)
{
    QJsonObject o{{QLatin1String("id"), a.id},
                  {QLatin1String("platform"), a.platform},
                  {QLatin1String("base_url"), a.baseUrl},
                  {QLatin1String("user"), a.user},
                  {QLatin1String("enabled"), a.enabled},
                  {QLatin1String("has_token"), !a.secretKey.isEmpty()},
                  {QLatin1String("created"), timeJson(a.createdMs)},
                  {QLatin1String("last_attempt"), timeJson(a.lastAttemptMs)},
                  {QLatin1String("last_success"), timeJson(a.lastSuccessMs)},
                  {QLatin1String("consecutive_failures"), a.consecutiveFailures},
                  {QLatin1String("last_error"), a.lastError},
                  {QLatin1String("ok"), a.consecutiveFailures == 0}};
    if (a.retryAfterMs > QDateTime::currentMSecsSinceEpoch())
        o.insert(QLatin1String("paused_until"), timeJson(a.retryAfterMs));
    return o;
}

}  // namespace

QString AccountsCommand::summary() const
{
    return tr("List platform accounts with their health");
}

int AccountsCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli accounts [--json]"),
                         summary() + QLatin1Char('.'));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOption(json);
    if (const int code = parser.parse(arguments, context, 0, 0); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return Failure;
    std::vector<AccountRecord> accounts;
    try {
        accounts = AccountRepository(*db).list();
    } catch (const StorageError &e) {
        return context.fail(e.error().message);
    }
    QTextStream &out = context.out();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const AccountRecord &a : accounts)
            array.append(toJson(a));
        printJson(context, QJsonDocument(array));
        return Success;
    }
    if (accounts.empty()) {
        out << tr("No accounts yet. Add one with: earshot-cli account add mastodon --url "
                  "https://mastodon.social --user NAME < token.txt")
            << Qt::endl;
        return Success;
    }
    for (const AccountRecord &a : accounts) {
        out << QStringLiteral("%1  #%2 %3  %4")
                   .arg(health(a).leftJustified(12))
                   .arg(a.id)
                   .arg(Platform::displayName(a.platform), a.title())
            << '\n';
        if (a.baseUrl.startsWith(QLatin1String("http://")))
            out << "    " << tr("plain http: the token is sent unencrypted") << '\n';
        if (a.lastSuccessMs > 0)
            out << "    " << tr("last synced: %1").arg(timeText(a.lastSuccessMs)) << '\n';
        if (!a.lastError.isEmpty())
            out << "    " << tr("last error: %1").arg(a.lastError) << '\n';
        if (a.retryAfterMs > QDateTime::currentMSecsSinceEpoch())
            out << "    " << tr("the platform asked to wait until %1").arg(timeText(a.retryAfterMs))
                << '\n';
    }
    out << Qt::flush;
    return Success;
}

}  // namespace earshot::cli
