// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CaptureCommand.h"

#include "app/cli/CommandParser.h"
#include "core/services/CaptureService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace earshot::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int usage(Context &context, const QString &message)
{
    context.err() << "earshot-cli: " << message << Qt::endl;
    return UsageError;
}

}  // namespace

QString CaptureCommand::summary() const
{
    return tr("Store a mention copied by hand from a page Earshot does not fetch");
}

int CaptureCommand::run(const QStringList &arguments, Context &context)
{
    CommandParser parser(QStringLiteral("earshot-cli capture --url U --platform P --author A "
                                        "(--text T | --text-file F) [--title T] "
                                        "[--published TIME] [--lang L]"),
                         summary() + QStringLiteral(". ") +
                             tr("Profiles and rules apply to it as to any new item; capturing a "
                                "link that is already stored prints that item's id."));
    const QCommandLineOption url(QStringLiteral("url"), tr("Link to the post."),
                                 QStringLiteral("U"));
    const QCommandLineOption platform(QStringLiteral("platform"), tr("Platform id (vk, forum...)."),
                                      QStringLiteral("P"));
    const QCommandLineOption author(QStringLiteral("author"), tr("Who wrote it."),
                                    QStringLiteral("A"));
    const QCommandLineOption text(QStringLiteral("text"), tr("The post's text."),
                                  QStringLiteral("T"));
    const QCommandLineOption textFile(QStringLiteral("text-file"),
                                      tr("Read the text from a UTF-8 file."), QStringLiteral("F"));
    const QCommandLineOption title(QStringLiteral("title"), tr("The post's title."),
                                   QStringLiteral("T"));
    const QCommandLineOption published(QStringLiteral("published"),
                                       tr("When it was written (RFC 3339; default: now)."),
                                       QStringLiteral("TIME"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language code (ru, en)."),
                                  QStringLiteral("L"));
    for (const QCommandLineOption &o :
         {url, platform, author, text, textFile, title, published, lang})
        parser.addOption(o);
    if (const int code = parser.parse(arguments, context, 0, 0); code >= 0)
        return code;
    if (!parser.isSet(url) || !parser.isSet(platform) || !parser.isSet(author))
        return usage(context, tr("capture needs --url, --platform and --author"));
    if (parser.isSet(text) == parser.isSet(textFile))
        return usage(context, tr("give the text with --text or --text-file (one of them)"));

    CaptureRequest request;
    request.url = parser.value(url);
    request.platform = parser.value(platform);
    request.author = parser.value(author);
    request.title = parser.value(title);
    request.lang = parser.value(lang);
    if (parser.isSet(textFile)) {
        QFile file(parser.value(textFile));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(
                tr("Could not open %1: %2").arg(parser.value(textFile), file.errorString()));
        request.text = QString::fromUtf8(file.readAll());
    } else {
        request.text = parser.value(text);
    }
    if (parser.isSet(published)) {
        const QDateTime at = QDateTime::fromString(parser.value(published), Qt::ISODateWithMs);
        if (!at.isValid())
            return usage(context, tr("\"%1\" is not a time like 2026-11-20T14:03:00+03:00")
                                      .arg(parser.value(published)));
        request.publishedMs = at.toMSecsSinceEpoch();
    }

    Database *db = context.database();
    if (!db)
        return Failure;
    const Result<CaptureResult> captured = CaptureService(*db).capture(request);
    if (!captured)
        return context.fail(captured.error().message);
    context.out() << (captured->created ? tr("captured as item %1")
                                        : tr("already stored as item %1"))
                         .arg(captured->itemId)
                  << Qt::endl;
    return Success;
}

}  // namespace earshot::cli
