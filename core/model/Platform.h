// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace earshot {

// Platforms are stored as short lowercase ids ("mastodon", "vk", "feed"...) so new
// connectors need no schema change. These helpers give the known ones a display name.
namespace Platform {
inline const QString Feed = QStringLiteral("feed");
inline const QString Mastodon = QStringLiteral("mastodon");
inline const QString Discourse = QStringLiteral("discourse");
inline const QString Reddit = QStringLiteral("reddit");
inline const QString Vk = QStringLiteral("vk");
inline const QString Telegram = QStringLiteral("telegram");
inline const QString Manual = QStringLiteral("manual");

// Human name of a platform id ("VK", "Telegram"); unknown ids are returned capitalised.
QString displayName(const QString &platformId);

// Lowercase id with surrounding spaces removed; empty input stays empty.
QString normalizeId(const QString &platformId);
}  // namespace Platform

}  // namespace earshot
