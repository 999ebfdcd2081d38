// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>

class QIODevice;

namespace earshot::bench {

// Deterministic synthetic mentions for benchmarks: mixed Russian and English texts built
// from word pools (with inflected forms, so stemming matters), spread over platforms,
// sources and authors, one year of timestamps at one-second resolution (so many items
// share a time, as real imports do). The same seed always gives the same items.
class DataGenerator {
public:
    explicit DataGenerator(std::uint64_t seed = 20261120);

    // One item as a JSON Lines record (with the trailing newline), in the import format.
    QByteArray nextJsonLine();

    // Writes `count` records to `out`; returns false when writing fails.
    bool writeJsonLines(QIODevice &out, qint64 count);

    // `count` varied two-word queries of the kind people type (different word forms
    // than the texts use, both languages), from their own seeded sequence.
    static QStringList twoWordQueries(int count, std::uint64_t seed = 7);

    static constexpr qint64 kStartMs = 1'732'000'000'000;  // late 2024
    static constexpr qint64 kSpanMs = 365LL * 24 * 3600 * 1000;

private:
    int pick(int size);
    QString sentence(bool russian);

    std::mt19937_64 m_random;
    qint64 m_index = 0;
};

}  // namespace earshot::bench
