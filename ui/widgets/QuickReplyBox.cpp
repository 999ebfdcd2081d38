// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/QuickReplyBox.h"

#include "core/services/AsyncWorkspace.h"
#include "ui/composer/LengthCounter.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace earshot {

QuickReplyBox::QuickReplyBox(AsyncWorkspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("quickReplyText"));
    m_editor->setPlaceholderText(tr("Write a reply\u2026"));
    m_editor->setTabChangesFocus(true);
    // A few lines: the box sits under the content and must not take the pane over.
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);
    m_counter = new LengthCounter(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("quickReplyNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("quickReplySend"));
    m_send->setToolTip(tr("Queue the reply in the outbox; it is sent at once when online"));
    m_compose = new QPushButton(tr("Composer\u2026"), this);
    m_compose->setToolTip(tr("Open the full composer with official answers and spell-check"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_counter);
    buttons->addStretch();
    buttons->addWidget(m_compose);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &QuickReplyBox::updateState);
    connect(m_send, &QPushButton::clicked, this, &QuickReplyBox::send);
    connect(m_compose, &QPushButton::clicked, this,
            [this] { Q_EMIT composeRequested(m_itemId, m_editor->toPlainText()); });
    updateState();
}

void QuickReplyBox::setItem(qint64 itemId)
{
    if (itemId == m_itemId)
        return;
    m_itemId = itemId;
    m_shownMs = QDateTime::currentMSecsSinceEpoch();
    m_target = ReplyTarget{};
    m_targetLoaded = false;
    m_sending = false;
    m_editor->clear();
    m_note->clear();
    updateState();
    if (itemId == 0)
        return;
    m_workspace.replyTarget(itemId, this, [this, itemId](Result<ReplyTarget> target) {
        if (itemId != m_itemId)
            return;  // the user moved on
        if (target) {
            m_target = *target;
            m_targetLoaded = true;
            m_note->setText(m_target.canSend ? tr("Replying as %1").arg(m_target.accountTitle)
                                             : m_target.whyNotSendable);
        } else {
            m_note->setText(target.error().message);
        }
        updateState();
    });
}

QString QuickReplyBox::counterText() const
{
    return m_counter->text();
}

QString QuickReplyBox::noteText() const
{
    return m_note->text();
}

void QuickReplyBox::send()
{
    if (!m_send->isEnabled())
        return;
    ReplyDraft draft;
    draft.itemId = m_itemId;
    draft.text = m_editor->toPlainText().trimmed();
    draft.draftMs = m_shownMs;
    m_sending = true;
    updateState();
    const qint64 itemId = m_itemId;
    m_workspace.queueReply(draft, this, [this, itemId](Result<OutboxEntry> entry) {
        if (itemId != m_itemId)
            return;
        m_sending = false;
        if (entry) {
            m_editor->clear();
            m_note->setText(tr("Reply queued in the outbox."));
            Q_EMIT replyQueued(entry->id);
        } else {
            // The text stays, so nothing typed is lost.
            m_note->setText(tr("The reply was not queued: %1").arg(entry.error().message));
        }
        updateState();
    });
}

void QuickReplyBox::updateState()
{
    m_counter->count(m_editor->toPlainText(), m_target.maxLength);
    const bool hasText = !m_editor->toPlainText().trimmed().isEmpty();
    m_editor->setEnabled(m_itemId != 0 && !m_sending);
    m_compose->setEnabled(m_itemId != 0);
    m_send->setEnabled(m_targetLoaded && m_target.canSend && hasText && !m_sending &&
                       !m_counter->overLimit());
}

}  // namespace earshot
