// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SyncCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/LiveAccounts.h"
#include "app/cli/StopSignals.h"
#include "core/net/HttpClient.h"
#include "core/services/DatabaseThread.h"
#include "core/services/RuleEngine.h"
#include "core/sync/DatabaseWriter.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <unistd.h>
#include <chrono>
#include <cstdio>
#include <memory>
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

// Passes over the platform accounts at a fixed interval while `sync` runs, each reported
// as `sync --accounts` reports it; a pass still running when the next falls due is left to
// finish.
class AccountPasses {
public:
    AccountPasses(Database &db, SecretStore *store, int minutes, Context &context)
        : m_live(store), m_sync(directWriter(db), m_live.connectors()), m_context(context)
    {
        m_sync.setItemsStoredHook(&RuleEngine::applyAfterStore);
        m_timer.setInterval(std::chrono::minutes(minutes));
        QObject::connect(&m_timer, &QTimer::timeout, [this] { pass(); });
    }
    void start()
    {
        m_timer.start();
        pass();
    }

private:
    void pass()
    {
        if (m_running)
            return;
        m_running = true;
        m_sync.syncAll([this](const AccountSyncSummary &summary) {
            m_running = false;
            if (!summary.accounts.empty())
                reportSynced(summary, m_context);
        });
    }

    LiveAccounts m_live;
    AccountSync m_sync;
    Context &m_context;
    QTimer m_timer;
    bool m_running = false;
};

}  // namespace

SyncCommand::SyncCommand(SecretStore *store) : m_store(store) {}

QString SyncCommand::summary() const
{
    return tr("Fetch new items from feed sources");
}

int SyncCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(
        QStringLiteral("earshot-cli sync [--once] [--failed-only] [--source ID]... "
                       "[--account-interval MIN] | --accounts"),
        summary() + QStringLiteral(". ") +
            tr("With --once every enabled source is fetched now and the command "
               "exits (1 when any source failed, listing why); without it, "
               "sources are fetched whenever they fall due and the enabled platform "
               "accounts every few minutes (see --account-interval) until interrupted "
               "(Ctrl+C or SIGTERM stops it cleanly)."));
    const QCommandLineOption once(QStringLiteral("once"),
                                  tr("One pass over all sources, then exit."));
    // --retry-failed is the name the window's "Retry Failed Sources" suggests.
    const QCommandLineOption failedOnly(
        {QStringLiteral("failed-only"), QStringLiteral("retry-failed")},
        tr("Only retry the sources whose last fetch failed."));
    parser.addOption(once);
    parser.addOption(failedOnly);
    const QCommandLineOption accounts(
        QStringLiteral("accounts"),
        tr("Fetch the timelines of the platform accounts once instead of the feeds (see "
           "earshot-cli accounts); exits with 1 when any account failed."));
    parser.addOption(accounts);
    const QCommandLineOption source(
        QStringLiteral("source"),
        tr("Fetch only this source now, whether due or not (repeatable; implies --once; ids "
           "from earshot-cli sources --json)."),
        QStringLiteral("ID"));
    parser.addOption(source);
    const QCommandLineOption accountInterval(
        QStringLiteral("account-interval"),
        tr("Without --once: minutes between two passes over the platform accounts (default "
           "5; 0 leaves the accounts alone)."),
        QStringLiteral("MIN"), QStringLiteral("5"));
    parser.addOption(accountInterval);
    if (const int code = parser.parse(arguments, context, 0, 0); code >= 0)
        return code;
    QList<qint64> sourceIds;
    for (const QString &text : parser.parser().values(source)) {
        const qint64 id = parseId(text).value_or(0);
        if (id == 0) {
            context.err() << "earshot-cli: " << tr("\"%1\" is not a source id").arg(text)
                          << Qt::endl;
            return UsageError;
        }
        sourceIds.append(id);
    }
    const bool oneShot = parser.isSet(once) || !sourceIds.isEmpty();
    bool intervalOk = false;
    const int accountMinutes = parser.parser().value(accountInterval).toInt(&intervalOk);
    if (!intervalOk || accountMinutes < 0) {
        context.err() << "earshot-cli: "
                      << tr("--account-interval needs a number of minutes, 0 or more") << Qt::endl;
        return UsageError;
    }
    Database *db = context.database();
    if (!db)
        return Failure;
    if (parser.isSet(accounts)) {
        LiveAccounts live(m_store);
        return reportSynced(live.sync(*db), context);
    }

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
    // New items get monitoring profiles and rules as they do on import.
    engine.setItemsStoredHook(&RuleEngine::applyAfterStore);
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
    bool stopping = false;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &summary) {
        if (terminal)
            context.err() << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
        last = summary;
        if (summary.error || oneShot || stopping)
            loop.quit();
        else
            printSummary(summary, context);
    });
    // Without --once it runs until SIGINT or SIGTERM: a pass in flight is cancelled (what
    // is parsed is still stored), its summary printed, and the command exits normally.
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::received, &loop, [&] {
        stopping = true;
        engine.stopScheduler();
        if (engine.isRunning())
            engine.cancel();  // finished() follows once the writer is done, and quits
        else
            loop.quit();
    });
    // The running mode keeps the platform accounts fresh too, as the window does. Their
    // pass writes on this thread's connection between network answers (short writes; WAL
    // and the busy timeout order them with the writer thread's).
    std::unique_ptr<AccountPasses> accountPasses;
    if (!oneShot && accountMinutes > 0) {
        accountPasses = std::make_unique<AccountPasses>(*db, m_store, accountMinutes, context);
        accountPasses->start();
    }
    if (!sourceIds.isEmpty())
        engine.syncSources(sourceIds);
    else
        engine.syncNow(selection);
    if (!oneShot)
        engine.startScheduler();
    loop.exec();
    accountPasses.reset();
    if (writerError)
        return context.fail(writerError->message);
    if (last.error)
        return context.fail(last.error->message);
    if (!sourceIds.isEmpty() && last.total < sourceIds.size()) {
        printSummary(last, context);
        return context.fail(tr("only %1 of the %2 sources asked for can be fetched: a source id "
                               "that does not exist, is not a feed, was imported (add it with "
                               "earshot-cli add-source to follow it) or asked to be left alone "
                               "until later")
                                .arg(last.total)
                                .arg(sourceIds.size()));
    }
    if (stopping && !oneShot) {
        // Each finished pass printed its summary already; a cancelled one did not.
        if (last.cancelled)
            printSummary(last, context);
        return Success;
    }
    printSummary(last, context);
    return last.failed() > 0 ? Failure : Success;
}

}  // namespace earshot::cli
