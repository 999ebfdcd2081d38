// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/OnlineServices.h"

#include "core/net/ByteFetcher.h"
#include "core/net/HttpClient.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/sync/AccountServices.h"
#include "core/sync/BackgroundSync.h"
#include "core/sync/SourceManager.h"

namespace earshot {

OnlineServices::OnlineServices(AsyncWorkspace &workspace, QNetworkAccessManager &network,
                               SecretStore *secrets)
    : m_http(std::make_unique<HttpClient>(network)),
      m_images(std::make_unique<HttpByteFetcher>(*m_http)),
      m_sync(std::make_unique<BackgroundSync>(workspace, *m_http)),
      m_sources(std::make_unique<SourceManager>(workspace, *m_http))
{
    if (!secrets) {
        // Without a keychain every token read fails with a plain-words NoKeychain error,
        // which reaches the user as the account's failure.
        m_keychain = std::make_unique<KeychainSecretStore>();
        secrets = m_keychain.get();
    }
    m_accounts = std::make_unique<AccountServices>(workspace, *m_http, *secrets);
    // Accounts follow the feeds' schedule: each scheduler tick syncs them when their
    // interval is up (and retries the outbox); Sync Now and Retry Failed sync them at once.
    QObject::connect(m_sync.get(), &BackgroundSync::passStarted, m_accounts.get(),
                     [accounts = m_accounts.get()] { accounts->syncDue(); });
    QObject::connect(m_sync.get(), &BackgroundSync::passRequested, m_accounts.get(),
                     [accounts = m_accounts.get()] { accounts->syncNow(); });
}

// Users of the client go first: their destructors cancel what they still have running.
OnlineServices::~OnlineServices()
{
    m_sources.reset();
    m_accounts.reset();
    m_keychain.reset();
    m_sync.reset();
    m_images.reset();
    m_http.reset();
}

ByteFetcher &OnlineServices::images()
{
    return *m_images;
}

}  // namespace earshot
