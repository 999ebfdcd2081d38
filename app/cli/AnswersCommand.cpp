// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AnswersCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/ItemSelection.h"
#include "app/cli/JsonOutput.h"
#include "core/services/AnswerService.h"

#include <QCoreApplication>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QJsonObject toJson(const OfficialAnswer &a)
{
    QJsonArray variants;
    for (const AnswerVariant &v : a.variants) {
        variants.append(QJsonObject{{QLatin1String("platform"), v.platform},
                                    {QLatin1String("format"), v.format},
                                    {QLatin1String("text"), v.text},
                                    {QLatin1String("max_length"), v.maxLength}});
    }
    QJsonObject variables;
    for (auto it = a.customVariables.cbegin(); it != a.customVariables.cend(); ++it)
        variables.insert(it.key(), it.value());
    return {{QLatin1String("id"), a.id},
            {QLatin1String("problem_tag"), a.problemTag},
            {QLatin1String("title"), a.title},
            {QLatin1String("text"), a.text},
            {QLatin1String("language"), a.language},
            {QLatin1String("status"), a.status},
            {QLatin1String("version"), a.version},
            {QLatin1String("expires"),
             a.expires ? QJsonValue(a.expires->toString(Qt::ISODate)) : QJsonValue::Null},
            {QLatin1String("usage_count"), a.usageCount},
            {QLatin1String("keywords"), QJsonArray::fromStringList(a.keywords)},
            {QLatin1String("variables"), variables},
            {QLatin1String("variants"), variants}};
}

int usage(Context &context, const QString &message)
{
    context.err() << "earshot-cli: " << message << Qt::endl;
    return UsageError;
}

int list(AnswerService &answers, bool json, Context &context)
{
    const Result<std::vector<OfficialAnswer>> all = answers.list();
    if (!all)
        return context.fail(all.error().message);
    if (json) {
        QJsonArray array;
        for (const OfficialAnswer &a : *all)
            array.append(toJson(a));
        printJson(context, QJsonDocument(array));
        return Success;
    }
    for (const OfficialAnswer &a : *all) {
        QStringList platforms;
        for (const AnswerVariant &v : a.variants)
            platforms.append(v.platform);
        context.out() << a.id << '\t' << a.status << '\t' << 'v' << a.version << '\t'
                      << (a.problemTag.isEmpty() ? QStringLiteral("-") : a.problemTag) << '\t'
                      << (a.language.isEmpty() ? QStringLiteral("-") : a.language) << '\t'
                      << a.title << '\t' << platforms.join(QLatin1Char(',')) << '\n';
    }
    if (all->empty())
        context.err() << tr("no answers") << '\n';
    context.out().flush();
    return Success;
}

int history(AnswerService &answers, qint64 id, bool json, Context &context)
{
    const Result<std::vector<AnswerRevision>> revisions = answers.history(id);
    if (!revisions)
        return context.fail(revisions.error().message);
    if (json) {
        QJsonArray array;
        for (const AnswerRevision &r : *revisions) {
            array.append(QJsonObject{{QLatin1String("version"), r.version},
                                     {QLatin1String("at"), jsonTime(r.atMs)},
                                     {QLatin1String("who"), r.who},
                                     {QLatin1String("change"), r.change},
                                     {QLatin1String("answer"), toJson(r.snapshot)}});
        }
        printJson(context, QJsonDocument(array));
        return Success;
    }
    for (const AnswerRevision &r : *revisions) {
        context.out() << 'v' << r.version << '\t'
                      << QDateTime::fromMSecsSinceEpoch(r.atMs).toString(
                             QStringLiteral("yyyy-MM-dd HH:mm"))
                      << '\t' << r.who << '\t' << r.change << '\t' << r.snapshot.status << '\t'
                      << r.snapshot.title << '\n';
    }
    if (revisions->empty())
        context.err() << tr("answer %1 has no history").arg(id) << '\n';
    context.out().flush();
    return Success;
}

int suggest(AnswerService &answers, qint64 itemId, int limit, bool json, Context &context)
{
    const Result<std::vector<AnswerSuggestion>> found = answers.suggest(itemId, limit);
    if (!found)
        return context.fail(found.error().message);
    if (json) {
        QJsonArray array;
        for (const AnswerSuggestion &s : *found) {
            QJsonObject o = toJson(s.answer);
            o.insert(QLatin1String("score"), s.score);
            o.insert(QLatin1String("reason"), s.reason);
            array.append(o);
        }
        printJson(context, QJsonDocument(array));
        return Success;
    }
    for (const AnswerSuggestion &s : *found) {
        context.out() << s.answer.id << '\t' << QString::number(s.score, 'f', 1) << '\t'
                      << s.answer.title << '\t' << s.reason << '\n';
    }
    if (found->empty())
        context.err() << tr("no approved answer fits item %1").arg(itemId) << '\n';
    context.out().flush();
    return Success;
}

int importCsv(AnswerService &answers, const QString &path, Context &context)
{
    const Result<AnswerImportReport> report = answers.importCsvFile(path, cliActor());
    if (!report)
        return context.fail(report.error().message);
    for (const AnswerCsvIssue &issue : report->issues)
        context.err() << tr("%1:%2: skipped: %3").arg(path).arg(issue.line).arg(issue.message)
                      << '\n';
    context.out() << tr("%1 answers created, %2 updated, %3 unchanged, %4 rows skipped")
                         .arg(report->created)
                         .arg(report->updated)
                         .arg(report->unchanged)
                         .arg(report->issues.size())
                  << Qt::endl;
    context.err().flush();
    return report->issues.empty() ? Success : PartialSuccess;
}

}  // namespace

QString AnswersCommand::summary() const
{
    return tr("Official answers: list, import/export CSV, suggest for an item, history, approve");
}

int AnswersCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli answers list [--json] | import F.csv | "
                                        "export F.csv | suggest ITEM [--json] [--limit N] | "
                                        "history ID [--json] | "
                                        "status ID draft|approved|retired"),
                         summary() + QStringLiteral(". ") +
                             tr("The CSV layout is described in the README; import reports "
                                "malformed rows with their line numbers and skips them."));
    parser.addPositional(QStringLiteral("SUBCOMMAND"),
                         tr("list, import, export, suggest, history or status"));
    parser.addPositional(QStringLiteral("ARGS"), tr("file, item or answer id"),
                         QStringLiteral("[ARGS...]"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N suggestions (5)."),
                                   QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(json);
    parser.addOption(limit);
    if (const int code = parser.parse(arguments, context, 1, 3); code >= 0)
        return code;
    const QStringList positional = parser.positional();
    const QString sub = positional.first();
    const qsizetype argCount = positional.size() - 1;

    const bool known = (sub == QLatin1String("list") && argCount == 0) ||
                       ((sub == QLatin1String("import") || sub == QLatin1String("export") ||
                         sub == QLatin1String("suggest") || sub == QLatin1String("history")) &&
                        argCount == 1) ||
                       (sub == QLatin1String("status") && argCount == 2);
    if (!known)
        return usage(context, tr("unknown or incomplete answers subcommand \"%1\"; see "
                                 "earshot-cli answers --help")
                                  .arg(sub));
    const bool needsId = sub == QLatin1String("suggest") || sub == QLatin1String("status") ||
                         sub == QLatin1String("history");
    const qint64 id = needsId ? parseId(positional.at(1)).value_or(0) : 0;
    if (needsId && id == 0)
        return usage(context, tr("\"%1\" is not an id").arg(positional.at(1)));
    bool limitOk = false;
    const int maxSuggestions = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxSuggestions <= 0)
        return usage(context, tr("--limit needs a positive number"));

    Database *db = context.database();
    if (!db)
        return Failure;
    AnswerService answers(*db);
    if (sub == QLatin1String("list"))
        return list(answers, parser.isSet(json), context);
    if (sub == QLatin1String("history"))
        return history(answers, id, parser.isSet(json), context);
    if (sub == QLatin1String("suggest"))
        return suggest(answers, id, maxSuggestions, parser.isSet(json), context);
    if (sub == QLatin1String("import"))
        return importCsv(answers, positional.at(1), context);
    if (sub == QLatin1String("export")) {
        const Status written = answers.exportCsvFile(positional.at(1));
        return written ? Success : context.fail(written.error().message);
    }
    const Status changed = answers.setStatus(id, positional.at(2), cliActor());
    if (!changed)
        return context.fail(changed.error().message);
    context.out() << tr("answer %1 is now %2").arg(id).arg(positional.at(2)) << Qt::endl;
    return Success;
}

}  // namespace earshot::cli
