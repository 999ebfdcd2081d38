// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ImportOpmlCommand.h"

#include "app/cli/CommandParser.h"
#include "core/storage/StorageError.h"
#include "core/sync/Opml.h"

#include <QCoreApplication>
#include <QFile>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

}  // namespace

QString ImportOpmlCommand::summary() const
{
    return tr("Add the feeds of an OPML subscription list");
}

int ImportOpmlCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli import-opml FILE"),
                         summary() + QStringLiteral(". ") +
                             tr("Folders become source groups; feeds already added are left "
                                "as they are."));
    parser.addPositional(QStringLiteral("FILE"), tr("OPML file"));
    if (const int code = parser.parse(arguments, context, 1, 1); code >= 0)
        return code;
    const QString path = parser.positional().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(tr("cannot open %1: %2").arg(path, file.errorString()));
    const Result<std::vector<OpmlFeed>> feeds = readOpml(file.read(16 * 1024 * 1024));
    if (!feeds)
        return context.fail(tr("%1: %2").arg(path, feeds.error().message));
    Database *db = context.database();
    if (!db)
        return Failure;
    try {
        const OpmlImportReport report = importOpmlFeeds(*db, *feeds);
        context.out()
            << tr("%1 sources added, %2 already there").arg(report.added).arg(report.existing)
            << Qt::endl;
    } catch (const StorageError &e) {
        return context.fail(e.error().message);
    }
    return Success;
}

}  // namespace earshot::cli
