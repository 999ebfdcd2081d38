// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ImportService.h"

#include "core/model/Logging.h"
#include "core/services/JsonLinesParser.h"
#include "core/services/RuleEngine.h"
#include "core/storage/Database.h"
#include "core/storage/DeferredIndexes.h"
#include "core/storage/ItemRepository.h"
#include "core/storage/SearchIndexBulkLoad.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

namespace earshot {

namespace {

constexpr qint64 kProgressEvery = 2000;  // lines between two progress reports

// When an import adds this many items, and at least half as many as the store held
// before, it is a bulk load: the items' secondary indexes are built once at the end
// instead of item by item (see DeferredIndexes), and the full-text index is written in
// large segments and merged into one at the end (see SearchIndexBulkLoad).
constexpr qint64 kBulkLoadItems = 20000;

qint64 bulkLoadAfter(ItemRepository &items)
{
    return std::max(kBulkLoadItems, items.approximateCount() / 2);
}

// The new items a file will bring, judged from the lines read so far and the share of
// them that were new; 0 when unknown (a stream). A file that is clearly a bulk load
// defers the indexes from its first batch instead of indexing its first items one by one
// and then dropping those indexes; a file imported again (nothing new) never does.
qint64 expectedInserts(const QIODevice &input, qint64 bytesRead, qint64 linesRead, qint64 inserted)
{
    if (input.isSequential() || bytesRead <= 0 || linesRead <= 0)
        return 0;
    const double lines = static_cast<double>(input.size()) * static_cast<double>(linesRead) /
                         static_cast<double>(bytesRead);
    return static_cast<qint64>(lines * static_cast<double>(inserted) /
                               static_cast<double>(linesRead));
}

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
        // Every id an imported row refers to (source, author, tag, item) comes from a row
        // this transaction has just found or stored, so checking each again against its
        // table is work without a purpose (7% of the writer's instructions). Set before the
        // transaction: inside one, SQLite ignores the setting.
        const ScopedPragma keysKnownGood(m_db, "foreign_keys", 0);
        Transaction transaction(m_db);
        DeferredIndexes indexes(m_db, "items", ItemRepository::sparseIndexes());
        SearchIndexBulkLoad searchIndex(m_db);
        const qint64 bulkAfter = bulkLoadAfter(items);
        const qint64 fetchedMs = QDateTime::currentMSecsSinceEpoch();
        // Where a large import's time goes, for earshot.import.info logging.
        QElapsedTimer phase;
        phase.start();
        const auto took = [&phase](const char *what) {
            qCInfo(lcImport).nospace() << what << " took " << phase.restart() << " ms";
        };
        JsonLinesParser parser(input, kMaxLineBytes);
        qint64 bytesRead = 0;
        qint64 reportedAt = 0;
        // Time the writer spent waiting for parsed lines: when it is most of the storing
        // phase, parsing and not the database limits the import.
        qint64 waitedNs = 0;
        const auto nextBatch = [&parser, &waitedNs] {
            QElapsedTimer wait;
            wait.start();
            std::optional<JsonLinesParser::Batch> batch = parser.next();
            waitedNs += wait.nsecsElapsed();
            return batch;
        };
        while (std::optional<JsonLinesParser::Batch> batch = nextBatch()) {
            for (JsonLinesParser::Line &line : batch->lines) {
                if (const QString *issue = std::get_if<QString>(&line.content)) {
                    addIssue(report, line.number, *issue);
                    continue;
                }
                ImportedItem &parsed = std::get<ImportedItem>(line.content);
                parsed.item.fetchedMs = fetchedMs;
                const auto stored = items.upsert(
                    parsed.item, parsed.hasState ? &parsed.state : nullptr, &parsed.prepared);
                switch (stored.outcome) {
                case ItemRepository::Outcome::Inserted:
                    ++report.inserted;
                    insertedIds.push_back(stored.id);
                    break;
                case ItemRepository::Outcome::Updated: ++report.updated; break;
                case ItemRepository::Outcome::Unchanged: ++report.unchanged; break;
                }
            }
            bytesRead = batch->bytesRead;
            const qint64 linesRead = batch->lines.empty() ? 0 : batch->lines.back().number;
            if (report.inserted >= bulkAfter ||
                expectedInserts(input, bytesRead, linesRead, report.inserted) >= 2 * bulkAfter) {
                indexes.defer();
                searchIndex.begin();
            }
            const qint64 handled = report.stored() + report.skipped;
            if (progress && handled - reportedAt >= kProgressEvery) {
                reportedAt = handled;
                if (!progress(bytesRead, report.stored()))
                    return Error{ErrorKind::Cancelled, tr("Import cancelled; nothing was stored.")};
            }
        }
        qCInfo(lcImport) << "waiting for parsed lines took" << waitedNs / 1000000 << "ms";
        took("storing the items");
        if (indexes.deferred()) {
            indexes.rebuild();
            took("building the deferred indexes");
        }
        if (searchIndex.begun()) {
            searchIndex.finish();
            took("merging the search index");
        }
        transaction.commit();
        took("committing");
        if (report.inserted > 10000) {
            m_db.exec("PRAGMA optimize");  // keep the planner's statistics right after bulk loads
            took("updating the planner's statistics");
        }
        if (progress)
            progress(bytesRead, report.stored());
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
