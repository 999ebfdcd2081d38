// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace earshot {

class WordTokenizer;

// An item's title and text as the store writes them: UTF-8, with the full-text index's
// terms already worked out. An import prepares them on its parse thread, so the single
// writer neither converts these texts nor tokenizes and stems them (together about a
// fifth of the writer's work); the index tokenizer replays the terms (IndexTermSupply).
class PreparedText {
public:
    // One index term: its bytes in terms() and where it stands in the column's text.
    struct Term {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
        int start = 0;
        int end = 0;
    };
    struct Column {
        QByteArray utf8;
        std::vector<Term> terms;
    };

    PreparedText() = default;
    // Tokenizes as the index tokenizer does for a stored document (WordTokenizer::Mode::Stem).
    PreparedText(const QString &title, const QString &text, WordTokenizer &words);

    bool isPrepared() const { return m_prepared; }
    const Column &title() const { return m_title; }
    const Column &text() const { return m_text; }
    std::string_view term(const Term &t) const
    {
        return std::string_view(m_termBytes).substr(t.offset, t.length);
    }

private:
    void add(Column &column, const QString &text, WordTokenizer &words);

    Column m_title;
    Column m_text;
    std::string m_termBytes;
    bool m_prepared = false;
};

// Hands one item's prepared terms to the index tokenizer of a connection while the item's
// index row is inserted. The tokenizer replays a column's terms only when the text it is
// given is byte for byte the prepared column's text, so terms can never reach a row they
// were not made from; any other text is tokenized as usual.
class IndexTermSupply {
public:
    // Offers `prepared` (may be null) until the Offer is destroyed.
    class Offer {
    public:
        Offer(IndexTermSupply &supply, const PreparedText *prepared)
            : m_supply(supply), m_previous(supply.m_prepared)
        {
            supply.m_prepared = prepared;
        }
        ~Offer() { m_supply.m_prepared = m_previous; }
        Offer(const Offer &) = delete;
        Offer &operator=(const Offer &) = delete;

    private:
        IndexTermSupply &m_supply;
        const PreparedText *m_previous;
    };

    const PreparedText *prepared() const { return m_prepared; }
    // The offered column whose text is exactly `utf8`, or null. Counts the columns found.
    const PreparedText::Column *take(std::string_view utf8);
    // How many columns were taken prepared on this connection (for tests and benchmarks).
    std::uint64_t taken() const { return m_taken; }

private:
    const PreparedText *m_prepared = nullptr;
    std::uint64_t m_taken = 0;
};

}  // namespace earshot
