// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/InboxService.h"

#include <QSet>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace earshot {

class AsyncWorkspace;
class ByteFetcher;
class ContentBrowser;
class QuickReplyBox;

// The right-hand pane: one item with its author, source, time, tags and link, its
// sanitized content, and the cached conversation around it (ancestors above, replies
// below). Loads details through the workspace; a slow answer for an item the user has
// already left is dropped. Remote images stay hidden until the user asks for them for
// this item.
class ReadingPane : public QWidget {
    Q_OBJECT
public:
    ReadingPane(AsyncWorkspace &workspace, ByteFetcher *images, QWidget *parent = nullptr);

    void showItem(qint64 id);
    void clear();
    // Asks for the item's link to be opened in the system browser (openUrlRequested).
    void openOriginal();
    qint64 itemId() const { return m_id; }
    ContentBrowser *browser() const { return m_browser; }
    // The reply box under the content; its composeRequested asks for the full composer.
    QuickReplyBox *quickReply() const { return m_reply; }

    // Shows details directly (used by showItem once they arrive).
    void showDetails(const ItemDetails &details);
    // The HTML the content browser gets for these details.
    static QString documentHtml(const ItemDetails &details, const QColor &mutedColor);

Q_SIGNALS:
    void openUrlRequested(const QUrl &url);
    void detailsShown(qint64 id);
    void toggleSavedRequested();

private:
    void allowRemoteImages();
    void updateRemoteNote();
    void refreshState(const QList<qint64> &ids);
    void setSaved(bool saved);

    AsyncWorkspace &m_workspace;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_tags = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_remoteNote = nullptr;
    QPushButton *m_loadRemote = nullptr;
    ContentBrowser *m_browser = nullptr;
    QuickReplyBox *m_reply = nullptr;
    qint64 m_id = 0;
    QUrl m_url;
    QSet<qint64> m_remoteAllowedFor;  // items whose remote images the user asked for
};

}  // namespace earshot
