// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandParser.h"

#include <QCoreApplication>

namespace earshot::cli {

CommandParser::CommandParser(const QString &usage, const QString &description)
    : m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
             QCoreApplication::translate("cli", "Show this help.")),
      m_usage(usage)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_help);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

int CommandParser::parse(const QStringList &arguments, Context &context, int minPositional,
                         int maxPositional)
{
    if (!m_parser.parse(arguments)) {
        context.err() << "earshot-cli: " << m_parser.errorText() << "\n"
                      << "usage: " << m_usage << Qt::endl;
        return UsageError;
    }
    if (m_parser.isSet(m_help)) {
        QString help = m_parser.helpText();
        // Qt prints the program's own name; show the command line users actually type.
        const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
        help = QStringLiteral("Usage: ") + m_usage + help.mid(firstLineEnd);
        context.out() << help << Qt::flush;
        return Success;
    }
    const auto count = m_parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        context.err() << "earshot-cli: "
                      << QCoreApplication::translate("cli", "wrong number of arguments") << "\n"
                      << "usage: " << m_usage << Qt::endl;
        return UsageError;
    }
    return -1;
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

}  // namespace earshot::cli
