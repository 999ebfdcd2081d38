// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SearchCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/FilterOptions.h"
#include "app/cli/JsonOutput.h"
#include "core/services/InboxService.h"
#include "core/services/ItemJson.h"

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

QJsonObject rowToJson(const InboxRow &row)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), row.id);
    o.insert(QLatin1String("platform"), row.platform);
    o.insert(QLatin1String("source"), row.sourceTitle);
    o.insert(QLatin1String("author"), row.authorName);
    o.insert(QLatin1String("published"), toRfc3339(row.publishedMs));
    o.insert(QLatin1String("title"), row.title);
    o.insert(QLatin1String("snippet"), row.snippet);
    o.insert(QLatin1String("tags"), QJsonArray::fromStringList(row.tags));
    o.insert(QLatin1String("read"), row.read);
    o.insert(QLatin1String("saved"), row.saved);
    o.insert(QLatin1String("status"), statusId(row.status));
    return o;
}

QString oneLine(const InboxRow &row)
{
    QString text = row.title.isEmpty() ? row.snippet : row.title;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 100)
        text = text.left(99) + QChar(0x2026);
    return text;
}

}  // namespace

QString SearchCommand::summary() const
{
    return tr("Search cached items (Russian and English word forms match)");
}

int SearchCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli search Q [--json] [--limit N] "
                                        "[--order date|relevance] [--platform ID] [--tag NAME] "
                                        "[--unread|--saved]"),
                         summary() + QStringLiteral(". ") +
                             tr("Q: words (all must occur), \"a phrase\", -word to exclude, "
                                "a OR b, (groups), and fields: platform: source: author: "
                                "tag: status: profile: lang: assignee: is:unread|read|saved|"
                                "answered|spam after: before: (2026-11-20, 7d, 24h) has:link."));
    parser.addPositional(QStringLiteral("Q"), tr("what to search for"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N results (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption order(QStringLiteral("order"),
                                   tr("date (newest first) or relevance (default)."),
                                   QStringLiteral("ORDER"), QStringLiteral("relevance"));
    parser.addOption(json);
    parser.addOption(limit);
    parser.addOption(order);
    FilterOptions filters(false);
    filters.addTo(parser);
    if (const int code = parser.parse(arguments, context, 1, -1); code >= 0)
        return code;

    bool limitOk = false;
    const int maxResults = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxResults <= 0 || maxResults > 100000) {
        context.err() << "earshot-cli: " << tr("--limit must be a number from 1 to 100000")
                      << Qt::endl;
        return UsageError;
    }
    const QString orderName = parser.value(order);
    if (orderName != QLatin1String("date") && orderName != QLatin1String("relevance")) {
        context.err() << "earshot-cli: " << tr("--order must be date or relevance") << Qt::endl;
        return UsageError;
    }

    std::optional<InboxFilter> filter =
        filters.toFilter(parser, context, parser.positional().join(QLatin1Char(' ')));
    if (!filter)
        return Failure;
    filter->order = orderName == QLatin1String("date") ? InboxFilter::Order::Newest
                                                       : InboxFilter::Order::Relevance;
    Database *db = context.database();
    if (!db)
        return Failure;
    const Result<std::vector<InboxRow>> rows =
        InboxService(*db).page(*filter, std::nullopt, maxResults);
    if (!rows) {
        context.fail(rows.error().message);
        // A query that does not parse is wrong usage, not a failure of the command.
        return rows.error().kind == ErrorKind::InvalidInput ? UsageError : Failure;
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const InboxRow &row : *rows)
            array.append(rowToJson(row));
        printJson(context, QJsonDocument(array));
        return Success;
    }
    for (const InboxRow &row : *rows) {
        context.out() << row.id << '\t' << toRfc3339(row.publishedMs) << '\t' << row.platform
                      << '\t' << row.authorName << '\t' << oneLine(row) << '\n';
    }
    if (rows->empty())
        context.err() << tr("nothing found") << '\n';
    context.out().flush();
    return Success;
}

}  // namespace earshot::cli
