// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Platform.h"

#include <QCoreApplication>
#include <QHash>

namespace earshot::Platform {

QString displayName(const QString &platformId)
{
    static const QHash<QString, QString> names = {
        {Feed, QStringLiteral("Feeds")},
        {Mastodon, QStringLiteral("Mastodon")},
        {Discourse, QStringLiteral("Discourse")},
        {Reddit, QStringLiteral("Reddit")},
        {Vk, QStringLiteral("VK")},
        {Telegram, QStringLiteral("Telegram")},
        {QStringLiteral("twitter"), QStringLiteral("X (Twitter)")},
        {QStringLiteral("youtube"), QStringLiteral("YouTube")},
        {QStringLiteral("livejournal"), QStringLiteral("LiveJournal")},
        {QStringLiteral("forum"), QStringLiteral("Forums")},
        {QStringLiteral("reviews"), QStringLiteral("Reviews")},
    };
    if (platformId == Manual)
        return QCoreApplication::translate("Platform", "Captured by hand");
    const auto found = names.constFind(platformId);
    if (found != names.constEnd())
        return found.value();
    if (platformId.isEmpty())
        return platformId;
    return platformId.left(1).toUpper() + platformId.mid(1);
}

QString normalizeId(const QString &platformId)
{
    return platformId.trimmed().toLower();
}

}  // namespace earshot::Platform
