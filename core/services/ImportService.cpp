// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ImportService.h"

#include "core/model/Logging.h"
#include "core/services/ItemJson.h"
#include "core/services/RuleEngine.h"
#include "core/storage/Database.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace earshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportService", text);
}

void addIssue(ImportReport &report, qint64 line, const QString &message)
{
    ++report.skipped;
    if (report.issues.size() < ImportReport::kMaxIssues)
        report.issues.push_back({line, message});
}

// Skips the rest of an over-long line without holding it in memory.
void discardRestOfLine(QIODevice &input)
{
    char c = 0;
    while (input.getChar(&c) && c != '\n') {
    }
}

// Reads the next line (with its newline) into `line`, reusing its memory. Returns false,
// having skipped the rest of the line, when it is longer than `maxBytes`.
// QIODevice::readLine(maxSize) would allocate maxSize bytes for every line: with an 8 MB
// limit that made each line an mmap/munmap pair and import 30 times slower.
bool readLimitedLine(QIODevice &input, QByteArray &line, qint64 maxBytes)
{
    line.resize(0);
    char chunk[16 * 1024];
    for (;;) {
        const qint64 n = input.readLine(chunk, sizeof chunk);
        if (n <= 0)
            return true;
        line.append(chunk, static_cast<qsizetype>(n));
        const bool complete = chunk[n - 1] == '\n';
        if (line.size() > maxBytes) {
            if (!complete)
                discardRestOfLine(input);
            return false;
        }
        if (complete)
            return true;
    }
}

}  // namespace

Result<ImportReport> ImportService::importFile(const QString &path, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Io, tr("Could not open %1: %2").arg(path, file.errorString())};
    }
    return importJsonLines(file, progress);
}

Result<ImportReport> ImportService::importJsonLines(QIODevice &input, const Progress &progress)
{
    ImportReport report;
    std::vector<qint64> insertedIds;
    try {
        ItemRepository items(m_db);
        const ScopedCacheSize bulkCache(m_db, 256 * 1024);
        Transaction transaction(m_db);
        const qint64 fetchedMs = QDateTime::currentMSecsSinceEpoch();
        qint64 lineNumber = 0;
        QByteArray line;
        while (!input.atEnd()) {
            ++lineNumber;
            if (!readLimitedLine(input, line, kMaxLineBytes)) {
                addIssue(report, lineNumber,
                         tr("line is longer than %1 MB").arg(kMaxLineBytes >> 20));
                continue;
            }
            if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
                line.remove(0, 3);  // a UTF-8 byte order mark some editors add
            if (line.trimmed().isEmpty())
                continue;

            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                addIssue(report, lineNumber,
                         tr("not valid JSON at column %1: %2")
                             .arg(parseError.offset + 1)
                             .arg(parseError.errorString()));
                continue;
            }
            if (!doc.isObject()) {
                addIssue(report, lineNumber, tr("expected a JSON object"));
                continue;
            }
            Result<ImportedItem> parsed = itemFromJson(doc.object());
            if (!parsed) {
                addIssue(report, lineNumber, parsed.error().message);
                continue;
            }
            parsed->item.fetchedMs = fetchedMs;
            const auto stored =
                items.upsert(parsed->item, parsed->hasState ? &parsed->state : nullptr);
            switch (stored.outcome) {
            case ItemRepository::Outcome::Inserted:
                ++report.inserted;
                insertedIds.push_back(stored.id);
                break;
            case ItemRepository::Outcome::Updated: ++report.updated; break;
            case ItemRepository::Outcome::Unchanged: ++report.unchanged; break;
            }
            if (progress && lineNumber % 2000 == 0 && !progress(input.pos(), report.stored())) {
                return Error{ErrorKind::Cancelled, tr("Import cancelled; nothing was stored.")};
            }
        }
        transaction.commit();
        if (report.inserted > 10000)
            m_db.exec("PRAGMA optimize");  // keep the planner's statistics right after bulk loads
        if (progress)
            progress(input.pos(), report.stored());
    } catch (const StorageError &e) {
        qCWarning(lcImport) << "import failed:" << e.error().message;
        return Error{e.error().kind, e.error().message + QLatin1Char(' ') +
                                         tr("Nothing from this file was stored.")};
    }
    if (!insertedIds.empty()) {
        const Result<RuleReport> rules = RuleEngine(m_db).apply(insertedIds);
        if (!rules) {
            qCWarning(lcImport) << "rules after import failed:" << rules.error().message;
        } else {
            for (const RuleOutcome &outcome : rules->rules)
                report.ruleChanges += outcome.changed;
        }
    }
    return report;
}

}  // namespace earshot
