// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ContentBrowser.h"

#include "core/net/ByteFetcher.h"

#include <QImage>
#include <QPointer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

namespace earshot {

ContentBrowser::ContentBrowser(ByteFetcher *fetcher, QWidget *parent)
    : QTextBrowser(parent), m_fetcher(fetcher)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (isRemote(url) || scheme == QLatin1String("mailto"))
            Q_EMIT linkActivated(url);
    });
}

// Images still on their way are not cancelled here: the fetcher may already be gone when
// the window tears down, and a late answer finds this browser gone and is dropped.
ContentBrowser::~ContentBrowser() = default;

void ContentBrowser::cancelPending()
{
    if (m_fetcher) {
        for (const quint64 id : std::as_const(m_pending))
            m_fetcher->cancel(id);
    }
    m_pending.clear();
}

bool ContentBrowser::isRemote(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

void ContentBrowser::setContent(const QString &html)
{
    cancelPending();
    m_requested.clear();
    m_remoteAllowed = false;
    document()->clear();  // also drops images fetched for the previous item
    setHtml(html);
    collectRemoteImages();
}

void ContentBrowser::setRemoteImagesAllowed(bool allowed)
{
    if (m_remoteAllowed == allowed)
        return;
    m_remoteAllowed = allowed;
    if (allowed) {
        for (const QUrl &url : std::as_const(m_remoteImages))
            fetch(url);
    }
}

QVariant ContentBrowser::loadResource(int type, const QUrl &name)
{
    // Only what the user allowed, and only images: never local files, style sheets or
    // anything the (hostile) content names by a relative path.
    if (type == QTextDocument::ImageResource && m_remoteAllowed && isRemote(name))
        fetch(name);
    return {};
}

void ContentBrowser::fetch(const QUrl &url)
{
    if (!m_fetcher || !isRemote(url) || m_requested.contains(url))
        return;
    m_requested.insert(url);
    // The id is known only after fetchBytes() returns; the answer always comes later.
    auto id = std::make_shared<quint64>(0);
    QPointer<ContentBrowser> self(this);
    *id = m_fetcher->fetchBytes(url, kMaxImageBytes,
                                [self, url, id](const Result<QByteArray> &bytes) {
                                    if (!self || self->m_pending.value(url) != *id)
                                        return;  // the content changed meanwhile
                                    self->m_pending.remove(url);
                                    if (!bytes)
                                        return;  // a missing image stays a placeholder
                                    self->showImage(url, *bytes);
                                });
    m_pending.insert(url, *id);
}

void ContentBrowser::showImage(const QUrl &url, const QByteArray &bytes)
{
    const QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return;
    document()->addResource(QTextDocument::ImageResource, url, image);
    document()->markContentsDirty(0, document()->characterCount());
}

void ContentBrowser::collectRemoteImages()
{
    m_remoteImages.clear();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QUrl url(format.toImageFormat().name());
            if (isRemote(url) && !m_remoteImages.contains(url))
                m_remoteImages.append(url);
        }
    }
}

}  // namespace earshot
