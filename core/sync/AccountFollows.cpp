// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/AccountFollows.h"

namespace earshot::AccountFollows {

namespace {

struct KindName {
    const char *name;
    Timeline::Kind kind;
};

constexpr KindName kKinds[] = {
    {"hashtag", Timeline::Kind::Hashtag},   {"latest", Timeline::Kind::Latest},
    {"category", Timeline::Kind::Category}, {"account", Timeline::Kind::AccountPosts},
    {"search", Timeline::Kind::Search},
};

struct Alias {
    const char *alias;
    const char *name;
};

constexpr Alias kAliases[] = {
    {"tag", "hashtag"},  {"subreddit", "latest"}, {"wall", "latest"},
    {"group", "latest"}, {"user", "account"},
};

}  // namespace

std::optional<QString> canonicalKind(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const KindName &k : kKinds) {
        if (lower == QLatin1String(k.name))
            return lower;
    }
    for (const Alias &a : kAliases) {
        if (lower == QLatin1String(a.alias))
            return QString::fromLatin1(a.name);
    }
    return std::nullopt;
}

std::optional<Timeline> timelineOf(const QString &kind, const QString &argument)
{
    for (const KindName &k : kKinds) {
        if (kind == QLatin1String(k.name))
            return Timeline{k.kind, argument};
    }
    return std::nullopt;
}

QStringList kindNames()
{
    QStringList names;
    for (const KindName &k : kKinds)
        names.append(QString::fromLatin1(k.name));
    return names;
}

}  // namespace earshot::AccountFollows
