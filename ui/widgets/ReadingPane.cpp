// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ReadingPane.h"

#include "ui/widgets/QuickReplyBox.h"

#include "core/analysis/HtmlSanitizer.h"
#include "core/model/Platform.h"
#include "core/services/AsyncWorkspace.h"
#include "ui/widgets/ContentBrowser.h"
#include "ui/widgets/QuickReplyBox.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace earshot {

namespace {

constexpr int kContextChars = 600;  // thread context is a reminder, not the full text

QString escapedParagraphs(const QString &text)
{
    QString out;
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs) {
        out += QStringLiteral("<p>") +
               p.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
               QStringLiteral("</p>");
    }
    return out;
}

QString when(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::LongFormat) + QStringLiteral(", ") +
           locale.toString(local.time(), QLocale::ShortFormat);
}

// A neighbour in the conversation: who, when, and the start of what they said.
QString contextBlock(const StoredItem &s, const QString &muted)
{
    QString text = s.item.text.simplified();
    if (text.size() > kContextChars)
        text = text.left(kContextChars) + QChar(0x2026);
    return QStringLiteral("<p style=\"color:%1\"><b>%2</b> &middot; %3<br>%4</p>")
        .arg(muted, s.item.author.displayName().toHtmlEscaped(), when(s.item.publishedMs),
             text.toHtmlEscaped());
}

}  // namespace

ReadingPane::ReadingPane(AsyncWorkspace &workspace, ByteFetcher *images, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *empty = new QLabel(tr("Select an item to read it."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_stack->addWidget(empty);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel(page);
    m_meta->setObjectName(QStringLiteral("itemMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tags = new QLabel(page);
    m_tags->setObjectName(QStringLiteral("itemTags"));
    m_tags->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open Original"), page);
    m_open->setObjectName(QStringLiteral("openOriginal"));
    m_save = new QPushButton(page);
    m_save->setObjectName(QStringLiteral("saveButton"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch();

    auto *remote = new QHBoxLayout;
    m_remoteNote = new QLabel(page);
    m_remoteNote->setObjectName(QStringLiteral("remoteNote"));
    m_remoteNote->setWordWrap(true);
    m_loadRemote = new QPushButton(tr("Load Remote Images"), page);
    m_loadRemote->setObjectName(QStringLiteral("loadRemoteImages"));
    remote->addWidget(m_remoteNote, 1);
    remote->addWidget(m_loadRemote);

    m_browser = new ContentBrowser(images, page);
    m_browser->setObjectName(QStringLiteral("contentBrowser"));
    m_browser->setFrameShape(QFrame::NoFrame);

    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_tags);
    layout->addLayout(buttons);
    layout->addLayout(remote);
    layout->addWidget(m_browser, 1);
    m_reply = new QuickReplyBox(m_workspace, page);
    layout->addWidget(m_reply);
    m_stack->addWidget(page);

    connect(m_open, &QPushButton::clicked, this, &ReadingPane::openOriginal);
    connect(m_save, &QPushButton::clicked, this, &ReadingPane::toggleSavedRequested);
    connect(m_loadRemote, &QPushButton::clicked, this, &ReadingPane::allowRemoteImages);
    connect(m_browser, &ContentBrowser::linkActivated, this, &ReadingPane::openUrlRequested);
    connect(&m_workspace, &AsyncWorkspace::itemsChanged, this, &ReadingPane::refreshState);
    clear();
}

void ReadingPane::clear()
{
    m_id = 0;
    m_url.clear();
    m_browser->setContent({});
    m_reply->setItem(0);
    m_stack->setCurrentIndex(0);
}

void ReadingPane::openOriginal()
{
    if (m_url.isValid())
        Q_EMIT openUrlRequested(m_url);
}

void ReadingPane::showItem(qint64 id)
{
    if (id <= 0) {
        clear();
        return;
    }
    m_id = id;
    m_workspace.details(id, this, [this, id](Result<ItemDetails> result) {
        if (id != m_id)
            return;  // the user has moved on
        if (!result) {
            m_title->setText(tr("This item could not be loaded."));
            m_meta->setText(result.error().message);
            m_tags->clear();
            m_browser->setContent({});
            m_stack->setCurrentIndex(1);
            return;
        }
        showDetails(*result);
    });
}

void ReadingPane::showDetails(const ItemDetails &details)
{
    const StoredItem &stored = details.item;
    const Item &item = stored.item;
    m_id = stored.id;
    m_reply->setItem(stored.id);
    m_url = QUrl(item.url);
    if (!ContentBrowser::isRemote(m_url))
        m_url.clear();

    // Posts without a title (most social ones) are headed by their author instead.
    const bool authorAsTitle = item.title.isEmpty() && !item.author.isEmpty();
    m_title->setText(authorAsTitle ? item.author.displayName() : item.title);
    QStringList meta;
    if (!item.author.isEmpty() && !authorAsTitle)
        meta << item.author.displayName();
    meta << (item.sourceTitle.isEmpty() ? item.source : item.sourceTitle);
    meta << Platform::displayName(item.platform);
    meta << when(item.publishedMs);
    meta.removeAll(QString());
    m_meta->setText(meta.join(QStringLiteral(" \u00b7 ")));
    QStringList tags = item.tags;
    for (const QString &t : stored.state.tags) {
        if (!tags.contains(t))
            tags << t;
    }
    m_tags->setText(tags.isEmpty() ? QString()
                                   : tr("Tags: %1").arg(tags.join(QStringLiteral(", "))));
    m_tags->setVisible(!tags.isEmpty());
    m_open->setEnabled(m_url.isValid());
    m_open->setToolTip(m_url.toDisplayString());
    setSaved(stored.state.saved);

    const QColor muted = palette().color(QPalette::PlaceholderText);
    m_browser->setContent(documentHtml(details, muted));
    if (m_remoteAllowedFor.contains(m_id))
        m_browser->setRemoteImagesAllowed(true);
    updateRemoteNote();
    m_stack->setCurrentIndex(1);
    Q_EMIT detailsShown(m_id);
}

QString ReadingPane::documentHtml(const ItemDetails &details, const QColor &mutedColor)
{
    const QString muted = mutedColor.name();
    QString html;
    if (!details.ancestors.empty()) {
        html += QStringLiteral("<p style=\"color:%1\"><i>%2</i></p>").arg(muted, tr("In reply to"));
        for (const StoredItem &a : details.ancestors)
            html += contextBlock(a, muted);
        html += QStringLiteral("<hr>");
    }
    const Item &item = details.item.item;
    if (!item.html.isEmpty()) {
        // Stored HTML was sanitized at import; sanitizing again costs little and keeps
        // anything written by an older or buggy importer from reaching the renderer.
        html += sanitizeHtml(item.html, QUrl(item.url)).html;
    } else {
        html += escapedParagraphs(item.text);
    }
    if (!details.replies.empty()) {
        const int replies = int(details.replies.size());
        html += QStringLiteral("<hr><p style=\"color:%1\"><i>%2</i></p>")
                    .arg(muted, tr("%n repl(ies)", nullptr, replies));
        for (const StoredItem &r : details.replies)
            html += contextBlock(r, muted);
    }
    return html;
}

void ReadingPane::allowRemoteImages()
{
    if (m_id <= 0)
        return;
    m_remoteAllowedFor.insert(m_id);
    m_browser->setRemoteImagesAllowed(true);
    updateRemoteNote();
}

void ReadingPane::updateRemoteNote()
{
    const int count = static_cast<int>(m_browser->remoteImages().size());
    const bool blocked = count > 0 && !m_browser->remoteImagesAllowed();
    m_remoteNote->setText(
        blocked ? tr("%n remote image(s) hidden to protect your privacy.", nullptr, count)
                : QString());
    m_remoteNote->setVisible(blocked);
    m_loadRemote->setVisible(blocked);
}

void ReadingPane::refreshState(const QList<qint64> &ids)
{
    if (m_id <= 0 || !ids.contains(m_id))
        return;
    const qint64 id = m_id;
    m_workspace.states({id}, this, [this, id](Result<std::vector<std::pair<qint64, ItemState>>> r) {
        if (!r || id != m_id || r->empty())
            return;
        setSaved(r->front().second.saved);
    });
}

void ReadingPane::setSaved(bool saved)
{
    m_save->setText(saved ? tr("Unsave") : tr("Save"));
    m_save->setProperty("saved", saved);
}

}  // namespace earshot
