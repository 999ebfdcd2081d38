// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Answer.h"
#include "core/services/AnswerService.h"

#include <QString>

#include <vector>

namespace earshot {

// The answers spreadsheet, documented in README ("Official answers CSV"). Columns are
// found by their header name, so a spreadsheet may reorder them:
//   id, problem_tag, title, language, status, expires, keywords, variables,
//   platform, format, max_length, text, version, usage_count
// A row with an empty `platform` is the answer itself (its default text); a row with a
// platform is that platform's variant and repeats the answer's id (or, for a new
// answer, its problem_tag, title and language). `keywords` are separated by ';',
// `variables` are `name=value` pairs separated by ';' ('\;' and '\\' escape). `version`
// and `usage_count` are written for reading and ignored on import.

// One answer read from the sheet with the line of its first row.
struct AnswerCsvEntry {
    qint64 line = 0;
    OfficialAnswer answer;
};

struct AnswerCsvParse {
    std::vector<AnswerCsvEntry> entries;
    std::vector<AnswerCsvIssue> issues;  // rows skipped, with their line numbers
    bool fatal = false;                  // no usable header: nothing was read
};

AnswerCsvParse parseAnswerCsv(const QString &text);
QString writeAnswerCsv(const std::vector<OfficialAnswer> &answers);

// Whether two answers say the same (id, version and usage aside): an import that would
// change nothing is not a new version.
bool sameAnswerContent(const OfficialAnswer &a, const OfficialAnswer &b);

}  // namespace earshot
