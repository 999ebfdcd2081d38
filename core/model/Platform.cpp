// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Platform.h"

#include <QCoreApplication>
#include <QHash>

namespace earshot::Platform {

QString displayName(const QString &platformId)
{
    // Brand names stay as they are; the generic names are marked for translation here and
    // translated on every call, so a language installed at start applies to them.
    struct Name {
        const char *text;
        bool translate;
    };
    static const QHash<QString, Name> names = {
        {Feed, {QT_TRANSLATE_NOOP("Platform", "Feeds"), true}},
        {Mastodon, {"Mastodon", false}},
        {Discourse, {"Discourse", false}},
        {Reddit, {"Reddit", false}},
        {Vk, {"VK", false}},
        {Telegram, {"Telegram", false}},
        {QStringLiteral("twitter"), {"X (Twitter)", false}},
        {QStringLiteral("youtube"), {"YouTube", false}},
        {QStringLiteral("livejournal"), {"LiveJournal", false}},
        {QStringLiteral("forum"), {QT_TRANSLATE_NOOP("Platform", "Forums"), true}},
        {QStringLiteral("reviews"), {QT_TRANSLATE_NOOP("Platform", "Reviews"), true}},
    };
    if (platformId == Manual)
        return QCoreApplication::translate("Platform", "Captured by hand");
    const auto found = names.constFind(platformId);
    if (found != names.constEnd()) {
        return found->translate ? QCoreApplication::translate("Platform", found->text)
                                : QString::fromLatin1(found->text);
    }
    if (platformId.isEmpty())
        return platformId;
    return platformId.left(1).toUpper() + platformId.mid(1);
}

QString normalizeId(const QString &platformId)
{
    return platformId.trimmed().toLower();
}

}  // namespace earshot::Platform
