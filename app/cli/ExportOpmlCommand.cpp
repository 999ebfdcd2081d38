// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExportOpmlCommand.h"

#include "app/cli/CommandParser.h"
#include "core/storage/SourceRepository.h"
#include "core/storage/StorageError.h"
#include "core/sync/Opml.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

}  // namespace

QString ExportOpmlCommand::summary() const
{
    return tr("Write the feed sources as an OPML list");
}

int ExportOpmlCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli export-opml [FILE]"),
                         summary() + QStringLiteral(". ") +
                             tr("Groups become folders. Without FILE the list goes to "
                                "standard output."));
    parser.addPositional(QStringLiteral("FILE"), tr("OPML file to write"),
                         QStringLiteral("[FILE]"));
    if (const int code = parser.parse(arguments, context, 0, 1); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return Failure;
    std::vector<SourceRecord> feeds;
    try {
        feeds = subscribedFeeds(*db);
    } catch (const StorageError &e) {
        return context.fail(e.error().message);
    }
    const QByteArray opml = writeOpml(feeds, tr("Earshot sources"));
    if (parser.positional().isEmpty()) {
        context.out() << QString::fromUtf8(opml) << Qt::flush;
        return Success;
    }
    const QString path = parser.positional().constFirst();
    QSaveFile file(path);  // all or nothing: an old list is never left half-written
    if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size() || !file.commit())
        return context.fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    context.out() << tr("%1 sources written to %2").arg(feeds.size()).arg(path) << Qt::endl;
    return Success;
}

}  // namespace earshot::cli
