// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

namespace earshot {

class SpellChecker;

// Underlines misspelled Russian and English words with the usual red wave. The checker
// must outlive the highlighter.
class SpellHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    SpellHighlighter(const SpellChecker &checker, QTextDocument *document);

    // Whether the character at `position` of `block` is marked as misspelled.
    static bool isMarked(const QTextBlock &block, int position);

protected:
    void highlightBlock(const QString &text) override;

private:
    const SpellChecker &m_checker;
};

}  // namespace earshot
