// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace earshot {

class Database;

namespace cli {

// Exit codes shared by every command, documented in `earshot-cli --help`.
enum ExitCode : int {
    Success = 0,
    Failure = 1,         // the command could not do its job; the message says why
    UsageError = 2,      // wrong arguments
    PartialSuccess = 3,  // done, but some input was skipped (e.g. malformed import lines)
};

// What every command gets from main: where the database is and where to print.
class Context {
public:
    Context(QString databasePath, QTextStream &out, QTextStream &err);
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QString databasePath() const { return m_databasePath; }

    // Opens (creating and migrating if needed) the database; on failure prints the
    // message and returns null.
    Database *database();

    // Prints "earshot-cli: <message>" on stderr and returns Failure.
    int fail(const QString &message);

private:
    QString m_databasePath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
};

// One `earshot-cli` sub-command. Each parses its own options (with --help).
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` starts with the command name, like argv.
    virtual int run(const QStringList &arguments, Context &context) = 0;
};

}  // namespace cli
}  // namespace earshot
