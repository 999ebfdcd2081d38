// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectors/Connector.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace earshot {

// The names of the timelines an account can follow, as the store and the command line
// write them: "hashtag" (Mastodon), "latest" (a subreddit's new posts, a VK wall),
// "category" (a Discourse category), "account" (another account's posts), "search"
// (search words). Friendlier aliases are accepted on input: "tag", "subreddit", "wall",
// "group", "user".
namespace AccountFollows {

// The stored name for a name or alias typed by a person; nullopt when unknown.
std::optional<QString> canonicalKind(const QString &name);
// The timeline a stored follow reads; nullopt for an unknown kind.
std::optional<Timeline> timelineOf(const QString &kind, const QString &argument);
// The stored names, for help texts and messages.
QStringList kindNames();

}  // namespace AccountFollows

}  // namespace earshot
