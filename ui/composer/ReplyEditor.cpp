// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/ReplyEditor.h"

#include "core/analysis/SpellChecker.h"
#include "ui/composer/SpellHighlighter.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBlock>

namespace earshot {

namespace {

constexpr int kMaxSuggestions = 6;

// The misspelled word under `cursor` as a selection, or a null cursor.
QTextCursor misspelledWordAt(const SpellChecker &checker, const QTextCursor &cursor)
{
    const QTextBlock block = cursor.block();
    const int offset = cursor.position() - block.position();
    for (const SpellChecker::Range &range : checker.misspelled(block.text())) {
        if (offset >= range.start && offset <= range.start + range.length) {
            QTextCursor word(cursor);
            word.setPosition(block.position() + int(range.start));
            word.setPosition(block.position() + int(range.start + range.length),
                             QTextCursor::KeepAnchor);
            return word;
        }
    }
    return {};
}

}  // namespace

ReplyEditor::ReplyEditor(const SpellChecker &checker, QWidget *parent)
    : QPlainTextEdit(parent), m_checker(checker)
{
    setObjectName(QStringLiteral("replyEditor"));
    m_highlighter = new SpellHighlighter(m_checker, document());
}

QMenu *ReplyEditor::createSpellingMenu(const QTextCursor &cursor)
{
    QMenu *menu = createStandardContextMenu();
    const QTextCursor word = misspelledWordAt(m_checker, cursor);
    if (word.isNull())
        return menu;
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_checker.suggestions(word.selectedText());
    if (suggestions.isEmpty()) {
        QAction *none = new QAction(tr("No spelling suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    for (const QString &suggestion : suggestions.mid(0, kMaxSuggestions)) {
        QAction *replace = new QAction(suggestion, menu);
        replace->setObjectName(QStringLiteral("spellSuggestion"));
        connect(replace, &QAction::triggered, this, [this, word, suggestion] {
            QTextCursor edit(word);
            edit.insertText(suggestion);
            setTextCursor(edit);
        });
        menu->insertAction(first, replace);
    }
    menu->insertSeparator(first);
    return menu;
}

void ReplyEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createSpellingMenu(cursorForPosition(event->pos()));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

}  // namespace earshot
