// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/ReplyComposer.h"

#include "core/model/Platform.h"
#include "core/services/AnswerService.h"
#include "core/services/AsyncWorkspace.h"
#include "ui/composer/LengthCounter.h"
#include "ui/composer/ReplyEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace earshot {

namespace {

constexpr int kSuggestionLimit = 5;

QString threadEntryHtml(const StoredItem &s, bool current)
{
    const QString text =
        (s.item.title.isEmpty() ? QString() : s.item.title + QLatin1Char('\n')) + s.item.text;
    return QStringLiteral("<p%1><b>%2</b><br>%3</p>")
        .arg(current ? QStringLiteral(" style=\"background:#fff6d6\"") : QString(),
             s.item.author.displayName().toHtmlEscaped(),
             text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

}  // namespace

ReplyComposer::ReplyComposer(AsyncWorkspace &workspace, std::shared_ptr<const SpellChecker> checker,
                             qint64 itemId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_checker(std::move(checker)), m_itemId(itemId)
{
    setObjectName(QStringLiteral("replyComposer"));
    setWindowTitle(tr("Reply"));
    setAttribute(Qt::WA_DeleteOnClose);
    buildLayout();
    loadAll();
}

void ReplyComposer::buildLayout()
{
    m_thread = new QTextBrowser(this);
    m_thread->setObjectName(QStringLiteral("threadContext"));
    m_thread->setOpenLinks(false);
    m_thread->setPlaceholderText(tr("Loading the conversation\u2026"));

    m_answers = new QListWidget(this);
    m_answers->setObjectName(QStringLiteral("answerSuggestions"));
    m_answers->setToolTip(tr("Approved answers that fit this item; choose one to start from it"));
    connect(m_answers, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { chooseSuggestion(m_answers->row(item)); });

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_thread);
    auto *answersBox = new QWidget(top);
    auto *answersLayout = new QVBoxLayout(answersBox);
    answersLayout->setContentsMargins(0, 0, 0, 0);
    answersLayout->addWidget(new QLabel(tr("Suggested answers"), answersBox));
    answersLayout->addWidget(m_answers);
    top->addWidget(answersBox);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    m_editor = new ReplyEditor(*m_checker, this);
    m_editor->setPlaceholderText(tr("Write the reply\u2026"));
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("replyPreview"));
    m_preview->setOpenLinks(false);  // a preview never navigates or loads anything
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_editor, tr("&Write"));
    m_tabs->addTab(m_preview, tr("&Preview"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReplyComposer::updatePreview);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Plain text"), QStringLiteral("plain"));
    m_format->addItem(tr("Markdown"), QStringLiteral("markdown"));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReplyComposer::updatePreview);

    m_counter = new LengthCounter(this);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("replyTarget"));
    m_where->setWordWrap(true);
    m_placeholders = new QLabel(this);
    m_placeholders->setObjectName(QStringLiteral("unfilledPlaceholders"));
    m_placeholders->setVisible(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("composerError"));
    m_error->setStyleSheet(QStringLiteral("color: #c03030"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *status = new QHBoxLayout;
    status->addWidget(m_where, 1);
    status->addWidget(m_format);
    status->addWidget(m_counter);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Put the reply in the outbox; it is posted from there (Ctrl+Return)"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_manual = buttons->addButton(tr("Answer &manually"), QDialogButtonBox::ActionRole);
    m_manual->setObjectName(QStringLiteral("manualButton"));
    m_manual->setToolTip(
        tr("Copy the reply, open the page to post it there, and mark the item "
           "answered"));
    buttons->addButton(QDialogButtonBox::Cancel);
    // Both buttons act and close only when the workspace confirms.
    connect(m_send, &QPushButton::clicked, this, &ReplyComposer::send);
    connect(m_manual, &QPushButton::clicked, this, &ReplyComposer::answerManually);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top, 2);
    layout->addWidget(m_tabs, 3);
    layout->addWidget(m_placeholders);
    layout->addLayout(status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        updateButtons();
    });
    updateCounter();
    updateButtons();
    resize(820, 640);
    m_editor->setFocus();
}

void ReplyComposer::loadAll()
{
    m_pending = 3;
    m_workspace.details(m_itemId, this, [this](Result<ItemDetails> result) {
        if (result) {
            m_draftMs = QDateTime::currentMSecsSinceEpoch();
            showThread(*result);
        } else {
            fail(result.error().message);
        }
        finishedOne();
    });
    m_workspace.replyTarget(m_itemId, this, [this](Result<ReplyTarget> result) {
        if (result) {
            m_target = *result;
            showTarget();
        } else {
            fail(result.error().message);
        }
        finishedOne();
    });
    m_workspace.suggestAnswers(m_itemId, kSuggestionLimit, this,
                               [this](Result<std::vector<AnswerSuggestion>> result) {
                                   if (result)
                                       m_suggestions = std::move(*result);
                                   showSuggestions();
                                   finishedOne();
                               });
}

void ReplyComposer::finishedOne()
{
    if (--m_pending > 0)
        return;
    updateCounter();
    updateButtons();
    Q_EMIT loaded();
}

void ReplyComposer::showThread(const ItemDetails &details)
{
    m_details = details;
    QString html;
    for (const StoredItem &ancestor : details.ancestors)
        html += threadEntryHtml(ancestor, false);
    html += threadEntryHtml(details.item, true);
    m_thread->setHtml(html);
    m_thread->verticalScrollBar()->setValue(m_thread->verticalScrollBar()->maximum());
    setWindowTitle(tr("Reply to %1").arg(details.item.item.author.displayName()));
}

void ReplyComposer::showTarget()
{
    const QString platform = Platform::displayName(m_target.platform);
    m_where->setText(m_target.canSend
                         ? tr("Replying on %1 as %2").arg(platform, m_target.accountTitle)
                         : m_target.whyNotSendable);
    m_manual->setEnabled(m_target.pageUrl.isValid());
    // A platform without a reply interface has only the manual way: make it the default.
    m_manual->setDefault(!m_target.canSend);
}

void ReplyComposer::showSuggestions()
{
    m_answers->clear();
    for (const AnswerSuggestion &s : m_suggestions) {
        auto *item = new QListWidgetItem(
            s.answer.title.isEmpty() ? s.answer.text.left(60) : s.answer.title, m_answers);
        item->setToolTip(s.reason);
    }
    if (m_suggestions.empty()) {
        auto *none = new QListWidgetItem(tr("No approved answer fits this item."), m_answers);
        none->setFlags(Qt::NoItemFlags);
    }
}

void ReplyComposer::chooseSuggestion(int row)
{
    if (row < 0 || row >= suggestionCount())
        return;
    const OfficialAnswer &answer = m_suggestions[std::size_t(row)].answer;
    AnswerContext context;
    if (m_details) {
        const Item &item = m_details->item.item;
        context.author = item.author.displayName();
        context.link = item.url;
        context.title = item.title;
    }
    context.platform = Platform::displayName(m_target.platform);
    const RenderedAnswer rendered = AnswerService::render(answer, m_target.platform, context);
    m_answerId = answer.id;
    m_format->setCurrentIndex(qMax(0, m_format->findData(rendered.format)));
    m_editor->setPlainText(rendered.text);
    m_editor->setFocus();
    m_placeholders->setVisible(!rendered.unknownPlaceholders.isEmpty());
    m_placeholders->setText(
        tr("Fill in by hand: %1").arg(rendered.unknownPlaceholders.join(QStringLiteral(", "))));
}

QString ReplyComposer::counterText() const
{
    return m_counter->text();
}

bool ReplyComposer::counterOverLimit() const
{
    return m_counter->overLimit();
}

void ReplyComposer::updateCounter()
{
    m_counter->count(m_editor->toPlainText(), m_target.maxLength);
}

void ReplyComposer::updatePreview()
{
    if (m_tabs->currentWidget() != m_preview)
        return;
    const QString text = m_editor->toPlainText();
    if (m_format->currentData().toString() == QLatin1String("markdown")) {
        // No raw HTML from the text: the preview shows what the platform would render.
        m_preview->document()->setMarkdown(
            text, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub) |
                      QTextDocument::MarkdownNoHTML);
    } else {
        m_preview->setPlainText(text);
    }
}

void ReplyComposer::updateButtons()
{
    const bool hasText = !m_editor->toPlainText().trimmed().isEmpty();
    m_send->setEnabled(!m_busy && isLoaded() && m_target.canSend && hasText &&
                       !m_counter->overLimit());
    m_manual->setEnabled(!m_busy && isLoaded() && hasText && m_target.pageUrl.isValid());
}

void ReplyComposer::fail(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

ReplyDraft ReplyComposer::draft() const
{
    ReplyDraft d;
    d.itemId = m_itemId;
    d.text = m_editor->toPlainText().trimmed();
    d.draftMs = m_draftMs;
    d.answerId = m_answerId;
    return d;
}

void ReplyComposer::send()
{
    updateButtons();
    if (!m_send->isEnabled())
        return;
    m_busy = true;
    updateButtons();
    const ReplyDraft d = draft();
    m_workspace.queueReply(d, this, [this, d](Result<OutboxEntry> result) {
        m_busy = false;
        if (!result) {
            fail(result.error().message);
            updateButtons();
            return;
        }
        if (d.answerId != 0)
            m_workspace.recordAnswerUsage(d.answerId, d.itemId);
        Q_EMIT statusMessage(tr("The reply is in the outbox."));
        Q_EMIT replyQueued(result->id);
        accept();
    });
}

void ReplyComposer::answerManually()
{
    updateButtons();
    if (!m_manual->isEnabled())
        return;
    m_busy = true;
    updateButtons();
    const ReplyDraft d = draft();
    QApplication::clipboard()->setText(d.text);
    Q_EMIT openUrlRequested(m_target.pageUrl);
    m_workspace.recordManualReply(d, this, [this, d](Status status) {
        m_busy = false;
        if (!status) {
            fail(status.error().message);
            updateButtons();
            return;
        }
        if (d.answerId != 0)
            m_workspace.recordAnswerUsage(d.answerId, d.itemId);
        Q_EMIT statusMessage(
            tr("The reply is on the clipboard; paste it on the page. The item is answered."));
        Q_EMIT answeredManually(d.itemId);
        accept();
    });
}

}  // namespace earshot
