// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ExportService.h"

#include "core/services/ItemJson.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

namespace earshot {

QString ExportService::csvField(const QString &value)
{
    QString field = value;
    // Spreadsheets start a formula on = + - @, and some on a leading tab or carriage return
    // (the OWASP list for CSV injection).
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && kFormulaStarts.contains(field.front()))
        field.prepend(QLatin1Char('\''));
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

Result<qint64> ExportService::exportItems(const InboxFilter &filter, Format format,
                                          QIODevice &output)
{
    qint64 written = 0;
    bool writeFailed = false;
    const auto write = [&](const QByteArray &bytes) {
        if (!writeFailed && output.write(bytes) != bytes.size())
            writeFailed = true;
    };
    try {
        ItemRepository items(m_db);
        if (format == Format::Csv) {
            write(
                "platform,source,id,url,author,title,text,published,lang,thread,parent,tags,"
                "status,read,saved,note\r\n");
        }
        items.forEach(filter, [&](const StoredItem &stored) {
            if (writeFailed)
                return;
            if (format == Format::JsonLines) {
                write(QJsonDocument(itemToJson(stored)).toJson(QJsonDocument::Compact) + '\n');
            } else {
                const Item &i = stored.item;
                const QStringList fields = {
                    i.platform,
                    i.source,
                    i.externalId,
                    i.url,
                    i.author.displayName(),
                    i.title,
                    i.text,
                    toRfc3339(i.publishedMs),
                    i.lang,
                    i.threadId,
                    i.parentId,
                    stored.state.tags.join(QLatin1Char(';')),
                    statusId(stored.state.status),
                    stored.state.read ? QStringLiteral("1") : QStringLiteral("0"),
                    stored.state.saved ? QStringLiteral("1") : QStringLiteral("0"),
                    stored.state.note,
                };
                QStringList quoted;
                quoted.reserve(fields.size());
                for (const QString &field : fields)
                    quoted.append(csvField(field));
                write(quoted.join(QLatin1Char(',')).toUtf8() + "\r\n");
            }
            ++written;
        });
    } catch (const StorageError &e) {
        return e.error();
    }
    if (writeFailed) {
        return Error{ErrorKind::Io,
                     QCoreApplication::translate("ExportService", "Could not write the export: %1")
                         .arg(output.errorString())};
    }
    return written;
}

}  // namespace earshot
