// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FtsTokenizer.h"

#include "core/analysis/WordTokenizer.h"
#include "core/storage/PreparedText.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>

#include "core/storage/Fts5Api.h"

#include <sqlite3.h>

#include <new>

namespace earshot {

namespace {

// SQLite creates one tokenizer instance per FTS table per connection and only uses it
// from that connection's thread, which matches WordTokenizer's one-per-thread rule.
struct IndexTokenizer {
    WordTokenizer words;
    IndexTermSupply *supply = nullptr;
};

using Emit = int (*)(void *, int, const char *, int, int, int);

int createTokenizer(void *supply, const char **, int, Fts5Tokenizer **out)
{
    auto *tokenizer = new (std::nothrow) IndexTokenizer();
    if (!tokenizer)
        return SQLITE_NOMEM;
    tokenizer->supply = static_cast<IndexTermSupply *>(supply);
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *instance)
{
    delete reinterpret_cast<IndexTokenizer *>(instance);
}

int replay(const PreparedText &prepared, const PreparedText::Column &column, void *context,
           Emit emit)
{
    for (const PreparedText::Term &term : column.terms) {
        const std::string_view bytes = prepared.term(term);
        const int rc =
            emit(context, 0, bytes.data(), static_cast<int>(bytes.size()), term.start, term.end);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int tokenize(Fts5Tokenizer *instance, void *context, int flags, const char *text, int length,
             Emit emit)
{
    auto *tokenizer = reinterpret_cast<IndexTokenizer *>(instance);
    const std::string_view input(text, length > 0 ? static_cast<std::size_t>(length) : 0);
    // Only a stored document's text can have been prepared; queries are always tokenized.
    if ((flags & FTS5_TOKENIZE_DOCUMENT) && tokenizer->supply) {
        if (const PreparedText::Column *column = tokenizer->supply->take(input))
            return replay(*tokenizer->supply->prepared(), *column, context, emit);
    }
    const auto mode =
        (flags & FTS5_TOKENIZE_PREFIX) ? WordTokenizer::Mode::FoldOnly : WordTokenizer::Mode::Stem;
    std::size_t pos = 0;
    WordTokenizer::Word word;
    while (tokenizer->words.next(input, pos, mode, word)) {
        const int rc = emit(context, 0, word.term.data(), static_cast<int>(word.term.size()),
                            static_cast<int>(word.start), static_cast<int>(word.end));
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}
}  // namespace

void registerFtsTokenizer(sqlite3 *db, IndexTermSupply *supply)
{
    fts5_api *api = fts5Api(db);
    if (!api) {
        throw StorageError(
            {ErrorKind::Storage,
             QCoreApplication::translate("Database",
                                         "This SQLite library has no full-text search (FTS5).")});
    }
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    api->xCreateTokenizer(api, "earshot", supply, &tokenizer, nullptr);
}

}  // namespace earshot
