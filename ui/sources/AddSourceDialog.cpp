// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sources/AddSourceDialog.h"

#include "ui/TimeText.h"
#include "ui/sources/GroupField.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace earshot {

namespace {

QString viaText(FeedCandidate::Via via)
{
    switch (via) {
    case FeedCandidate::Via::Direct: return AddSourceDialog::tr("the address is a feed");
    case FeedCandidate::Via::Link: return AddSourceDialog::tr("linked from the page");
    case FeedCandidate::Via::Pattern: return AddSourceDialog::tr("usual address for this site");
    }
    return {};
}

}  // namespace

AddSourceDialog::AddSourceDialog(SourceManager &sources, QWidget *parent)
    : QDialog(parent), m_sources(sources)
{
    setObjectName(QStringLiteral("addSourceDialog"));
    setWindowTitle(tr("Add Source"));
    resize(640, 520);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("sourceAddress"));
    m_address->setPlaceholderText(
        tr("Address of a page or a feed, e.g. https://forum.example.org/"));
    m_address->setClearButtonEnabled(true);
    m_find = new QPushButton(tr("&Find Feeds"), this);
    m_find->setObjectName(QStringLiteral("findFeeds"));
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_find);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("addSourceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_feeds = new QListWidget(this);
    m_feeds->setObjectName(QStringLiteral("foundFeeds"));
    m_feeds->setAlternatingRowColors(true);
    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("feedPreview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("Latest entries"), tr("Published")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->header()->setStretchLastSection(false);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setFocusPolicy(Qt::NoFocus);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_title->setPlaceholderText(tr("The feed's own title"));
    m_group = makeGroupField(m_sources, this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_title);
    form->addRow(tr("&Group:"), m_group);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = m_buttons->addButton(tr("&Add Source"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addSource"));
    m_add->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    auto *addressLabel = new QLabel(tr("&Web address:"), this);
    addressLabel->setBuddy(m_address);
    layout->addWidget(addressLabel);
    layout->addLayout(addressRow);
    layout->addWidget(m_message);
    auto *feedsLabel = new QLabel(tr("Feeds found:"), this);
    layout->addWidget(feedsLabel);
    layout->addWidget(m_feeds, 1);
    layout->addWidget(m_preview, 2);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_message->hide();

    connect(m_find, &QPushButton::clicked, this, [this] { findFeeds(m_address->text()); });
    connect(m_address, &QLineEdit::returnPressed, this, [this] { findFeeds(m_address->text()); });
    connect(m_feeds, &QListWidget::currentRowChanged, this, &AddSourceDialog::showFeed);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Accepting is add(): the dialog closes only once the source is stored.
    connect(m_add, &QPushButton::clicked, this, &AddSourceDialog::add);
    connect(&m_sources, &SourceManager::discovered, this, &AddSourceDialog::onDiscovered);
}

QString AddSourceDialog::message() const
{
    return m_message->text();
}

void AddSourceDialog::findFeeds(const QString &address)
{
    if (m_address->text() != address)
        m_address->setText(address);
    m_found.clear();
    m_feeds->clear();
    m_preview->clear();
    m_title->clear();
    setBusy(true);
    showMessage(tr("Looking for feeds at %1\u2026").arg(address.trimmed()), false);
    m_sources.discover(address);
}

void AddSourceDialog::onDiscovered(const DiscoveryResult &result)
{
    if (!m_searching)
        return;  // another dialog's search, or one this dialog gave up
    setBusy(false);
    if (result.error) {
        showMessage(result.error->message, true);
    } else if (result.feeds.empty()) {
        showMessage(tr("No feed found at %1. The page links none and the usual feed addresses "
                       "of forums and blogs did not answer with one. If you know the feed's "
                       "address, type that instead.")
                        .arg(result.requested.toDisplayString()),
                    true);
    } else {
        m_found = result.feeds;
        for (const FeedCandidate &feed : m_found) {
            auto *row = new QListWidgetItem(m_feeds);
            const QString title = feed.title.isEmpty() ? tr("(untitled feed)") : feed.title;
            row->setText(tr("%1 \u2014 %2").arg(title, feed.url.toDisplayString()));
            row->setToolTip(tr("%1 (%2)").arg(feed.url.toDisplayString(), viaText(feed.via)));
        }
        showMessage(tr("Found %n feed(s). Pick one to add.", nullptr, int(m_found.size())), false);
        m_feeds->setCurrentRow(0);
    }
    Q_EMIT searchFinished();
}

void AddSourceDialog::showFeed(int row)
{
    m_preview->clear();
    if (row < 0 || row >= int(m_found.size())) {
        m_add->setEnabled(false);
        return;
    }
    const FeedCandidate &feed = m_found[std::size_t(row)];
    m_title->setText(feed.title);
    m_title->setCursorPosition(0);  // a long title shows its beginning
    const QDateTime now = QDateTime::currentDateTime();
    for (const FeedPreviewEntry &entry : feed.latest) {
        auto *item = new QTreeWidgetItem(m_preview);
        item->setText(0, entry.title.isEmpty() ? tr("(no title)") : entry.title);
        if (entry.publishedMs > 0) {
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(entry.publishedMs);
            item->setText(1, TimeText::relative(when, now));
            item->setToolTip(1, TimeText::absolute(when));
        }
    }
    if (feed.latest.empty())
        new QTreeWidgetItem(m_preview, {tr("The feed has no entries yet.")});
    m_add->setEnabled(true);
}

void AddSourceDialog::add()
{
    const int row = m_feeds->currentRow();
    if (row < 0 || row >= int(m_found.size()))
        return;
    const FeedCandidate feed = m_found[std::size_t(row)];
    m_add->setEnabled(false);
    m_sources.addFeed(
        feed.url, m_title->text(), m_group->currentText(), this, [this](Result<AddedSource> added) {
            if (!added) {
                m_add->setEnabled(true);
                showMessage(tr("Could not add the source: %1").arg(added.error().message), true);
                return;
            }
            if (added->existed) {
                showMessage(tr("%1 is already a source.").arg(added->address), true);
                return;
            }
            Q_EMIT sourceAdded(*added);
            accept();
        });
}

void AddSourceDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void AddSourceDialog::setBusy(bool busy)
{
    m_searching = busy;
    m_find->setEnabled(!busy);
    if (busy)
        m_add->setEnabled(false);
}

}  // namespace earshot
