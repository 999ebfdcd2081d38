// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/SpellHighlighter.h"

#include "core/analysis/SpellChecker.h"

#include <QTextLayout>

namespace earshot {

SpellHighlighter::SpellHighlighter(const SpellChecker &checker, QTextDocument *document)
    : QSyntaxHighlighter(document), m_checker(checker)
{
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat marked;
    marked.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    marked.setUnderlineColor(QColor(0xd0, 0x30, 0x30));
    for (const SpellChecker::Range &range : m_checker.misspelled(text))
        setFormat(int(range.start), int(range.length), marked);
}

bool SpellHighlighter::isMarked(const QTextBlock &block, int position)
{
    if (!block.layout())
        return false;
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (position >= range.start && position < range.start + range.length &&
            range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            return true;
    }
    return false;
}

}  // namespace earshot
