// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretStore.h"

namespace earshot {

// Secrets in the system keychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows) through QtKeychain. Never falls back to storing a token in plain
// text: without a keychain every request fails with SecretErrorKind::NoKeychain.
//
// `service` names the application in the keychain; keys are stored under it.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("earshot"),
                                 QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString backendName() const override;

private:
    QString m_service;
};

}  // namespace earshot
