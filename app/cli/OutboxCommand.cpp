// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/OutboxCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/JsonOutput.h"
#include "app/cli/LiveAccounts.h"
#include "core/storage/OutboxRepository.h"
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

QJsonObject toJson(const OutboxEntry &e)
{
    return QJsonObject{
        {QLatin1String("id"), e.id},
        {QLatin1String("account_id"), e.accountId},
        {QLatin1String("item_id"), e.itemId > 0 ? QJsonValue(e.itemId) : QJsonValue()},
        {QLatin1String("in_reply_to"), e.inReplyTo},
        {QLatin1String("state"), outboxStateId(e.state)},
        {QLatin1String("attempts"), e.attempts},
        {QLatin1String("text"), e.text},
        {QLatin1String("external_id"), e.externalId},
        {QLatin1String("url"), e.url},
        {QLatin1String("error"), e.error},
        {QLatin1String("created"), timeJson(e.createdMs)},
        {QLatin1String("updated"), timeJson(e.updatedMs)},
        {QLatin1String("sent"), timeJson(e.sentMs)}};
}

}  // namespace

OutboxCommand::OutboxCommand(SecretStore *store) : m_store(store) {}

QString OutboxCommand::summary() const
{
    return tr("List replies waiting, sent or failed");
}

int OutboxCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli outbox [--json] [--send]"),
                         summary() + QLatin1Char('.'));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    const QCommandLineOption send(
        QStringLiteral("send"),
        tr("Send every queued or failed reply now (a retry never posts a reply twice); "
           "exits with 1 when any stays unsent."));
    parser.addOption(json);
    parser.addOption(send);
    if (const int code = parser.parse(arguments, context, 0, 0); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return Failure;
    if (parser.isSet(send)) {
        LiveAccounts live(m_store);
        const std::vector<OutboxSender::Outcome> outcomes = live.send(*db, {});
        if (outcomes.empty()) {
            context.out() << tr("Nothing to send: no reply is queued or failed.") << Qt::endl;
            return Success;
        }
        return reportSent(outcomes, context);
    }
    std::vector<OutboxEntry> entries;
    try {
        entries = OutboxRepository(*db).list();
    } catch (const StorageError &e) {
        return context.fail(e.error().message);
    }
    QTextStream &out = context.out();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const OutboxEntry &e : entries)
            array.append(toJson(e));
        printJson(context, QJsonDocument(array));
        return Success;
    }
    if (entries.empty()) {
        out << tr("The outbox is empty.") << Qt::endl;
        return Success;
    }
    for (const OutboxEntry &e : entries) {
        QString text = e.text.simplified();
        if (text.size() > 60)
            text = text.left(59) + QChar(0x2026);
        out << QStringLiteral("#%1  %2  %3")
                   .arg(e.id)
                   .arg(outboxStateId(e.state).leftJustified(9), text)
            << '\n';
        if (!e.url.isEmpty())
            out << "    " << e.url << '\n';
        if (!e.error.isEmpty())
            out << "    " << e.error << '\n';
    }
    out << Qt::flush;
    return Success;
}

}  // namespace earshot::cli
