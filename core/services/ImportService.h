// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

class QIODevice;

namespace earshot {

class Database;

struct ImportIssue {
    qint64 line = 0;  // 1-based line number in the file
    QString message;
};

struct ImportReport {
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    std::vector<ImportIssue> issues;  // malformed lines, skipped (at most kMaxIssues kept)
    qint64 skipped = 0;               // all skipped lines, even beyond kMaxIssues
    qint64 ruleChanges = 0;           // item changes made by rules on the new items

    qint64 stored() const { return inserted + updated + unchanged; }
    static constexpr std::size_t kMaxIssues = 1000;
};

// Imports JSON Lines mentions (see ItemJson.h). Every good line is stored in one
// transaction: either the whole import lands or, on a storage failure, nothing does.
// A malformed line is reported with its number and skipped. After the commit, monitoring
// profiles and rules are applied to the new items (RuleEngine::apply) in their own
// transaction: a rule failure is logged and never undoes the import. Runs on the
// caller's thread against the given (writer) connection.
class ImportService {
public:
    // Called every few thousand lines with the bytes read so far; return false to cancel
    // (the transaction is then rolled back).
    using Progress = std::function<bool(qint64 bytesRead, qint64 itemsStored)>;

    explicit ImportService(Database &db) : m_db(db) {}

    Result<ImportReport> importJsonLines(QIODevice &input, const Progress &progress = {});
    Result<ImportReport> importFile(const QString &path, const Progress &progress = {});

    // Longest line accepted; longer ones are reported and skipped unread.
    static constexpr qint64 kMaxLineBytes = 8 * 1024 * 1024;

private:
    Database &m_db;
};

}  // namespace earshot
