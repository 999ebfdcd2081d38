// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

namespace earshot {

class ByteFetcher;

// Shows untrusted (already sanitized) HTML. Nothing outside the document is ever read:
// no local files, and remote images only after setRemoteImagesAllowed(true), i.e. after
// the user asked for them; they are then fetched through the given ByteFetcher, which
// owns the HTTP side (none: they stay hidden). Links are not followed inside the browser:
// linkActivated hands http(s) and mailto links to whoever opens them in the system browser.
class ContentBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit ContentBrowser(ByteFetcher *fetcher, QWidget *parent = nullptr);
    ~ContentBrowser() override;

    // Replaces the content; remote images are blocked again until allowed.
    void setContent(const QString &html);
    void setRemoteImagesAllowed(bool allowed);
    bool remoteImagesAllowed() const { return m_remoteAllowed; }
    // Remote images the current content refers to.
    QList<QUrl> remoteImages() const { return m_remoteImages; }

    QVariant loadResource(int type, const QUrl &name) override;

    static bool isRemote(const QUrl &url);
    static constexpr qint64 kMaxImageBytes = 8 * 1024 * 1024;

Q_SIGNALS:
    void linkActivated(const QUrl &url);

private:
    void fetch(const QUrl &url);
    void cancelPending();
    void showImage(const QUrl &url, const QByteArray &bytes);
    void collectRemoteImages();

    ByteFetcher *m_fetcher;
    bool m_remoteAllowed = false;
    QList<QUrl> m_remoteImages;
    QSet<QUrl> m_requested;
    QHash<QUrl, quint64> m_pending;  // fetch ids of images on their way
};

}  // namespace earshot
