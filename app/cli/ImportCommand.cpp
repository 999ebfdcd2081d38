// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ImportCommand.h"

#include "app/cli/CommandParser.h"
#include "core/services/ImportService.h"

#include <QCoreApplication>
#include <QFile>

namespace earshot::cli {

QString ImportCommand::summary() const
{
    return QCoreApplication::translate("cli", "Import mentions from a JSON Lines file");
}

int ImportCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(
        QStringLiteral("earshot-cli import FILE.jsonl"),
        summary() + QStringLiteral(". ") +
            QCoreApplication::translate("cli",
                                        "Good lines are stored in one transaction; malformed "
                                        "lines are reported with their number and skipped "
                                        "(exit code 3). Use - to read standard input."));
    parser.addPositional(QStringLiteral("FILE"),
                         QCoreApplication::translate("cli", "JSON Lines file to import"));
    if (const int code = parser.parse(arguments, context, 1, 1); code >= 0)
        return code;

    const QString path = parser.positional().constFirst();
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return context.fail(
            QCoreApplication::translate("cli", "cannot open %1: %2").arg(path, file.errorString()));
    }
    Database *db = context.database();
    if (!db)
        return Failure;
    const Result<ImportReport> report = ImportService(*db).importJsonLines(file);
    if (!report)
        return context.fail(report.error().message);

    for (const ImportIssue &issue : report->issues)
        context.err() << path << ':' << issue.line << ": " << issue.message << '\n';
    if (report->skipped > static_cast<qint64>(report->issues.size()))
        context.err() << "... " << (report->skipped - static_cast<qint64>(report->issues.size()))
                      << " more\n";
    context.out() << QCoreApplication::translate("cli",
                                                 "%1 new, %2 updated, %3 unchanged, %4 skipped")
                         .arg(report->inserted)
                         .arg(report->updated)
                         .arg(report->unchanged)
                         .arg(report->skipped)
                  << Qt::endl;
    return report->skipped > 0 ? PartialSuccess : Success;
}

}  // namespace earshot::cli
