// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExportCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/FilterOptions.h"
#include "core/services/ExportService.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace earshot::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
}  // namespace

QString ExportCommand::summary() const
{
    return tr("Export items as JSON Lines or CSV");
}

int ExportCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli export [--query Q] --format jsonl|csv "
                                        "[--output FILE] [--platform ID] [--tag NAME] "
                                        "[--unread|--saved]"),
                         summary() + QStringLiteral(". ") +
                             tr("JSON Lines keeps everything and can be imported again."));
    const QCommandLineOption format(QStringLiteral("format"), tr("jsonl or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOption(format);
    parser.addOption(output);
    FilterOptions filters(true);
    filters.addTo(parser);
    if (const int code = parser.parse(arguments, context, 0, 0); code >= 0)
        return code;

    const QString formatName = parser.value(format);
    ExportService::Format exportFormat;
    if (formatName == QLatin1String("jsonl")) {
        exportFormat = ExportService::Format::JsonLines;
    } else if (formatName == QLatin1String("csv")) {
        exportFormat = ExportService::Format::Csv;
    } else {
        context.err() << "earshot-cli: " << tr("--format must be jsonl or csv") << Qt::endl;
        return UsageError;
    }
    const std::optional<InboxFilter> filter = filters.toFilter(parser, context, {});
    if (!filter)
        return Failure;
    Database *db = context.database();
    if (!db)
        return Failure;

    context.out().flush();
    if (parser.isSet(output)) {
        // QSaveFile: a failed export never leaves a half-written file in place of a good one.
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        const Result<qint64> written = ExportService(*db).exportItems(*filter, exportFormat, file);
        if (!written) {
            file.cancelWriting();
            return context.fail(written.error().message);
        }
        if (!file.commit())
            return context.fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        context.err() << tr("%1 items exported to %2").arg(*written).arg(file.fileName())
                      << Qt::endl;
        return Success;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return context.fail(tr("cannot write to standard output"));
    const Result<qint64> written = ExportService(*db).exportItems(*filter, exportFormat, out);
    if (!written)
        return context.fail(written.error().message);
    return Success;
}

}  // namespace earshot::cli
