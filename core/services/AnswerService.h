// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Answer.h"
#include "core/model/Result.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QIODevice;

namespace earshot {

class Database;

// Problems found while importing answers from CSV, by line of the file.
struct AnswerCsvIssue {
    qint64 line = 0;  // 1-based physical line where the bad row starts
    QString message;
};

struct AnswerImportReport {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    std::vector<AnswerCsvIssue> issues;  // rows skipped
};

// The matrix of official answers: editing with a version history, approval, suggestions
// for an item, rendering for a platform and CSV exchange with a spreadsheet. Synchronous
// on the given (writer) connection; every change is one transaction.
class AnswerService {
public:
    using Clock = std::function<qint64()>;  // ms since the epoch
    explicit AnswerService(Database &db, Clock clock = {});

    Result<std::vector<OfficialAnswer>> list();
    Result<OfficialAnswer> get(qint64 id);
    // Creates (id 0) or updates an answer; bumps its version and records who changed it.
    // InvalidInput for an unknown status or format, an empty text, or an unknown id.
    Result<OfficialAnswer> save(const OfficialAnswer &answer, const QString &who);
    Status setStatus(qint64 id, const QString &status, const QString &who);
    Status remove(qint64 id);
    Result<std::vector<AnswerRevision>> history(qint64 id);

    // Approved, unexpired answers that fit the item, best first: the problem tag matches
    // one of the item's tags (or a parent of it: an answer for `problem` fits an item
    // tagged `problem/billing`, the more specific the better), or its keywords and title
    // words occur in the item's title and text in any word form. Answers in the item's
    // language come before others.
    Result<std::vector<AnswerSuggestion>> suggest(qint64 itemId, int limit = 5);

    // Fills {author}, {platform}, {link}, {title} and the custom variables into the
    // platform's variant (or the default text) and reports the platform's length limit.
    static RenderedAnswer render(const OfficialAnswer &answer, const QString &platform,
                                 const AnswerContext &ctx);

    // Counts a use of the answer on an item (the composer calls it when a reply is sent).
    Status recordUsage(qint64 answerId, qint64 itemId);

    // CSV layout: see README ("Official answers CSV"). One row per answer and platform
    // variant; the first row of an answer carries its fields, later rows with the same id
    // (or, for new answers, the same key) add variants.
    Result<AnswerImportReport> importCsv(QIODevice &input, const QString &who);
    Result<AnswerImportReport> importCsvFile(const QString &path, const QString &who);
    Status exportCsv(QIODevice &output);
    Status exportCsvFile(const QString &path);

    // Why an answer cannot be stored (empty text, unknown status or format, two variants
    // for one platform), or nullopt when it is fine.
    static std::optional<Error> validate(const OfficialAnswer &answer);
    static bool isStatus(const QString &status);
    static bool isFormat(const QString &format);

private:
    qint64 now() const;

    Database &m_db;
    Clock m_clock;
};

}  // namespace earshot
