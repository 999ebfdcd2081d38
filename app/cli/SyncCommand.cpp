// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SyncCommand.h"

#include "app/cli/CommandParser.h"
#include "core/net/HttpClient.h"
#include "core/services/DatabaseThread.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <unistd.h>
#include <cstdio>
#include <optional>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

void printSummary(const SyncSummary &summary, Context &context)
{
    if (summary.cancelled)
        context.out() << tr("Sync cancelled.") << '\n';
    context.out() << tr("%1 sources: %2 new items, %3 updated, %4 unchanged, %5 failed")
                         .arg(summary.total)
                         .arg(summary.newItems)
                         .arg(summary.updatedItems)
                         .arg(summary.notModified)
                         .arg(summary.failed())
                  << Qt::endl;
    for (const SourceOutcome &failure : summary.failures) {
        context.err() << "  " << (failure.title.isEmpty() ? failure.address : failure.title);
        if (!failure.title.isEmpty())
            context.err() << " <" << failure.address << '>';
        context.err() << ": " << failure.error->message << '\n';
    }
    context.err() << Qt::flush;
}

}  // namespace

QString SyncCommand::summary() const
{
    return tr("Fetch new items from feed sources");
}

int SyncCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli sync [--once] [--failed-only]"),
                         summary() + QStringLiteral(". ") +
                             tr("With --once every enabled source is fetched now and the command "
                                "exits (1 when any source failed, listing why); without it, "
                                "sources are fetched whenever they fall due until interrupted."));
    const QCommandLineOption once(QStringLiteral("once"),
                                  tr("One pass over all sources, then exit."));
    const QCommandLineOption failedOnly(QStringLiteral("failed-only"),
                                        tr("Only retry the sources whose last fetch failed."));
    parser.addOption(once);
    parser.addOption(failedOnly);
    if (const int code = parser.parse(arguments, context, 0, 0); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return Failure;

    // The command line is a composition root of its own: it owns the network stack and
    // the writer thread and hands them down. Writing on a thread of its own keeps this
    // thread free to fetch while a batch is stored, as the GUI does.
    QEventLoop loop;
    std::optional<Error> writerError;
    DatabaseThread writer(context.databasePath(), QStringLiteral("earshot writer"));
    QNetworkAccessManager network;
    HttpClient http(network);
    SyncEngine engine(http, [&](SyncEngine::WriteJob job) {
        writer.post(std::move(job), [&loop, &writerError](const Error &error) {
            // Only reached when the writer cannot open the database at all.
            QMetaObject::invokeMethod(&loop, [&loop, &writerError, error] {
                writerError = error;
                loop.quit();
            });
        });
    });
    const bool terminal = isatty(fileno(stderr)) != 0;
    if (terminal) {
        QObject::connect(
            &engine, &SyncEngine::progress, &engine,
            [&context](int done, int total, qint64 newItems) {
                context.err()
                    << '\r' << tr("%1/%2 sources, %3 new items").arg(done).arg(total).arg(newItems)
                    << Qt::flush;
            });
    }
    const SyncEngine::Selection selection =
        parser.isSet(failedOnly) ? SyncEngine::Selection::Failed : SyncEngine::Selection::All;

    SyncSummary last;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &summary) {
        if (terminal)
            context.err() << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
        last = summary;
        if (summary.error || parser.isSet(once))
            loop.quit();
        else
            printSummary(summary, context);
    });
    if (parser.isSet(once)) {
        engine.syncNow(selection);
    } else {
        engine.syncNow(selection);
        engine.startScheduler();
    }
    loop.exec();
    if (writerError)
        return context.fail(writerError->message);
    if (last.error)
        return context.fail(last.error->message);
    printSummary(last, context);
    return last.failed() > 0 ? Failure : Success;
}

}  // namespace earshot::cli
