// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

struct sb_stemmer;

namespace earshot {

// Splits UTF-8 text into words and reduces each to the form the search index stores:
// lower case, `ё` folded to `е`, combining accents dropped, and stemmed with Snowball
// (Russian for Cyrillic words, English for Latin ones), so `Тарифом` and `тарифы` both
// become `тариф`. The same code serves the FTS5 tokenizer, query parsing and profile
// matching, which is what keeps them consistent.
//
// Not thread-safe: Snowball stemmers keep state, so use one instance per thread.
class WordTokenizer {
public:
    enum class Mode {
        Stem,      // index and ordinary queries
        FoldOnly,  // prefix queries: a partial word must not be stemmed
    };

    // A word found in the input: byte offsets into the original text and its index form.
    struct Word {
        std::size_t start = 0;
        std::size_t end = 0;
        std::string_view term;  // valid until the next call on this tokenizer
    };

    WordTokenizer();
    ~WordTokenizer();
    WordTokenizer(const WordTokenizer &) = delete;
    WordTokenizer &operator=(const WordTokenizer &) = delete;

    // Finds the next word at or after `pos`; returns false at the end of the text.
    bool next(std::string_view utf8, std::size_t &pos, Mode mode, Word &word);

    // Convenience for tests and small inputs: all index forms of `text`.
    QStringList terms(const QString &text, Mode mode = Mode::Stem);

private:
    enum class Script { Other, Latin, Cyrillic };
    std::string_view stem(Script script);

    // Stems of recent words by their folded form. Word frequencies are long-tailed, so
    // most words of a text were stemmed before; Snowball took a sixth of a bulk import's
    // instructions before this cache, a lookup is a small fraction of that. Bounded: it
    // starts over when full.
    struct ViewHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    static constexpr std::size_t kMaxCachedStems = 1 << 15;
    std::unordered_map<std::string, std::string, ViewHash, std::equal_to<>> m_stems;

    sb_stemmer *m_russian = nullptr;
    sb_stemmer *m_english = nullptr;
    std::string m_folded;
};

}  // namespace earshot
