// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PreparedText.h"

#include "core/analysis/WordTokenizer.h"

#include <cstring>

namespace earshot {

PreparedText::PreparedText(const QString &title, const QString &text, WordTokenizer &words)
    : m_prepared(true)
{
    add(m_title, title, words);
    add(m_text, text, words);
}

void PreparedText::add(Column &column, const QString &text, WordTokenizer &words)
{
    column.utf8 = text.toUtf8();
    const std::string_view input(column.utf8.constData(),
                                 static_cast<std::size_t>(column.utf8.size()));
    std::size_t pos = 0;
    WordTokenizer::Word word;
    while (words.next(input, pos, WordTokenizer::Mode::Stem, word)) {
        column.terms.push_back({static_cast<std::uint32_t>(m_termBytes.size()),
                                static_cast<std::uint32_t>(word.term.size()),
                                static_cast<int>(word.start), static_cast<int>(word.end)});
        m_termBytes.append(word.term);
    }
}

const PreparedText::Column *IndexTermSupply::take(std::string_view utf8)
{
    if (!m_prepared)
        return nullptr;
    for (const PreparedText::Column *column : {&m_prepared->title(), &m_prepared->text()}) {
        const auto size = static_cast<std::size_t>(column->utf8.size());
        if (size == utf8.size() &&
            (size == 0 || std::memcmp(column->utf8.constData(), utf8.data(), size) == 0)) {
            ++m_taken;
            return column;
        }
    }
    return nullptr;
}

}  // namespace earshot
