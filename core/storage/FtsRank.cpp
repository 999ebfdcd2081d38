// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FtsRank.h"

#include "core/storage/StorageError.h"

#include <QCoreApplication>

#include "core/storage/Fts5Api.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <new>
#include <queue>
#include <vector>

namespace earshot {

namespace {

// FTS5's bm25() constants (fts5_aux.c).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// Per-query state, kept by FTS5 for the duration of one MATCH (xSetAuxdata).
struct RankState {
    std::vector<double> idf;     // per phrase
    std::vector<double> freq;    // per phrase, for the current row (scratch)
    std::vector<int> columnEnd;  // per column, the token after the row's last match there
    double averageLength = 0;
    // The best `keep` exact scores so far (higher is better), smallest on top.
    std::priority_queue<double, std::vector<double>, std::greater<>> best;
    sqlite3_int64 lastRowid = 0;
    double lastResult = 0;
    bool hasLast = false;
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

// The same figures bm25() computes once per query: average row length and each phrase's
// inverse document frequency.
int prepare(const Fts5ExtensionApi *api, Fts5Context *fts, RankState &state)
{
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    state.averageLength = rows > 0 ? static_cast<double>(tokens) / static_cast<double>(rows) : 1;
    const int phrases = api->xPhraseCount(fts);
    state.idf.assign(static_cast<std::size_t>(phrases), 0);
    state.freq.assign(static_cast<std::size_t>(phrases), 0);
    state.columnEnd.assign(static_cast<std::size_t>(api->xColumnCount(fts)), 0);
    for (int i = 0; i < phrases && rc == SQLITE_OK; ++i) {
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(fts, i, &hits, countRow);
        double idf =
            std::log((static_cast<double>(rows - hits) + 0.5) / (static_cast<double>(hits) + 0.5));
        if (idf <= 0.0)
            idf = 1e-6;
        state.idf[static_cast<std::size_t>(i)] = idf;
    }
    return rc;
}

// bm25's sum over phrases for a row of `length` tokens (bm25() negates it).
double score(const RankState &state, double length)
{
    double sum = 0;
    for (std::size_t i = 0; i < state.idf.size(); ++i) {
        sum +=
            state.idf[i] * ((state.freq[i] * (kK1 + 1.0)) /
                            (state.freq[i] + kK1 * (1 - kB + kB * length / state.averageLength)));
    }
    return sum;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
          sqlite3_value **argv)
{
    auto *state = static_cast<RankState *>(api->xGetAuxdata(fts, 0));
    if (!state) {
        state = new (std::nothrow) RankState;
        if (!state) {
            sqlite3_result_error_nomem(context);
            return;
        }
        int rc = prepare(api, fts, *state);
        if (rc == SQLITE_OK)
            rc = api->xSetAuxdata(fts, state, [](void *p) { delete static_cast<RankState *>(p); });
        else
            delete state;
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
    }
    // A row asked twice (an ORDER BY may evaluate the column again) must not enter the
    // best scores twice.
    const sqlite3_int64 rowid = api->xRowid(fts);
    if (state->hasLast && rowid == state->lastRowid) {
        sqlite3_result_double(context, state->lastResult);
        return;
    }
    const sqlite3_int64 keep = argc > 0 ? sqlite3_value_int64(argv[0]) : 0;

    std::fill(state->freq.begin(), state->freq.end(), 0.0);
    std::fill(state->columnEnd.begin(), state->columnEnd.end(), 0);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; i < instances && rc == SQLITE_OK; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK) {
            const double weight = argc - 1 > column ? sqlite3_value_double(argv[column + 1]) : 1.0;
            state->freq[static_cast<std::size_t>(phrase)] += weight;
            int &end = state->columnEnd[static_cast<std::size_t>(column)];
            end = std::max(end, offset + api->xPhraseSize(fts, phrase));
        }
    }
    double result = 0;
    const bool full = keep > 0 && static_cast<sqlite3_int64>(state->best.size()) >= keep;
    // The row is at least as long as its columns up to their last match, and a longer row
    // only scores lower: this bound decides whether the exact length is worth reading.
    int shortest = 0;
    for (const int end : state->columnEnd)
        shortest += end;
    if (rc == SQLITE_OK && full && score(*state, shortest) < state->best.top()) {
        result = kFtsRankSkipped;  // even at no length it would not be among the best
    } else if (rc == SQLITE_OK) {
        int length = 0;
        rc = api->xColumnSize(fts, -1, &length);
        const double exact = score(*state, static_cast<double>(length));
        if (keep > 0) {
            state->best.push(exact);
            if (static_cast<sqlite3_int64>(state->best.size()) > keep)
                state->best.pop();
        }
        result = -exact;
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    state->lastRowid = rowid;
    state->lastResult = result;
    state->hasLast = true;
    sqlite3_result_double(context, result);
}

}  // namespace

void registerFtsRank(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api || api->xCreateFunction(api, "earshot_rank", nullptr, rank, nullptr) != SQLITE_OK) {
        throw StorageError(
            {ErrorKind::Storage,
             QCoreApplication::translate("Database",
                                         "This SQLite library has no full-text search (FTS5).")});
    }
}

}  // namespace earshot
