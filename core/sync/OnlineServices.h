// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

class QNetworkAccessManager;

namespace earshot {

class AccountServices;
class AsyncWorkspace;
class BackgroundSync;
class ByteFetcher;
class HttpByteFetcher;
class HttpClient;
class SecretStore;
class SourceManager;

// The network side of a workspace in the desktop app: one HttpClient, with its limits
// and politeness, shared by background sync, platform accounts (their timelines and the
// outbox, on the feed scheduler's ticks and on Sync Now), source discovery and content
// images. Lives on the GUI thread; the network manager, the workspace and `secrets` must
// outlive it. Without `secrets` account tokens come from the system keychain.
class OnlineServices {
public:
    OnlineServices(AsyncWorkspace &workspace, QNetworkAccessManager &network,
                   SecretStore *secrets = nullptr);
    ~OnlineServices();
    OnlineServices(const OnlineServices &) = delete;
    OnlineServices &operator=(const OnlineServices &) = delete;

    HttpClient &http() { return *m_http; }
    BackgroundSync &sync() { return *m_sync; }
    SourceManager &sources() { return *m_sources; }
    AccountServices &accounts() { return *m_accounts; }
    ByteFetcher &images();

private:
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<HttpByteFetcher> m_images;
    std::unique_ptr<BackgroundSync> m_sync;
    std::unique_ptr<SecretStore> m_keychain;  // when no store was given
    std::unique_ptr<AccountServices> m_accounts;
    std::unique_ptr<SourceManager> m_sources;
};

}  // namespace earshot
