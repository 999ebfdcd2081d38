// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AddSourceCommand.h"

#include "app/cli/CommandParser.h"
#include "core/net/HttpClient.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/StorageError.h"
#include "core/sync/FeedDiscovery.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString viaText(FeedCandidate::Via via)
{
    switch (via) {
    case FeedCandidate::Via::Direct: return tr("the address is a feed");
    case FeedCandidate::Via::Link: return tr("linked from the page");
    case FeedCandidate::Via::Pattern: return tr("known address for this kind of site");
    }
    return {};
}

}  // namespace

QString AddSourceCommand::summary() const
{
    return tr("Find the feed behind a page and add it as a source");
}

int AddSourceCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli add-source URL [--title T] [--group G]"),
                         summary() + QStringLiteral(". ") +
                             tr("A page address is enough: its feed links and the usual feed "
                                "addresses of forums, Reddit, YouTube, LiveJournal and Mastodon "
                                "are tried, and the first real feed is added."));
    parser.addPositional(QStringLiteral("URL"), tr("Feed or page address"));
    const QCommandLineOption title(QStringLiteral("title"), tr("Name to show for the source."),
                                   QStringLiteral("T"));
    const QCommandLineOption group(QStringLiteral("group"), tr("Group (folder) to put it in."),
                                   QStringLiteral("G"));
    parser.addOption(title);
    parser.addOption(group);
    if (const int code = parser.parse(arguments, context, 1, 1); code >= 0)
        return code;
    const QUrl url = QUrl::fromUserInput(parser.positional().constFirst());
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return context.fail(tr("%1 is not a web address.").arg(parser.positional().constFirst()));
    Database *db = context.database();
    if (!db)
        return Failure;

    QNetworkAccessManager network;
    HttpClient http(network);
    FeedDiscovery discovery(http);
    QEventLoop loop;
    DiscoveryResult result;
    QObject::connect(&discovery, &FeedDiscovery::finished, &loop, [&](const DiscoveryResult &r) {
        result = r;
        loop.quit();
    });
    context.out() << tr("Looking for feeds at %1 ...").arg(url.toDisplayString()) << Qt::endl;
    discovery.discover(url);
    loop.exec();
    if (result.error)
        return context.fail(result.error->message);
    if (result.feeds.empty()) {
        return context.fail(tr("No feed found at %1: the page links none and the usual feed "
                               "addresses did not answer with one. Give the feed address itself.")
                                .arg(url.toDisplayString()));
    }
    context.out() << tr("Found %1:").arg(result.feeds.size()) << '\n';
    for (const FeedCandidate &feed : result.feeds) {
        context.out() << "  " << (feed.title.isEmpty() ? tr("(untitled)") : feed.title) << "  "
                      << feed.url.toString() << "  (" << viaText(feed.via) << ")\n";
    }
    const FeedCandidate &chosen = result.feeds.front();
    try {
        const QString address = chosen.url.toString();
        const QString name = parser.isSet(title) ? parser.value(title) : chosen.title;
        if (!SourceRepository(*db).followFeed(address, name, parser.value(group)).added) {
            context.out() << tr("Already a source: %1").arg(address) << Qt::endl;
            return Success;
        }
        context.out() << tr("Added %1 <%2>").arg(name.isEmpty() ? address : name, address);
        if (parser.isSet(group))
            context.out() << ' ' << tr("to group %1").arg(parser.value(group).trimmed());
        context.out() << Qt::endl;
    } catch (const StorageError &e) {
        return context.fail(e.error().message);
    }
    return Success;
}

}  // namespace earshot::cli
