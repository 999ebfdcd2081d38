// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace earshot {

class SpellChecker;
class SpellHighlighter;

// The reply text with spelling marks; right-clicking a marked word offers the
// dictionary's suggestions at the top of the usual edit menu.
class ReplyEditor : public QPlainTextEdit {
    Q_OBJECT
public:
    ReplyEditor(const SpellChecker &checker, QWidget *parent = nullptr);

    // Builds the context menu for the word at `cursor` (exposed for tests).
    QMenu *createSpellingMenu(const QTextCursor &cursor);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    const SpellChecker &m_checker;
    SpellHighlighter *m_highlighter = nullptr;
};

}  // namespace earshot
