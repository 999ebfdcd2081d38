// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace earshot {

// The inbox query language, parsed into a tree. Pure: no I/O, no SQL (the storage layer
// compiles a tree into parameterised SQL, see core/storage/QueryCompiler.h).
//
//   word  "a phrase"      full-text terms, reduced to their stems like the index
//   -term                 must not match (any term, field or group)
//   a OR b, (a b) OR c    alternatives and grouping; juxtaposition is AND
//   platform:vk  source:S  author:A  lang:ru  profile:NAME  assignee:NAME
//   tag:problem           the tag and every tag below it (problem/billing)
//   status:new|in-progress|waiting|answered|closed
//   is:unread|read|saved|answered|spam
//   after:2026-11-20  before:7d  after:24h   (UTC days; relative to an injected "now")
//   has:link
// A field value may be quoted: author:"Anna K".
struct QueryNode {
    enum class Kind { And, Or, Not, Text, Field };

    Kind kind = Kind::Text;
    std::vector<QueryNode> children;  // And, Or: two or more; Not: exactly one
    QString field;                    // Field: lower-case field name
    QString value;                    // Text: the word or phrase; Field: the value as typed
    qint64 number = 0;                // Field: resolved value (status, time in ms)
    bool phrase = false;              // Text: was quoted
    qsizetype position = 0;           // 0-based character offset in the query text
};

struct QueryError {
    qsizetype position = 0;  // 0-based character offset where the problem was found
    QString message;

    // "position N: message", N 1-based as people count characters.
    QString toString() const;
};

// The result of parsing: an empty query (`isEmpty()`) matches everything.
struct ParsedQuery {
    bool ok = true;
    QueryError error;
    std::vector<QueryNode> root;  // empty or exactly one node

    bool isEmpty() const { return ok && root.empty(); }
};

// Parses `text`; relative dates (7d, 24h) count back from `nowMs` (ms since the epoch).
// Never throws; a bad query gives ok == false with the position and a message.
ParsedQuery parseQuery(const QString &text, qint64 nowMs);

// The field names the language knows, for help texts and completion.
const std::vector<QString> &queryFields();

}  // namespace earshot
