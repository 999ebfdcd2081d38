// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/ReplyService.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace earshot {

class AsyncWorkspace;
class LengthCounter;

// A short answer typed under the item being read: plain text, a live counter against the
// platform's limit, and Send, which queues the reply in the outbox (sent at once when
// online, kept and retried when not). Templates, spell-check and preview stay in the full
// composer, which "Composer..." opens with the text typed so far. Where the platform has
// no reply API or no account, the box says why and Send stays off.
class QuickReplyBox : public QWidget {
    Q_OBJECT
public:
    explicit QuickReplyBox(AsyncWorkspace &workspace, QWidget *parent = nullptr);

    // Switches to another item: its reply target is loaded, text typed for the previous
    // item is dropped (it was never queued).
    void setItem(qint64 itemId);
    qint64 itemId() const { return m_itemId; }
    const ReplyTarget &target() const { return m_target; }

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *composeButton() const { return m_compose; }
    QString counterText() const;
    QString noteText() const;

    void send();

Q_SIGNALS:
    // The user wants the full composer for this item, starting from `text`.
    void composeRequested(qint64 itemId, const QString &text);
    void replyQueued(qint64 outboxId);

private:
    void updateState();

    AsyncWorkspace &m_workspace;
    QPlainTextEdit *m_editor = nullptr;
    LengthCounter *m_counter = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_compose = nullptr;
    qint64 m_itemId = 0;
    qint64 m_shownMs = 0;  // when the item was shown: the reply's collision check starts here
    ReplyTarget m_target;
    bool m_targetLoaded = false;
    bool m_sending = false;
};

}  // namespace earshot
