// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>

class QIODevice;

namespace earshot::bench {

// Deterministic mentions for benchmarks, spread over platforms, sources and authors, one
// year of timestamps at one-second resolution (so many items share a time, as real imports
// do). The same seed always gives the same items.
//
// Texts are spliced from real posts when the shared corpora are present (Russian tweets
// about telecom operators and banks, English tweets to airlines): the vocabulary then has
// the long-tailed word frequencies of real mentions, which decide how many items a search
// matches. Without the corpora, texts come from small word pools (with inflected forms, so
// stemming matters), where almost every word is common: a pessimistic case.
class DataGenerator {
public:
    explicit DataGenerator(std::uint64_t seed = 20261120);

    // One item as a JSON Lines record (with the trailing newline), in the import format.
    QByteArray nextJsonLine();

    // Writes `count` records to `out`; returns false when writing fails.
    bool writeJsonLines(QIODevice &out, qint64 count);

    // `count` varied two-word queries of the kind people type, from their own seeded
    // sequence: two words that occur together in one real post (as typed: any word form,
    // sometimes upper case), or pool words when the corpora are missing.
    static QStringList twoWordQueries(int count, std::uint64_t seed = 7);

    // The worst case for a search: two of the most frequent longer words of the texts, so
    // each query matches a large share of all items.
    static QStringList commonWordQueries(int count, std::uint64_t seed = 11);

    // Whether texts come from real posts (the corpora were found).
    static bool usesRealText();

    static constexpr qint64 kStartMs = 1'732'000'000'000;  // late 2024
    static constexpr qint64 kSpanMs = 365LL * 24 * 3600 * 1000;

private:
    int pick(int size);
    QString sentence(bool russian);
    QString realFragment(bool russian, int minWords, int maxWords);
    QString text(bool russian);

    std::mt19937_64 m_random;
    qint64 m_index = 0;
};

}  // namespace earshot::bench
