// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ReplyCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/LiveAccounts.h"
#include "core/connectors/ConnectorRegistry.h"
#include "core/model/Platform.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

}  // namespace

ReplyCommand::ReplyCommand(SecretStore *store) : m_store(store) {}

QString ReplyCommand::summary() const
{
    return tr("Reply to an item (queued in the outbox first)");
}

int ReplyCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(
        QStringLiteral("earshot-cli reply ITEM --text-file F [--account ID] [--queue-only]"),
        summary() + QStringLiteral(". ") +
            tr("The reply is written to the outbox first, then sent through the account; when "
               "it cannot be sent it stays there with the reason (retry with earshot-cli "
               "outbox --send)."));
    parser.addPositional(QStringLiteral("item"), tr("Id of the stored item to answer."));
    const QCommandLineOption textFile(QStringLiteral("text-file"),
                                      tr("UTF-8 file with the reply text."), QStringLiteral("F"));
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           tr("Account to answer from (see earshot-cli accounts)."),
                                           QStringLiteral("ID"));
    const QCommandLineOption queueOnly(QStringLiteral("queue-only"),
                                       tr("Only queue the reply; send it later with earshot-cli "
                                          "outbox --send."));
    parser.addOption(textFile);
    parser.addOption(accountOption);
    parser.addOption(queueOnly);
    if (const int code = parser.parse(arguments, context, 1, 1); code >= 0)
        return code;

    const qint64 itemId = parseId(parser.positional().at(0)).value_or(0);
    if (itemId == 0) {
        context.err() << "earshot-cli: " << tr("ITEM must be a stored item's number") << Qt::endl;
        return UsageError;
    }
    if (!parser.isSet(textFile)) {
        context.err() << "earshot-cli: " << tr("--text-file is required") << Qt::endl;
        return UsageError;
    }
    QFile file(parser.value(textFile));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QString text = QString::fromUtf8(file.read(1024 * 1024)).trimmed();
    if (text.isEmpty())
        return context.fail(tr("The reply in %1 is empty.").arg(file.fileName()));

    Database *db = context.database();
    if (!db)
        return Failure;
    qint64 sendId = 0;
    try {
        std::optional<StoredItem> item = ItemRepository(*db).find(itemId);
        if (!item)
            return context.fail(tr("There is no item #%1.").arg(itemId));
        const QString platform = item->item.platform;
        const ConnectorInfo *info = ConnectorRegistry::find(platform);
        if (!info || !info->capabilities.testFlag(Capability::Reply))
            return context.fail(tr("Items from %1 cannot be answered from Earshot.")
                                    .arg(Platform::displayName(platform)));

        AccountRepository accounts(*db);
        std::optional<AccountRecord> account;
        if (parser.isSet(accountOption)) {
            account = accounts.find(parser.value(accountOption).toLongLong());
            if (!account || account->platform != platform)
                return context.fail(
                    tr("Account %1 is not a %2 account.")
                        .arg(parser.value(accountOption), Platform::displayName(platform)));
        } else {
            std::vector<AccountRecord> candidates;
            for (AccountRecord &a : accounts.list()) {
                if (a.platform == platform && a.enabled)
                    candidates.push_back(std::move(a));
            }
            if (candidates.empty())
                return context.fail(tr("No %1 account to answer from. Add one with: earshot-cli "
                                       "account add %2 --url BASE --user NAME < token.txt")
                                        .arg(Platform::displayName(platform), platform));
            if (candidates.size() > 1)
                return context.fail(
                    tr("Several %1 accounts could answer; choose one with --account ID.")
                        .arg(Platform::displayName(platform)));
            account = candidates.front();
        }

        OutboxEntry entry;
        entry.accountId = account->id;
        entry.itemId = itemId;
        entry.inReplyTo = item->item.externalId;
        entry.threadId = item->item.threadId;
        entry.text = text;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        entry.draftMs = now;
        entry = OutboxRepository(*db).enqueue(entry, now);

        if (parser.isSet(queueOnly)) {
            context.out() << tr("Reply #%1 is queued in the outbox.").arg(entry.id) << Qt::endl;
            return Success;
        }
        if (!info->create) {
            context.out() << tr("Reply #%1 is queued in the outbox. Sending to %2 is not available "
                                "in this version yet; it stays queued.")
                                 .arg(entry.id)
                                 .arg(Platform::displayName(platform))
                          << Qt::endl;
            return Success;
        }
        sendId = entry.id;
    } catch (const StorageError &e) {
        return context.fail(e.error().message);
    }
    LiveAccounts live(m_store);
    return reportSent(live.send(*db, {sendId}), context);
}

}  // namespace earshot::cli
