// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ParseFeedCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/JsonOutput.h"
#include "core/connectors/feed/FeedJson.h"
#include "core/connectors/feed/FeedParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

}  // namespace

QString ParseFeedCommand::summary() const
{
    return tr("Parse a feed file without storing it");
}

int ParseFeedCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli parse-feed FILE [--url BASE] [--json]"),
                         summary() + QStringLiteral(". ") +
                             tr("Nothing is stored and nothing is fetched. Use - to read "
                                "standard input."));
    parser.addPositional(QStringLiteral("FILE"), tr("RSS, Atom or JSON Feed file"));
    const QCommandLineOption url(QStringLiteral("url"),
                                 tr("Address the feed came from, for relative links."),
                                 QStringLiteral("BASE"));
    const QCommandLineOption contentType(QStringLiteral("content-type"),
                                         tr("HTTP Content-Type it was served with (charset)."),
                                         QStringLiteral("TYPE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the parsed feed as JSON."));
    parser.addOption(url);
    parser.addOption(contentType);
    parser.addOption(json);
    if (const int code = parser.parse(arguments, context, 1, 1); code >= 0)
        return code;

    const QString path = parser.positional().constFirst();
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return context.fail(tr("cannot open %1: %2").arg(path, file.errorString()));
    // One byte past the parser's cap is enough for it to say "too large".
    const QByteArray bytes = file.read(kMaxFeedBytes + 1);

    const QUrl base = parser.isSet(url) ? QUrl::fromUserInput(parser.value(url)) : QUrl();
    const Result<ParsedFeed> feed = parseFeed(bytes, base, parser.value(contentType).toLatin1());
    if (!feed)
        return context.fail(tr("%1: %2").arg(path, feed.error().message));

    QTextStream &out = context.out();
    if (parser.isSet(json)) {
        printJson(context, QJsonDocument(feedToJson(*feed)));
        return Success;
    }
    out << feed->title << " (" << feed->format << ", " << feed->encoding << ")\n";
    if (feed->recovered)
        out << tr("Read as far as possible: %1").arg(feed->recoveryReason) << '\n';
    for (const FeedEntry &entry : feed->entries) {
        const qint64 ms = entry.publishedMs > 0 ? entry.publishedMs : entry.updatedMs;
        out << (ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)
                       : QStringLiteral("-"))
            << "  " << (entry.title.isEmpty() ? entry.link : entry.title) << '\n';
    }
    out << QCoreApplication::translate("cli", "%n entries", nullptr,
                                       static_cast<int>(feed->entries.size()))
        << Qt::endl;
    return Success;
}

}  // namespace earshot::cli
