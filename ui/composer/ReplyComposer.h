// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Answer.h"
#include "core/services/InboxService.h"
#include "core/services/ReplyService.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace earshot {

class AsyncWorkspace;
class LengthCounter;
class ReplyEditor;
class SpellChecker;

// Writing a reply to one item: the thread above for context, the approved answers that
// fit it (choosing one fills its variables for the item's platform), the text with
// spelling marks and a live length counter against the platform's limit, a preview, and
// the two ways out: "Send" queues the reply in the outbox (the outbox sender posts it),
// "Answer manually" copies the text, asks for the page to be opened and records the
// item as answered by hand. Loads everything through the workspace.
class ReplyComposer : public QDialog {
    Q_OBJECT
public:
    // The composer keeps `checker` alive while it is open.
    ReplyComposer(AsyncWorkspace &workspace, std::shared_ptr<const SpellChecker> checker,
                  qint64 itemId, QWidget *parent = nullptr);

    qint64 itemId() const { return m_itemId; }
    bool isLoaded() const { return m_pending == 0; }
    ReplyEditor *editor() const { return m_editor; }
    QString counterText() const;
    bool counterOverLimit() const;
    int suggestionCount() const { return static_cast<int>(m_suggestions.size()); }
    const ReplyTarget &target() const { return m_target; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *manualButton() const { return m_manual; }

    // Puts suggestion `row` (rendered for the item's platform) into the editor.
    void chooseSuggestion(int row);
    void send();
    void answerManually();

Q_SIGNALS:
    void loaded();  // thread, target and suggestions have arrived
    void openUrlRequested(const QUrl &url);
    void replyQueued(qint64 outboxId);
    void answeredManually(qint64 itemId);
    void statusMessage(const QString &message);

private:
    void buildLayout();
    void loadAll();
    void finishedOne();
    void showThread(const ItemDetails &details);
    void showTarget();
    void showSuggestions();
    void updateCounter();
    void updatePreview();
    void updateButtons();
    void fail(const QString &message);
    ReplyDraft draft() const;

    AsyncWorkspace &m_workspace;
    std::shared_ptr<const SpellChecker> m_checker;
    qint64 m_itemId = 0;
    int m_pending = 0;
    qint64 m_draftMs = 0;
    bool m_busy = false;
    std::optional<ItemDetails> m_details;
    ReplyTarget m_target;
    std::vector<AnswerSuggestion> m_suggestions;
    qint64 m_answerId = 0;  // the answer the text started from

    QTextBrowser *m_thread = nullptr;
    QListWidget *m_answers = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReplyEditor *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QComboBox *m_format = nullptr;
    LengthCounter *m_counter = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_placeholders = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_manual = nullptr;
};

}  // namespace earshot
