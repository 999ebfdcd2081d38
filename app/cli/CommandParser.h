// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

#include <QCommandLineParser>

#include <optional>

namespace earshot::cli {

// QCommandLineParser set up the way every command wants it: --help handled here so the
// help text goes to our stream and the exit code is ours, not Qt's process exit.
class CommandParser {
public:
    CommandParser(const QString &usage, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {})
    {
        m_parser.addPositionalArgument(name, description, syntax);
    }

    // Parses; returns -1 to continue, or the exit code to return at once (after --help
    // or a usage error, which it has printed).
    int parse(const QStringList &arguments, Context &context, int minPositional, int maxPositional);

    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QCommandLineOption &o) const { return m_parser.isSet(o); }
    QString value(const QCommandLineOption &o) const { return m_parser.value(o); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QString m_usage;
};

// A stored record's id as typed on the command line: a positive whole number, else nullopt.
std::optional<qint64> parseId(const QString &text);

}  // namespace earshot::cli
