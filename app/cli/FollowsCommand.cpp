// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/FollowsCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/JsonOutput.h"
#include "core/connectors/ConnectorRegistry.h"
#include "core/net/HttpClient.h"
#include "core/storage/AccountFollowRepository.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/sync/AccountFollows.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

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

// Whether the account's platform can read this kind of timeline. Asks the platform's
// connector itself (built without a token and never used to send anything), so the
// answer is the one sync will act on.
bool platformReads(const AccountRecord &account, const Timeline &timeline)
{
    const ConnectorInfo *info = ConnectorRegistry::find(account.platform);
    if (!info || !info->create)
        return false;
    QNetworkAccessManager network;
    HttpClient http(network);
    const std::unique_ptr<Connector> connector =
        info->create(http, {QUrl(account.baseUrl), account.user, QString()});
    return connector && connector->supports(timeline.kind);
}

int list(Database &db, qint64 accountId, bool json, Context &context)
{
    const std::vector<AccountFollow> follows = AccountFollowRepository(db).list(accountId);
    if (json) {
        QJsonArray array;
        for (const AccountFollow &f : follows)
            array.append(QJsonObject{{QLatin1String("account"), f.accountId},
                                     {QLatin1String("kind"), f.kind},
                                     {QLatin1String("argument"), f.argument}});
        printJson(context, QJsonDocument(array));
        return Success;
    }
    for (const AccountFollow &f : follows)
        context.out() << f.accountId << '\t' << f.kind << '\t' << f.argument << '\n';
    if (follows.empty())
        context.err() << tr("no follows; add one with earshot-cli follows add") << '\n';
    context.out().flush();
    return Success;
}

}  // namespace

QString FollowsCommand::summary() const
{
    return tr("What accounts read beyond their own timelines: list, add, remove");
}

int FollowsCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(
        QStringLiteral("earshot-cli follows [ACCOUNT] [--json] | follows add|remove ACCOUNT "
                       "KIND ARGUMENT"),
        summary() + QStringLiteral(". ") +
            tr("Kinds: hashtag (Mastodon), latest (a subreddit's new posts, a VK wall by id "
               "or short name), category (a Discourse category), account (another account's "
               "posts), search (words). Also accepted: tag, subreddit, wall, group, user. "
               "Accounts are numbered as in earshot-cli accounts --json; each sync pass "
               "reads what they follow."));
    parser.addPositional(QStringLiteral("SUBCOMMAND"), tr("add, remove, or an account id to list"),
                         QStringLiteral("[SUBCOMMAND]"));
    parser.addPositional(QStringLiteral("ACCOUNT"), tr("account id"), QStringLiteral("[ACCOUNT]"));
    parser.addPositional(QStringLiteral("KIND"), tr("what to follow"), QStringLiteral("[KIND]"));
    parser.addPositional(QStringLiteral("ARGUMENT"), tr("hashtag, subreddit, wall, words..."),
                         QStringLiteral("[ARGUMENT]"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (const int code = parser.parse(arguments, context, 0, 4); code >= 0)
        return code;
    const QStringList positional = parser.positional();
    const QString sub = positional.value(0);
    const bool adding = sub == QLatin1String("add");
    if (!adding && sub != QLatin1String("remove")) {
        if (positional.size() > 1)
            return usage(context, tr("unknown follows subcommand \"%1\"").arg(sub));
        const qint64 accountId = sub.isEmpty() ? 0 : parseId(sub).value_or(-1);
        if (accountId < 0)
            return usage(context, tr("\"%1\" is not an account id").arg(sub));
        Database *db = context.database();
        if (!db)
            return Failure;
        try {
            return list(*db, accountId, parser.isSet(json), context);
        } catch (const StorageError &e) {
            return context.fail(e.error().message);
        }
    }
    if (positional.size() != 4)
        return usage(context, tr("follows %1 needs ACCOUNT KIND ARGUMENT").arg(sub));
    const std::optional<qint64> accountId = parseId(positional.at(1));
    if (!accountId)
        return usage(context, tr("\"%1\" is not an account id").arg(positional.at(1)));
    const std::optional<QString> kind = AccountFollows::canonicalKind(positional.at(2));
    if (!kind)
        return usage(context, tr("\"%1\" is not something to follow; use one of: %2")
                                  .arg(positional.at(2),
                                       AccountFollows::kindNames().join(QStringLiteral(", "))));
    const QString argument = positional.at(3).trimmed();
    if (argument.isEmpty())
        return usage(context, tr("say what to follow: a hashtag, subreddit, wall or words"));
    Database *db = context.database();
    if (!db)
        return Failure;
    try {
        const std::optional<AccountRecord> account = AccountRepository(*db).find(*accountId);
        if (!account)
            return context.fail(
                tr("there is no account %1; see earshot-cli accounts --json").arg(*accountId));
        AccountFollowRepository follows(*db);
        const AccountFollow follow{*accountId, *kind, argument};
        if (!adding) {
            if (!follows.remove(follow))
                return context.fail(
                    tr("account %1 does not follow %2 %3").arg(*accountId).arg(*kind, argument));
            context.out()
                << tr("account %1 no longer follows %2 %3").arg(*accountId).arg(*kind, argument)
                << Qt::endl;
            return Success;
        }
        if (!platformReads(*account, *AccountFollows::timelineOf(*kind, argument)))
            return context.fail(tr("%1 accounts cannot follow a %2; see earshot-cli follows "
                                   "--help")
                                    .arg(account->platform, *kind));
        if (!follows.add(follow)) {
            context.out()
                << tr("account %1 already follows %2 %3").arg(*accountId).arg(*kind, argument)
                << Qt::endl;
            return Success;
        }
        context.out() << tr("account %1 now follows %2 %3; the next sync reads it")
                             .arg(*accountId)
                             .arg(*kind, argument)
                      << Qt::endl;
        return Success;
    } catch (const StorageError &e) {
        return context.fail(e.error().message);
    }
}

}  // namespace earshot::cli
