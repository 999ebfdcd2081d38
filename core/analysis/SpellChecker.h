// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class Hunspell;

namespace earshot {

// Spelling of Russian and English text through Hunspell. Each word is checked against
// the dictionary of its script (Cyrillic: ru_RU, Latin: en_US), so a reply mixing both
// languages is checked as a whole. Words the checker cannot judge are left alone:
// mixed scripts, digits, all-capital abbreviations, links, @handles, #hashtags and
// {{template variables}}.
//
// Not thread-safe (Hunspell keeps state per call): use one instance per thread. Loading
// the Russian dictionary takes a moment, so callers keep an instance around.
class SpellChecker {
public:
    struct Range {
        qsizetype start = 0;  // UTF-16 offset in the checked text
        qsizetype length = 0;
        bool operator==(const Range &other) const = default;
    };

    // Loads the dictionaries from `directory` (the system's hunspell folder by default);
    // a missing dictionary only disables its language.
    explicit SpellChecker(const QString &directory = defaultDirectory());
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    static QString defaultDirectory();

    bool hasRussian() const;
    bool hasEnglish() const;

    // True when the word is known, or when no dictionary can judge it.
    bool isCorrect(const QString &word) const;
    // Misspelled words of `text`, in order.
    std::vector<Range> misspelled(const QString &text) const;
    // Replacements for a misspelled word, best first (empty when none or not judged).
    QStringList suggestions(const QString &word) const;

private:
    struct Dictionary;
    const Dictionary *dictionaryFor(const QString &word) const;

    std::unique_ptr<Dictionary> m_russian;
    std::unique_ptr<Dictionary> m_english;
};

}  // namespace earshot
