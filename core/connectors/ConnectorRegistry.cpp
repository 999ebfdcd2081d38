// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectors/ConnectorRegistry.h"

#include "core/connectors/HttpApiTransport.h"
#include "core/connectors/discourse/DiscourseConnector.h"
#include "core/connectors/mastodon/MastodonConnector.h"
#include "core/connectors/reddit/RedditConnector.h"
#include "core/connectors/telegram/TelegramConnector.h"
#include "core/connectors/vk/VkConnector.h"
#include "core/model/Platform.h"

#include <QCoreApplication>

namespace earshot::ConnectorRegistry {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Connectors", text);
}

std::vector<ConnectorInfo> makeRegistry()
{
    const Capabilities readReplyPost = Capability::Read | Capability::Reply | Capability::Post;
    std::vector<ConnectorInfo> list;
    list.push_back({Platform::Mastodon,
                    readReplyPost,
                    true,
                    {},
                    [](HttpClient &http, const ConnectorAccount &account) {
                        return std::unique_ptr<Connector>(
                            std::make_unique<WithHttpTransport<MastodonConnector>>(
                                http, account.baseUrl, account.token));
                    }});
    list.push_back({Platform::Discourse,
                    readReplyPost,
                    true,
                    {},
                    [](HttpClient &http, const ConnectorAccount &account) {
                        return std::unique_ptr<Connector>(
                            std::make_unique<WithHttpTransport<DiscourseConnector>>(
                                http, account.baseUrl, account.token, account.user));
                    }});
    const Capabilities readReply = Capability::Read | Capability::Reply;
    list.push_back(
        {Platform::Reddit, readReply, false, QUrl(QStringLiteral("https://oauth.reddit.com")),
         [](HttpClient &http, const ConnectorAccount &account) {
             return std::unique_ptr<Connector>(std::make_unique<WithHttpTransport<RedditConnector>>(
                 http, account.baseUrl, account.token, account.user));
         }});
    list.push_back(
        {Platform::Vk, readReply, false, QUrl(QStringLiteral("https://api.vk.com")),
         [](HttpClient &http, const ConnectorAccount &account) {
             // The account name, when numeric, is the VK id replies are posted as.
             return std::unique_ptr<Connector>(std::make_unique<WithHttpTransport<VkConnector>>(
                 http, account.baseUrl, account.token, account.user.trimmed().toLongLong()));
         }});
    list.push_back({Platform::Telegram, readReply, false,
                    QUrl(QStringLiteral("https://api.telegram.org")),
                    [](HttpClient &http, const ConnectorAccount &account) {
                        return std::unique_ptr<Connector>(
                            std::make_unique<WithHttpTransport<TelegramConnector>>(
                                http, account.baseUrl, account.token));
                    }});
    return list;
}

}  // namespace

const std::vector<ConnectorInfo> &all()
{
    static const std::vector<ConnectorInfo> registry = makeRegistry();
    return registry;
}

const ConnectorInfo *find(const QString &platform)
{
    const QString id = Platform::normalizeId(platform);
    for (const ConnectorInfo &info : all()) {
        if (info.platform == id)
            return &info;
    }
    return nullptr;
}

Result<QUrl> normalizeBaseUrl(const QString &typed, bool *insecure)
{
    if (insecure)
        *insecure = false;
    QString text = typed.trimmed();
    if (text.isEmpty())
        return Error{ErrorKind::InvalidInput,
                     tr("The account address is empty. Give the "
                        "instance address, e.g. https://mastodon.social.")};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return Error{ErrorKind::InvalidInput,
                     tr("\"%1\" is not a web address. Give the instance address, e.g. "
                        "https://mastodon.social.")
                         .arg(typed.trimmed())};
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Error{ErrorKind::InvalidInput,
                     tr("\"%1\" is not an http or https address.").arg(typed.trimmed())};
    if (!url.userInfo().isEmpty())
        return Error{ErrorKind::InvalidInput,
                     tr("Do not put a name or password in the address \"%1\": the token is "
                        "read separately.")
                         .arg(url.toDisplayString(QUrl::RemoveUserInfo))};
    if (insecure)
        *insecure = scheme == QLatin1String("http");
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

}  // namespace earshot::ConnectorRegistry
