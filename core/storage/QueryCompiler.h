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
};

CompiledQuery compileQuery(const ParsedQuery &query);

// FTS5 text for one word or phrase: quoted, so the index tokenizer stems it and no input
// is FTS syntax.
QString ftsQuoted(const QString &text);

}  // namespace earshot
