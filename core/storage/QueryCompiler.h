// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Query.h"

#include <QString>

#include <string>
#include <variant>
#include <vector>

namespace earshot {

// A value bound to one `?` of compiled SQL, in order.
using SqlParam = std::variant<qint64, QString>;

// A query tree as a SQL condition over `items i`. Every value the user typed is a bound
// parameter; the SQL text only ever contains fixed fragments, so no query can produce an
// SQL error or change the statement.
struct CompiledQuery {
    std::string where;  // a parenthesised boolean expression; "1" for an empty query
    std::vector<SqlParam> params;
    // An FTS5 expression every result also matches, built from the query's words (for
    // relevance ordering); empty when results need not contain any word.
    QString rankMatch;
    // With CompileOptions::separateWords: the words the whole query requires (those of its
    // top-level conjunction) as one FTS5 expression, left out of `where`; the caller must
    // match them itself. Empty when the query has no such words.
    QString driveMatch;
};

struct CompileOptions {
    // Return the top-level words as `driveMatch` instead of a subquery in `where`, for a
    // caller that reads the full-text index first and looks up only the items it finds.
    bool separateWords = false;
    // When maxRowid > 0, every full-text subquery in `where` only returns rowids in
    // [minRowid, maxRowid]. The caller must restrict the items to that range as well: the
    // result is then unchanged (NOT included), and each subquery reads only the part of
    // the index for those items instead of every match in the cache.
    qint64 minRowid = 0;
    qint64 maxRowid = 0;
};

CompiledQuery compileQuery(const ParsedQuery &query, const CompileOptions &options = {});

// FTS5 text for one word or phrase: quoted, so the index tokenizer stems it and no input
// is FTS syntax.
QString ftsQuoted(const QString &text);

}  // namespace earshot
