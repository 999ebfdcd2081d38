// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandLine.h"

#include "app/cli/AccountCommand.h"
#include "app/cli/AccountsCommand.h"
#include "app/cli/AddSourceCommand.h"
#include "app/cli/AnswersCommand.h"
#include "app/cli/ApplyRulesCommand.h"
#include "app/cli/CaptureCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/ExportOpmlCommand.h"
#include "app/cli/FollowsCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/ImportOpmlCommand.h"
#include "app/cli/NoteCommand.h"
#include "app/cli/NotificationsCommand.h"
#include "app/cli/OutboxCommand.h"
#include "app/cli/ParseFeedCommand.h"
#include "app/cli/ProfilesCommand.h"
#include "app/cli/ReplyCommand.h"
#include "app/cli/RulesCommand.h"
#include "app/cli/SearchCommand.h"
#include "app/cli/SourcesCommand.h"
#include "app/cli/StatsCommand.h"
#include "app/cli/StatusCommand.h"
#include "app/cli/SyncCommand.h"
#include "app/cli/TagCommand.h"
#include "app/cli/TriageValueCommand.h"
#include "app/cli/UndoCommand.h"
#include "app/cli/WatchCommand.h"
#include "core/services/Workspace.h"

#include <QCoreApplication>

namespace earshot::cli {

CommandLine::CommandLine()
{
    // The one place commands are registered.
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<AddSourceCommand>());
    m_commands.push_back(std::make_unique<SourcesCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<ImportOpmlCommand>());
    m_commands.push_back(std::make_unique<ExportOpmlCommand>());
    m_commands.push_back(std::make_unique<ParseFeedCommand>());
    m_commands.push_back(std::make_unique<TagCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<NoteCommand>());
    m_commands.push_back(std::make_unique<TriageValueCommand>(TriageValueCommand::Kind::Assign));
    m_commands.push_back(std::make_unique<TriageValueCommand>(TriageValueCommand::Kind::Priority));
    m_commands.push_back(std::make_unique<TriageValueCommand>(TriageValueCommand::Kind::Spam));
    m_commands.push_back(std::make_unique<ActivityCommand>());
    m_commands.push_back(std::make_unique<UndoCommand>());
    m_commands.push_back(std::make_unique<RulesCommand>());
    m_commands.push_back(std::make_unique<ApplyRulesCommand>());
    m_commands.push_back(std::make_unique<NotificationsCommand>());
    m_commands.push_back(std::make_unique<ProfilesCommand>());
    m_commands.push_back(std::make_unique<AnswersCommand>());
    m_commands.push_back(std::make_unique<WatchCommand>());
    m_commands.push_back(std::make_unique<CaptureCommand>());
    m_commands.push_back(std::make_unique<AccountCommand>());
    m_commands.push_back(std::make_unique<AccountsCommand>());
    m_commands.push_back(std::make_unique<FollowsCommand>());
    m_commands.push_back(std::make_unique<ReplyCommand>());
    m_commands.push_back(std::make_unique<OutboxCommand>());
}

CommandLine::~CommandLine() = default;

void CommandLine::printUsage(QTextStream &stream) const
{
    stream << "Usage: earshot-cli [--db FILE] COMMAND [OPTIONS]\n\n"
           << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const auto &command : m_commands)
        stream << "  " << command->name().leftJustified(14) << command->summary() << '\n';
    stream << '\n'
           << QCoreApplication::translate("cli", "Options:") << '\n'
           << "  --db FILE     "
           << QCoreApplication::translate("cli", "Database to use (default: %1)")
                  .arg(Workspace::defaultDatabasePath())
           << '\n'
           << "  -h, --help    " << QCoreApplication::translate("cli", "Show this help") << "\n\n"
           << QCoreApplication::translate(
                  "cli", "Run 'earshot-cli COMMAND --help' for a command's options.")
           << '\n'
           << QCoreApplication::translate(
                  "cli",
                  "Exit codes: 0 success, 1 failure, 2 wrong usage, 3 done with input skipped.")
           << Qt::endl;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString databasePath = Workspace::defaultDatabasePath();
    qsizetype i = 1;
    while (i < arguments.size() && arguments.at(i).startsWith(QLatin1Char('-'))) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printUsage(out);
            return Success;
        }
        if (arg == QLatin1String("--version")) {
            out << "earshot-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        }
        if (arg == QLatin1String("--db") && i + 1 < arguments.size()) {
            databasePath = arguments.at(i + 1);
            i += 2;
            continue;
        }
        if (arg.startsWith(QLatin1String("--db="))) {
            databasePath = arg.mid(5);
            ++i;
            continue;
        }
        err << "earshot-cli: " << QCoreApplication::translate("cli", "unknown option %1").arg(arg)
            << '\n';
        printUsage(err);
        return UsageError;
    }
    if (i >= arguments.size()) {
        printUsage(err);
        return UsageError;
    }
    const QString name = arguments.at(i);
    for (const auto &command : m_commands) {
        if (command->name() == name) {
            Context context(databasePath, out, err);
            const int code = command->run(arguments.mid(i), context);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "earshot-cli: " << QCoreApplication::translate("cli", "unknown command '%1'").arg(name)
        << '\n';
    printUsage(err);
    return UsageError;
}

}  // namespace earshot::cli
