// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ContentBrowser.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

namespace earshot {

ContentBrowser::ContentBrowser(QNetworkAccessManager *network, QWidget *parent)
    : QTextBrowser(parent), m_network(network)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (isRemote(url) || scheme == QLatin1String("mailto"))
            Q_EMIT linkActivated(url);
    });
}

bool ContentBrowser::isRemote(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

void ContentBrowser::setContent(const QString &html)
{
    for (QNetworkReply *reply : std::as_const(m_pending))
        reply->abort();
    m_pending.clear();
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
    if (!m_network || !isRemote(url) || m_requested.contains(url))
        return;
    m_requested.insert(url);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = m_network->get(request);
    m_pending.insert(url, reply);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxImageBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        if (m_pending.value(url) != reply)
            return;  // aborted because the content changed
        m_pending.remove(url);
        if (reply->error() != QNetworkReply::NoError)
            return;
        const QImage image = QImage::fromData(reply->readAll());
        if (image.isNull())
            return;
        document()->addResource(QTextDocument::ImageResource, url, image);
        document()->markContentsDirty(0, document()->characterCount());
    });
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
