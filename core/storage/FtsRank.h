// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace earshot {

// Registers the FTS5 auxiliary function earshot_rank(fts, keep, weight...): the score of
// FTS5's built-in bm25() with the same column weights, lower is better, for a query that
// keeps only the best `keep` rows (LIMIT plus OFFSET).
//
// Why not bm25(): a common pair of words matches tens of thousands of items, and bm25()
// reads each match's length from the index's size table, a B-tree lookup per match that
// made a search by relevance take most of its time there. Without that length a match's
// score can only be lower, so this function keeps the `keep` best exact scores seen so
// far and skips the length (and returns a score that sorts after all of them) for a
// match whose score cannot reach them even at the smallest length. Results are those of
// bm25(); only rows that cannot be on the page get the placeholder score.
void registerFtsRank(sqlite3 *db);

// What earshot_rank() gives a row that cannot be among the `keep` best.
inline constexpr double kFtsRankSkipped = 1e300;

}  // namespace earshot
